"""Family *participants*, continued: bodies that take part in the article's event through
their people, and the people of a team.

- T1 X工会代表队与Y工会代表队在比赛中对决 / 为获得一等奖的X代表队颁奖 / X公司代表队获团体一等奖:
  a body's team plays in the contest the article reports, so the body takes part; so does a
  player named as one of the team (X代表队队员A), and its leader or coach (X代表队领队、该矿工会
  主席A: titles perhaps between).
- B2 X医院的11名医护人员为劳动者测血压: a body whose counted staff do a service for others at
  the event takes part (not X公司的12名职工为先进个人: 为 "are", no service); the count is
  the staff's, not of who took part (``kg.extract.event_counts`` reads ``staff_serving``).
- B3 会上，A工会和B工会作了经验交流: the bodies that address the event, in a sentence at it
  (opening with 会上) that names no other event before them, take part in the main event,
  with those listed before them; so do those of a sentence whose subject is a meeting's head
  (会议通报了…，A、B和C作交流发言): the meeting named last before it.
- B4 …培训班，…96人参加，A选派2名专家授课: a body that sends its people to teach or serve
  (``participants/dispatch_verbs.txt``, then a verb of teaching or serving in its clause)
  takes part in the event its paragraph named last before it (B派员担任监审 after the
  sentence that names it).
- B5 …召开推进会。…会上，A与B签订了《…备忘录》: the bodies holding an act told in a sentence
  at the meeting (opening with 会上, 开幕式上) take part in the meeting named last before it.

Runs after ``attendance``, on the main event; patterns compiled once, each gated on a
cheap test of the text.
"""

from __future__ import annotations

import bisect
import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.event_mentions import mentions
from kg.extract.wordlists import (
    ADDRESS_WORDS,
    GIVING_TO_VERBS,
    MEETING_HEADS,
    SAME_OCCASION,
    SERVING_VERBS,
    SPEAKING_VERBS,
)
from kg.lexicon import alternation_of, words
from kg.model.facts import EntityRef, EventFact

# the team words a body's name ends before (bodies/team_words.txt: 代表队, 联队, 队)
_TEAM = re.compile(f"(?:{alternation_of(words('bodies/team_words.txt'))})")
# …代表队队员A / 代表队选手A: a player of the team, named right after
_PLAYER = re.compile(r"(?:队员|选手|运动员)$")
# (的)11名医护人员为劳动者测血压: a count of the body's staff, then 为 and a service
_SERVING = re.compile(
    f"[\u4e00-\u9fff]{{1,6}}?为[^，,。；;！？!?\n]{{1,16}}?(?:{alternation_of((*SERVING_VERBS, *GIVING_TO_VERBS))})"
)
# 代表队领队、该矿工会主席A: the team's leader (or coach), perhaps with titles after, no clause between
_LEADER = re.compile("(?:领队|队长|教练)(?:、[^，,。；;：:！？!?“”（(]{1,24})?")
_LEADER_REACH = 30
_STAFF_COUNT = re.compile(r"的(?:\d+|[一二两三四五六七八九十]+)(?:余|多)?[名位]")
# (的医护人员为大家测量血压: the staff not counted, named by a word of their calling)
_STAFF = re.compile(f"的(?:{alternation_of(words('participants/staff_words.txt'))})(?=为)")
# 作了…发言 / 作经验交流: giving an address (perhaps after a few words of its kind)
_ADDRESS = re.compile(f"(?:作|做|进行)了?[\u4e00-\u9fff]{{0,4}}?(?:{alternation_of(ADDRESS_WORDS)})")
# between two bodies of one list: A工会和B工会, A、B
_BODIES_JOINED = re.compile(r"[、和及与]|以及")
# 选派2名专家援藏授课: a verb of sending, then, in the clause, one of teaching or serving
_SENDS = re.compile(
    f"(?:{alternation_of(words('participants/dispatch_verbs.txt'))})了?[^，,。；;！？!?\n]{{0,16}}?"
    # (派员担任监审 / 担任评委: sent to serve as its judges or supervisors)
    f"(?:{alternation_of((*SPEAKING_VERBS, *SERVING_VERBS, '讲课', '指导', '担任'))})"
)
# 会上, 开幕式上: the words of a sentence told at the meeting itself
_AT_MEETING = tuple(w for w in SAME_OCCASION if w.endswith("上"))
# the last character of a meeting's name (大会, 推进会, 座谈会; 会议)
_MEETING_END = ("会", "会议")


def staff_serving(text: str, end: int) -> bool:
    """Whether a count ending at ``end`` is followed by its people's word and a service
    they do for others (11名医护人员为劳动者测血压)."""
    return "为" in text[end : end + 8] and _SERVING.match(text, end) is not None


def bodies_taking_part(ctx: ArticleContext) -> None:
    """T1 and B2 above: the bodies (and a team's named players) join the main event's
    participants."""
    main = ctx.main_event()
    text = ctx.text
    told = mentions(ctx, ctx.facts.events) if main is not None else []  # (where each event is named, in order)
    if main is not None:
        meetings = [(a, e) for a, e in told if e.ref.name.endswith(_MEETING_END)]
        _presenting_bodies(ctx, main, meetings)
        _sending_bodies(ctx, told)
        _acts_at_meeting(ctx, main, meetings)
    if main is None or ("队" not in text and "为" not in text):
        return
    known = {r for r, _ in main.participants}

    def add(ref: EntityRef, a: int, b: int) -> None:
        if ref not in known:
            known.add(ref)
            main.participants.append((ref, ctx.evidence(a, b, CONFIDENCE["context"])))

    for x, y, ref in ctx.bodies_in(0, len(text)):
        team = _TEAM.match(text, y)
        if team is not None:
            add(ref, x, team.end())
            for p in ctx.mentions_in("PERSON", team.end(), team.end() + 4):
                if _PLAYER.search(text, team.end(), p.start_char):
                    add(EntityRef("Person", p.text), x, p.end_char)
            # (X煤矿代表队领队、该矿工会主席A: the team's leader, titles between)
            p = next(iter(ctx.mentions_in("PERSON", team.end(), team.end() + _LEADER_REACH)), None)
            if p is not None and _LEADER.fullmatch(text, team.end(), p.start_char):
                add(EntityRef("Person", p.text), x, p.end_char)
            continue
        m = _STAFF_COUNT.match(text, y) or _STAFF.match(text, y)
        if m is not None and staff_serving(text, m.end() if m.re is _STAFF_COUNT else m.start() + 1):
            # (…揭牌仪式后，…；X医院的医护人员为大家测量血压: the event its paragraph named last)
            event = _last_before(told, x, text.rfind("\n", 0, x) + 1) or main
            if event is main:
                add(ref, x, m.end())
            elif all(q != ref for q, _ in event.participants):
                event.participants.append((ref, ctx.evidence(x, m.end(), CONFIDENCE["context"])))


def _last_before(told: list[tuple[int, EventFact]], at: int, lo: int = 0, skip: object = None) -> EventFact | None:
    """The event of ``told`` (positions in order) named last before ``at``, not before ``lo``,
    other than ``skip``."""
    k = bisect.bisect_left(told, at, key=lambda t: t[0])
    while k > 0 and told[k - 1][0] >= lo:
        if told[k - 1][1] is not skip:
            return told[k - 1][1]
        k -= 1
    return None


def _presenting_bodies(ctx: ArticleContext, main: EventFact, meetings: list[tuple[int, EventFact]]) -> None:
    """B3 above: the bodies that address the event (and those listed before them) take part."""
    text = ctx.text
    chain: list[tuple[int, int, EntityRef]] = []
    for x, y, r in ctx.bodies_in(0, len(text)):
        if chain and not _BODIES_JOINED.fullmatch(text, chain[-1][1], x):
            chain = []
        chain.append((x, y, r))
        if not _ADDRESS.match(text[y : y + 12]):
            continue
        sa, _ = ctx.sentence_of(x)
        event = None
        if ctx.opens_with(sa, SAME_OCCASION) and not ctx.mentions_in("EVENT", sa, x):
            event = main
        elif any(text.startswith(h, sa) for h in MEETING_HEADS):
            # (会议通报了…: the meeting named last before, whatever its own head, 推进会, 座谈会)
            event = _last_before(meetings, sa)
        if event is not None:
            known = {q for q, _ in event.participants}
            for bx, by, br in chain:
                if br not in known:
                    event.participants.append((br, ctx.evidence(bx, by, CONFIDENCE["context"])))
                    known.add(br)
        chain = []


def _sending_bodies(ctx: ArticleContext, told: list[tuple[int, EventFact]]) -> None:
    """B4 above: a body sending its people to teach at the event its paragraph named before
    (…竞赛在X举行。竞赛由A主办，B派员担任监审: the sentence after names it by its head only)."""
    text = ctx.text
    for x, y, r in ctx.bodies_in(0, len(text)):
        if _SENDS.match(text, y) is None:
            continue
        event = _last_before(told, x, text.rfind("\n", 0, x) + 1)
        if event is not None and all(q != r for q, _ in event.participants):
            event.participants.append((r, ctx.evidence(x, y, CONFIDENCE["context"])))


def _acts_at_meeting(ctx: ArticleContext, main: EventFact, meetings: list[tuple[int, EventFact]]) -> None:
    """B5 above: an act's organisers, its sentence at the meeting, take part in the meeting."""
    for e in ctx.facts.events:
        sa, _ = ctx.sentence_of(e.evidence.start)
        if e is main or not e.organizers or not ctx.opens_with(sa, _AT_MEETING):
            continue
        target = _last_before(meetings, sa, skip=e) or main
        for r, ev in e.organizers:
            if target is not e and all(q != r for q, _ in (*target.participants, *target.organizers)):
                target.participants.append((r, ev))
