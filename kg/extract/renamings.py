"""A body renamed is one body: 原名X，1956年更名为Y; X更名为Y; Y的前身是X; X改制为Y.

An organisation's page, an encyclopedia entry's 历史沿革 or a yearbook tells a body's history
by its names: the old name (某地区工会联合会, 某某港务有限公司) is the body it became, under the
name it bore then, not a second body.  So the old name is read as an alias of the new one.
A chain (X更名为Y；…，更名为Z) renames the body the last renaming named: the clause without an
old name of its own goes on from there, in one paragraph.  Bodies merged into a new one (X与Y合并，组建Z) are
no renaming, and no word of this list says so.
"""

from __future__ import annotations

import re

from kg.extract.context import ArticleContext
from kg.lexicon import alternation_of, table
from kg.model.facts import EntityRef

_SIDES = dict(table("bodies/renaming_words.tsv"))
_WORD_RE = re.compile(alternation_of(list(_SIDES)))
_BODIES = ("Organization", "TradeUnion", "Place")
# what ends a clause: the old and new names of one renaming stand inside one
_CLAUSE_END = re.compile(r"[，,。；;！？!?\n]")
# how far a name may stand from the word (同时更名为, 前身是1950年成立的X): a few words, one clause
_REACH = 16
# what may come between an old name and 更名为 (原X同时更名为Y, X于2001年正式更名为Y)
_BETWEEN_RE = re.compile(r"(?:也|亦|同时|正式|一并|随之|于?\d{4}年(?:\d{1,2}月)?|[在年月])*")


def renamed_bodies(ctx: ArticleContext) -> None:
    """The old name of each body renamed, merged into its new name (an alias of it)."""
    if not _WORD_RE.search(ctx.text):
        return
    bodies = _outer_bodies(ctx)
    merged: dict[EntityRef, EntityRef] = {}
    current: tuple[int, EntityRef] | None = None  # the body the last renaming named, and where
    for m in _WORD_RE.finditer(ctx.text):
        a, b = _clause(ctx.text, m.start(), m.end())
        if _SIDES[m.group()] == "after":
            new = _first_after(bodies, m.end(), b)
            old = _last_before(bodies, a, m.start(), ctx.text)
            if old is None and current is not None and "\n" not in ctx.text[current[0] : m.start()]:
                old = current[1]
        else:
            old = _first_after(bodies, m.end(), b)
            new = _last_before(bodies, a, m.start(), ctx.text)
        if new is not None and _SIDES[m.group()] == "after":
            # (恢复组织，更名为X；…，更名为Y: the chain goes on from X, though no old name came before it)
            current = (m.start(), new)
        if old is None or new is None or old == new:
            continue
        merged[old] = new
        current = (m.start(), new)
    ctx.merge(merged)


def _outer_bodies(ctx: ArticleContext) -> list[tuple[int, int, EntityRef]]:
    """The bodies named, each the longest name at its start and none inside another, in order."""
    found: list[tuple[int, int, EntityRef]] = []
    for (x, y), ref in sorted(ctx.ref_at.items(), key=lambda t: (t[0][0], -t[0][1])):
        if ref.cls in _BODIES and not (found and x < found[-1][1]):
            found.append((x, y, ref))
    return found


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``[start, end)``: from the last clause end before it to the next after."""
    a = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 80), start)), default=max(0, start - 80))
    m = _CLAUSE_END.search(text, end)
    return a, m.start() if m else len(text)


def _first_after(bodies: list[tuple[int, int, EntityRef]], at: int, end: int) -> EntityRef | None:
    """The first body starting in ``[at, end)``, near the word."""
    for x, _y, ref in bodies:
        if at <= x < min(end, at + _REACH):
            return ref
    return None


def _last_before(bodies: list[tuple[int, int, EntityRef]], start: int, at: int, text: str) -> EntityRef | None:
    """The body ending right before the word (but for 的 or a few words of time), in its clause."""
    for _x, y, ref in reversed(bodies):
        if y <= at:
            return ref if y >= start and _BETWEEN_RE.fullmatch(text[y:at].removesuffix("的")) else None
    return None
