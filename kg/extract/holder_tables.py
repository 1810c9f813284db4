"""Family *posts*, a gazetteer's table of a body's office holders: 职务｜姓名｜性别｜任职时间｜备注
(表24-1-1　某县总工会历任主席、副主席一览表).

The 职务 cell is printed only on the first row of a block (主　席, 常务副主席); the rows below
it, their cell blank, hold the same office.  A tenure with an end (1993.5—1998.9) is over: the
row and its 备注 (兼…, 调任…) tell the past and give no post (``kg.extract.rosters`` reads no
office on such a row either).  A tenure left open (2024.11—) is the office held now, at the
body the table's title names before 历任 (else the union named last before the table); a
备注 that is titles alone (党组书记) names more offices at that body, a note naming a body
(县人大常委会副主任兼任) is read as a roster line's chain.  The text may run two rows into one
line (a line ending with an open span's dash looks wrapped): each row is found by its name,
sex and span, wherever it starts.

The table is the page's record of who held the body's offices when: a holder whose every row
has ended holds none of them now, whatever an older line of the same page says (a chronicle's
1993年…选举A为主席 is that row's start), so ``closed_holders`` drops such posts at the body.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.offices import BODY_CLASSES, body_before, role_at
from kg.extract.units import is_title
from kg.model.facts import EntityRef, RelationFact
from kg.nlp.text import line_spans

# the table's head, its spaces taken out: 职务, 姓名, …, 任职时间
_HEAD = re.compile("^职务姓名.*任职时间")
# the word of the table's title before the offices it lists (某县总工会历任主席、副主席一览表)
_HISTORY = "历任"
# how many lines from the head the title may stand (the text may set it above or below)
_TITLE_LINES = 2
# a month of a year (1993.5, 2024.11, 1993年5月)
_MONTH = r"(?:19|20)\d\d(?:[.．]\d{1,2}|年\d{1,2}月)?"
# after a row's name: its sex cell, the span of its tenure (open: nothing after the dash)
_ROW_TAIL = re.compile(f"[ \\u3000]+(?:[男女][ \\u3000]+)?{_MONTH}[—–－\\-~～]+(?P<end>{_MONTH})?")
# a closed span of a tenure after a row's name and sex (1993.5—1998.9): the row is the past
CLOSED_ROW = re.compile(f"[ \\u3000]+(?:[男女][ \\u3000]+)?{_MONTH}[—–－\\-~～]+{_MONTH}")
_SPACES = re.compile("[ \u3000\t]")
# the most rows a table runs
_MOST_ROWS = 60


def holder_tables(ctx: ArticleContext) -> None:
    """The offices held now of each open row of a table of office holders."""
    for body, rows in _tables(ctx):
        _read_rows(ctx, body, rows)


def closed_holders(ctx: ArticleContext) -> None:
    """Drop the posts at a table's body of the holders whose every row in it has ended."""
    gone: set[tuple[str, EntityRef]] = set()
    for body, rows in _tables(ctx):
        spans = {}  # name -> whether some row of it is open
        for a, b in rows:
            for p in ctx.mentions_in("PERSON", a, b):
                if (m := _ROW_TAIL.match(ctx.text, p.end_char, b)) is not None:
                    spans[p.text] = spans.get(p.text, False) or m["end"] is None
        gone.update((name, body) for name, open_row in spans.items() if not open_row)
    if gone:
        ctx.facts.relations[:] = [
            r for r in ctx.facts.relations if r.pred != "post" or (r.subject.name, r.object) not in gone
        ]


def _tables(ctx: ArticleContext) -> list[tuple[EntityRef, list[tuple[int, int]]]]:
    """Each table of office holders: its body and the lines that may hold its rows."""
    text = ctx.text
    if "任职时间" not in _SPACES.sub("", text):
        return []
    lines, found = line_spans(text), []
    for i, (a, b) in enumerate(lines):
        if _HEAD.match(_SPACES.sub("", text[a:b])) is None:
            continue
        body = _table_body(ctx, lines, i)
        if body is not None:
            found.append((body, lines[i + 1 : i + 1 + _MOST_ROWS]))
    return found


def _table_body(ctx: ArticleContext, lines: list[tuple[int, int]], i: int) -> EntityRef | None:
    """The body the table's title names before 历任, else the union named last before it."""
    for a, b in lines[max(0, i - _TITLE_LINES) : i + 1 + _TITLE_LINES]:
        at = ctx.text.find(_HISTORY, a, b)
        found = [ref for _x, y, ref in ctx.bodies_in(a, at) if y == at] if at >= 0 else []
        if found and found[0].cls in BODY_CLASSES:
            return found[0]
    return ctx.union_before(lines[i][0])


def _read_rows(ctx: ArticleContext, body: EntityRef, lines: list[tuple[int, int]]) -> None:
    """Each row of the table's lines: the office its 职务 cell (or the block's) names, when its
    tenure is open, and the bare titles of its note."""
    text, office = ctx.text, None
    for a, b in lines:
        rows = [(p, m) for p in ctx.mentions_in("PERSON", a, b) if (m := _ROW_TAIL.match(text, p.end_char, b))]
        if not rows:
            if office is not None and _HISTORY not in text[a:b]:
                return  # (the table ended)
            continue
        cell = _SPACES.sub("", text[a : rows[0][0].start_char])  # (the line's first row's 职务 cell)
        if cell and is_title(cell):
            office = cell
        for k, (p, m) in enumerate(rows):
            if office is None or m["end"] is not None:
                continue  # (a tenure that ended: the past)
            person = EntityRef("Person", p.text)
            _post(ctx, person, p.start_char, m.end(), *role_at(body, office))
            end = rows[k + 1][0].start_char if k + 1 < len(rows) else b
            note = ctx.mentions_in("TITLE", m.end(), end)
            if note and not _SPACES.sub("", _bare(text, m.end(), end, note)):
                for t in note:
                    if body_before(ctx, t) is None:
                        _post(ctx, person, p.start_char, t.end_char, *role_at(body, t.text))


def _bare(text: str, a: int, b: int, titles) -> str:
    """What of ``[a, b)`` is not the titles nor the marks between them."""
    out, pos = [], a
    for t in titles:
        out.append(text[pos : t.start_char])
        pos = t.end_char
    out.append(text[pos:b])
    return re.sub("[、，,]", "", "".join(out))


def _post(ctx: ArticleContext, person: EntityRef, a: int, b: int, body: EntityRef, role: str) -> None:
    ev = ctx.evidence(a, b, CONFIDENCE["pattern"])
    ctx.facts.relations.append(RelationFact(person, "post", body, ev, role=role))
