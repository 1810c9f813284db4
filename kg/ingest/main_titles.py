"""Which line of an article's header is its headline: the main title among 引题 and 副题,
a title the page prints twice, a page slogan over the first headline.

Kept apart from :mod:`kg.ingest.split`, which cuts the page and then asks these of each
header it cut.
"""

from __future__ import annotations

import re

from kg.ingest.document import Block
from kg.ingest.rosters import holder_line
from kg.ingest.segments import Segment
from kg.ingest.shapes import field_line, is_slogan
from kg.lexicon import alternation


def _repeats(seg: Segment) -> None:
    """A header line that says again a line above it is no deck: a page prints its title
    twice (the ``<title>`` and the page's own line), or a repost its 原标题：X when X is the
    headline it kept.  Dropped before the lines are counted for the main title."""
    if seg.headline is None:
        return
    label = re.compile(rf"\s*(?:{alternation('pages/original_title_labels.txt')})\s*[:：]\s*")
    seen = {seg.headline.text.text.strip()}
    kept: list[Block] = []
    for d in seg.decks:
        t = d.text.text.strip()
        m = label.match(t)
        said = t[m.end() :].strip() if m else t
        if said in seen:
            continue
        seen.add(said)
        kept.append(d)
    seg.decks = kept


def main_title(seg: Segment) -> None:
    """In a header of three or more lines the main title is the second: 引题 over it,
    副题 under it.  With two lines the first is taken for the headline and the second
    for its deck, the commoner layout.  Two or more lines of labelled fields under the
    headline (访谈嘉宾：… / 访谈时间：…), or of the people speaking (某厅副厅长　王某某), are
    the item's particulars, no titles."""
    _repeats(seg)
    fields = [d for d in seg.decks if field_line(d.text.text) or holder_line(d.text.text)]
    if len(fields) >= 2 and len(seg.decks) - len(fields) < 2:
        return
    if seg.headline is not None and len(seg.decks) >= 2:
        seg.headline, seg.decks = seg.decks[0], [seg.headline, *seg.decks[1:]]


_SUBTITLE_DASHES = ("——", "—", "--", "－－")


def drop_slogan(segments: list[Segment]) -> None:
    """The first header line is a page slogan when it is shaped like one and stands over
    another headline: on a page of several articles, or above a headline and a deck."""
    if not segments or segments[0].headline is None or not segments[0].decks:
        return
    first = segments[0]
    assert first.headline is not None
    if not is_slogan(first.headline.text.text) or first.decks[0].text.text.lstrip().startswith(_SUBTITLE_DASHES):
        return  # (a deck opening with a dash, ——记…, is the subtitle of the title over it)
    if len(segments) >= 2 or len(first.decks) >= 2:
        first.headline, first.decks = first.decks[0], first.decks[1:]
