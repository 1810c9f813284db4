"""Registry areas whose bare name is an everyday word (郊区, 城区, 矿区: ``area_stopwords.txt``)
are never read alone; written right after the city that holds them (阳泉市郊区荫营镇,
晋城市城区文化馆; 江苏扬州物流园区, a zone unit of one of its districts) they are that city's
area of the name, the only reading there.  And a
zone written with a county's short form as one place word is that county's.
"""

from __future__ import annotations

from kg.gazetteer import Gazetteer
from kg.lexicon import words
from kg.nlp.areaindex import AREA_STOPWORDS, AreaIndex
from kg.nlp.found import Found
from kg.nlp.spans import Marks
from kg.nlp.tokens import Tokens

LIST_JOINER = "、"
COUNTY = "county"


def common_named_children(text: str, areas: list[Found], gaz: Gazetteer) -> list[Found]:
    """The districts of an everyday word's name written right after a full area found
    that holds them (the registry says so), as full areas."""
    forms = [w for w in words(AREA_STOPWORDS) if gaz.lookup(w)]
    taken = {f.start for f in areas}
    out = []
    for f in areas:
        if f.kind != "full" or f.end in taken:
            continue
        form = next((w for w in forms if text.startswith(w, f.end)), None)
        if form is None:
            continue
        holders = {a.code for a in gaz.lookup(text[f.start : f.end])}
        # (江苏扬州物流园区: a zone unit of one of the city's districts, the city written before it)
        if any(a.parent in holders or any(gaz.contains(h, a.code) for h in holders) for a in gaz.lookup(form)):
            out.append(Found(f.end, f.end + len(form), "AREA", "full"))
    return out + listed_common_children(text, areas, gaz, forms, taken)


def listed_common_children(
    text: str, areas: list[Found], gaz: Gazetteer, forms: list[str], taken: set[int]
) -> list[Found]:
    """前进区、向阳区、东风区、郊区总工会: an everyday word's district written in a list right
    after a sibling, a district the registry puts under the same city as one of that name:
    the city's district of the name.  Only next to the sibling, after a list joiner (、, or
    the spaces of a list set out on a line); the sibling may carry the ending the
    district carries too, items of one kind (某县总工会、城区总工会: the city's 城区's union)."""
    out = []
    for f in areas:
        if f.kind != "full":
            continue
        joined = _joined_after(text, f.end)
        if joined is None:
            continue
        tail, p = joined
        form = next((w for w in forms if text.startswith(w, p)), None)
        if form is None or p in taken or not text.startswith(tail, p + len(form)):
            continue
        if _siblings(gaz, text[f.start : f.end], form):
            out.append(Found(p, p + len(form), "AREA", "full"))
    return out


# the longest ending a list's items share after their areas (总工会, 人民政府)
_TAIL_MAX = 6
LIST_JOINERS = (LIST_JOINER, "\u3000", " ")


def _joined_after(text: str, end: int) -> tuple[str, int] | None:
    """The ending written after an area that ends at ``end`` before a list joiner (none, or
    Han characters: 总工会), and where the next item starts; None when no joiner follows."""
    for k in range(end, min(len(text), end + _TAIL_MAX + 1)):
        if text[k] in LIST_JOINERS:
            p = k
            while p < len(text) and text[p] in LIST_JOINERS:
                p += 1
            return text[end:k], p
        if not "\u4e00" <= text[k] <= "\u9fff":
            return None
    return None


def _siblings(gaz: Gazetteer, name: str, form: str) -> bool:
    """Does the registry put an area named ``name`` (a county-level one) and one named
    ``form`` under the same parent?"""
    parents = {a.parent for a in gaz.lookup(name) if a.level == COUNTY and a.parent}
    return any(a.parent in parents for a in gaz.lookup(form) if a.level == COUNTY)


def short_named_zones(tk: Tokens, index: AreaIndex, suffixes: list[str], taken: Marks) -> list[Found]:
    """霍山经济开发区 as one place word: a zone named with the short form of a county or city,
    then a zone ending — that area's zone (kind "zone"), kept by kg.extract.areas only when
    the article names that area or the page is about it (a bulletin's item writes its county
    as 县 alone)."""
    out = []
    for a, b, word, tag in tk.tokens:
        if tag not in ("LOC", "ns", "ORG") or taken.overlaps(a, b):
            continue
        suffix = next((x for x in suffixes if word.endswith(x)), None)
        if suffix is None or len(word) - len(suffix) < 2:
            continue
        if any(word[:n] in index.short for n in (3, 2)):
            out.append(Found(a, b, "AREA", "zone"))
    return out


MISREAD_TAGS = ("m", "w")  # a numeral, a punctuation mark
NUMERALS = set("〇零一二三四五六七八九十百千万亿两0123456789０１２３４５６７８９")


def misread_number(tk: Tokens, k: int) -> bool:
    """Is the character at ``k`` inside a word of Han characters the tagger called a numeral
    or a mark (m, w) that holds no numeral (吕梁市柳林县人民医院 after a row's number and a
    gap, read so)?  Its areas are then found as in a proper word."""
    if not tk.tokens or tk.tag_at(k) not in MISREAD_TAGS:
        return False
    a, b = tk.token_span_at(k)
    return not any(c in NUMERALS or not "\u4e00" <= c <= "\u9fff" for c in tk.text[a:b])
