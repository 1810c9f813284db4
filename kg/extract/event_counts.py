"""How many took part in an event: N名/位/人 in its sentence, the next ones about who took
part, or a later sentence naming the event again (此次活动共有…).

Called by ``kg.extract.events`` for each event as it is read (``read_count``) and by
``kg.extract.article`` once the main event is known (``stated_count``).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.acts_at_event import act_at_attended
from kg.extract.bodies_taking_part import staff_serving
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.count_reach import after_particulars, said_again, tells_event
from kg.extract.wordlists import (
    ATTEND_VERBS,
    CLASS_BOUNDS,
    CONTEST_STAGES,
    ELECTED_VERBS,
    ELECTING_VERBS,
    EXPECTED_WORDS,
    GENERIC_EVENT_HEADS,
    GIVING_TO_VERBS,
    HONOUR_RECEIVE,
    MEETING_HEADS,
    MEMBERSHIP_ENDS,
    MEMBERSHIP_VERBS,
    MODE_WORDS,
    NAMING_VERBS,
    ORGANISED_BY_VERBS,
    PLAYER_WORDS,
    PRESENT_WORDS,
    PRIZE_VERBS,
    PROCESS_OPENERS,
    SAME_OCCASION,
    SERVING_VERBS,
    SOURCE_OPENERS,
    SPEAKER_WORDS,
    STAFFING_WORDS,
    TAKING_PART_WORDS,
    THIS_EVENT_WORDS,
    UNCOUNTED_WORDS,
    UNIT_DELEGATES,
    WATCHING_VERBS,
    WIN_VERBS,
)
from kg.lexicon import alternation_of
from kg.model.facts import EventFact

# the next sentence is about who took part (…50余名职工参加)
_TAKING_PART = re.compile(alternation_of(TAKING_PART_WORDS))
# how many sentences after the event's may say how many took part
_NEXT_SENTENCES = 3
# openings of a sentence at the event that name it by its head (活动中，活动期间，)
# 我们这一期一共40多名劳模: the event said again by those who took part in it, speaking
_THIS_EVENT = (*THIS_EVENT_WORDS, *(p + w for p in SPEAKER_WORDS for w in THIS_EVENT_WORDS))
_AT_THE_EVENT = tuple(w for w in SAME_OCCASION if w.startswith(GENERIC_EVENT_HEADS))
# 现场，…40余人参与了互动: the scene alone, as the sentence's own clause, then who took part
_AT_THE_SCENE = re.compile(r"\s*现场[，,]")
# a word of prizes, perhaps with a noun between (一等奖3名): the count after it is none of
# who took part
_UNCOUNTED = re.compile(f"(?:{alternation_of(UNCOUNTED_WORDS)})[\u4e00-\u9fff]{{0,3}}$")
# a word of those expected, perhaps with their noun between (应到会员代表), or in brackets after a
# field's label (参加人数（预计）：220人): those present count
_EXPECTED = re.compile(f"(?:{alternation_of(EXPECTED_WORDS)})[\u4e00-\u9fff]{{0,6}}(?:[）)]?[：:])?\\s*$")
# a word of those actually present, perhaps with their noun between (实到代表105名): those
# present count before any other of the sentence (…肩负全县3.2万名会员的重托出席会议)
_PRESENT = re.compile(f"(?:{alternation_of(PRESENT_WORDS)})[\u4e00-\u9fff]{{0,6}}$")
# a verb of electing earlier in a count's clause (选举产生…委员15名、…委员5名; 以及…代表11名 goes on
# with the list): those elected, not who took part (but 参加选举的, 选举产生的48名代表参加会议 is who
# took part: the delegates the units elected come to the meeting)
_ELECTING = re.compile(f"(?:{alternation_of(ELECTING_VERBS)})(?!(?:产生)?的)")
_LIST_GOES_ON = re.compile(r"\s*(?:以及|及|和|并)")
# …，27名同志当选为第四届委员会委员: a verb of being elected after a count and its noun
_ELECTED_AFTER = re.compile(
    f"[\u4e00-\u9fff]{{0,6}}?(?:{alternation_of(tuple(w for w in ELECTED_VERBS if '选' in w))})"
)
# a word of staff held, perhaps with the staff's noun between (现有职工会员8.6万名): the count
# after it is the size of a body, not who took part
_STAFFING = re.compile(f"(?:{alternation_of(STAFFING_WORDS)})[\u4e00-\u9fff]{{0,6}}$")
# a verb of winning or of being honoured right after a count, perhaps after a noun (40人获奖,
# 12名选手荣获…, 10名职工被评为…): the winners, not who took part (获 alone: 获赠 is received)
_WON = tuple(w for w in {*WIN_VERBS, *PRIZE_VERBS, *NAMING_VERBS, *HONOUR_RECEIVE, "获奖"} if len(w) > 1)
_WINNERS = re.compile(f"[\u4e00-\u9fff]{{0,3}}?(?:{alternation_of(_WON)})")
# 为150余名农民工提供…: those a service is for, 为 right before their count, a service after it
_SERVED_BY = "为"
_SERVICE = re.compile(f"[\u4e00-\u9fff]{{1,8}}?(?:{alternation_of((*SERVING_VERBS, *GIVING_TO_VERBS))})")
# the rest of a count's clause making its people spectators at the scene (200余名职工在现场观看)
_WATCHING = re.compile(f"[^，,。；;！？!?]{{0,10}}?在[^，,。；;！？!?]{{1,10}}?(?:{alternation_of(WATCHING_VERBS)})")
# the rest of a count's clause making its people new members (23名快递员扫码加入工会)
_JOINING = re.compile(f"[^，,。；;！？!?]{{0,12}}?(?:{alternation_of(MEMBERSHIP_ENDS)})")
# a bound and a noun of units after a count: 职工100人以上单位, 50人及以下的企业
_SIZE_CLASS = re.compile(f"及?(?:{alternation_of(CLASS_BOUNDS)})的?(?:单位|企业|用人单位|工会|规模)")
# …由5人组成: the count a panel or body is made up of
_MADE_UP = re.compile(r"[\u4e00-\u9fff]{0,4}?组成")
# a way of taking part right before a count, perhaps with a verb of it between (线上参与200人)
_MODE = re.compile(f"(?:{alternation_of(MODE_WORDS)})(?:{alternation_of(TAKING_PART_WORDS)})?[共约近]?$")
# between two counts of groups listed together: the first group's noun and a mark of a list
_LISTED = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:、|和|及|与|以及)")
# a word of a sum right before a count (共89人参加)
TOTAL_BEFORE = re.compile(r"(?:共|共计|总计|合计|共有)$")
# 参会人员共71人, 出席会议人员合计: those taking part named first, then their sum (the members
# present, 实到38名, are a part of it)
_NAMED_TOTAL = re.compile(f"(?:{alternation_of(TAKING_PART_WORDS)})[\u4e00-\u9fff]{{0,4}}?(?:共|共计|总计|合计|共有)$")
# 据统计，本次招聘会共吸引…: the source of a sentence's figures opens it before its subject
_SOURCE_OPENER = re.compile(f"\\s*(?:{alternation_of(SOURCE_OPENERS)})[，,]")
# 当天共有300余名…: the day of the event (or its occasion) and a word of a sum open the
# sentence: how many the event reached that day in all
_DAY_TOTAL = re.compile(f"\\s*(?:{alternation_of(SAME_OCCASION)})[，,]?(?:共有|共计|总计|合计|共)")
# a sentence that only says who organised the event (大赛由A主办，B承办。): the next one may
# still say who took part
_BY = alternation_of(ORGANISED_BY_VERBS)
_SPONSORS_ONLY = re.compile(f"[^，,。；;！？!?]{{0,12}}由[^。；;！？!?]{{2,80}}?(?:联合|共同)?(?:{_BY})")
# a verb of attending after a count (40余名职工参加) or before it (实际参加面试60人)
_ATTEND_AFTER = tuple(w for w in TAKING_PART_WORDS if w in ATTEND_VERBS)
# 实际参加面试60人: a verb of attending, perhaps the event's name, right before the count
_ATTENDED_BEFORE = re.compile(f"(?:{alternation_of(_ATTEND_AFTER)})了?[\u4e00-\u9fff]{{0,6}}$")
ATTEND_VERB = f"(?:{alternation_of(_ATTEND_AFTER)})了?(?:{alternation_of(THIS_EVENT_WORDS)})?"
# a count of units, their noun and the one person each sends, attending: 12家网点负责人参加
_DELEGATES = re.compile(
    f"的?[\u4e00-\u9fff]{{0,8}}?(?:{alternation_of(UNIT_DELEGATES)})(?:{alternation_of(TAKING_PART_WORDS)})"
)
# a count whose people attend (40余名职工参加), among others in its sentence (律师等4人解答)
_ATTENDS = re.compile(f"[\u4e00-\u9fff]{{0,6}}?(?:{alternation_of(_ATTEND_AFTER)})")
# the round of a contest an event is named by (X比赛决赛), or a count's clause names
_STAGE = re.compile(alternation_of(CONTEST_STAGES))
_STAGE_END = re.compile(f"(?:{alternation_of(CONTEST_STAGES)})$")
_CLAUSE = re.compile("[^，,。；;！？!?\n]*")
# the rest of a count's clause saying its people went on to a round (53名选手进入决赛)
_ADVANCED = re.compile(f"[^，,。；;！？!?\n]{{0,8}}?(?:进入|晋级|晋级到|进军)(?:{alternation_of(CONTEST_STAGES)})")
# 经过…，: a first clause of the process leading up to what the sentence says
_PROCESS = re.compile(f"\\s*(?:{alternation_of(PROCESS_OPENERS)})[^，,。；;！？!?\n]*[，,]")
# a count of players (48名选手) before other counts
_PLAYERS = re.compile(f"({alternation_of(PLAYER_WORDS)})")


def read_count(ctx: ArticleContext, fact: EventFact, s: Span, sb: int) -> None:
    """How many took part: N名/位/人 in the event's sentence, or in the next ones when they
    are about who took part (全区各行业50余名劳动模范…参与)."""
    sa, _ = ctx.sentence_of(s.start_char)
    if s.start_char < _after_process(ctx, sa, sb):
        return  # 经过…岗位练兵，146名选手…: the process looked back to counts none of them
    # (not a count inside the name, but a party's size: 代表团一行十二人到访, the visit's count)
    cands = [
        c
        for c in counts_between(ctx, sa, sb)
        if not (s.start_char - 1 <= c.end_char and c.start_char < s.end_char)
        or ctx.text.endswith("一行", 0, c.start_char)
    ]
    cands = [c for c in cands if _same_headline_part(ctx, s, c)]
    # (…发放仪式，为56名困难职工子女发放助学金。…80余人参加仪式: those given to at a ceremony or
    # a meeting, unless no one is said to attend; at a service, 义诊, they are who took part)
    ceremony = fact.ref.name.endswith(_CEREMONY_HEADS)
    served = [c for c in cands if _served(ctx, c)] if ceremony and all(_served(ctx, c) for c in cands) else []
    cands = [c for c in cands if c not in served]
    # else the next sentences about who took part, up to one naming another event: 张三
    # 等出席闭幕式。17支队伍41名选手参加比赛。
    na = after_particulars(ctx, sb)
    for _ in range(_NEXT_SENTENCES):
        if cands:
            break
        a, nb = ctx.sentence_of(na)
        while a == na and nb > na and nb < len(ctx.text) and ctx.text[na:nb].isspace():
            na = nb  # (a paragraph's break read as a sentence of its own: the next paragraph goes on)
            a, nb = ctx.sentence_of(na)
        if a == na and not _TAKING_PART.search(ctx.text, na, nb) and _SPONSORS_ONLY.match(ctx.text, na, nb):
            na = nb  # (大赛由A主办，B承办。126名选手晋级决赛。)
            continue
        # (出席并为…发放慰问金: an act at the event attended names no other)
        named = [
            e
            for e in ctx.mentions_in("EVENT", _after_process(ctx, na, nb), nb)
            if not act_at_attended(ctx.text, e.start_char, na)
        ]
        told = a == na and all(said_again(fact.ref.name, e.text) for e in named) and not counts_between(ctx, na, nb)
        if told and tells_event(ctx, fact.ref.name, na, nb):
            na = nb  # (…主持宣讲会。A作分享，B作表态发言。…共130余名到场聆听。)
            continue
        if a != na or named or not _TAKING_PART.search(ctx.text, na, nb):
            break
        cands = counts_between(ctx, na, nb)
        na = nb
    cands = _of_round(ctx, fact.ref.name, cands or served)
    if cands:
        fact.count = _count_of(ctx, cands, CONFIDENCE["pattern"])


_CEREMONY_HEADS = ("仪式", *MEETING_HEADS)


def _served(ctx: ArticleContext, c: Span) -> bool:
    """为150余名农民工提供…: the count of those a service or a gift is for."""
    return ctx.text.endswith(_SERVED_BY, 0, c.start_char) and _SERVICE.match(ctx.text, c.end_char) is not None


def _after_process(ctx: ArticleContext, a: int, b: int) -> int:
    """Where sentence ``[a, b)`` starts saying what it says: after its first clause when that
    opens with the process that led up to it (经过半年的岗位练兵和层层选拔，146名选手…): an
    event named there is looked back to, no other event the sentence is about."""
    m = _PROCESS.match(ctx.text, a, b)
    return m.end() if m else a


def read_count_in(ctx: ArticleContext, fact: EventFact, a: int, b: int) -> None:
    """How many took part, said in ``[a, b)`` apart from the event's own sentence (the lead
    that sets the scene of a ceremony named after it: …的46名劳动模范…。欢送仪式上，…)."""
    cands = _of_round(ctx, fact.ref.name, counts_between(ctx, a, b))
    if cands and fact.count is None:
        fact.count = _count_of(ctx, cands, CONFIDENCE["context"])


def _same_headline_part(ctx: ArticleContext, s: Span, c: Span) -> bool:
    """Whether count ``c`` stands in the same part of the headline as the event ``s`` (or
    either is not in the headline): the parts of a headline set off by spaces are separate
    statements (某公司拟裁员300人 工会赴市府请愿: those laid off did not take part)."""
    top = len(ctx.article.headline or "")
    if s.start_char >= top or c.start_char >= top:
        return True
    between = ctx.text[min(c.end_char, s.end_char) : max(c.start_char, s.start_char)]
    return not any(ch.isspace() for ch in between)


def _of_round(ctx: ArticleContext, name: str, cands: list[Span]) -> list[Span]:
    """Of ``cands``, those of the round of a contest the event ``name`` is named by (X比赛决赛:
    12名选手进入决赛, not 36名选手参加初赛): the counts whose clause names that round, else
    those whose clause names no other; when the name gives no round, those of the contest
    itself, not those who went on to a round (进入决赛, 晋级复赛), unless no other is said."""
    own = _STAGE_END.search(name)
    if own is None:
        # (148名职工报名参赛，…53名选手进入决赛: those who went on to a round are a part)
        entered = [c for c in cands if not _ADVANCED.match(ctx.text, c.end_char)]
        return entered or cands
    rounds = [_STAGE.search(_CLAUSE.match(ctx.text, c.end_char).group()) for c in cands]
    named = [c for c, r in zip(cands, rounds, strict=True) if r is not None and r.group() == own.group()]
    return named or [c for c, r in zip(cands, rounds, strict=True) if r is None]


def _count_of(ctx: ArticleContext, cands: list[Span], conf: float) -> tuple[int, object]:
    """The count among ``cands`` that says how many took part: of players first (48名选手),
    then a total of those taking part (实到37名，列席12人，共49人参加, …参会人员共71人: the sum,
    not its first part), then those present (实到代表105名), then one of people attending
    (律师等4人现场解答，40余名职工参加: not those serving there), then one of people served
    (6名律师走进工地，为150余名农民工提供咨询)."""
    players = [c for c in cands if _PLAYERS.match(ctx.text[c.end_char : c.end_char + 3])]
    totals = [
        c
        for c in cands
        if (
            TOTAL_BEFORE.search(ctx.text, max(0, c.start_char - 3), c.start_char)
            and _TAKING_PART.match(ctx.text, c.end_char)
        )
        or _NAMED_TOTAL.search(ctx.text, max(0, c.start_char - 10), c.start_char)
    ]
    # (进入面试63人，实际参加面试60人: those who attended, the verb of attending before the count)
    attending = [
        c
        for c in cands
        if _ATTENDS.match(ctx.text, c.end_char)
        or _ATTENDED_BEFORE.search(ctx.text, max(0, c.start_char - 10), c.start_char)
    ]
    served = [c for c in cands if _served(ctx, c)]
    present = [c for c in cands if _PRESENT.search(ctx.text, max(0, c.start_char - 10), c.start_char)]
    order = ((players, 0), (totals, -1), (present, 0), (attending, 0), (served, 0))
    c = next((k[i] for k, i in order if k), cands[0])
    return c._.kg_count, ctx.evidence(c.start_char, c.end_char, conf)


def stated_count(ctx: ArticleContext) -> None:
    """本次活动惠及职工50余人 / 此次比赛共有120名选手参赛 / 活动中，为80名职工送去… /
    大会…实到402名: a later sentence that opens by naming the article's event again (by its
    meeting's head alone too) says how many took part (or were reached), when its own did not."""
    main = ctx.main_event()
    if main is None or main.count is not None:
        return
    _, a = ctx.sentence_of(main.evidence.start)
    # (大会…实到402名 anywhere in the body: a live report tells the congress newest first)
    for start, opened in ((a, _names_main_again), (len(ctx.text) - len(ctx.article.body), _head_names_main)):
        while start < len(ctx.text):
            sa, sb = ctx.sentence_of(start)
            if sb <= start:
                break
            opener = _SOURCE_OPENER.match(ctx.text, sa, sb)
            if opener and not _heads_main(ctx, main, opener.end()):
                start = sb  # (据介绍，本次行业性集体协商…惠及职工N名: the process behind it, another)
                continue
            if opened(ctx, main, opener.end() if opener else sa, sb):
                cands = _of_round(ctx, main.ref.name, counts_between(ctx, sa, sb) or _counts_said_next(ctx, sb))
                if cands:
                    main.count = _count_of(ctx, cands, CONFIDENCE["context"])
                    return
            start = sb


def _heads_main(ctx: ArticleContext, main: EventFact, at: int) -> bool:
    """Whether the words at ``at``, after a word naming the event again (本次), are the main
    event's head (本次招聘会, 此次仪式) or a generic one (本次活动); else none follows (当天，…)."""
    word = next((w for w in _THIS_EVENT if ctx.text.startswith(w, at)), None)
    if word is None:
        return True
    heads = (*GENERIC_EVENT_HEADS, *ctx.lex.event_heads_ending(main.ref.name), main.ref.name[-2:])
    return ctx.text.startswith(heads, at + len(word))


def _names_main_again(ctx: ArticleContext, main: EventFact, sa: int, sb: int) -> bool:
    """本次活动…, 活动中，…, 当天共有…, 现场，…N人参与…: a sentence opening by naming the main
    event again (or its scene, when it says who took part)."""
    return (
        ctx.opens_with(sa, _THIS_EVENT)
        or ctx.opens_with(sa, _AT_THE_EVENT)
        or bool(_DAY_TOTAL.match(ctx.text, sa))
        or bool(_AT_THE_SCENE.match(ctx.text, sa) and _TAKING_PART.search(ctx.text, sa, sb))
    )


def _head_names_main(ctx: ArticleContext, main: EventFact, sa: int, sb: int) -> bool:
    """大会应到代表420名，…实到402名 / 招聘会共组织…，860余名求职者进场: a sentence about who
    took part (a word of it in the sentence) that opens with the head the main event is named
    by (大会, 会议; or the head its name ends with, 招聘会), alone as its subject, names that
    event again."""
    heads = (*MEETING_HEADS, *ctx.lex.event_heads_ending(main.ref.name))
    head = next((h for h in heads if ctx.opens_with(sa, (h,))), None)
    return head is not None and head in main.ref.name and bool(_TAKING_PART.search(ctx.text, sa, sb))


def _counts_said_next(ctx: ArticleContext, a: int) -> list[Span]:
    """本次大赛吸引了15家单位报名。经过选拔，共有67名选手参加决赛。: a sentence about the
    event said again goes on in the next one of its paragraph, when that one is about who
    took part and names no other event."""
    na, nb = ctx.sentence_of(a)
    if na != a or "\n" in ctx.text[a - 1 : a + 1] or ctx.mentions_in("EVENT", na, nb):
        return []
    if not _TAKING_PART.search(ctx.text, na, nb):
        return []
    return counts_between(ctx, na, nb)


def _elected(text: str, a: int, at: int) -> bool:
    """Whether the clause before ``at`` (from ``a`` on) elects (选举产生了委员15名、…5名，以及
    出席…的代表11名: a clause opening with 以及 goes on with the one before)."""
    start = _clause_start(text, a, at)
    while start > a and _LIST_GOES_ON.match(text, start):
        start = _clause_start(text, a, start - 1)
    return bool(_ELECTING.search(text, start, at))


def _clause_start(text: str, a: int, at: int) -> int:
    """Where the clause before ``at`` starts (not before ``a``)."""
    return max(a, *(text.rfind(p, a, at) + 1 for p in "，,；;。"))


def counts_between(ctx: ArticleContext, a: int, b: int) -> list[Span]:
    """People counted in [a, b): N名/位/人 (or 个 before a word of people, 三十来个老同志), not inside
    quotes (“百名劳模进一线”)."""
    out = []
    for c in ctx.mentions_in("COUNT", a, b):
        if c.text[-1] not in "名位人个" and not (c.text[-1] == "家" and _DELEGATES.match(ctx.text, c.end_char)):
            continue  # (12家快递网点负责人参加: a count of units sending one each counts people)
        before = ctx.text[a : c.start_char]
        if before.count("“") > before.count("”"):
            continue
        if before.rstrip("了共计约近").endswith(MEMBERSHIP_VERBS):
            continue  # 吸纳68名职工入会: new members, not people taking part
        if _JOINING.match(ctx.text, c.end_char) and not any(w in before for w in MEMBERSHIP_ENDS):
            continue  # 23名快递员扫码加入工会: new members too (but 举行集中入会…，80名骑手填表入会)
        if _UNCOUNTED.search(before) or _EXPECTED.search(before):
            continue  # 评出一等奖3名, 应到委员25名: winners, those expected
        if _elected(ctx.text, a, c.start_char) or _ELECTED_AFTER.match(ctx.text, c.end_char):
            continue  # 选举产生委员15名, 27名同志当选: those elected
        if _STAFFING.search(before):
            continue  # 全公司现有职工1.6万人: the staff of a body
        if (before.endswith("的") or ctx.ref_at.by_end.get(c.start_char)) and staff_serving(ctx.text, c.end_char):
            continue  # X医院(的)11名医护人员为劳动者测血压: the staff serving, not who took part
        if _SIZE_CLASS.match(ctx.text, c.end_char) or _MADE_UP.match(ctx.text, c.end_char):
            continue  # 职工100人以上单位, 评审委员会由5人组成: the size of the units or panel, not who took part
        if _WINNERS.match(ctx.text, c.end_char):
            continue  # 共有40人获奖: the winners
        if _WATCHING.match(ctx.text, c.end_char):
            continue  # 200余名职工在现场观看: spectators
        out.append(c)
    # 线上200人，线下80人: counts of the ways of taking part are parts of a whole not said
    parts = [c for c in out if _MODE.search(ctx.text, a, c.start_char)]
    out = [c for c in out if c not in parts] if len(parts) > 1 else out
    # 20名劳模、10名职工: counts of groups listed together are parts too (no sum guessed)
    listed = {
        k
        for i in range(len(out) - 1)
        if _LISTED.fullmatch(ctx.text, out[i].end_char, out[i + 1].start_char)
        for k in (i, i + 1)
    }
    # (not the players among them: 128名选手、12名裁判 counts the players, see _count_of)
    return [c for i, c in enumerate(out) if i not in listed or _PLAYERS.match(ctx.text[c.end_char : c.end_char + 3])]
