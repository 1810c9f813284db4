"""Posts of session 43: a programme booklet's team table, a transcript's speaker label, a
department head led by a union's officer.  All text is invented (the areas are real)."""

from __future__ import annotations

from tests.extract.facts_view import posts

# the booklet's page break makes the table's first row the head of what follows
FIRST_ROW = "1　　成佳镇代表队　　　　王立新　　　　陈亮"
TEAMS = (
    "2　　寿安街道代表队　　　刘海燕（街道总工会主席）　　张强\n"
    "3　　西来镇代表队　　　　何明（镇总工会副主席）　　李强\n"
)


def test_a_level_word_in_a_team_row_is_the_area_opening_the_row(extract_text):
    found = posts(extract_text(TEAMS, headline=FIRST_ROW, region="蒲江县"))
    assert ("刘海燕", "寿安街道总工会", "主席") in found
    assert ("何明", "蒲江县西来镇总工会", "副主席") in found
    assert not any(body.startswith("成佳镇") for _, body, _ in found)


def test_a_department_led_by_a_unions_officer_is_the_unions(extract_text):
    text = "8月3日上午，蒲江县总工会副主席陈立带领权益保障部部长王云、干事李泉来到大塘镇一家企业。"
    found = posts(extract_text(text, region="蒲江县"))
    assert ("王云", "蒲江县总工会", "权益保障部部长") in found
    # no leader's body before the verb: whose department it is the text does not say
    bare = posts(extract_text("陈立带领权益保障部部长王云来到企业。", region="蒲江县"))
    assert not any(name == "王云" for name, _, _ in bare)
