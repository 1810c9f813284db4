"""Posts and bodies as a grammar (session 40): an author note's particulars before the offices
(作者简介：X（1978—），男，四川某县人，BODY TITLE、TITLE); a company named again by its type word
after a verb of taking an office (公司工会主席X兼任公司党支部书记); a paragraph of a live blog
whose spaces (a time, a title's two halves) make no table row; a body printed as another
form of an area's body the article named (宜昌市政协 … 政协宜昌市委员会); a party committee's
bureau of retired cadres (市委老干部局).

All lines are invented; no name or sentence here comes from a real page.
"""

from __future__ import annotations

import pytest

from tests.extract.case_tables import ingested, labelled_case
from tests.extract.facts_view import names, parents, posts

CASES = [
    # --- N: a profile's particulars between the name and its offices
    (
        "N01 an author note: birth years, sex, birthplace, then BODY TITLE、TITLE",
        "作者简介：饶文斌（1979—），男，江西赣县人，赣县区总工会党组成员、副主席，主要从事工会组织建设工作。\n",
        "赣州市",
        {("饶文斌", "赣县区总工会", "党组成员"), ("饶文斌", "赣县区总工会", "副主席")},
    ),
    (
        "N02 sex, ethnic group, birth year and party before the office",
        "邰春梅，女，汉族，1976年生，中共党员，广元市总工会副主席。\n",
        "广元市",
        {("邰春梅", "广元市总工会", "副主席")},
    ),
    (
        "N03 near-miss: a clause ending in 人 that names a body is the office itself",
        "蔺小川，赣县区总工会负责人，介绍了服务站的运行情况。\n",
        "赣州市",
        {("蔺小川", "赣县区总工会", "负责人")},
    ),
    # --- C: the company by its type word after a verb of taking an office
    (
        "C01 公司工会主席X兼任公司党支部书记",
        "位于梅江镇的赣州橙乡果业发展有限公司现有职工300人，公司工会主席宓春生兼任公司党支部书记。\n",
        "赣州市",
        {
            ("宓春生", "赣州橙乡果业发展有限公司工会", "主席"),
            ("宓春生", "赣州橙乡果业发展有限公司", "党支部书记"),
        },
    ),
    # --- R: spaces in a paragraph of prose make no table row
    (
        "R01 a bare committee's head after a time and a title with a space in it",
        "10:20 市政协副主席、市总工会主席郜长河代表第八届委员会作题为《凝心聚力　再创佳绩》的工作报告。"
        "报告指出，五年来全市新建工会组织1200家。第八届经费审查委员会主任阚玉明作经费审查工作报告。\n",
        "泰安市",
        {
            ("郜长河", "中国人民政治协商会议泰安市委员会", "副主席"),
            ("郜长河", "泰安市总工会", "主席"),
            ("阚玉明", "泰安市总工会", "经费审查委员会主任"),
        },
    ),
]

NOT_YET: dict[str, str] = {}


@pytest.mark.parametrize(("label", "text", "region", "expected"), [labelled_case(*c, not_yet=NOT_YET) for c in CASES])
def test_posts40_grammar(extract_text, label, text, region, expected):
    assert posts(extract_text(ingested(text), region=region)) == expected, label


def test_a_body_printed_as_another_form_of_an_area_body_is_that_body(extract_text):
    """鄂州市政协 (read as 中国人民政治协商会议鄂州市委员会), then 政协鄂州市委员会 as printed: one body."""
    facts = extract_text(
        ingested(
            "鄂州市总工会原主席、鄂州市政协原副主席晏德厚同志逝世。"
            "1998年至2004年，任政协鄂州市委员会副主席。政协鄂州市委员会等单位敬献了花圈。\n"
        ),
        region="鄂州市",
    )
    orgs = names(facts, "Organization")
    assert "中国人民政治协商会议鄂州市委员会" in orgs
    assert "政协鄂州市委员会" not in orgs


def test_a_committees_bureau_of_retired_cadres_is_its_department(extract_text):
    """中共鄂州市委老干部局: the bureau of the city's party committee (named too)."""
    facts = extract_text(
        ingested("中共鄂州市委、中共鄂州市委组织部、中共鄂州市委老干部局敬献了花圈。\n"), region="鄂州市"
    )
    assert ("中共鄂州市委老干部局", "中共鄂州市委员会") in parents(facts)
