"""Family *bodies*, national bodies by their forms: a short form the bodies of several
regions go by (工联会: Hong Kong's and Macao's federations) is the one of the region in
context, and a unit written after a national body's short form and a word of belonging
(工联会属下业余进修中心) is named after that body in full.

Read by ``kg.extract.bodies`` for each mention of kind "national" or a plain name.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.context import ArticleContext
from kg.extract.wordlists import BELONGING_WORDS, SHARED_NATIONAL_FORMS
from kg.nlp.owned_venues import AREA_VENUE
from kg.nlp.text import CLOSE_QUOTES, OPEN_QUOTES


def regional_body(ctx: ArticleContext, s: Span) -> str | None:
    """工联会 on a Macao page: a short form the bodies of several regions go by
    (national_bodies.tsv) is the body of the region the text named last before it, else of
    the page's region — not one the article names only after it (工联会…澳门工联总会亦派员出席:
    another region's body, named as a guest); None (the table's first) where none is theirs."""
    names = SHARED_NATIONAL_FORMS.get(s.text)
    if not names:
        return None
    homes = [(name, area.code) for name in names if (area := _opening_area(ctx, name)) is not None]
    named = [area.code for _x, _y, area in reversed(ctx.areas_in(0, s.start_char)) if area.code]
    later = {area.code for _x, _y, area in ctx.areas_in(s.end_char, len(ctx.text))} - set(named)
    region = [code for code in reversed(ctx.page.region) if code not in later]
    for code in named + region:
        for name, home in homes:
            if code == home or ctx.gaz.contains(home, code):
                return name
    return None


def _opening_area(ctx: ArticleContext, name: str):
    """The area of the registry a body's official name opens with (澳门 of 澳门工会联合总会),
    the longest form with one meaning; None if none."""
    for k in range(min(len(name) - 1, 8), 1, -1):
        found = ctx.gaz.lookup(name[:k])
        if len(found) == 1:
            return found[0]
    return None


def owned_unit(ctx: ArticleContext, text: str, kind: str = "") -> str | None:
    """工联会属下业余进修中心: a unit written after a known body and a word of belonging is
    named after that body in full (香港工会联合会业余进修中心), the word left out.  某某公司“职工之家”
    (a company's venue, its bare kind quoted: kg.nlp.owned_venues) is named without the quotes,
    and so is an area's venue (某街道“暖蜂驿站”, of kind ``AREA_VENUE``)."""
    k = text.rfind(OPEN_QUOTES[0])
    if k > 0 and text.endswith(CLOSE_QUOTES[0]) and (kind == AREA_VENUE or text[k + 1 : -1] in ctx.lex.venue_suffixes):
        return text[:k] + text[k + 1 : -1]
    for word in BELONGING_WORDS:
        k = text.find(word, 2)
        if k < 0 or len(text) - k - len(word) < 2:
            continue
        known = ctx.lex.national_bodies.get(text[:k])
        if known is not None:
            return known[0] + text[k + len(word) :].removeprefix("的")
    return None


def venue_area(ctx: ArticleContext, s: Span):
    """The area an area's venue (某街道“暖蜂驿站”) is named after and stands in; None for
    any other mention."""
    if s._.kg_kind != AREA_VENUE:
        return None
    return next((area for x, _y, area in ctx.areas_in(s.start_char, s.end_char) if x == s.start_char), None)
