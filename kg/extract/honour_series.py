"""Family *awards*, continued: honours written as a series against their holders.

Three frames put more than one holder or more than one honour in one clause, where the
readers of kg.extract.awards see only the first:

- a list of prizes won respectively: A、B、C分获一、二、三等奖 (or 分别获得金奖、银奖和铜奖):
  news pairs the k-th name with the k-th prize; a list whose length differs from the
  names' is left alone (which goes with which is not written);
- a count of items, each with its place, won respectively: A、B分获两个项目第一名: each name holds
  the place of an item (项目第一名), when the count is the names';
- items listed, sharing their head and place, won respectively: A、B、C分别获得钳工、焊工、电工
  工种第一名: the k-th name holds the k-th item's place (焊工工种第一名), when the lists are as long;
- a list of honours after a verb of receiving: 先后荣获全国五一劳动奖章、全国劳动模范等称号:
  each item ending with an honour's head is held by the clause's people (else its body);
- the giver naming its holders as an honour: 命名A、B为“Y”: the people (else the bodies)
  between the verb and 为 hold the quoted honour (``name-as`` in the award patterns), with
  the area that qualifies it (命名A等12名同志为2027年度某县“金牌职工”: 某县“金牌职工”).

- bodies listed before the body an honour is given to: A工会、B工会获优秀组织奖 (the
  readers give a clause's honour to the body named last);

A clause that puts its holders forward (推荐, 拟…) gives nothing (kg.extract.awards.give).
"""

from __future__ import annotations

import re

from kg.extract.award_tables import area_before
from kg.extract.awards import HONOUR_HEAD_WORDS, award, bodies_in, clause_start, give
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.honour_topic import owns_holder
from kg.extract.wordlists import (
    HONOUR_RECEIVE,
    ITEM_HEADS,
    NAME_AS_VERBS,
    NOMINATING_VERBS,
    PLACES_WON,
    RESPECTIVE_VERBS,
    TITLED_VERBS,
)
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef
from kg.nlp.text import cn_number

_NUMERALS = "一二三四五六七八九十"
# 一、二、三等奖 / 第一、二名: numerals listed, sharing the words after the last one
_SHARED = re.compile(f"(第)?([{_NUMERALS}](?:[、和及与][{_NUMERALS}])+)(等奖|名)")
# 金奖、银奖和铜奖: places written out, listed
_PLACES = f"(?:{alternation_of(PLACES_WON)})"
_PLACE_LIST = re.compile(f"{_PLACES}(?:[、和及与]{_PLACES})+")
# 二等奖和三等奖, 一等奖、二等奖: prizes written out whole, listed
_PRIZE = f"[特{_NUMERALS}]等奖"
_PRIZE_LIST = re.compile(f"{_PRIZE}(?:[、和及与]{_PRIZE})+")
_RESPECTIVE = re.compile(f"(?:{alternation_of(RESPECTIVE_VERBS)})了?")
# 两个项目第一名, 三个组别的冠军: a count of items, then the place each was won in
_ITEM_PLACES = re.compile(f"([两二三四五六七八九十\\d]{{1,2}})个([\u4e00-\u9fff]{{1,3}}?)的?({_PLACES})")
# 钳工、焊工、电工工种第一名: items listed, then the head they share (工种, 组) and the place
_ITEM_LIST = re.compile(
    f"((?:[\u4e00-\u9fff]{{1,6}}?[、和及与])+[\u4e00-\u9fff]{{1,6}}?)({alternation_of(ITEM_HEADS)})?的?({_PLACES})"
)
_PLACE = re.compile(_PLACES)
# 电工项目一、二等奖: the one item (its head 项目, 工种, 组) the listed prizes were won in
_PRIZED_ITEM = re.compile(f"[\u4e00-\u9fff]{{1,6}}?(?:{alternation_of(ITEM_HEADS)})的?")
# 荣获全国五一劳动奖章、全国劳动模范等称号: honours listed after a verb of receiving
_ITEM = f'[“"「『]?[\u4e00-\u9fff\\d]{{2,16}}?(?:{HONOUR_HEAD_WORDS})[”"」』]?(?:[（(]\\d{{4}}年?度?[)）])?'
_HONOUR_SERIES = re.compile(
    f"(?:{alternation_of((*TITLED_VERBS, *HONOUR_RECEIVE))})了?"
    f"((?:{_ITEM})(?:[、和及与](?:{_ITEM}))+)(?:等)?(?:荣誉)?(?:称号)?"
)
_ITEM_SPLIT = re.compile("[、和及与]")
# 先后荣获“A”“B”等荣誉: quoted honours run together after a verb of receiving, whatever their heads
_QUOTED_RUN = re.compile(
    f"(?:{alternation_of((*TITLED_VERBS, *HONOUR_RECEIVE))})了?"
    '((?:[“"「『][^“”"「」『』]{2,16}[”"」』][、和及与]?){2,})'
)
_QUOTED_ITEM = re.compile('[“"「『]([^“”"「」『』]{2,16})[”"」』]')
_QUOTES = re.compile('[“"「『”」』]|[（(]\\d{4}年?度?[)）]')
_EDITION = re.compile(r"^(?:首届|第[一二三四五六七八九十\d]+届|\d{4}年度?)")
# 命名A、B为“Y”: the verb, its holders, 为 and the quoted honour
# (命名A等12名同志为2027年度某县“金牌职工”: the year, and the area qualifying the honour, between)
_NAME_AS = re.compile(
    f'(?:{alternation_of(NAME_AS_VERBS)})([^，,。；;！？!?“”"「」『』]{{2,60}}?)为(?:\\d{{4}}年度?)?'
    f'([\u4e00-\u9fff]{{0,8}}?)[“"「『]([^“”"「」『』]{{2,16}})[”"」』]'
)
# 命名A等60个先进班组为某市工人先锋号: the honour unquoted, ending with an honour's head at its clause's end
_NAME_AS_BARE = re.compile(
    f'(?:{alternation_of(NAME_AS_VERBS)})([^，,。；;！？!?“”"「」『』]{{2,60}}?)为(?:\\d{{4}}年度?)?'
    f"([\u4e00-\u9fff]{{2,20}}?(?:{HONOUR_HEAD_WORDS}))(?=[（(，,。；;！!？?\\s]|$)"
)
_NOMINATED = re.compile(alternation_of(NOMINATING_VERBS))
_BODIES = ("TradeUnion", "Organization")
_JOINS = "、和及与"
# how long a body's name listed before another may be
_BODY_REACH = 30


def respective_prizes(ctx: ArticleContext) -> None:
    """A、B、C分获一、二、三等奖: the k-th name of the clause wins the k-th prize listed."""
    text = ctx.text
    for m in _RESPECTIVE.finditer(text):
        prizes = _prizes_at(text, m.end())
        people = ctx.mentions_in("PERSON", clause_start(ctx, m.start()), m.start())
        if len(prizes) < 2 or len(prizes) != len(people):
            continue
        a, b = people[0].start_char, m.end() + len("、".join(prizes))
        ev = ctx.evidence(a, b, CONFIDENCE["pattern"])
        paired = {(p.text, prize) for p, prize in zip(people, prizes, strict=True)}
        # (荣获 of 分别荣获 gave the first prize to every name: not theirs but the first's; the
        # list read whole, 二等奖和三等奖, is no prize)
        whole = text[m.end() : b]
        ctx.facts.awards[:] = [
            (ref, h, e)
            for ref, h, e in ctx.facts.awards
            if not (
                ref.cls == "Person" and (h in prizes or h == whole) and (ref.name, h) not in paired and a <= e.start < b
            )
        ]
        for name, prize in sorted(paired, key=lambda t: prizes.index(t[1])):
            award(ctx, EntityRef("Person", name), prize, ev)  # (a rank, 第一名, is no award)


def respective_items(ctx: ArticleContext) -> None:
    """A、B分获两个项目第一名: each name of the clause holds the place of an item (项目第一名),
    when the clause names as many people as the count of items; the place of the count as a
    whole (两个项目第一名, given by the readers before to the name nearest the verb) is none."""
    text = ctx.text
    for m in _RESPECTIVE.finditer(text):
        won = _ITEM_PLACES.match(text, m.end())
        if won is None:
            continue
        people = ctx.mentions_in("PERSON", clause_start(ctx, m.start()), m.start())
        if len(people) < 2 or cn_number(won.group(1)) != len(people):
            continue
        a, b = people[0].start_char, won.end()
        ctx.facts.awards[:] = [
            (ref, h, e) for ref, h, e in ctx.facts.awards if h != won.group() or not a <= e.start < b
        ]
        ev = ctx.evidence(a, b, CONFIDENCE["pattern"])
        for p in people:
            award(ctx, EntityRef("Person", p.text), won.group(2) + won.group(3), ev)


def respective_listed_items(ctx: ArticleContext) -> None:
    """A、B、C分别获得钳工、焊工、电工工种第一名: the k-th name of the clause holds the k-th
    item's place, named with the head the items share (焊工工种第一名); the list as a whole,
    read before as one name's place, is none."""
    text = ctx.text
    for m in _RESPECTIVE.finditer(text):
        won = _ITEM_LIST.match(text, m.end())
        if won is None:
            continue
        items = _ITEM_SPLIT.split(won.group(1))
        people = ctx.mentions_in("PERSON", clause_start(ctx, m.start()), m.start())
        if len(people) < 2 or len(items) != len(people) or any(_PLACE.search(i) for i in items):
            continue  # (金奖、银奖和铜奖: places listed, read by respective_prizes)
        a, b = people[0].start_char, won.end()
        ctx.facts.awards[:] = [
            (ref, h, e) for ref, h, e in ctx.facts.awards if not (h.endswith(won.group()) and a <= e.start < b)
        ]
        ev = ctx.evidence(a, b, CONFIDENCE["pattern"])
        for p, item in zip(people, items, strict=True):
            award(ctx, EntityRef("Person", p.text), f"{item}{won.group(2) or ''}{won.group(3)}", ev)


def _prizes_at(text: str, pos: int) -> list[str]:
    """The prizes listed at ``pos``: 一、二、三等奖 -> 一等奖, 二等奖, 三等奖; 金奖、银奖 as written;
    after the one item they were won in (分别获得电工项目一、二等奖: the prizes of 电工项目)."""
    item = _PRIZED_ITEM.match(text, pos)
    pos = item.end() if item is not None and _SHARED.match(text, item.end()) else pos
    m = _SHARED.match(text, pos)
    if m is not None:
        return [f"{m.group(1) or ''}{n}{m.group(3)}" for n in _ITEM_SPLIT.split(m.group(2))]
    m = _PLACE_LIST.match(text, pos) or _PRIZE_LIST.match(text, pos)
    return _ITEM_SPLIT.split(m.group()) if m is not None else []


def listed_bodies(ctx: ArticleContext) -> None:
    """贵阳市总工会、遵义市总工会获优秀组织奖: an honour given to a body (its evidence opening
    at the body's name) is held too by each body listed right before it (、 和 及 与 between)."""
    text = ctx.text
    for ref, honour, ev in list(ctx.facts.awards):
        if ref.cls not in _BODIES:
            continue
        x = ev.start
        while x > 0 and text[x - 1] in _JOINS:
            before = [(bx, r) for y, bx, r in bodies_in(ctx, max(0, x - 1 - _BODY_REACH), x - 1) if y == x - 1]
            if not before:
                break
            bx, r = min(before, key=lambda t: t[0])  # the longest name ending there
            award(ctx, r, honour, ctx.evidence(bx, ev.end, CONFIDENCE["context"]))
            x = bx


def honour_series(ctx: ArticleContext) -> None:
    """先后荣获A、B等称号: each honour of the list to the clause's people (else its body)."""
    for m in _HONOUR_SERIES.finditer(ctx.text):
        a = clause_start(ctx, m.start())
        for item in _ITEM_SPLIT.split(m.group(1)):
            honour = _EDITION.sub("", _QUOTES.sub("", item))
            if len(honour) >= 4:
                give(ctx, honour, a, m.start(), m.end(), last=None)


def quoted_series(ctx: ArticleContext) -> None:
    """先后荣获“A”“B”“C”等荣誉称号: each quoted honour of the run to the clause's people (else
    its body, else its topic)."""
    for m in _QUOTED_RUN.finditer(ctx.text):
        a = clause_start(ctx, m.start())
        for item in _QUOTED_ITEM.finditer(m.group(1)):
            honour = _EDITION.sub("", item.group(1))
            if len(honour) >= 4:
                give(ctx, honour, a, m.start(), m.end(), last=None)


def named_as(ctx: ArticleContext) -> None:
    """命名A、B为“Y”: the people (else the bodies) between the verb and 为 hold “Y” (or Y
    unquoted, ending with an honour's head: 命名A等60个先进班组为某市工人先锋号)."""
    text = ctx.text
    for m in _NAME_AS.finditer(text):
        if _NOMINATED.search(text, clause_start(ctx, m.start()), m.start()):
            continue
        if m.group(2) and area_before(ctx, m.start(2), m.end(2)) > m.start(2):
            continue  # (the words before the quote name no area the honour is of)
        honour = f"{m.group(2)}“{m.group(3)}”" if m.group(2) else _EDITION.sub("", m.group(3))
        for x, ref in _named(ctx, *m.span(1)):
            award(ctx, ref, honour, ctx.evidence(x, m.end(), CONFIDENCE["pattern"]))
    for m in _NAME_AS_BARE.finditer(text):
        if not _NOMINATED.search(text, clause_start(ctx, m.start()), m.start()):
            for x, ref in _named(ctx, *m.span(1)):
                award(ctx, ref, m.group(2), ctx.evidence(x, m.end(), CONFIDENCE["pattern"]))


def _named(ctx: ArticleContext, a: int, b: int) -> list[tuple[int, EntityRef]]:
    """The people named in ``[a, b)``, else the bodies (the longest name only: 某公司工会, not
    also the 某公司 inside it); none when a name qualifies a holder after it (命名A劳模创新工作室
    为“Y”: the studio named after A holds Y, not A)."""
    people = ctx.mentions_in("PERSON", a, b)
    if any(owns_holder(ctx, p.end_char) for p in people):
        return []
    holders = [(p.start_char, EntityRef("Person", p.text)) for p in people]
    if not holders:
        spans = bodies_in(ctx, a, b)
        holders = [
            (x, r) for y, x, r in spans if not any(x2 <= x and y <= y2 and y2 - x2 > y - x for y2, x2, _ in spans)
        ]
    return holders
