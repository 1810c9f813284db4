"""Names in a one-line list after a label that names people, for ``kg.nlp.people``.

An award notice or a caption block often lists its people on one line after a label and
its colon, set apart by full-width spaces or 、 (受表彰人员：南益店　邸红霞　全海燕, 获奖者：
A、B、C).  The tagger reads the rarer of them as shops, towns or verbs (南益|店, 麻京|当),
so the first cells go missing while the ones it knows are found.  The line is one frame:
when the label ends with a noun for people (``people/person_heads.txt``,
``people/list_label_endings.txt``), every cell has a name's length, and most cells are
names by their shape (a surname, a given name of one or two, a township's name as a given
name too: ``noted_names.framed_name``), each such cell is a name.  A line of two labels
(编辑：A　审核：B) or of longer cells (slogans, units, places ending in 镇/村) is no such list.

A programme's rows list people the same way without a label for the line: after a role
set in a cell of its own (裁判长　A　裁判员　B　C, ``people/row_roles.txt``), after a team's
cell (某煤矿代表队　A　B　C: its leader and members, ``bodies/team_words.txt``), or after a
name with its post in brackets (2　某镇代表队　A（镇总工会主席）　B: the leader, then the
coach).  The cells that follow it, each a name by its shape, are names, up to the first
cell that is none.

A block of winners' or members' rows under a heading line that names people (获奖个人（部分）⏎
A　采气工　某某公司⏎某某医院　B) prints a person a row, the name in a cell of its own beside
the unit's (before or after it) and the trade's: in each row of two or three cells the one
cell that is a name by its shape is a name, whatever the tagger read it as (a place's
word: 申陵川; a unit's: 卫红英 after a school's name).

A seat plan or a roster drawn with box lines (│A│B│C│) sets each name in a cell between
vertical bars, which the tagger glues onto the names (│A│ read as one word).  A line of
three cells or more whose cells are names by their shape, most of them, lists people the
same way: each such cell is a name (a two-character name padded to the width of three,
岑　敏, reaches here joined, kg.ingest.normalize).
"""

from __future__ import annotations

import functools
import re

from kg.lexicon import words
from kg.nlp.name_shapes import ROLE_ENDINGS, common_word
from kg.nlp.noted_names import framed_name
from kg.nlp.text import all_han

# a line's label (after a bullet), its count of people (（4名）) and its colon, then the rest
_LABELLED = re.compile(
    "^[ \u3000■▲●◆★]*([\u4e00-\u9fff]{2,10})(?:[（(][0-9０-９一二三四五六七八九十]{1,3}[名人位][）)])?[：:](.+)$", re.M
)
# the list's closing 等 and a count (…、C等, …　等12人): no cell of it
_TAIL = re.compile("[\\s\u3000、]*等[0-9０-９一二三四五六七八九十百余多]*[名人位]?$")
# a cell of the list: what the list's marks and gaps part
_CELL = re.compile("[^\\s\u3000、]+")


@functools.cache
def _label_endings() -> tuple[str, ...]:
    return (*words("people/person_heads.txt"), *words("people/list_label_endings.txt"))


def labelled_list_cells(text: str, surnames: frozenset[str]) -> list[tuple[int, int]]:
    """The name cells of the lines ``label：A　B　C`` (or ``A、B、C``) whose label ends with
    a noun for people and whose cells are names by their shape, most of them; and the names
    a row lists after a role's cell or a noted name (:func:`role_row_cells`)."""
    return (
        _labelled_cells(text, surnames)
        + role_row_cells(text, surnames)
        + boxed_cells(text, surnames)
        + headed_row_cells(text, surnames)
    )


def _labelled_cells(text: str, surnames: frozenset[str]) -> list[tuple[int, int]]:
    if "：" not in text and ":" not in text:
        return []
    out: list[tuple[int, int]] = []
    for m in _LABELLED.finditer(text):
        rest = _TAIL.sub("", m.group(2).rstrip("。；; \u3000"))
        if "：" in rest or ":" in rest or not m.group(1).endswith(_label_endings()):
            continue
        base = m.start(2)
        cells = [(base + c.start(), base + c.end()) for c in _CELL.finditer(rest)]
        if len(cells) < 2 or not all(2 <= b - a <= 4 and all_han(text[a:b]) for a, b in cells):
            continue
        named = [(a, b) for a, b in cells if name_shaped(text[a:b], surnames)]
        if 2 * len(named) > len(cells):
            out += named
    return out


def name_shaped(cell: str, surnames: frozenset[str]) -> bool:
    """A name by its shape alone: a surname (a compound one for four), a name's length."""
    surname = cell[:2] if len(cell) == 4 else cell[:1]
    return surname in surnames and framed_name(cell, surnames) and not common_word(cell)


@functools.cache
def _row_roles() -> frozenset[str]:
    return frozenset(words("people/row_roles.txt"))


@functools.cache
def _team_words() -> tuple[str, ...]:
    return tuple(words("bodies/team_words.txt"))


_TEAM_NAME = 3  # a team's cell is longer than its word and one character (某某代表队, not 代表队)
# a row's cell (what the gaps part) and a name's note in brackets closing it (A（镇总工会主席）)
_ROW_CELL = re.compile("[^\\s\u3000]+")
_NOTED = re.compile("^(?P<name>[\u4e00-\u9fff]{2,4})[（(][^（()）]{1,30}[）)]$")
_ROW_MIN = 3  # cells of a row: a list's line, not a phrase with a space in it


def role_row_cells(text: str, surnames: frozenset[str]) -> list[tuple[int, int]]:
    """The names a row of cells lists after a role's cell (裁判长　A　裁判员　B　C) or after
    a name with its post in brackets (A（某工会主席）　B), each a name by its shape, up to the
    first cell that is none; the noted name's own span too."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        cells = [(pos + m.start(), pos + m.end()) for m in _ROW_CELL.finditer(line)]
        pos += len(line) + 1
        if len(cells) < _ROW_MIN:
            continue
        listing = False
        for a, b in cells:
            cell = text[a:b]
            noted = _NOTED.match(cell)
            if noted and name_shaped(noted["name"], surnames):
                out.append((a, a + len(noted["name"])))
                listing = True
            elif cell in _row_roles() or cell.split("：")[-1] in _row_roles():
                listing = True  # (拔河：裁判长: the line's label glued before the role)
            elif cell.endswith(_team_words()) and all_han(cell) and len(cell) > _TEAM_NAME:
                listing = True  # 某煤矿代表队　A　B　C: a team's cell, then its leader and members
            elif listing and all_han(cell) and 2 <= len(cell) <= 4 and name_shaped(cell, surnames):
                out.append((a, b))
            else:
                listing = False
    return out


# the vertical bars of a table drawn with box characters (│ ┃ ║), or ASCII and full-width bars
_BARS = "│┃║|｜"
_BOX_CELL = re.compile(f"[^{_BARS}\n]+")


def boxed_cells(text: str, surnames: frozenset[str]) -> list[tuple[int, int]]:
    """The name cells of the lines drawn as a box's row (│A│B│C│): three cells or more
    between bars, each of a name's length when its padding is cut, most of them names by
    their shape; every such cell is a name.  A row of numbers, times or topics is none."""
    if not any(bar in text for bar in _BARS):
        return []
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if sum(line.count(bar) for bar in _BARS) < 2:
            continue
        cells = []
        for m in _BOX_CELL.finditer(line):
            raw = m.group()
            if raw.strip(" \u3000\t"):
                a = start + m.start() + len(raw) - len(raw.lstrip(" \u3000\t"))
                cells.append((a, a + len(raw.strip(" \u3000\t"))))
        if len(cells) < _ROW_MIN or not all(2 <= b - a <= 4 and all_han(text[a:b]) for a, b in cells):
            continue
        named = [(a, b) for a, b in cells if name_shaped(text[a:b], surnames)]
        if 2 * len(named) > len(cells):
            out += named
    return out


# a heading line over rows of people: a label ending with a noun for people, a note in brackets
# ((部分), (排名不分先后)) and a colon at most
_HEADING = re.compile("^[ \u3000■▲●◆★]*([\u4e00-\u9fff]{2,12})(?:[（(][^（()）\n]{1,8}[）)])?[：:]?[ \u3000]*$")
_HEADED_CELLS = (2, 3)  # a row's cells: the name, the unit, the trade


def _row_name(cell: str, surnames: frozenset[str]) -> bool:
    """A row's name cell: a name by its shape that is no worker's noun (高级工, 钳工组长 beside a unit)."""
    return name_shaped(cell, surnames) and not cell.endswith(ROLE_ENDINGS)


def headed_row_cells(text: str, surnames: frozenset[str]) -> list[tuple[int, int]]:
    """The name cells of the rows under a heading line that names people (获奖个人（部分）):
    each row of two or three cells with one cell a name by its shape (and no other), up to
    the first line that is no such row."""
    out: list[tuple[int, int]] = []
    pos, under = 0, False
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        heading = _HEADING.match(line)
        if heading is not None:
            under = heading.group(1).endswith(_label_endings())
            continue
        cells = [(start + m.start(), start + m.end()) for m in _ROW_CELL.finditer(line)]
        if not under or len(cells) not in _HEADED_CELLS:
            under = False
            continue
        named = [(a, b) for a, b in cells if 2 <= b - a <= 4 and all_han(text[a:b]) and _row_name(text[a:b], surnames)]
        if len(named) == 1:
            out += named
    return out
