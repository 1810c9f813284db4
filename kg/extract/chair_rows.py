"""Family *posts*, a row of a list of office holders (历任主席) whose span is left open and
whose note names the holder's offices now: 贾某　2021—　（现任，县政协副主席、县总工会主席）.

An encyclopedia entry lists a body's chairs, one a line: the name, the span of the tenure,
and a note in brackets.  A span with an end (1998—2003) is a tenure that ended, and its note
(后调任…, 曾任…) tells the past; a span left open (2021—) is the chair now, and a note
opening with 现任 names the offices the holder has now — each at the body written before its
title (a title without one, after a mark of the chain, at the body of the title before it),
as a résumé's open line is read (``kg.extract.career_lines``).
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.office_chains import office_chain, title_index
from kg.model.facts import EntityRef, RelationFact

# a row: the name, a gap, an open span (2021—, 2021.9—), a gap, the note opening with 现任
_OPEN_ROW = re.compile(
    r"^[ \u3000\t]*(?P<name>[\u4e00-\u9fff·]{2,6})[ \u3000\t]+(?:19|20)\d\d(?:[.．]\d{1,2})?(?:年)?"
    r"[—–－\-~～]+[ \u3000\t]*[（(]现任[，,、：:]?"
)
# the word the reader gates on (a note of offices held now)
_NOW = "现任"


def chair_rows(ctx: ArticleContext) -> None:
    """The offices held now of each open row of a list of office holders."""
    text = ctx.text
    if _NOW not in text:
        return
    by_start, inside = title_index(ctx.mentions_of("TITLE"))
    pos = 0
    for line in text.split("\n"):
        a, pos = pos, pos + len(line) + 1
        if _NOW not in line or (m := _OPEN_ROW.match(line)) is None:
            continue
        people = [p for p in ctx.mentions_in("PERSON", a + m.start("name"), a + m.end("name")) if p.text == m["name"]]
        if not people:
            continue
        person, at = EntityRef("Person", people[0].text), a + m.end()
        for t, body, role in office_chain(ctx, at, by_start, inside, people[0].start_char):
            ev = ctx.evidence(a + m.start("name"), t.end_char, CONFIDENCE["pattern"])
            ctx.facts.relations.append(RelationFact(person, "post", body, ev, role=role))
