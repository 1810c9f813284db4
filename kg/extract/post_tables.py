"""Family *posts*, tables of offices: 序号 / 单位 / 姓名 / 职务 — a row to each holder.

Lists of honoured union officers (and of nominees, delegates) are printed as tables whose
heads say what each cell holds: the unit (单位, 工作单位), the person (姓名) and the job
held there (职务).  The markup is gone by the time the text is read; kg.nlp.grids finds the
table again by its heads, in whatever order they come.  The job cell names one office or
several set apart by 、 (馆长、工会主席) and names them as the unit's people say them, its
organ in the title (工会主席, 护理部主任, 校工会常务副主席): each is held at the unit as written,
the unit's union being unnamed.  A part of the cell is an office only when it ends with a
title (a 职称 column's grades, 高级教师, 主任医师, end with none) and is no grade of a
profession.  The person must be a name the name finder read at the start of its cell, the
unit a body read over its whole cell, no unit of a body (工程技术部: which body it is a unit of
the cell does not say).
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.jobs import is_grade
from kg.extract.units import UNIT_ENDINGS, is_title
from kg.extract.vote_unions import named_head
from kg.ingest.rosters import roster_label
from kg.model.facts import EntityRef, RelationFact
from kg.nlp.grids import Grid, grids

# what parts the offices of one job cell
_PARTS = re.compile("[、，,；;/／]")
# the classes of body a unit cell names
_BODIES = ("TradeUnion", "Organization")


def table_posts(ctx: ArticleContext) -> None:
    """Each row of a table headed 单位 / 姓名 / 职务: the job cell's offices at the unit."""
    text = ctx.text
    for grid in grids(text):
        _lead_rows(ctx, grid)
        name, unit, job = grid.column("name"), grid.column("unit"), grid.column("job")
        page = _head_union(ctx, grid) if unit is None else None
        if name is None or (unit is None and page is None) or job is None:
            continue
        for row in grid.rows:
            person = _person(ctx, *row[name])
            body = _body(ctx, *row[unit]) if unit is not None else page
            if person is None or body is None or (unit is not None and _is_unit(ctx, body, *row[unit])):
                continue
            ev = ctx.evidence(row[0][0], row[-1][1], CONFIDENCE["pattern"])
            if unit is None and ctx.bodies_in(*row[job]):
                continue  # (a roster's job cell names titles alone: a body in it is another list's)
            for a, b in _offices(ctx, *row[job]):
                ctx.facts.relations.append(RelationFact(person, "post", body, ev, role=text[a:b]))


def _lead_rows(ctx: ArticleContext, grid: Grid) -> None:
    """A register's rows (工会名称｜…｜法定代表人｜住所, 单位名称｜负责人): the person of the
    lead column holds, at the body the row names, the office its head names (法定代表人).
    The head must end with a title; the body cell must name a body whole, no unit of one
    (中心试验室｜负责人: the head of a team, whose body the table does not say, holds no office)."""
    body, lead = grid.column("body"), grid.column("lead")
    if body is None or lead is None or lead >= len(grid.heads):
        return
    role = _head_title(ctx.text[slice(*grid.heads[lead])])
    if role is None:
        return
    for row in grid.rows:
        person, ref = _person(ctx, *row[lead]), _body(ctx, *row[body])
        if person is None or ref is None or _is_unit(ctx, ref, *row[body]):
            continue
        ev = ctx.evidence(row[0][0], row[-1][1], CONFIDENCE["pattern"])
        ctx.facts.relations.append(RelationFact(person, "post", ref, ev, role=role))


def _head_title(head: str) -> str | None:
    """The longest title a column's head ends with (法定代表人, 单位负责人 → 负责人), or None."""
    return next((head[i:] for i in range(len(head) - 1) if is_title(head[i:])), None)


def _head_union(ctx: ArticleContext, grid: Grid) -> EntityRef | None:
    """姓名 / 职务 / 分管工作 with no unit column, under a page's head (某市总工会领导班子, a
    union's name alone): a union's roster as a table, each office at the head's union."""
    first = grid.rows[0][0][0]
    one_line = "\n" not in ctx.text[first : grid.rows[0][-1][1]]
    start = ctx.text.rfind("\n", 0, first) + 1  # (the row's line)
    for _ in range(1 if one_line else len(grid.kinds)):  # (over the heads' lines)
        start = ctx.text.rfind("\n", 0, max(0, start - 1)) + 1
    if start <= 0:
        return None
    head = ctx.text.rfind("\n", 0, start - 1) + 1
    if not roster_label(ctx.text[head : start - 1]):  # (a 名单 of honours is no roster)
        return named_head(ctx, head, start - 1)
    bodies = ctx.bodies_in(head, start - 1)
    return bodies[-1][2] if bodies else None


def _person(ctx: ArticleContext, a: int, b: int) -> EntityRef | None:
    """The person named at the start of the cell ``[a, b)``."""
    people = [p for p in ctx.mentions_in("PERSON", a, b) if p.start_char == a]
    return EntityRef("Person", people[0].text) if people else None


def _body(ctx: ArticleContext, a: int, b: int) -> EntityRef | None:
    """The union or organisation the whole cell ``[a, b)`` names."""
    for x, y in ctx.ref_at.starting_in(a, b):
        ref = ctx.ref_at[(x, y)]
        if (x, y) == (a, b) and ref.cls in _BODIES:
            return ref
    return None


def _is_unit(ctx: ArticleContext, body: EntityRef, a: int, b: int) -> bool:
    """Whether the cell ``[a, b)`` names a unit of a body (工程技术部, 一车间), no body of its
    own: its head's office is the body's, named with the unit (工程技术部部长), but which body
    a table of a page's units means (the page's project, its company) the cell does not say.
    A bureau of an area (镜湖区教育局) ends as a unit does but names its area."""
    return body.cls == "Organization" and body.name.endswith(UNIT_ENDINGS) and not ctx.areas_in(a, b)


def _offices(ctx: ArticleContext, a: int, b: int) -> list[tuple[int, int]]:
    """The spans of the offices the job cell ``[a, b)`` names: each part ending with a title,
    no grade of a profession."""
    ends = {t.end_char for t in ctx.mentions_in("TITLE", a, b)}
    out = []
    start = a
    for m in [*_PARTS.finditer(ctx.text, a, b), None]:
        end = b if m is None else m.start()
        part = ctx.text[start:end].strip()
        if part and end in ends and not is_grade(part):
            out.append((start, end))
        start = end + 1
    return out
