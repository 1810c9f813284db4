"""A directory of officers saved from a spreadsheet as tab-separated text (通讯录, 名册):
序号⇥单位⇥姓名⇥职务⇥电话⇥备注, a row to each holder, each row written again as a table's row.

Saved so, a row keeps its cells apart only by tabs: the cleaner folds them to one space, and
a blank cell (a merged one, an empty note) is lost, the cells after it no longer tied to their
columns.  So the rows of such a table are read here, by the columns of the header row (its
labels ``pages/table_heads.tsv``, the name's ``pages/name_column_heads.txt``, the number's and
the note's ``pages/ledger_columns.tsv``), and each written as the numbered row a list of
delegates prints, the number, the name, the chain of the unit and the offices (3. 刘某
某公司工会副主席、经审委员会主任), which the posts reader reads as a chain before a name
(kg.extract.table_rows); each a line of its own, no wrap of the line above.  The row's other
cells (its group, telephone numbers) are left out.  A table whose every cell is filled keeps
its rows: folded, each cell stays in its column (kg.extract.post_tables reads it).

What a spreadsheet's cells mean that a row's chain says: a blank unit cell or a ``（同上）``
(``pages/same_as_above.txt``) is the unit of the row above (merged cells); a row of one cell
alone under another row is the rest of a cell wrapped onto a line of its own (王串场街 / 道).
A part of the job or the note that opens with a level word of the unit's name names the
unit's own body of that level (``posts/own_level_words.tsv``: a street union's 街道党工委副书记
is at that street's 党工委; 企业人力总监 of a company union's chair is at the company), a part
of the note opening or closing with 兼 (兼区人大常委会副主任, 企业人力总监兼, 兼任，街道办事处
副主任) is one more office, a bracketed note on how an office is held (（主持工作）) goes, and a
note telling that the holder has left (已调离: ``posts/departed_notes.txt``) makes the row's
offices past ones (原…).  A name cell that holds no name (—, #N/A, a nickname in quotes, a
body standing in) gives no person: the row's number and unit alone are kept.

A unit cell that lists several bodies (县人大常委会、县总工会) is the bodies the job's parts open with
(县人大常委会副主任、县总工会主席): each part that opens with its unit's name is written as it
stands (原县总工会副主席 under 县总工会).
"""

from __future__ import annotations

import re
from functools import cache

from kg.ingest.textmap import Mapped
from kg.lexicon import table, words
from kg.lexicon.chars import HAN

# a name cell: two to four characters, or a name of two parts joined by a dot (富察·云舒)
_NAME = re.compile(f"[{HAN}]{{2,4}}|[{HAN}]{{1,4}}[·•・][{HAN}]{{1,4}}")
# what parts a note's offices (兼任，街道办事处副主任) and the offices of a job cell
_NOTE_PARTS = re.compile("[，,；;]")
_JOB_PARTS = re.compile("[、，,]")
# a note part that says the next part is an office held too
_ALSO = ("兼", "兼任", "兼职")
# how a union's name ends (工会, 总工会, 联合会): a job part opening so is the unit's own
_UNION_END = "会"
# a note in brackets closing a unit's cell (某联合工会（某大厦等12栋楼宇）): no part of its name
_NOTE_AFTER = re.compile(r"[（(][^（()）]*[)）]$")
# the mark of an office held once (原主席)
_FORMER = "原"
# the columns a directory has, and the ones it may have
_NEEDED = frozenset(("name", "unit", "job"))
_KEPT = frozenset((*_NEEDED, "seq", "note", "other"))
# a line without tabs that ends the table: a blank one, a sentence's end
_ENDS_TABLE = re.compile(r"^\s*$|[。！？]\s*$")
# the rest of a wrapped cell: a few characters, no sentence
_WRAPPED = re.compile(r"[^\s，。；：！？]{1,8}")
# the fewest cells of a header row, and of a row
_FEWEST = 3


@cache
def _heads() -> dict[str, str]:
    kinds = {row[0]: row[1] for row in table("pages/table_heads.tsv") if len(row) > 1}
    kinds.update((w, "name") for w in words("pages/name_column_heads.txt"))
    kinds.update((row[0], row[1]) for row in table("pages/ledger_columns.tsv") if row[1:2] in (["note"], ["seq"]))
    return kinds


def _kind(cell: str) -> str | None:
    cell = re.sub(r"\s", "", cell)
    heads = _heads()
    return next((heads[w] for w in sorted(heads, key=len, reverse=True) if cell.endswith(w)), None)


def _columns(line: str) -> dict[str, int] | None:
    """The column of each kind a tab-separated header row labels, when it has a name, a unit
    and a job column and none of what a directory does not hold (an honour, a duty: a list of
    winners, a roster of duties is read as it is)."""
    cells = line.split("\t")
    if len(cells) < _FEWEST:
        return None
    kinds: dict[str, int] = {}
    for i, cell in enumerate(cells):
        kind = _kind(cell)
        if kind is not None and kind not in kinds:
            kinds[kind] = i
    return kinds if _NEEDED <= kinds.keys() <= _KEPT else None


def _cells(line: Mapped) -> list[Mapped]:
    out, pos = [], 0
    for part in [*line.text.split("\t")]:
        out.append(line[pos : pos + len(part)].strip(" \u3000"))
        pos += len(part) + 1
    return out


def officer_rows(lines: list[Mapped]) -> tuple[list[Mapped], set[int]] | None:
    """``lines`` with the rows of each officers' table (under a tab-separated header row
    with a name, a unit and a job column) written as a text table's rows, and the indices of
    those rows (each a line of its own, no wrap of the line above); None when they hold none."""
    out: list[Mapped] = []
    columns: dict[str, int] | None = None
    rows: list[tuple[int, list[Mapped]]] = []  # (where in ``out``, the cells)
    written: set[int] = set()
    found = wrapped = False
    for line in lines:
        head = _columns(line.text) if "\t" in line.text else None
        if head is not None:
            written |= _flush(out, rows, columns, wrapped)
            columns, rows, found, wrapped = head, [], True, False
            out.append(line)
            continue
        cells = _cells(line) if "\t" in line.text else []
        if columns is not None and not cells and _ENDS_TABLE.search(line.text):
            written |= _flush(out, rows, columns, wrapped)  # (a blank line, a sentence: the table is over)
            columns, rows, wrapped = None, [], False
        filled = [i for i, c in enumerate(cells) if c.text]
        if columns is None or len(cells) < _FEWEST or not filled:
            out.append(line)
            continue
        k = filled[0]
        if rows and filled == [k] and k not in (columns["name"], columns["job"]) and _WRAPPED.fullmatch(cells[k].text):
            last = rows[-1][1]  # (a wrapped cell's rest: 王串场街 / 道)
            if k < len(last):
                last[k] = last[k] + cells[k]
            wrapped = True
            continue
        rows.append((len(out), cells))
        out.append(line)
    written |= _flush(out, rows, columns, wrapped)
    return (out, written) if found else None


def _flush(
    out: list[Mapped], rows: list[tuple[int, list[Mapped]]], columns: dict[str, int] | None, wrapped: bool
) -> set[int]:
    """Write each of ``rows`` (cells) again in ``out`` as a text table's row; where (and the
    line after each: a row's end is no wrap).  A table whose every cell is filled, none
    wrapped, keeps its rows: folded, each cell stays in its column, and the table's reader
    (kg.extract.post_tables) reads each job as written."""
    if columns is None or not (wrapped or any(_broken(cells) for _, cells in rows)):
        return set()
    unit: Mapped | None = None
    for n, (at, cells) in enumerate(rows, 1):
        own = _cell(cells, columns["unit"])
        if own is not None and own.text and own.text not in _same():
            unit = own.sub(_NOTE_AFTER, "")
        if unit is not None:
            out[at] = _row_line(cells, columns, unit, n)
    return {k for at, _ in rows for k in (at, at + 1)}  # (and the line after a row: its own)


def _broken(cells: list[Mapped]) -> bool:
    """Whether a row loses a cell's tie to its column on folding: a blank cell before a filled
    one, a ditto."""
    texts = [c.text for c in cells]
    while texts and not texts[-1]:
        texts.pop()
    return any(not t or t in _same() for t in texts)


def _cell(cells: list[Mapped], k: int | None) -> Mapped | None:
    return cells[k] if k is not None and k < len(cells) else None


@cache
def _same() -> frozenset[str]:
    return frozenset(words("pages/same_as_above.txt"))


@cache
def _departed() -> tuple[str, ...]:
    return tuple(words("posts/departed_notes.txt"))


def _row_line(cells: list[Mapped], columns: dict[str, int], unit: Mapped, n: int) -> Mapped:
    """The row as 序号　姓名　单位职务，兼…: its number (the row's count when the table has no
    number column), the name, the chain of the unit and the offices; the number and the unit
    alone when the name cell names nobody."""
    seq = _cell(cells, columns.get("seq"))
    number = (seq if seq is not None and seq.text.isdigit() else Mapped.synthetic(str(n))) + Mapped.synthetic(".")
    name, job, note = (_cell(cells, columns.get(k)) for k in ("name", "job", "note"))
    if name is None or not _NAME.fullmatch(name.text) or job is None or not job.text:
        return Mapped.join(" ", [number, unit])
    note_text = note.text if note is not None else ""
    past = any(w in note_text for w in _departed()) or job.text.startswith(_FORMER)
    job = job[1:] if job.text.startswith(_FORMER) else job
    parts = [p.sub(_NOTE_AFTER, "") for p in _parts(job, _JOB_PARTS)]  # (副主席（主持工作）: how it is held)
    bodies = [u.text for u in _parts(unit, _JOB_PARTS)]
    if len(bodies) > 1:  # (县人大常委会、县总工会: each part names its body)
        unit = _parts(unit, _JOB_PARTS)[0]
    offices = [
        p
        if p.text.startswith(tuple(bodies))
        else _own(p, unit) or (_same_union(p, unit) if i else None) or (p if i else unit + p)
        for i, p in enumerate(parts)
    ]
    chain = Mapped.join("、", [*offices, *(_also(note, unit) if note is not None else [])])
    if past:
        chain = Mapped.synthetic(_FORMER) + chain
    return Mapped.join(" ", [number, name, chain])


def _parts(cell: Mapped, marks: re.Pattern[str]) -> list[Mapped]:
    out, pos = [], 0
    for m in [*marks.finditer(cell.text), None]:
        end = len(cell.text) if m is None else m.start()
        out.append(cell[pos:end].strip())
        pos = end + 1 if m is not None else end
    return [p for p in out if p.text]


@cache
def _levels() -> tuple[tuple[str, str], ...]:
    return tuple((row[0], row[1]) for row in table("posts/own_level_words.tsv", header=True) if len(row) > 1)


def _own(part: Mapped, unit: Mapped) -> Mapped | None:
    """A job's part naming the unit's own body by its level word (街道党工委副书记, 总工会主席
    under a street union, 企业人力总监 under a company's union): that body's name written
    whole; None when the part names no body of the unit's."""
    for word, ending in _levels():
        k = unit.text.find(ending)
        if part.text.startswith(word) and k > 0:
            return unit[: k + len(ending)] + part[len(word) :]
    return None


def _same_union(part: Mapped, unit: Mapped) -> Mapped | None:
    """总工会主席 after another office (街道党工委副书记、总工会主席) under 某街道总工会: the
    unit's own union, named by its name's end; None when the part opens with no such end."""
    for k in range(1, len(unit.text) - 1):
        end = unit.text[k:]
        if part.text.startswith(end) and end.endswith(_UNION_END):
            return unit + part[len(end) :]
    return None


def _also(note: Mapped, unit: Mapped) -> list[Mapped]:
    """The offices a note says are held too: 兼X, X兼, 兼任，X."""
    out: list[Mapped] = []
    also = False
    for part in _parts(note, _NOTE_PARTS):
        text = part.text
        if text in _ALSO:
            also = True
            continue
        if text.startswith("兼") and len(text) > 2:
            out.append(_own(part[1:], unit) or part[1:])
        elif text.endswith("兼") and len(text) > 2:
            out.append(_own(part[:-1], unit) or part[:-1])
        elif also:
            out.append(_own(part, unit) or part)
        also = False
    return out
