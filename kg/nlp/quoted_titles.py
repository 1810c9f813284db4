"""The quoted title an event's name ends (“迎春·职工健步走”): the walk left over an event's
name (``kg.nlp.events``) stops at the separator between the title's parts, the name is the
whole title all the same.
"""

from __future__ import annotations

import re

from kg.nlp.text import CLOSE_QUOTES, OPEN_QUOTES

# the parts of a quoted title before its last, each ending in a separator: 迎春·, 安康·平安·
_TITLE_PARTS = re.compile("(?:[\u4e00-\u9fff]{1,8}[·•・])+")


def whole_title(text: str, a: int, e: int) -> tuple[int, int]:
    """The name ``[a, e)`` with the quoted title it ends: a name walked left inside quotes up to
    a separator of the title's parts (“迎春·职工健步走”, the walk stopped at ·) is the whole title,
    its quotes too; else ``[a, e)``."""
    if e >= len(text) or text[e] not in CLOSE_QUOTES:
        return a, e
    q = text.rfind(OPEN_QUOTES[CLOSE_QUOTES.index(text[e])], max(0, a - 20), a)
    if q < 0 or not _TITLE_PARTS.fullmatch(text, q + 1, a):
        return a, e
    return q, e + 1
