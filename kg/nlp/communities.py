"""Communities (社区, 居民区), the level below the registry's townships, found by their ending.

The registry lists no communities, so a community is read from the text: a place word
before 社区 (西关社区), cut after the township glued before it (平襄镇西关社区 as one word),
and not a describing word (幸福社区) unless a road gives it its name (幸福路社区).  A
number may stand between the place word and the ending (某新村第一居民区, 某村第二社区: the
place's first district), part of the name.  Once
named, the community is found again wherever the text writes its name.  Called by
kg.nlp.areas' finder with its word lists.
"""

from __future__ import annotations

import re

from kg.lexicon import alternation_of, words
from kg.nlp.found import Found
from kg.nlp.spans import Marks
from kg.nlp.text import all_han
from kg.nlp.tokens import Tokens, occurrences

# 社区, 居民区: the endings of a community's name
_ENDINGS = re.compile(alternation_of(words("areas/community_endings.txt")))
# the number of a place's district between its name and the ending (第一, 二): the tagger's number word
_ORDINAL = re.compile("第?[一二三四五六七八九十]{1,3}$")
_NUMBER_TAG = "m"
# the longest stem of a community, and of one with its district's number
_STEM_MAX, _NUMBERED_MAX = 5, 8


def communities(
    tk: Tokens,
    areas: list[Found],
    community_stop: tuple[str, ...],
    road_words: tuple[str, ...],
    union_endings: tuple[str, ...],
) -> list[Found]:
    """Communities (社区), below the registry's townships: a place word and 社区."""
    text = tk.text
    taken = Marks(len(text), ((f.start, f.end) for f in areas))
    # the areas' ends by start: those inside one word are read without a scan of all
    ends_from: dict[int, list[int]] = {}
    for f in areas:
        ends_from.setdefault(f.start, []).append(f.end)
    area_ends = {f.end for f in areas}
    out = []
    for m in _ENDINGS.finditer(text):
        e, k = m.end(), _numbered_start(tk, m.start())
        a, _ = tk.token_span_at(max(0, k - 1)) if k else (0, 0)
        if k in tk.starts and k > 0:
            a = tk.token_span_at(k - 1)[0]
            if tk.tag_at(a) not in ("LOC", "ns", "nz", "ORG"):
                continue
        elif tk.tag_at(k) not in ("LOC", "ORG") or a >= k:
            continue
        # 平襄镇西关社区 read as one word: the community starts after its township, also
        # when the word runs on into its committee (某街道某社区党委 in a table's cell); not
        # inside a union's name (某街道某社区工会联合会, whose name opens with the township)
        if not text[e : tk.token_span_at(m.start())[1]].endswith(union_endings):
            inside = (end for p in range(a, m.start()) for end in ends_from.get(p, ()) if end <= m.start() - 2)
            a = max(inside, default=a)
        a = _bare_area_start(ends_from, area_ends, a, m.start(), text)
        stem = text[a : m.start()]
        if not (2 <= len(stem) <= (_STEM_MAX if k == m.start() else _NUMBERED_MAX) and all_han(stem)):
            continue
        if stem.startswith(community_stop) and not stem.endswith(road_words):
            continue  # 幸福社区 describes; 幸福路社区 is named after its road
        if taken.overlaps(a, e) and not _bare_area_before(ends_from, a, m.start(), text):
            continue
        out.append(Found(a, e, "AREA", "community"))
        taken.add(a, e)
    # a community the text named is that community wherever it writes the name again, at
    # a word's start, however the tagger reads it there (现任某某社区党委副书记: the tagger
    # may glue it to the committee after it)
    for name in sorted({text[f.start : f.end] for f in out}):
        for a, e in occurrences(text, name):
            if not taken.overlaps(a, e) and (a in tk.starts or not all_han(text[a - 1 : a])):
                out.append(Found(a, e, "AREA", "community"))
                taken.add(a, e)
    return out


def _numbered_start(tk: Tokens, at: int) -> int:
    """Where the place word ends before a district's number right before ``at`` (某新村|第一|居民区:
    the number a word of its own, or the end of the place's word), else ``at``."""
    s, _ = tk.token_span_at(at - 1) if at else (at, at)
    m = _ORDINAL.search(tk.text, max(0, at - 4), at)
    if m is None or m.end() != at:
        return at
    if s == m.start() and tk.tag_at(s) == _NUMBER_TAG:
        return s  # (the number a word of its own)
    return m.start() if s < m.start() else at  # (glued to the place's word: 开鲁新村第一/LOC)


# the endings of an area's name written with its level (中山市, 某镇, 某街道)
_LEVEL_ENDS = ("省", "市", "区", "县", "州", "盟", "旗", "镇", "乡", "街道")


def _bare_area_before(ends_from: dict[int, list[int]], a: int, b: int, text: str) -> bool:
    """中山社区, 长安社区: an area's bare name is the whole stem before 社区 — the community is
    named after it (a common word of places), no mention of that area."""
    return not text[a:b].endswith(_LEVEL_ENDS) and b in ends_from.get(a, ())


def _bare_area_start(ends_from: dict[int, list[int]], area_ends: set[int], a: int, b: int, text: str) -> int:
    """某镇中山社区工会 read as one word: the community starts at the bare area's name before
    社区 when another area's name ends right before that one (the areas looked up by where
    they start, inside the word only: the cost of a community is its own length)."""
    bare = (x for x in range(a + 1, b) if x in area_ends and b in ends_from.get(x, ()))
    return next((x for x in bare if _bare_area_before(ends_from, x, b, text)), a)
