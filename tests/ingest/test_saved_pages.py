"""Web pages saved as one file (.mhtml): the page's HTML part (kg.ingest.saved_pages).

The files are invented and built with the email package, as a browser saves a page."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import read_articles
from kg.ingest.saved_pages import mhtml_html

PAGE = (
    "<html><head><meta charset='gb2312'><title>x</title></head><body>"
    "<h1 id='activity-name'>柳岸区总工会举办职工乒乓球赛</h1>"
    "<p>4月9日，柳岸区总工会在区体育馆举办职工乒乓球赛，72名职工参赛。</p></body></html>"
)


def _saved(page: str = PAGE, *, charset: str = "gb2312", image_first: bool = False) -> bytes:
    m = EmailMessage()
    m["From"] = "<Saved by Blink>"
    m["Snapshot-Content-Location"] = "https://mp.example.cn/s/abc"
    m["Subject"] = "=?utf-8?Q?x?="
    m["Date"] = "Sat, 1 Jan 2028 08:00:00 +0800"
    m.make_related()
    png = EmailMessage()
    png.set_content(b"\x89PNG\r\n\x1a\n", maintype="image", subtype="png")
    html = EmailMessage()
    html.set_content(page.encode(charset), maintype="text", subtype="html", cte="quoted-printable")
    html.set_param("charset", charset)
    for part in [png, html] if image_first else [html, png]:
        m.attach(part)
    if image_first:
        m.set_param("start", "<page>")
        html["Content-ID"] = "<page>"
    return bytes(m)


@pytest.mark.parametrize("image_first", [False, True])
def test_the_page_part_is_read_decoded_from_its_charset(image_first: bool) -> None:
    assert "72名职工参赛" in mhtml_html(_saved(image_first=image_first), "p.mhtml")


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"\x00\x01binary", "not a saved web page"), (_saved("   "), "without an HTML part")],
)
def test_a_file_that_is_no_saved_page_says_why(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        mhtml_html(data, "x.mhtml")


def test_a_saved_page_is_read_as_an_article_not_dated_by_the_day_it_was_saved(tmp_path: Path) -> None:
    (tmp_path / "page.mhtml").write_bytes(_saved())
    result = read_articles([str(tmp_path)])
    assert [a.headline for a in result.articles] == ["柳岸区总工会举办职工乒乓球赛"]
    assert result.articles[0].date != "2028-01-01"
