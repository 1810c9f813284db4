"""Family *participants*, continued: people the text describes as there.

- 作为会员代表参会的一家民宿的客房服务员A说: a person described by a clause of attending (参会的,
  参赛的 … and words of who the person is) took part; so did one named by a role at the event
  (X专业的授课老师A, X村学员B);
- 启动仪式上，…。外卖骑手A说，…: a person who speaks in a paragraph that opens at an event (会上,
  X仪式上) speaks there, taking part;
- 座谈会上，A讲述了…。B说…: the event named by the head the paragraph (or sentence) opens with
  as its setting is the one they take part in, not the article's main event.

Read by ``kg.extract.participants`` for each person it weighs.
"""

from __future__ import annotations

import bisect
import re

from kg.extract.context import ArticleContext
from kg.extract.event_officers import AS_SETTING
from kg.extract.wordlists import NAMED_EVENT_HEADS, SAME_OCCASION, VOICING_VERBS
from kg.lexicon import alternation_of, words

# a verb of attending and 的, then words of who the person is, no clause's break, right before the name
_ATTENDING_DESCRIBED = re.compile(
    f"(?:{alternation_of(('参会', '参赛', '参训', '参加', '出席'))})[\u4e00-\u9fff]{{0,6}}?的"
    "[^，,。；;：:！？!?“”、\\s]{0,24}$"
)
_DESCRIBED_REACH = 40
# 藏式家具彩绘专业的授课老师A, 四季吉祥村学员B: one named by a role at the event right before
_ROLE = re.compile(f"(?:{alternation_of(words('participants/event_roles.txt'))})$")
_ROLE_REACH = max(len(w) for w in words("participants/event_roles.txt"))
# what a person says, right after the name (and a note on them: A（黎族）说)
_SAYS = re.compile(f"(?:同志)?[也亦则还]?(?:说|{alternation_of(VOICING_VERBS)})")
_SPACES = re.compile(r"[ \t\u3000]*")
# 座谈会上，: an event's head alone (of two characters or more: not 会上, the occasion's word)
# opening a sentence as the setting of what it says
_HEAD_SETTING = re.compile(f"({NAMED_EVENT_HEADS})(?=(?:上|中|现场)[，,])")


def described_attending(text: str, at: int) -> bool:
    """Whether the name at ``at`` follows a clause describing its person as attending, or a role
    at the event (``participants/event_roles.txt``: 授课老师, 学员)."""
    return (
        _ATTENDING_DESCRIBED.search(text, max(0, at - _DESCRIBED_REACH), at) is not None
        or _ROLE.search(text, max(0, at - _ROLE_REACH), at) is not None
    )


def says_at_occasion(ctx: ArticleContext, breaks: list[int], at: int, end: int, sb: int) -> bool:
    """Whether the person named at ``at`` (its name and note ending at ``end``, its sentence at
    ``sb``) says something in a paragraph that opens at an event (``breaks``: where the text's
    lines end, in order)."""
    if _SAYS.match(ctx.text, end, sb) is None:
        return False
    k = bisect.bisect_left(breaks, at)
    a = breaks[k - 1] + 1 if k else 0
    return ctx.opens_with(a, SAME_OCCASION) or _opening_setting(ctx, a) is not None


def setting_head(ctx: ArticleContext, breaks: list[int], at: int) -> tuple[str, int] | None:
    """The event's name or head (座谈会) the sentence of ``at``, else its paragraph, opens with
    as the setting of what it says (座谈会上，), with where it ends: whoever acts there after it
    takes part in the event named so before (the article's other events are not that one)."""
    k = bisect.bisect_left(breaks, at)
    for a in (ctx.sentence_of(at)[0], breaks[k - 1] + 1 if k else 0):
        if (found := _opening_setting(ctx, a)) is not None:
            return found
    return None


def _opening_setting(ctx: ArticleContext, a: int) -> tuple[str, int] | None:
    """The event named at ``a`` (past spaces) as the setting of its sentence (X仪式上，,
    座谈会上，), and where its name ends."""
    a = _SPACES.match(ctx.text, a).end()
    for e in ctx.mentions_in("EVENT", a, a + 1):
        if e.start_char == a and AS_SETTING.match(ctx.text, e.end_char):
            return e.text, e.end_char
    m = _HEAD_SETTING.match(ctx.text, a)
    return (m.group(1), m.end()) if m else None
