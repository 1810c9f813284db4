"""An epithet in quotes right before a name (“领头雁”向玉华, “焊接大王”向明亮, 新时代“雷锋”
董家豪): profiles and award pages put a nickname of praise before the person, as a title
stands before a name.  The closing quote is then where a name starts (the tagger, reading
向 as a preposition, keeps only 玉华), and a name inside the quotes (“雷锋”) is the
epithet's, a model to follow, not someone in the story.
"""

from __future__ import annotations

import re

from kg.nlp.found import Found
from kg.nlp.tokens import Tokens

# a short quoted phrase of Han characters, then a Han character: a name may start there
_EPITHET = re.compile(r"“([\u4e00-\u9fff]{2,8})”(?=[\u4e00-\u9fff])")
# before the quote a verb of naming makes it the object (被誉为“钢铁裁缝”), not an epithet
_NAMING = ("称为", "誉为", "叫", "称", "喊", "号称", "当好", "争当", "做", "是")


# what the tagger may call the name after it: a name, a noun, a place (“家门口”练/v本领 is an act)
_NOUN_TAGS = frozenset({"PER", "nr", "n", "nz", "LOC", "ns", "ORG"})


def epithet_ends(tk: Tokens) -> set[int]:
    """Where a quoted epithet closes right before a word a name may be read as (a name's
    start, if any): not a verb's (让职工在“家门口”练本领: the quote is a place, then an act)."""
    text = tk.text
    if "”" not in text:
        return set()
    return {
        m.end()
        for m in _EPITHET.finditer(text)
        if tk.tag_at(m.end()) in _NOUN_TAGS and not text.endswith(_NAMING, 0, m.start())
    }


def off_epithets(text: str, people: list[Found]) -> list[Found]:
    """``people`` without a name that fills a quote a person's name follows (“雷锋”董家豪)."""
    if "”" not in text:
        return people
    starts = {p.start for p in people}
    return [
        p
        for p in people
        if not (text[p.start - 1 : p.start] == "“" and text[p.end : p.end + 1] == "”" and p.end + 1 in starts)
    ]
