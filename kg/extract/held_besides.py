"""Family *posts*: an office held besides, joined by 兼 (副理事长兼立法会议员B), in a list of
names each after its titles, and a committee in one person's chain of links.

A list of a body's officers names the body once (某会会长A、理事长B、副会长C), and a bare title
after a name is at the body of that name's offices (``kg.extract.posts``).  An office a name
holds besides, written after 兼 with a body of its own (立法会议员), is that name's alone: the
list goes on at the body before it (…，副理事长兼立法会议员B，名誉会长C: C is 某会's).
A union's committee named bare in a link after another (常务理事兼妇女事务委员会主任) is the
committee of the union that link names.
"""

from __future__ import annotations

from kg.extract.appositions import Office
from kg.extract.context import ArticleContext
from kg.extract.wordlists import UNION_COMMITTEES
from kg.model.facts import EntityRef

# the word joining an office held besides (副理事长兼立法会议员)
BESIDES = "兼"


def list_office(ctx: ArticleContext, before: list[Office]) -> Office | None:
    """The office of the name before whose body a bare title after that name shares: its
    last office, save those held besides — a body named after 兼 (副理事长兼立法会议员B，名誉会长C:
    C's is B's 副理事长's body, not the 立法会); None when all of them are so."""
    kept = [office for office in before if not held_besides(ctx.text, office[0].start_char)]
    return kept[-1] if kept else None


def held_besides(text: str, at: int) -> bool:
    """Does the title at ``at`` follow 兼 and a body's name (兼立法会|议员), in one link?"""
    j = text.rfind(BESIDES, max(0, at - _REACH), at)
    return j >= 0 and j + 1 < at and not any(m in text[j:at] for m in _MARKS)


# how far before a title 兼 may stand (a body's name between)
_REACH = 20
# the marks between the links of a chain
_MARKS = "、，,；;。：:（）()\n"


def own_committee(ctx: ArticleContext, t, body: tuple, current: EntityRef) -> bool:
    """本会常务理事兼妇女事务委员会主任X: is ``body`` (title ``t``'s) a union's committee named
    bare right before the title, in a link after one at the union ``current``?  It is then
    that union's committee, whatever union the article named last (a visiting delegation's)."""
    committee = body[2].removesuffix(t.text)
    return (
        current.cls == UNION
        and body[1].cls == UNION
        and committee in UNION_COMMITTEES
        and ctx.text.startswith(committee, body[0])
    )


UNION = "TradeUnion"
