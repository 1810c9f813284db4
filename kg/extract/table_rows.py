"""Family *posts*, rows of a text table: 序号　姓名　工作单位及职务 — a row number, the name
(maybe with a note on it: （女）, （满族）), then, after a gap of spaces, one cell naming the
unit and the job held there (1　　刘洋（女）　　某区某街道某社区党委书记、居委会主任).

Lists of nominees, honourees and delegates are printed so; the cell is a chain of bodies
and titles as one written before a name (kg.extract.posts reads it from its end back), but
the name comes first, in a cell of its own.  The row number tells a table's row from a
line of prose or a roster line (kg.extract.rosters reads those, in runs); a cell holding a
sentence's marks is prose, no cell.  A table whose cells reach the text one a line is told
by its heads (kg.nlp.grids): its column 工作单位及职务 is such a cell, read the same.  A form
of labelled fields (推荐审批表: 姓　　名	A	性　　别	男 / … / 工作单位及职务	某公司炼焦车间主任)
gives its one person the same cell as a field of its own a few lines below the name's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from kg.extract.context import ArticleContext
from kg.nlp.grids import grids, head_kind
from kg.nlp.rows import numbered_name_row

# a cell holds no sentence: none of these marks
_SENTENCE_MARKS = re.compile('[。！？!?；;：:“”"]')


def row_cell_end(ctx: ArticleContext, p: Span) -> int | None:
    """Where the cell after the name ``p`` ends (the line's end), when ``p`` is the name of
    a table's row (kg.nlp.rows: a number before it, cells parted by white space) and what
    follows it is no sentence; None otherwise."""
    row = numbered_name_row(ctx.text, p.start_char, p.end_char)
    if row is None:
        return _office_cells(ctx.text).get(p.start_char) or _form_office_end(ctx.text, p)
    start = row.cells[2][0]
    if _SENTENCE_MARKS.search(ctx.text, start, row.end):
        return None
    return row.cells[-1][1]


def next_cell_end(ctx: ArticleContext, p: Span) -> int | None:
    """Where the cell right after the name ``p`` ends, when more cells follow it in the row
    (14. 郑某 机加一车间主任 +家属1: a note after the job's cell); None otherwise."""
    row = numbered_name_row(ctx.text, p.start_char, p.end_char)
    if row is None or len(row.cells) < 4 or _SENTENCE_MARKS.search(ctx.text, row.cells[2][0], row.cells[2][1]):
        return None
    return row.cells[2][1]


# the kind of a table's column of the unit and the offices held there (kg.nlp.grids)
_OFFICE = "office"
_NAME = "name"
# what sets a form's field label off from its value (the text keeps one space of a tab, 　)
_GAP = re.compile("[\t：: \u3000]+")
# how long a field's label may be (its spaces kept: 姓　　名), and how many lines below the
# name's field the form's other fields may come
_LABEL, _FORM_LINES = 12, 12


def _field(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The kind of the head a form's line ``[start, end)`` opens with as its label (姓 名 A,
    工作单位及职务：某公司…) and where its value starts; None without one."""
    for gap in _GAP.finditer(text, start + 1, min(end, start + _LABEL + 1)):
        kind = head_kind(text[start : gap.start()])
        if kind is not None:
            return kind, gap.end()
    return None


def _form_office_end(text: str, p: Span) -> int | None:
    """Where the value of a form's 工作单位及职务 field ends (at the gap after it or the line's
    end), when ``p`` is the value of the form's name field (姓　　名	A) and that field is on one
    of the lines below, no other name field between; None otherwise."""
    back = max(0, p.start_char - 2 * _LABEL)  # (the label and its gap only: no scan of a long line)
    line = text.rfind("\n", back, p.start_char) + 1 or (0 if back == 0 else p.start_char)
    label = _field(text, line, p.start_char + 1)
    if label is None or label != (_NAME, p.start_char):
        return None
    at = text.find("\n", p.end_char)
    for _ in range(_FORM_LINES):
        if at < 0:
            return None
        start, at = at + 1, text.find("\n", at + 1)
        end = len(text) if at < 0 else at
        kind, value = _field(text, start, end) or (None, end)
        if kind == _NAME:
            return None  # (the next person's form)
        if kind == _OFFICE:
            close = gap.start() if (gap := _GAP.search(text, value, end)) is not None else end
            return close if close > value and not _SENTENCE_MARKS.search(text, value, close) else None
    return None


@lru_cache(maxsize=4)
def _office_cells(text: str) -> dict[int, int]:
    """Where each row's name cell starts -> where its 工作单位及职务 cell ends, in the tables
    of ``text`` told by their heads (read once a text: every name of it asks)."""
    out: dict[int, int] = {}
    for grid in grids(text):
        name, office = grid.column("name"), grid.column(_OFFICE)
        if name is None or office is None:
            continue
        for row in grid.rows:
            (a, _), (at, end) = row[name], row[office]
            if not _SENTENCE_MARKS.search(text, at, end):
                out[a] = end
    return out
