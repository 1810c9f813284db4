"""Family *posts*, a register's change of holder: BODY（…），TITLE由A变更为B — a 公告 of a
union's (or a company's) registration tells who holds its office now (法定代表人由A变更为B,
负责人由A调整为B; the former holder may go unwritten: 法定代表人变更为B).

The office is at the body the item names before the title: glued to it (某公司工会主席由…),
or opening the clause, a bracketed note (its credit code) and a comma between (某镇总工会（统一
社会信用代码…），法定代表人由…).  The new holder (B) must be a name the name finder read right
after the verb; the former one (A) holds nothing the change says.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.offices import BODY_CLASSES, body_before, role_at
from kg.lexicon import alternation_of, words
from kg.model.facts import EntityRef, RelationFact

# the head of a body (会长: a 会's, 社长: a 社's)
HEAD = "长"

# after the title: the former holder (or none), the verb of the change
_CHANGED = re.compile(
    f"(?:由[^，,。；;：:\\s（）()为]{{2,8}}?)?(?:{alternation_of(words('posts/holder_change_verbs.txt'))})"
)
# between a body opening the clause and the title: its bracketed note, a comma
_NOTE_COMMA = re.compile("(?:[（(][^（()）\n]{1,40}[）)])?[，,]$")


def changed_holders(ctx: ArticleContext) -> None:
    """TITLE由A变更为B: B holds the title at the body named before it."""
    text = ctx.text
    for t in ctx.mentions_of("TITLE"):
        m = _CHANGED.match(text, t.end_char)
        if m is None:
            continue
        holder = next((p for p in ctx.mentions_in("PERSON", m.end(), m.end() + 1)), None)
        if holder is None:
            continue
        body = _body_of(ctx, t.start_char)
        found = body_before(ctx, t) if body is None else None
        if found is not None:
            body, role = found[1], found[2]
        elif body is not None:
            body, role = role_at(body, t.text)
        elif (headed := _headed_before(ctx, t)) is not None:
            body, role = headed, t.text  # (…协会换届…。会长换成了B: the 协会's, its head's title)
        else:
            continue
        ev = ctx.evidence(t.start_char, holder.end_char, CONFIDENCE["pattern"])
        ctx.facts.relations.append(RelationFact(EntityRef("Person", holder.text), "post", body, ev, role=role))


def _body_of(ctx: ArticleContext, at: int) -> EntityRef | None:
    """The body opening the clause of the title at ``at``: named whole before a bracketed
    note and a comma (某镇总工会（统一社会信用代码…），), or None."""
    a, _b = ctx.sentence_of(at)
    note = _NOTE_COMMA.search(ctx.text, a, at)
    if note is None:
        return None
    spans = sorted(ctx.ref_at.by_end.get(note.start(), ()))  # (the longest name first)
    return next((ctx.ref_at[span] for span in spans if ctx.ref_at[span].cls in BODY_CLASSES), None)


def _headed_before(ctx: ArticleContext, t: Span) -> EntityRef | None:
    """A head's title opening its sentence, no body written (会长换成了B): the body the article
    named last before it whose name ends with the word the title heads (会长: …协会), or None."""
    head = t.text.removeprefix("副")
    a, _b = ctx.sentence_of(t.start_char)
    if len(head) != 2 or not head.endswith(HEAD) or ctx.text[a : t.start_char].strip():
        return None
    named = [(y, ref) for (x, y), ref in ctx.ref_at.items() if y <= a and ref.cls in BODY_CLASSES]
    named = [(y, ref) for y, ref in named if ref.name.endswith(head[0])]
    return max(named, key=lambda n: n[0])[1] if named else None
