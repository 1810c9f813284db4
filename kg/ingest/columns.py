"""Narrow columns: a PDF page's text, broken wherever its column ended.

A newspaper sets its text in narrow justified columns; taken out of the PDF, every line
of a paragraph but the last runs to the column's width, and stops there, inside a word,
a name or a byline's brackets (夷陵区总工 / 会承办, 田秀 / 琴).  A line that reaches the
width is therefore unfinished, whatever it ends with; a line that falls short ends its
paragraph (or is a headline).  The width is read off the page itself: the display width
(a Han character counts two, a digit one) most lines share.  Text whose lines are whole
paragraphs shares no width, and none is found; nor do a table's rows, whose cells a
space sets apart (Han prose has no space in it).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter

from kg.ingest.document import Block

_HALF = re.compile(r"[0-9A-Za-z.%()]")
# a space between words: a table's cells or a list's names (prose in Han runs on without one)
_CELL_GAP = re.compile(r"[^\sA-Za-z]\s+\S|\S\s+[^\sA-Za-z]")

_PARA_END = re.compile(r"[。！？…][”’」』）)]*\s*$")

# characters no printed column holds on one line (a broadsheet's widest runs about 60)
_MAX_COLUMN = 120
# fewer wrapped lines say nothing of a width
_MIN_LINES = 8
# how far a full line may fall from the width: justified lines differ by a half-width
# digit or a punctuation mark hung in the margin
_SLACK = 2
# a paragraph's first line is indented by two Han characters (lost with the indent)
_INDENT = 4


@functools.cache
def _char_width(c: str) -> int:
    return 2 if unicodedata.east_asian_width(c) in "WFA" else 1


def display_width(text: str) -> int:
    """Columns a line takes in a fixed-width rendering (a Han character two, a Latin one)."""
    return sum(map(_char_width, text.strip()))


def column_width(blocks: list[Block]) -> int | None:
    """The width most lines that directly follow another share, within a slack, when
    most of them do; None when they share none (lines that are paragraphs)."""
    # (a paragraph's last line stops where its sentence does: it tells no width)
    lines = [b.text.text for b in blocks[1:] if b.gap == 0 and b.level is None and not _PARA_END.search(b.text.text)]
    # (a line longer than any page's column is a paragraph: a width of its own, none shared)
    widths = [
        (display_width(t), len(_HALF.findall(t))) if len(t) <= _MAX_COLUMN else (-k, 0)
        for k, t in enumerate(lines, 1)
        if len(t) > _MAX_COLUMN or _CELL_GAP.search(t.strip()) is None
    ]
    if len(widths) < _MIN_LINES:
        return None
    # a line of w columns holds fewer characters where digits were set full-width (OCR
    # counts each as one cell of its own): each half-width character may stand for two
    counts = Counter(widths)
    best, near = max(
        ((w, sum(n for (v, h), n in counts.items() if v - _SLACK <= w <= v + h + _SLACK)) for w, _ in counts),
        key=lambda x: (x[1], x[0]),
    )
    return best if near * 2 > len(widths) else None


def wrapped(line: str, nxt: str, column: int) -> bool:
    """``line`` runs to the column's width (or to it less a paragraph's indent) and ``nxt``
    is no longer than the column: ``line`` was broken by the wrap, ``nxt`` carries it on.
    Half-width digits and letters take a justified line's room unevenly: each counts
    towards the slack."""
    if _CELL_GAP.search(line.strip()) or _CELL_GAP.search(nxt.strip()):
        return False  # a table's rows: cells apart by spaces (南外街道总工会　　9), no prose
    slack = _SLACK + _INDENT + len(_HALF.findall(line))
    return display_width(line) >= column - slack and display_width(nxt) <= column + _SLACK + len(_HALF.findall(nxt))


_OPENERS = "（(【"
_CLOSERS = "）)】"


def open_bracket(line: str, nxt: str) -> bool:
    """``line`` leaves a bracket open that ``nxt`` closes (（记者 X 通讯员 / Y Z）…): one
    byline or note broken by the wrap."""
    depth = sum(line.count(c) for c in _OPENERS) - sum(line.count(c) for c in _CLOSERS)
    if depth <= 0:
        return False
    close = min((nxt.find(c) for c in _CLOSERS if c in nxt), default=-1)
    opened = min((nxt.find(c) for c in _OPENERS if c in nxt), default=len(nxt))
    return 0 <= close < opened


_LIST_ITEM = re.compile(r"[\u4e00-\u9fff]{2,4}")


def open_list(line: str, nxt: str) -> bool:
    """``line`` ends on a word in brackets it leaves open, ``nxt`` closes them on another
    (…300余册。（柏林 / 邹晓燕）): the words of a list of names, the break between them a
    space (glued, 柏林邹晓燕 would read as one name)."""
    if not open_bracket(line, nxt):
        return False
    inside = re.split(r"[（(【]", line)[-1].split()
    first = re.split(r"[）)】\s]", nxt.strip(), maxsplit=1)[0]
    return bool(inside) and _LIST_ITEM.fullmatch(inside[-1]) is not None and _LIST_ITEM.fullmatch(first) is not None
