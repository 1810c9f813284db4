"""Family *events*, continued: what belongs to an event told apart from it.

- P1 比赛设沙滩排球、沙滩拔河、椰子接力等8个项目 … 图为A在沙滩拔河比赛中…: a match named by
  one of the items a contest is said to have (or whose results a contest's report tells in it:
  男子单打比赛中，A…获一等奖) is a part of that contest; whoever takes part
  in the match takes part in the contest, and a match with no day (but the contest's), place
  or count of its own (a caption's 选手在进行核桃树修剪比赛) is no event apart from it.
- P2 在X公司技术中心二楼揭牌: an event held at a unit of an organisation (its 技术中心,
  its 车间) is held at the organisation too.
- P4 在东榕百货七楼多功能厅举办: a venue opening on the short name of an organisation the
  text names in full (福州东榕百货有限公司: its name without the city and the legal form) is
  the organisation's; the event is held there.
- P3 …举办“服务之星”技能比武，…营业员A获一等奖: a person who wins a prize or a place in the
  paragraph of a contest took part in that contest (the contest named last before), as does
  one named right after the prize as its label (…竞赛，48名选手参赛，一等奖 A（某公司）); so do
  the winners listed after 的 (获得一等奖的A、B、C由…授予), and those listed before the
  prize (A、某镇的B获二等奖).  A list under a title naming the contest (X获奖名单, then a
  header row and rows 木工　一等奖　A　某公司) gives each row's winner to it the same way.

Runs after the participants are read; patterns compiled once, gated on a word in the text.
"""

from __future__ import annotations

import bisect
import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.event_mentions import mentions
from kg.extract.wordlists import CONTEST_HEADS, LEGAL_FORMS, VENUE_UNITS, VENUE_VERBS
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef, EventFact

# 设A、B、C等8个项目 / 共设A、B两个比赛项目 / 比赛分A、B、C3个修剪项目 / 设A、B等8个工种: the
# items, up to 等 or the count
_ITEMS = re.compile(
    r"(?:设(?:有|置)?|分(?:为|成)?(?!别))([\u4e00-\u9fff、]{2,60}?)(?:等|共)?(?:\d+|[一二两三四五六七八九十]+)"
    r"(?:个|项)[\u4e00-\u9fff]{0,4}?(?:项目|工种)"
)
_ITEM_SEP = re.compile("[、和及]")
# …；女子单打比赛中，A获得冠军: a match the results of a contest are told in, its item before 比赛中
_RESULTS_IN = re.compile(r"(?:^|(?<=[，,。；;\n]))在?([\u4e00-\u9fff]{2,8}?)(?:比赛|赛)中[，,]", re.M)
# the heads of a match named by its item (沙滩拔河比赛, 象棋赛)
_MATCH_HEAD = re.compile(r"(?:比赛|竞赛|赛)$")
# 获一等奖 / 荣获第二名 / 夺得冠军 / 分别获得焊工、电工工种第一名: a prize or a place won (of items)
_WON = re.compile(
    r"(?:荣获|获得|获|夺得)了?(?:[\u4e00-\u9fff、]{1,20}?(?:工种|项目|组))?"
    r"(?:[一二三]等奖|第[一二三四五六七八九十]名|冠军|亚军|季军)"
)
# 一等奖 A（某公司）, 冠军：A: a prize or a place as a label, its winner's name right after; or
# its copula, perhaps with where the winner is from (一等奖是某镇来的A师傅, 冠军是某厂的A)
_PRIZE_LABEL = re.compile(
    r"(?<![获得夺])(?:[一二三]等奖|第[一二三]名|冠军|亚军|季军)(?:[：:]|是(?:[^，,。；;！？!?]{1,12}?的)?)?[ \u3000]*"
)
# between two winners of one list: 、, perhaps after the first's unit in brackets (A（某公司）、B) or
# before where the next is from (A、紫阳镇的B)
_WINNERS_JOINED = re.compile(r"(?:[（(][^（()）]{1,30}[）)])?、(?:[^，,。；;、！？!?]{1,16}的)?")
_CONTEST = re.compile(f"(?:{alternation_of(CONTEST_HEADS)})$")
# the end of a list's title line: X获奖名单 (its contest named before)
_LIST_TITLE_END = re.compile(r"名单[ \u3000]*$")
# the unit words after an organisation's name that make a place of it (技术中心, 车间)
_UNITS = f"(?:{alternation_of(VENUE_UNITS)})"
_UNIT_TAIL = re.compile(f"[\u4e00-\u9fff]{{1,6}}{_UNITS}")
_UNIT_END = re.compile(f"{_UNITS}$")
# 在X七楼多功能厅举办: a venue up to the verb, no punctuation
_HELD_AT = re.compile(f"在([\u4e00-\u9fff]{{3,20}}?)(?:{alternation_of(VENUE_VERBS)})")
# how many characters of a city's name may open an organisation's full name (福州, 天水市)
_CITY_REACH = 3


def items_of_contests(ctx: ArticleContext) -> None:
    """P1 above: the participants of a match named by an item go to the contest too."""
    text = ctx.text
    told_in = [m.group(1) for m in _RESULTS_IN.finditer(text)]
    if "项目" not in text and "工种" not in text and not told_in:
        return
    main = ctx.main_event()
    if main is None:
        return
    items = {i for m in _ITEMS.finditer(text) for i in _ITEM_SEP.split(m.group(1)) if len(i) >= 2}
    if _MATCH_HEAD.search(main.ref.name):
        items.update(told_in)  # (男子单打比赛中，…: a match of the contest the article reports)
    known = {r for r, _ in main.participants}
    parts: list[EventFact] = []
    for e in ctx.facts.events:
        if e is main or not _MATCH_HEAD.search(e.ref.name):
            continue
        if not any(e.ref.name.startswith(i) or e.ref.name.startswith(f"{i}比赛") for i in items):
            continue
        for r, ev in e.participants:
            if r not in known:
                known.add(r)
                main.participants.append((r, ev))
        if (e.date is None or (main.date and e.date[0] == main.date[0])) and not e.locations and e.count is None:
            parts.append(e)
    ctx.facts.events[:] = [e for e in ctx.facts.events if all(e is not p for p in parts)]


def winners_of_contests(ctx: ArticleContext) -> None:
    """P3 above: the person before 获一等奖 in a contest's paragraph took part in it."""
    text = ctx.text
    if "获" not in text and "夺得" not in text and _PRIZE_LABEL.search(text) is None:
        return
    mentioned = [(a, e) for a, e in mentions(ctx, ctx.facts.events) if _CONTEST.search(e.ref.name)]
    starts = [a for a, _ in mentioned]
    for m in _PRIZE_LABEL.finditer(text):
        k = bisect.bisect_left(starts, m.start())
        named = ctx.mentions_in("PERSON", m.end(), m.end() + 1)
        if (
            k
            and named
            and ("\n" not in text[starts[k - 1] : m.start()] or _listed_under(text, starts[k - 1], m.start()))
        ):
            contest = mentioned[k - 1][1]
            ref = EntityRef("Person", named[0].text)
            if all(r != ref for r, _ in contest.participants):
                contest.participants.append((ref, ctx.evidence(m.start(), named[0].end_char, CONFIDENCE["context"])))
    for m in _WON.finditer(text):
        k = bisect.bisect_left(starts, m.start())
        # (…。\n5月14日下午大赛闭幕，A获一等奖: a paragraph on, the contest named again by its head)
        if not k or ("\n" in text[starts[k - 1] : m.start()] and not _head_said(ctx, mentioned[k - 1][1], m.start())):
            continue
        contest: EventFact = mentioned[k - 1][1]
        sa, sb = ctx.sentence_of(m.start())
        if text.startswith("的", m.end()):  # 获得一等奖的A、B、C: the winners listed after
            ends = [i for i in (text.find(ch, m.end(), sb) for ch in "，,；;。") if i >= 0]
            people = ctx.mentions_in("PERSON", m.end(), min(ends, default=sb))
        else:
            clause = max(sa, *(text.rfind(ch, sa, m.start()) + 1 for ch in "，,；;"))
            named = ctx.mentions_in("PERSON", clause, m.start())
            k = len(named) - 1
            # (A、紫阳镇的B获二等奖: the winners listed before the last, each perhaps after where from)
            while k > 0 and _WINNERS_JOINED.fullmatch(text, named[k - 1].end_char, named[k].start_char):
                k -= 1
            people = named[max(k, 0) :]
        for p in people:
            ref = EntityRef("Person", p.text)
            if all(r != ref for r, _ in contest.participants):
                a, b = min(p.start_char, m.start()), max(p.end_char, m.end())  # (the winners after 的 too)
                contest.participants.append((ref, ctx.evidence(a, b, CONFIDENCE["context"])))


def _head_said(ctx: ArticleContext, contest: EventFact, at: int) -> bool:
    """Whether the sentence of ``at``, before it, names the contest by the contest head its name
    ends with (大赛闭幕，A获…: the 大赛 is the one named last)."""
    sa, _ = ctx.sentence_of(at)
    return any(contest.ref.name.endswith(h) and h in ctx.text[sa:at] for h in CONTEST_HEADS)


def _listed_under(text: str, named: int, at: int) -> bool:
    """Is the prize label at ``at`` on a row of a list the line at ``named`` heads as the
    contest's (X获奖名单 / 工种 奖次 姓名 … / 木工 一等奖 A …): the title's line ends in 名单 and
    each line between is the list's header (姓名) or another row with a prize label?"""
    top = text.find("\n", named, at)
    if _LIST_TITLE_END.search(text, named, top) is None:
        return False
    rows = text[top + 1 : text.rfind("\n", 0, at)].split("\n") if text.rfind("\n", 0, at) > top else []
    return all("姓名" in row or _PRIZE_LABEL.search(row) for row in rows)


def venue_owners(ctx: ArticleContext) -> None:
    """P2 above: a venue whose name is an organisation's and a unit of it adds the
    organisation as a place of the event."""
    orgs: dict[str, EntityRef] | None = None
    for e in ctx.facts.events:
        have = {r for r, _ in e.locations}
        for r, ev in list(e.locations):
            if not _UNIT_END.search(r.name):
                continue
            if orgs is None:
                orgs = {o.name: o for o in ctx.ref_at.values() if o.cls == "Organization"}
            # (the longest organisation's name the venue's opens with, a unit after it)
            owner = next(
                (
                    orgs[r.name[:k]]
                    for k in range(len(r.name) - 2, 1, -1)
                    if r.name[:k] in orgs and _UNIT_TAIL.fullmatch(r.name, k)
                ),
                None,
            )
            if owner is not None and owner not in have:
                have.add(owner)
                e.locations.append((owner, ev))


def _short_names(ctx: ArticleContext) -> dict[str, EntityRef]:
    """The short names of the organisations named with a legal form: the name without
    it and without up to a city's few characters before (福州东榕百货有限公司 → 东榕百货)."""
    out: dict[str, EntityRef] = {}
    for o in ctx.ref_at.values():
        if o.cls != "Organization":
            continue
        form = next((f for f in LEGAL_FORMS if o.name.endswith(f)), None)
        if form is None:
            continue
        stem = o.name[: -len(form)]
        for i in range(_CITY_REACH + 1):
            if len(stem) - i >= 3:
                out.setdefault(stem[i:], o)
    return out


def short_named_venues(ctx: ArticleContext) -> None:
    """P4 above: an event's venue (or, with none, its sentence's 在…举办) that opens on a
    short name: the organisation is a place of the event too."""
    shorts: dict[str, EntityRef] | None = None
    for e in ctx.facts.events:
        said: list[tuple[str, int, int]] = [(r.name, ev.start, ev.end) for r, ev in e.locations if r.cls == "Place"]
        if not e.locations:
            sa, sb = ctx.sentence_of(e.evidence.start)
            if "在" in ctx.text[sa:sb]:
                said = [(m.group(1), m.start(1), m.end(1)) for m in _HELD_AT.finditer(ctx.text, sa, sb)]
        for place, a, b in said:
            if shorts is None:
                shorts = _short_names(ctx)
            owner = next((shorts[place[:k]] for k in range(len(place), 2, -1) if place[:k] in shorts), None)
            # (not X公司Y项目现场, opening on the full name: a place of its own there)
            if owner is not None and not place.startswith(owner.name) and all(owner != r for r, _ in e.locations):
                e.locations.append((owner, ctx.evidence(a, b, CONFIDENCE["context"])))
                break
