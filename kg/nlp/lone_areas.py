"""Area names that name no area where they stand, nothing on the page placing them:

- a one-character county read across a joining word: 咱们和县人社局 is 和 and the bare level
  word 县 (the county in context), not 和县 of 马鞍山 — the county's one character is a
  function word (kg/data/lexicon/names/function_words.txt) glued after the words before it;
- the tail of a longer place's name the tagger cut (长|白山: 长白山, a mountain);
- a division of Taiwan, Hong Kong or Macao written by its bare stem (“桃园工会驿站”: a peach
  orchard, not 桃园市), whose stems are common words on the mainland.

Either is the area it says where the text names a place above it (马鞍山, 安徽; 台湾), and a
stem is where a division of its own follows it (台南新营人).
"""

from __future__ import annotations

from kg.gazetteer import Gazetteer
from kg.gazetteer.names import standard_code
from kg.nlp.names import BREAKERS
from kg.nlp.text import is_han
from kg.nlp.tokens import Tokens

# the tagger's tag of a place's word
_PLACE_TAG = "LOC"


def lone_area(text: str, i: int, j: int, gaz: Gazetteer | None = None) -> bool:
    """Is the area name at ``[i, j)`` one of those, with no place above it named in the text?"""
    gaz = gaz or Gazetteer.default()
    meanings = gaz.lookup(text[i:j])
    joined = j - i == 2 and text[i] in BREAKERS and i > 0 and is_han(text[i - 1])
    # (a stem, not the name: 桃园, not 桃园市; the provinces themselves have standard codes)
    far = bool(meanings) and all(not standard_code(a.code) and a.name != text[i:j] for a in meanings)
    if not (joined or far):
        return False
    if far and any(
        gaz.contains(m.code, c.code)
        for n in range(2, 5)
        for c in gaz.lookup(text[j : j + n], short=True)
        for m in meanings
    ):
        return False  # 台南新营人: the stem before a division of its own (新营区) is the place
    above = {anc.name for area in meanings for anc in gaz.chain(area.code)[1:]}
    return not any(name in text or name[:2] in text for name in above)


def joined_county(text: str, i: int, j: int) -> bool:
    """A one-character county after a word, its character a function word (和县 of 咱们和县人社局)?"""
    return j - i == 2 and text[i] in BREAKERS and i > 0 and is_han(text[i - 1]) and lone_area(text, i, j)


def place_tail(tk: Tokens, i: int, j: int) -> bool:
    """Is the area name at ``[i, j)`` (two characters, no level word) the tail of a longer
    place's name, the tagger's place word opening one character before it (长白山/LOC, or
    长/LOC|白山: a mountain, not 白山)?  One character is no area's name, so the word is one
    place's name, and the area inside it is no mention."""
    if j - i != 2 or i == 0 or not is_han(tk.text[i - 1]) or tk.tag_at(i - 1) != _PLACE_TAG:
        return False
    start, end = tk.token_span_at(i - 1)
    return start == i - 1 and (end == i or end >= j)
