"""Saved e-mails (``.eml``): a union's newsletter or notice as the mail client saved it.

Unions send their 简讯 and notices by mail, and a mail saved from the client is a file
in the internet's message format: headers, then a body in MIME parts whose text is
encoded (base64, quoted-printable) in a charset of its own (UTF-8, GB2312/GBK/GB18030).
What is read is what the mail client shows: the body's text, decoded.  Of its two
forms, the plain text is taken when it carries the mail (a plain part of a few words
that only asks to open the HTML one does not), else the HTML, read as a page.  The
headers are the mail's route, not its news: the sender and recipients are not read as
text; the subject is the mail's title, put over a body that does not open with it (a
notice mailed as its text, 各基层工会：…, is titled only in the subject), and its ``Date``
is the day it was sent, the page's date where the text gives none.
Attachments are not read.
"""

from __future__ import annotations

import email.errors
import html as html_lib
import re
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

from bs4 import BeautifulSoup

from kg.errors import InputError
from kg.ingest.decoding import decode

# the headers every saved mail has some of: a file without any is no mail
_MAIL_HEADERS = ("from", "date", "subject", "message-id", "mime-version", "received")
# a plain part shorter than this share of the HTML part's text is a placeholder
PLAIN_SHARE = 0.5


@dataclass(frozen=True)
class Mail:
    text: str  # the body, as text or as HTML (``html``), under its subject where it needs one
    html: bool
    date: str | None  # the day of the Date header, ISO


def read_mail(data: bytes, name: str) -> Mail:
    """The body, subject and day of a saved mail; raises InputError saying why the bytes
    are no mail with a readable body."""
    try:
        msg = BytesParser(policy=policy.default).parsebytes(data)
    except (email.errors.MessageError, ValueError, TypeError) as exc:
        raise InputError(name, f"not a readable e-mail ({exc})") from None
    if not isinstance(msg, EmailMessage) or not any(k in msg for k in _MAIL_HEADERS):
        raise InputError(name, "not an e-mail (no From, Date or Subject header)")
    plain = part_text(msg, "plain", name)
    html = part_text(msg, "html", name)
    shown = _visible(html) if html else ""  # (the HTML part's words, parsed once)
    if html and (not plain or len(plain.strip()) < PLAIN_SHARE * len(shown)):
        text, is_html, words = html, True, shown
    elif plain:
        text, is_html, words = plain, False, plain
    else:
        raise InputError(name, "e-mail without a text body (only attachments or nothing)")
    subject = _subject(msg)
    if subject and subject_missing(subject, words):
        text = f"<h1>{html_lib.escape(subject)}</h1>\n{text}" if is_html else f"{subject}\n\n{text}"
    return Mail(text, is_html, _day(msg))


def part_text(msg: EmailMessage, subtype: str, name: str) -> str | None:
    try:
        part = msg.get_body(preferencelist=(subtype,))
    except (KeyError, ValueError, email.errors.MessageError):
        return None
    if part is None or part.get_content_subtype() != subtype:
        return None
    try:
        raw = part.get_payload(decode=True)
    except (ValueError, email.errors.MessageError):
        return None
    if not isinstance(raw, bytes) or not raw.strip():
        return None
    charset = part.get_content_charset()
    if charset:
        try:
            return raw.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    # no charset, or a wrong one (GBK text labelled gb2312, as mail clients send it): the
    # encoding detected as a file's is
    return decode(raw, name)


# a reply's or a forward's mark before the subject proper
_PREFIX = re.compile(r"^(?:(?:re|fw|fwd|aw|回复|答复|转发)\s*[:：]\s*)+", re.I)
# how far into the body its own title stands
_TITLE_REACH = 200


def subject_missing(subject: str, body: str) -> bool:
    """Whether the body does not show the subject near its top (its title line)."""
    squeeze = "".join(subject.split())
    return squeeze not in "".join(body.split())[:_TITLE_REACH]


def _visible(html: str) -> str:
    return "".join(BeautifulSoup(html, "lxml").get_text().split())


def _subject(msg: EmailMessage) -> str | None:
    try:
        subject = str(msg.get("subject") or "").strip()
    except (ValueError, email.errors.MessageError):
        return None
    return _PREFIX.sub("", " ".join(subject.split())) or None


def _day(msg: EmailMessage) -> str | None:
    try:
        header = msg.get("date")
        when = getattr(header, "datetime", None)
    except (ValueError, TypeError, email.errors.MessageError):
        return None
    return when.date().isoformat() if when is not None else None
