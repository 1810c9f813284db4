"""Family *awards*, continued: the winners of places and prizes as results name them.  A
place printed over its winners (一等奖：A（单位职工）、B), or a prize won qualifying the names
after it (获得一等奖的张三, 获得焊工项目第一名的李四, 获得“X”提名奖的是：A、B): each name holds
it, and a winner of a place took part in the contest.  Needs the people (PERSON mentions).
"""

from __future__ import annotations

import re

from kg.extract.awards import PRIZE, WINNING, prize_name
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.honour_lists import AFTER_WINNER, to_person
from kg.extract.placings import contest_before
from kg.extract.prize_holders import listed_by_copula, names_listed
from kg.extract.wordlists import ITEM_HEADS, PLACES_WON, PRIZE_VERBS, WIN_VERBS
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef

# 一等奖：张三（某公司焊工）、李四: a place won and a colon, then its winners
_PLACED = re.compile(
    f"({alternation_of(PLACES_WON)})[:：]"
    # 一等奖 A（单位）, 捏形项目一等奖 B: a place opening its line or its clause (an item before
    # it: …48名选手参赛，一等奖 A（单位）), a space, the names
    f"|(?:^|(?<=[，,；;]))[ \u3000]*[\u4e00-\u9fff]{{0,6}}?({alternation_of(PLACES_WON)})(?=[ \u3000])",
    re.M,
)
_BLANK = re.compile("[ \u3000\n]*")
_NEXT_WINNER = re.compile("[、，,；;][ \u3000]*")
# what may stand between a prize's 的 and its winner's name (获得一等奖的选手张三)
_BEFORE_WINNER = re.compile("的[\u4e00-\u9fff]{0,2}")
# 获得2027年度“某市最美职工”提名奖的是：A、B: a selection's quoted name, then the prize of it won
_QUOTED_PRIZE = re.compile(
    f'(?:{alternation_of(PRIZE_VERBS)})(?:\\d{{4}}年度?)?[“"「『]([^“”"「」『』]{{2,16}})[”"」』]([\u4e00-\u9fff]{{0,4}}奖)(?=的)'
)

# 获得橡胶硫化工项目第一名的A: the place won in an item (its head: 项目, 工种, 组), then 的
_ITEM_PRIZE = re.compile(
    f"(?:{alternation_of(WIN_VERBS)})了?([\u4e00-\u9fff]{{1,8}}?(?:{alternation_of(ITEM_HEADS)}))({alternation_of(PLACES_WON)})(?=的)"
)


def placed_lines(ctx: ArticleContext) -> None:
    """竞赛结果如下：一等奖：A（单位职工）二等奖：B（…）、C: results printed a place a line
    (the page's lines may come joined).  The names listed right after each place, one after
    another (a bracket with unit and job after each, 、 between them), won it and so took
    part in the main event; the list ends where no name follows."""
    text = ctx.text
    main = ctx.main_event()
    people = {p.start_char: p for p in ctx.mentions_of("PERSON")}
    for m in _PLACED.finditer(text):
        pos = _BLANK.match(text, m.end()).end()
        while (p := people.get(pos)) is not None:
            to_person(ctx, p, m.group(1) or m.group(2), m.start())
            if main is not None:
                ev = ctx.evidence(m.start(), p.end_char, CONFIDENCE["context"])
                main.participants.append((EntityRef("Person", p.text), ev))
            pos = AFTER_WINNER.match(text, p.end_char).end()
            tie = _NEXT_WINNER.match(text, pos)
            if tie is None:
                break
            pos = tie.end()


def relative_winners(ctx: ArticleContext) -> None:
    """获得一等奖的张三 (获得焊工项目第一名的李四: an item's place): a prize won, qualifying the
    name right after it (and each name of the list it opens: 获得一等奖的A、B、C); a place won
    (一等奖, 冠军) was won at the contest the text named last before (else the main event),
    which the winner took part in."""
    text = ctx.text
    for pattern in (WINNING, PRIZE, _QUOTED_PRIZE, _ITEM_PRIZE):
        for m in pattern.finditer(text):
            tie = _BEFORE_WINNER.match(text, m.end())
            if tie is None:
                continue
            pair = pattern in (_QUOTED_PRIZE, _ITEM_PRIZE)  # (the selection's or the item's prize)
            prize = m.group(1) + m.group(2) if pair else prize_name(m.group(1))
            near = ctx.mentions_in("PERSON", m.end() + 1, tie.end() + 1)
            first = near[0] if near else listed_by_copula(ctx, m.end())  # 获得二等奖的选手有A、B
            main = contest_before(ctx, m.start()) or ctx.main_event()
            for p in names_listed(ctx, first) if first is not None else []:
                to_person(ctx, p, prize, m.start())
                if main is not None and pattern in (WINNING, _ITEM_PRIZE):
                    ev = ctx.evidence(m.start(), p.end_char, CONFIDENCE["context"])
                    main.participants.append((EntityRef("Person", p.text), ev))
