"""A table printed with bars in plain text: an OCR tool's, a console's or a form's export
(| 1 | 张三 | 某公司 | 主任 |), one row a line.

Read as prose, the rows of such a table run together into one paragraph, and the tagger glues a
cell's last word to the next cell's first.  A line that opens and closes with a bar and holds
two bars more is a row: it stays a line of its own, its cells parted by ｜ as a markdown table's
are (:func:`kg.ingest.md_notes.note_line`), so that the readers of rows find the cell after the
row's number.  An OCR tool reads a bar at a line's edge as 丨 as often as not.  A rule row (bars
and dashes only: |——|————|) and a row left blank but for its number (| 26 |　|　|) say
nothing and go.
"""

from __future__ import annotations

import re

from kg.ingest.textmap import Mapped

# a bar at a row's edge (丨 an OCR reading of |), and a bar inside it
_EDGE_BARS = "|｜丨"
_INNER_BAR = re.compile(r"[ \t\u3000]*[|｜丨][ \t\u3000]*")
_RULE = re.compile(r"^[\s|｜丨—\-－_=─━+]*$")
_NUMBER = re.compile(r"[0-9０-９]{1,3}")
# the fewest filled cells of a row
_FEWEST = 2


def is_bar_rule(text: str) -> bool:
    """|——|————| or | 26 |　|　|: a rule row of a table printed with bars, or a row blank but
    for its number, no text."""
    t = text.strip(" \t\u3000")
    if len(t) < 2 or t[0] not in _EDGE_BARS or t[-1] not in _EDGE_BARS:
        return False
    cells = [c.strip(" \t\u3000") for c in re.split("[|｜丨]", t[1:-1])]
    filled = [c for c in cells if c]
    if len(cells) >= _FEWEST and len(filled) <= 1 and all(_NUMBER.fullmatch(c) for c in filled):
        return True
    return _RULE.match(t) is not None and bool(filled)


def bar_row(line: Mapped) -> Mapped | None:
    """The row ``| 1 | 张三 | 某公司 |`` as ``1｜张三｜某公司`` (offsets kept), or None when the
    line is no row of two filled cells or more."""
    text = line.text.strip(" \t\u3000")
    if len(text) < 3 or text[0] not in _EDGE_BARS or text[-1] not in _EDGE_BARS:
        return None
    cells = [c for c in re.split("[|｜丨]", text[1:-1]) if c.strip(" \t\u3000")]
    if len(cells) < _FEWEST or sum(text[1:-1].count(b) for b in _EDGE_BARS) < 2:
        return None
    a = len(line.text) - len(line.text.lstrip(" \t\u3000"))
    b = len(line.text.rstrip(" \t\u3000"))
    inner = line[a + 1 : b - 1]
    inner = inner.sub(_INNER_BAR, "｜")
    return inner.strip()
