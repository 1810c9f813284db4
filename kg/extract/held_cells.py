"""Family *posts*, a table of cadres whose column 现任职务 names the offices each holds now:
姓名｜性别｜出生年月｜现任职务｜拟任职务 — a 干部任前公示 printed as a table.

The prose entry of such a notice (NAME，男，…，现任 BODY TITLE，拟任 …) is read with the
elections (``kg.extract.elections``); the table gives the same facts a cell each.  The 现任
cell is a chain of bodies and titles as written after 现任 (婺源县总工会党组成员、副主席): each
title at the body written before it.  The 拟任 (proposed) and 原任 (former) cells name no
office held: their heads are of no kind read (``pages/table_heads.tsv``).  The person must
be a name the name finder read at the start of its cell.
"""

from __future__ import annotations

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.office_chains import office_chain, title_index
from kg.model.facts import EntityRef, RelationFact
from kg.nlp.grids import grids

# the word the reader gates on: a head 现任职务
HELD_NOW = "现任"
# the kind of column of the offices held now
HELD = "held"


def held_cells(ctx: ArticleContext) -> None:
    """Each row of a table with a 现任职务 column: the cell's offices, held by the row's person."""
    text = ctx.text
    if HELD_NOW not in text:
        return
    by_start, inside = title_index(ctx.mentions_of("TITLE"))
    for grid in grids(text):
        name, held = grid.column("name"), grid.column(HELD)
        if name is None or held is None:
            continue
        for row in grid.rows:
            (a, b), (at, end) = row[name], row[held]
            people = [p for p in ctx.mentions_in("PERSON", a, b) if p.start_char == a]
            if not people:
                continue
            person = EntityRef("Person", people[0].text)
            for t, body, role in office_chain(ctx, at, by_start, inside, a):
                if t.end_char <= end:  # the cell's own offices
                    ev = ctx.evidence(row[0][0], row[-1][1], CONFIDENCE["pattern"])
                    ctx.facts.relations.append(RelationFact(person, "post", body, ev, role=role))
