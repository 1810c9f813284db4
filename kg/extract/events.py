"""Family *events*: the events an article names, one per distinct event.

Needs the bodies and people (``ctx.ref_at``) to find who organises an event and where
it is held (``kg.extract.event_details``).  ``read_events`` and ``read_meetings``
(``kg.extract.meetings``) put what they read in ``ctx.candidate_events``;
``kg.extract.event_merge.merge_events`` makes them ``ctx.facts.events``, the list the
later families (headline, participants, awards) work on — its first event is the
article's main one.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.acts_at_event import act_at_attended
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.dates import read_date
from kg.extract.delegates_to import delegates_elected_to
from kg.extract.event_cores import event_core, verb_core
from kg.extract.event_counts import read_count, read_count_in
from kg.extract.event_details import read_organizers
from kg.extract.event_named_again import authority_of, decided_by, names_this_event
from kg.extract.event_officers import AS_SETTING
from kg.extract.event_places import read_location
from kg.extract.event_tours import party_places
from kg.extract.named_buildings import rooms_of_named_buildings
from kg.extract.not_reported import honour_named, past_year_told, person_aside, record_deed
from kg.extract.notice_lines import particulars_place, place_clause
from kg.extract.occasion_scene import at_the_scene
from kg.extract.own_site import own_site
from kg.extract.planned_events import PLAN_STRETCH, PLANNED_AFTER, only_planned, planned_holding, planned_or_said
from kg.extract.scene_places import read_scene_place
from kg.extract.scheduled import to_come
from kg.extract.tallies import in_plans, tallied
from kg.extract.wordlists import (
    BESTOW_VERBS,
    CALLED_OFF_WORDS,
    COLLECTIVE_WORDS,
    KIND_DETERMINERS,
    PARTY_WORDS,
    REPEAT_ADVERBS,
    SINCE_WORDS,
    VENUE_VERBS,
)
from kg.lexicon import alternation_of, lexicon, words
from kg.model.facts import EntityRef, EventFact
from kg.nlp.definitions import DEFINITION_RE
from kg.nlp.events import FINAL
from kg.nlp.held_names import HELD_REACH, held_right_before
from kg.nlp.stops import stop_place, visit_place
from kg.nlp.text import OPEN_QUOTES

# what makes an event's name a title of its own: a quoted title, an edition, a year
_TITLED_RE = re.compile(f"[{OPEN_QUOTES}]|第[一二三四五六七八九十百\\d]+[届次期]|首届|\\d{{4}}年")
_BULLETS = "·•●"  # (a list's bullets before an entry of titles)
# a verb of holding right before an event's name (举办了…)
_HOLDING = alternation_of(lexicon().event_verbs)
_HELD_RIGHT_BEFORE = held_right_before(tuple(lexicon().event_verbs))  # (开了个座谈会 too)
# 会员大会或会员代表大会: the other of two kinds of meeting named (a word of the name between);
# not an act (探望或到家中看望慰问: a verb's event)
_ALTERNATIVE_BEFORE = re.compile("或[^，,。；;、\\s]{0,2}$")
_RELIEF = words("events/relief_activity.txt")[0]
# #会员代表大会: a name inside a hashtag (the words from # on, no space or stop between)
# a short form and an equals sign before the name it stands for (集协 = 集体协商)
_GLOSSED = re.compile(r"[\u4e00-\u9fff]{1,6}[ \u3000]*[=＝][ \u3000]*$")
_HASHTAG = re.compile(r"[#＃][^\s#＃，,。；;！？!?]{0,12}$")
# 二届二次职代会以来 / 上届大会召开以来: the point a period counts from
_SINCE = re.compile(f"(?:{_HOLDING})?(?:{alternation_of(SINCE_WORDS)})")
_SINCE_WORD = re.compile(alternation_of(SINCE_WORDS))
_CALLED_OFF = re.compile(f"[^，,。；;！？!?]{{0,12}}?(?:{alternation_of(CALLED_OFF_WORDS)})")
# a year alone opening a sentence (perhaps after an item's number and a caption's label):
# 1984年　…, 展板1-2　图：1962年，…
_YEAR_ALONE = re.compile(r"\s*(?:[^\s，,。：:]{1,8}[ \t\u3000]+)?(?:[\u4e00-\u9fff]{1,2}[：:])?(\d{4})年(?:[\s，,]|$)")
# what sets a name off on its line: a subtitle's dash before it, an aside in brackets after it
_SET_OFF = re.compile(r"^[—－-]{1,2}|[（(][^（()）\n]{1,10}[）)](?=\s*$)")
# a verb of holding with no object after it (在X举行。): the event told above is held
_HELD_HERE = re.compile(f"(?:{alternation_of(VENUE_VERBS)})[。；;，,]")
# 全年送出清凉物资1200份: a verb phrase right after the whole year's word tells the year's total
_YEAR_TOTAL = re.compile("(?:全年|年内)(?:共|累计|共计)?$")
# 三次约谈双方 / 多次走访: an act done again and again, right before a verb phrase's activity
_REPEATED = re.compile(f"(?:[一二三两四五六七八九十\\d]+次|{alternation_of(REPEAT_ADVERBS)})$")
# 与A、B进行了座谈: those an activity is held with, right before it
_HELD_WITH = re.compile(r"(?:与|(?<![会共协])同)([^，,。；;！？!?]{2,60}?)(?:进行|开展)了?$")
# 为A、B等6个基层工会|授予“X”牌匾: those something is given to, before the verb of giving
_GIVEN_TO = re.compile(r"为([^，,。；;！？!?]{2,80}?)$")


def read_events(ctx: ArticleContext) -> None:
    """Each EVENT mention that is an event held (not one planned, or decided by another)."""
    for s in ctx.mentions_of("EVENT"):
        read = _event(ctx, s)
        if read is not None:
            ctx.candidate_events.append(read)


def _event(ctx: ArticleContext, s: Span) -> tuple[EventFact, bool] | None:
    """The event an EVENT mention names, and whether 此次/本次… names the article's own again."""
    name = s.text
    name = DEFINITION_RE.sub("", name)
    if (
        len(name) < 4
        and s._.kg_kind not in ("verb", FINAL)  # (决赛在X举行: a contest's final, kg.nlp.events)
        and not _HELD_RIGHT_BEFORE.search(ctx.text, max(0, s.start_char - HELD_REACH), s.start_char)
    ):
        return None  # (召开座谈会: a short name held right after its verb is an event)
    if _HASHTAG.search(ctx.text, max(0, s.start_char - 13), s.start_char):
        return None  # #会员代表大会: a hashtag files the post under a topic, it reports no event
    if _GLOSSED.search(ctx.text, max(0, s.start_char - 9), s.start_char):
        return None  # 集协 = 集体协商: a notes page's key to its short forms, no event
    if tallied(ctx.text, s.start_char, s.end_char) or in_plans(ctx.text, s.start_char):
        return None  # 开展技能竞赛18场次, 三、2028年工作思路: a report's total or plan, no one event held
    if s._.kg_kind != "verb" and (
        _ALTERNATIVE_BEFORE.search(ctx.text, max(0, s.start_char - 3), s.start_char)
        or ctx.text.startswith("或", s.end_char)
    ):
        return None  # 分别召开会员大会或会员代表大会: one kind or the other, no one event held
    if _CALLED_OFF.match(ctx.text, s.end_char):
        return None  # 原定于7月20日召开的X因天气原因改期: called off, not held
    if _SINCE.match(ctx.text, s.end_char):
        return None  # 二届二次职代会以来共征集提案…: an earlier event looked back to
    if ctx.text.endswith(KIND_DETERMINERS, 0, s.start_char):
        return None  # 全市1.2万名职工参加各级技能竞赛: a kind of event, many held, no one
    if s._.kg_kind == "verb" and _REPEATED.search(ctx.text, max(0, s.start_char - HELD_REACH), s.start_char):
        return None  # 调解员三次约谈双方: the steps of a story told, no one event
    if record_deed(ctx, s.start_char):
        return None  # 事迹：…走进企业开展急救培训: a candidate's deeds over the years, no one event
    sa, sb = ctx.sentence_of(s.start_char)
    if s._.kg_kind != "verb" and honour_named(ctx, s.end_char):
        return None  # “X市劳动竞赛先进集体”称号: the honour's name, no event
    if person_aside(ctx, s.start_char, sa):
        return None  # A（5月在该矿工会换届选举中当选）表示: a note on the person, told in passing
    if delegates_elected_to(ctx, s.start_char, s.end_char, sa):
        return None  # 选举产生出席X代表大会的代表11名: the congress the delegates will attend
    if _listed_title(ctx, s.start_char):
        return None  # · X召开, a deck of the page's list of titles: another piece's headline
    if _looked_back(ctx, sa):
        return None  # 1984年　X召开。/ 图：1962年，…: a timeline's year long before the page, history
    if s._.kg_kind == "verb" and act_at_attended(ctx.text, s.start_char, sa):
        return None  # A出席并为困难职工发放慰问金: an act at the event attended, none of its own
    if s._.kg_kind == "verb" and (
        _SINCE_WORD.search(ctx.text, sa, s.start_char)
        or _YEAR_TOTAL.search(ctx.text, max(sa, s.start_char - 4), s.start_char)
    ):
        return None  # 今年以来，已帮助职工追回欠薪300余万元, 全年送出…: a running total, no one event
    if decided_by(ctx, s, sa):
        return None  # 落实…代表大会精神: what it decided, not an event of this article
    ev = ctx.evidence(s.start_char, s.end_char, CONFIDENCE["pattern"])
    core = event_core(ctx, s)
    # 慰问困难职工 and 走访慰问了…困难职工家庭 are one visit, 夏送清凉 and 送清凉 one campaign
    if s._.kg_kind == "verb":
        core = "verb:" + verb_core(name)
    fact = EventFact(EntityRef("Event", name), core, ev)
    printed = ctx.written_at(s.start_char, s.end_char)
    if printed is not None:
        fact.aliases.add(printed)  # 送溫暖 on a converted page: found by the name as printed
    place = stop_place(ctx.text, s.start_char) if s._.kg_kind == "verb" else None
    visit = visit_place(ctx.text, s.start_char) if s._.kg_kind == "verb" and place is None else None
    if visit is not None and ctx.doc.char_span(*visit[0]) is not None:
        place = visit[1]  # 来到X，察看…: a visit named with its place too (the going a word of its own)
    if place is not None:
        fact.aliases.add(place + name)  # 来到X驿站…送上绿豆汤: the stop named with its place
        if visit is None:  # (and a stop of relief is a visit of consolation: 来到X驿站慰问)
            fact.aliases.add(place + _RELIEF)
    ctx.ref_at[(s.start_char, s.end_char)] = fact.ref
    read_organizers(ctx, fact, s, sa)
    _collective_organizers(ctx, fact)
    reach = _entry_lead_end(ctx, s, sa, sb)  # (第八次代表大会 / 2003年3月20日在X召开。: its entry's)
    read_location(ctx, fact, s, sa, reach)
    if not fact.locations and s._.kg_kind == "verb" and name.startswith(PARTY_WORDS):
        party_places(ctx, fact, sb)  # …代表团到访本会。代表团先后参观Y: where the visit goes
    rooms_of_named_buildings(ctx, fact, sa)  # 在大厦12楼会议厅召开: the building a body is named after
    own_site(ctx, fact, s, sa, sb)  # 来公司开展…: the page's own workplace
    if not fact.locations and not place_clause(ctx, fact, s.end_char, reach):  # …，地点就在Z
        particulars_place(ctx, fact, reach)  # …组织“X”活动。\n路线：Y公园: a notice's line under it
    read_date(ctx, fact, s, sa, reach)
    read_count(ctx, fact, s, reach)
    anaphor = names_this_event(ctx, s.start_char, sa)
    # (来到施工现场，为…送上Y / 会前，全体代表…送上慰问品: an act at the event's own scene)
    anaphor = anaphor or (s._.kg_kind == "verb" and at_the_scene(ctx, fact, place, sa))
    if authority_of(ctx, s) and not (fact.count or fact.locations or _timed_before(ctx, s.start_char)):
        return None  # 经第十届理事会第六次会议选举，A接任…: what the meeting decided, no time of it
    # (欢送仪式上，… / 这场…活动，由X主办: the occasion the lead set the scene of)
    if anaphor or (re.fullmatch(r"\s*在?", ctx.text[sa : s.start_char]) and AS_SETTING.match(ctx.text, s.end_char)):
        _read_scene(ctx, fact, s, sa)
    plan = PLAN_STRETCH.match(ctx.text, s.end_char)
    if not anaphor and (
        (plan and only_planned(fact, s.end_char, plan.end())) or to_come(ctx, fact, s.start_char, s.end_char, sa)
    ):
        return None  # 第五次代表大会拟于12月中旬召开, X定于(a later day)举行, 并将推荐其参加…举行的X: none held
    if fact.date is None and not anaphor and past_year_told(ctx, s.start_char, sa):
        return None  # A去年围绕…开展“Y”竞赛: told of a past year, no event of the page
    planned = planned_holding(ctx, s, sa, fact) or PLANNED_AFTER.match(ctx.text, s.end_char)
    if planned and not anaphor and fact.count is None:
        return None  # 7月中旬将在X镇举办“Y”，报名截止7月5日 / “Y”拟由X主办: the day and place are the plan's
    pinned = fact.date or fact.locations or fact.count or _TITLED_RE.search(name)
    if not pinned and not anaphor and (planned_or_said(ctx, s, sa) or PLANNED_AFTER.match(ctx.text, s.end_char)):
        return None  # 今后将开展更多安全教育活动, 负责人表示，推动全民健身活动…: not one held
    # 将推荐参加长沙市第十届X大赛: a titled event to come, nothing of its own said (the area
    # inside its name says nothing of the event itself)
    placed = fact.date or fact.count or any(not s.start_char <= e.start < s.end_char for _, e in fact.locations)
    if not placed and not anaphor and planned_or_said(ctx, s, sa, saying=False):
        return None
    if s._.kg_kind == "verb":
        # 任国强代表集团公司、付丽萍代表集团工会签订了集体合同: the signers take part
        clause = max(sa, max(ctx.text.rfind(c, sa, s.start_char) for c in "，,；") + 1)
        for p in ctx.mentions_in("PERSON", clause, s.start_char):
            fact.participants.append(
                (EntityRef("Person", p.text), ctx.evidence(p.start_char, s.end_char, CONFIDENCE["pattern"]))
            )
        # 与市总工会、县总工会负责人进行了座谈: those it is held with take part
        w = _HELD_WITH.search(ctx.text, clause, s.start_char)
        if w is not None and not any(y == w.start() for _x, y, _r in ctx.bodies_in(clause, w.start())):
            # (not A与B开展: two bodies joined, both holding it)
            for x, _y, r in ctx.bodies_in(w.start(1), w.end(1)):
                fact.participants.append((r, ctx.evidence(x, s.end_char, CONFIDENCE["pattern"])))
            # (the last of them is no subject holding it)
            fact.organizers = [o for o in fact.organizers if not w.start(1) <= o[1].start < w.end(1)]
        # 为A、B等6个基层工会授予“模范职工小家”牌匾: the bodies given it take part, hold nothing
        g = _GIVEN_TO.search(ctx.text, clause, s.start_char) if name.startswith(BESTOW_VERBS) else None
        if g is not None:
            for x, _y, r in ctx.bodies_in(g.start(1), g.end(1)):
                fact.participants.append((r, ctx.evidence(x, s.end_char, CONFIDENCE["pattern"])))
            fact.organizers = [o for o in fact.organizers if not g.start(1) <= o[1].start < g.end(1)]
    return fact, anaphor


def _looked_back(ctx: ArticleContext, sa: int) -> bool:
    """Whether the sentence at ``sa`` opens with a year alone (no month after it: a timeline's
    line, a caption's 图：1962年，…) two years or more before the page's: history told, no
    event the page reports."""
    m = _YEAR_ALONE.match(ctx.text, sa)
    return m is not None and ctx.page.year is not None and int(m.group(1)) <= ctx.page.year - 2


def _entry_lead_end(ctx: ArticleContext, s: Span, sa: int, sb: int) -> int:
    """Where the event's sentence, for reading its day, place and head count, ends: at the end
    of the next sentence when the name stands alone on its line (a chronicle's entry head, a
    headline) and that sentence names no event (2003年3月20日在县会议中心召开。: it tells of
    the one above); else at ``sb``."""
    # (a subtitle's dash before it, an aside in brackets after it: ——X展（展板文字版）)
    line = _SET_OFF.sub("", ctx.text[sa:sb].strip())
    if line != s.text or _SET_OFF.sub("", ctx.text[s.end_char : sb]).strip(" \t\u3000") != "\n":
        return sb
    na, nb = ctx.sentence_of(sb + len(ctx.text[sb:]) - len(ctx.text[sb:].lstrip()))
    if na < sb or ctx.mentions_in("EVENT", na, nb) or _HELD_HERE.search(ctx.text, na, nb) is None:
        return sb
    return nb


def _collective_organizers(ctx: ArticleContext, fact: EventFact) -> None:
    """两地工会在X召开座谈会: a collective of bodies (collective_words.txt) organises the event —
    the last two unions the text named before it, each under its own name, stand for it."""
    for i, (ref, ev) in enumerate(fact.organizers):
        if not ref.name.startswith(COLLECTIVE_WORDS):
            continue
        named: list[EntityRef] = []
        for _x, _y, r in reversed(ctx.bodies_in(0, ev.start)):
            if r.cls == "TradeUnion" and r not in named and not r.name.startswith(COLLECTIVE_WORDS):
                named.append(r)
            if len(named) == 2:
                fact.organizers[i : i + 1] = [(r, ev) for r in reversed(named)]
                return
        return


def _read_scene(ctx: ArticleContext, fact: EventFact, s: Span, sa: int) -> None:
    """一辆大巴车从X驶出，车上坐着…46名劳动模范。欢送仪式上，…: an event first named as the
    setting of a sentence, after a lead that names none, is the occasion the lead sets the
    scene of: where the lead puts it and how many it counts are the event's."""
    body_start = len(ctx.text) - len(ctx.article.body)
    if sa <= body_start or ctx.mentions_in("EVENT", body_start, sa):
        return
    a = body_start
    while a < sa and (fact.locations == [] or fact.count is None):
        a, b = ctx.sentence_of(a)
        if b <= a or b > sa:
            break
        if not fact.locations:
            read_location(ctx, fact, s, a, b)
        if not fact.locations and read_scene_place(ctx, fact, a, b):
            # (9月20日晚，在X直播间，A化身主播…: who acts in the scene set takes part)
            for p in ctx.mentions_in("PERSON", a, b):
                ev = ctx.evidence(p.start_char, p.end_char, CONFIDENCE["context"])
                fact.participants.append((EntityRef("Person", p.text), ev))
        if fact.date is None:
            read_date(ctx, fact, s, a, b)
        read_count_in(ctx, fact, a, b)
        a = b


def _listed_title(ctx: ArticleContext, at: int) -> bool:
    """Whether ``at`` is on a deck that opens with a list's bullet (· 洮北区总工会第五次代表大会
    召开): an entry of the page's list of titles left above the piece, another piece's headline."""
    if at >= len(ctx.text) - len(ctx.article.body) or not ctx.article.decks:
        return False  # (the decks stand before the body)
    a = ctx.text.rfind("\n", 0, at) + 1
    b = ctx.text.find("\n", at)
    line = ctx.text[a : b if b >= 0 else len(ctx.text)].strip()
    return line[:1] in _BULLETS and line in ctx.article.decks


def _timed_before(ctx: ArticleContext, at: int) -> bool:
    """A time said before ``at`` in its sentence, to its full stop (2027年6月，…；经X会议补选…)."""
    start = max(ctx.text.rfind(c, 0, at) for c in "。！？!?\n") + 1
    return bool(ctx.mentions_in("TIME", start, at))
