"""Family *awards*, continued: the people a published list of an honour's holders names.

A report of a list names the honour, then the list (名单, 榜单), and in the clause after it the
people on the list with a verb saying they are (``市总工会公布的2028年某市五一劳动奖章名单中，我区
A（某公司驾驶员）获奖``, ``…榜单上，B、C入选``): each holds the honour.  Only a list of holders:
one of people proposed or put forward (拟表彰名单, 推荐名单) has other words between the honour
and the list, and is no such list.  Needs the people (PERSON mentions).
"""

from __future__ import annotations

import functools
import re

from kg.extract.awards import EDITION, HONOUR_HEAD_WORDS, award, honour_start
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.wordlists import HONOUR_HOLDER, HONOUR_ROLLS, ON_ROLL_VERBS
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef

# the honour's name starts after a word that is none of it: not a Han character, or 的
# (公布的2028年X奖章名单)
_OPEN = "(?:(?<![\u4e00-\u9fff])|(?<=的))"


@functools.cache
def _roll() -> re.Pattern[str]:
    """2028年某市五一劳动奖章名单中，: the honour (its edition, its name ending with an honour's
    head), maybe its holders' word (获得者), the list, where in it."""
    return re.compile(
        f"{_OPEN}((?:{EDITION.pattern[1:]})?(?:(?!的)[\u4e00-\u9fff]){{2,16}}?(?:{HONOUR_HEAD_WORDS}))(?:荣誉)?(?:称号)?"
        f"(?:{alternation_of(HONOUR_HOLDER)}|获奖者|获奖)?(?:{alternation_of(HONOUR_ROLLS)})(?:之中|中|里|上|内)?[，,：:]?"
    )


@functools.cache
def _on_roll() -> re.Pattern[str]:
    return re.compile(alternation_of(ON_ROLL_VERBS))


_HEAD_END = re.compile(f"(?:{HONOUR_HEAD_WORDS})$")
# where the clause after the list ends (a bracket's note after a name stays in it)
_CLAUSE_END = re.compile("[，,。；;！!？?\n]")


def roll_holders(ctx: ArticleContext) -> None:
    """…X奖章名单中，A（…）获奖: the people of the clause after the list, before its verb, hold X."""
    text = ctx.text
    for m in _roll().finditer(text):
        head = m.start(1) + len(m.group(1)) - len(_HEAD_END.search(m.group(1)).group())
        honour = EDITION.sub("", text[max(m.start(1), honour_start(ctx, head)) : m.end(1)])
        stop = _CLAUSE_END.search(text, m.end())
        end = stop.start() if stop else len(text)
        verb = _on_roll().search(text, m.end(), end)
        if verb is None or len(honour) < 4:
            continue
        for p in ctx.mentions_in("PERSON", m.end(), verb.start()):
            award(ctx, EntityRef("Person", p.text), honour, ctx.evidence(m.start(), verb.end(), CONFIDENCE["context"]))
