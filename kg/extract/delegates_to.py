"""Family *events*, continued: a congress named as the one delegates were elected to attend.

A congress that elects its officers often elects its delegates to the next level's congress
too: 选举产生了…委员27名，以及出席X市工会第八次代表大会的代表11名 / 选举产生出席X区工会第十一次
代表大会代表9名.  The congress named there (出席 or 参加 right before its name, 的代表 or 代表
right after it, a verb of electing before it in its sentence: 当选为出席…的代表 too) is one to come, the one those
delegates will attend: no event of the page.  (出席大会的代表们审议了… with no electing is the
congress reported: its delegates present, and it stays.)
"""

from __future__ import annotations

import re

from kg.extract.context import ArticleContext
from kg.extract.wordlists import ELECTED_VERBS, ELECTING_VERBS
from kg.lexicon import alternation_of

# 出席X / 参加X: the delegates' congress, right before its name
_TO_ATTEND = re.compile("(?:出席|参加)$")
# X的代表11名 / X代表9名 / X代表候选人: the delegates to it (not 代表大会, 代表团, 代表会议: a body or
# a meeting of its own)
_DELEGATES = re.compile("的?代表(?!大会|会议|团|队|处|委员会)")
# 选举产生, 推选 / 当选为, 被推选为 (the elected verbs of a vote: not 担任, 现任)
_ELECTING = re.compile(alternation_of((*ELECTING_VERBS, *(w for w in ELECTED_VERBS if "选" in w))))


def delegates_elected_to(ctx: ArticleContext, start: int, end: int, sa: int) -> bool:
    """Whether the name at ``[start, end)`` (its sentence from ``sa``) is the congress the
    delegates its sentence elects will attend (选举产生出席X代表大会的代表11名)."""
    if not _TO_ATTEND.search(ctx.text, max(sa, start - 2), start) or not _DELEGATES.match(ctx.text, end):
        return False
    return _ELECTING.search(ctx.text, sa, start - 2) is not None
