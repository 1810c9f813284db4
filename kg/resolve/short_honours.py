"""A person's honour written once in full (霍山县劳动模范) and once by a bare level word
(县劳动模范詹大化: the county's model worker): one honour, kept by its full name.

A bare level word (县, 市, 省 …; areas/level_words.tsv) stands for the area of that level the
page is about, so the short form names no honour of its own when the same person holds one
whose name ends with it; the short form's evidence goes to the full one.
"""

from __future__ import annotations

import networkx as nx

from kg.lexicon import lexicon


def fold_short_honours(G: nx.MultiDiGraph) -> None:
    """Folds each person's short-form honours into the one full form that ends with them."""
    levels = tuple(lexicon().level_words)
    for _, data in G.nodes(data=True):
        awards = data.get("awards")
        if not awards or len(awards) < 2:
            continue
        for short in [h for h in awards if h.startswith(levels)]:
            full = [h for h in awards if h != short and len(h) > len(short) and h.endswith(short)]
            if len(full) == 1:
                for e in awards.pop(short):
                    if e not in awards[full[0]]:
                        awards[full[0]].append(e)
                awards[full[0]].sort()
