"""A headline a PDF broke over two lines at a quote (纺织女工某某：把一根纱线 / “接”成一门绝活).

A paper sets a long headline in two lines and the text taken from its PDF keeps the break:
the first line ends without punctuation, mid-phrase, and the second is a short tail that
opens with a quotation mark.  Read apart, the tail passes for a deck and the headline loses
its end; a real deck says a phrase of its own and is longer, or opens with a dash.
"""

from __future__ import annotations

import re

from kg.ingest.document import Block
from kg.ingest.segments import Segment

# the tail: an opening quote, then a short rest of the phrase (“接”成一门绝活, “零缺陷”)
_TAIL = re.compile(r"^[“「『‘\"][^，。！？；：:,.!?;]{1,11}$")
# the first line's end: a word, not a mark that closes a phrase or a headline
_OPEN_END = re.compile(r"[\w\u4e00-\u9fff]$")
_JOINED_MAX = 40


def quoted_tail(seg: Segment) -> None:
    """The headline and, straight under it, a short line opening with a quote, the first
    ending on a word: one headline broken in two, joined."""
    if seg.headline is None or not seg.decks or seg.decks[0].gap:
        return
    head, tail = seg.headline.text.text.strip(), seg.decks[0].text.text.strip()
    if not (_OPEN_END.search(head) and _TAIL.match(tail)) or len(head) + len(tail) > _JOINED_MAX:
        return
    seg.headline = Block(seg.headline.text.strip() + seg.decks[0].text.strip(), seg.headline.level, seg.headline.gap)
    seg.decks = seg.decks[1:]
