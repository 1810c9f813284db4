"""Note marks in the running text (session 42's entity family): a reference to a note the
page prints is no part of the word it follows.  All text is invented."""

from __future__ import annotations

from kg.ingest.document import Block
from kg.ingest.note_marks import without_note_marks
from kg.ingest.textmap import Mapped


def _texts(*lines: str) -> list[str]:
    return [b.text.text for b in without_note_marks([Block(Mapped.of(x)) for x in lines])]


def test_a_reference_to_a_note_the_page_prints_is_taken_out():
    out = _texts("组织上调我任南山区①总工会主席。", "① 南山区：东原市辖区。")
    assert out == ["组织上调我任南山区总工会主席。", "① 南山区：东原市辖区。"]


def test_a_mark_no_note_line_opens_with_stays():
    assert _texts("比赛包括①削皮②捏形两项。") == ["比赛包括①削皮②捏形两项。"]


def test_the_offsets_of_the_text_after_the_mark_stay_those_of_the_source():
    [block] = [b for b in without_note_marks([Block(Mapped.of("南山区①总工会")), Block(Mapped.of("① 注"))])][:1]
    assert block.text.text == "南山区总工会" and block.text.src[3] == 4
