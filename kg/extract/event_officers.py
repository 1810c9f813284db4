"""The bodies of officers named around an event: who holds it when its sentence names an
officer of a body rather than the body itself (雨花区总工会副主席王立新…对…进行走访慰问).

Read by ``kg.extract.event_details`` (who organises an event) once nothing before the
event's name says who does.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.wordlists import ELECTING_CONGRESSES, LEAD_WORDS
from kg.model.facts import EntityRef, EventFact

# a title between a body and its officer's name (副主席), or two (党组书记、常务副主席)
_TITLE_GAP = re.compile(r"[\u4e00-\u9fff]{1,8}(?:、[\u4e00-\u9fff]{1,8})?")
# 欢送仪式上， / 在启动仪式现场，: an event named as the setting of what its sentence says
AS_SETTING = re.compile(r"(?:上|中|现场)[，,]")


def officers_body(ctx: ArticleContext, sa: int, b: int) -> tuple[int, int, EntityRef] | None:
    """The body opening a clause of ``[sa, b)`` right before the first person named there,
    with only a title between (1月19日，雨花区总工会副主席王立新…): the person's body."""
    people = ctx.mentions_in("PERSON", sa, b)
    if not people:
        return None
    # (A、区总工会副主席B带队: the next of a list of the clause's people, when the first
    # is named bare)
    listed = [q for q in people if not re.search("[，,；;。]", ctx.text[people[0].end_char : q.start_char])]
    for p in listed:
        bodies = ctx.bodies_in(sa, p.start_char)
        for x, y, r in bodies:
            # (not a body before another's officer: A总工会、B公司经理X)
            if (
                (x == sa or ctx.text[x - 1] in "，,、")
                and _TITLE_GAP.fullmatch(ctx.text, y, p.start_char)
                and not any(y <= x2 for x2, _y, _r in bodies)
            ):
                return x, y, r
    return None


def union_party_after(ctx: ArticleContext, fact: EventFact, s: Span, sb: int) -> None:
    """…送温暖活动在长沙启动，省总工会主席周农一行来到…: the union whose officer leads the
    party in the clause after the event's name holds it, when nothing before the name
    says who does (an official of another body only looks on); so does the union whose
    officer opens the sentence's clause after the event named as its setting (欢送仪式上，
    省总工会主席X为…授旗: the union's own ceremony)."""
    comma = next((i for i in range(s.end_char, sb) if ctx.text[i] in "，,"), None)
    if comma is None:
        return
    officer = officers_body(ctx, comma + 1, sb)
    if officer is None or officer[2].cls != "TradeUnion":
        return
    p = ctx.mentions_in("PERSON", comma + 1, sb)[0]
    setting = AS_SETTING.match(ctx.text, s.end_char) is not None and officer[0] == comma + 1
    if ctx.text.startswith(LEAD_WORDS, p.end_char) or setting:
        x, _y, r = officer
        fact.organizers.append((r, ctx.evidence(x, p.end_char, CONFIDENCE["context"])))


def congress_union(ctx: ArticleContext, at: int) -> tuple[EntityRef, object] | None:
    """The union organising the last congress (会员代表大会) read before ``at``, with its
    evidence: its committee meets after it (随后召开的第一届委员会第一次会议)."""
    for f, _ in reversed(ctx.candidate_events):
        if f.evidence.start < at and any(h in f.ref.name for h in ELECTING_CONGRESSES):
            return next(((r, ev) for r, ev in f.organizers if r.cls == "TradeUnion"), None)
    return None


# a union's congress named by its number alone (第十次代表大会, 工会第三次会员代表大会): the
# congress of the union the text is about, whose history a gazetteer or a yearbook tells
_BARE_CONGRESS = re.compile(r"(?:工会)?第[一二三四五六七八九十百\d]+[次届](?:会员)?(?:代表)?大会")


def page_union_congress(ctx: ArticleContext, s: Span) -> tuple[EntityRef, object] | None:
    """The union the article is about — the one it names most often, more than any other
    (县总工会 throughout a county gazetteer's chapter) — as the organiser of a congress ``s``
    named bare (第十次代表大会: no body before or in its name, none in its sentence holding it)."""
    if not _BARE_CONGRESS.fullmatch(s.text):
        return None

    def filing(span, ref, _rank):
        if ref.cls == "TradeUnion":
            yield ref.name, (span,)

    groups = ctx.ref_at.group("events: unions named", filing)
    named = sorted(((len(spans), spans[0][0]) for spans in groups.values() if spans), key=lambda t: (-t[0], t[1]))
    if not named or (len(named) > 1 and named[1][0] == named[0][0]):
        return None
    span = named[0][1]
    return ctx.ref_at[span], ctx.evidence(span[0], span[1], CONFIDENCE["context"])
