"""Family *posts*, rows of a text table: 序号　姓名　工作单位及职务 — a row number, the name
(maybe with a note on it: （女）, （满族）), then, after a gap of spaces, one cell naming the
unit and the job held there (1　　刘洋（女）　　某区某街道某社区党委书记、居委会主任).

Lists of nominees, honourees and delegates are printed so; the cell is a chain of bodies
and titles as one written before a name (kg.extract.posts reads it from its end back), but
the name comes first, in a cell of its own.  The row number tells a table's row from a
line of prose or a roster line (kg.extract.rosters reads those, in runs); a cell holding a
sentence's marks is prose, no cell.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.context import ArticleContext

# before the name: the row's number (1, 01, 1., 1、), maybe indented
_ROW_NUMBER = re.compile(r"[ \u3000\t]*\d{1,3}[.．、]?[ \u3000\t]*")
# after the name: a note on the person in brackets (（女）, （满族）, （特邀）), then the gap
# between cells (ingestion closes a run of spaces to one)
_AFTER_NAME = re.compile(r"(?:[（(][\u4e00-\u9fff]{1,4}[）)])?[ \u3000\t]+")
# a cell holds no sentence: none of these marks
_SENTENCE_MARKS = re.compile('[。！？!?；;：:“”"]')


def row_cell_end(ctx: ArticleContext, p: Span) -> int | None:
    """Where the cell after the name ``p`` ends (the line's end, trailing spaces off), when
    ``p`` is the name of a table's row (a number before it on its line, a gap of spaces
    after it and a cell that is no sentence); None otherwise."""
    text = ctx.text
    ls = text.rfind("\n", 0, p.start_char) + 1
    if not _ROW_NUMBER.fullmatch(text, ls, p.start_char):
        return None
    gap = _AFTER_NAME.match(text, p.end_char)
    if gap is None:
        return None
    le = text.find("\n", gap.end())
    le = len(text) if le < 0 else le
    cell = text[gap.end() : le].rstrip(" \u3000\t")
    if not cell or _SENTENCE_MARKS.search(cell):
        return None
    return gap.end() + len(cell)
