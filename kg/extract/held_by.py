"""Family *posts*, an office told before its holder with 由: [BODY] TITLE由 [titles] NAME兼任.

A company's page or a union's notice says who holds an office by naming the office first
(公司工会主席由党委副书记A兼任, 区总工会主席由区人大常委会副主任A担任): the office, 由, the
holder's own chain of titles perhaps, the name and a verb of holding (兼任, 担任) closing the
clause.  The name holds the office; its body is read as after a verb of a vote
(``offices_after``: written before the title, the company by 公司, a bare 工会 the page's
union).  The body must be written there: the head of a team or committee formed for a task
(调研组组长由A担任, 副主任由A担任 under a 组委会) holds no body's office.  A clause of a time gone
(原, 以前) or of a plan (拟, 将) tells no holder now.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.office_chains import GROUP_HEADS, offices_after, title_index
from kg.extract.offices import OWN_BODY_WORDS
from kg.extract.wordlists import FORMER_MARKS, UNION_WORD
from kg.model.facts import EntityRef, RelationFact

# the verbs of holding that close the clause after the name
_HELD = ("兼任", "担任")
_BY = "由"
# what closes the clause the holder's verb ends
_CLAUSE_END = "。；;，,！!\n"
# what opens the clause the office opens
_CLAUSE_OPEN = "。；;，,：:！!？?\n"
# a clause of a time gone or of a plan: no holder now
_NOT_NOW = re.compile("|".join(("以前", "过去", "当时", "拟", "将由", *FORMER_MARKS)))
# the longest clause read back from the name (the office, 由, the holder's titles)
_REACH = 40


def _body_written(ctx: ArticleContext, clause: int, title: Span) -> bool:
    """Is the office's body written in its clause: a body's name, or the words for the page's
    company or union (公司工会主席, 工会主席)?  A team's or a committee's head named bare
    (疗休养团团长, 组委会副主任) is a task's, no body's office."""
    written = ctx.text[clause : title.start_char]
    if ctx.bodies_in(clause, title.end_char):
        return True
    return (title.text.startswith(UNION_WORD) and not written) or written in OWN_BODY_WORDS


def read_held_by(ctx: ArticleContext, people: list[Span], titles: dict[int, Span]) -> None:
    """TITLE由NAME兼任: the name holds the office named before 由 (see the module)."""
    text = ctx.text
    by_start, inside = title_index(titles.values())
    by_end = {t.end_char: t for t in titles.values()}
    for p in people:
        verb = next((w for w in _HELD if text.startswith(w, p.end_char)), None)
        if verb is None:
            continue
        end = p.end_char + len(verb)
        if end < len(text) and text[end] not in _CLAUSE_END:
            continue
        clause = max(text.rfind(c, max(0, p.start_char - _REACH), p.start_char) for c in _CLAUSE_OPEN) + 1
        by = text.find(_BY, clause, p.start_char)
        if by <= clause or _NOT_NOW.search(text, clause, p.start_char):
            continue
        title = by_end.get(by)
        if title is None or title.text in GROUP_HEADS or not _body_written(ctx, clause, title):
            continue  # (活动由A担任: no title; 调研组组长由A担任, 副主任由A担任: no body's office written)
        offices, pos = offices_after(ctx, clause, by_start, inside, clause)
        if pos != by:
            continue  # (the office's words do not run to 由: no office told so)
        ev = ctx.evidence(clause, end, CONFIDENCE["pattern"])
        for _t, body, role in offices:
            ctx.facts.relations.append(RelationFact(EntityRef("Person", p.text), "post", body, ev, role=role))
