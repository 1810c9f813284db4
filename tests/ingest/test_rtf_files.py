"""RTF documents (.rtf): the body as a word processor shows it (kg.ingest.rtf_files).

The documents are invented and written here as office systems export them: Chinese as
code-page bytes (\\'xx) or \\u escapes, tables as \\cell/\\row, metadata in groups."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import read_articles
from kg.ingest.rtf_files import rtf_text


def _bytes(text: str, codec: str = "gbk") -> str:
    return "".join(f"\\'{b:02x}" for b in text.encode(codec))


def _escaped(text: str) -> str:
    """\\uN? escapes (a signed 16-bit number, then a fallback character to skip)."""
    return "".join(f"\\u{ord(c) if ord(c) < 32768 else ord(c) - 65536}?" for c in text)


HEAD = r"{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\fnil\fcharset134 " + _bytes("宋体") + r";}{\f1\froman Times;}}"


def _doc(*body: str) -> bytes:
    return (HEAD + "".join(body) + "}").encode("ascii")


def test_code_page_bytes_and_unicode_escapes_both_give_the_characters() -> None:
    data = _doc(r"\pard\f0\fs32 ", _bytes("关于开展职工读书月活动的方案"), r"\par ", _escaped("蓝溪县总工会"), r"\par")
    assert rtf_text(data, "a.rtf") == "关于开展职工读书月活动的方案\n蓝溪县总工会\n"


def test_a_unicode_escape_skips_as_many_fallback_characters_as_uc_says() -> None:
    body = r"\uc2\u24037\'b9\'a4\u20250\'bb\'e1\par"  # (工会, each with a two-byte GBK fallback)
    assert rtf_text(_doc(body), "u.rtf") == "工会\n"


def test_metadata_headers_footers_pictures_and_starred_groups_are_left_out() -> None:
    data = _doc(
        r"{\info{\title ",
        _bytes("草稿"),
        r"}{\author ",
        _bytes("管理员"),
        r"}}{\*\generator WPS Office;}{\header\pard ",
        _bytes("蓝溪县总工会文件"),
        r"\par}{\footer\pard - 1 -\par}",
        r"\pard ",
        _bytes("一、活动主题"),
        r"{\pict\pngblip\picw10\pich10 89504e470d0a1a0a}\par",
    )
    assert rtf_text(data, "m.rtf") == "一、活动主题\n"


def test_a_table_is_a_line_per_row_with_tab_parted_cells() -> None:
    row = r"\trowd\cellx2000\cellx4000\cellx6000\pard\intbl "
    data = _doc(
        row,
        _bytes("组长"),
        r"\cell ",
        _bytes("邬清河"),
        r"\cell ",
        _bytes("县总工会主席"),
        r"\cell\row",
        row,
        _bytes("成员"),
        r"\cell ",
        _bytes("敖丽"),
        r"\cell\cell\row",
    )
    assert rtf_text(data, "t.rtf") == "组长\t邬清河\t县总工会主席\n成员\t敖丽\n"


def test_a_field_shows_its_result_not_its_code_and_escaped_braces_are_text() -> None:
    data = _doc(r"{\field{\*\fldinst HYPERLINK http://x}{\fldrslt ", _bytes("报名链接"), r"}}\{1\}\par")
    assert rtf_text(data, "f.rtf") == "报名链接{1}\n"


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"PK\x03\x04 a zip", "not an RTF document"), (_doc(r"{\info{\title x}}\par\par"), "empty RTF document")],
)
def test_a_file_that_is_no_rtf_with_text_says_why(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        rtf_text(data, "x.rtf")


def test_an_rtf_document_is_read_as_an_article(tmp_path: Path) -> None:
    body = "蓝溪县总工会举办职工书画展\n\n6月3日，蓝溪县总工会在县文化馆举办职工书画展，60余名职工参加。"
    paragraphs = [_bytes(p) + r"\par " for p in body.split("\n")]
    (tmp_path / "notice.rtf").write_bytes(_doc(r"\pard ", *paragraphs))
    result = read_articles([str(tmp_path)])
    assert [a.headline for a in result.articles] == ["蓝溪县总工会举办职工书画展"]
