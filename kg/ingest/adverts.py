"""An advertisement's box on a newspaper page (公益广告): no article.

A page sets a public-service ad in a ruled box among its articles: a label (公益广告), a
slogan, a hotline, a mascot's words, the sponsor's sign (某某报社　宣).  Read line by line,
its slogan looks like a headline and its sponsor like a body of the news.  The box is
told by its label; it runs on over the lines after it that hold no sentence (the mascot's
name, the sponsor's sign), and ends where text does.
"""

from __future__ import annotations

import functools
import re

from kg.ingest.segments import Segment
from kg.ingest.shapes import is_prose
from kg.lexicon import alternation


@functools.cache
def _label() -> re.Pattern[str]:
    return re.compile(rf"[【\[]?(?:{alternation('pages/advert_labels.txt')})[】\]]?")


def _labelled(seg: Segment) -> bool:
    """A line of the segment's header is an ad's label alone (公益广告, 公　益　广　告)."""
    lines = [*([seg.headline] if seg.headline else []), *seg.decks]
    return any(_label().fullmatch(re.sub(r"\s", "", b.text.text)) for b in lines)


def without_adverts(segments: list[Segment]) -> list[Segment]:
    """The segments but an ad's box: the one its label heads, and those after it with no
    sentence in them; on a page of several articles (a page of one is that article)."""
    if len(segments) < 2:
        return segments
    out: list[Segment] = []
    boxed = False
    for seg in segments:
        if _labelled(seg):
            boxed = True
            continue
        if boxed and not any(is_prose(b.text.text) for b in seg.blocks()):
            continue
        boxed = False
        out.append(seg)
    return out
