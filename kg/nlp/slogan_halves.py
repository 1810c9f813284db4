"""A slogan's half is no one's name, for ``kg.nlp.people``.

A theme or a headline often pairs two phrases of the same length set apart by a space
(巾帼绽芳华　建功新时代, 匠心铸辉煌　奋进新征程): verb and noun phrases the tagger may read a
name in (绽芳华).  A name there is a piece of the half that holds it, when the half is
longer than the "name", the name opens with no surname, and the other half beside it has
as many characters: two people's names side by side (王强　李明) are halves of nothing.

A middle dot also joins a slogan's halves (文化润心·工益惠民, 迎五一·登太行): a word glued to
either side of such a dot, with Han words on the other, is a piece of a half.  A foreign
name's parts are joined by the same dot, but its parts are read whole first
(``kg.nlp.dotted_names.dotted_name``), and its first part ends in characters of
transliteration: a word after 迎五一 is none of its parts.
"""

from __future__ import annotations

from kg.ingest.name_syllables import name_chars
from kg.nlp.text import is_han

# what sets a slogan's halves apart
_GAP = " 　"
_SHORTEST, _LONGEST = 4, 8


def _run(text: str, a: int, b: int) -> tuple[int, int]:
    """The run of Han characters that holds ``text[a:b]``."""
    while a > 0 and is_han(text[a - 1]):
        a -= 1
    while b < len(text) and is_han(text[b]):
        b += 1
    return a, b


def in_slogan_half(text: str, a: int, b: int, surnames: frozenset[str]) -> bool:
    """Is ``text[a:b]`` inside one half of a slogan of two matched halves?"""
    if text[a] in surnames or not any(g in text for g in _GAP):
        return False
    s, e = _run(text, a, b)
    if (s, e) == (a, b) or not _SHORTEST <= e - s <= _LONGEST:
        return False
    after = e
    while after < len(text) and text[after] in _GAP:
        after += 1
    if e < after < len(text) and is_han(text[after]) and _run(text, after, after + 1) == (after, after + e - s):
        return True
    before = s
    while before > 0 and text[before - 1] in _GAP:
        before -= 1
    if 0 < before < s and is_han(text[before - 1]):
        s2, e2 = _run(text, before - 1, before)
        return e2 - s2 == e - s
    return False


def dotted_half(text: str, a: int, b: int) -> bool:
    """Is ``text[a:b]``, a word with no dot of its own, glued to a middle dot that joins it
    to Han words (润心·|工益 before it; 迎五一·|登太行 after it, the two characters before the
    dot not both of transliteration, as a name's first part ends: 艾山江·)?"""
    if "·" in text[a:b]:
        return False
    if text[b : b + 1] == "·" and is_han(text[b + 1 : b + 2]):
        return True
    if a < 3 or text[a - 1] != "·" or not is_han(text[a - 2]) or not is_han(text[a - 3]):
        return False
    return not all(c in name_chars() for c in text[a - 3 : a - 1])
