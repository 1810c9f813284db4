"""Family *bodies*, a unit's own units in a table's cells: 奖项　姓名　单位及岗位 / 二等奖　A
某某分公司运行部三值值长.

A table of winners or delegates prints where each person works and the job held there in one
cell (单位及岗位, 单位及职务, 工作单位): the unit first, often one the article names on its own
(某某煤矿, 某某分公司), then the part of it the person works in (运行部, 调度指挥中心, 技术中心),
then the job.  The part is no body the news is about: it says where in the unit the job is
done, as a workshop does in a company's cell.  So a body the name finders read over a cell's
start, named as a body the article names elsewhere and a unit's name after it, is that body:
the cell's mention is the body's, and an office read at the part is held at the body, the
part written in its role (二中队副中队长).  A part the article names outside such cells too
stays a body.
"""

from __future__ import annotations

from kg.extract.context import ArticleContext
from kg.extract.units import BODY_CLASSES, UNIT_RE
from kg.model.facts import EntityRef, RelationFact
from kg.nlp.grids import grids

# the kinds of a table's columns whose cells name the person's unit (kg.nlp.grids)
_UNIT_COLUMNS = ("unit", "office")


def cell_units(ctx: ArticleContext) -> None:
    """The bodies read only at the start of a unit's cell, named as another body and a unit's
    name after it, are no bodies: their mentions are the body's, their offices its."""
    cells = _unit_cells(ctx.text)
    if not cells:
        return
    spans: dict[EntityRef, list[tuple[int, int]]] = {}
    for span, ref in ctx.ref_at.items():
        if ref.cls in BODY_CLASSES:
            spans.setdefault(ref, []).append(span)
    outside = {ref for ref, at in spans.items() if any(x not in cells for x, _y in at)}
    named = {ref.name: ref for ref, info in ctx.facts.entities.items() if ref.cls in BODY_CLASSES and info.mentions}
    parts: dict[EntityRef, tuple[EntityRef, str]] = {}
    for ref in spans:
        if ref.cls != "Organization" or ref in outside or ref not in ctx.facts.entities:
            continue
        # (the body named outside the cells too: in cells only, nothing says which is a body)
        body = next((named[ref.name[:k]] for k in range(len(ref.name) - 2, 1, -1) if ref.name[:k] in named), None)
        if body is not None and body in outside and UNIT_RE.fullmatch(part := ref.name[len(body.name) :]):
            parts[ref] = (body, part)
    for ref, (body, _part) in parts.items():
        del ctx.facts.entities[ref]
        for span in spans[ref]:
            ctx.ref_at[span] = body
    for info in ctx.facts.entities.values():
        if info.parent in parts:
            info.parent = parts[info.parent][0]
    kept = []
    for rel in ctx.facts.relations:
        if rel.object in parts and rel.pred == "post":
            body, part = parts[rel.object]
            role = part + (rel.role or "")
            rel = RelationFact(rel.subject, rel.pred, body, rel.evidence, role=role, role_written=rel.role_written)
        elif rel.subject in parts or rel.object in parts:
            continue
        kept.append(rel)
    ctx.facts.relations[:] = kept


def _unit_cells(text: str) -> set[int]:
    """Where the cells of the unit columns of the tables of people (a 姓名 column beside) start."""
    out = set()
    for grid in grids(text):
        if grid.column("name") is None:
            continue
        for kind in _UNIT_COLUMNS:
            at = grid.column(kind)
            if at is not None:
                out.update(row[at][0] for row in grid.rows)
    return out
