"""Saved e-mails (.eml): the body as the mail client shows it, the subject and the day
sent (kg.ingest.mail_files).  The mails are invented and built with the email package."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import read_articles
from kg.ingest.mail_files import read_mail

BODY = "河湾区总工会举办职工书法展\n\n5月6日，河湾区总工会在区文化馆举办职工书法展，80余名职工参加。（通讯员 葛晓川）\n"


def _mail(subject: str, plain: str | None, html: str | None = None, *, charset: str = "utf-8") -> bytes:
    m = EmailMessage()
    m["From"] = "=?UTF-8?B?5a6j5pWZ6YOo?= <xj@example.cn>"
    m["To"] = "undisclosed-recipients:;"
    m["Subject"] = subject
    m["Date"] = "Fri, 07 May 2027 18:30:00 +0800"
    if plain is not None:
        m.set_content(plain, charset=charset, cte="quoted-printable" if charset == "utf-8" else "base64")
    if html is not None:
        if plain is None:
            m.set_content(html, subtype="html", cte="base64")
        else:
            m.add_alternative(html, subtype="html", cte="base64")
    return bytes(m)


def test_the_plain_body_is_read_decoded_under_the_subject_and_dated_by_its_date_header() -> None:
    mail = read_mail(_mail("《河湾工会简讯》2027年第5期", BODY), "m.eml")
    assert not mail.html and mail.date == "2027-05-07"
    assert mail.text == "《河湾工会简讯》2027年第5期\n\n" + BODY


def test_a_body_its_label_misnames_is_read_as_what_it_is_and_a_reply_mark_leaves_the_subject() -> None:
    text = "各基层工会：\n\n请于5月20日前报送职工书法作品。镕\n"  # (镕 is GBK, not GB2312)
    m = EmailMessage()
    m["Subject"], m["Date"] = "Re: 转发：关于征集职工书法作品的通知", "Fri, 07 May 2027 08:00:00 +0800"
    m.set_payload(text.encode("gb18030"))
    m["Content-Type"] = 'text/plain; charset="gb2312"'
    mail = read_mail(bytes(m), "m.eml")
    assert mail.text == "关于征集职工书法作品的通知\n\n" + text


def test_a_subject_the_body_opens_with_is_not_put_over_it_again() -> None:
    mail = read_mail(_mail("河湾区总工会举办职工书法展", BODY), "m.eml")
    assert mail.text == BODY


def test_a_plain_part_that_only_points_to_the_html_gives_way_to_it() -> None:
    html = (
        "<html><body><h2>河湾区总工会举办职工书法展</h2>"
        "<p>5月6日，河湾区总工会在区文化馆举办职工书法展。</p></body></html>"
    )
    assert read_mail(_mail("简讯", "请用支持HTML的客户端查看。", html), "m.eml").html
    assert not read_mail(_mail("简讯", BODY, html), "m.eml").html


def test_the_subject_over_an_html_body_is_escaped() -> None:
    html = "<html><body><p>各基层工会：请按附件报送。</p></body></html>"
    mail = read_mail(_mail("<b>通知</b> & 附件", None, html), "m.eml")
    assert mail.html and mail.text.startswith("<h1>&lt;b&gt;通知&lt;/b&gt; &amp; 附件</h1>")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"hello, no headers at all\n", "not an e-mail"),
        (b"Subject: x\nContent-Type: image/png\n\n\x89PNG", "without a text body"),
    ],
)
def test_a_file_that_is_no_mail_with_a_body_says_why(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        read_mail(data, "m.eml")


def test_a_saved_mail_is_read_as_articles_with_the_days_date(tmp_path: Path) -> None:
    (tmp_path / "news.eml").write_bytes(_mail("《河湾工会简讯》2027年第5期", BODY))
    (tmp_path / "junk.eml").write_bytes(b"no headers\n")
    result = read_articles([str(tmp_path)])
    assert [a.headline for a in result.articles] == ["河湾区总工会举办职工书法展"]
    assert result.articles[0].date == "2027-05-07"
    assert [e.path.endswith("junk.eml") for e in result.skipped] == [True]
