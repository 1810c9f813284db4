"""Communities (社区), the level below the registry's townships, found by their ending.

The registry lists no communities, so a community is read from the text: a place word
before 社区 (西关社区), cut after the township glued before it (平襄镇西关社区 as one word),
and not a describing word (幸福社区) unless a road gives it its name (幸福路社区).  Once
named, the community is found again wherever the text writes its name.  Called by
kg.nlp.areas' finder with its word lists.
"""

from __future__ import annotations

import re

from kg.nlp.found import Found
from kg.nlp.spans import Marks
from kg.nlp.text import all_han
from kg.nlp.tokens import Tokens, occurrences


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
    out = []
    for m in re.finditer("社区", text):
        e = m.end()
        a, _ = tk.token_span_at(max(0, m.start() - 1)) if m.start() else (0, 0)
        if m.start() in tk.starts and m.start() > 0:
            a = tk.token_span_at(m.start() - 1)[0]
            if tk.tag_at(a) not in ("LOC", "ns", "nz", "ORG"):
                continue
        elif tk.tag_at(m.start()) not in ("LOC", "ORG") or a >= m.start():
            continue
        # 平襄镇西关社区 read as one word: the community starts after its township, also
        # when the word runs on into its committee (某街道某社区党委 in a table's cell); not
        # inside a union's name (某街道某社区工会联合会, whose name opens with the township)
        if not text[e : tk.token_span_at(m.start())[1]].endswith(union_endings):
            inside = (end for p in range(a, m.start()) for end in ends_from.get(p, ()) if end <= m.start() - 2)
            a = max(inside, default=a)
        stem = text[a : m.start()]
        if not (2 <= len(stem) <= 5 and all_han(stem)):
            continue
        if stem.startswith(community_stop) and not stem.endswith(road_words):
            continue  # 幸福社区 describes; 幸福路社区 is named after its road
        if taken.overlaps(a, e):
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
