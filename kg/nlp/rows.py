"""Rows of a text table: lines whose cells are set apart by wide gaps, not by marks.

Lists of award winners, candidates and delegates are printed as tables that lose their
markup on the way to text (序号　姓名　单位及职务 / 1　　某某　　某公司班长): each line is
a row, and white space parts its cells (Chinese prose puts none between its words).  A row is a
frame of its own, stronger than the tagger's guess about the words in it: the cell after
a row's number, and the cell under a column headed 姓名, holds a name, whatever its
characters look like (a given name that is also a town's: 峨山).  The cells are read by
position only, so the posts' readers can take the unit and job cell from the same rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.lexicon import alternation_of, table, words
from kg.nlp.grids import grids

# a cell: what stands between gaps of white space (ingestion folds every run of them to one
# space, kg.ingest.normalize, and joins a name spaced out to one width, 王　伟 → 王伟), or
# between the bars of a table printed with them (3｜某某｜某公司, kg.ingest.bar_rows)
_CELL = re.compile("[^\\s\u3000|｜]+")
# a row's number: 1, 12., ３、, （3）
_NUMBER = re.compile(r"[（(]?[0-9０-９]{1,3}[)）]?[.．、]?")
# a note in brackets after a name in its cell: （女）, (满族), （女，回族）; several in a row
# (（女）（少数民族）（劳模）: one mark each)
_NOTE = re.compile(r"(?:\s*[（(][^（()）]{1,10}[）)])+$")
# the longest cell read as a name, its note cut
_LONGEST_NAME = 12
# the heading over a list of people: …名单, …名单：, 岐山县“巾帼建功标兵”（7名）：
_LIST_HEAD = re.compile(r"(?:名单|[（(][0-9０-９]{1,3}\s*[名人位][)）])\s*[:：]?$")


@dataclass(frozen=True)
class Row:
    """One line of a text table: its span in the text and its cells' spans, in order."""

    start: int
    end: int
    cells: tuple[tuple[int, int], ...]


@cache
def _name_heads() -> tuple[str, ...]:
    return tuple(words("pages/name_column_heads.txt"))


def line_row(text: str, pos: int) -> Row | None:
    """The row of the line holding ``pos``, when it has two cells or more."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    cells = tuple((m.start(), m.end()) for m in _CELL.finditer(text, start, end))
    return Row(start, end, cells) if len(cells) >= 2 else None


def numbered_name_row(text: str, a: int, b: int) -> Row | None:
    """The row whose name cell, right after the row's number, holds the name ``text[a:b]``
    (maybe with its bracketed note), in a row of three cells or more; None otherwise."""
    row = line_row(text, a)
    if row is None or len(row.cells) < 3 or row.cells[1][0] != a:
        return None
    if not _NUMBER.fullmatch(text, *row.cells[0]):
        return None
    rest = row.cells[1][1]
    if b != rest and not _NOTE.fullmatch(text, b, rest):
        return None
    return row


def text_rows(text: str) -> list[Row]:
    """The lines of ``text`` with two cells or more, each with its cells."""
    rows = []
    pos = 0
    for line in text.split("\n"):
        cells = tuple((pos + m.start(), pos + m.end()) for m in _CELL.finditer(line))
        if len(cells) >= 2:
            rows.append(Row(pos, pos + len(line), cells))
        pos += len(line) + 1
    return rows


def name_cells(text: str) -> list[tuple[int, int]]:
    """Spans of the names that stand in name cells of ``text``'s rows, their bracketed
    notes cut off (俞某（女） → 俞某).  A name cell is the cell right after a row's number,
    in a row of three cells or more (a number, a name, what the person is), or the cell
    under a column headed 姓名 (``pages/name_column_heads.txt``) in the rows that follow
    the header line with no other line between.  Whether the cell's text is a name at
    all is for the person finder to judge."""
    return sorted(set(_row_name_cells(text, headed=False)))


def headed_name_cells(text: str) -> list[tuple[int, int]]:
    """The name cells under a column headed 姓名 (in a row of cells, or a table told by its
    heads): the head says the whole cell is a person's name, whatever its make-up, a Tibetan
    or Mongolian name with no surname to split off (夏吾才让, 昂毛) as much as a Han one."""
    return sorted(set(_row_name_cells(text, headed=True)))


def _row_name_cells(text: str, headed: bool) -> list[tuple[int, int]]:
    """The name cells of :func:`name_cells`; ``headed``: only those under a 姓名 head."""
    out = []
    column: int | None = None
    last_end = -2
    for row in text_rows(text):
        cells = [text[a:b] for a, b in row.cells]
        head = _name_head(cells)
        if head is not None:
            column, last_end = head, row.end
            continue
        if column is not None and row.start != last_end + 1:
            column = None  # the table ended: another line or a blank one stood between
        last_end = row.end
        at = column if column is not None and column < len(cells) else None
        if at is None and not headed and len(cells) >= 3 and _NUMBER.fullmatch(cells[0]):
            at = 1
        if at is None:
            continue
        a, b = row.cells[at]
        note = _NOTE.search(text, a, b)
        b = note.start() if note else b
        if 0 < b - a <= _LONGEST_NAME:
            out.append((a, b))
    if not headed:
        out += listed_name_cells(text) + prize_name_cells(text)
    # a table told by its heads (kg.nlp.grids: cells one a line under 姓名 / 单位 / 奖项)
    for grid in grids(text):
        for kind in ("name",) if headed else ("name", "lead"):  # a person's row, or the head of a unit's row
            at = grid.column(kind)
            if at is not None:
                out.extend(
                    _cut_note(text, *row[at]) for row in grid.rows if 0 < row[at][1] - row[at][0] <= _LONGEST_NAME
                )
    return out


def _name_head(cells: list[str]) -> int | None:
    """The column of a header row's name heading (姓名), else None.  A heading set out to
    the column's width (姓　名, 单　位) reaches the text as two cells of one character each,
    which read as one: the rows under it print their names unspaced (罗　城 → 罗城,
    kg.ingest.normalize), so the column counts the pair once."""
    return _column_head(cells, _name_heads())


def _column_head(cells: list[str], heads: tuple[str, ...]) -> int | None:
    """The column of a header row's first cell ending with one of ``heads``, else None (a
    head spaced out to its column's width counted once, as :func:`_name_head` says)."""
    merged: list[str] = []
    k = 0
    while k < len(cells):
        pair = len(cells[k]) == 1 and k + 1 < len(cells) and len(cells[k + 1]) == 1
        merged.append(cells[k] + cells[k + 1] if pair else cells[k])
        k += 2 if pair else 1
    # a header row run on after the text above it (…公示期：8月23日至29日序号　赛项　姓名): the
    # columns count from the head of the rows' numbers, the text glued before it no cell
    # (the number's head before the name's: a later 编号 column is no row's number)
    name = next((i for i, c in enumerate(merged) if c.endswith(_name_heads())), len(merged))
    first = next((i for i in range(name) if merged[i].endswith(_number_heads())), 0)
    return next((i - first for i in range(first, len(merged)) if merged[i].endswith(heads)), None)


def headed_unit_cells(text: str) -> list[tuple[int, int]]:
    """The cells under a column headed 工作单位 (单位, 所在单位: the ``unit`` heads of
    ``pages/table_heads.tsv``) in a table of people, one with a 姓名 column too, in the rows
    right under the header line, or in a table told by its heads (kg.nlp.grids).  Whether
    the cell names a body is for the reader of units to judge."""
    out = []
    column: int | None = None
    last_end = -2
    for row in text_rows(text):
        cells = [text[a:b] for a, b in row.cells]
        if _name_head(cells) is not None:
            column, last_end = _column_head(cells, _unit_heads()), row.end
            continue
        if column is not None and row.start != last_end + 1:
            column = None
        last_end = row.end
        if column is not None and column < len(cells):
            out.append(row.cells[column])
    for grid in grids(text):
        at = grid.column("unit")
        if at is not None and grid.column("name") is not None:
            out.extend(row[at] for row in grid.rows if row[at][1] > row[at][0])
    return sorted(set(out))


@cache
def _unit_heads() -> tuple[str, ...]:
    return tuple(row[0] for row in table("pages/table_heads.tsv") if row[1:2] == ["unit"])


@cache
def _number_heads() -> tuple[str, ...]:
    """The heads over a row's number (序号, 编号): ``pages/ledger_columns.tsv``'s ``seq`` rows."""
    return tuple(row[0] for row in table("pages/ledger_columns.tsv") if row[1:2] == ["seq"])


def listed_name_cells(text: str) -> list[tuple[int, int]]:
    """The first cells of the rows of two cells (a name, then the unit and job: 车某　某公司
    电工) right under a heading that lists people (…名单, （7名）：), one row a line: a winners'
    list set without numbers or a 姓名 column; the second cell holds a unit and a job, four
    characters or more (城关镇　张家村 are places).  The name may carry notes (王某（女）（劳模）),
    which are no part of it.  A blank line or a line of one cell ends it.  A sentence that
    calls people up, ending in a colon (请获奖代表上台领奖：), heads such rows too: a host's
    script reads its winners out so."""
    if "名" not in text and "：" not in text and ":" not in text:
        return []
    out = []
    pos = 0
    under = False
    for line in text.split("\n"):
        cells = [(pos + m.start(), pos + m.end()) for m in _CELL.finditer(line)]
        if _LIST_HEAD.search(line.strip()) or _calls_people(line.strip()):
            under = True
        elif under and len(cells) == 2 and _name_length(text, *cells[0]) <= 4 and cells[1][1] - cells[1][0] >= 4:
            out.append(_cut_note(text, *cells[0]))
        else:
            under = False
        pos += len(line) + 1
    return out


@cache
def _person_heads() -> tuple[str, ...]:
    return tuple(words("people/person_heads.txt"))


def _calls_people(line: str) -> bool:
    """Does a line's last sentence end in a colon and speak of people by a noun for them
    (…颁奖。请获奖代表上台领奖：, 下面请以下职工上台：)?  Only the last sentence heads what
    follows (…困难职工….各单位受助学生人数如下： lists units)."""
    last = re.split("[。！？；;]", line)[-1]
    return last.endswith(("：", ":")) and "\u3000" not in last and any(w in last for w in _person_heads())


def _name_length(text: str, a: int, b: int) -> int:
    """How long a name cell's name is, its notes cut (吉克某某（女）（少数民族）: four)."""
    a, b = _cut_note(text, a, b)
    return b - a


def _cut_note(text: str, a: int, b: int) -> tuple[int, int]:
    """A name cell's span without its bracketed note (俞某（女） → 俞某)."""
    note = _NOTE.search(text, a, b)
    return (a, note.start() if note else b)


def _places_won() -> list[str]:
    """A place or prize won (一等奖, 冠军): ``awards/award_patterns.tsv``'s ``place`` rows."""
    return [row[0] for row in table("awards/award_patterns.tsv") if "place" in row[1:2]]


@cache
def prize_heading() -> re.Pattern[str]:
    """一等奖, 个人组金奖：, 三等奖（5名）: a prize won (group ``prize``: the item or group before
    it and the place), alone on its line; read here for the rows' names and units and by
    ``kg.extract.prize_rows`` for the awards."""
    return re.compile(
        f"^[ \u3000]*(?P<prize>[\u4e00-\u9fff]{{0,6}}?(?:{alternation_of(_places_won())}))"
        "(?:[（(][0-9０-９一二三四五六七八九十]{1,3}[名人位个项][)）])?[:：]?[ \u3000]*$",
        re.M,
    )


def prize_rows(text: str) -> list[Row]:
    """The rows under a prize alone on its line (一等奖, then 焊工项目　张三　某公司 a row): a
    results poster's winners, a row each, the item first (maybe), then the name, then the
    unit, four characters or more.  The rows run to the first line that is neither such a
    row nor a prize's heading (a row of another prize, 团体二等奖　某代表队, ends them too)."""
    if "奖" not in text and "名" not in text and "军" not in text:
        return []
    out = []
    pos = 0
    under = False
    for line in text.split("\n"):
        cells = tuple((pos + m.start(), pos + m.end()) for m in _CELL.finditer(line))
        if prize_heading().fullmatch(line.strip()):
            under = True
        elif under and len(cells) in (2, 3) and cells[-1][1] - cells[-1][0] >= 4 and not line.split()[0].endswith("奖"):
            out.append(Row(pos, pos + len(line), cells))
        else:
            under = False
        pos += len(line) + 1
    return out


def prize_name_cells(text: str) -> list[tuple[int, int]]:
    """The name cells of the winners' rows under a prize heading (:func:`prize_rows`): the
    cell before the unit, its note cut, of a name's length."""
    out = []
    for row in prize_rows(text):
        a, b = _cut_note(text, *row.cells[-2])
        if 2 <= b - a <= 4:
            out.append((a, b))
    return out
