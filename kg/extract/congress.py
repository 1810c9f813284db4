"""Family *bodies*, a workplace's own union: the union whose congress a text tells.

A hospital, school or company that holds its union's congress (某医院召开工会第七届代表
大会) often never writes its union's name: the bare 工会 after the workplace is that union,
and the offices voted there, and the committees named bare, are that union's — though a
guest's union (区总工会副主席X出席) may be named first.  Read by the bodies (a committee's
union) and the posts (an election's union).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.context import CONFIDENCE, ArticleContext, area_ref
from kg.extract.wordlists import BARE_UNION_WORDS, ELECTING_VERBS, UNION_WORD, WORKPLACE_ENDINGS
from kg.lexicon import alternation_of, lexicon
from kg.model.facts import EntityRef

# a union's congress: 工会 and, in the same clause, the meeting that elects its committee
# (某医院召开工会第七届代表大会, 某公司工会召开第三次会员代表大会, 召开工会换届选举大会)
# (a union's name may go on after 工会: 某社区工会联合会召开第一次会员代表大会)
_TAILS = alternation_of(
    s.removeprefix(UNION_WORD) for s in lexicon().union_suffixes if s.startswith(UNION_WORD) and s != UNION_WORD
)
_CONGRESS = re.compile(f"工会(?:{_TAILS})?(?=[^，,。；;！？\\n]{{0,14}}?(?:代表大会|会员大会|换届))")

# a congress the delegates a vote elects are sent to (选举产生…出席市工会第八次代表大会的代表11名):
# a later meeting of another level, not the one holding the vote
_SENT_TO = re.compile("(?:出席|参加)[^，,。；;！？\n]{0,24}?(?:代表大会|会员大会)的?代表(?!大会)")
_VOTE = re.compile(alternation_of(ELECTING_VERBS))

# how far a union's name may go on after the 工会 it holds (工会联合会, 工会工作委员会)
_HEAD_REACH = 6
# how far back the area before a congress's 工会 may start (某自治县工会第三次代表大会)
_AREA_REACH = 12


def congress_union(ctx: ArticleContext, at: int) -> EntityRef | None:
    """The union whose congress the text tells last before ``at``: the union named right
    before its 工会 congress, or whose name holds that 工会 (某社区工会联合会成立大会暨第一次
    会员代表大会: a federation of unions, named by its head 联合会 after 工会), else, the 工会
    bare after a workplace (某医院召开工会代表大会), that workplace's union.  Its bare offices
    are that union's (李萍当选工会主席), though a guest's union may be named first."""
    # from the last congress back: a workplace's union is made only for the one that answers
    for m in reversed(list(_CONGRESS.finditer(ctx.text, 0, at))):
        if _sent_to(ctx, m.start()):
            continue
        named = [
            ref
            for x, y, ref in ctx.bodies_in(max(0, m.start() - 40), m.end() + _HEAD_REACH)
            if x <= m.start() and y >= m.end()
        ]
        union = next((ref for ref in named if ref.cls == "TradeUnion"), None) or _area_federation(ctx, m.start())
        if union is None:
            sa, _ = ctx.sentence_of(m.start())
            union = workplace_union(ctx, m.start(), (m.start(), m.end()), since=sa)
        if union is not None:
            return union
    return None


def _sent_to(ctx: ArticleContext, at: int) -> bool:
    """Is the congress whose 工会 is at ``at`` one that a vote told before it in its sentence
    elects delegates to (选举产生了…，以及出席市工会第八次代表大会的代表11名)?"""
    sa, sb = ctx.sentence_of(at)
    sent = next((m for m in _SENT_TO.finditer(ctx.text, sa, sb) if m.start() < at < m.end()), None)
    return sent is not None and _VOTE.search(ctx.text, sa, sent.start()) is not None


def _area_federation(ctx: ArticleContext, at: int) -> EntityRef | None:
    """某县工会第十一次代表大会: an area named right before the 工会 of a congress names the
    area's unions taken together, whose congress elects the committee of the area's federation
    (某县总工会): that federation, when the article names it; None else."""
    areas = [area for _x, y, area in ctx.areas_in(max(0, at - _AREA_REACH), at) if y == at]
    code = getattr(areas[-1], "code", None) if areas else None
    if code is None:
        return None
    return next(
        (
            ref
            for ref, info in ctx.facts.entities.items()
            if ref.cls == "TradeUnion"
            and ref.name.endswith(tuple(BARE_UNION_WORDS))
            and info.located_in is not None
            and info.located_in.code == code
        ),
        None,
    )


# the bare word an area's federation of unions is named by (某县总工会)
FEDERATION_WORD = "总工会"
# the level whose 工会 is one body of its own (某镇工会: kg.nlp.unions reads it as a union)
_TOWNSHIP = "township"


def area_congress_union(ctx: ArticleContext, s: Span) -> EntityRef | None:
    """某区工会第五次代表大会 (an event ``s``): the congress of an area's unions taken together
    elects the committee of the area's federation — that federation, the one the article
    names, else named after the area (every county and city has one: 某区总工会)."""
    at = s.start_char + (m.end() if (m := re.match(r"\d{4}年", s.text)) else 0)
    areas = [(y, area) for x, y, area in ctx.areas_in(at, s.end_char) if x == at]
    if not areas:
        return None
    y, area = max(areas, key=lambda a: a[0])
    if not _CONGRESS.match(ctx.text, y, s.end_char) or getattr(area, "code", None) is None:
        return None
    named = _area_federation(ctx, y)
    if named is not None or area.level == _TOWNSHIP:
        return named
    union = EntityRef("TradeUnion", ctx.qualified(area) + FEDERATION_WORD)
    info = ctx.add(union, None, (at, y + len(UNION_WORD)), CONFIDENCE["context"])
    info.located_in = info.located_in or area_ref(area)
    return union


def workplace_union(ctx: ArticleContext, at: int, span: tuple[int, int], since: int = 0) -> EntityRef | None:
    """The union of the company named last before ``at``, in an article naming no union
    (X公司召开工会会员代表大会，选举刘洋为工会主席): a company's congress elects its own
    union's offices, so that union is the body, made here under the company's name (ask
    ``article_union`` first: a named union is the body); None when no company is named."""
    companies = [(y, ref) for x, y, ref in ctx.bodies_in(since, at) if ref.cls == "Organization"]
    companies = [(y, ref) for y, ref in companies if ref.name.endswith(WORKPLACE_ENDINGS)]
    if not companies:
        return None
    union = EntityRef("TradeUnion", max(companies, key=lambda c: c[0])[1].name + UNION_WORD)
    ctx.add(union, None, span, CONFIDENCE["context"])
    return union


# a guest's verb right after an officer's name (某市总工会副主席X出席, …X到会讲话, …X率代表团祝贺:
# one leading a delegation to the host; 率先 is "first", no leading)
_GUEST_VERBS = ("出席", "到会", "莅临", "亲临", "率")
_NOT_GUEST = "率先"
# how far back a vote looks for the mentions of the union it would fall back on
_GUEST_WINDOW = 200


def guest_union(ctx: ArticleContext, ref: EntityRef, at: int) -> bool:
    """Is the union ``ref``, named before ``at``, named there only as a guest's — the body of
    the titles of a person who attends (某市总工会党组成员、副主席X到会讲话)?  A vote that writes
    no body is not at it: the guest's union does not elect the host's officers."""
    text, seen = ctx.text, False
    for x, y in ctx.ref_at.starting_in(max(0, at - _GUEST_WINDOW), at):
        if ctx.ref_at[(x, y)] != ref or y > at:
            continue
        pos = y
        # (the first title may hold the union's last word: 某市总|工会党组成员)
        for t in ctx.mentions_in("TITLE", max(0, y - len(UNION_WORD)), at):
            if t.end_char <= pos:
                continue
            if t.start_char > pos and text[pos : t.start_char] != "、":
                break
            pos = t.end_char
        person = next((p for p in ctx.mentions_in("PERSON", pos, pos + 1)), None)
        if pos == y or person is None or not text.startswith(_GUEST_VERBS, person.end_char):
            return False
        if text.startswith(_NOT_GUEST, person.end_char):
            return False
        seen = True
    return seen
