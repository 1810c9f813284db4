"""A body's own venue: a company's named by the bare, quoted venue word after the company's
name, and a union's home for its members named after the union.

佳木斯某某股份有限公司“职工之家”: a union's staff home is written as the company's name and
the kind of venue in quotes; the quotes hold no name of their own (a bare 职工之家), so the
venue is the company's: its name is the company's name and the venue word (the label drops
the quotes, kg.extract).  Only after a company's name (…公司): a quoted bare word after any
other words is a kind of venue, no one venue.  Before a verb of a plaque (为某公司“职工之家”
揭牌, 授牌) the quotes hold the plaque's words: the company is given it, and no venue of its
own is named.

An area's venue: 在某街道“暖蜂驿站”举办 — a venue's quoted name (a brand and the kind of
venue) right after an area that a preposition of place (在, 于) puts the words at is the
venue of that area, named by the area and the quoted name (the label drops the quotes)
and placed there: the brand alone names every such venue of the brand, the area says
which one.  (A quoted honour after an area is no venue: 某县“模范职工之家”名单.)
"""

from __future__ import annotations

import re

from kg.lexicon import words
from kg.nlp.found import Found
from kg.nlp.honour_quotes import honour_named
from kg.nlp.names import NameEdges
from kg.nlp.spans import Anchors
from kg.nlp.tokens import Tokens

COMPANY = "公司"
# the homes a union keeps for its members (某镇总工会职工之家): a venue of the union, not one of
# the services it runs (某区总工会职工服务中心, an organisation of its own)
UNION_HOMES = frozenset(words("bodies/union_homes.txt"))
OWNED = "owned"  # the kind of such a venue's mention
AREA_VENUE = "area-venue"  # the kind of an area's venue's mention (某街道“暖蜂驿站”)
# verbs of a plaque (揭牌, 授牌): a quoted venue word right before one is the plaque's words
_PLAQUE_VERBS = tuple(w for w in words("events/occasion_acts.txt") if w.endswith("牌"))
_QUOTED_BARE = re.compile("“([\u4e00-\u9fff]{2,6})”")
# the prepositions that put what follows at a place (在, 于): the frame of a venue, not of
# an honour's name (淇县“模范职工之家”名单)
_AT = tuple(words("areas/place_prepositions.txt"))
_QUOTED_NAME = re.compile("“([\u4e00-\u9fff]{3,10})”")


def owned_venues(tk: Tokens, edges: NameEdges, area_starts: Anchors) -> list[Found]:
    """Each bare venue word quoted (“职工之家”) right after a company's name: the company's
    venue, its span the company's name to the closing quote; and the areas' venues."""
    text = tk.text
    out = []
    for m in _QUOTED_BARE.finditer(text):
        if m.group(1) not in edges.lex.venue_suffixes or text.startswith(_PLAQUE_VERBS, m.end()):
            continue
        a = edges.left_edge(tk, m.start(), area_starts)
        if a is not None and a < m.start() and text.endswith(COMPANY, a, m.start()):
            out.append(Found(a, m.end(), "PLACE", OWNED))
    return out + area_venues(tk, edges.lex.venue_suffixes, area_starts)


def area_venues(tk: Tokens, venue_suffixes: tuple[str, ...], area_starts: Anchors) -> list[Found]:
    """Each quoted venue's name (“暖蜂驿站”: a word or more and a venue's ending) right after
    an area's name: the area's venue, its span the area's name to the closing quote."""
    text = tk.text
    ending_at = {f.end: f for f in area_starts.values()}
    out = []
    for m in _QUOTED_NAME.finditer(text):
        area = ending_at.get(m.start())
        inner = m.group(1)
        if area is None or inner in venue_suffixes or not inner.endswith(venue_suffixes) or honour_named(inner):
            continue
        if area.start in tk.starts and text.endswith(_AT, 0, area.start):
            out.append(Found(area.start, m.end(), "PLACE", AREA_VENUE))
    return out
