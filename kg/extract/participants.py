"""Family *participants*: who takes part in the article's events (who organises them,
stated apart, is kg.extract.sponsors').

Runs once the events are merged (``ctx.facts.events``, the first the main event) and
the bodies and people are known: these sentences name people and bodies apart from
the event's own sentence (会上，张三讲话).
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Span

from kg.extract import event_mentions
from kg.extract.acts_at_event import acts_at_event, led_along, note_end
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.event_mentions import EventsByEnding, dated_apart, ends_with, lead_event, mentions, named_in
from kg.extract.event_officers import AS_SETTING
from kg.extract.led_parties import LEADS, led_after_adverb, led_visit
from kg.extract.met_people import gives_to_described, met_after_description
from kg.extract.professionals import by_profession
from kg.extract.said_there import described_attending, says_at_occasion, setting_head
from kg.extract.wordlists import (
    ADDRESS_WORDS,
    ATTEND_VERBS,
    BEHALF_WORDS,
    GIVING_TO_VERBS,
    GOING_WORDS,
    GUEST_WORDS,
    HONOUR_HOLDER,
    HONOUR_LISTING,
    LISTING_WORDS,
    NAME_PROFESSIONS,
    PANEL_WORDS,
    PARTY_WORDS,
    PLACES_WON,
    SAME_OCCASION,
    SERVING_VERBS,
    SPEAKING_VERBS,
    TALK_WORDS,
    THIS_EVENT_WORDS,
    TOGETHER_WORDS,
    VISIT_VERBS,
    VOICING_VERBS,
)
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef, EventFact

# A带队，B，区人社局负责人及企业工会主席一行12人: a person in the list a party's word closes
# (events/party_words.txt: 一行, 考察团 …) goes with the party
_IN_PARTY = re.compile(f"[^。；;！？!?：:“”\n]{{0,40}}?(?:{alternation_of(PARTY_WORDS)})")
# 看望了…护士长B，: the one visited, in the clause's words before and after the name (the one
# met, 同班组长A握手交谈, is kg.extract.met_people's)
_VISITED_BEFORE = re.compile(f"(?:{alternation_of(VISIT_VERBS)})了?[^，,。；;！？!?]{{0,20}}$")
_VISITED_AFTER = re.compile(r"(?:同志)?(?:[，,。；;！!？?、]|等|及|和)")  # (看望其夫人B及亲属)
# A、B，对困难职工进行走访慰问: the subjects of an act done to others do the event
_DONE_TO = re.compile(r"(?:同志)?[，,]?对[^，,。；;！？!?]{1,20}?(?:进行|开展)")
# 作了…发言 / 作专题报告: giving an address (perhaps after a few words of its kind)
_ADDRESS = f"(?:作|做|进行)了?[\u4e00-\u9fff]{{0,4}}?(?:{alternation_of(ADDRESS_WORDS)})"
# A就X作了发言, A围绕X作专题报告, A、B等劳模结合X谈体会: who speaks on a topic, however many words name it
# (or A结合《条例》讲解…: a verb of speaking right after the topic)
_SPOKE_ON = re.compile(
    f"(?:同志)?(?:等[\u4e00-\u9fff]{{0,4}}?)?(?:就|围绕|结合)[^，,。；;！？!?]{{1,24}}?(?:{_ADDRESS}|{alternation_of(SPEAKING_VERBS)})"
)
# A为评选出的10户家庭颁发牌匾, A向户外劳动者送上…: who hands something over to others at the
# event takes part, however many words name those it is for
# (A、B等一起为…送上: the list closed by 等, with an adverb of acting together, still gives;
# 律师A当天即为一名骑手解答了…: on the occasion, a service done for others; A在Q为…宣讲: where)
_GIVES_TO = re.compile(
    f"(?:同志|{alternation_of(NAME_PROFESSIONS)})?(?:等[\u4e00-\u9fff]{{0,4}}?)?(?:{alternation_of(TOGETHER_WORDS)})?"
    f"(?:(?:{alternation_of(SAME_OCCASION)})(?:即|就|便|还|也)?)?(?:在[^，,。；;！？!?为向给]{{2,16}}?)?"
    f"[为向给][^，,。；;！？!?]{{1,30}}?(?:{alternation_of((*GIVING_TO_VERBS, *SERVING_VERBS))})"
)
# between two people of one list: titles and a separator, no clause of their own
_LIST_GAP = re.compile(r"[^。：:“”！？!?\n]{0,40}")
_LIST_SEPARATOR = re.compile(r"[，,、；;]|和|及|与")
# the rest of a list after its last name, then the verb: A和各项目代表队共150余人出席
_LIST_TAIL = re.compile(f"(?:和|及|以及|等)[^，,。；;]{{0,24}}?(?:{alternation_of(ATTEND_VERBS)})")
# A在参观后说 / A在座谈中表示: what a person says after or during an event named by its
# head or activity, the event the person took part in
_SAID_AT = re.compile(
    f"(?:同志)?在([\u4e00-\u9fff]{{2,6}}?)(?:结束)?(?:后|时|中|期间)[，,]?(?:{alternation_of((*VOICING_VERBS, '说'))})"
)
# A代表市长B出席: between A and the one A stands in for, titles and no separator
_ON_BEHALF = re.compile(f"(?:同志)?(?:{alternation_of(BEHALF_WORDS)})[^，,。；;、\\s和与及同]{{0,10}}")
# 尊敬的X代表：⏎ / X同志：⏎: the addressee a letter or a speech opens on, at the end of a line
_ADDRESSEE = re.compile(r"[\u4e00-\u9fff]{0,3}[：:][ \t\u3000]*(?:\n|$)")
# A建议… / B也表示…: what a person says, reported right after the name (at a meeting for talk)
_VOICES = re.compile(f"(?:同志)?[也亦则还]?(?:{alternation_of(VOICING_VERBS)})")
# A、B担任主礼嘉宾, A受邀担任评委: people who serve as the event's guests or judges (guest_words.txt, panel_words.txt)
_AS_GUEST = re.compile(
    f"(?:受邀|应邀)?(?:担任|作为|出任)[^，,。；;]{{0,6}}?(?:{alternation_of((*GUEST_WORDS, *PANEL_WORDS))})"
)
# A作开班动员, A作了专题辅导: who gives an address at the event
_GIVES_ADDRESS = re.compile(f"(?:同志)?{_ADDRESS}")
# A作第二届工会委员会工作报告, A作2027年度财务预决算…情况报告: who presents a report at the
# event, however many words say what it is about, the report ending the clause
_GIVES_REPORT = re.compile(r"(?:同志)?作了?[^，,。；;！？!?“”《》\n]{2,30}?报告(?=[，,。；;！？!?\n])")
# A作《2024年工作报告》, A作了题为《…》的报告: who presents a titled report or speech at the event
_PRESENTS = re.compile(r"(?:同志)?作了?(?:题为)?《[^》\n]{1,40}》")
# the tags of the words that may stand between an occasion opening a sentence and the
# person who acts there: a body and its titles (活动中，街道总工会主席X为…), no verb
_TITLE_TAGS = frozenset({"n", "nz", "nt", "ORG", "LOC", "ns", "j", "w", "f", "m", "q", "b", "PER", "nw", "an", "vn"})
# the end of a sentence, not of a clause (；)
_PERIOD = re.compile(r"[。！？!?\n]")
# 出席仪式 / 参加了本次活动: the verb of attending and its object, up to the clause's end
ATTENDED = re.compile(
    f"(?:{alternation_of(ATTEND_VERBS)})了?(?:{alternation_of(THIS_EVENT_WORDS)})?([\u4e00-\u9fff]{{2,8}})(?=[，,。；;！!\n]|并)"
)
# 出席本次活动的有 / 参加会议的领导有: the list of who attends follows
_LISTED_AFTER = re.compile(
    f"(?:{alternation_of(ATTEND_VERBS)})[^，,。；]{{0,12}}的[^，,。；]{{0,4}}?(?:{alternation_of(LISTING_WORDS)})"
    # (担任主礼嘉宾有：A，B: the guests' role, then the list)
    f"|(?:{alternation_of(GUEST_WORDS)})(?:{alternation_of(LISTING_WORDS)})[：:︰]"
)
# 这次受表彰的6名劳模分别是：A；B…: those the event is about, listed after 分别 in a
# sentence that names the article's event again
_LISTED_EACH = re.compile(f"分别(?:{alternation_of(LISTING_WORDS)})[：:]?")
# 一等奖获得者为A，二等奖获得者：B、C: the winners of a place, listed to the clause's end,
# competed in the event (the one named before them)
_PLACE_HOLDERS = re.compile(
    f"(?:{alternation_of(PLACES_WON)})(?:{alternation_of(HONOUR_HOLDER)})"
    # (or a colon alone: 一等奖获得者：A（X公司）)
    f"(?:(?:{alternation_of(HONOUR_LISTING)})[：:]?|[：:])"
)
_CLAUSE_END = re.compile(r"[，,。；;！？!?\n]")
# the verb of attending ending a list (出席, 参加), not one inside a word (参加者)
# (perhaps after a verb of going: …等230余人前往送别)
_ATTEND_AHEAD = re.compile(
    f"(?:共[^，,。；;]{{0,8}}?)?(?:{alternation_of(GOING_WORDS)})?(?:{alternation_of(ATTEND_VERBS)})"
)
# how far after the last name a list of people not named may reach its verb (a long list of
# trades: …负责人和快递员、外卖骑手、网约车司机、民宿从业人员等120余人参加)
_TAIL_REACH = 80
# the words of people not named in a list: titles, bodies, groups, and what joins them
_TAIL_TAGS = _TITLE_TAGS | {"c", "r", "a"}
# the tags of the noun a verb qualifies inside a list of people not named (带队领导); in a list
# 等 closes, a verbal noun too (镇直有关单位负责人和快递员…等120余人: 镇直 a verb to the tagger)
_QUALIFIED = {False: ("n",), True: ("n", "vn")}
# the words a list of people ends with (负责人, 领导, 代表)
_GROUP_TAGS = frozenset({"n", "nz", "m", "q"})
# …两名代表赴北京参会，分别是: a verb of attending ending the clause before 分别
_ATTENDED_BEFORE = re.compile(f"(?:{alternation_of(ATTEND_VERBS)})了?[，,]$")


def attendance(ctx: ArticleContext) -> None:
    """Named people who attend, speak or sign (出席, 讲话, 代表…签订), or who go to or lead
    the event (X一行来到…, X带领…), take part in the event last named before them, or in
    the main event; so do the people listed with them (A，B，C等领导出席) and those listed
    after 出席…的有."""
    events = ctx.facts.events
    if not events:
        return
    main = ctx.main_event()
    # the event named last before an offset, by any of its mentions: the headline's event
    # is named again in the lead, after a photo caption naming another (揭牌仪式。X 摄)
    mentioned = mentions(ctx, events)
    starts = [a for a, _ in mentioned]
    by_object = EventsByEnding(events)
    lead = lead_event(ctx, mentioned)
    attending = _attending(ctx)
    breaks = [m.start() for m in re.finditer("\n", ctx.text)]
    # 。A带队前往X，看望…: the visit A leads, named after A in A's sentence, is A's too; and
    # the whole list's that A closes (A，B等同志，先后到医院看望…)
    led_of: dict[int, EventFact] = {}
    for p, at in attending:
        if (led := led_visit(ctx, mentioned, starts, p, ctx.sentence_of(at)[1])) is not None:
            led_of.setdefault(at, led)
    for p, at in attending:
        # a list of people goes where its first stands (A到赛场观摩比赛，B、C等出席)
        k = bisect.bisect_right(starts, at)
        pos, last = mentioned[k - 1] if k else (-1, None)
        sa, sb = ctx.sentence_of(at)
        if last is None or (ctx.opens_with(sa, SAME_OCCASION) and pos < sa):
            targets = [last if last is not None and pos >= sa else main]
        elif pos >= sa:
            targets = [last]
        elif (head := setting_head(ctx, breaks, at)) is not None and by_object.last_before(*head) is not None:
            # 座谈会上，A讲述了…: the 座谈会 named before, whatever the paragraphs since
            targets = [by_object.last_before(*head)]
        elif k < len(starts) and starts[k] < sb and dated_apart(mentioned[k][1], last, sa, sb):
            # 。7月3日，A一行走进X，慰问…: the event A's own sentence names after A, on a day
            # of its own (not 。A到赛场调研: an act at the event named before; not the visit
            # of the headline's campaign, on its day)
            targets = [mentioned[k][1]]
        elif lead is main and last is not main and event_mentions.back_to_main(ctx, pos, sa, last, main):
            # a paragraph of its own after the one that named another event last (…。其后
            # 理事会举行第一次会议。\n\nA致辞时表示): the article's event again, when the
            # lead reports it (not when the lead opens on another: 一辆印着“工会送清凉”的车…)
            targets = [main]
        else:
            # the events of the sentence that named events last: X暨Y在Z举行。A、B出席
            ea, eb = ctx.sentence_of(pos)
            targets = named_in(ctx, ea, min(eb, at)) or [last]
        # 出席活动 where the event taken is no 活动: the last 活动 named before
        word = _attended_object(ctx, p)
        if word is not None and not any(ends_with(t, word) for t in targets):
            named = by_object.last_before(word, at)
            if named is not None:
                targets = [named]
        led = led_of.get(at)
        if led is not None and all(led is not t for t in targets):
            targets = [*targets, led]
        ref = EntityRef("Person", p.text)
        for target in targets:
            if all(r != ref for r, _ in target.participants):
                target.participants.append((ref, ctx.evidence(p.start_char, p.end_char, CONFIDENCE["context"])))


def _attended_object(ctx: ArticleContext, p: Span) -> str | None:
    """出席仪式 / 参加本次活动: the object of the verb of attending after ``p``, which names
    the event attended (X启动活动…。当天，Y专项行动也启动。A出席活动: the 启动活动)."""
    _, sb = ctx.sentence_of(p.start_char)
    said = _SAID_AT.match(ctx.text, p.end_char, sb)
    if said is not None:
        return said.group(1)  # (A在参观后说: the 参观)
    m = ATTENDED.search(ctx.text, p.end_char, sb)
    return m.group(1) if m else None


def _attending(ctx: ArticleContext) -> list[tuple[Span, int]]:
    """The people of the text who take part in an event, in order, each with the offset
    its list starts at."""
    text = ctx.text
    people = ctx.mentions_of("PERSON")
    out: dict[int, int] = {}
    # 座谈会, 研讨会: a meeting held for talk, where whoever is reported saying something spoke
    lead = ctx.main_event()
    talk = lead is not None and any(w in lead.ref.name for w in TALK_WORDS)
    breaks = [m.start() for m in re.finditer("\n", text)]  # (where each paragraph ends)
    for i, p in enumerate(people):
        _, sb = ctx.sentence_of(p.start_char)
        # (A（右二）为…颁奖, A（原X主席）分别发言: past a note on the photo or the person)
        end = note_end(text, p.end_char)
        window = text[end : min(sb, end + 12)]
        if i > 0 and _ON_BEHALF.fullmatch(text, people[i - 1].end_char, p.start_char):
            continue  # A代表市长B出席: B is away, A stands in
        if _ADDRESSEE.match(text, p.end_char):
            continue  # 尊敬的孟某某代表：⏎ the reply's addressee takes part in nothing it reports
        if not (
            any(v in window for v in ATTEND_VERBS)
            or _PRESENTS.match(text, p.end_char)
            or _acts_at_occasion(ctx, p)
            or LEADS.match(window)
            or led_along(text, p.start_char)
            or led_after_adverb(ctx, p, sb)
            or _IN_PARTY.match(text, p.end_char, sb)
            or _visited(text, p)
            or met_after_description(ctx, p)
            or _DONE_TO.match(text, end, sb)
            or _GIVES_TO.match(text, end, sb)
            or gives_to_described(ctx, p, end)
            or _SPOKE_ON.match(text, p.end_char, sb)
            or _GIVES_ADDRESS.match(text, p.end_char, sb)
            or _GIVES_REPORT.match(text, p.end_char, sb)
            or _LIST_TAIL.match(text, p.end_char, min(sb, p.end_char + 30))
            or _unnamed_tail(ctx, p, sb)
            or _AS_GUEST.match(text, p.end_char, sb)
            or described_attending(text, p.start_char)
            or _SAID_AT.match(text, p.end_char, sb)
            or acts_at_event(text, p.end_char, sb)
            or by_profession(ctx, p, sb)
            or (talk and _VOICES.match(text, p.end_char, sb))
            or says_at_occasion(ctx, breaks, p.start_char, end, sb)
        ):
            continue
        # the people listed before, title and name apart: A，B，C等领导出席 (a list split
        # at ；, where sentences end, is still one list)
        j = i
        while j > 0 and _listed_with(text, people[j - 1], people[j]):
            j -= 1
        for k in range(j, i + 1):
            out.setdefault(k, people[j].start_char)
    # 出席本次活动的有 A，B…: the people up to the end of the sentence (past ；)
    for m in _LISTED_AFTER.finditer(text):
        end = _PERIOD.search(text, m.end())
        sb = end.start() if end else len(text)
        for i, p in enumerate(people):
            if m.end() <= p.start_char < sb:
                out.setdefault(i, m.start())
    for m in _LISTED_EACH.finditer(text):
        sa, sb = ctx.sentence_of(m.start())
        # (or …两名代表赴北京参会，分别是A、B: a clause of attending right before)
        if not ctx.opens_with(sa, THIS_EVENT_WORDS) and not _ATTENDED_BEFORE.search(text, sa, m.start()):
            continue
        end = _PERIOD.search(text, m.end())
        sb = end.start() if end else len(text)
        for i, p in enumerate(people):
            if m.end() <= p.start_char < sb:
                out.setdefault(i, m.start())
    for m in _PLACE_HOLDERS.finditer(text):
        end = _CLAUSE_END.search(text, m.end())
        sb = end.start() if end else len(text)
        for i, p in enumerate(people):
            if m.end() <= p.start_char < sb:
                out.setdefault(i, m.start())
    return [(people[i], at) for i, at in sorted(out.items())]


def _unnamed_tail(ctx: ArticleContext, p: Span, sb: int) -> bool:
    """A，B，集团人力资源部负责人以及各参赛单位带队领导参加开幕式: a list of who attends goes on
    after its last name with people not named (titles, bodies, groups), then the verb of
    attending; no verb of a clause of its own between (a verb only before the noun it
    qualifies: 带队领导)."""
    text = ctx.text
    if not text.startswith(("，", ",", "、"), p.end_char):
        return False
    # (not a verb inside a noun of the list: 讲解员, 参与者)
    ahead = _ATTEND_AHEAD.finditer(text, p.end_char + 1, min(sb, p.end_char + _TAIL_REACH))
    m = next((m for m in ahead if ctx.doc.char_span(m.start(), m.end()) is not None), None)
    if m is None:
        return False
    between = ctx.doc.char_span(p.end_char + 1, m.start(), alignment_mode="expand")
    if between is None or len(between) == 0:
        return False
    tokens = list(between)
    # (生前友好、老同事和亲属等230余人: a time inside a list 等 closes, not a clause's: 退休后组织…)
    closed = any(t.text == "等" for t in tokens)
    # (人力资源部负责人和职工代表: a title the tagger took for a verb is still a title)
    titled = {t.i for m in ctx.mentions_in("TITLE", between.start_char, between.end_char) for t in m}
    return tokens[-1].tag_ in _GROUP_TAGS and all(
        t.tag_ in _TAIL_TAGS
        or t.i in titled
        or (closed and t.tag_ == "TIME")
        or t.text == "等"
        or (t.tag_ == "v" and i + 1 < len(tokens) and tokens[i + 1].tag_ in _QUALIFIED[closed])
        for i, t in enumerate(tokens)
    )


def _visited(text: str, p: Span) -> bool:
    """看望了连续在岗的护士长B，: the one a visitor visits."""
    before = text[max(0, p.start_char - 24) : p.start_char]
    return bool(_VISITED_AFTER.match(text, p.end_char) and _VISITED_BEFORE.search(before))


def _acts_at_occasion(ctx: ArticleContext, p: Span) -> bool:
    """活动中，街道总工会主席X为新会员佩戴徽章 / 欢送仪式上，省总工会主席X为…授旗: the person
    who acts in a sentence opened by the occasion (会上, 活动中, or the event named as its
    setting) takes part, when only a body and titles stand between the opening and the name."""
    sa, _ = ctx.sentence_of(p.start_char)
    comma = next((i for i in range(sa, p.start_char) if ctx.text[i] in "，,"), None)
    if comma is None or not re.fullmatch(r"[^，,。；;！？!?]*", ctx.text[comma + 1 : p.start_char]):
        return False
    setting = any(
        e.start_char - sa <= 1 and AS_SETTING.match(ctx.text, e.end_char) for e in ctx.mentions_in("EVENT", sa, comma)
    )
    if not (setting or ctx.opens_with(sa, SAME_OCCASION)):
        return False
    between = ctx.doc.char_span(comma + 1, p.start_char, alignment_mode="expand")
    return between is None or all(t.tag_ in _TITLE_TAGS for t in between)


def _listed_with(text: str, p: Span, q: Span) -> bool:
    """Whether ``p`` and the next person ``q`` are of one list: only titles and a separator
    between them (A，区总工会副主席B), no clause or quote of their own."""
    return bool(
        _LIST_GAP.fullmatch(text, p.end_char, q.start_char) and _LIST_SEPARATOR.search(text, p.end_char, q.start_char)
    )
