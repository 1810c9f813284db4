"""Offices of session 56's pages (invented text).

A. The reason for a move between a name and the verb of taking an office (A因工作调动，已任
   某镇党委副书记) leaves the office the name's.
"""

from __future__ import annotations

from tests.extract.facts_view import posts


def test_a_move_for_work_before_the_new_office_keeps_it_the_names(extract_text) -> None:
    text = "原镇总工会主席王立新因工作调动，已任龙泉关镇党委副书记。"
    assert any(p == "王立新" and t == "副书记" for p, _body, t in posts(extract_text(text, region="保定市")))
