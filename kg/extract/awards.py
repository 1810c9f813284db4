"""Family *awards*: honours people and organisations receive (a place or an honour won
at an event is a part taken in it: :mod:`kg.extract.awarded_participants`).

Needs the people (PERSON mentions) and the bodies (``ctx.ref_at``).  An honour is given
to the people of the clause before the verb (荣获); when the clause names none, to the
body named last in it (X工程技术部荣获“工人先锋号”称号: teams and units win titles too).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.honour_topic import after_own_honours, listed_after, owns_holder, topic_holder
from kg.extract.wordlists import (
    BESTOW_VERBS,
    HONOUR_HEADS,
    HONOUR_HOLDER,
    HONOUR_KIND,
    HONOUR_LISTING,
    HONOUR_RECEIVE,
    HONOUR_TITLES,
    NAMING_VERBS,
    NOMINATING_VERBS,
    PLACES_WON,
    PRIZE_VERBS,
    REVOKING_VERBS,
    WIN_VERBS,
)
from kg.lexicon import alternation_of, lexicon
from kg.model.facts import EntityRef, Evidence

# 分获前三名, 荣获一等奖: a place or prize won; or places listed (分获第二、三名)
WINNING = re.compile(
    f"(?:{alternation_of(WIN_VERBS)})(?:了)?({alternation_of(PLACES_WON)}|第[一二三四五六七八九十](?:[、和][一二三四五六七八九十])+名)"
)
# 第三届“齐鲁工匠”获得者 …: holders of an honour, named next
_HOLDERS = re.compile(
    f'(?:第[一二三四五六七八九十\\d]+届)?[“"「『]([^”"」』]{{2,16}})[”"」』](?:{alternation_of(HONOUR_HOLDER)})'
)
_PLACE = re.compile(alternation_of(PLACES_WON))
_LISTING = re.compile(alternation_of(HONOUR_LISTING))
# 荣获“全国五一劳动奖章”称号: an honour given; a bare 获 only right before the quote or a
# time (获2027年“X”), not 获悉, 获批 nor 获得者 (奖章获得者和“X”中: a noun); or given by 由 a giver
_GIVEN = re.compile(
    f'(?:(?:{alternation_of(HONOUR_RECEIVE)})(?!者)|获(?=(?:\\d{{4}}年度?)?[“"「『])|由[^，。；“”"]{{1,12}}?(?:{alternation_of(BESTOW_VERBS)}))[^，。；]{{0,12}}?[“"「『]([^”"」』]{{2,16}})[”"」』]({alternation_of(HONOUR_KIND)})?'
)
# 荣获“X”的班长张三: the honour qualifying a name after 的, not the clause's subject's
_QUALIFIES = re.compile(r"(?:荣誉)?(?:称号)?的(?!称号|荣誉|殊荣)")
# 为 / 向 / 给 right before the verb: its clause qualifies whom the giver hands the honour to,
# …, with the year the honour is of between (为2027年度获得“X”的张三颁发…)
_GIVER_BEFORE = re.compile(r"[为向给](?:\d{4}年度?|[今去]年)?\Z")
# 获得“全国五一劳动奖状”: a quoted honour with no 称号 after it ends with an honour's head
# the words an honour's name ends with (奖章, 先锋号, 劳动模范 …), as one alternation
HONOUR_HEAD_WORDS = alternation_of((*HONOUR_HEADS, *HONOUR_TITLES))
_HONOUR_END = re.compile(f"(?:{HONOUR_HEAD_WORDS})\\Z")
EVENT_HEADS = lexicon().event_heads
# (荣获中华全国总工会颁发的全国五一劳动奖章: the giver and 颁发的 before it)
# 荣获最佳风采奖, 荣获比赛银奖, 获评全国五一劳动奖章, 获“优秀组织奖”: a prize, quoted or not, a
# noun ending in 奖 (奖章, 奖状); not 获奖 (winning, said of whoever won) nor 获悉
PRIZE = re.compile(
    f"(?:{alternation_of(PRIZE_VERBS)})(?![奖悉者]|得者)[了过]?(?:由?[\u4e00-\u9fff]{{2,16}}?(?:{alternation_of(BESTOW_VERBS)})的)?"
    f'[“"「『]?([\u4e00-\u9fff]{{1,10}}奖(?:章|状)?)[”"」』]?(?![\u4e00-\u9fff”"」』])'
)
# 被评为2024年度市级模范职工之家, 荣膺全国工人先锋号称号: an honour named without quotes
# after a verb of naming, up to the end of its clause
_NAMED = re.compile(
    f"(?:{alternation_of(NAMING_VERBS)})([\u4e00-\u9fff\\d]{{2,16}}?)(?:荣誉)?(?:称号)?(?=[，,。；;、！!？?\\s]|$)"
)
# 被平台评为“金牌骑手”, 被市总工会授予…称号: a verb of naming in the passive with its agent
# between 被 (or 由: A、B由市人社局授予“X”称号) and the verb; the honour quoted (any, 金牌骑手)
# or up to its clause's end
_PASSIVE_VERBS = tuple(v[1:] for v in NAMING_VERBS if v.startswith("被"))
_NAMED_BY = re.compile(
    f'[被由][^\\s，,。；;！？!?“”"「」『』]{{1,8}}?(?:{alternation_of(_PASSIVE_VERBS)})'
    f'(?:[“"「『]([^“”"「」『』]{{2,16}})[”"」』]|([\u4e00-\u9fff\\d]{{4,16}}?)(?:荣誉)?(?:称号)?(?=[，,。；;、！!？?\\s]|$))'
)
# 荣获2027年全国五一劳动奖章, 获得市五一巾帼标兵: an honour won, unquoted, maybe after its year or
# edition, ending with an honour's head at its clause's end (a year breaks PRIZE's run of words)
_WON_TITLE = re.compile(
    f"(?:{alternation_of(PRIZE_VERBS)})(?![奖悉者]|得者)[了过]?"
    f"((?:首届|第[一二三四五六七八九十\\d]+届|\\d{{4}}年度?)?[\u4e00-\u9fff]{{2,16}}?(?:{alternation_of(HONOUR_HEADS)}))"
    f"(?:荣誉)?(?:称号)?(?=[，,。；;、！!？?\\s]|$)"
)
# the words of a prize up to the event it was won at (演讲比赛银奖)
_AFTER_EVENT = re.compile(f"^.*(?:{alternation_of(EVENT_HEADS)})")
# 自治区劳动模范、首届凤城工匠张黎博: an honour held, standing before its holder's name
_TITLE_END = re.compile(f"(?:{alternation_of(HONOUR_TITLES)})\\Z")
# 全国五一劳动奖章获得者: an honour's head, then the word of its holder (HONOUR_HOLDER)
_HOLDER_END = re.compile(f"(?:{HONOUR_HEAD_WORDS})((?:{alternation_of(HONOUR_HOLDER)}))\\Z")
# 是重庆市首席技师，: a person's honour said by 是, its qualifying words and its title word
_IS_HONOUR = re.compile(f"是(\\w{{0,8}}?({alternation_of(HONOUR_TITLES)}))(?=[，,。；;、！!？?\\s]|$)")
# the words an honour's name is made of, before its head (an area, a city's by-name, a field)
_HONOUR_WORD_TAGS = frozenset({"n", "nz", "LOC", "ns", "ORG", "j"})
# 全国五一劳动奖章, 三八红旗手: a feast day named by its month and day, read as a time
_FEAST_DAY = re.compile(r"[一二三四五六七八九十]{2}")
EDITION = re.compile(r"^(?:首届|第[一二三四五六七八九十\d]+届|\d{4}年度?)")
# 撤销, 取消: a verb taking an honour away
_REVOKED = re.compile(alternation_of(REVOKING_VERBS))
# 推荐…申报, 拟推荐参评: a verb putting someone forward for an honour, not giving it
_NOMINATED = re.compile(alternation_of(NOMINATING_VERBS))
# a count of a class of holders ending a clause of receiving (我市2个集体荣获, 2名工会工作者荣获): its
# own subject, named later if at all
_COUNTED_CLASS = re.compile("(?:\\d+|[一二两三四五六七八九十百]+)(?:余|多)?[个名家位人][\u4e00-\u9fff]{0,8}$")
# 电钳工第一名：张三: a line of results, a place and its winner's name after a colon
_RESULT_LINE = re.compile(f"({alternation_of(PLACES_WON)})[:：][ \u3000]*")
# 第一名, 前三名: a rank, no honour
_RANK = re.compile("[第前][一二三四五六七八九十两\\d]+名")
# 前三名: a range of the first places
_NUMERALS = "一二三四五六七八九十"
_RANGE = re.compile(f"前([{_NUMERALS}两])名")
# where the clause of a verb starts: the words before it in that clause are its subject
_CLAUSE_BREAK = re.compile(r"[，,；;。！？!?\s]")


def read_awards(ctx: ArticleContext) -> None:
    """“X”获得者 followed by names, and NAME荣获“X”称号: a person's honour."""
    text = ctx.text
    awarded = {(ref.name, honour) for ref, honour, _ in ctx.facts.awards}
    for m in _HOLDERS.finditer(text):
        honour = m.group(1)
        sa, sb = ctx.sentence_of(m.start())
        # (“X”获得者虎文斌、…: the first name may stand right after the word, no colon between)
        people = ctx.mentions_in("PERSON", max(sa, m.end()), sb)
        if not people:
            na, nb = ctx.sentence_of(sb)
            if na == sb and _LISTING.search(text[na : na + 20]):
                people = ctx.mentions_in("PERSON", na, nb)
        for p in people:
            ev = ctx.evidence(p.start_char, p.end_char, CONFIDENCE["pattern"])
            if (p.text, honour) not in awarded:
                ctx.facts.awards.append((EntityRef("Person", p.text), honour, ev))
                awarded.add((p.text, honour))
    for m in _GIVEN.finditer(text):
        # (荣获大赛“最佳新人奖”: a quoted prize in 奖, the event it was won at before it)
        if m.group(2) is None and not _HONOUR_END.search(m.group(1)) and not m.group(1).endswith("奖"):
            continue
        if _QUALIFIES.match(text, m.end()) and (
            ctx.mentions_in("PERSON", m.end(), m.end() + 12)
            or _GIVER_BEFORE.search(text, max(0, m.start() - 8), m.start())
        ):
            # 向获评“X”的班长张三颁发…, 为获得“X”的某公司焊工张三颁奖: the honour of what 的
            # qualifies (received_by), never of the givers before 为
            continue
        if _NOMINATED.search(text, clause_start(ctx, m.start()), m.start(1)):
            continue  # 一等奖获得者将被推荐参评“X”: put forward for it, not given it
        sa = after_own_honours(ctx, ctx.sentence_of(m.start())[0], m.start())
        won = [] if ctx.mentions_in("PERSON", sa, m.start()) else winners_named(ctx, sa, m.start())
        for p in won:
            ev = ctx.evidence(p.start_char, m.end(), CONFIDENCE["context"])
            award(ctx, EntityRef("Person", p.text), m.group(1), ev)
        if not won:
            give(ctx, m.group(1), sa, m.start(), m.end(), last=3)
    for m in _NAMED.finditer(text):
        honour = EDITION.sub("", m.group(1))
        if len(honour) >= 4:
            give(ctx, honour, clause_start(ctx, m.start()), m.start(), m.end(), last=None)
    for m in PRIZE.finditer(text):
        prize = prize_name(m.group(1))  # 荣获演讲比赛银奖: the prize is 银奖
        if len(prize) >= 2:
            give(ctx, prize, clause_start(ctx, m.start()), m.start(), m.end(), last=None)
    for m in _WON_TITLE.finditer(text):
        honour = EDITION.sub("", m.group(1))
        if len(honour) >= 4:
            give(ctx, honour, clause_start(ctx, m.start()), m.start(), m.end(), last=None)
    for p in ctx.mentions_of("PERSON"):
        m = _IS_HONOUR.match(text, p.end_char)
        # 张三是重庆市首席技师、高级技师: an honour qualified by its area, as what the person is
        if m is not None and honour_start(ctx, m.start(2)) == m.start(1) < m.start(2):
            award(
                ctx, EntityRef("Person", p.text), m.group(1), ctx.evidence(p.start_char, m.end(), CONFIDENCE["context"])
            )
    for m in _NAMED_BY.finditer(text):
        honour = m.group(1) or EDITION.sub("", m.group(2))
        if len(honour) < (2 if m.group(1) else 4):
            continue
        a = clause_start(ctx, m.start())
        if ctx.mentions_in("PERSON", a, m.start()) or bodies_in(ctx, a, m.start()):
            give(ctx, honour, a, m.start(), m.end(), last=None)
        elif (subject := sentence_subject(ctx, m.start())) is not None:
            award(
                ctx,
                EntityRef("Person", subject.text),
                honour,
                ctx.evidence(subject.start_char, m.end(), CONFIDENCE["context"]),
            )
        elif (topic := topic_holder(ctx, a, m.start())) is not None:  # 2019年被X授予Y: the profile's
            award(ctx, topic, honour, ctx.evidence(a, m.end(), CONFIDENCE["context"]))


def winners_named(ctx: ArticleContext, a: int, b: int) -> list[Span]:
    """…A、B、C分获前三名。…前三名选手被授予“X”称号: holders named by the place they won
    (a place in ``[a, b)``) are the people who won it as said before — by a verb of winning,
    or in a line of results (电钳工第一名：张三（…）); a range of places (前三名) holds each
    place in it (第一名 …)."""
    said = _PLACE.search(ctx.text, a, b)
    if said is None:
        return []
    wins = [w for w in WINNING.finditer(ctx.text, 0, a) if w.group(1) == said.group()]
    if wins:
        sa, _ = ctx.sentence_of(wins[-1].start())
        return ctx.mentions_in("PERSON", sa, wins[-1].start())
    places = {said.group()} | set(_places_in(said.group()))
    people = {p.start_char: p for p in ctx.mentions_in("PERSON", 0, a)}
    out: list[Span] = []
    for m in _RESULT_LINE.finditer(ctx.text, 0, a):
        p = people.get(m.end())
        if m.group(1) in places and p is not None and p not in out:
            out.append(p)
    # (or the place of an item read before as theirs: A、B分别获得钳工、焊工工种第一名)
    held = {ref.name for ref, h, ev in ctx.facts.awards if ev.end <= a and h.endswith(tuple(places))}
    for p in people.values():
        if p.text in held and all(q.text != p.text for q in out):
            out.append(p)
    return out


def _places_in(places: str) -> list[str]:
    """前三名 -> 第一名, 第二名, 第三名: the places a range of the first places holds."""
    m = _RANGE.fullmatch(places)
    if m is None:
        return []
    last = _NUMERALS.index(m.group(1).replace("两", "二"))
    return [f"第{n}名" for n in _NUMERALS[: last + 1]]


def sentence_subject(ctx: ArticleContext, pos: int) -> Span | None:
    """The person a sentence opens with, when the clause at ``pos`` names no one: a clause
    with no subject of its own (连续两年被平台评为…) shares the sentence's (何平湖跑外卖…，)."""
    sa, _ = ctx.sentence_of(pos)
    people = ctx.mentions_in("PERSON", sa, pos)
    if people and not ctx.text[sa : people[0].start_char].strip():
        return people[0]
    return None


def clause_start(ctx: ArticleContext, pos: int) -> int:
    """Where the clause holding ``pos`` starts (after the last comma, stop or space)."""
    sa, _ = ctx.sentence_of(pos)
    k = pos
    while k > sa and not _CLAUSE_BREAK.match(ctx.text, k - 1):
        k -= 1
    return k


def give(ctx: ArticleContext, honour: str, a: int, verb: int, end: int, last: int | None) -> None:
    """``honour`` to the people in ``[a, verb)`` (the ``last`` of them), else to the body
    named last there; none when the sentence takes it away before the verb (决定撤销其
    获得的“X”称号: the honour is revoked, not received), nor when its clause puts them
    forward for it (推荐两名获得者申报“X”称号: nominated, not given)."""
    sa, _ = ctx.sentence_of(verb)
    if _REVOKED.search(ctx.text, sa, verb) or _NOMINATED.search(ctx.text, clause_start(ctx, verb), verb):
        return
    if _GIVER_BEFORE.search(ctx.text, max(0, verb - 8), verb) and _QUALIFIES.match(ctx.text, end):
        return  # 为获得“X”的某公司焊工张三颁奖: the honour of what 的 qualifies, not the giver's
    own = clause_start(ctx, verb)
    named = ctx.mentions_in("PERSON", own, verb) or bodies_in(ctx, own, verb)
    if own > a and _COUNTED_CLASS.search(ctx.text, own, verb) and not named:
        a = own  # (某总工会下发决定，我市2个集体荣获“X”: the clause's own counted subject, not the giver;
        # but A，B，C等22人获评“X”: the people listed before the count)
    people = [p for p in ctx.mentions_in("PERSON", a, verb) if not owns_holder(ctx, p.end_char)]
    # (马海燕：每天接待…李崇岗获得“X”: a name before a colon labels what follows, its speaker;
    # the verb's subject is a name after it)
    people = [p for p in people[:-1] if ctx.text[p.end_char : p.end_char + 1] not in "：:"] + people[-1:]
    if people:
        for p in people[-last:] if last else people:
            award(ctx, EntityRef("Person", p.text), honour, ctx.evidence(p.start_char, end, CONFIDENCE["pattern"]))
        return
    bodies = bodies_in(ctx, a, verb)
    if bodies:
        _, x, ref = max(bodies, key=lambda b: (b[0], -b[1]))  # the last, and longest, body named
        award(ctx, ref, honour, ctx.evidence(x, end, CONFIDENCE["pattern"]))
        return
    won = winners_named(ctx, a, verb)
    for p in won:  # 各工种第一名获一等奖: who won that place
        award(ctx, EntityRef("Person", p.text), honour, ctx.evidence(a, end, CONFIDENCE["context"]))
    if won:
        return
    for p in listed_after(ctx, end):  # 3名职工获评“X”，分别是A、B: the people listed next
        won.append(p)
        award(ctx, EntityRef("Person", p.text), honour, ctx.evidence(end, p.end_char, CONFIDENCE["context"]))
    if not won and (topic := topic_holder(ctx, a, verb)) is not None:  # 先后获得…: the profile's person
        award(ctx, topic, honour, ctx.evidence(a, end, CONFIDENCE["context"]))


_BODIES = ("TradeUnion", "Organization")


def bodies_in(ctx: ArticleContext, a: int, b: int) -> list[tuple[int, int, EntityRef]]:
    """The unions and organisations named within ``[a, b)``, as (end, start, body)."""
    return [(y, x, r) for x, y in ctx.ref_at.starting_in(a, b) if y <= b and (r := ctx.ref_at[(x, y)]).cls in _BODIES]


def prize_name(words: str) -> str:
    """A prize without the event it was won at (演讲比赛银奖 → 银奖)."""
    return _AFTER_EVENT.sub("", words)


def award(ctx: ArticleContext, ref: EntityRef, honour: str, ev: Evidence) -> None:
    """``honour`` to ``ref``, once; not a rank (第一名, 前三名): a place in a ranking is won
    at the event (its winner takes part), the prize it brings (一等奖) is the award."""
    if _RANK.fullmatch(honour):
        return
    if all((r, h) != (ref, honour) for r, h, _ in ctx.facts.awards):
        ctx.facts.awards.append((ref, honour, ev))


def honour_start(ctx: ArticleContext, head: int) -> int:
    """Where the name of an honour ending in a title word at ``head`` starts: over up to
    three words of a name before it (an area, a by-name) and an edition (首届)."""
    tokens = ctx.doc.char_span(0, head, alignment_mode="contract")
    k = head
    if tokens is None:
        return k
    for t in reversed(list(tokens)[-4:]):
        if t.tag_ in _HONOUR_WORD_TAGS or EDITION.fullmatch(t.text) or _FEAST_DAY.fullmatch(t.text):
            k = t.idx
            continue
        break
    return k
