"""Short lines that head no article: the list a colon announces (…名次揭晓： / 钳工第一名：X（单位）)
and a caption a triangle points from (▲ 颁奖现场) — kg.ingest.split._announces and
kg.ingest.shapes.title_like.  Left as headlines, they cut the article in two and take its
closing credits away."""

from __future__ import annotations

import pytest

from kg.ingest.shapes import title_like
from tests.ingest.invented_page import page_articles


@pytest.mark.parametrize(
    ("intro", "items"),
    [
        (
            "经过两天角逐，比赛结果揭晓：",
            ["焊工组第一名：龚立军（华东船舶有限公司焊接车间）", "电工组第一名：潘雪琳（华东电力检修有限公司）"],
        ),
        ("获奖名单如下：", ["一等奖　岳明川　华南机场集团机务部", "二等奖　冼小梅　华南机场集团地服部"]),
        ("大赛设三个赛项：", ["数控车床操作", "工业机器人运维", "无人机植保"]),
    ],
)
def test_the_lines_a_colon_announces_stay_in_the_article(tmp_path, intro, items):
    text = (
        "市总工会举办职工技能大赛\n\n6月3日，市总工会举办职工技能大赛，120名选手参加。\n\n"
        + intro
        + "\n"
        + "\n".join(items)
        + "\n\n大赛优胜者将被推荐参加全省比赛。\n\n文｜市总工会　柯文远\n"
    )
    arts = page_articles(tmp_path, text)
    assert len(arts) == 1
    assert arts[0].reporters == ["柯文远"]
    assert items[-1].replace("\u3000", " ") in arts[0].body


def test_a_line_after_a_finished_sentence_may_head_the_next_article(tmp_path):
    text = (
        "区总工会开展送清凉活动\n\n7月1日，区总工会为环卫工人送去防暑用品。\n\n"
        "街道工会举办职工篮球赛\n\n本报讯（记者 申屠明）7月2日，街道工会举办职工篮球赛。\n"
    )
    assert [a.headline for a in page_articles(tmp_path, text)] == ["区总工会开展送清凉活动", "街道工会举办职工篮球赛"]


@pytest.mark.parametrize("line", ["▲ 选手在比赛现场", "▲集团领导为获奖选手颁奖", "△ 志愿者为职工测量血压"])
def test_a_caption_a_triangle_points_from_is_no_headline(line):
    assert not title_like(line)
    assert title_like(line.lstrip("▲△ "))


@pytest.mark.parametrize(
    ("item", "label"),
    [
        ("柏雪莹（女）　临川县锦华服饰有限公司缝纫工", "省直产业工会："),
        ("乔卫东　安平矿业集团机电队班长", "金州市："),
        ("晏青山　滨江公交集团驾驶员", "中央驻省单位："),
    ],
)
def test_a_lists_label_ends_no_line_above(item, label):
    from kg.ingest.document import Block
    from kg.ingest.repair import repair_breaks
    from kg.ingest.textmap import Mapped

    blocks = [Block(Mapped.of(x), gap=0) for x in ("一、先进个人名单", item, label, "米嘉禾　某某工程有限公司养护工")]
    assert not any(label in b.text.text and b.text.text.index(label) > 0 for b in repair_breaks(blocks))


def test_a_label_after_an_open_clause_is_its_end():
    from kg.ingest.document import Block
    from kg.ingest.repair import repair_breaks
    from kg.ingest.textmap import Mapped

    blocks = [Block(Mapped.of(x), gap=0) for x in ("大会对以下单位予以通报表扬，", "并要求：", "各单位认真学习。")]
    assert repair_breaks(blocks)[0].text.text.startswith("大会对以下单位予以通报表扬，并要求：")


@pytest.mark.parametrize("button", ["已关注", "+关注", "关注"])
def test_an_accounts_card_on_a_post_is_furniture(tmp_path, button):
    text = (
        "原创　柯文远　滨江工会　2026年06月05日 10:12　浙江\n\n港区职工技能大赛落幕\n\n"
        f"滨江工会\n滨江港务集团工会官方账号。服务港区职工。\n{button}\n\n"
        "6月3日，港务集团工会举办职工技能大赛，120名选手参加。\n"
    )
    (art,) = page_articles(tmp_path, text)
    assert art.body.startswith("6月3日")
    assert art.decks == [] and "滨江工会" in art.furniture


def test_a_sentence_over_a_follow_prompt_without_an_account_stays(tmp_path):
    text = "港区职工技能大赛落幕\n\n6月3日，港务集团工会举办职工技能大赛，120名选手参加。\n欢迎关注\n"
    (art,) = page_articles(tmp_path, text)
    assert art.body.startswith("6月3日")
