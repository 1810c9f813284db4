"""Tables that reach the text one cell a line.

A web page's ``<table>`` of award winners or delegates loses its rows on the way to text
when every ``<td>`` is a block of its own: the header row becomes a run of short lines
(姓名 / 单位 / 职务 / 奖项), and each row the same number of lines after it.  The name
column's cells are then every k-th line, k the header's length, whatever the tagger
thinks of their characters (向凤岗 read as 向 + a place).  The header is told by its lines:
each a short heading ending as a column's does (``pages/name_column_heads.txt``,
``pages/table_heads.txt``), one of them a name column's.  The rows run on while each of
their lines is a short cell, no sentence, and none a name column's heading (the next
table's).
"""

from __future__ import annotations

import re
from functools import cache

from kg.lexicon import words

_LONGEST_HEAD = 8  # a column's heading is a word or two: 姓名, 所在单位, 职务/工种
_LONGEST_CELL = 40  # a unit's full name, no sentence
_LONGEST_NAME = 12
_SENTENCE = re.compile(r"[。！？；;，,：:]")  # no heading holds one
_SENTENCE_END = re.compile(r"[。！？；;]")  # no cell holds one (a job cell may list two: 书记，主席)
_SPACE = re.compile(r"[\s\u3000]+")


@cache
def _name_heads() -> tuple[str, ...]:
    return tuple(words("pages/name_column_heads.txt"))


@cache
def _other_heads() -> tuple[str, ...]:
    return tuple(words("pages/table_heads.txt"))


def _lines(text: str) -> list[tuple[int, int]]:
    """Each line's span, its surrounding white space cut."""
    out, pos = [], 0
    for line in text.split("\n"):
        stripped = line.strip(" \t\u3000")
        a = pos + (line.find(stripped) if stripped else 0)
        out.append((a, a + len(stripped)))
        pos += len(line) + 1
    return out


def _head(cell: str) -> str | None:
    """``name`` or ``other`` when the line is a column's heading, else None."""
    flat = _SPACE.sub("", cell)
    if not flat or len(flat) > _LONGEST_HEAD or _SENTENCE.search(flat):
        return None
    if flat.endswith(_name_heads()):
        return "name"
    last = re.split(r"[/／]", flat)[-1]
    return "other" if last.endswith(_other_heads()) else None


def _cell(text: str, a: int, b: int) -> bool:
    """Is the line one short cell: not empty, no sentence, no gap of white space in it
    (a row whose cells are set apart by gaps is read by ``kg.nlp.rows``)?"""
    cell = text[a:b]
    return 0 < len(cell) <= _LONGEST_CELL and not _SENTENCE_END.search(cell) and not re.search(r"\s{2,}|\u3000", cell)


def cell_line_names(text: str) -> list[tuple[int, int]]:
    """Spans of the lines that are a flattened table's name cells: in the rows of k lines
    after a header of k heading lines (k ≥ 2), the line at the name column's place."""
    lines = _lines(text)
    heads = [_head(text[a:b]) if b > a else None for a, b in lines]
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if heads[i] is None:
            i += 1
            continue
        j = i
        while j < len(lines) and heads[j] is not None:
            j += 1
        kinds = heads[i:j]
        k = j - i
        if k < 2 or kinds.count("name") != 1:
            i = j
            continue
        at = kinds.index("name")
        row = j
        while row + k <= len(lines) and all(
            _cell(text, *lines[row + n]) and heads[row + n] != "name" for n in range(k)
        ):  # (a name column's heading opens the next table)
            a, b = lines[row + at]
            if b - a <= _LONGEST_NAME:
                out.append((a, b))
            row += k
        i = max(j, row)
    return out
