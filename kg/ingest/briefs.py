"""A column of briefs: its name (简讯, 工会快讯) over items set off by a bullet each, with
no headline of their own (■5月13日，某街道总工会举办…。（通讯员 X）).

Each item is an article of its own, headed by nothing: it has its own date, its own
event and its own writer, signed off in brackets at its end.  Left under the article
printed above the column, the items would give that article their writers and their
events.  The column's name heads none of them: it is a column's, no item's headline (a
stack whose items have headlines, ■某某工会开展… over its text, is read as any page's
headlines are).  Kept apart from :mod:`kg.ingest.split`, which asks it.
"""

from __future__ import annotations

import functools
import re

from kg.ingest.document import Block
from kg.ingest.shapes import is_prose, title_like
from kg.lexicon import alternation
from kg.lexicon.chars import HAN

_COLUMN_MAX = 8  # a column's name is a word or two: 工会快讯, 基层工会动态


@functools.cache
def _column() -> re.Pattern[str]:
    return re.compile(rf"[{HAN}]{{0,{_COLUMN_MAX - 2}}}(?:{alternation('pages/column_heads.txt')})")


def is_column_label(text: str) -> bool:
    """工会快讯, 新闻速递, 简　讯 (spaced out as a column's name often is): a column's bare
    name, no item's headline."""
    return _column().fullmatch(re.sub(r"\s", "", text)) is not None


# the bullet a column of briefs sets each item off with
_BULLET = re.compile(r"^\s*[■●◆▲★□◇◎○☆△▶►•▪]\s*")
# the item's writer in brackets after its last sentence: （通讯员 X）, （记者 X）, （某某工会）
_SIGNATURE = re.compile(r"[（(][^（）()。！？]{1,24}[)）]\s*$")


def brief_item(text: str) -> bool:
    """A bulleted item that is all text: sentences from the bullet on (no headline over
    them), maybe signed off in brackets."""
    m = _BULLET.match(text)
    return m is not None and is_prose(_SIGNATURE.sub("", text[m.end() :]).rstrip())


def briefs_under(blocks: list[Block], i: int) -> int:
    """How many bulleted items of text the column's name at ``i`` stands over (0: no
    column's name there, or no such item under it)."""
    if blocks[i].level is not None or not is_column_label(blocks[i].text.text):
        return 0
    k = i + 1
    while k < len(blocks) and blocks[k].level is None and brief_item(blocks[k].text.text):
        k += 1
    return k - i - 1


_BRACKETED = re.compile(r"^\s*[【〖\[]\s*([^【】〖〗\[\]]{1,10})\s*[】〗\]]\s*$")


def headed_brief(blocks: list[Block], i: int) -> bool:
    """【简讯】 alone on its line over a headline with text under it: a brief of its own after
    the page's item (a video-news page's or a bulletin's), its headline no subhead of the
    item above, its credit its own.  The bracketed column label is furniture."""
    m = _BRACKETED.match(blocks[i].text.text)
    if m is None or not is_column_label(m[1]) or i + 2 >= len(blocks):
        return False
    return title_like(blocks[i + 1].text.text) and is_prose(blocks[i + 2].text.text)
