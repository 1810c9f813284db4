"""A later item's headline printed on two lines, a unit's bare name over a short predicate
(kg.ingest.headlines.subject_over_predicate): one headline, the item's credits kept on it."""

from __future__ import annotations

import pytest

from tests.ingest.invented_page import page_articles

_FIRST = "劳模宣讲进校园\n\n本报讯（记者 邝明远）5月6日，市总工会组织劳模走进职业学校，300余名学生聆听报告。\n\n"


@pytest.mark.parametrize(
    ("subject", "predicate", "lead", "credit", "who"),
    [
        (
            "龙泉街道总工会",
            "送法进工地",
            "5月3日，龙泉街道总工会走进工地，为50余名工人讲解劳动法。",
            "（柏杨　邬小晴）",
            ["柏杨", "邬小晴"],
        ),
        (
            "港务集团工会",
            "夜访装卸码头",
            "5月4日，港务集团工会夜访码头，慰问40名装卸工。",
            "（通讯员 龚天佑）",
            ["龚天佑"],
        ),
        (
            "铁路局工会",
            "开展岗位练兵",
            "近日，铁路局工会在检修车间开展岗位练兵，120名职工参加。",
            "（杭一帆）",
            ["杭一帆"],
        ),
    ],
)
def test_a_units_name_over_a_short_predicate_is_one_headline(tmp_path, subject, predicate, lead, credit, who):
    arts = page_articles(tmp_path, _FIRST + f"{subject}\n{predicate}\n\n{lead}{credit}\n")
    assert arts[-1].headline == subject + predicate
    assert arts[-1].reporters == who


def test_a_second_line_with_its_own_subject_is_a_deck(tmp_path):
    text = _FIRST + "龙泉街道总工会\n街道工会为工人讲解劳动法\n\n5月3日，龙泉街道总工会走进工地开展普法。（柏杨）\n"
    assert page_articles(tmp_path, text)[-1].headline != "龙泉街道总工会街道工会为工人讲解劳动法"
