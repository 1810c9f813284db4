"""Family *posts*: which links of a chain of titles before a name are held now.

A chain may mark a link's time: before its body (原区总工会主席X, 时任…: ``former_marks.txt``),
between the body and the title (某工会原副主席X, 某工会前理事长X, 某工会现任秘书长X) or after a
、 (副校长、原县总工会副主席X, 前理事长、现任顾问X: ``inner_time_marks.txt``).  A past mark makes
its link and the links after it, toward the name, past; a mark of the present (现任) ends that
run.  A link held now without a body of its own after a past one is at the past one's body
(某工会前理事长、现任顾问X: 顾问 of 某工会); a rank right before a past office is the grade kept
on leaving it (县总工会一级调研员、原常务副主席X: neither is an office now).
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.head_words import ORG_HEADS
from kg.extract.offices import INNER_TIME_MARKS, role_at, time_mark_before
from kg.extract.wordlists import FORMER_MARKS, PROFILE_VERBS, UNION_COMMITTEES
from kg.model.facts import EntityRef

Link = tuple[Span, tuple[int, EntityRef, str] | None]


def marked_time(text: str, t: Span, body: tuple[int, EntityRef, str] | None) -> bool | None:
    """The time a mark right before the title ``t`` gives its link: True (现任, held now), False
    (原, 前: held once), None without one.  Only a mark between the link's body and its title, or
    after a 、 (a bare 前 elsewhere is another word's: 会前)."""
    mark = time_mark_before(text, t.start_char) or unit_mark(text, t, body)
    at = t.start_char - len(mark)
    if not mark or not ((body is not None and body[0] < at) or text[at - 1 : at] == "、"):
        return None
    return mark in PROFILE_VERBS


def unit_mark(text: str, t: Span, body: tuple[int, EntityRef, str] | None) -> str:
    """某中心原清扫一队|队长: a mark of time between a link's body and the unit of it glued before
    the title (the unit read without it: ``kg.extract.units.unit_before``), as one between the
    body and the title; "" without one."""
    if body is None:
        return ""
    link = text[body[0] : t.start_char]
    for mark in INNER_TIME_MARKS:
        k = link.rfind(mark)
        unit = link[k + len(mark) :]
        if k > 0 and unit and (body[1].name.endswith(unit) or body[2].startswith(unit)):
            return mark
    return ""


def inner_mark(text: str, t: Span, body: tuple[int, EntityRef, str] | None) -> bool:
    """Whether the mark of time right before the title ``t`` stands inside its link, after
    the link's body (县总工会原主席), not before the body (、原县总工会主席)."""
    mark = time_mark_before(text, t.start_char)
    return body is not None and (body[0] < t.start_char - len(mark) or bool(unit_mark(text, t, body)))


def after_mark(text: str, k: int, bodied: bool) -> int:
    """Where a chain's next link ends when a time mark after a 、 stands at ``k`` (、现任顾问):
    before the 、; else ``k``.  A mark of the present before a link with a body of its own
    (曾任市总工会主席、现任某总工会副主席的X) opens a clause of its own: the chain ends there."""
    mark = next((m for m in INNER_TIME_MARKS if text.startswith("、" + m, k - len(m) - 1)), None)
    if mark is None or (bodied and mark in PROFILE_VERBS):
        return k
    return k - len(mark) - 1


def links_now(chain: list[Link], former: set[int], now: set[int], inner: frozenset[int] = frozenset()) -> list[Link]:
    """The links of ``chain`` (the name's nearest first) held now: ``former`` opens a past run
    toward the name, ``now`` ends it.  A mark inside a link, between its body and its title
    (``inner``: 县总工会原主席), is that link's: its run ends at the next link with a body of
    its own (县总工会原主席、某协会副会长X: 副会长 is held now)."""
    kept: list[Link] = []
    past, lost, scoped = False, None, False
    for k in range(len(chain) - 1, -1, -1):
        t, body = chain[k]
        if scoped and body is not None and k not in former:
            past = scoped = False
        past = (past or k in former) and k not in now
        scoped = (scoped or k in inner) and past
        if past:
            lost = body or lost
            continue
        if k - 1 in former and k - 1 not in now and t._.kg_kind == "rank":
            continue  # 一级调研员、原常务副主席X: the grade kept on leaving the office
        if body is None and lost is not None:
            body = (t.start_char, *role_at(lost[1], t.text))  # 前理事长、现任顾问X: at the same body
        kept.append((t, body))
        lost = None
    return kept[::-1]


def former(text: str, at: int) -> bool:
    """A mark of a past office (原, 时任) right before ``at``, where a chain of titles starts
    (a body's name starts there: the 原 of 太原市总工会 is inside the name, not before it)."""
    return any(text.startswith(mark, at - len(mark)) for mark in FORMER_MARKS)


def former_head(text: str, at: int) -> bool:
    """因原分公司工会主席X: a body the name finder read with the word before a mark of a past
    office (因原分公司), its name after the mark a body's type word (分公司, 公司:
    ``bodies/org_heads.txt``) naming the body again — the office is held once, as after 原."""
    return any(
        text.startswith(mark, at + 1) and text.startswith(ORG_HEADS, at + 1 + len(mark)) for mark in FORMER_MARKS
    )


def former_committee(text: str, at: int) -> bool:
    """因原女职工委员会主任X: a union's committee named bare right before the title at ``at``,
    after a mark of a past office — which the name finder may have read into the
    committee's name with the word before it (因原女职工委员会)."""
    return any(text.endswith(w, 0, at) and former(text, at - len(w)) for w in UNION_COMMITTEES)
