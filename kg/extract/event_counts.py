"""How many took part in an event: N名/位/人 in its sentence, the next ones about who took
part, or a later sentence naming the event again (此次活动共有…).

Called by ``kg.extract.events`` for each event as it is read (``read_count``) and by
``kg.extract.article`` once the main event is known (``stated_count``).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.acts_at_event import act_at_attended
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.count_reach import after_particulars, said_again, tells_event
from kg.extract.people_counts import PLAYERS, counts_between, sums_listed
from kg.extract.wordlists import (
    ATTEND_VERBS,
    CONTEST_STAGES,
    GENERIC_EVENT_HEADS,
    GIVING_TO_VERBS,
    MEETING_HEADS,
    ORGANISED_BY_VERBS,
    PRESENT_WORDS,
    PROCESS_OPENERS,
    SAME_OCCASION,
    SERVING_VERBS,
    SOURCE_OPENERS,
    SPEAKER_WORDS,
    TAKING_PART_WORDS,
    THIS_EVENT_WORDS,
    VISIT_VERBS,
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
# a word of those actually present, perhaps with their noun between (实到代表105名): those
# present count before any other of the sentence (…肩负全县3.2万名会员的重托出席会议)
_PRESENT = re.compile(f"(?:{alternation_of(PRESENT_WORDS)})[\u4e00-\u9fff]{{0,6}}$")
# 为150余名农民工提供…: those a service is for, 为 right before their count, a service after it
_SERVED_BY = "为"
_SERVICE = re.compile(f"[\u4e00-\u9fff]{{1,8}}?(?:{alternation_of((*SERVING_VERBS, *GIVING_TO_VERBS))})")
# a word of a sum right before a count (共89人参加)
TOTAL_BEFORE = re.compile(r"(?:共|共计|总计|合计|共有)$")
# 共慰问137人, 累计走访慰问困难职工56人: a sum of those visited, the verb and whom it visits
# between (…公益性岗位人员96人、环卫工人41人，共慰问137人: the sum, not its first part)
_VISITED_TOTAL = re.compile(f"(?:共|共计|总计|合计|累计)(?:{alternation_of(VISIT_VERBS)})+[\u4e00-\u9fff]{{0,8}}$")
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
    players = [c for c in cands if PLAYERS.match(ctx.text[c.end_char : c.end_char + 3])]
    totals = [
        c
        for c in cands
        if (
            TOTAL_BEFORE.search(ctx.text, max(0, c.start_char - 3), c.start_char)
            and _TAKING_PART.match(ctx.text, c.end_char)
        )
        or _NAMED_TOTAL.search(ctx.text, max(0, c.start_char - 10), c.start_char)
        or _VISITED_TOTAL.search(ctx.text, max(0, c.start_char - 16), c.start_char)
        or sums_listed(ctx, c)
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
