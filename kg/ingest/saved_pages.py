"""Web pages saved as one file (``.mhtml``, ``.mht``): a page kept with its images.

Browsers save a page "as a single file" in MHTML: the page's HTML and every image and
style sheet it shows, each a MIME part of one ``multipart/related`` message, the HTML
usually quoted-printable in its own charset.  Readers keep union news this way (a
公众号 article that may be withdrawn, a site that may move).  What is read is the page:
the HTML part the message names as its start (else its first HTML part), decoded and
read as any saved HTML page; the MIME headers (the snapshot's address, the day it was
saved, "Saved by" the browser) are the file's wrapping, and the day saved is not the
day the page was published, so it dates nothing.  Images and style sheets are not read.
"""

from __future__ import annotations

import email.errors
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

from kg.errors import InputError
from kg.ingest.mail_files import part_text


def mhtml_html(data: bytes, name: str) -> str:
    """The HTML of a page saved as MHTML; raises InputError saying why the bytes are no
    saved page with an HTML part."""
    try:
        msg = BytesParser(policy=policy.default).parsebytes(data)
    except (email.errors.MessageError, ValueError, TypeError) as exc:
        raise InputError(name, f"not a readable saved web page ({exc})") from None
    if not isinstance(msg, EmailMessage) or not (msg.is_multipart() or msg.get_content_type() == "text/html"):
        raise InputError(name, "not a saved web page (no MIME parts and no HTML)")
    html = part_text(msg, "html", name)
    if not html or not html.strip():
        raise InputError(name, "saved web page without an HTML part")
    return html
