"""Family *awards*, continued: a prize alone on its line, heading the rows of its winners.

A results poster or a 喜报 prints each prize as a heading line of its own (一等奖, 二等奖,
优胜奖; maybe with the item or group before it, 个人组一等奖) and under it its winners a row a
line, their cells set apart by gaps: the item, the name, the unit (焊工项目　张三　某公司), or
the name and the unit.  Each row's person (a name filling a cell of its own) won the prize
of the heading above it and took part in the contest the article reports; the list runs on
to the next heading, which starts the next prize's rows.  A heading or a row printed twice
(a scan's stutter) gives the same prize again, which is once.  A row naming no person (团体
二等奖　某代表队: a prize of its own in its first cell) gives nothing and ends the prize's
rows; a line of one cell (a slogan, a signature) ends the list.  Needs the people (PERSON
mentions; kg.nlp.rows reads the rows' name cells as names).
"""

from __future__ import annotations

import re

from kg.extract.awards import award
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.model.facts import EntityRef
from kg.nlp.rows import line_row, prize_heading

# a row's cell that is a prize of its own (团体二等奖, 优秀组织奖): another prize's row
_PRIZE_CELL = re.compile("奖[:：]?$")
# a name's note after it in its cell (（女）, （麦积区）)
_NOTE = re.compile("[（(][^（()）]{1,12}[)）]")


def prize_rows(ctx: ArticleContext) -> None:
    """一等奖⏎焊工项目　张三　某公司⏎…: each row's person under a prize heading holds it."""
    text = ctx.text
    main = ctx.main_event()
    heading = prize_heading()
    for m in heading.finditer(text):
        prize = m.group("prize")
        pos = m.end() + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            again = heading.match(text, pos)
            if again is not None and again.group("prize") == prize:
                pos = end + 1  # the heading printed twice
                continue
            row = line_row(text, pos) if again is None else None
            if row is None or _PRIZE_CELL.search(text, *row.cells[0]):
                break
            person = _row_person(ctx, row.cells)
            if person is not None:
                ev = ctx.evidence(m.start(), end, CONFIDENCE["pattern"])
                award(ctx, EntityRef("Person", person), prize, ev)
                if main is not None and all(ref.name != person for ref, _ in main.participants):
                    main.participants.append((EntityRef("Person", person), ev))
            pos = end + 1


def _row_person(ctx: ArticleContext, cells: tuple[tuple[int, int], ...]) -> str | None:
    """The person whose name fills a cell of the row (its note in brackets after it), if any."""
    for a, b in cells:
        for p in ctx.mentions_in("PERSON", a, b):
            if p.start_char == a and (p.end_char == b or _NOTE.fullmatch(ctx.text, p.end_char, b)):
                return p.text
    return None
