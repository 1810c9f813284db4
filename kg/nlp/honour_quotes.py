"""A name inside the quoted name of an honour (授予X“某区职工之家建设示范点”称号).

An honour is often named after the kind of place or body it is given to: “某区职工之家
建设示范点”, “模范职工之家”.  The venue's word inside such a quote names no venue: the quote
names the honour, which runs on after it.  Told by the quote's frame: 称号 (荣誉) right after
it, or a verb of giving or winning an honour right before it (获评, 授予, 命名为); or by the
quote itself, ending as an honour's name does (“模范职工之家”: ``awards/award_patterns.tsv``).
"""

from __future__ import annotations

import functools

from kg.lexicon import table
from kg.nlp.text import CLOSE_QUOTES, OPEN_QUOTES

_REACH = 24  # how far a quote may open before the name or close after it
_TITLE_WORDS = ("称号", "荣誉")  # 授予…“X”称号: the quote names an honour
_CLAUSE = "，。；！？,;"


@functools.cache
def _honour_verbs() -> tuple[str, ...]:
    rows = table("awards/award_patterns.tsv")
    found = {w for w, kind, *_ in rows if kind in ("receive", "win", "named")}
    return tuple(sorted(found | {w + "为" for w in found}, key=len, reverse=True))


def in_honour_name(text: str, a: int, e: int) -> bool:
    """Does ``text[a:e]`` stand inside a quoted honour's name that runs on after it?"""
    opened = max((text.rfind(q, max(0, a - _REACH), a + 1) for q in OPEN_QUOTES), default=-1)
    if opened < 0 or any(c in CLOSE_QUOTES or c in _CLAUSE for c in text[opened + 1 : a]):
        return False
    close = CLOSE_QUOTES[OPEN_QUOTES.index(text[opened])]
    closed = text.find(close, e, e + _REACH)
    if closed <= e or any(c in _CLAUSE for c in text[e:closed]):
        return False  # (“某职工之家”: the quote is the venue's own name)
    return text.startswith(_TITLE_WORDS, closed + 1) or text.endswith(_honour_verbs(), 0, opened)


@functools.cache
def _honour_heads() -> tuple[str, ...]:
    return tuple(w for w, kind, *_ in table("awards/award_patterns.tsv") if "head" in kind.split(","))


def honour_named(name: str) -> bool:
    """Does ``name`` end as an honour's name does (“模范职工之家”, “某某先锋号”)?  Quoted, it is
    the honour's, whatever venue's word it ends with: no venue of that name."""
    return name.endswith(_honour_heads())
