"""Bodies of session 57's pages (invented text).

A. A bureau of industry and information technology named short (区工信局) is the area's
   工业和信息化局, one body with the full name the page writes.
"""

from __future__ import annotations

from tests.extract.facts_view import names


def test_the_industry_bureaus_short_form_is_the_bureau_in_full(extract_text) -> None:
    text = "大赛由海东市总工会、海东市工业和信息化局主办。市工信局局长王建国讲话。"
    bodies = names(extract_text(text, region="海东市"), "Organization")
    assert "海东市工业和信息化局" in bodies
    assert not any(b.endswith("工信局") for b in bodies)
