"""Family *posts*: no office at a unit the article never names.

A story from a site may name a union only by its unit's word (在项目部搭建的驿站里…项目部工会主席X
介绍): no project, workshop or team of a name is written, so the 项目部工会 is no body of the
graph, and an office needs a body.  Where the article names the unit in full (某某标项目经理部),
its short word is that unit (``kg.extract.unit_aliases``, the resolver) and the office stands.
"""

from __future__ import annotations

from kg.extract.context import ArticleContext
from kg.extract.offices import BODY_CLASSES
from kg.extract.unit_aliases import SHORT_UNIT_WORDS
from kg.extract.units import UNIT_ENDINGS
from kg.extract.wordlists import UNION_WORD
from kg.model.facts import EntityRef

# the words of a unit that name one only with a name before them (项目部, 车间, 班组; not 部, 局:
# one character alone is read as a level's short form elsewhere)
_UNIT_WORDS = frozenset(w for w in UNIT_ENDINGS if len(w) > 1)


def unnamed_unit_posts(ctx: ArticleContext) -> None:
    """Drop the offices at a body named by a unit's word alone (项目部, 项目部工会) when no body
    of the article names such a unit with a name before the word (某某标项目经理部)."""
    bare = {ref for r in ctx.facts.relations if r.pred == "post" and _unit_word(ref := r.object) is not None}
    if not bare:
        return
    names = [ref.name for ref in ctx.facts.entities if ref.cls in BODY_CLASSES]
    unnamed = set()
    for ref in bare:
        word = _unit_word(ref)
        forms = (word, *(long for short, long in SHORT_UNIT_WORDS if short == word))
        if not any(k > 0 for name in names for f in forms if (k := name.find(f)) >= 0):
            unnamed.add(ref)
    if unnamed:
        ctx.facts.relations[:] = [r for r in ctx.facts.relations if r.pred != "post" or r.object not in unnamed]


def _unit_word(ref: EntityRef) -> str | None:
    """The unit's word a body is named by alone (项目部 of 项目部工会), or None."""
    word = ref.name.removesuffix(UNION_WORD) if ref.cls == "TradeUnion" else ref.name
    return word if word in _UNIT_WORDS else None
