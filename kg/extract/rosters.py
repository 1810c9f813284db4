"""Family *posts*, leader rosters: the offices of the lines of a 领导之窗 / 班子成员 block.

A roster line is "NAME  TITLE-CHAIN" (kg.ingest.rosters says how one is recognised):
the name first, then the chain, read left to right as a chain before a name is read from
the name back (kg.extract.posts): each title at the body written right before it, a title
without one at the body of the title before it, when only marks of a chain (、，,) and a
bracketed 兼 stand between them.  A title followed by 候选人 (马某 某会副主席（兼）候选人)
names no office yet, and a rank is no office; a body after a mark of the past (A　某公司班长，
原某矿综采队副队长) opens a run of offices held once, none now, up to the next body.  A line
whose name is followed by a closed span of a tenure (郑某　男　1987.6—1993.5　兼…) is a row of a table of past holders
(``kg.extract.holder_tables``): its note tells offices of the past, none held now.

Read from the roster articles ingestion made of the furniture's rosters (``Article.roster``,
whose text is nothing else) and from roster lines in the text of any article, when
several follow one another (one such line alone may be a sentence's fragment).  A row of a
table with a 现任职务 column is no roster line: its 拟任 cell names an office proposed, not
held (``kg.extract.held_cells`` reads the 现任 cell).
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.held_cells import HELD, HELD_NOW
from kg.extract.holder_tables import CLOSED_ROW
from kg.extract.office_times import former
from kg.extract.offices import body_before, role_at
from kg.extract.wordlists import UNION_WORD
from kg.ingest.rosters import headed_line, roster_label, roster_line, roster_runs
from kg.model.facts import EntityRef, RelationFact
from kg.nlp.grids import grids
from kg.nlp.text import line_spans

# what may stand between two titles of one chain: marks, spaces, a bracketed 兼
_CHAIN_GAP = re.compile(r"(?:[、，,\s]|[（(]兼(?:职|任)?[）)])*")
# after a title: it is a candidacy, not an office (副主席（兼）候选人, 副主席候选人)
_CANDIDATE = re.compile(r"(?:[（(]兼(?:职|任)?[）)])?\s*(?:人选|候选人)")
_SPACES = re.compile("[ \u3000]")
_NAME = "name"  # the kind of a table's column of names (kg.nlp.grids)


def read_rosters(ctx: ArticleContext) -> None:
    """The offices of each roster line of the text."""
    lines = line_spans(ctx.text)
    if ctx.article.roster:
        runs = [[i for i, (a, b) in enumerate(lines) if roster_line(ctx.text[a:b]) is not None]]
    else:
        runs = roster_runs([ctx.text[a:b] for a, b in lines], listed=True)
    held_rows = _held_rows(ctx.text) if any(runs) else set()  # (read only where roster lines are)
    for run in runs:
        label = _label_body(ctx, lines[run[0] - 1]) if run and run[0] > 0 else None
        for i in run:
            a, b = lines[i]
            if a in held_rows:
                continue
            span = roster_line(ctx.text[a:b])
            if span is not None:
                _read_line(ctx, a + span[0], a + span[1], b, label)
    if ctx.article.roster:
        return
    in_runs = {i for run in runs for i in run}
    for i, (a, b) in enumerate(lines):
        # 南阳市：张某　某合作社理事长: one entry under its group's header, alone on its line
        if i not in in_runs and (k := headed_line(ctx.text[a:b])) is not None:
            span = roster_line(ctx.text[a + k : b])
            if span is not None:
                _read_line(ctx, a + k + span[0], a + k + span[1], b, None)


def _held_rows(text: str) -> set[int]:
    """Where the rows of the tables with a 现任职务 column start (姓名｜现任职务｜拟任职务), and
    of those told by their heads whose first column is no name's (奖项　姓名　单位及岗位: 一等奖
    is the row's prize, not a roster's name; the table's readers read the row)."""
    return {
        row[0][0]
        for grid in grids(text)
        if (HELD_NOW in text and grid.column(HELD) is not None) or grid.column(_NAME) not in (0, None)
        for row in grid.rows
    }


def _label_body(ctx: ArticleContext, line: tuple[int, int]) -> EntityRef | None:
    """The body the label over a roster names (某市总工会领导班子), the last, if any."""
    a, b = line
    if not roster_label(ctx.text[a:b]):
        return None
    bodies = ctx.bodies_in(a, b)
    return bodies[-1][2] if bodies else None


def _read_line(ctx: ArticleContext, ns: int, ne: int, end: int, label: EntityRef | None) -> None:
    """The person named at ``[ns, ne)`` and the offices of the chain after it, up to ``end``;
    a chain opening with a title is at the body of the roster's label."""
    text = ctx.text
    person = EntityRef("Person", _SPACES.sub("", text[ns:ne]))
    ctx.add(person, None, (ns, ne), CONFIDENCE["pattern"])
    if CLOSED_ROW.match(text, ne, end):
        return  # (a tenure that ended: its note's offices are the past)
    current: EntityRef | None = label
    pos = ne
    past = False  # (the chain's body came after 原: its offices are held no more)
    for t in ctx.mentions_in("TITLE", ne, end):
        if t.start_char < pos:
            continue
        if any(q.start_char >= ne for q in ctx.mentions_in("PERSON", pos, t.start_char)):
            break  # 委员：A B（某协会副会长） C: a title after another's name is that name's
        body = body_before(ctx, t)
        if body is not None and body[0] >= pos:
            current, role, past = body[1], body[2], former(text, body[0])
        elif current is not None and _CHAIN_GAP.fullmatch(text, pos, t.start_char):
            current, role = role_at(current, t.text)
        else:
            current = None
        pos = t.end_char
        if current is None or past or t._.kg_kind == "rank" or _CANDIDATE.match(text, pos):
            continue
        office, role = _union_office(ctx, current, role)
        ev = ctx.evidence(ns, t.end_char, CONFIDENCE["pattern"])
        ctx.facts.relations.append(
            RelationFact(person, "post", office, ev, role=role, role_written=ctx.written_before(role, t.end_char))
        )


def _union_office(ctx: ArticleContext, body: EntityRef, role: str) -> tuple[EntityRef, str]:
    """某公司党委副书记、工会主席: the 工会主席 of a company whose union the article names
    (某公司工会…) is that union's 主席; the chain's next titles stay the company's."""
    union = EntityRef("TradeUnion", body.name + UNION_WORD)
    if body.cls == "Organization" and role.startswith(UNION_WORD) and union in ctx.facts.entities:
        return role_at(union, role)
    return body, role
