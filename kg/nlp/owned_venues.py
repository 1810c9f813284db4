"""A company's venue named by the bare, quoted venue word after the company's name.

佳木斯某某股份有限公司“职工之家”: a union's staff home is written as the company's name and
the kind of venue in quotes; the quotes hold no name of their own (a bare 职工之家), so the
venue is the company's: its name is the company's name and the venue word (the label drops
the quotes, kg.extract).  Only after a company's name (…公司): a quoted bare word after any
other words is a kind of venue, no one venue.
"""

from __future__ import annotations

from kg.nlp.found import Found
from kg.nlp.names import NameEdges
from kg.nlp.spans import Anchors
from kg.nlp.tokens import Tokens

COMPANY = "公司"
OWNED = "owned"  # the kind of such a venue's mention


def owned_venue(tk: Tokens, edges: NameEdges, q: int, e: int, area_starts: Anchors) -> list[Found]:
    """The venue ``[q, e)`` (a bare venue word quoted, ``q`` after the open quote) of the
    company named right before the quote, its span the company's name to the closing quote."""
    mark = q - 1
    a = edges.left_edge(tk, mark, area_starts)
    if a is None or a >= mark or not tk.text.endswith(COMPANY, a, mark):
        return []
    return [Found(a, e + 1, "PLACE", OWNED)]
