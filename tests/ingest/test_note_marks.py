"""A page's notes: a reference to a note the page prints is no part of the word it follows,
and notes printed at a page's foot inside a paragraph go after it.  All text is invented."""

from __future__ import annotations

from kg.ingest import read_articles
from kg.ingest.document import Block
from kg.ingest.note_marks import notes_after_paragraph, without_note_marks
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


def _moved(*lines: tuple[str, int]) -> list[str]:
    return [b.text.text for b in notes_after_paragraph([Block(Mapped.of(x), gap=g) for x, g in lines])]


def test_notes_printed_inside_a_paragraph_go_to_the_end():
    out = _moved(
        ("我退休以后，接班的是县总工会的蓝", 1),
        ("──────", 1),
        ("① 北坡镇：今属东原县。", 0),
        ("原为公社。", 0),
        ("海生，年纪轻，肯干。", 1),
        ("后来又去了北坡镇。", 0),
        ("二、下一段", 1),
    )
    assert out == [
        "我退休以后，接班的是县总工会的蓝",
        "海生，年纪轻，肯干。",
        "后来又去了北坡镇。",
        "二、下一段",
        "──────",
        "① 北坡镇：今属东原县。",
        "原为公社。",
    ]


def test_notes_after_a_sentence_end_stay_where_they_are():
    lines = (("我在北坡镇干了十年。", 1), ("① 北坡镇：今属东原县。", 1), ("后来调回县里。", 1))
    assert _moved(*lines) == [x for x, _ in lines]


def test_a_name_cut_by_a_page_foot_reads_whole(tmp_path):
    page = tmp_path / "memoir.txt"
    page.write_text(
        "老工会人的回忆\n\n　　我1990年到北坡镇①工作，后来接我班的是县总工会主席蓝\n\n"
        "──────\n　　① 北坡镇：今属东原县。\n\n海生，他年轻，有闯劲。\n",
        encoding="utf-8",
    )
    [article] = read_articles([str(page)]).articles
    assert "县总工会主席蓝海生，他年轻" in article.text


def test_a_city_a_moved_note_names_is_not_the_one_a_bare_level_word_stands_for(tmp_path):
    import json

    from kg.pipeline.build import BuildOptions, run_build

    page = tmp_path / "memoir.txt"
    page.write_text(
        "老工会人的回忆\n\n　　1995年我从湛江市调到遂溪县①工作，那时县总工会的办公室在老街\n\n"
        "──────\n　　① 遂溪县：与广西某地同名的说法有误，今属广东省茂名市以西。\n\n"
        "上。\n\n　　后来我在市职工文化宫办了培训班。\n",
        encoding="utf-8",
    )
    opts = BuildOptions(inputs=[str(page)], outdir=tmp_path / "out", progress=False, cache=False)
    run_build(opts, echo=lambda m: None)
    labels = {n["label"] for n in json.loads((tmp_path / "out" / "graph.json").read_text())["nodes"]}
    assert "湛江市职工文化宫" in labels and "茂名市职工文化宫" not in labels
