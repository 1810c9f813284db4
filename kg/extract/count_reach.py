"""How far past an event's own sentence the search for who took part reaches
(``kg.extract.event_counts.read_count``): over the particulars lines under a titled event
(时间：… / 主办单位：…), and over sentences that count no one but tell the event again or what
people did at it, up to the sentence that says who took part.
"""

from __future__ import annotations

import re

from kg.extract.context import ArticleContext
from kg.extract.wordlists import ATTEND_VERBS
from kg.lexicon import alternation_of

# a notice's particulars line under the event named (时间：… / 地点：… / 主办单位：…): passed over
_PARTICULARS = re.compile(r"\s*[\u4e00-\u9fff]{1,6}[：:][^\n。！？!?]*(?=\n|$)")
# the shortest head an event is named again by (会: none; 宣讲会); a run of one more character
# of its name said again tells it too (志愿服务 of …志愿服务日)
_SAID_AGAIN = 3
# a word of someone's act at the event (出席, 致辞, 发言)
_ATTEND_WORD = re.compile(alternation_of(ATTEND_VERBS))
_CJK_WORD = re.compile("[\u4e00-\u9fff]+")


def after_particulars(ctx: ArticleContext, na: int) -> int:
    """Where the text after the event's sentence ending at ``na`` goes on past the particulars
    lines under it (时间：… / 主办单位：…), each taken to its line's end: a name split into
    tokens there may open a sentence of its own (主办单位：X市Y区 | 总工会), the line is one."""
    while (nxt := ctx.sentence_of(na))[0] == na and nxt[1] > na and (m := _PARTICULARS.match(ctx.text, na)):
        na = ctx.sentence_of(m.end())[1] if m.end() < len(ctx.text) else len(ctx.text)
    return na


def said_again(name: str, mention: str) -> bool:
    """Does the event ``mention`` name the event ``name`` again, by its head or its last words
    (宣讲会 of 劳模工匠进企业宣讲会, 学雷锋志愿服务 of “学雷锋·工会在行动”志愿服务日)?"""
    return len(mention) >= _SAID_AGAIN and (name.endswith(mention) or mention[-_SAID_AGAIN - 1 :] in name)


def tells_event(ctx: ArticleContext, name: str, a: int, b: int) -> bool:
    """Does sentence ``[a, b)`` (naming no other event, counting no one) tell the event
    ``name`` again, by its head or four characters of its name in a row (【活动回顾】…开展学雷锋
    志愿服务 after “学雷锋·工会在行动”志愿服务日), or what people did at it (A作分享，B作表态
    发言)?  The search for who took part goes on past it."""
    said = ctx.text[a:b]
    words = [name[-_SAID_AGAIN:], *(name[i : i + _SAID_AGAIN + 1] for i in range(len(name) - _SAID_AGAIN))]
    return any(_CJK_WORD.fullmatch(w) and w in said for w in words) or bool(_ATTEND_WORD.search(said))
