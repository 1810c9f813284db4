"""A stack of quick news (简讯, 快讯) that prints each item's headline on the line of its
text, set off by a space: 某某工会开展送清凉活动 7月8日，某某工会到工地…

Each such line is one article: its headline, then its body, which opens as a lead does
(a date, 近日, a byline).  Cut apart here, before the
page is split, so that the splitter sees the headline line over the text as on any page.
One line of the shape is no stack (a paragraph may open with a phrase and a space): two
at least must stand on the page.
"""

from __future__ import annotations

import functools
import re

from kg.ingest.bylines import byline_at_start
from kg.ingest.document import Block
from kg.ingest.shapes import account_name, is_prose, title_like
from kg.lexicon import alternation, alternation_of, table

# a headline of six characters or more, a space, then the item's text
_ITEM = re.compile(r"^(?P<head>[^\s，,。！？；;：:]{6,40})[ \u3000]+(?=\S)")
_STACK_MIN = 2


@functools.cache
def _lead() -> re.Pattern[str]:
    """How an item's lead opens: a date (7月8日, 2025年), a relative day (昨天) or a word
    for lately (近日, 日前)."""
    days = alternation_of(r[0] for r in table("events/relative_days.tsv"))
    return re.compile(rf"(?:\d{{1,2}}月|\d{{4}}年|{days}|{alternation('pages/lead_openers.txt')})")


def opens_as_lead(text: str) -> bool:
    """The line opens as a lead does: its date, relative day or 近日 and a few words set
    off by a comma (11月22日下午，… 近日，…): a lead's sentence, no headline."""
    m = _lead().match(text.strip())
    return m is not None and re.match(r"[^，,。！？\s]{0,6}[，,]", text.strip()[m.end() :]) is not None


def _head_end(b: Block) -> int | None:
    """Where the item's text starts on a line led by its headline, else None."""
    if b.level is not None:
        return None
    t = b.text.text
    m = _ITEM.match(t)
    if m is None:
        return None
    head, rest = m["head"], t[m.end() :]
    # a unit's bare name is a roundup part's label (某某区总工会 7月8日…), no headline;
    # a byline or a dateline (本报讯 …) opens the text itself
    if not title_like(head) or account_name(head) or byline_at_start(t) is not None:
        return None
    if not is_prose(rest) or not (_lead().match(rest) or byline_at_start(rest) is not None):
        return None  # (一是强化组织领导 各级工会…: a paragraph's own words)
    return m.end()


def split_item_heads(blocks: list[Block]) -> list[Block]:
    """The blocks with each stacked item's headline on a line of its own."""
    ends = [_head_end(b) for b in blocks]
    if sum(e is not None for e in ends) < _STACK_MIN:
        return blocks
    out: list[Block] = []
    for b, end in zip(blocks, ends, strict=True):
        if end is None:
            out.append(b)
            continue
        out.append(Block(b.text[:end].strip(), b.level, b.gap))
        out.append(Block(b.text[end:].strip(), None, 0))
    return out
