"""Family *awards*, continued: honours given to many at once, as award lists print them.

An award story names its honours once for many holders: the giver's sentence (省总工会决定，
授予X等N名个人Y奖章), a count and the honour before the list (这N名全国劳动模范分别是：…), or the
prize before the winner it qualifies (获得一等奖的X).  The holders are the people (or, with none,
the bodies) the grammar puts there; the honour is the words up to its head (奖章, 先锋号, 劳模 …).
Needs the people (PERSON mentions) and the bodies (``ctx.ref_at``).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.awards import HONOUR_HEAD_WORDS, award, bodies_in, winners_named
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.prize_holders import names_listed
from kg.extract.wordlists import (
    ATTEND_VERBS,
    BESTOW_VERBS,
    GIVING_TO_VERBS,
    GIVING_VERBS,
    HONOUR_HOLDER,
    HONOUR_KIND,
    HONOUR_LISTING,
    HONOUR_RECEIVE,
)
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef

_NUMBER = "[\\d一二两三四五六七八九十百千]+"
# the honour that ends a giving clause, after its holders: 等129名个人江西省五一劳动奖章称号;
# quoted and called a 称号 it is one whatever its head, its edition and its scope before it
# (等8名职工2026年度“X”称号, 第三届“Y”称号, 2027年度全省某系统“Z”称号)
_GIVEN_HONOUR = re.compile(
    f"^(?:同志)?(?:等{_NUMBER}(?:名|位|个|家|人)?(?:个人|职工|同志|单位|集体|班组)?)?"
    f'(?:(?:首届|第{_NUMBER}届|\\d{{4}}年度?)?[\u4e00-\u9fff]{{0,12}}?[“"「『]([^“”"「」『』]{{2,16}})[”"」』](?:荣誉)?称号'
    f'|[“"「『]?([\u4e00-\u9fff\\d]{{0,16}}?(?:{HONOUR_HEAD_WORDS}))[”"」』]?(?:荣誉)?(?:称号)?)$'
)
_GIVING = re.compile(alternation_of(GIVING_VERBS))
_COMMA = re.compile("[，,]")
_OPEN_QUOTE = re.compile('[“"「『]')
# “晋雁能源集团技术能手”称号: a quoted honour, ending with an honour's head
QUOTED_HONOUR = re.compile(f'[“"「『]([^“”"「」『』]{{2,16}}(?:{HONOUR_HEAD_WORDS}))[”"」』]')
# 为各工种前三名颁发奖杯和证书，: the class handed something in the clause right before a
# giving verb with no holders of its own (…，授予“X”称号)
_HANDED_BEFORE = re.compile(
    f"[为向给]([^，,。；;！？!?]{{2,30}}?)(?:{alternation_of(BESTOW_VERBS)})[^，,。；;！？!?]{{0,10}}[，,]\\Z"
)
# 为A工会、B工会等6个基层工会授予“模范职工小家”牌匾: the holders after 为, then the verb and
# the quoted honour, named by its head or by the kind of thing given (牌匾, 称号)
_BESTOWED = re.compile(
    f"为([^，,。；;！？!?]{{2,80}}?)(?:{alternation_of(BESTOW_VERBS)})了?"
    # (颁发2027年度“X”: the year of the honour between the verb and its name)
    f'(?:\\d{{4}}年度?)?[“"「『]([^“”"「」『』]{{2,20}})[”"」』]'
    f"({alternation_of(HONOUR_KIND)})?"
)
_CLAUSE_END = re.compile("[；;。！!？?\n]")
# 向X授予…: the holder before the verb, in its clause (kg.extract.awards reads it)
_TO_BEFORE = re.compile("向[^，,；;。！!？?\n]{2,}$")
_TO_REACH = 40
NATION, FEDERATION = "中华", "总工会"  # 中华全国总工会“X”: the nation's honour, 全国X
# 这6名全国劳动模范分别是：, 这10位“最美职工”分别是: a count, the honour, then its holders
_LISTED = re.compile(
    f'{_NUMBER}(?:名|位)[“"「『]?([\u4e00-\u9fff]{{0,14}}?(?:{HONOUR_HEAD_WORDS}))[”"」』]?(?:{alternation_of(HONOUR_LISTING)})[:：]?'
)
# 获得自治区五一劳动奖章的部分职工：, then one holder a line: the honour received, heading a
# list whose lines each open with a holder's name (and their unit and job after it)
_HEADED = re.compile(
    f'(?:{alternation_of(HONOUR_RECEIVE)})[“"「『]?([\u4e00-\u9fff\\d]{{2,16}}?(?:{HONOUR_HEAD_WORDS}))[”"」』]?'
    f"(?:荣誉)?(?:称号)?的[\u4e00-\u9fff]{{0,8}}[:：][ \u3000]*\n"
)
# (2026年X奖章获得者名单, then （共50名） on a line of its own: the count under the heading)
# 二、河南省五一劳动奖章（800名）: a line opening with an honour (its ordinal, its count of
# holders) or naming itself a list (“江淮工匠”名单：), heading the lines of its holders as an
# award list prints them
_ORDINAL = "[一二三四五六七八九十]+、|\\d+[.、．]"
# (岐山县“巾帼建功标兵”（7名）：: the area before the quotes is the honour's; quoted and
# counting its holders, any words name an honour (“最美职工”（2名）); a colon may follow the count)
_COUNTED = f"[（(]共?{_NUMBER}(?:名|位|人)[）)]"
_HEADING = re.compile(
    f'^[ \u3000]*(?P<ord>{_ORDINAL})?(?P<honour>(?:[\u4e00-\u9fff]{{2,8}}?(?=[“"「『]))?'
    f'(?:[“"「『][\u4e00-\u9fff\\d]{{2,16}}[”"」』](?={_COUNTED})'
    f'|[“"「『]?[\u4e00-\u9fff\\d]{{2,16}}?(?:{HONOUR_HEAD_WORDS})[”"」』]?))'
    f"(?:(?P<count>{_COUNTED})[:：]?[ \u3000]*"
    f"|(?P<list>(?:{alternation_of(HONOUR_HOLDER)})?名单)?[:：]?[ \u3000]*"
    f"(?:\n?[ \u3000]*{_COUNTED}[:：]?[ \u3000]*)?(?=\n))",
    re.M,
)
_QUOTES = re.compile('[“”"「」『』]')
_HOLDER_WORD = re.compile(f"(?:{alternation_of(HONOUR_HOLDER)})$")
# 郑州市：: the words heading the holders of one place inside the list
_SUBHEAD = re.compile("[^\n，,。；;：:]{2,12}[:：]")
_ROW_NUMBER = re.compile("(?:\\d{1,3}(?:[.、．]|[ \u3000]+)[ \u3000]*)?")
# 麻某某　某中学教师: a row of an award list, a name of two to four characters, a gap, then
# the holder's unit and job
_ROW_SHAPE = re.compile("[\u4e00-\u9fff]{2,4}[ \u3000]+[\u4e00-\u9fff]")
# a list of holders runs over its semicolons to the full stop or the paragraph's end
_LIST_END = re.compile("[。！!？?\n]")
# 获得2024年度火车头奖章的A公司司机张三、B公司工长李四: the honour received, then 的 and its
# holders, each named last in an item of a list (unit and job before the name)
_RECEIVED_BY = re.compile(
    f'(?:{alternation_of(HONOUR_RECEIVE)})(?:[“"「『]([^“”"「」『』]{{2,16}})[”"」』]|'
    f"([\u4e00-\u9fff\\d]{{0,20}}?(?:{HONOUR_HEAD_WORDS})))(?:荣誉)?(?:称号)?的"
)
_EDITION = re.compile(r"^(?:首届|第[一二三四五六七八九十\d]+届|\d{4}年度?)")
_ITEM_END = re.compile("[、，,；;。！!？?\n]|等|$")
# how far after 的 the one holder of an honour may be named (its unit and job first)
_HOLDER_REACH = 30
_LIST_STOP = re.compile("[，,；;。！!？?\n]|$")
# what a name may bring after it in a list of holders or winners: a bracket (unit, job), then
# the mark that opens the next name
AFTER_WINNER = re.compile("[ \u3000]*(?:[（(][^（()）\n]{0,40}[)）])?[ \u3000]*")
# 向获评“X”的焊工班长张三颁发…: the honour's clause inside the object of a giving (after 向,
# 为, 给); its holder is the name the verb of handing over follows, however many job words
# stand between 的 and the name
_GIVING_TO = re.compile(f"[^，,。；;！？!?“”「」『』]{{0,16}}?(?={alternation_of(GIVING_TO_VERBS)})")


def conferred(ctx: ArticleContext) -> None:
    """授予X、Y等N名个人Z奖章: the holders between the verb and the honour that ends the clause
    (the passive 被授予 is read with the other verbs of receiving)."""
    text = ctx.text
    for m in _GIVING.finditer(text):
        if m.start() > 0 and text[m.start() - 1] == "被":
            continue
        end = _CLAUSE_END.search(text, m.end())
        stop = end.start() if end else len(text)
        # 授予A等100个单位X奖状，授予B等800名职工Y奖章: each giving clause to the next
        again = _GIVING.search(text, m.end(), stop)
        if again is not None:
            stop = len(text[: again.start()].rstrip("，,、 "))
        quote = _OPEN_QUOTE.search(text, m.end(), stop)
        named_to = quote.start() if quote else stop  # (伊泰集团 in “伊泰集团技术能手” holds nothing)
        people = ctx.mentions_in("PERSON", m.end(), named_to)
        holders = [(p.start_char, p.end_char, EntityRef("Person", p.text)) for p in people]
        if not holders:
            holders = _outermost([(x, y, ref) for y, x, ref in bodies_in(ctx, m.end(), named_to)])
            to = _TO_BEFORE.search(text, max(0, m.start() - _TO_REACH), m.start())
            if holders and to is not None:
                _given_after_to(ctx, holders[-1], to.start() + 1, m.start(), named_to)
                continue
        if not holders:
            # 授予各工种前三名共12名选手“X”称号: the winners of those places; 为各工种前三名颁发
            # 奖杯，授予“X”称号: the class handed the cups in the clause before is given X too
            given = QUOTED_HONOUR.match(text, named_to)
            handed = _HANDED_BEFORE.search(text, max(0, m.start() - 40), m.start()) if named_to == m.end() else None
            a, b = handed.span(1) if handed else (m.end(), named_to)
            if given is not None:
                # (read from the giving clause: the results naming them may stand lines before)
                ev = ctx.evidence(a if handed else m.start(), given.end(), CONFIDENCE["context"])
                for p in winners_named(ctx, a, b):
                    award(ctx, EntityRef("Person", p.text), given.group(1), ev)
            continue
        # (授予A（某公司电工）、B（…）等N名同志“X”称号: past the bracket of the last one's unit and job)
        last = AFTER_WINNER.match(text, max(y for _x, y, _ref in holders)).end()
        # (the honour ends its clause: 授予…“X”称号，每人奖励1万元)
        given = _GIVEN_HONOUR.match(_COMMA.split(text[last:stop], 1)[0].strip())
        honour = (given.group(1) or given.group(2)) if given else ""
        if len(honour) < 4:
            continue
        for x, _y, ref in holders:
            award(ctx, ref, honour, ctx.evidence(x, stop, CONFIDENCE["pattern"]))


def _given_after_to(ctx: ArticleContext, giver: tuple[int, int, EntityRef], a: int, verb: int, quote: int) -> None:
    """向某班授予全国总工会“工人先锋号”称号: the union glued to the quoted honour names its giver,
    and the honour by the giver's area (全国工人先锋号); the bodies after 向 hold it."""
    given = QUOTED_HONOUR.match(ctx.text, quote)
    if giver[1] != quote or given is None:
        return
    area = ctx.text[giver[0] : giver[1]].removeprefix(NATION).removesuffix(FEDERATION)
    honour = given.group(1) if given.group(1).startswith(area) else area + given.group(1)
    for x, _y, ref in _outermost([(x, y, r) for y, x, r in bodies_in(ctx, a, verb)]):
        award(ctx, ref, honour, ctx.evidence(x, given.end(), CONFIDENCE["pattern"]))


def _outermost(bodies: list[tuple[int, int, EntityRef]]) -> list[tuple[int, int, EntityRef]]:
    """The bodies of a list of holders, not those inside another's name: 授予A集团第三工程部“X”
    称号 honours the department, not the group it belongs to."""
    return [(x, y, r) for x, y, r in bodies if not any(a <= x and y <= b and (a, b) != (x, y) for a, b, _ in bodies)]


def bestowed(ctx: ArticleContext) -> None:
    """为A工会、B工会等6个基层工会授予“X”牌匾, 为张三颁发“Y”称号: the people (else the bodies)
    between 为 and the verb hold the quoted honour; it is one when a kind of honour follows
    it or it ends with an honour's head (奖章, 模范职工之家)."""
    text = ctx.text
    for m in _BESTOWED.finditer(text):
        honour = m.group(2)
        if m.group(3) is None and not re.search(f"(?:{HONOUR_HEAD_WORDS})$", honour):
            continue
        a, b = m.start(1), m.end(1)
        holders = [(p.start_char, EntityRef("Person", p.text)) for p in ctx.mentions_in("PERSON", a, b)]
        if not holders:
            holders = [(x, ref) for x, _y, ref in _outermost([(x, y, r) for y, x, r in bodies_in(ctx, a, b)])]
        for x, ref in holders:
            award(ctx, ref, honour, ctx.evidence(x, m.end(), CONFIDENCE["pattern"]))


def listed_holders(ctx: ArticleContext) -> None:
    """这6名全国劳动模范分别是：A公司总工程师X；B公司焊工Y…: the people of the list, to the end
    of its sentence, hold the honour."""
    for m in _LISTED.finditer(ctx.text):
        honour = m.group(1)
        if len(honour) < 4:
            continue
        end = _LIST_END.search(ctx.text, m.end())
        for p in ctx.mentions_in("PERSON", m.end(), end.start() if end else len(ctx.text)):
            to_person(ctx, p, honour, p.start_char)


def headed_holders(ctx: ArticleContext) -> None:
    """获得X奖章的部分职工：, or a heading line 二、X奖章（800名）, then A（某公司班长）, B（…）
    one a line: the person each line opens with holds the honour; a line naming a place
    alone (郑州市：) heads a part of the list; the list ends at the first other line that
    opens with no name."""
    text = ctx.text
    # (a heading numbered, counting its holders or naming itself a list: not a line that
    # ends in a title word, 区领导慰问劳模)
    headings = (m for m in _HEADING.finditer(text) if m.group("ord") or m.group("count") or m.group("list"))
    for m in (*_HEADED.finditer(text), *headings):
        honour, pos = _EDITION.sub("", _QUOTES.sub("", m.group("honour" if m.re is _HEADING else 1))), m.end()
        honour = _HOLDER_WORD.sub("", honour)  # X奖章获得者名单: the honour is X奖章
        if len(honour) < 4:
            continue
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            start = pos + len(text[pos:end]) - len(text[pos:end].lstrip())
            holders = _line_holders(ctx, start, end)
            if holders is None:
                break
            for p in holders:
                to_person(ctx, p, honour, m.start())
            pos = end + 1


def _line_holders(ctx: ArticleContext, start: int, end: int) -> list[Span] | None:
    """The holders a line of an award list names: the person it opens with (and those set
    beside it), after the
    place heading its part (郑州市：赵永城 …), and any other right after such a heading;
    none for a heading alone (郑州市：); None when the line opens with no name (the list
    is over)."""
    text = ctx.text
    start = _ROW_NUMBER.match(text, start, end).end()  # 1.张三　…, 2　李四　…: a row's number
    sub = _SUBHEAD.match(text, start, end)
    at = sub.end() if sub else start
    if not text[at:end].strip():
        return []
    people = ctx.mentions_in("PERSON", start, end)
    if not people or people[0].start_char != at:
        # 第五晓燕　某公司质检员: a line of the list's shape (a short name, a gap, the unit
        # and job) whose name was not read keeps the list going; it holds nothing itself
        return [] if _ROW_SHAPE.match(text, at, end) else None
    first = [p for p in people if p.start_char == at or text[p.start_char - 1] in ":："]
    # 冯某　谢某　欧阳某: the names set side by side on the row (gaps or 、 between them)
    return [q for p in first for q in names_listed(ctx, p) if q.end_char <= end]


def received_by(ctx: ArticleContext) -> None:
    """获得X奖章的A公司司机张三、B段工长李四，…: the honour the list's people received; a
    list of items each ending in a name (its unit and job before it) to the end of the
    clause.  When the sentence then says they come up to receive it or attend (上台领奖),
    they take part in the main event."""
    text = ctx.text
    main = ctx.main_event()
    ends = {p.end_char: p for p in ctx.mentions_of("PERSON")}
    for m in _RECEIVED_BY.finditer(text):
        honour = _EDITION.sub("", m.group(1) or m.group(2))
        if len(honour) < 4:
            continue
        stop = _LIST_STOP.search(text, m.end()).start()
        holders, pos = [], m.end()
        while pos < stop:
            end = _ITEM_END.search(text, pos, stop + 1)
            after = end.start() if end else stop
            item_end = _bracket_after_name(ctx, ends, pos, after)
            if item_end not in ends:
                if holders and (last := ctx.mentions_in("PERSON", pos, pos + 1)):
                    holders.append(last[0])  # …的A、B颁发了奖章: the last of the list, then its verb
                    break
                # 荣获X的A公司采油工张三代表…发言: one holder, the subject of what follows
                first = ctx.mentions_in("PERSON", pos, min(item_end, pos + _HOLDER_REACH))
                # (获得X的周建平团队研发的装置: a name inside a phrase of 的 holds nothing)
                if not holders and first and "的" not in text[first[0].end_char : item_end]:
                    holders.append(first[0])
                break
            holders.append(ends[item_end])
            pos = after + 1
        if not holders and m.start() > 0 and text[m.start() - 1] in "向为给":
            holders = _given_to(ctx, ends, m.end())
        _, sb = ctx.sentence_of(m.start())
        attends = any(v in text[stop:sb] for v in ATTEND_VERBS)
        ev = ctx.evidence(m.start(), sb, CONFIDENCE["context"])
        for p in holders:
            to_person(ctx, p, honour, m.start())
            if attends and main is not None:
                main.participants.append((EntityRef("Person", p.text), ev))


def _bracket_after_name(ctx: ArticleContext, ends: dict[int, Span], pos: int, item_end: int) -> int:
    """黎某（某公司领班）、吉某（…）: an item whose name is followed by a bracket of its unit and
    job ends, as a name, where the bracket opens (else ``item_end`` itself)."""
    if item_end > pos and ctx.text[item_end - 1] in "）)":
        k = max(ctx.text.rfind("（", pos, item_end), ctx.text.rfind("(", pos, item_end))
        if k in ends:
            return k
    return item_end


def _given_to(ctx: ArticleContext, ends: dict[int, Span], start: int) -> list[Span]:
    """向获评“X”的班长张三颁发…: the person named right before the verb of handing over
    that follows ``start`` in its clause (its job words before it), if any."""
    m = _GIVING_TO.match(ctx.text, start)
    return [ends[m.end()]] if m is not None and m.end() in ends else []


def to_person(ctx: ArticleContext, person: Span, honour: str, start: int) -> None:
    """``honour`` to the person ``person`` names, read from ``start`` to the name's end."""
    award(ctx, EntityRef("Person", person.text), honour, ctx.evidence(start, person.end_char, CONFIDENCE["pattern"]))
