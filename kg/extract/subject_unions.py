"""Family *posts*, the union a sentence opens with as the body of the bare titles of its next
clause: 某市总工会高度重视，党组书记、常务副主席X专题研究 — the clause before the comma has the
union as its subject and names no other body or person; the next clause's chain of titles,
with no body written, names the union's own leaders, who act for it.

Only a union's own offices are read so (its chairs, its 党组's titles): a title another kind
of body has (局长, 校长) is no office of the union, and a clause naming another body (某市总工会
联合某局，局长X) leaves the title's body unknown, as does one telling a meeting (某工会召开会员
大会，主席X: a meeting has its own 主席).
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.context import ArticleContext
from kg.model.facts import EntityRef

# the marks that end the subject's clause before the chain
_CLAUSE_MARK = "，,"
# what opens the subject's clause: the sentence's start or a mark
_OPENERS = "。！？；;\n"
# a union's own titles: its chairs, its party group's (党组书记, 党组成员)
_UNION_TITLE_END = "主席"
_PARTY_GROUP = "党组"
# a meeting told in the subject's clause (召开会员大会): a 主席 after it may be the meeting's
_MEETING = "会"
# the longest clause of a subject read
_MOST_CHARS = 30


def _bare_union_titles(chain: list[tuple[Span, object]]) -> bool:
    """Every link of ``chain`` a union's own title (主席, 党组…), none with a body written."""
    return all(
        body is None and (t.text.endswith(_UNION_TITLE_END) or t.text.startswith(_PARTY_GROUP)) for t, body in chain
    )


def subject_union(ctx: ArticleContext, chain: list[tuple[Span, object]]) -> EntityRef | None:
    """The union the clause before the chain ``chain`` (its first title ``chain[-1][0]``, none
    with a body) opens with and alone names; None otherwise."""
    first = chain[-1][0]
    text, x = ctx.text, first.start_char
    if text[x - 1 : x] not in _CLAUSE_MARK or not _bare_union_titles(chain):
        return None
    a = max(text.rfind(c, max(0, x - 1 - _MOST_CHARS), x - 1) for c in _OPENERS) + 1
    if a <= 0 and x - 1 > _MOST_CHARS:
        return None
    bodies = ctx.bodies_in(a, x - 1)
    if len(bodies) != 1 or bodies[0][0] != a or bodies[0][2].cls != "TradeUnion":
        return None
    if ctx.mentions_in("PERSON", a, x - 1) or ctx.mentions_in("TITLE", a, x - 1):
        return None
    if _MEETING in text[bodies[0][1] : x - 1]:
        return None  # 某工会召开会员大会，主席A: the chair may be the meeting's
    return bodies[0][2]


# a union's leader named by the word alone (区总工会领导讲话), the bracket after it telling who
_LEADER = "领导"
_BRACKET_OPENS = "（("
_BRACKET_CLOSES = "）)"
_QUOTED = "“”"
# the longest stretch from the leader's word to the chain in the bracket
_GLOSS_CHARS = 40


def glossed_union(ctx: ArticleContext, chain: list[tuple[Span, object]]) -> EntityRef | None:
    """区总工会领导讲话（…才知道是党组书记、常务副主席X）: a chain of a union's own titles, no body
    written, in a bracket glossing who the union's 领导 of the clause before it was — the union
    glued to 领导 there, when the bracket names no other body or person before the chain; None
    otherwise."""
    first = chain[-1][0]
    text, x = ctx.text, first.start_char
    if not _bare_union_titles(chain):
        return None
    opened = max(text.rfind(c, max(0, x - _GLOSS_CHARS), x) for c in _BRACKET_OPENS)
    if opened < 0 or any(c in text[opened:x] for c in _BRACKET_CLOSES + _OPENERS):
        return None
    named = [(a, b) for a, b, _ref in ctx.bodies_in(opened, x) if text[a - 1 : a] + text[b : b + 1] != _QUOTED]
    if named or ctx.mentions_in("PERSON", opened, x):
        return None  # (a name in quotes is a source's: 看“某某工会”公众号才知道)
    lead = text.rfind(_LEADER, max(0, opened - _MOST_CHARS), opened)
    if lead < 0 or any(c in text[lead:opened] for c in _CLAUSE_MARK + _OPENERS):
        return None
    unions = [ref for _a, b, ref in ctx.bodies_in(max(0, lead - _MOST_CHARS), lead) if b == lead]
    return unions[0] if unions and unions[0].cls == "TradeUnion" else None
