"""Is a run of characters a Chinese personal name, by its letters alone?  (for
``kg.nlp.people``; the words around it are ``kg.nlp.name_shapes`` and
``kg.nlp.name_context``.)  Its length, its surname or surnames, its last character
(村, 站 end places), its strokes (丶: an OCR tool's noise), its make of name words (``kg.ingest.name_syllables``).
"""

from __future__ import annotations

import functools
from collections.abc import Collection

from kg.ingest.name_syllables import syllable_name
from kg.lexicon import words
from kg.nlp.name_shapes import PERSON_FOLLOWERS, ROLE_ENDINGS, doubled
from kg.nlp.text import all_han

SURNAMES = "people/surnames.txt"
COMPOUND_SURNAMES = tuple(w for w in words(SURNAMES) if len(w) > 1)
_SINGLE_SURNAMES = frozenset(w for w in words(SURNAMES) if len(w) == 1)
# characters that end names of places and premises far more often than people's names
PLACE_FINALS = frozenset(words("people/place_finals.txt"))
# strokes and radicals no name is written with: an OCR tool's noise (刘又丶)
STROKES = frozenset(words("people/stroke_chars.txt"))


def plausible_name(name: str) -> bool:
    """Could this be a Chinese personal name? 2–3 Han characters, 4 with a compound
    surname or with two surnames (a married woman's in Hong Kong and Taiwan: her
    husband's, her own, her given name), or a transliterated name: with a middle dot, or
    made of name words (巴图孟和, ``kg.ingest.name_syllables``)."""
    if "·" in name:
        return all_han(name.replace("·", "")) and len(name) <= 12
    if syllable_name(name):
        return True
    if not all_han(name) or not 2 <= len(name) <= 4 or doubled(name) or _amount(name):
        return False
    if not STROKES.isdisjoint(name):
        return False  # (an OCR tool's reading of a stroke: 刘又丶)
    if name in COMPOUND_SURNAMES:
        return False  # 欧阳 (of 欧阳老师): a surname alone names no one
    if len(name) == 4 and not (name.startswith(COMPOUND_SURNAMES) or two_surnames(name)):
        return False
    if len(name) == 2 and name[0] not in _SINGLE_SURNAMES and name.endswith(ROLE_ENDINGS):
        return False  # 菇农, 蔗农: no surname, and an occupation's ending (a grower by his crop): a role noun
    return not (len(name) >= 3 and name[-1] in PLACE_FINALS)


# the capital numerals of a sum of money (人民币壹佰伍拾贰万元整): 伍 is a surname, 壹佰伍 no name
_CAPITAL_NUMERALS = frozenset("零壹贰叁肆伍陆柒捌玖拾佰仟万萬亿")


def _amount(name: str) -> bool:
    """Is the run made of a sum's capital numerals alone (壹佰伍, 伍拾贰)?"""
    return all(c in _CAPITAL_NUMERALS for c in name)


def two_surnames(name: str) -> bool:
    """陈李美玲: two single surnames and a given name of two.  Not when the given name
    opens with a surname's character too: 张强李明 may be two names written together; nor
    when the first two are one compound surname (慕容春燕: one surname of two)."""
    singles = single_surnames()
    if len(name) != 4 or name.startswith(COMPOUND_SURNAMES):
        return False
    return name[0] in singles and name[1] in singles and name[2] not in singles


@functools.cache
def single_surnames() -> frozenset[str]:
    """The one-character surnames (张, 欧 of a compound one too): what opens most names."""
    return frozenset(w for w in words(SURNAMES) if len(w) == 1)


def two_names_glued(name: str, named: set[str]) -> bool:
    """杨猛齐 in a deck line 杨猛齐为民出席: two people the text names apart (杨猛, 齐为民)
    printed without a mark between them, which the tagger read as one name.  Not a name
    of name words (拉巴次仁 beside 拉巴 and 次仁卓玛): Tibetan names are built of a few
    shared words, and each such run is one person's name."""
    if syllable_name(name):
        return False
    for k in (2, 3):
        head, rest = name[:k], name[k:]
        if rest and head in named and any(other != name and other.startswith(rest) for other in named):
            return True
    return False


def name_before_follower(text: str, a: int, b: int) -> bool:
    """Is ``text[a:b]`` a name with a word a name is followed by (前往, 主持) right after?"""
    return text.startswith(PERSON_FOLLOWERS, b) and plausible_name(text[a:b])


def written_place(text: str, a: int, b: int, places: set[tuple[int, int]]) -> bool:
    """Is ``text[a:b]`` an area found whole that only a frame made a name (高庄乡 in a row's
    cell or a list): a township written so stays one.  A name's shape still wins (黄山)."""
    return (a, b) in places and not plausible_name(text[a:b])


def addressed(name: str, surnames: frozenset[str], terms: tuple[Collection[str], ...]) -> bool:
    """Is ``name`` a surname and a title or a term of address (张主席, 王师傅, 李某, 欧阳书记),
    which names no one?  One character before such a word of two is a surname too, one too
    rare for the list (拓主席, 亢师傅): a given name is no title."""
    if len(name) == 3 and any(name[1:] in t for t in terms):
        return True
    return any(name[:k] in surnames and any(name[k:] in t for t in terms) for k in (2, 1))
