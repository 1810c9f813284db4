"""Family *posts*: who holds which office where.

Needs the bodies (``ctx.ref_at``, from ``kg.extract.bodies``) and the people: an office
is held at the body named right before its title, or at the union the article last named.
News gives it in two shapes:

* titles before a name: BODY TITLE、TITLE，BODY TITLE NAME — each office at the body named
  before it; the other names of a list share the offices (副主席何慧敏、黄山);
* an election after names: NAME、NAME当选为 [BODY] TITLE — at the body named, or at the
  union the article last named (the one holding the congress).
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Span

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.wordlists import ELECTED_VERBS, ELECTING_VERBS
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef, RelationFact

# before the names: 会议选举李红为… / 补选… / 任命…
ELECTING = re.compile(f"(?:{alternation_of(ELECTING_VERBS)})$")
# after a name: 当选为 / 担任 … and the offices follow (a parenthesis such as （兼职） may come first)
ELECTED = re.compile(f"(?:（[^）]{{1,8}}）)?(?:{alternation_of(ELECTED_VERBS)})")


def read_posts(ctx: ArticleContext) -> None:
    """Offices named by titles before a name, then those of elections after names."""
    text = ctx.text
    titles = {t.end_char: t for t in ctx.mentions_of("TITLE")}
    people = ctx.mentions_of("PERSON")
    posts: dict[tuple[int, int], list[tuple[Span, EntityRef]]] = {}
    for p in people:
        sa, _ = ctx.sentence_of(p.start_char)
        chain: list[tuple[Span, tuple[int, EntityRef] | None]] = []
        pos = p.start_char
        while pos > sa:
            k = pos
            while k > sa and text[k - 1] in " 、，,兼" and pos - k < 2:
                k -= 1
            t = titles.get(k) or titles.get(pos)
            if t is None or (chain and k == pos and t is titles.get(pos) and pos != t.end_char):
                break
            body = _body_before(ctx, t.start_char)
            chain.append((t, body))
            pos = body[0] if body else t.start_char
        held: list[tuple[Span, EntityRef]] = []
        current: EntityRef | None = None
        for t, body in reversed(chain):
            if body is not None:
                current = body[1]
            if current is not None and t._.kg_kind != "rank":
                held.append((t, current))
        posts[(p.start_char, p.end_char)] = held
    # the other names of a list share the first name's offices
    ordered = sorted(people, key=lambda p: p.start_char)
    for prev, p in itertools.pairwise(ordered):
        if text[prev.end_char : p.start_char] == "、" and not posts[(p.start_char, p.end_char)]:
            posts[(p.start_char, p.end_char)] = posts[(prev.start_char, prev.end_char)]
    for p in people:
        for t, org in posts[(p.start_char, p.end_char)]:
            ev = ctx.evidence(min(t.start_char, p.start_char), max(t.end_char, p.end_char), CONFIDENCE["pattern"])
            ctx.facts.relations.append(RelationFact(EntityRef("Person", p.text), "post", org, ev, role=t.text))
    read_elections(ctx, ordered, titles)


def read_elections(ctx: ArticleContext, people: list[Span], titles: dict[int, Span]) -> None:
    """NAME、NAME当选为 [BODY] TITLE, and 选举NAME为 [BODY] TITLE: offices after the names."""
    text = ctx.text
    by_start = {t.start_char: t for t in titles.values()}
    # where the list (names joined by 、) each name is in begins
    opens = list(range(len(people)))
    for j in range(1, len(people)):
        if text[people[j - 1].end_char : people[j].start_char] == "、":
            opens[j] = opens[j - 1]
    for i, p in enumerate(people):
        m = ELECTED.match(text, p.end_char)
        if not m:
            # 会议选举李红为市总工会副主席: the verb before the names, 为 after them
            first = people[opens[i]]
            if not ELECTING.search(text, max(0, first.start_char - 4), first.start_char):
                continue
            m = re.compile("为").match(text, p.end_char)
            if not m:
                continue
        pos = m.end()
        body = None
        for x, y in sorted(ctx.ref_at.by_start.get(pos, ()), key=lambda span: -span[1]):
            ref = ctx.ref_at[(x, y)]
            if ref.cls in ("TradeUnion", "Organization") and y in by_start:
                body, pos = ref, y
                break
        roles = []
        while pos in by_start:
            t = by_start[pos]
            roles.append(t)
            pos = t.end_char
            if text[pos : pos + 1] in "、和及":
                pos += 1
        if not roles:
            continue
        if body is None:
            body = ctx.union_before(p.start_char)
        if body is None:
            continue
        # the names listed before this one (江山、周海燕当选为副主席)
        for q in people[opens[i] : i + 1]:
            for t in roles:
                if t._.kg_kind == "rank":
                    continue
                ev = ctx.evidence(q.start_char, t.end_char, CONFIDENCE["pattern"])
                ctx.facts.relations.append(RelationFact(EntityRef("Person", q.text), "post", body, ev, role=t.text))


def _body_before(ctx: ArticleContext, pos: int) -> tuple[int, EntityRef] | None:
    """The union or organisation whose name ends at ``pos`` (the longest)."""
    best = None
    for x, y in ctx.ref_at.by_end.get(pos, ()):
        ref = ctx.ref_at[(x, y)]
        if ref.cls in ("TradeUnion", "Organization") and (best is None or x < best[0]):
            best = (x, ref)
    return best
