"""A user's handle on a platform (@江城小李, 网友@海边小鱼儿说：) names no person: the words
after an ``@`` up to the next mark or space are the handle a user chose, however much of
it looks like a name (小李, 小鱼儿).  Comment sections, 留言 and reposts on union pages
quote such users; the corpus Conventions leave nicknames out of the graph.

A comment section prints each commenter's screen name on a line of its own before the
label of their region (平原老张　IP属地：河北, ``people/commenter_marks.txt``): the words
on that line before the label are a handle too, with or without an @.
"""

from __future__ import annotations

import functools
import re

from kg.lexicon import alternation
from kg.nlp.found import Found

# a handle runs from its @ to the first mark, bracket or space (a colon or a comma ends it)
_HANDLE = re.compile(r"[@＠][^\s　、，,。：:；;！!？?（()）【】“”\"'《》]{1,20}")


@functools.cache
def _screen_name_line() -> re.Pattern[str]:
    """A comment's head line: the screen name (a run with no space), maybe a date or a
    time, then a commenter's mark (平原老张　06-19　IP属地：河北)."""
    marks = alternation("people/commenter_marks.txt")
    return re.compile(rf"(?m)^[ \t　]*(?P<name>[^\s　]{{1,20}})[ \t　]+(?:[\d:：/.-]+[ \t　]+)*(?:{marks})")


def off_handles(text: str, people: list[Found]) -> list[Found]:
    """``people`` without the names that start inside a user's handle or screen name."""
    handles = [(m.start(), m.end()) for m in _HANDLE.finditer(text)] if "@" in text or "＠" in text else []
    handles += [(m.start("name") - 1, m.end("name")) for m in _screen_name_line().finditer(text)]
    return [p for p in people if not any(a < p.start < b for a, b in handles)]
