"""A township written right after its county (海门区三厂街道) that the registry lacks: the
registry stops at the date it was drawn up, and a street office set up since (or renamed)
is named by its county's pages all the same.

Written so, qualified by the county, the words are a township's name: a proper word (the
tagger's place, organisation or name word) of two to four characters and a township's
ending (街道, 镇, 乡), right after the county's name.  ``kg.extract.areas``
places it in that county (kind ``township``, as the villages' finder reads a township the
registry lacks before its village).

Split from kg.nlp.areas (one idea per module: the registry's areas there)."""

from __future__ import annotations

import re

from kg.gazetteer import Gazetteer
from kg.nlp.found import Found
from kg.nlp.spans import Marks
from kg.nlp.tokens import Tokens
from kg.nlp.villages import PROPER_TAGS

UNLISTED_TOWNSHIP = "township"  # the kind of such a mention (kg.nlp.villages reads the same)
_COUNTY = "county"
_ORG_TAG = "ORG"  # the tagger reads 三厂街道总工会 as one organisation's word


def unlisted_townships(tk: Tokens, areas: list[Found], gaz: Gazetteer, township_heads: tuple[str, ...]) -> list[Found]:
    """The townships the registry lacks, each written right after a county the text names."""
    text = tk.text
    shape = re.compile(f"[\u4e00-\u9fff]{{2,4}}?(?:{'|'.join(township_heads)})")
    taken = Marks(len(text), ((f.start, f.end) for f in areas))
    out = []
    for f in areas:
        # (the county and the township may be one proper word to the tagger: 海门区三厂街道总工会)
        if f.kind != "full" or tk.tag_at(f.end) not in (*PROPER_TAGS, _ORG_TAG):
            continue
        m = shape.match(text, f.end)
        if m is None or taken.overlaps(*m.span()) or gaz.lookup(m.group()):
            continue
        counties = gaz.lookup(text[f.start : f.end])
        if not counties or any(a.level != _COUNTY for a in counties):
            continue
        out.append(Found(m.start(), m.end(), "AREA", UNLISTED_TOWNSHIP))
        taken.add(*m.span())
    return out
