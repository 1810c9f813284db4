"""Tables told by their column heads: a line of heads (姓名 单位 奖项), or heads one a line,
then the rows under them.

A table loses its markup on the way to text in one of two shapes.  Its row stays one line,
its cells parted by white space (姓名　单位　奖项 / 张三　一车间　技术能手: kg.nlp.rows reads
such rows); or every cell becomes a line of its own (an HTML ``<td>`` is a block, a table
pasted from a browser gives a cell a line), so that a row of k cells is k lines.  In both the
heads say what each column holds: a name (``pages/name_column_heads.txt``), an honour, a
unit, a job (``pages/table_heads.tsv``).  Only the heads tell the cells apart, so a table is
read only under a line (or a run of k lines) of heads all known (a head spaced out to its
column's width, 姓　名, is one head), and its rows only while they look like cells: short,
no sentence in them, no head among them.  What a cell holds (whether the name cell is a
name) is for its reader to judge.

A cell merged down over several rows (奖次 一等奖 over three winners, 工种 木工 over six) is
written once, in its first row; the rows under it come with those cells empty, and white
space folds an empty cell away.  A row one a line short of cells is such a row when the
cells it lacks are its first ones (after its number, 序号, when it has one): it takes them
from the row above.  Never the cell of the row's own subject (its name, its body's name):
a line without one is no row of the table.
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
# the columns of a row's own subject: never merged with the row above
_OWN = frozenset({"name", "body"})
# a row's number cell (1, 12.): it stays in its row when the cells after it are merged
_NUMBER = re.compile("[0-9０-９]{1,3}[.．、]?")


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


def _head_cells(text: str, cells: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The cells of a line, a head spaced out to its column's width (姓　名, 单　位: two cells
    of one character each) read as one cell."""
    out: list[tuple[int, int]] = []
    for x, y in cells:
        if out and y - x == 1 and out[-1][1] - out[-1][0] == 1:
            a = out[-1][0]
            if head_kind(text[a] + text[x]) is not None:
                out[-1] = (a, y)
                continue
        out.append((x, y))
    return out


def _under_merged(
    text: str, rows: list[tuple[tuple[int, int], ...]], row: list[tuple[int, int]], kinds: list[str | None]
) -> tuple[tuple[int, int], ...] | None:
    """A row short of the cells merged down from the row above it (its first cells, or those
    right after its number), completed with them; None when it is no such row."""
    gone = len(kinds) - len(row)
    if not rows or gone <= 0 or len(row) < _FEWEST:
        return None
    above = rows[-1]
    numbered = all(_NUMBER.fullmatch(text, *cells[0]) for cells in (above, row))
    at = 1 if numbered else 0
    if any(kind in _OWN for kind in kinds[at : at + gone]):
        return None
    return (*row[:at], *above[at : at + gone], *row[at:])


def grids(text: str) -> list[Grid]:
    """The tables of ``text`` that their heads tell: heads one a line (k lines, k ≥ 2) with
    their rows as runs of k cell lines, or a line of k heads with the lines of k cells under it."""
    lines = _lines(text)
    out = []
    i = 0
    while i < len(lines):
        a, b = lines[i]
        cells = _head_cells(text, [(m.start(), m.end()) for m in _CELL.finditer(text, a, b)])
        line_kinds = [head_kind(text[x:y]) for x, y in cells]
        if len(cells) >= _FEWEST and all(k is not None for k in line_kinds):
            rows = []
            i += 1
            while i < len(lines):
                row = [(m.start(), m.end()) for m in _CELL.finditer(text, *lines[i])]
                if not all(_is_cell(text, x, y) for x, y in row):
                    break
                full = tuple(row) if len(row) == len(cells) else _under_merged(text, rows, row, line_kinds)
                if full is None:
                    break
                rows.append(full)
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
