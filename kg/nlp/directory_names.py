"""The name cells of a directory's rows: the cell between a unit's name and an office.

A union's directory of cadres (通讯录, 花名册) is a spreadsheet saved as text: a row a line,
its number, the unit, the person, the office, phones (14　某某有限公司工会　黄河清　工会主席
…).  Cells left empty by merged cells vanish on the way to text, so the person's column is
told not by its place but by its neighbours: right after the unit's cell (a body's whole
name, or a ditto mark for the unit above, （同上）) and right before a cell holding an office
(主席, 副主席（主持工作）, 街道党工委副书记、总工会主席).  The cell between is the person's
name, whatever its characters look like: a river's name and a character more (黄河清), a
rare compound surname (闻人蕾), a name without a surname (建国), a Manchu clan name and a
given name (富察·云舒).  Only in a table of such rows (three at least): one line so shaped
may be anything.
"""

from __future__ import annotations

import re

from kg.lexicon import lexicon
from kg.nlp.found import Found
from kg.nlp.name_checks import plausible_name
from kg.nlp.name_shapes import common_word
from kg.nlp.rows import text_rows

# a row's number: 1, 12., （3）
_NUMBER = re.compile(r"[（(]?[0-9０-９]{1,3}[)）]?[.．、]?")
# a ditto mark for the unit of the row above
_DITTO = re.compile(r"[（(]?(?:同上|〃|″)[)）]?")
# a note in brackets closing a unit's cell (（海河汇金大厦等12栋楼宇）)
_NOTE = re.compile(r"[（(][^（()）]{1,20}[)）]$")
# how many such rows make a directory
_MIN_ROWS = 3


def directory_names(text: str, found: list[Found], titles: re.Pattern[str]) -> list[tuple[int, int]]:
    """Spans of the names in a directory's rows: the cell between a unit's cell and a cell
    holding an office (``titles``), in a numbered row; none unless three rows or more hold one."""
    bodies = {(f.start, f.end) for f in found if f.label in ("UNION", "ORG")}
    words = lexicon().union_suffixes + lexicon().org_suffixes  # 工会 alone in a cell: a body's word
    out = []
    for row in text_rows(text):
        cells = row.cells
        if len(cells) < 4 or not _NUMBER.fullmatch(text, *cells[0]):
            continue
        for k in range(2, len(cells) - 1):
            a, b = cells[k]
            if _unit_cell(text, *cells[k - 1], bodies) and titles.search(text, *cells[k + 1]):
                name = text[a:b]
                if plausible_name(name) and not (common_word(name) or titles.fullmatch(name) or name.endswith(words)):
                    out.append((a, b))
                break
    return out if len(out) >= _MIN_ROWS else []


def _unit_cell(text: str, a: int, b: int, bodies: set[tuple[int, int]]) -> bool:
    """Is ``text[a:b]`` a unit's cell: a body's whole name (a note after it allowed) or a
    ditto mark?"""
    if _DITTO.fullmatch(text, a, b):
        return True
    note = _NOTE.search(text, a, b)
    return (a, b) in bodies or (note is not None and (a, note.start()) in bodies)
