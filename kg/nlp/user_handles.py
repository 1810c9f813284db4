"""A user's handle on a platform (@江城小李, 网友@海边小鱼儿说：) names no person: the words
after an ``@`` up to the next mark or space are the handle a user chose, however much of
it looks like a name (小李, 小鱼儿).  Comment sections, 留言 and reposts on union pages
quote such users; the corpus Conventions leave nicknames out of the graph.
"""

from __future__ import annotations

import re

from kg.nlp.found import Found

# a handle runs from its @ to the first mark, bracket or space (a colon or a comma ends it)
_HANDLE = re.compile(r"[@＠][^\s　、，,。：:；;！!？?（()）【】“”\"'《》]{1,20}")


def off_handles(text: str, people: list[Found]) -> list[Found]:
    """``people`` without the names that start inside a user's handle."""
    if "@" not in text and "＠" not in text:
        return people
    handles = [(m.start(), m.end()) for m in _HANDLE.finditer(text)]
    return [p for p in people if not any(a < p.start < b for a, b in handles)]
