"""PDF files: the text of their pages as a viewer copies it (kg.ingest.pdf_files).

The PDFs are invented and written here by hand: a CID font whose ToUnicode map gives each
glyph its character, as PDFs of Chinese text carry it."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest

from kg.errors import InputError
from kg.ingest import read_articles
from kg.ingest.genre_furniture import app_prompt
from kg.ingest.pdf_files import pdf_text
from kg.ingest.pdf_order import Piece, reading_order

Line = str | tuple[float, float, str, float]  # (a line where the page draws it: x, y, text, size)


def _pdf(pages: list[list[Line]], *, with_text: bool = True) -> bytes:
    """A PDF of these pages, a text line per string, drawn one under the other, or per
    (x, y, text, size), drawn there, in the order given (none with ``with_text`` false: a
    page of nothing but drawing, as a scan's page is to a reader of text)."""
    placed = [
        [line if isinstance(line, tuple) else (50, 780 - 20 * k, line, 12) for k, line in enumerate(lines)]
        for lines in pages
    ]
    chars = sorted({c for lines in placed for _, _, line, _ in lines for c in line})
    cid = {c: i + 1 for i, c in enumerate(chars)}
    objs: list[bytes] = []

    def add(body: bytes) -> int:
        objs.append(body)
        return len(objs)

    def stream(data: bytes) -> int:
        return add(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")

    pairs = "\n".join(f"<{cid[c]:04X}> <{ord(c):04X}>" for c in chars)
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Invented def "
        "1 begincodespacerange <0000> <FFFF> endcodespacerange "
        f"{len(chars)} beginbfchar\n{pairs}\nendbfchar endcmap "
        "CMapName currentdict /CMap defineresource pop end end"
    )
    to_unicode = stream(cmap.encode())
    descriptor = add(b"<< /Type /FontDescriptor /FontName /Song /Flags 4 /FontBBox [0 -200 1000 900] >>")
    cid_font = add(
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /Song /CIDSystemInfo "
        b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R >>" % descriptor
    )
    font = add(
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Song /Encoding /Identity-H "
        b"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (cid_font, to_unicode)
    )
    parent = len(objs) + 2 * len(pages) + 1
    kids = []
    for lines in placed:
        ops = [
            f"BT /F1 {size} Tf {x} {y} Td <{''.join(f'{cid[c]:04X}' for c in line)}> Tj ET"
            for x, y, line, size in lines
        ]
        content = stream("\n".join(ops if with_text else ["0 0 m 100 100 l S"]).encode())
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (parent, font, content)
            )
        )
    assert (
        add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join(f"{k} 0 R" for k in kids).encode(), len(kids)))
        == parent
    )
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % parent)
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, catalog, xref)
    return bytes(out)


def test_the_pages_text_is_read_line_by_line_page_after_page() -> None:
    data = _pdf([["关于表彰优秀职工的决定", "各基层工会："], ["云岭县总工会", "2027年6月2日"]])
    assert pdf_text(data, "d.pdf") == "关于表彰优秀职工的决定\n各基层工会：\n云岭县总工会\n2027年6月2日\n"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.7\nbroken", "not a readable PDF"),
        (b"plain words", "not a readable PDF"),
        (_pdf([["扫描件"]], with_text=False), "no text in this PDF"),
    ],
)
def test_a_pdf_without_text_or_no_pdf_at_all_says_why(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        pdf_text(data, "d.pdf")


def test_a_pdf_notice_is_read_as_an_article_and_a_scan_is_skipped_with_its_reason(tmp_path: Path) -> None:
    (tmp_path / "notice.pdf").write_bytes(
        _pdf([["关于举办职工羽毛球赛的通知", "各基层工会：", "县总工会定于7月8日在县体育馆举办职工羽毛球赛。"]])
    )
    (tmp_path / "scan.pdf").write_bytes(_pdf([["扫描件"]], with_text=False))
    result = read_articles([str(tmp_path)])
    assert [a.headline for a in result.articles] == ["关于举办职工羽毛球赛的通知"]
    assert [str(e) for e in result.skipped] == [
        f"{tmp_path / 'scan.pdf'}: no text in this PDF (pages of images, a scan? run OCR on it first)"
    ]


_TYPESET = [  # (an e-paper page in its typesetting order: headlines, bodies as set, masthead last)
    (50, 750, "湄江县举办职工技能大赛", 24),  # (over both columns)
    (50, 620, "石桥街道换届", 16),
    (190, 620, "送法进工地", 16),
    (50, 720, "3月1日，湄江县总", 12),
    (50, 705, "工会在县职工服务", 12),
    (50, 690, "中心举办职工技能", 12),
    (50, 675, "大赛，来自全县的", 12),
    (50, 595, "本报讯石桥街道", 12),
    (50, 580, "工会完成换届。", 12),
    (190, 595, "本报讯县总工会", 12),
    (190, 580, "走进工地普法。", 12),
    (190, 720, "120名职工参赛。", 12),  # (the first article's end, at the second column's top)
    (190, 705, "县总工会主席闻雁", 12),
    (190, 690, "秋出席。", 12),
    (50, 805, "湄江职工报", 20),
    (50, 785, "2029年3月2日星期五", 10),
]


def _by_character(lines: list[tuple[float, float, str, float]]) -> list[tuple[float, float, str, float]]:
    """Each line drawn a character at a time, its Han letters spaced out by a quarter of theirs."""
    out = []
    for x, y, text, size in lines:
        for ch in text:
            out.append((x, y, ch, size))
            x += size * 1.25 if ord(ch) > 0x2E7F else size / 2
    return out


@pytest.mark.parametrize("drawn", [list, _by_character], ids=["by-line", "by-character"])
def test_a_page_drawn_in_typesetting_order_is_read_by_position_column_by_column(drawn) -> None:
    """An e-paper page that draws its headlines first, the bodies as they were set (an
    article going on in the next column after others began) and its masthead last is read
    by position: the masthead, each headline over its columns, each column top to bottom
    (a line drawn a spaced-out character at a time is still one line)."""
    assert pdf_text(_pdf([drawn(_TYPESET)]), "p.pdf") == (
        "湄江职工报\n2029年3月2日星期五\n湄江县举办职工技能大赛\n"
        "3月1日，湄江县总\n工会在县职工服务\n中心举办职工技能\n大赛，来自全县的\n"
        "120名职工参赛。\n县总工会主席闻雁\n秋出席。\n"
        "石桥街道换届\n本报讯石桥街道\n工会完成换届。\n送法进工地\n本报讯县总工会\n走进工地普法。\n"
    )


def test_a_table_drawn_row_by_row_keeps_the_text_its_viewer_gives() -> None:
    """Cells drawn row after row leave the order a cut by columns would read (each column
    top to bottom) at every cell, but climb the page less: the page is drawn in reading order."""
    rows = [("序号", "姓名", "单位"), *((str(k), f"闻雁{'秋冬春夏'[k % 4]}", f"湄江第{k}中学") for k in range(1, 9))]
    cells = [(50 + 100 * c, 700 - 20 * r, text, 12) for r, row in enumerate(rows) for c, text in enumerate(row)]
    data = _pdf([cells])
    viewer = pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert pdf_text(data, "t.pdf") == viewer.strip("\n") + "\n"


@pytest.mark.parametrize(
    ("line", "prompt"),
    [
        ("号”，职工扫码即可预约体检、理疗", False),  # (a narrow column's wrap: it carries on the sentence above)
        ("，扫码即可报名参加", False),
        ("用微信扫码二维码", True),
        ("扫码，领红包", True),
        ("“扫码”有礼", True),
    ],
)
def test_a_wrapped_line_that_carries_on_a_sentence_is_no_apps_prompt(line: str, prompt: bool) -> None:
    assert app_prompt(line) is prompt


def test_a_page_of_thousands_of_paragraphs_drawn_bottom_up_is_read_top_down() -> None:
    """A long column of many paragraphs is cut at all its bands at once (no cut per band:
    the page is read in one pass, not one per paragraph)."""
    lines = [Piece(50, 10 + k, 0.5, f"第{k}段") for k in range(3000)]
    assert reading_order(lines) == [f"第{k}段" for k in reversed(range(3000))]
