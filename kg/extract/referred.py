"""A body named again by a word referring back to it (该公司, 该企业, 本厂).

在位于某镇的该公司生产车间举行: after a place, the event's site is written as a referring
word and a kind of body; the body is the last one of that kind the text named before.  What
the text says of the site (where it lies) is said of that body.
"""

from __future__ import annotations

from kg.extract.context import ArticleContext
from kg.extract.wordlists import COMPANY_ENDINGS, WORKPLACE_ENDINGS
from kg.lexicon import words
from kg.model.facts import EntityRef
from kg.nlp.names import REFERRING

# the kinds of body a referring word names, with the endings of the names it may refer to
# (该企业: any company; 该公司: a company or group; 该厂, 该医院: a workplace so named)
FIRM_WORDS = words("bodies/firm_words.txt")


def referred_body(ctx: ArticleContext, at: int, before: int) -> tuple[int, EntityRef] | None:
    """(end of the referring words, the body) when 该公司/本企业/该厂… is written at ``at``:
    the last organisation named before ``before`` whose name ends as that kind of body does."""
    if ctx.text[at : at + 1] not in REFERRING:
        return None
    kind = next((w for w in (*FIRM_WORDS, *WORKPLACE_ENDINGS) if ctx.text.startswith(w, at + 1)), None)
    if kind is None:
        return None
    endings = COMPANY_ENDINGS if kind in FIRM_WORDS else (kind,)
    named = [(y, r) for _x, y, r in ctx.bodies_in(0, before) if r.cls == "Organization" and r.name.endswith(endings)]
    if not named:
        return None
    return at + 1 + len(kind), max(named, key=lambda t: t[0])[1]
