"""The offices written after a name: [BODY] [TERM] TITLE、TITLE, and chains of them.

Kept apart from kg.extract.elections, which finds the votes and appointments; this reads
what follows their names (区总工会第三届委员会主席、副主席; 县政协副主席、县总工会主席) for
them and for the other readers of offices after a name (copulas, pronoun posts, chair rows,
held cells).  Without a body written, the office is at the vote's union, else at the
union the article last named before the names.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.bare_workshops import workshop_at
from kg.extract.congress import congress_union, guest_union, workplace_union
from kg.extract.context import ArticleContext
from kg.extract.joined import group_before
from kg.extract.offices import (
    BODY_CLASSES,
    TERM,
    VENUE,
    body_by_word,
    government_at,
    role_at,
    title_from,
    union_of,
    voted_union,
    workplace,
)
from kg.extract.own_boards import named_board_body, own_board_union
from kg.extract.units import company_branch, held_unit, unit_then_title
from kg.extract.vote_committees import bare_committee, committee_at, committee_made_before, own_body_word
from kg.extract.wordlists import UNION_COMMITTEES, UNION_WORD
from kg.extract.workplace import article_union
from kg.lexicon import words
from kg.model.facts import EntityRef

# a term before the body elected to (当选为新一届区总工会主席, 当选本届工会委员会主席)
NEW_TERM = re.compile("新一届委员会|新一届|新一任|本届")
# the committee a union's members elect, written bare after a term: the union itself
UNION_COMMITTEE = "工会委员会"
# the head of a group, written bare after 担任 (A担任组长): no office of the union before it
GROUP_HEADS = frozenset(words("posts/group_heads.txt"))


def title_index(titles) -> tuple[dict[int, Span], dict[int, Span]]:
    """The titles by where they start, and each position strictly inside a title -> that
    title (a body's name may end there: 远大公司工会|副主席, read as 工会副主席)."""
    by_start = {t.start_char: t for t in titles}
    return by_start, {i: t for t in by_start.values() for i in range(t.start_char + 1, t.end_char)}


def office_chain(
    ctx: ArticleContext, pos: int, by_start: dict[int, Span], inside: dict[int, Span], named_at: int
) -> list[tuple[Span, EntityRef, str]]:
    """县政协副主席、县总工会主席 from ``pos``: each body's offices (:func:`offices_after`), on
    past a 、 to the next body's, until a chain stops."""
    text, out = ctx.text, []
    while True:
        offices, end = offices_after(ctx, pos, by_start, inside, named_at)
        out.extend(offices)
        if not offices or "、" not in text[end - 1 : end + 1]:
            return out
        pos = end + (text[end : end + 1] == "、")


def offices_after(
    ctx: ArticleContext,
    pos: int,
    by_start: dict[int, Span],
    inside: dict[int, Span],
    named_at: int,
    union: EntityRef | None = None,
) -> tuple[list[tuple[Span, EntityRef, str]], int]:
    """[BODY] [TERM] TITLE、TITLE from ``pos``: each office with its body and role, and
    where they end.  No body written: ``union`` (the vote's), else the union named last
    before ``named_at``."""
    text = ctx.text
    body = None
    if (new := NEW_TERM.match(text, pos)) is not None:
        pos = new.end()
    # a term of the union written without its name (当选为工会第一届委员会主席, 第一届经费审查
    # 委员会主任, 本届工会委员会主席): the union is the one the vote is at, as when the term is
    # not written
    bare_organ = text.startswith(UNION_WORD, pos) and TERM.match(text, pos + len(UNION_WORD)) is not None
    if new is not None and text.startswith(UNION_COMMITTEE, pos) and pos + len(UNION_COMMITTEE) in by_start:
        bare_organ, pos = True, pos + len(UNION_COMMITTEE)
    if (term := TERM.match(text, pos + len(UNION_WORD) if bare_organ else pos)) is not None:
        pos = term.end()
    committee = ""  # a union's committee named bare before the title (为经费审查委员会主任)
    if not bare_organ and text.startswith(UNION_WORD, pos):
        # 当选工会经费审查委员会主任: the bare 工会's committee
        committee = committee_at(text, pos + len(UNION_WORD), by_start)
        if committee:
            bare_organ, pos = True, pos + len(UNION_WORD) + len(committee)
    elif not bare_organ and (committee := committee_at(text, pos, by_start)):
        pos += len(committee)  # (a committee no union named before owns: the vote's, below)
    for x, y in sorted(ctx.ref_at.by_start.get(pos, ()), key=lambda span: -span[1]):
        ref = ctx.ref_at[(x, y)]
        if ref.cls == VENUE and y in by_start:
            # 聘任X为某服务站站长: a venue right before the title is the workplace holding the
            # office, as in a chain of titles before a name (kg.extract.offices)
            ref = workplace(ctx, ref, (x, y))
        if ref.cls not in BODY_CLASSES:
            continue
        if text[x:y] in UNION_COMMITTEES and y in by_start:
            committee, pos = text[x:y], y
            break
        if ref.cls != "TradeUnion" and any(
            text.endswith(w, x, y) and ctx.ref_at.get((x, y - len(w)), ref).cls == "TradeUnion"
            for w in UNION_COMMITTEES
        ):
            continue  # 乡工会女职工委员会 read as one body: the union's own committee (below)
        term = TERM.match(text, y)
        after = term.end() if term else y
        own = next((w for w in UNION_COMMITTEES if text.startswith(w, after)), None)
        if ref.cls == "TradeUnion" and own is not None and after + len(own) in by_start:
            # 当选为某工会女职工委员会主任: the union's own committee, named after the union
            body, committee, pos = ref, own, after + len(own)
            break
        if after in by_start or after in inside:
            body, pos = ref, after
            if term is not None and UNION_WORD in term.group():
                body = union_of(ctx, ref, (x, after))
            break
        if term is None and (held := unit_then_title(ctx, y, ref)) is not None:
            # 调任集团公司安全环保部副经理: a company's department, then its head's title: the company's
            body, committee, pos = ref, held[1][: -len(held[0].text)], held[0].start_char
            break
        branch = company_branch(ctx, ref) if term is None else None
        if branch is not None and (held := unit_then_title(ctx, y, branch[0])) is not None:
            # 某公司某运营中心|客户服务部经理, the branch read as one body: the company's, both units in the role
            body, committee, pos = branch[0], branch[1] + held[1][: -len(held[0].text)], held[0].start_char
            break
    if body is None and not committee and (word := own_body_word(text, pos, by_start, inside)) is not None:
        # 选举X为联合会主席, 当选为本会理事长: a body named by a word, not its name
        body = body_by_word(ctx, word, pos)
        pos += len(word) if body is not None else 0
        if body is not None and (committee := committee_at(text, pos, by_start)):
            pos += len(committee)  # (任联合会经费审查委员会主任: the committee of the body the word names)
    if body is None and not committee:
        committee = committee_made_before(text, named_at)
    if body is None and not committee:
        # 担任顾问团团长: the head of a group the union formed (named bare) is the union's office
        titled = next((by_start[y] for y in range(pos + 2, pos + 8) if y in by_start), None)
        committee = group_before(ctx, pos, titled) if titled is not None else ""
        pos += len(committee)
    if body is None and not committee and (unit := workshop_at(ctx, pos, by_start)) is not None:
        body, committee, pos = unit  # 担任装配车间主任 on a company's page: its unit
    opened = pos
    if body is None and not committee:
        # an area glued to a government's head (当选为雨花区副区长): the title follows it
        pos = next((y for x, y, _a in ctx.areas_in(pos, pos + 12) if x == pos and y in by_start), pos)
    roles: list[tuple[Span, str]] = []
    while True:
        t = by_start.get(pos) or inside.get(pos)
        title = title_from(text, pos, t) if t is not None else None
        if title is None:
            break
        roles.append((t, committee + title))
        committee = ""
        pos = t.end_char
        if text[pos : pos + 1] in "、和及":
            pos += 1
            # the next office may name another committee of the same union
            # (分别当选为经费审查委员会主任、女职工委员会主任)
            committee = committee_at(text, pos, by_start) or bare_committee(ctx, pos, by_start)
            pos += len(committee)
    # no body written: a government's head is the area's government's (当选为副市长)
    out, rest = [], []
    for t, role in roles:
        gov = government_at(ctx, role, t.start_char, opened) if body is None else None
        if gov is None:
            rest.append((t, role))
        elif t._.kg_kind != "rank":
            out.append((t, gov[1], role))
    roles = rest
    if not roles or (body is None and roles[0][1] in GROUP_HEADS):
        return out, pos  # (A担任组长: the head of a group the text does not name, no office of a body)
    if body is None:
        body = union
    if body is None and (bare_organ or roles[0][1].startswith(UNION_WORD)):
        # 选举X为工会主席: the bare 工会 is the union whose congress the text told, else the
        # union the article is about (none named: the union of the company whose congress it is)
        span = (roles[0][0].start_char, roles[0][0].end_char)
        body = congress_union(ctx, named_at) or article_union(ctx) or workplace_union(ctx, named_at, span)
    if body is None:
        # (某协会第二届理事会第一次会议，选举A为会长: the body whose board voted)
        body = named_board_body(ctx, named_at) or voted_union(ctx, named_at) or congress_union(ctx, named_at)
    if body is None:
        body = own_board_union(ctx, named_at)  # 【本会讯】经第十届理事会…选举，A接任…主任
    if body is None:
        # the union named last, else (X当选理事长 where no union is named before: a union's page
        # naming itself 本会) the union the article is about — but not a guest's (…总工会副主席X
        # 到会讲话。选举A为主席: the guest's union holds no vote)
        body = ctx.union_before(named_at) or article_union(ctx)
        if body is not None and guest_union(ctx, body, named_at):
            return out, pos
    if body is None:
        return out, pos
    for t, role in roles:
        if t._.kg_kind == "rank":
            continue
        out.append((t, *held_unit(ctx, *role_at(body, role))))
    return out, pos
