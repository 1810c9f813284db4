"""Bodies of session 57's pages (invented text).

A. A bureau of industry and information technology named short (区工信局) is the area's
   工业和信息化局, one body with the full name the page writes.
B. A township's head (镇长X) holds an office at the town's people's government, the town hall,
   which lies in the town (as where the text writes 镇政府).
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
