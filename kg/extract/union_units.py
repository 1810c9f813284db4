"""Family *bodies*, a union's units named short: the office a union runs (its service
centre, its legal aid station) written without the union's name, in the chain of titles
of one of its officers (省总工会副主席、劳模服务中心主任X), or after the union's short form
again (省总工会劳模服务中心 … once 青海省总工会劳模服务中心 was named).

Read by ``kg.extract.bodies`` and ``kg.extract.level_names`` while the bodies are named;
such a unit belongs to its union (``parent``), as 某县总工会职工服务中心 does by its name.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.spanmap import last_before
from kg.extract.wordlists import UNION_WORD
from kg.lexicon import words
from kg.model.facts import EntityRef
from kg.nlp.names import PROPER_TAGS  # a unit opening with a proper name is its own
from kg.nlp.text import OPEN_QUOTES

# the endings of the units a union runs (服务中心, 工作站, 驿站): a bare one in its officer's
# chain of titles is the union's, where a bare 人民医院 is no union's
UNIT_ENDINGS = words("bodies/union_unit_endings.txt")
# words qualifying a unit's service that its short form may drop (职工法律援助工作站 …
# 法律援助工作站)
DROPPED_QUALIFIERS = words("bodies/union_unit_qualifiers.txt")
# what joins the titles of one chain (副主席、劳模服务中心主任)
CHAIN_MARK = "、"


def chain_unit(ctx: ArticleContext, s: Span) -> bool:
    """省总工会副主席、劳模服务中心主任X: a unit named bare (no area, no proper name, a
    union's unit's ending) between 、 and its head's title, in a chain of titles that opens
    with a union, is that union's unit (青海省总工会劳模服务中心, subOrganizationOf the union),
    as a bare 组织部 there is its department.  False for anything else."""
    text = s.text
    if s.label_ not in ("ORG", "PLACE") or s._.kg_kind or not text.endswith(UNIT_ENDINGS):
        return False
    if ctx.text[s.start_char - 1 : s.start_char] != CHAIN_MARK or ctx.areas_in(s.start_char, s.end_char):
        return False
    if s[0].tag_ in PROPER_TAGS or text[0].isascii() or any(q in text for q in OPEN_QUOTES):
        return False
    if not any(t.start_char == s.end_char for t in ctx.mentions_in("TITLE", s.end_char, s.end_char + 1)):
        return False  # (not …、劳模服务中心等单位: a list of bodies, no chain)
    union = _chain_union(ctx, s.start_char - 1)
    if union is None:
        return False
    unit = EntityRef("Organization", union.name + text)
    ctx.add(unit, text, (s.start_char, s.end_char), CONFIDENCE["context"]).parent = union
    return True


def _chain_union(ctx: ArticleContext, mark: int) -> EntityRef | None:
    """The union a chain of titles joined by 、 opens with, the chain ending at ``mark``
    (the 、 before the unit); None where a title is missing or a body other than a union
    opens the chain."""
    pos = mark
    while True:
        titles = [t for t in ctx.mentions_in("TITLE", max(0, pos - 12), pos) if t.end_char == pos]
        if not titles:
            return None
        start = min(t.start_char for t in titles)
        # the union ends where the title starts, or inside it (工会副主席 read as one title)
        bodies = [
            ctx.ref_at[(x, y)]
            for y in range(start, pos)
            for x, _ in ctx.ref_at.by_end.get(y, ())
            if x < start and ctx.ref_at[(x, y)].cls in ("TradeUnion", "Organization")
        ]
        if bodies:
            return bodies[-1] if bodies[-1].cls == "TradeUnion" else None
        if ctx.text[start - 1 : start] != CHAIN_MARK:
            return None
        pos = start - 1


def named_unit(ctx: ArticleContext, union: EntityRef, rest: str, s: Span) -> bool:
    """县总工会法律援助工作站 after 云梦县总工会职工法律援助工作站: a unit written after a level
    union's short form (``rest`` after 县总工会, the union it names) is the unit of that union
    named before — its full name, or that name without a qualifier of its service (职工).
    False where none was named (the unit is then read as written)."""
    last = last_before(ctx.ref_at.group("union units", _filing).get((union.name, _bare(rest)), []), (s.start_char + 1,))
    if last is None:
        return False
    ctx.add(ctx.ref_at[last[2]], s.text, (s.start_char, s.end_char), CONFIDENCE["context"])
    return True


def _filing(span, ref, rank):
    """An organisation named after a union (…总工会职工法律援助工作站), filed under that
    union's name and the rest without its dropped qualifiers."""
    if ref.cls == "Organization":
        k = ref.name.rfind(UNION_WORD)
        if k > 0 and len(ref.name) > k + len(UNION_WORD):
            k += len(UNION_WORD)
            yield (ref.name[:k], _bare(ref.name[k:])), (span[1], -rank, span)


def _bare(rest: str) -> str:
    """A unit's name after its union's, without the qualifiers its short form may drop."""
    for word in DROPPED_QUALIFIERS:
        rest = rest.replace(word, "")
    return rest
