"""Family *posts*, an office told with 为 or 是 after the name: NAME为BODY TITLE, NAME是BODY TITLE.

A note under a results list, or a sentence of prose, says what else one of its people holds
(注：兼职副主席A为某公司工会主席; B为某医院院长。): the name, the copula 为 and the office,
its body written, closing its clause.  为 is a word of many uses, so the reading holds only
where all of that is there: a body's name right after 为 (A为职工讲课 names none), the office
the clause's last words (A为某公司工会主席候选人 is a nomination; A为某公司工会主席颁奖 a
service), and no vote told before the name in its sentence (选举A为主席: kg.extract.elections).
A memoir or a profile names the body and its title first (现在市总工会的主席是A，年轻…): the
holder of that title at that body, unless the clause marks a time gone (当时, 原, 曾).
A feature story says it with 是 (如今的A是某公司车间主任、公司工会副主席), and the next clause may
add what else the person holds (A是某公司经理，兼任公司工会副主席): its offices are the same person's.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.office_chains import offices_after, title_index
from kg.extract.offices import BODY_CLASSES, role_at
from kg.extract.vote_unions import VOTE
from kg.extract.wordlists import FORMER_MARKS, PROFILE_VERBS
from kg.extract.workplace import article_union
from kg.model.facts import EntityRef, RelationFact

COPULAS = ("为", "是")
# more offices of the same person: at another body in the list (、公司工会副主席), or in a
# clause going on (，兼任…, ，同时担任…, ，也是…)
MORE = re.compile("、|[，,](?:同时|还|也)?(?:兼任|担任|是)")
# what may close the clause an office told with 为 ends
CLAUSE_END = "。；;，,！!\n"
# a clause told of a time gone (当时市总工会的主席是A): its holder then, not now
_GONE = re.compile("|".join(("当时", "那时", "那会儿", "以前", "过去", "早年", *FORMER_MARKS)))


# a note on a holder's name in a list after 为 (为A（专职）、B（兼任…）。)
_HOLDER_NOTE = re.compile(r"[（(][^（()）\n]{1,16}[）)]")
COPULA = "为"  # between a chain of titles and the names holding it (县总工会主席为A。)


def copula_end(
    ctx: ArticleContext, p: Span, by_start: dict[int, Span], by_end: dict[int, Span]
) -> tuple[int, bool] | None:
    """Where the chain of titles told with 为 before a name ends (BODY TITLE为NAME。), and
    whether the name is one of a list there (副主席为A（专职）、B（兼任…）。: each holds the
    titles); None unless the names, each perhaps with a note in brackets, close the clause
    (主席为A颁奖 is a service, not an office).  ``by_start``/``by_end``: the people's names."""
    text, first, listed = ctx.text, p, False
    while text[first.start_char - 1 : first.start_char] == "、":  # back to the list's first name
        k = first.start_char - 1
        if text[k - 1 : k] in "）)" and (note := text.rfind("（", max(0, k - 18), k)) >= 0:
            k = note
        first, listed = by_end.get(k), True
        if first is None:
            return None
    if text[first.start_char - 1 : first.start_char] != COPULA:
        return None
    end = p.end_char
    while True:
        end = m.end() if (m := _HOLDER_NOTE.match(text, end)) else end
        if text[end : end + 1] != "、" or (nxt := by_start.get(end + 1)) is None:
            break
        end, listed = nxt.end_char, True
    return (first.start_char - 1, listed) if text[end : end + 1] in CLAUSE_END else None


def read_copulas(ctx: ArticleContext, people: list[Span], titles: dict[int, Span]) -> None:
    """NAME为BODY TITLE(、TITLE): each office at the body written after 为."""
    text = ctx.text
    by_start, inside = title_index(titles.values())
    for p in people:
        at = p.end_char + 1
        if text[p.end_char : at] not in COPULAS or not _body_at(ctx, at):
            continue
        sa, _ = ctx.sentence_of(p.start_char)
        if VOTE.search(text, sa, p.start_char):
            continue
        offices, end = offices_after(ctx, at, by_start, inside, p.start_char)
        while offices and (more := MORE.match(text, end - 1 if text[end - 1] == "、" else end)) is not None:
            added, after = offices_after(ctx, more.end(), by_start, inside, p.start_char)
            if not added:
                break
            offices, end = offices + added, after
        if not offices or (end < len(text) and text[end] not in CLAUSE_END):
            continue
        for t, body, role in offices:
            ev = ctx.evidence(p.start_char, t.end_char, CONFIDENCE["pattern"])
            ctx.facts.relations.append(RelationFact(EntityRef("Person", p.text), "post", body, ev, role=role))


def read_current_holders(ctx: ArticleContext, people: list[Span], titles: dict[int, Span]) -> None:
    """BODY…，现任主席为NAME (an entry's opening sentence): the holder now of the title(s) after
    现任, at the body the sentence opens with, when the clause names no body of its own and
    the name closes it."""
    text = ctx.text
    for p in people:
        if text[p.start_char - 1 : p.start_char] not in COPULAS or text[p.end_char : p.end_char + 1] not in CLAUSE_END:
            continue
        chain, pos = [], p.start_char - 1
        while (t := titles.get(pos)) is not None:
            chain.append(t)
            pos = t.start_char - (text[t.start_char - 1 : t.start_char] == "、")
        verb = next((v for v in PROFILE_VERBS if text.endswith(v, 0, pos)), None)
        if not chain or verb is None or text[pos - len(verb) - 1 : pos - len(verb)] not in "，,":
            continue
        sa, _ = ctx.sentence_of(p.start_char)
        bodies = [r for _, _, r in ctx.bodies_in(sa, pos - len(verb)) if r.cls in BODY_CLASSES]
        if not bodies:
            continue
        ev = ctx.evidence(chain[-1].start_char, p.end_char, CONFIDENCE["pattern"])
        for t in reversed(chain):
            ctx.facts.relations.append(RelationFact(EntityRef("Person", p.text), "post", bodies[0], ev, role=t.text))


def _body_at(ctx: ArticleContext, at: int) -> bool:
    """Whether a union's or an organisation's name starts at ``at``."""
    return any(ctx.ref_at[span].cls in BODY_CLASSES for span in ctx.ref_at.by_start.get(at, ()))


def read_body_holders(ctx: ArticleContext, people: list[Span], titles: dict[int, Span]) -> None:
    """BODY的TITLE是NAME (现在市总工会的主席是A，…): the holder of the title at the body written
    right before 的, when the name closes its clause and the clause tells of no time gone."""
    text = ctx.text
    for p in people:
        t = titles.get(p.start_char - 1)
        if text[p.start_char - 1 : p.start_char] not in COPULAS or t is None:
            continue
        if text[t.start_char - 1 : t.start_char] != "的" or text[p.end_char : p.end_char + 1] not in CLAUSE_END:
            continue
        sa, _ = ctx.sentence_of(p.start_char)
        body = next((r for _, y, r in ctx.bodies_in(sa, t.start_char - 1) if y == t.start_char - 1), None)
        clause = max(sa, *(text.rfind(m, sa, t.start_char) + 1 for m in "，,；;"))
        if body is None or body.cls not in BODY_CLASSES or _GONE.search(text, clause, t.start_char):
            continue
        ev = ctx.evidence(t.start_char, p.end_char, CONFIDENCE["pattern"])
        at, role = role_at(body, t.text)
        ctx.facts.relations.append(RelationFact(EntityRef("Person", p.text), "post", at, ev, role=role))


# a clause telling who holds a union's office after its congress: maybe a word of the new
# holder, the title, a word of staying or changing, the name, maybe 兼任 (主席还是A兼任,
# 常务副主席换成了A, 新当选的副主席是A)
_NEW = ("新当选的", "新任的", "新任")
_TOLD = ("还是", "换成了", "换成", "改由", "由", "是")
_HELD = ("兼任", "担任")
# what the text before, in the paragraph, must tell: a congress or a vote
_VOTED = re.compile("选出|选举产生|当选|换届|代表大会")
# the longest chain of the name's own titles before it (县人大常委会副主任)
_OWN_CHAIN = 16


def read_congress_holders(ctx: ArticleContext, people: list[Span], titles: dict[int, Span]) -> None:
    """TITLE还是/换成了/是 NAME(兼任) after a union's congress in the paragraph (选出第十一届委员会…。
    主席还是某某兼任；常务副主席换成了A): the holder now of the union's office, at the union the
    paragraph names before its first word of a vote (no body named: the page's; another body's vote,
    a 协会's, tells no union's office).  The name may carry its own chain of titles before
    it (县人大常委会副主任A); a clause of a time gone (原, 以前) tells no holder now."""
    text = ctx.text
    for p in people:
        end = p.end_char + next((len(w) for w in _HELD if text.startswith(w, p.end_char)), 0)
        if text[end : end + 1] not in CLAUSE_END and end < len(text):
            continue
        sa, _ = ctx.sentence_of(p.start_char)
        clause = max(sa, *(text.rfind(m, sa, p.start_char) + 1 for m in "，,；;"))
        pos = clause + next((len(w) for w in _NEW if text.startswith(w, clause)), 0)
        t = next((t for t in ctx.mentions_in("TITLE", pos, pos + 1) if t.start_char == pos), None)
        told = next((w for w in _TOLD if t is not None and text.startswith(w, t.end_char)), None)
        if t is None or told is None or _GONE.search(text, clause, p.start_char):
            continue
        between = t.end_char + len(told)
        if between != p.start_char and (titles.get(p.start_char) is None or p.start_char - between > _OWN_CHAIN):
            continue  # (no chain of the name's own titles between: another clause)
        para = text.rfind("\n", 0, clause) + 1
        if (voted := _VOTED.search(text, para, clause)) is None:
            continue
        bodies = [r for _, _, r in ctx.bodies_in(para, voted.start())]  # (who votes: named before it)
        unions = [r for r in bodies if r.cls == "TradeUnion"]
        # (县总开了代表大会, no body named: the page's union; 协会换届, another body's vote: none)
        union = unions[-1] if unions else article_union(ctx) if not bodies else None
        if union is None:
            continue
        ev = ctx.evidence(clause, end, CONFIDENCE["pattern"])
        at, role = role_at(union, t.text)
        ctx.facts.relations.append(RelationFact(EntityRef("Person", p.text), "post", at, ev, role=role))
