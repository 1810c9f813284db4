"""A table's rows printed between bars (| 1 | 某某 | 某某总工会 | 主席 |), as OCR or a text
export gives them: each cell one word of the row, whatever spaces the scan left in it.

OCR reads a table's ruled lines as bars and each cell's text as it stood: a head or a name
set out to the cell's width (姓　名, 职　务, 于　洪波), a phone number in its groups (139 0467
****), a bar at a row's end misread as 丨, and the rule under the head row (|——|————|) as a
row of dashes.  Read by white space, a spaced cell is two cells, its row one cell longer
than the head row, and the table is not read.  So in a row between bars (three at least) the
spaces inside a cell go, a 丨 that opens or closes the row is its bar, and a row of dashes
alone is the head's rule, dropped.  Each row is a line of its own: no line goes on into it,
and it, closed by its bar, goes on into none.
"""

from __future__ import annotations

import re

from kg.ingest.document import Block, without

# a row between bars: one opens it, one closes it, three at least (丨 a bar OCR misread)
_ROW = re.compile(r"^\s*[|｜丨](?:[^|｜丨\n]*[|｜丨]){3,}\s*$")
# spaces inside a cell: between two of its characters
_INNER = re.compile(r"(?<=[^\s|｜丨])[ \u3000]+(?=[^\s|｜丨])")
# the row's outer bars as OCR misread them
_OUTER = re.compile(r"^(\s*)丨|丨(\s*)$")
# a rule's row: dashes alone between the bars
_RULE = re.compile(r"^\s*[|｜丨](?:[\s\-—－─━=＝_]*[|｜丨])+\s*$")


def is_bar_row(text: str) -> bool:
    """A table's row between bars (| 1 | 某某 | 某某总工会 | 主席 |)."""
    return _ROW.match(text) is not None


def bar_rows(blocks: list[Block]) -> list[Block]:
    """The blocks with each row between bars read cell by cell, the head's rule dropped."""
    out: list[Block] = []
    rules: set[int] = set()
    for i, b in enumerate(blocks):
        t = b.text.text
        if b.level is not None or _ROW.match(t) is None:
            out.append(b)
            continue
        if _RULE.match(t) and re.search(r"[\-—－─━=＝_]", t):
            rules.add(i)
        text = b.text.sub(_OUTER, lambda m: f"{m.group(1) or ''}|{m.group(2) or ''}").sub(_INNER, "")
        out.append(Block(text, b.level, b.gap, item=True))  # (a row is a line of its own, repair joins none)
    return without(out, rules)
