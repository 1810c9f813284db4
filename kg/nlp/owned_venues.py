"""A body's own venue: a company's named by the bare, quoted venue word after the company's
name, and a union's home for its members named after the union.

佳木斯某某股份有限公司“职工之家”: a union's staff home is written as the company's name and
the kind of venue in quotes; the quotes hold no name of their own (a bare 职工之家), so the
venue is the company's: its name is the company's name and the venue word (the label drops
the quotes, kg.extract).  Only after a company's name (…公司): a quoted bare word after any
other words is a kind of venue, no one venue.
"""

from __future__ import annotations

import re

from kg.lexicon import words
from kg.nlp.found import Found
from kg.nlp.names import NameEdges
from kg.nlp.spans import Anchors
from kg.nlp.tokens import Tokens

COMPANY = "公司"
# the homes a union keeps for its members (某镇总工会职工之家): a venue of the union, not one of
# the services it runs (某区总工会职工服务中心, an organisation of its own)
UNION_HOMES = frozenset(words("bodies/union_homes.txt"))
OWNED = "owned"  # the kind of such a venue's mention
_QUOTED_BARE = re.compile("“([\u4e00-\u9fff]{2,6})”")


def owned_venues(tk: Tokens, edges: NameEdges, area_starts: Anchors) -> list[Found]:
    """Each bare venue word quoted (“职工之家”) right after a company's name: the company's
    venue, its span the company's name to the closing quote."""
    text = tk.text
    out = []
    for m in _QUOTED_BARE.finditer(text):
        if m.group(1) not in edges.lex.venue_suffixes:
            continue
        a = edges.left_edge(tk, m.start(), area_starts)
        if a is not None and a < m.start() and text.endswith(COMPANY, a, m.start()):
            out.append(Found(a, m.end(), "PLACE", OWNED))
    return out
