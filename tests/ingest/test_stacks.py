"""A stack of quick news whose items print their headline on the line of their text, set
off by a space (kg.ingest.stacks).

All pages are invented; no name, outlet or headline here comes from a real page.
"""

from __future__ import annotations

from tests.ingest.invented_page import HEAD, LEAD, page_articles

COOL = "河湾区总工会开展送清凉活动"
COOL_LEAD = "7月8日，河湾区总工会到建筑工地开展送清凉活动，为一线职工送去防暑用品。"
TALK = "河湾区总工会举办劳模宣讲会"
TALK_LEAD = "近日，河湾区总工会举办劳模事迹宣讲会，200余名职工聆听宣讲。"


def test_each_item_of_a_stack_is_an_article_with_its_headline(tmp_path):
    arts = page_articles(tmp_path, f"简讯\n{COOL} {COOL_LEAD}\n{TALK}　{TALK_LEAD}\n")
    assert [(a.headline, a.body) for a in arts] == [(COOL, COOL_LEAD), (TALK, TALK_LEAD)]


def test_one_line_of_the_shape_is_no_stack(tmp_path):
    (a,) = page_articles(tmp_path, f"{HEAD}\n{LEAD}\n{COOL} {COOL_LEAD}\n")
    assert a.headline == HEAD


def test_a_paragraphs_own_words_before_a_space_head_nothing(tmp_path):
    text = (
        f"{HEAD}\n{LEAD}\n"
        "一是强化组织领导 各级工会成立工作专班，层层压实责任，确保各项工作落到实处。\n"
        "二是丰富活动载体 各级工会开展劳动竞赛和技能比武，激发职工干事创业热情。\n"
    )
    (a,) = page_articles(tmp_path, text)
    assert a.headline == HEAD
