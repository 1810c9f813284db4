"""Bodies of session 57's pages (invented text).

A. A bureau of industry and information technology named short (区工信局) is the area's
   工业和信息化局, one body with the full name the page writes.
B. A township's head (镇长X) holds an office at the town's people's government, the town hall,
   which lies in the town (as where the text writes 镇政府).
C. A union named after its area by two forms of the area's name (海东旅游…联合工会, 海东市旅游…
   联合工会) is one union, under the longer name.
D. A union named after a hotel (某某温泉酒店工会) is the hotel's, not placed by the area its
   name opens with.
E. A zone named by a registry farm's stem and a zone's ending (双第华侨经济开发区) is that
   farm's township-level unit (双第华侨农场) where the text's county holds it.
"""

from __future__ import annotations

from tests.extract.facts_view import names


def test_the_industry_bureaus_short_form_is_the_bureau_in_full(extract_text) -> None:
    text = "大赛由海东市总工会、海东市工业和信息化局主办。市工信局局长王建国讲话。"
    bodies = names(extract_text(text, region="海东市"), "Organization")
    assert "海东市工业和信息化局" in bodies
    assert not any(b.endswith("工信局") for b in bodies)


def test_a_township_heads_government_is_the_town_hall_in_the_township(extract_text) -> None:
    """镇长X: the office is at the town's people's government, which lies in the town."""
    facts = extract_text("涔天河镇党委副书记、镇长李明出席活动。", region="江华瑶族自治县")
    hall = {ref.name: info for ref, info in facts.entities.items() if ref.name.endswith("镇人民政府")}
    assert [info.located_in.name for info in hall.values()] == ["涔天河镇"]


def test_a_union_named_with_its_areas_short_form_is_the_one_named_in_full(extract_text) -> None:
    """海东旅游酒店行业联合工会 (a headline's) is 海东市旅游酒店行业联合工会: one union."""
    facts = extract_text(
        "4月1日，海东市旅游酒店行业联合工会成立大会召开。", headline="海东旅游酒店行业联合工会成立", region="海东市"
    )
    unions = names(facts, "TradeUnion")
    assert "海东市旅游酒店行业联合工会" in unions
    assert "海东旅游酒店行业联合工会" not in unions


def test_a_hotels_union_is_the_hotels_not_placed_by_its_name(extract_text) -> None:
    """某某温泉酒店工会: the hotel is the employer the union is formed in; the area its name
    opens with names the hotel, not where the union is."""
    facts = extract_text("海东青湖温泉酒店工会主席李明出席会议。", region="海东市")
    placed = {ref.name: info.located_in for ref, info in facts.entities.items()}
    assert placed.get("海东青湖温泉酒店工会") is None
    assert "海东青湖温泉酒店" in names(facts, "Organization")


def test_a_farm_renamed_as_a_zone_is_the_registrys_farm(extract_text) -> None:
    """双第华侨经济开发区: the registry's 双第华侨农场 of the district the text names."""
    facts = extract_text("招聘会在龙文区双第华侨经济开发区举行。", region="漳州市")
    codes = {ref.code for ref in facts.entities if ref.cls == "AdministrativeArea"}
    assert "350604400" in codes
