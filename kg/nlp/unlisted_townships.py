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
from kg.gazetteer.names import ETHNIC_GROUPS
from kg.lexicon import lexicon, words
from kg.nlp.found import Found
from kg.nlp.spans import Marks
from kg.nlp.tokens import Tokens
from kg.nlp.villages import PROPER_TAGS

UNLISTED_TOWNSHIP = "township"  # the kind of such a mention (kg.nlp.villages reads the same)
_COUNTY = "county"
TOWNSHIP = "township"  # the registry's level of towns and townships
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
    out += _addressed_townships(tk, taken, gaz, shape)
    out += _bracketed_townships(text, taken, gaz, shape)
    out += _homes_of_people(tk, taken, gaz, shape)
    out += _towns_of_bodies(tk, taken, gaz, township_heads)
    out += ethnic_townships(tk, [f.end for f in areas if f.kind == "full"], taken, gaz)
    return out + _renamed_townships(tk, taken, gaz)


# 街津口赫哲族乡: a township of a nationality, its ethnonym written, which the registry drops
_ETHNIC_TOWNSHIP = re.compile(
    f"([\u4e00-\u9fff]{{2,4}}?)(?:{'|'.join(sorted(ETHNIC_GROUPS, key=len, reverse=True))})族([乡镇])"
)


def ethnic_townships(tk: Tokens, after_areas: list[int], taken: Marks, gaz: Gazetteer) -> list[Found]:
    """同江市街津口赫哲族乡: an ethnic township written with its nationality (赫哲族) where the
    registry writes it without (街津口乡), as its own rule drops the ethnonym (kg.gazetteer.names):
    the registry's township, read as an abbreviation of that name, when the words open a
    proper word of the tagger's or follow an area found (the tagger's one word 同江市街津口赫哲族乡)."""
    text = tk.text
    out = []
    for a in sorted({*(a for a in tk.starts if tk.tag_at(a) in (*PROPER_TAGS, _ORG_TAG)), *after_areas}):
        m = _ETHNIC_TOWNSHIP.match(text, a)
        if m is None or taken.overlaps(a, m.end()):
            continue
        b = m.end()
        bare = m.group(1) + m.group(2)
        if any(t.level == TOWNSHIP for t in gaz.lookup(bare)):
            out.append(Found(a, b, "AREA", "abbr", bare))
            taken.add(a, b)
    return out


_ROAD_WORDS = words("areas/road_words.txt")  # 路, 街, 大道: a road's last word


def _addressed_townships(tk: Tokens, taken: Marks, gaz: Gazetteer, shape: re.Pattern[str]) -> list[Found]:
    """密水街道凤凰大街 alone (no county before it): a proper word of a township's shape that
    the registry lacks, with a road's name right after it (the tagger's place word), is the
    township of an address; ``kg.extract.areas`` puts it in the county named last or the page's."""
    text = tk.text
    out = []
    for a in sorted(tk.starts):
        b = tk.token_span_at(a)[1]
        if tk.tag_at(a) not in PROPER_TAGS or not shape.fullmatch(text, a, b) or taken.overlaps(a, b):
            continue
        road = tk.token_span_at(b)[1] if b < len(text) and tk.tag_at(b) in PROPER_TAGS else b
        if road - b < 3 or not text.endswith(_ROAD_WORDS, b, road) or gaz.lookup(text[a:b]):
            continue
        out.append(Found(a, b, "AREA", UNLISTED_TOWNSHIP))
        taken.add(a, b)
    return out


# the tagger's place word
_PLACE_TAG = "LOC"
# what a person's home or unit is said with: 某街道的X (its possessive), X（某街道）(a note)
_POSSESSIVE = "的"


def _homes_of_people(tk: Tokens, taken: Marks, gaz: Gazetteer, shape: re.Pattern[str]) -> list[Found]:
    """荣兴街道的X, X（荣兴街道）: a place word of the tagger's, a township's shape whole, that the
    registry lacks, where a page says whose home or unit it is (before a possessive, or alone
    in a note in brackets); ``kg.extract.areas`` puts it in the county named last or the page's."""
    text = tk.text
    out = []
    for a in sorted(tk.starts):
        b = tk.token_span_at(a)[1]
        if tk.tag_at(a) != _PLACE_TAG or not shape.fullmatch(text, a, b) or taken.overlaps(a, b):
            continue
        noted = text[a - 1 : a] in "（(" and a > 0 and text[b : b + 1] in ("）", ")") and b < len(text)
        if not (noted or text.startswith(_POSSESSIVE, b)) or gaz.lookup(text[a:b]):
            continue
        out.append(Found(a, b, "AREA", UNLISTED_TOWNSHIP))
        taken.add(a, b)
    return out


# a town's public body named after it (某某镇中心学校, 某某乡卫生院): a workplace's ending
_WORKPLACES = tuple(words("bodies/workplace_endings.txt"))
# 乡村 is a word of its own (…乡村振兴局): no township ends there
_VILLAGE = "村"


def _towns_of_bodies(tk: Tokens, taken: Marks, gaz: Gazetteer, township_heads: tuple[str, ...]) -> list[Found]:
    """满都胡宝拉格镇中心学校/ORG: an organisation's word of the tagger's that opens with a
    township's shape the registry lacks (a stem of two to six characters, a long transliterated
    one too, and its ending) and goes on to a workplace's ending: the town's school or clinic,
    named after the town; ``kg.extract.areas`` puts the town in the county named last or the page's."""
    text = tk.text
    shape = re.compile(f"[\u4e00-\u9fff]{{2,6}}?(?:{'|'.join(township_heads)})")
    out = []
    for a in sorted(tk.starts):
        b = tk.token_span_at(a)[1]
        if tk.tag_at(a) != _ORG_TAG or taken.overlaps(a, b):
            continue
        m = shape.match(text, a, b)
        if m is None or b - m.end() < 2 or text.startswith(_VILLAGE, m.end()) or not text.endswith(_WORKPLACES, 0, b):
            continue
        if gaz.lookup(m.group()):
            continue
        out.append(Found(a, m.end(), "AREA", UNLISTED_TOWNSHIP))
        taken.add(a, m.end())
    return out


# a named venue's ending (景区, 职工之家, 体育馆) right before a bracket
_VENUE_ENDINGS = lexicon().venue_suffixes
_BRACKET = re.compile("[（(]")


def _bracketed_townships(text: str, taken: Marks, gaz: Gazetteer, shape: re.Pattern[str]) -> list[Found]:
    """某县某某峡景区（桥上乡）: a township's name alone in brackets right after a venue says
    where the venue lies; one the registry lacks is a township all the same, which
    ``kg.extract.areas`` puts in the county named last or the page's."""
    out = []
    for m in _BRACKET.finditer(text):
        a = m.end()
        t = shape.match(text, a)
        if t is None or text[t.end() : t.end() + 1] not in "）)" or t.end() >= len(text):
            continue
        if not text.endswith(_VENUE_ENDINGS, 0, m.start()) or taken.overlaps(a, t.end()) or gaz.lookup(t.group()):
            continue
        out.append(Found(a, t.end(), "AREA", UNLISTED_TOWNSHIP))
        taken.add(a, t.end())
    return out


RENAMED_TOWNSHIP = "renamed-township"  # the kind of a township named by its former level word
# a 乡 made a 镇 (撤乡设镇): the registry has the town, pages still write the township (or the reverse)
RENAMED_ENDINGS = {"乡": "镇", "镇": "乡"}
_RENAMED = re.compile(f"[\u4e00-\u9fff]{{2,3}}[{''.join(RENAMED_ENDINGS)}]")


def _renamed_townships(tk: Tokens, taken: Marks, gaz: Gazetteer) -> list[Found]:
    """齐村乡 where the registry has 齐村镇 only: a proper word of the tagger's (and the level word), the name with
    the other township word a registry township; ``kg.extract.areas`` places it where that
    township lies, when the page's region holds one of that name."""
    text = tk.text
    out = []
    for a in sorted(tk.starts):
        b = tk.token_span_at(a)[1]
        if tk.tag_at(a) not in PROPER_TAGS:
            continue
        if text[b : b + 1] in RENAMED_ENDINGS and tk.token_span_at(b) == (b, b + 1):
            b += 1  # (成佳|乡: the level word a word of its own)
        if not _RENAMED.fullmatch(text, a, b) or taken.overlaps(a, b):
            continue
        name = text[a:b]
        other = name[:-1] + RENAMED_ENDINGS[name[-1]]
        if gaz.lookup(name) or not any(t.level == TOWNSHIP for t in gaz.lookup(other)):
            continue
        out.append(Found(a, b, "AREA", RENAMED_TOWNSHIP))
    return out
