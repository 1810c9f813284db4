"""Tables told by their column heads: a line of heads (姓名 单位 奖项), or heads one a line,
then the rows under them.

A table loses its markup on the way to text in one of two shapes.  Its row stays one line,
its cells parted by white space (姓名　单位　奖项 / 张三　一车间　技术能手: kg.nlp.rows reads
such rows); or every cell becomes a line of its own (an HTML ``<td>`` is a block, a table
pasted from a browser gives a cell a line), so that a row of k cells is k lines.  In both the
heads say what each column holds: a name (``pages/name_column_heads.txt``), an honour, a
unit, a job (``pages/table_heads.tsv``).  Only the heads tell the cells apart, so a table is
read only under a line (or a run of k lines) of heads all known, and its rows only while
they look like cells: short, no sentence in them, no head among them.  What a cell holds
(whether the name cell is a name) is for its reader to judge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.lexicon import table, words

# a cell of a row kept on one line: what stands between gaps of white space, or between the
# bars of a table printed with them (姓名｜性别｜现任职务, | 姓名 | 性别 |)
_CELL = re.compile("[^\\s\u3000|｜]+")
# a head split into the parts it joins (职务/工种)
_HEAD_PARTS = re.compile("[/／、]")
# a line that is no cell: the marks of a sentence
_SENTENCE = re.compile("[。！？!?；;：:]")
# the longest line read as a cell one a line, and the longest head
_LONGEST_CELL = 40
_LONGEST_HEAD = 8
# the fewest columns a table has
_FEWEST = 2


@dataclass(frozen=True)
class Grid:
    """A table: its column kinds (``name``, ``honour``, ``unit``, ``job``, ``lead`` …; ``""``
    for a head of no kind read), its rows, each the spans of its cells in column order, and
    the spans of its heads (what a column's head says: 法定代表人, 负责人)."""

    kinds: tuple[str, ...]
    rows: tuple[tuple[tuple[int, int], ...], ...]
    heads: tuple[tuple[int, int], ...] = ()

    def column(self, kind: str) -> int | None:
        """The first column of ``kind``, if any."""
        return self.kinds.index(kind) if kind in self.kinds else None


@cache
def _kinds() -> dict[str, str]:
    """Head word → the kind of column it heads (names from their own list)."""
    kinds = {row[0]: row[1] for row in table("pages/table_heads.tsv") if len(row) > 1}
    kinds.update((w, "name") for w in words("pages/name_column_heads.txt"))
    return kinds


def head_kind(cell: str) -> str | None:
    """The kind of column ``cell`` heads (its first part's, for 职务/工种), None when it is
    no head: every part of it must end with a known head word."""
    cell = re.sub("[\\s\u3000]", "", cell)
    if not cell or len(cell) > _LONGEST_HEAD:
        return None
    kinds = _kinds()
    found = []
    for part in _HEAD_PARTS.split(cell):
        kind = next((kinds[w] for w in sorted(kinds, key=len, reverse=True) if part.endswith(w)), None)
        if kind is None:
            return None
        found.append(kind)
    return found[0]


def _lines(text: str) -> list[tuple[int, int]]:
    """Each line's span, its outer white space cut."""
    out = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip(" \u3000\t")
        a = pos + line.index(stripped) if stripped else pos
        out.append((a, a + len(stripped)))
        pos += len(line) + 1
    return out


def _is_cell(text: str, a: int, b: int) -> bool:
    return 0 < b - a <= _LONGEST_CELL and not _SENTENCE.search(text, a, b) and head_kind(text[a:b]) is None


def grids(text: str) -> list[Grid]:
    """The tables of ``text`` that their heads tell: heads one a line (k lines, k ≥ 2) with
    their rows as runs of k cell lines, or a line of k heads with the lines of k cells under it."""
    lines = _lines(text)
    out = []
    i = 0
    while i < len(lines):
        a, b = lines[i]
        cells = [(m.start(), m.end()) for m in _CELL.finditer(text, a, b)]
        line_kinds = [head_kind(text[x:y]) for x, y in cells]
        if len(cells) >= _FEWEST and all(k is not None for k in line_kinds):
            rows = []
            i += 1
            while i < len(lines):
                row = [(m.start(), m.end()) for m in _CELL.finditer(text, *lines[i])]
                if len(row) != len(cells) or not all(_is_cell(text, x, y) for x, y in row):
                    break
                rows.append(tuple(row))
                i += 1
            if rows:
                out.append(Grid(tuple(k or "" for k in line_kinds), tuple(rows), tuple(cells)))
            continue
        heads, spans = [], []
        while i < len(lines) and (kind := head_kind(text[slice(*lines[i])])) is not None:
            heads.append(kind)
            spans.append(lines[i])
            i += 1
        if len(heads) < _FEWEST:
            i += 1 if not heads else 0
            continue
        k = len(heads)
        rows = []
        while i + k <= len(lines) and all(_is_cell(text, *lines[j]) for j in range(i, i + k)):
            rows.append(tuple(lines[i : i + k]))
            i += k
        if rows:
            out.append(Grid(tuple(heads), tuple(rows), tuple(spans)))
    return out
