"""Word 97–2003 documents (.doc, .wps): the main text as Word shows it (kg.ingest.word97_files).

The documents are invented and written by hand (tests/ingest/invented_doc.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import read_articles
from kg.ingest.word97_files import doc_text
from tests.ingest.invented_doc import compound_file, word_document

NOTICE = [("关于公布职工书法比赛获奖名单的通知", ""), ("各基层工会：", ""), ("现将获奖名单公布如下。", "")]


@pytest.mark.parametrize("compressed", [False, True])
def test_the_main_text_is_read_a_paragraph_a_line_and_what_follows_it_is_not(compressed: bool) -> None:
    paragraphs = [("Notice No. 7", ""), ("Dear unions:", "")] if compressed else NOTICE
    tail = "header: Union file\r" if compressed else "页眉：县总工会文件\r"
    data = doc_text(word_document(paragraphs, compressed=compressed, tail=tail), "n.doc")
    assert data == "".join(p + "\n" for p, _ in paragraphs)


def test_a_table_is_a_line_per_row_its_cells_parted_by_tabs_and_a_cells_paragraphs_joined() -> None:
    rows = [("奖次", "cell"), ("姓名", "cell"), ("单位", "cell"), ("", "row")]
    rows += [("一等奖", "cell"), ("禤志刚", "cell"), ("柳江区", "para"), ("自来水公司", "cell"), ("", "row")]
    data = word_document([("获奖名单", ""), *rows, ("特此通知。", "")])
    assert doc_text(data, "t.doc") == "获奖名单\n奖次\t姓名\t单位\n一等奖\t禤志刚\t柳江区 自来水公司\n特此通知。\n"


def test_a_field_shows_its_result_and_pictures_and_breaks_are_what_a_reader_sees() -> None:
    body = '报名网址：\x13 HYPERLINK "http://x" \x14报名页\x15，\x01见附图\x0b联系人：鲜于明'
    assert doc_text(word_document([(body, "")]), "f.doc") == "报名网址：报名页，见附图\n联系人：鲜于明\n"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"PK\x03\x04 a zip", "not a readable Word 97-2003 document"),
        (compound_file({"Workbook": b"\x09\x08"}), "no WordDocument stream"),
        (word_document(NOTICE, encrypted=True), "encrypted Word document"),
        (word_document([("  ", "")]), "empty Word document"),
    ],
)
def test_a_file_that_is_no_word_document_with_text_says_why(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        doc_text(data, "x.doc")


@pytest.mark.parametrize("suffix", [".doc", ".wps"])
def test_a_word_97_document_is_read_as_an_article(tmp_path: Path, suffix: str) -> None:
    body = [
        ("乌江区总工会举办职工书法比赛", ""),
        ("5月8日，乌江区总工会在区文化馆举办职工书法比赛，90余名职工参加。", ""),
    ]
    (tmp_path / f"news{suffix}").write_bytes(word_document(body))
    result = read_articles([str(tmp_path)])
    assert [a.headline for a in result.articles] == ["乌江区总工会举办职工书法比赛"]
