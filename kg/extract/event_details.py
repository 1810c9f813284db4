"""What an event's own sentence says of who organises it (when: ``kg.extract.dates.read_date``).

Called by ``kg.extract.events`` for each event as it is read; needs the bodies in ``ctx.ref_at``.
Where the event is held is read by ``kg.extract.event_places``, how many took part by
``kg.extract.event_counts``.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract import joint_acts
from kg.extract.congress import area_congress_union
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.event_officers import congress_union, officers_body, page_union_congress, union_party_after
from kg.extract.joined_bodies import (
    JOINED,
    JOINED_SPONSORS,
    SPONSORING,
    body_chains,
    founders,
    going_in,
    visitors,
    visitors_before,
)
from kg.extract.joined_venues import with_joined_places
from kg.extract.joint_acts import bare_clause_author, joined_to_speaker, joint_subject, with_author
from kg.extract.wordlists import (
    GUIDING_WORDS,
    JOINING_WORDS,
    LEADING_VERBS,
    ORGANISED_BY_VERBS,
    PARTY_WORDS,
    SEASON_WORDS,
    SENDING_WORDS,
    SUBJECT_BLOCKERS,
    THEME_WORDS,
    UNDER_WORDS,
    VENUE_PREPOSITIONS,
    VERB_PHRASE_SUBJECT_BLOCKERS,
)
from kg.lexicon import alternation_of, lexicon
from kg.model.facts import EntityRef, EventFact
from kg.nlp.held_names import SPOKEN_HELD, SPOKEN_HELD_BY

# the verbs whose subject organises the event they are followed by (event_verbs.tsv)
ORGANIZING = re.compile(
    "({})了?".format(
        "|".join(sorted((v for v, r in lexicon().event_verbs.items() if r == "organizer"), key=len, reverse=True))
    )
)
# 由X主办 before the event: X organises it; so do those named after it with their part
# 由A、B联合召开: bodies joined (联合, 共同) before any verb of holding organise it too
JOINTLY_HELD = f"(?:联合|共同){ORGANIZING.pattern}"
# (由A主办、B承办、C协办的…; not a verb opening a department's name: 由…组织部部长A主持)
_ORGANISED_BY = re.compile(
    f"由(.{{2,40}}?)(?:{alternation_of(ORGANISED_BY_VERBS)}|{JOINTLY_HELD})(?!部)(?:[、，,][^、，,。；]{{2,40}}?(?:{SPONSORING}))*"
)
# …，活动由X主办 after the event's name, in its sentence: the clause that says it
_ORGANISED_AFTER = re.compile(f"[^。；！？!?]*?[，,][\u4e00-\u9fff]{{0,6}}?{_ORGANISED_BY.pattern}")
# 在X的组织下: X organises the event of the sentence
UNDER = re.compile(f"在([^，,。；]{{2,40}}?)的(?:{alternation_of(UNDER_WORDS)})下")
# 主办、B协办的 between a sponsor and the event: B (with its part) sponsors too
_SPONSORS_AFTER = re.compile(f"(?:{SPONSORING})((?:[、，,][^、，,。；]{{2,40}}?(?:{SPONSORING}))+)的?")
# a founding meeting's name opens with it (成立大会), and a body said founded is followed by it
_FOUNDING = "成立"
# 参加Y / 选派选手参赛: the event after it is one the subject goes to
_SENT_TO = re.compile(f"(?:{alternation_of(SENDING_WORDS)})了?[^，,。；;、]{{0,12}}$")
_HELD_FOR = re.compile(f"{ORGANIZING.pattern}的$")  # 参加市总工会组织的Y: a clause of who holds Y
# a venue named with its part in sponsoring (文化馆承办, 体育馆联合主办): the institution
# that runs it is a sponsor
_VENUE_SPONSOR = re.compile(f"(?:{alternation_of(JOINING_WORDS)})?(?:{SPONSORING})")
# X带领Y干部一行: the body whose party a person leads
_LED = re.compile(f"(?:{alternation_of(LEADING_VERBS)})([^，,。；]{{2,40}}?)一行")
# between two events of one list, with the words that open the next (A、第五届B)
_LISTED = re.compile(r"(?:、|和|及|以及|与)[^，,。；;、“”]{0,12}")
# a theme before an event (以“…”为主题的): no distance between the event and its verb
_THEMED = re.compile(f"以(?:“[^”]{{1,60}}”|[^，,。；;“]){{1,60}}?为(?:{alternation_of(THEME_WORDS)})的?")
# a year between a body and the event named after it (X总工会2024年送文化进基层活动), and
# the festivals or season it is held in (X总工会2026年元旦春节“送温暖”活动)
_OF_YEAR = re.compile(f"(?:\\d{{4}}年度?)?(?:{alternation_of(SEASON_WORDS)})*")
# the same after a bracketed aside on the body (X股份有限公司（证券简称：…，以下简称“公司”）第三届
# 职工代表大会第五次会议): the aside says what the body is called, the meeting is still its own
_ASIDE_OF_YEAR = re.compile(f"(?:（[^（）。；]{{1,80}}）|\\([^()。；]{{1,80}}\\))?{_OF_YEAR.pattern}")
# between a verb phrase's subject and the phrase: a few words, perhaps after those it is
# done for (县总工会为12户困难职工家庭送去慰问金) or helped to do it (工作站帮助23名农民工追回欠薪);
# the phrase may be quoted as a campaign's name (某区总工会“送清凉”走进工地); where, before those it
# is done for (街道总工会在X广场为Y服务站揭牌)
_BEFORE_VERB_PHRASE = re.compile(
    r"(?:在[^，,。；;！？!?为向给]{1,20}?(?=[为向给]))?(?:(?:[为向给]|帮助|协助)[^，,。；;！？!?]{1,24}?)?[\u4e00-\u9fff]{0,8}[“\"]?"
)
# a chronicle entry's day before its subject (3月6日　, △ 1月下旬　, 11月4日—6日　)
# (the month's heading over it may fall in its sentence: 3月 / 3月6日　)
_ENTRY_DAY = re.compile(
    r"(?:[\s△▲■●◆▶►•]*(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:[—－~-]\d{1,2}(?:月\d{1,2})?日)?"
    r"(?:上旬|中旬|下旬|初|底)?(?:上午|下午|晚上)?\s+)+"
)
# 在位于X的Y举行: Y, after a preposition of place and where it lies, is the place, not who acts
_PLACED_AT = re.compile(f"(?:{alternation_of(VENUE_PREPOSITIONS)})位于[^，,。；;]{{1,20}}的$")


def read_organizers(ctx: ArticleContext, fact: EventFact, s: Span, sa: int) -> None:
    """Who organises the event, said before its name (:func:`_organizers_before`), and
    those its sentence names after it: …在D举行，活动由X主办、Y承办."""
    _organizers_before(ctx, fact, s, sa)
    _, sb = ctx.sentence_of(s.start_char)
    if not fact.organizers:
        union_party_after(ctx, fact, s, sb)
    m = _ORGANISED_AFTER.match(ctx.text, s.end_char, sb)
    if m is None or ctx.mentions_in("EVENT", s.end_char, m.start(1)) or ctx.text.startswith("的", m.end()):
        return  # …，由X主办的Y: Y's organisers
    known = {r for r, _ in fact.organizers}
    for x, _y, r in sponsoring_bodies(ctx, m.start(1), m.end()):
        if r not in known:
            fact.organizers.append((r, ctx.evidence(x, m.end(), CONFIDENCE["pattern"])))
            known.add(r)


def _organizers_before(ctx: ArticleContext, fact: EventFact, s: Span, sa: int) -> None:
    """由X主办… / 在X的组织下…: the bodies named; else the subjects of 举办/开展…; else the
    body a meeting is named after."""
    text = ctx.text
    before = text[sa : s.start_char]
    m = _ORGANISED_BY.search(before) or UNDER.search(before)
    if m:
        for x, _y, r in sponsoring_bodies(ctx, sa + m.start(1), sa + m.end()):
            fact.organizers.append((r, ctx.evidence(x, s.end_char, CONFIDENCE["pattern"])))
        if fact.organizers:
            return
    if s.text.startswith(_FOUNDING) and (
        founded := [b for b in ctx.bodies_in(sa, s.start_char) if text.startswith(_FOUNDING, b[1])]
    ):
        x, _y, r = founded[-1]  # X联合工会成立，…80余人参加成立大会: the body founded holds its founding meeting
        fact.organizers.append((r, ctx.evidence(x, s.end_char, CONFIDENCE["context"])))
        return
    if held_by := _held_by(ctx, sa, s.start_char):
        fact.organizers += [(r, ctx.evidence(x, s.end_char, CONFIDENCE["pattern"])) for x, _y, r in held_by]
        return
    if _SENT_TO.search(text, max(sa, s.start_char - 24), s.start_char) and not _HELD_FOR.search(before):
        return  # X总工会组织30名职工参加Y: X takes part in Y (not 参加X组织的Y: X holds it)
    subject = _subject(ctx, s, sa)
    if subject is None and s._.kg_kind == "verb":
        # 涪城区总工会慰问困难职工: a verb phrase's subject stands right before it
        clause = max(sa, max(text.rfind(c, sa, s.start_char) for c in "，,；") + 1)
        near = [
            b
            for b in ctx.bodies_in(clause, s.start_char)
            if _BEFORE_VERB_PHRASE.fullmatch(text, b[1], s.start_char)
            and not text[max(sa, b[0] - 2) : b[0]].endswith(VERB_PHRASE_SUBJECT_BLOCKERS)
            and not going_in(ctx, clause, b[0])
        ]
        if near and _UNVEILING.match(s.text) and "为" not in text[near[-1][1] : s.start_char]:
            # (X总工会Y驿站在Z揭牌启用: what is unveiled holds nothing; its parent, whose name
            # opens its own, does; Y驿站揭牌运行 alone: no one said)
            x, y, r = near[-1]
            parent = ctx.facts.entities[r].parent if r in ctx.facts.entities else None
            near = [(x, y, parent)] if parent is not None and r.name.startswith(parent.name) else []
        subject = (
            joint_subject(ctx, clause, s.start_char, sa)
            or near[-1:]
            or founders(ctx, clause, s.start_char)
            or visitors(ctx, clause, s.start_char)
            or visitors_before(ctx, sa, clause, s.start_char)
        )
    if subject is not None:
        # A主办、B协办的X: those named with their part after the subject's verb sponsor too
        after = _SPONSORS_AFTER.fullmatch(text, subject[-1][1], s.start_char)
        if after:
            subject = subject + sponsoring_bodies(ctx, after.start(1), after.end(1))
        for x, _y, r in subject:
            fact.organizers.append((r, ctx.evidence(x, s.end_char, CONFIDENCE["pattern"])))
        return
    # 雨花区总工会2024年送文化进基层活动启动: the body the event is named after
    owner = [
        b
        for b in ctx.bodies_in(sa, s.start_char)
        if _ASIDE_OF_YEAR.fullmatch(text, b[1], s.start_char)
        and not text[max(sa, b[0] - 2) : b[0]].endswith(SUBJECT_BLOCKERS)
        and not going_in(ctx, max(sa, b[0] - 2), b[0])  # 到X调研: X is where, not who
    ]
    if owner:
        x, _y, r = owner[-1]
        fact.organizers.append((r, ctx.evidence(x, s.end_char, CONFIDENCE["context"])))
        return
    # X带领区总工会干部一行，对…进行走访慰问: the body whose party is led
    led = list(_LED.finditer(before))
    if led:
        found = ctx.bodies_in(sa + led[-1].start(1), sa + led[-1].end(1))
        if found:
            x, _y, r = found[0]
            fact.organizers.append((r, ctx.evidence(x, s.end_char, CONFIDENCE["context"])))
            return
    # 册亨县总工会一行到…授牌, 省总工会慰问团赴…: the body whose party goes
    party = [b for b in ctx.bodies_in(sa, s.start_char) if text.startswith(PARTY_WORDS, b[1])]
    if party:
        x, y, r = party[0]
        fact.organizers.append((r, ctx.evidence(x, y, CONFIDENCE["context"])))
        return
    # 雨花区总工会副主席A、B，对…进行走访慰问: the body of the officer opening the sentence
    officer = officers_body(ctx, sa, s.start_char) if s._.kg_kind == "verb" else None
    if officer is not None:
        x, _y, r = officer
        fact.organizers.append((r, ctx.evidence(x, s.end_char, CONFIDENCE["context"])))
        return
    # a meeting named after its body: 北京市服务工会第二届委员会第三次全体会议, perhaps
    # after its areas (龙华区X社区工会联合会成立大会: the union's own founding meeting)
    lead = s.start_char + re.match(r"(\d{4}年(度)?)?", s.text).end()
    inside = ctx.bodies_in(s.start_char, s.end_char)
    starts = {t[0] for t in inside}
    while lead not in starts and (nxt := [y for _x, y in ctx.area_at.by_start.get(lead, ()) if y < s.end_char]):
        lead = max(nxt)
    opening = [t for t in inside if t[0] == lead]
    if opening and opening[0][1] < s.end_char:
        x, _y, r = opening[0]
        # (X总工会Y镇职工服务站揭牌仪式: the station is what is unveiled; the body its name
        # opens with, its parent, holds the ceremony)
        parent = ctx.facts.entities[r].parent if _UNVEILING.search(s.text) and r in ctx.facts.entities else None
        if parent is not None and r.name.startswith(parent.name):
            r = parent
        fact.organizers.append((r, ctx.evidence(x, s.end_char, CONFIDENCE["context"])))
        return
    if (union := area_congress_union(ctx, s)) is not None:  # 某区工会第五次代表大会: the area's federation
        fact.organizers.append((union, ctx.evidence(s.start_char, s.end_char, CONFIDENCE["context"])))
        return
    # 第三届委员会第一次全体会议 (or 三届一次全委会), named without its body: the body whose
    # committee of that term the text names before it (选举产生了X工会第三届委员会委员…)
    term = _TERM.match(s.text) or _SHORT_TERM.match(s.text)
    if term is not None:
        said = term.group() if term.re is _TERM else f"第{term.group(1)}届"
        owners = [
            b
            for b in ctx.bodies_in(0, s.start_char)
            if ctx.text.startswith(said, b[1]) and _COMMITTEE.match(ctx.text, b[1] + len(said))
        ]
        if owners:
            x, y, r = owners[-1]
            fact.organizers.append((r, ctx.evidence(x, y + len(said), CONFIDENCE["context"])))
            return
        # (else the union that held the congress read before it, which elected the committee)
        congress = congress_union(ctx, s.start_char)
        if congress is not None:
            fact.organizers.append(congress)
        return
    # 第十次代表大会　1998年9月24日在县人民会堂举行: the congress of the page's area's union
    if (own := page_union_congress(ctx, s)) is not None:
        fact.organizers.append(own)


# an unveiling's name ends so (…揭牌仪式, …挂牌): the body opening it is the thing unveiled
_UNVEILING = re.compile("(?:揭牌|挂牌)(?:仪式|活动)?$")
_TERM = re.compile(r"第[一二三四五六七八九十\d]+届[\u4e00-\u9fff]{0,8}?委员会(?=第)")
# 四届一次全委会 / 一届一次委员会议 / 二届三次常委会: a committee's term and sitting said short
_SHORT_TERM = re.compile(r"([一二三四五六七八九十]+)届[一二三四五六七八九十]+次(?:全委|全体委员|委员|常委)")
# the rest of a committee's name after its term (第四届|委员会, 第四届|工会委员会)
_COMMITTEE = re.compile(r"[\u4e00-\u9fff]{0,8}?委员会")


def _held_by(ctx: ArticleContext, sa: int, b: int) -> list[tuple[int, int, EntityRef]] | None:
    """去参加了区总工会办的联谊会: the bodies right before a verb of holding and 的, right before
    the event at ``b``, hold it, whatever verb (of going, of taking part) stands before them."""
    m = _HELD_FOR.search(ctx.text, max(sa, b - 8), b) or SPOKEN_HELD_BY.search(ctx.text, max(sa, b - 8), b)
    if m is None:
        return None
    joined = JOINED_SPONSORS if re.fullmatch(SPONSORING, (m.groups() or ("",))[0]) else JOINED  # (A主办、B承办的)
    chains = body_chains(ctx.text, ctx.bodies_in(sa, m.start()), joined)
    return chains[-1] if chains and chains[-1][-1][1] == m.start() else None


def sponsoring_bodies(ctx: ArticleContext, a: int, b: int) -> list[tuple[int, int, EntityRef]]:
    """The bodies in ``[a, b)`` named as sponsors, but for those that only guide or pay
    (由A指导，B主办: B); a venue with its part (B文化馆承办) stands for the institution
    that runs it, an organisation of the same name."""
    bodies = [t for t in ctx.bodies_in(a, b) if not ctx.text.startswith(GUIDING_WORDS, t[1])]
    for x, y in ctx.ref_at.starting_in(a, b + 1):
        ref = ctx.ref_at[(x, y)]
        if ref.cls != "Place" or y > b or not _VENUE_SPONSOR.match(ctx.text, y):
            continue
        if not any(bx <= x < by for bx, by, _ in bodies):
            bodies.append((x, y, EntityRef("Organization", ref.name)))
    return sorted(bodies, key=lambda t: t[0])


def _subject(ctx: ArticleContext, s: Span, sa: int) -> list[tuple[int, int, EntityRef]] | None:
    """The bodies doing 举办/开展/组织… with the event as their object."""
    text = ctx.text
    before = text[sa : s.start_char]
    # (开了个座谈会: a spoken verb with its measure word holds it too)
    matches = sorted([*ORGANIZING.finditer(before), *SPOKEN_HELD.finditer(before)], key=lambda m: m.start())
    # (not a verb inside an event's name: 启动仪式后，X召开, the ceremony said again)
    named = [(e.start_char - sa, e.end_char - sa) for e in ctx.mentions_in("EVENT", sa, s.start_char)]
    matches = [m for m in matches if not any(a <= m.start() and m.end(1) <= b for a, b in named)]
    vm = matches[-1] if matches else None
    if vm is None and s._.kg_kind == "verb":
        return joint_acts.own_body_opening(ctx, sa)  # 本院…于某日公开开庭进行了审理: an activity the own body holds
    # (A主办、B公司工会协办、C协办的X: the sponsors named with their parts are no gap)
    listed = vm is not None and _SPONSORS_AFTER.fullmatch(text, sa + vm.start(), s.start_char)
    if vm is None or (_object_gap(ctx, sa + vm.end(), s.start_char) > 24 and not listed):
        return None
    verb_at = sa + vm.start()
    if re.search("[。；]", text[sa + vm.end() : s.start_char]):
        return None
    clause_start = max(sa, max(text.rfind(c, sa, verb_at) for c in "，,；") + 1)
    # bodies joined by 联合/和/、 organise together (A联合B、C举办): the last such list
    # whose first body is no object of 在/与… nor the place of a verb of going (前往A、B开展)
    joined = JOINED_SPONSORS if re.fullmatch(SPONSORING, vm.group(1)) else JOINED
    for chain in reversed(
        body_chains(text, with_joined_places(ctx, ctx.bodies_in(clause_start, verb_at), clause_start, verb_at), joined)
    ):
        x = chain[0][0]
        blocked = text[max(sa, x - 2) : x].endswith(SUBJECT_BLOCKERS) and not joined_to_speaker(text, clause_start, x)
        if blocked or going_in(ctx, clause_start, x):
            continue
        if _PLACED_AT.search(text, max(clause_start, x - 26), x):
            continue
        if _in_title_chain(ctx, x, clause_start):
            continue  # 某总工会二级巡视员、权益保障部部长X率队开展…: the chain's first body acts
        return with_author(ctx, clause_start, chain)
    # the clause has no subject: the sentence's, if a body opens a clause (perhaps after
    # the day of a chronicle's entry, 3月6日　A联合B，在P举办…: with its partners)
    for chain in body_chains(text, ctx.bodies_in(sa, verb_at), JOINED):
        x = chain[0][0]
        if x == sa or text[x - 1] in "，,":
            return joint_acts.with_partners(text, chain)
        if _ENTRY_DAY.fullmatch(text, sa, x):
            return chain
    # 本会于…召开…: the page's own body (本会, 我院) opening it; a bare line is its author's act, not
    # a committee's sitting after its congress (在随后召开的二届一次委员会全体会议上: its union's)
    sitting = text.startswith("的", sa + vm.end()) and (_TERM.match(s.text) or _SHORT_TERM.match(s.text))
    return joint_acts.own_body_opening(ctx, sa) or (None if sitting else bare_clause_author(ctx, sa, verb_at))


def _in_title_chain(ctx: ArticleContext, x: int, clause_start: int) -> bool:
    """Whether the body at ``x`` is a department going on a person's chain of titles after
    the body it belongs to (…总工会二级巡视员、权益保障部部长X): the chain's body acts, not
    its department (区人大常委会副主任、区总工会主席X: the union, no part of the other)."""
    if ctx.text[x - 1 : x] != "、" or not any(t.end_char == x - 1 for t in ctx.mentions_in("TITLE", clause_start, x)):
        return False
    infos = [ctx.facts.entities.get(ctx.ref_at[span]) for span in ctx.ref_at.by_start.get(x, ())]
    parents = {info.parent for info in infos if info is not None and info.parent is not None}
    return any(r in parents for _x, _y, r in ctx.bodies_in(clause_start, x - 1))


def _object_gap(ctx: ArticleContext, a: int, b: int) -> int:
    """How far the event at ``b`` stands from its verb ending at ``a``, not counting a
    theme (开展以“…”为主题的X) nor the events listed before it (举办A、B、C等: C is
    the verb's object as much as A)."""
    text = ctx.text
    listed: list[Span] = []
    for e in ctx.mentions_in("EVENT", a, b):
        if e.end_char <= b and (not listed or e.start_char >= listed[-1].end_char):
            listed.append(e)
    nexts = [e.start_char for e in listed[1:]] + [b]
    if listed and all(_LISTED.fullmatch(text, x.end_char, y) for x, y in zip(listed, nexts, strict=True)):
        b = listed[0].start_char
    return len(_THEMED.sub("", text[a:b]))
