"""PDF files: the text of a notice, a paper's page or a report as its PDF carries it.

Unions publish notices, award decisions, reports and their papers' pages as PDF, and a
site's attachment is often the only copy.  The text is what the PDF's fonts map to
characters (pypdf), page after page: a line per line of the page, as a PDF viewer copies
it -- so the breaks inside a sentence, the running heads and the page numbers are there,
as in every page "extracted from the PDF" this project reads, and the same repairs
(kg.ingest.repair) and furniture rules apply.  A PDF that holds only images (a scan) has
no text to read: it is refused with that reason, not read as empty.  Offsets of evidence
count in the text this reader gives.  A page drawn out of reading order (an e-paper page
drawn in its typesetting order) is read by position instead (kg.ingest.pdf_order).
"""

from __future__ import annotations

import io
import logging

from kg.errors import InputError
from kg.ingest.pdf_order import drawn_pieces, reading_order

# pypdf reports every quirk of a damaged file on the logging system; what matters to the
# user (the file cannot be read) is an InputError, the rest is noise on the terminal
_LOG = logging.getLogger("pypdf")


def pdf_text(data: bytes, name: str) -> str:
    """The text of a PDF's pages, a page after another; raises InputError saying why the
    bytes are no PDF with text."""
    import pypdf  # (loaded only when a PDF is read)

    level = _LOG.level
    _LOG.setLevel(logging.CRITICAL)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(name, "encrypted PDF (needs a password), not read")
        pages = [_page_text(page) for page in reader.pages]
    except InputError:
        raise
    except Exception as exc:  # (pypdf raises many kinds on a damaged file: each is "cannot read")
        raise InputError(name, f"not a readable PDF ({type(exc).__name__}: {exc})") from None
    finally:
        _LOG.setLevel(level)
    if not any(p.strip() for p in pages):
        raise InputError(name, "no text in this PDF (pages of images, a scan? run OCR on it first)")
    return "\n".join(pages) + "\n"


def _page_text(page) -> str:
    """A page's text as the viewer copies it, or read by position when drawn out of order."""
    fragments: list[tuple[str, float, float, float, bool]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        upright = tm[1] == tm[2] == cm[1] == cm[2] == 0
        scale = (abs(tm[3] * cm[3]) or abs(tm[0] * cm[0]) or 1.0) if upright else 1.0
        fragments.append((text, x, y, size * scale, upright))

    text = (page.extract_text(visitor_text=visit) or "").strip("\n")
    lines = reading_order(drawn_pieces(fragments))
    return "\n".join(lines) if lines is not None else text
