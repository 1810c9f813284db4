"""Merging the events an article reads into one per distinct event.

``kg.extract.events`` reads candidates (``ctx.candidate_events``); ``merge_events``
makes them ``ctx.facts.events``: a name said again, longer or shorter, a part of a joint
event, a campaign's phrase and its name, a stop of a visit, a contest's closing stage —
each one event with what it names.  Kept apart from the reading because the merge works
on the candidates only, never on the text's tokens.
"""

from __future__ import annotations

import re

from kg.extract.acts_at_event import activity_of_bringing
from kg.extract.campaign_names import campaign_act, campaign_named, headline_campaign, slogan_part
from kg.extract.context import ArticleContext
from kg.extract.event_index import MergedEvents
from kg.extract.event_tours import same_stop, visit_stop
from kg.extract.wordlists import (
    ALONGSIDE_WORDS,
    CLOSING_STAGES,
    CONTEST_HEADS,
    CONTEST_STAGES,
    COURSE_OPENINGS,
    GENERIC_EVENT_HEADS,
    OCCASION_ACTS,
    WATCHING_VERBS,
)
from kg.lexicon import alternation_of, lexicon, words
from kg.model.facts import EventFact
from kg.nlp.text import CLOSE_QUOTES, OPEN_QUOTES

# a verb of holding in the clause before an event's name (举办了…), or after it (…在X举行)
_HOLDING = alternation_of(lexicon().event_verbs)
_HELD_BEFORE = re.compile(f"(?:{_HOLDING})[^，,；;。！？!?]*$")
# 观摩比赛 / 为期两天的培训: a verb of watching, or how long it lasts, then a head alone (为期
# 15天的免费培训: perhaps after a word of how it is given)
_BARE_OBJECT = re.compile(
    f"(?:为期[^，,。；;的]{{1,8}}的(?:{alternation_of(words('events/course_manners.txt'))})?"
    f"|(?:{alternation_of(WATCHING_VERBS)}))(\\w{{2,3}})"
)
# 职工聆听宣讲: who listen, a verb of an audience, then a head alone
_HEARD = re.compile(f"[^\\W\\d_]{{0,4}}?(?:{alternation_of(words('events/audience_verbs.txt'))})(\\w{{2,3}})")
_GENERIC_HEADS = alternation_of(GENERIC_EVENT_HEADS)
# 同日, 当天: the sentence says its own day (the lead's said again)
_DAY_WORDS = tuple(words("events/same_day_words.txt"))
# 嘉年华同场举行“X比赛”: held at the venue and time of the event before
_ALONGSIDE = re.compile(
    f"(?:{alternation_of(ALONGSIDE_WORDS)})(?:还|亦|也)?(?:{_HOLDING})了?[“「『]?[^，,。；;！？!?“”「」『』]{{0,6}}$"
)
# 这是今年第3期X培训班: the event told just before, said to be one of a series
_THIS_IS = re.compile(r"(?:这|此)(?:是|为)[^，,。；;：:！？!?\s]{0,4}$")
# the heads an event's name ends with, longest first (大会 before 会)
_HEADS = tuple(sorted(lexicon().event_heads, key=len, reverse=True))
_HELD_AFTER = re.compile(f"[^，,；;。！？!?]*?(?:{_HOLDING})")


# the whole name of an event before its opening ceremony (X运动会开幕式): this many characters or more
_OPENED_MIN = 4
# a name said shorter on its day: cores of this many characters or more, the same last ones
_SHORTENED_MIN = 6
_SHORTENED_HEAD = 3


def merge_events(ctx: ArticleContext) -> None:
    """One event per distinct core in an article; 此次… refers to the article's main event."""
    merged = MergedEvents()
    by_core: dict[str, EventFact] = {}
    by_owner: dict[tuple[str, str], EventFact] = {}
    tails = _Tails()
    for f, anaphor in ctx.candidate_events:
        same = by_core.get(f.core)
        if same is not None and _of_other_bodies(f, same):
            # another body's meeting of the first one's core (经费审查委员会第一次会议 after
            # 女教职工委员会第一次会议): its own body's, else an event of its own
            target = by_owner.get((f.core, _owner(f)))
        else:
            target = (
                same
                or _joins_one_before(f, merged, by_core)
                or tails.alike(f)
                or _joined_part(f, merged, ctx.lex.event_heads)
                or campaign_named(f, merged)
                or slogan_part(f, merged)
                or _said_to_be(ctx.text, f, merged)
                or _generic_head_added(f, merged)
                or _course_opened(f, merged)
                or visit_stop(ctx.text, f, merged)
                or same_stop(ctx.text, f, merged)
                or _closing_stage(f, merged)
                or _act_at_occasion(ctx, f, merged)
                or _held_alongside(ctx.text, f, merged)
                or _bare_head(f, merged, ctx.lex.event_heads)
                or _same_day_shortened(f, merged)
                or _activity_brought(ctx.text, f, merged.events)
                or campaign_act(ctx.text, f, merged.events)
                or headline_campaign(ctx, f, merged.events)
            )
        if target is None and anaphor and merged:
            target = merged[0]
        if target is None:
            by_core.setdefault(f.core, f)
            by_owner.setdefault((f.core, _owner(f)), f)
            tails.add(f, len(merged))
            merged.append(f)
            continue
        # (not X运动会 renamed X运动会开幕式: its opening, said after its name)
        opening = f.ref.name.startswith(target.ref.name) and f.ref.name[len(target.ref.name) :] in COURSE_OPENINGS
        longer = len(f.ref.name) > len(target.ref.name) and _plain(target.ref.name) in _plain(f.ref.name)
        if longer and not opening:
            target.aliases.add(target.ref.name)
            target.ref = f.ref
            merged.renamed(target)
        elif f.ref.name != target.ref.name:
            target.aliases.add(f.ref.name)
        for attr in ("organizers", "participants", "locations"):
            have = getattr(target, attr)  # (a campaign and its act: one organiser said twice keeps both evidences)
            have.extend(x for x in getattr(f, attr) if x not in have)
        target.date = target.date or f.date
        if target.core.startswith("verb:") and not f.core.startswith("verb:"):
            target.core = f.core  # 送温暖 named 送温暖活动: later names of it end alike (冬送温暖活动)
            by_core.setdefault(f.core, target)
            tails.add(target, merged.position(target))
        elif f.core.startswith("verb:") and not target.core.startswith("verb:"):
            by_core.setdefault(f.core, target)  # (送温暖活动，走访慰问…: 慰问 said again is the campaign's)
        # (…决赛在Y举行，12支代表队的36名选手同台竞技: the contest reported by its final counts
        # those in the final, not a count of another round read after its name)
        final = f.ref.name in CONTEST_STAGES and f.ref.name in CLOSING_STAGES and f.count is not None
        target.count = f.count if final else target.count or f.count
    ctx.facts.events = _held_first(ctx, merged.events)


class _Tails:
    """The named events merged so far, by every tail of four or more characters of their
    core, so that a name said again, longer or shorter, is found without reading every
    event before it (a long page names hundreds)."""

    def __init__(self) -> None:
        self.by_tail: dict[str, list[EventFact]] = {}
        self.order: dict[int, int] = {}

    def add(self, m: EventFact, position: int) -> None:
        if m.core.startswith("verb:") or id(m) in self.order:
            return
        self.order[id(m)] = position
        for i in range(len(m.core) - 3):
            self.by_tail.setdefault(m.core[i:], []).append(m)

    def alike(self, f: EventFact) -> EventFact | None:
        """The first event merged whose core ends with ``f``'s, or that ``f``'s ends with
        (2020年劳动和技能竞赛启动仪式 ~ “…”X公司2020年劳动和技能竞赛启动仪式, 系列活动 ~
        “冬季送温暖”系列活动): a name said again, longer or shorter, by the same owner.  Not
        for verb phrases, nor for a tail shorter than four characters (活动)."""
        core = f.core
        if core.startswith("verb:") or len(core) < 4:
            return None
        found = list(self.by_tail.get(core, ()))  # longer cores, or the same
        for i in range(1, len(core) - 3):  # shorter cores
            found += [m for m in self.by_tail.get(core[i:], ()) if m.core == core[i:]]
        for m in sorted(found, key=lambda m: self.order[id(m)]):
            short, long_ = (m, f) if len(m.core) <= len(f.core) else (f, m)
            if _owner(short) in long_.ref.name:
                return m
        return None


def _of_other_bodies(f: EventFact, m: EventFact) -> bool:
    """Are ``f`` and ``m``, of one core, meetings of two bodies (经费审查委员会第一次会议,
    女教职工委员会第一次会议: both 第一次会议 once their bodies are left out)?  Each name opens
    with its body, neither in the other's, and their organisers share none."""
    a, b = _owner(f), _owner(m)
    if not a or not b or a in b or b in a:
        return False
    return not {ref.name for ref, _ in f.organizers} & {ref.name for ref, _ in m.organizers}


def _owner(f: EventFact) -> str:
    """The bodies and areas an event's name opens with, before its core, without its year
    (经费审查委员会第一次会议: 经费审查委员会).  Two names ending alike are one event only
    where the shorter's owner is in the longer's name: 经费审查委员会第一次会议 is not
    the 第一届委员会第一次会议 read before it."""
    if not f.ref.name.endswith(f.core):
        return ""
    return re.sub(r"\d{4}年度?", "", f.ref.name[: len(f.ref.name) - len(f.core)])


def _said_to_be(text: str, f: EventFact, merged: MergedEvents) -> EventFact | None:
    """The named event read last before ``f`` when ``f`` is what 这是 says it is (…举办X培训班。
    A介绍，这是今年第3期农民工技能培训班): the same event, named by its place in a series."""
    a = f.evidence.start
    if f.core.startswith("verb:") or not _THIS_IS.search(text, max(0, a - 8), a):
        return None
    return next((m for m in reversed(merged) if not m.core.startswith("verb:") and m.evidence.start < a), None)


def _generic_head_added(f: EventFact, merged: MergedEvents) -> EventFact | None:
    """The named event read already that is ``f`` with a generic head added, or the one ``f`` is
    without it (参加市总工会组织的劳模疗休养 and the notice's 2026年第三期劳模疗休养活动):
    the head 活动 names no other event.  A name of four characters or more only."""
    if f.core.startswith("verb:"):
        return None
    name = f.ref.name
    bases = [name[: -len(h)] for h in GENERIC_EVENT_HEADS if name.endswith(h)]
    longer = merged.ending_with(name + h for h in GENERIC_EVENT_HEADS)
    for m in merged.in_order([*merged.named(b[i:] for b in bases for i in range(len(b) - 3)), *longer]):
        short, long_ = (f, m) if len(name) <= len(m.ref.name) else (m, f)
        if short.core.startswith("verb:") or long_.core.startswith("verb:") or len(short.ref.name) < 4:
            continue
        if re.search(f"{re.escape(short.ref.name)}(?:{_GENERIC_HEADS})$", long_.ref.name):
            return m
    return None


def _course_opened(f: EventFact, merged: MergedEvents) -> EventFact | None:
    """The course read last before a ceremony that opens one, named alone (…举办职工技能
    培训班，开班仪式在X举行; 出席开班典礼): the ceremony is how the course starts, not an
    event of its own, so its day and place are the course's.  So is one said after the whole
    name of an event read already (X运动会 … X运动会开幕式): that event's opening."""
    ending = COURSE_OPENINGS.get(f.ref.name)
    if ending is None:
        name = f.ref.name
        whole = [name[: -len(c)] for c in COURSE_OPENINGS if name.endswith(c) and len(name) - len(c) >= _OPENED_MIN]
        return next((m for m in merged.named(whole) if not m.core.startswith("verb:")), None)
    return next((m for m in reversed(merged) if not m.core.startswith("verb:") and m.ref.name.endswith(ending)), None)


def _activity_brought(text: str, f: EventFact, merged: list[EventFact]) -> EventFact | None:
    """The named activity whose act ``f``, a bringing, is (开展“送清凉”活动，为…送去Y)."""
    named = [m for m in merged if not m.core.startswith("verb:")]
    return activity_of_bringing(text, f, named) if f.core.startswith("verb:") else None


def _closing_stage(f: EventFact, merged: MergedEvents) -> EventFact | None:
    """The contest read already whose whole name ``f``'s is, with its closing stage after
    it (第三届职工技能大赛 … 第三届职工技能大赛决赛; or the other way round): the final
    is how the contest is reported, not an event of its own.  Named alone, its closing
    stages only (16日下午的闭幕式暨颁奖仪式上，…), the stage of the event held before it,
    on a day or at a place (…“乌金杯”决赛在X举行)."""
    if f.core.startswith("verb:"):
        return None
    if all(p in CLOSING_STAGES for p in f.ref.name.split("暨")):
        held = [m for m in reversed(merged) if m.evidence.start < f.evidence.start and not m.core.startswith("verb:")]
        if f.ref.name in CONTEST_STAGES:
            # (…联合举办了X知识竞赛…。6月21日，决赛在Y举行: the contest's final, whatever was held between)
            contest = next((m for m in held if m.ref.name.endswith(CONTEST_HEADS)), None)
            if contest is not None:
                return contest
        return next((m for m in held if m.date or m.locations), None)
    name = f.ref.name
    shorter = [name[: -len(s)] for s in CLOSING_STAGES if name.endswith(s)]
    for m in merged.named([*shorter, *(name + s for s in CLOSING_STAGES)]):
        if m.core.startswith("verb:"):
            continue
        short, long_ = sorted((m.ref.name, name), key=len)
        if len(short) >= 4 and long_.startswith(short) and long_[len(short) :] in CLOSING_STAGES:
            return m
    return None


def _act_at_occasion(ctx: ArticleContext, f: EventFact, merged: list[EventFact]) -> EventFact | None:
    """The named meeting or contest read last before ``f``, an act done at an occasion
    named alone (occasion_acts.txt: …决赛…。顾承泽为获奖选手颁奖, 召开推进会，为12家工作室
    授牌) with no day of its own: the prize-giving is the contest's, the plaques the
    meeting's.  With a day of its own in its sentence (11月28日，…工作站揭牌), an event of its
    own; a day read from the lead before (活动中，为X授予“Y”牌匾) is the occasion's."""
    if not f.core.startswith("verb:") or f.core.removeprefix("verb:") not in OCCASION_ACTS:
        return None
    sa = ctx.sentence_of(f.evidence.start)[0]
    if (f.date is not None and f.date[2].start >= sa) or any(w in ctx.text[sa : f.evidence.start] for w in _DAY_WORDS):
        return None  # (同日下午，A一行来到X，为Y揭牌: a day said of its own, the lead's again)
    before = [m for m in reversed(merged) if not m.core.startswith("verb:") and m.evidence.start < f.evidence.start]
    if f.evidence.start < len(ctx.article.headline or ""):
        # (…培训班开班　X职工服务站揭牌运行: a headline's parts, set apart by spaces, tell apart things)
        before = [m for m in before if not re.search(r"\s", ctx.text[m.evidence.start : f.evidence.start])]
    # (大会为获奖选手颁奖: the sentence's subject, a head, names the occasion whose name ends with it)
    subject = ctx.text[sa : f.evidence.start].lstrip()
    named = next((m for m in before if any(subject.startswith(h) and m.ref.name.endswith(h) for h in _HEADS)), None)
    if named is not None:
        return named
    # (…比武在X举行。…组织300余名职工参加了前期的岗位练兵。…为获奖选手颁奖: the occasion
    # held somewhere on a day, not drills named in passing)
    return next((m for m in before if m.date or m.locations), before[0] if before else None)


def _held_alongside(text: str, f: EventFact, merged: list[EventFact]) -> EventFact | None:
    """The event read last before ``f`` with a day or a place, when ``f`` is held 同场/同期
    (嘉年华同场举行“中式点心制作比赛”): a contest at the carnival is part of it."""
    a = f.evidence.start
    if not _ALONGSIDE.search(text, max(0, a - 14), a):
        return None
    before = [m for m in reversed(merged) if m.evidence.start < a and not m.core.startswith("verb:")]
    return next((m for m in before if m.date or m.locations), None)


def _bare_head(f: EventFact, merged: list[EventFact], heads: tuple[str, ...]) -> EventFact | None:
    """The named event read last before ``f``, a bare event head watched, heard or lasting
    (…决赛在X举行。A、B等观摩比赛; …200余名职工聆听宣讲; …培训班在X开班，140名学员参加为期两天的培训): the
    head alone names no event of its own but the one just named."""
    m = _BARE_OBJECT.fullmatch(f.ref.name) or _HEARD.fullmatch(f.ref.name)
    if m is None or m.group(1) not in heads:
        return None
    return next(
        (e for e in reversed(merged) if not e.core.startswith("verb:") and e.evidence.start < f.evidence.start),
        None,
    )


def _same_day_shortened(f: EventFact, merged: MergedEvents) -> EventFact | None:
    """The event read already on ``f``'s day whose name is ``f``'s with words left out, or
    ``f``'s is its so (武侯职工子女爱心托管班, a headline's, and 2027年武侯区职工子女暑期爱心托管班,
    the lead's): one event told twice, the shorter name's characters in the longer's, in
    order, with the same head, dated by one of them at least.  Not across days, nor for verb
    phrases or short cores."""
    if f.core.startswith("verb:") or len(f.core) < _SHORTENED_MIN:
        return None
    # (a lead's 全委（扩大）会议 finds the headline's 全委会 by its plain name's tail)
    for m in merged.ending_with({f.ref.name[-_SHORTENED_HEAD:], _plain(f.ref.name)[-_SHORTENED_HEAD:]}):
        days = {e.date[0] for e in (f, m) if e.date is not None}
        if len(days) != 1 or m.core.startswith("verb:") or len(m.core) < _SHORTENED_MIN:
            continue  # (one day between them, told at least once)
        short, long_ = sorted((_plain(f.ref.name), _plain(m.ref.name)), key=len)
        if short != long_ and short[-_SHORTENED_HEAD:] == long_[-_SHORTENED_HEAD:] and _in_order(short, long_):
            return m
    return None


def _plain(name: str) -> str:
    """A meeting's name as a headline shortens it: without the note that it was enlarged, its
    会议 as 会 (十六届三次全委（扩大）会议 ~ 十六届三次全委会)."""
    name = _ENLARGED.sub("", name)
    return name[:-1] if name.endswith("会议") else name


_ENLARGED = re.compile(r"[（(]扩大[)）]")


def _in_order(short: str, long_: str) -> bool:
    """Are ``short``'s characters all in ``long_``, in order?"""
    rest = iter(long_)
    return all(ch in rest for ch in short)


def _joined_part(f: EventFact, merged: MergedEvents, heads: tuple[str, ...]) -> EventFact | None:
    """The event read already whose name joins two by 暨, one of them ``f``'s said again
    (X工会第三次会员代表暨第三届职工代表大会 … 第三次会员代表大会听取了…): a part before
    暨 may leave out the head it shares with the last (代表[大会]暨…大会)."""
    if f.core.startswith("verb:") or len(f.core) < 4:
        return None
    for m in merged.joined():
        parts = m.ref.name.split("暨")
        if len(parts) < 2:
            continue
        head = next((h for h in heads if parts[-1].endswith(h)), "")
        for p in parts:
            if any((p + head[k:]).endswith(f.core) for k in range(len(head) + 1)):
                return m
    return None


def _joins_one_before(f: EventFact, merged: MergedEvents, by_core: dict[str, EventFact]) -> EventFact | None:
    """The event read already named by a part of ``f``'s, a name joining two by 暨, or
    itself joining that part to another (headline 第五届「职工技能嘉年华」暨优秀职工颁奖礼,
    body 第五届「职工技能嘉年华」暨二〇二七年度优秀职工颁奖礼): one joint event."""
    if "暨" not in f.ref.name or f.core.startswith("verb:"):
        return None
    parts = [_bare(p) for p in f.ref.name.split("暨")]
    for m in merged.joined():
        first = _bare(m.ref.name.split("暨")[0])
        short, long_ = sorted((first, parts[0]), key=len)
        if len(short) >= 4 and long_.endswith(short):  # (濠江职联第五届「X」 ~ 第五届「X」)
            return m
    for bare in parts:
        for i in range(len(bare) - 3):
            if (m := by_core.get(bare[i:])) is not None and m is not f:
                return m
    return None


def _bare(name: str) -> str:
    """A name without its quotes (「职工技能嘉年华」 ~ 职工技能嘉年华)."""
    return re.sub(f"[{OPEN_QUOTES}{CLOSE_QUOTES}]", "", name)


def _held_first(ctx: ArticleContext, events: list[EventFact]) -> list[EventFact]:
    """The main event is the one the lead sentence says is held (经过前期岗位练兵…，第三届
    职工技能大赛…启动: the contest, not the drills before it): the first event of that
    sentence with a verb of holding in its clause.  A headline's event stays first (see
    ``kg.extract.headline``)."""
    top = len(ctx.article.headline or "")
    if not events or events[0].evidence.start < top:
        return events
    sa, sb = ctx.sentence_of(events[0].evidence.start)
    for f in events:
        if not sa <= f.evidence.start < sb:
            break
        if _HELD_BEFORE.search(ctx.text, sa, f.evidence.start) or _HELD_AFTER.match(ctx.text, f.evidence.end, sb):
            return [f] + [e for e in events if e is not f]
    return events
