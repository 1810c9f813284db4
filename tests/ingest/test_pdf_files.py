"""PDF files: the text of their pages as a viewer copies it (kg.ingest.pdf_files).

The PDFs are invented and written here by hand: a CID font whose ToUnicode map gives each
glyph its character, as PDFs of Chinese text carry it."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import read_articles
from kg.ingest.pdf_files import pdf_text


def _pdf(pages: list[list[str]], *, with_text: bool = True) -> bytes:
    """A PDF of these pages, a text line per string (none with ``with_text`` false: a page of
    nothing but drawing, as a scan's page is to a reader of text)."""
    chars = sorted({c for lines in pages for line in lines for c in line})
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
    for lines in pages:
        ops = [
            f"BT /F1 12 Tf 50 {780 - 20 * k} Td <{''.join(f'{cid[c]:04X}' for c in line)}> Tj ET"
            for k, line in enumerate(lines)
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
