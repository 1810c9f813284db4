"""Honours given to a class of places (公司为4个项目第一名授予“X”称号): the holders are not named in the
giving clause but read before it as winners of those places, so this reader runs after the readers of
places and looks the winners up by the class's words."""

from __future__ import annotations

import re

from kg.extract.awards import award, bodies_in, winners_named
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.honour_lists import QUOTED_HONOUR
from kg.extract.wordlists import BESTOW_VERBS
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef

# 公司为4个项目第一名授予“X”称号: the class given the honour, between 为 and the giving verb
_CLASS_BEFORE = re.compile("[为向给]([^，,。；;！？!?为向给“”「」『』]{2,20})\\Z")
_CLASS_VERB = re.compile(f"(?:{alternation_of(BESTOW_VERBS)})了?")
# “岗位明星”称号: a quoted honour called a 称号, whatever its head
_QUOTED_TITLE = re.compile('[“"「『]([^“”"「」『』]{2,16})[”"」』](?=(?:荣誉)?称号)')


def class_given(ctx: ArticleContext) -> None:
    """公司为4个项目第一名授予“X”称号 (颁发“X”证书): a giving verb whose holders stand between 为 (向, 给)
    and the verb as a class of places (项目第一名, 前三名); the people who won those places,
    as read before (by a verb of winning, an item's place, a line of results), hold X.
    Runs after the readers of places (an item's place: 获得钳工项目第一名)."""
    text = ctx.text
    for m in _CLASS_VERB.finditer(text):
        given = QUOTED_HONOUR.match(text, m.end()) or _QUOTED_TITLE.match(text, m.end())
        handed = _CLASS_BEFORE.search(text, max(0, m.start() - 22), m.start())
        if given is None or handed is None:
            continue
        a, b = handed.span(1)
        if ctx.mentions_in("PERSON", a, b) or bodies_in(ctx, a, b):
            continue  # (为张三授予“X”: the holders named, read by bestowed)
        ev = ctx.evidence(handed.start(), given.end(), CONFIDENCE["context"])
        for p in winners_named(ctx, a, b):
            award(ctx, EntityRef("Person", p.text), given.group(1), ev)
