"""Family *awards*, continued: award tables, a row to each holder.

A page that lists its honours as a table (姓名 / 单位 / 职务 / 奖项; 集体名称 / 负责人 / 奖项)
says per row who received what; the markup is gone by the time the text is read, and
kg.nlp.grids finds the table again by its heads.  The row's person (the cell under the
name head) or, in a table of units, the row's body (the cell under 集体名称) holds the
honour in the row's honour cell; the head of a unit (负责人) holds nothing.  Cells one a
line lose an empty cell without a trace, and the rows after it their step: the table is
read down to the first row whose name cell holds no name (or whose honour cell holds one).
"""

from __future__ import annotations

from kg.extract.awards import award, bodies_in
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.honour_topic import topic_at
from kg.model.facts import EntityRef
from kg.nlp.grids import grids


def table_awards(ctx: ArticleContext) -> None:
    """Each row of an award table: its honour cell to the person of its name cell, else to
    the body named by its whole unit cell."""
    text = ctx.text
    for grid in grids(text):
        at = grid.column("honour")
        name, body = grid.column("name"), grid.column("body")
        if at is None:
            continue
        if name is None and body is None:
            _topic_rows(ctx, grid.rows, at)
            continue
        for row in grid.rows:
            honour = text[slice(*row[at])]
            ev = ctx.evidence(row[0][0], row[-1][1], CONFIDENCE["pattern"])
            if name is not None:
                a, b = row[name]
                people = [p for p in ctx.mentions_in("PERSON", a, b) if p.start_char == a]
                if not people or ctx.mentions_in("PERSON", *row[at]):
                    break  # the rows lost step (an empty cell gone: a name no longer under 姓名)
                award(ctx, EntityRef("Person", people[0].text), honour, ev)
                continue
            a, b = row[body]
            held = [ref for y, x, ref in bodies_in(ctx, a, b) if (x, y) == (a, b)]
            if held:
                award(ctx, held[0], honour, ev)


def _topic_rows(ctx: ArticleContext, rows: tuple, at: int) -> None:
    """年份 / 荣誉名称 / 授予单位: a table of honours with no holder's column is a profile's
    list of what its topic received (the person or body the text before it opens with)."""
    holder = topic_at(ctx, rows[0][0][0])
    if holder is None:
        return
    for row in rows:
        honour = ctx.text[slice(*row[at])]
        if len(honour) >= 4:
            award(ctx, holder, honour, ctx.evidence(row[0][0], row[-1][1], CONFIDENCE["context"]))
