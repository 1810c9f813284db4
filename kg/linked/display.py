"""Text from outside (a server's reply, a URL a user typed) made safe to print on a terminal.

A reply can hold anything: ANSI escapes that recolour or clear the terminal, carriage
returns that overwrite the line before, bidi controls that reorder what is shown, bytes
that are not text at all.  Whatever we quote goes through ``shown``: control and format
characters become visible escapes, and the text is cut, so an error stays one line.
"""

from __future__ import annotations

import unicodedata

_ESCAPE_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}


def _escape(ch: str) -> str:
    code = ord(ch)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def shown(text: str, limit: int = 120) -> str:
    """``text`` on one line with every control/format character escaped, cut to ``limit`` characters."""
    out: list[str] = []
    used = 0
    for ch in text:
        piece = _escape(ch) if unicodedata.category(ch) in _ESCAPE_CATEGORIES else ch
        if used + len(piece) > limit:
            out.append("…")
            break
        out.append(piece)
        used += len(piece)
    return "".join(out)


def looks_like_text(data: bytes) -> bool:
    """True when ``data`` decodes as UTF-8 into mostly (3 in 4) printable characters: a banner, not noise."""
    text = data.decode("utf-8", "replace")
    if not text:
        return False
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\r\n\t")
    return "\ufffd" not in text and printable >= 0.75 * len(text)


def quoted(text: str, limit: int = 120) -> str:
    """``shown(text)`` in single quotes, to name a value inside a message."""
    return f"'{shown(text, limit)}'"
