"""People and bodies in the grammars of session 40 (case narratives, procurement notices,
obituaries, papers): all texts invented.

A. A name right after an office, closed by 的 (在…主席X的推动下): a name, though its
   given name is a place's (鹤山, 南溪).
B. A name after an office whose last character the tagger glued onto the verb after it
   (时任主席X|Y转任…): a name; 转任 and 调任 follow names.
C. A sum written in capital numerals (人民币壹佰伍拾…) is no name, though 伍 is a surname.
D. A party's role in a tender before a company's name (未中标供应商X有限公司) is no part of it.
E. A quoted chain of levels or list of bodies (“县总工会—镇总工会—村工会联合会”) names no
   body as a whole.
F. An office verb the tagger glued onto 政协 (任|政协某市委员会) is no part of its name; the
   party's name before a committee's department (中共某市委老干部局) is the department of the
   committee, read by its grammar (the whole name kept).
"""

from __future__ import annotations

import pytest

PEOPLE: list = [
    # A. office, name, 的
    ("在县人大常委会副主任、县总工会主席母鹤峰的推动下，县总工会把经费向镇街下沉。", {"母鹤峰"}),
    ("在区政协副主席、区总工会主席冉江山的关心下，服务站建成投用。", {"冉江山"}),
    ("在市总工会主席宓鹤山的带领下，职工们积极参与。", {"宓鹤山"}),
    ("站在主席台的中央。", set()),
    # B. the name's last character glued onto 转任 / 调任
    ("2024年5月，城关镇总工会换届；时任主席税立新转任县总工会经费审查委员会主任。", {"税立新"}),
    # C. capital numerals
    ("中标金额：人民币壹佰伍拾贰万元整（¥1,520,000.00）", set()),
    ("合同金额：人民币伍拾陆万捌仟元整。", set()),
]


@pytest.mark.parametrize(("text", "want"), PEOPLE)
def test_names_after_offices_and_sums(labelled, text: str, want: set[str]) -> None:
    assert labelled(text, "PERSON") == want


BODIES: list = [
    # D. a role in a tender before the company
    (
        "未中标供应商肇庆市鼎湖区恒泰旅游服务有限公司（包组2）因未提供服务方案，投标无效。",
        "肇庆市鼎湖区恒泰旅游服务有限公司",
        "供应商肇庆市鼎湖区恒泰旅游服务有限公司",
    ),
    # E. a quoted chain of levels
    (
        "本文考察“区总工会—镇（街道）总工会—村（社区）、园区工会联合会”三级体系的运行。",
        None,
        "区总工会—镇（街道）总工会—村（社区）、园区工会联合会",
    ),
    # F. a verb glued before 政协; the party's name before a committee's department
    ("1998年至2004年，任政协鄂州市委员会副主席。2004年退休。", "政协鄂州市委员会", "任政协鄂州市委员会"),
]


@pytest.mark.parametrize(("text", "name", "not_name"), BODIES)
def test_bodies_without_the_words_around_them(labelled, text: str, name: str | None, not_name: str) -> None:
    found = labelled(text, "ORG") | labelled(text, "UNION")
    assert not_name not in found
    assert name is None or name in found


def test_the_partys_name_before_a_committees_department(find):
    """中共鄂州市委老干部局: read by the grammar of a committee's departments (kind area-body,
    which knows the committee), not as a plain name by its ending 局."""
    found = find("中共鄂州市委组织部、中共鄂州市委老干部局敬献了花圈。")
    assert ("中共鄂州市委老干部局", "ORG", "area-body") in found
    assert ("中共鄂州市委老干部局", "ORG", "") not in found


def test_a_name_after_an_office_closed_by_de_whatever_its_tags(tagged_mentions):
    """主席|母/LOC|鹤峰/LOC|的|推动: the tagger read the surname and the given name as places;
    right after an office, closed by 的, they are a name (鹤峰 no area there)."""
    found = tagged_mentions(
        ("在", "p"),
        ("县总工会", "ORG"),
        ("主席", "n"),
        ("母", "LOC"),
        ("鹤峰", "LOC"),
        ("的", "u"),
        ("推动", "vn"),
        ("下", "f"),
        ("，", "w"),
    )
    assert ("母鹤峰", "PERSON", "after-title") in found
    assert not any(label == "AREA" and text == "鹤峰" for text, label, _ in found)


def test_an_office_verb_glued_onto_the_word_opening_a_bodys_name(tagged_mentions):
    """任/ORG|政协/ORG|鄂州市/ORG|委员会/ORG: the verb of the office is no part of the body."""
    found = tagged_mentions(
        ("2000年", "TIME"),
        ("，", "w"),
        ("任", "ORG"),
        ("政协", "ORG"),
        ("鄂州市", "ORG"),
        ("委员会", "ORG"),
        ("副主席", "n"),
        ("。", "w"),
    )
    bodies = {text for text, label, _ in found if label == "ORG"}
    assert "政协鄂州市委员会" in bodies
    assert "任政协鄂州市委员会" not in bodies
