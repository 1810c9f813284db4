"""A one-character county read across a joining word: 咱们和县人社局 is 和 and the bare level
word 县 (the county in context), not 和县 of 马鞍山 — the county's one character is a function
word (kg/data/lexicon/names/function_words.txt) glued after the words before it.  Where the
text names where that county lies (马鞍山, 安徽), the county is what it says."""

from __future__ import annotations

from kg.gazetteer import Gazetteer
from kg.nlp.names import BREAKERS
from kg.nlp.text import is_han


def joined_county(text: str, i: int, j: int, gaz: Gazetteer | None = None) -> bool:
    """Is the two-character area at ``[i, j)`` a function word and a level word after a word
    (no area: the text names none of the places above it)?"""
    gaz = gaz or Gazetteer.default()
    if j - i != 2 or text[i] not in BREAKERS or i == 0 or not is_han(text[i - 1]):
        return False
    above = {anc.name for area in gaz.lookup(text[i:j]) for anc in gaz.chain(area.code)[1:]}
    return not any(name in text or name[:2] in text for name in above)
