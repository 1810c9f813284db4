"""Development zones the registry lacks (武汉东湖新技术开发区, 某某新区 written without its
city), and the short form of a zone's ending (高新区) that stands for the one zone of that
ending the text names.

Split from kg.nlp.areas (one idea per module: the registry's areas there)."""

from __future__ import annotations

import re

from kg.lexicon import table, words
from kg.nlp.areaindex import AreaIndex
from kg.nlp.common_areas import short_named_zones
from kg.nlp.found import Found
from kg.nlp.names import NameEdges
from kg.nlp.spans import Anchors, Marks
from kg.nlp.text import all_han
from kg.nlp.tokens import Tokens, occurrences

# how news shortens a development zone's ending (高新技术产业开发区 → 高新区)
ZONE_ABBREVIATIONS = table("areas/zone_abbreviations.tsv")
BARE_ZONE_SUFFIX = "新区"  # the one zone ending whose name is often written without its city's
DESCRIPTIVE = words("areas/descriptive_area_words.txt")  # 经济, 城市: a description, no name


def zone_endings(text: str, areas: list[Found]) -> dict[str, str]:
    """高新区 alone after 西安高新区 (or 西安高新技术产业开发区) was named: the one zone of
    that ending the text names, as if it had defined the short form (以下简称“高新区”)."""
    named: dict[str, set[str]] = {}
    for f in areas:
        name = text[f.start : f.end]
        for ending, short, _alone in ZONE_ABBREVIATIONS:
            if name != short and name.endswith((ending, short)):
                named.setdefault(short, set()).add(name)
    return {short: names.pop() for short, names in named.items() if len(names) == 1}


def unlisted_zones(
    tk: Tokens, areas: list[Found], edges: NameEdges, index: AreaIndex, zone_suffixes: tuple[str, ...]
) -> list[Found]:
    """Development zones the registry lacks (武汉东湖新技术开发区): an area name, then name
    words, then a zone ending."""
    text = tk.text
    starts = Anchors(len(text), areas)
    taken = Marks(len(text), ((f.start, f.end) for f in areas))
    out = []
    for suffix in zone_suffixes:
        for s, e in occurrences(text, suffix):
            if taken.overlaps(s, e):
                continue
            if e not in tk.ends and tk.tag_at(e - 1) not in ("ORG", "LOC"):
                continue
            a = edges.left_edge(tk, s, starts)
            # (or a short form: kept by kg.extract.areas when the article or page names its area)
            if a is None or a not in starts or starts[a].kind not in ("full", "short"):
                continue
            if edges.after_glued_body(text, a, e) != a:
                continue  # 某开发区总工会联合开发区某局: a body and a joining verb, no zone's name
            out.append(Found(a, e, "AREA", "zone"))
            taken.add(a, e)
    out += short_named_zones(tk, index, zone_suffixes, taken)  # 霍山经济开发区
    return out + _bare_zones(tk, taken)


def _bare_zones(tk: Tokens, taken: Marks) -> list[Found]:
    """A new district named without its city (某某新区 as one place word): a proper
    name of two or three characters before 新区, none of them describing (经济新区)."""
    out = []
    # only the words holding the ending (few texts name one): not a pass over every word
    holding = sorted({tk.tok_at[m.end() - 1] for m in re.finditer(BARE_ZONE_SUFFIX, tk.text)})
    for a, b, _, tag in (tk.tokens[i] for i in holding):
        word = tk.text[a:b]
        stem = word[: -len(BARE_ZONE_SUFFIX)]
        if (
            tag in ("LOC", "ns")
            and word.endswith(BARE_ZONE_SUFFIX)
            and 2 <= len(stem) <= 3
            and all_han(stem)
            and not any(w in stem for w in DESCRIPTIVE)
            and not taken.overlaps(a, b)
        ):
            out.append(Found(a, b, "AREA", "bare_zone"))
    return out
