"""Family *posts*: who holds which office where.

Needs the bodies (``ctx.ref_at``, from ``kg.extract.bodies``) and the people: an office is held at the
body named right before its title (``kg.extract.offices`` reads how the two are glued).  Three shapes:

* titles before a name (BODY TITLE、TITLE，BODY TITLE NAME): each office at the body named before it (or
  the title before's body); a list's other names share them (副主席何慧敏、黄山); a title must touch the
  name, one before a comma is another clause's (X当选主席，A、B当选为副主席: A is no 主席); the chain
  is read by ``kg.extract.chains_before``;
* titles after a name, set off (NAME（BODY TITLE）, NAME，BODY TITLE，) or glued to it as a form of
  address (党委书记刘洋校长): ``kg.extract.appositions``;
* elections and appointments (``kg.extract.elections``).

An office whose body the text does not write is not read here: a post needs a body.
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Span

from kg.extract.addressed import drop_addressed
from kg.extract.appositions import UNION_CHAIR, Office, addressed_by, apposition, title_after
from kg.extract.bare_titles import CLAUSE_MARKS
from kg.extract.chains_before import chain_before
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.copulas import copula_end, read_body_holders, read_congress_holders, read_copulas, read_current_holders
from kg.extract.elections import LISTED, read_elections
from kg.extract.held_besides import list_office, own_committee
from kg.extract.held_by import read_held_by
from kg.extract.jobs import jobs_before
from kg.extract.joined import JOINED
from kg.extract.offices import (
    BODY_CLASSES,
    is_government_head,
    party_host,
    role_at,
)
from kg.extract.party_lines import box_offices, party_offices
from kg.extract.relative_posts import held_now, relative_end
from kg.extract.replaced_offices import drop_replaced
from kg.extract.respective import pair_respectively
from kg.extract.subject_unions import glossed_union, subject_union
from kg.extract.table_rows import next_cell_end, row_cell_end
from kg.extract.units import UNIT_ENDINGS
from kg.extract.vote_unions import NAME_NOTE, in_names_line, label_above, list_union, vote_union
from kg.extract.wordlists import NAME_HONORIFICS, UNION_WORD
from kg.lexicon import words
from kg.model.facts import EntityRef, RelationFact
from kg.nlp.titles import ORGANS

# between one name and the next title of a list (主席A、副主席B, 主席A和副主席B, 主席：A；副主席：B, 主席A 副主席B)
NEXT_NAME = ("、", "，", ",", "；", ";", "和", "及", "以及", "与", " ", "\u3000")

# a chain of titles in brackets after a name (and 同志), up to the close or a note after a comma
_BRACKETED = re.compile(r"(?:同志)?[（(]([^（()）\n，,；;。]{2,40})(?:[）)]|[，,][^（()）\n]{1,12}[）)])")
# what follows a union's name where the text names the union by its committee (某公司工会委员会)
COMMITTEE_WORD = "委员会"
# a body's organs named in a title (党委副书记, 工会主席), longest first
TITLE_ORGANS = tuple(sorted(words(ORGANS), key=len, reverse=True))
# a workers' congress's special committees (提案工作委员会): their heads hold the workplace's offices
CONGRESS_COMMITTEES = frozenset(words("posts/congress_committees.txt"))


def read_posts(ctx: ArticleContext) -> None:
    """Offices named by titles before a name, after it, then those of elections."""
    titles = {t.end_char: t for t in ctx.mentions_of("TITLE")}
    people = sorted(ctx.mentions_of("PERSON"), key=lambda p: p.start_char)
    after = {t.start_char: t for t in titles.values()}
    held: dict[tuple[int, int], list[Office]] = {}
    entries: dict[int, int] = {}  # a name's start -> where the chain of titles before it starts
    for prev, p in zip([None, *people], people, strict=False):
        chain = chain_before(ctx, p, titles)
        if not chain and (label := label_above(ctx, p.start_char)) is not None:
            chain = chain_before(ctx, p, titles, label)  # 副主席（按姓氏笔画为序）：\nA B: the label's title
        if chain:
            entries[p.start_char] = chain[-1][1][0] if chain[-1][1] else chain[-1][0].start_char
        if chain and (t := addressed_by(ctx, p, after)) is not None:
            chain = [(t, None), *chain]  # 党委书记X校长: the title after the name, at the chain's body
        before = held[(prev.start_char, prev.end_char)] if prev is not None else []
        offices = _offices(ctx, chain)
        if chain and chain[-1][1] is None and is_government_head(chain[-1][0].text):
            pass  # 副市长X where the text names no 市政府: an office at no other body either
        elif chain and chain[-1][1] is None and before and (listed := _listed(ctx, prev, chain, before)) is not None:
            # 区总工会主席A、副主席B: a bare title right after another's name is at the body of that name's
            # last office, whatever bodies the titles after it name (理事长A、副理事长兼立法会议员B: A's body),
            # save one held besides (…，名誉会长C: not the 立法会) (公司工会副主席A，机关党委书记B: a title of
            # another organ is the body's host's)
            t = chain[-1][0]
            offices = _offices(ctx, [*chain[:-1], (t, (t.start_char, _host_of_organ(ctx, listed, t.text), t.text))])
        elif chain and not offices and (union := vote_union(ctx, chain[-1][0].start_char)) is not None:
            # 选举产生了新一届委员会，主席A，副主席B: the titles of a vote are its union's; a title of another
            # organ (选举党委副书记A为工会主席: A's present office) is the union's host's, when the article names it
            t = chain[-1][0]
            host = _host_of_organ(ctx, union, t.text)
            offices = _offices(ctx, [*chain[:-1], (t, (t.start_char, *role_at(host, t.text)))])
        elif chain and not offices and (party := party_offices(ctx, chain[-1][0], p)):
            offices = party  # 被告：某公司…\n法定代表人：A，该公司总经理 (kg.extract.party_lines)
        elif chain and not offices and (boxed := box_offices(ctx, chain[-1][0], p)):
            offices = boxed  # 公司全称：某某股份有限公司\n…\n法定代表人：A (kg.extract.party_lines)
        elif chain and not offices and (union := list_union(ctx, chain[-1][0].start_char)) is not None:
            # 选举产生了新一届委员会。\n主席：A\n副主席：B、C: lines of a list after the vote
            t = chain[-1][0]
            offices = _offices(ctx, [*chain[:-1], (t, (t.start_char, *role_at(union, t.text)))])
        elif chain and not offices and (union := _union_of_clause(ctx, chain[-1][0], held)) is not None:
            # 区总工会主席A主持会议，副主席B宣读…: a union's chair opening a clause
            t = chain[-1][0]
            offices = _offices(ctx, [*chain[:-1], (t, (t.start_char, *role_at(union, t.text)))])
        elif chain and not offices and (union := subject_union(ctx, chain) or glossed_union(ctx, chain)) is not None:
            # 市总工会高度重视，党组书记、常务副主席A专题研究: the union the sentence opens with
            # (区总工会领导讲话（…是党组书记、常务副主席A）: the union whose 领导 the bracket glosses)
            t = chain[-1][0]
            offices = _offices(ctx, [*chain[:-1], (t, (t.start_char, *role_at(union, t.text)))])
        held[(p.start_char, p.end_char)] = offices
    # the other names of a list share the first name's offices (in a list's line, names
    # may be set apart by spaces: 副主席：李静 王强; a list may go on after a line break: A、\nB)
    listed = False  # the name before followed a 、: the list's last name may follow 及/和 (A、B及C)
    lists: list[list[Span]] = []  # each list of names sharing its first name's offices
    for prev, p in itertools.pairwise(people):
        gap = ctx.text[prev.end_char : p.start_char]
        bare = NAME_NOTE.sub("", gap)  # (A（女） B: a note on the name before the gap)
        spaced = not bare.strip(" \u3000") and "\n" not in gap and in_names_line(ctx, prev.start_char)
        last = listed and gap in ("及", "和", "以及")
        listed = gap.rstrip().endswith("、") and LISTED.fullmatch(gap.rstrip()) is not None  # (A（挂职）、B)
        if gap and (listed or spaced or last) and not held[(p.start_char, p.end_char)]:
            held[(p.start_char, p.end_char)] = held[(prev.start_char, prev.end_char)]
            if lists and lists[-1][-1] is prev:
                lists[-1].append(p)
            else:
                lists.append([prev, p])
    for names in lists:  # A区、B区总工会主席甲、乙: one union each, in order
        held.update(pair_respectively(names, held[(names[0].start_char, names[0].end_char)]))
    starts, ends = {p.start_char: p for p in people}, {p.end_char: p for p in people}
    addressed: set[tuple[str, str, EntityRef]] = set()  # a chair addressed so (刘洋主席), no body glued before
    for p in people:
        offices = held[(p.start_char, p.end_char)]
        if (end := _bracket_end(ctx, p)) is not None:
            # 覃某（公司党委副书记、工会主席）: the chain in brackets, read as one before a name; after a chain
            # (兼职副主席：A（某公司工会主席）, 市总主席A（市人大常委会副主任）) a bracket naming its own body too
            chain = chain_before(ctx, p, titles, end)
            if not offices or (chain and chain[-1][1] is not None and chain[-1][1][0] > p.end_char):
                offices = [*offices, *_offices(ctx, chain)]
        if not offices and not (offices := apposition(ctx, p)) and (offices := title_after(ctx, p, after)):
            addressed.update(
                (p.text, role, body) for _t, body, role in offices if not ctx.ref_at.by_end.get(p.start_char)
            )
        if (told := copula_end(ctx, p, starts, ends)) is not None and (not offices or told[1]):
            # 县总工会党组书记、常务副主席为A。: the chain before 为, the name closing its clause;
            # 副主席为A（专职）、B（兼任…）。: each name of the list holds it, and its own too
            offices = [*offices, *_offices(ctx, chain_before(ctx, p, titles, told[0]))]
        if not offices and (end := row_cell_end(ctx, p)) is not None:
            # 1　刘洋（女）　某社区党委书记、居委会主任: a table's row, the name's cell first
            offices = _offices(ctx, chain_before(ctx, p, titles, end))
        if not offices and (end := next_cell_end(ctx, p)) is not None:  # (a note's cell after the job's)
            offices = _offices(ctx, chain_before(ctx, p, titles, end))
        if not offices and (end := relative_end(ctx, p)) is not None:  # 调任…主席的X (kg.extract.relative_posts)
            offices = _offices(ctx, chain) if held_now(ctx, chain := chain_before(ctx, p, titles, end)) else []
        if not offices:  # 某公司技术主管、高级技师X: a worker's job at the unit (kg.extract.jobs)
            offices = [(ctx.doc.char_span(x, y), body, role) for x, y, body, role in jobs_before(ctx, p.start_char)]
        if offices and (t := _joined_after(ctx, p, after)) is not None:
            # 常务监事：A（兼监事会召集人）: another title at the body of the name's last office
            offices = [*offices, (t, *role_at(offices[-1][1], t.text))]
        for t, body, role in offices:
            _post(ctx, p, t, body, role)
    drop_addressed(ctx, addressed)  # 王某主席出席 where 王某 chairs another body
    voted = len(ctx.facts.relations)
    read_elections(ctx, people, titles, entries)
    drop_replaced(ctx, ctx.facts.relations[voted:])  # 常务副主席A … 选举A为主席，B为常务副主席
    read_copulas(ctx, people, titles)  # 注：A为某公司工会主席
    read_current_holders(ctx, people, titles)  # 某总工会…，现任主席为A
    read_body_holders(ctx, people, titles)  # 现在市总工会的主席是A
    read_congress_holders(ctx, people, titles)  # …选出…委员会。主席还是A兼任；常务副主席换成了B
    read_held_by(ctx, people, titles)  # 公司工会主席由党委副书记A兼任


def _bracket_end(ctx: ArticleContext, p: Span) -> int | None:
    """Where the chain of titles in brackets right after a name ends (NAME（TITLES）, NAME
    （TITLES，a note）): the bracket's close or the comma before a note; None without one."""
    m = _BRACKETED.match(ctx.text, p.end_char)
    return None if m is None else m.end(1)


def _listed(ctx: ArticleContext, prev: Span, chain: list, before: list[Office]) -> EntityRef | None:
    """The body a bare title right after the name before is at (:func:`list_office`)."""
    office = list_office(ctx, before) if _next_name(ctx, prev, chain[-1][0]) else None
    return office[1] if office is not None else None


def _next_name(ctx: ArticleContext, prev: Span, t: Span) -> bool:
    """Whether only a mark of a list comes between the name before and the title ``t``,
    the name perhaps carrying a degree or a term of address (总经理A博士、人力资源总监B)."""
    gap = ctx.text[prev.end_char : t.start_char]
    word = next((w for w in NAME_HONORIFICS if gap.startswith(w)), "")
    return gap[len(word) :] in NEXT_NAME


def _joined_after(ctx: ArticleContext, p: Span, after: dict[int, Span]) -> Span | None:
    """NAME（兼TITLE）: a title in brackets right after a name, joined by 兼 to the offices
    the name holds (兼 says the holder of one office holds another); else None."""
    at = p.end_char
    if ctx.text[at : at + 2] not in ("（兼", "(兼"):
        return None
    t = after.get(at + 2)
    return t if t is not None and ctx.text[t.end_char : t.end_char + 1] in "）)" else None


def _post(ctx: ArticleContext, p: Span, t: Span, body: EntityRef, role: str) -> None:
    ev = ctx.evidence(min(t.start_char, p.start_char), max(t.end_char, p.end_char), CONFIDENCE["pattern"])
    printed = ctx.written_before(role, t.end_char)
    ctx.facts.relations.append(
        RelationFact(EntityRef("Person", p.text), "post", body, ev, role=role, role_written=printed)
    )


def _union_of_clause(ctx: ArticleContext, t: Span, held: dict[tuple[int, int], list[Office]]) -> EntityRef | None:
    """A union's chair (副主席) without a body, opening a clause: the union of the office the
    sentence read last, when that is a union's (受区总工会主席A委托，副主席B…); another
    body's chairs are named with it."""
    if not t.text.endswith(UNION_CHAIR) or ctx.text[t.start_char - 1 : t.start_char] not in CLAUSE_MARKS:
        return None
    sa, _ = ctx.sentence_of(t.start_char)
    read = [office for (x, _y), offices in held.items() if sa <= x < t.start_char for office in offices]
    return read[-1][1] if read and read[-1][1].cls == "TradeUnion" else None


def _offices(ctx: ArticleContext, chain: list[tuple[Span, tuple[int, EntityRef, str] | None]]) -> list[Office]:
    """Each title of a chain (read from the name back) at its body, or at the body of the
    title before it.  A rank (一级巡视员) is an office only at the body written right
    before it (省总工会一级巡视员X, as the real gold has it), not at one it would share with
    another title of the chain (副主席、一级巡视员X: the rank is a grade of the holder)."""
    held: list[Office] = []
    current: EntityRef | None = None
    for t, body in reversed(chain):
        if body is not None and body[1] is JOINED:
            if current is not None:  # 副主席兼基层工作部部长: the unit and title at the body before
                held.append((t, current, body[2]))
            continue
        if body is not None and current is not None and body[1] is not None and body[1].name in CONGRESS_COMMITTEES:
            # 公司工会副主席、提案工作委员会主任X: a workers' congress's committee, named bare
            # after an office at the workplace or its union: an office of the workplace
            current, role = _workplace_of(ctx, current), body[1].name + body[2]
        elif body is not None and current is not None and own_committee(ctx, t, body, current):
            role = body[2]  # 本会常务理事兼妇女事务委员会主任X: 本会's committee (kg.extract.held_besides)
        elif body is not None:
            current, role = body[1], body[2]
        elif current is not None and is_government_head(t.text):
            continue  # 市委副书记、市长X where no city is named: the 市长 is no office of the 市委
        elif current is not None:
            current, role = role_at(_host_of_organ(ctx, current, t.text), t.text)
        if current is not None and (t._.kg_kind != "rank" or body is not None):
            held.append((t, current, role))
    return held


def _workplace_of(ctx: ArticleContext, body: EntityRef) -> EntityRef:
    """The workplace of a body: a workplace union's host (X for X工会), when the article
    names it; else the body."""
    host = EntityRef("Organization", body.name.removesuffix(UNION_WORD))
    if body.cls == "TradeUnion" and host.name != body.name and host in ctx.facts.entities:
        return host
    return body


def _host_of_organ(ctx: ArticleContext, body: EntityRef, title: str) -> EntityRef:
    """公司工会主席、党委副书记X: a title with an organ (党委副书记) after an office at another
    organ of a body (the company's 工会), or at a unit of it, is the body's own, when the
    article names that body."""
    organ = next((o for o in TITLE_ORGANS if title.startswith(o)), None)
    if organ is None or body.name.endswith(organ):
        return party_host(ctx, body) if organ is None else body
    union = EntityRef("TradeUnion", body.name + UNION_WORD)
    if organ == UNION_WORD and body.cls == "Organization" and union not in ctx.facts.entities:
        # (the union named only with its committee, 某公司工会委员会, or in the page's header)
        header = any(union.name in line for line in ctx.article.furniture)
        if header or EntityRef("TradeUnion", union.name + COMMITTEE_WORD) in ctx.facts.entities:
            ctx.facts.entity(union, mention=False)
    if organ == UNION_WORD and body.cls == "Organization" and union in ctx.facts.entities:
        # 公司党委副书记、工会主席X where the article names the company's union (公司工会…):
        # the office is that union's (its 主席); a union never named leaves the company's 工会主席
        return union
    for own in TITLE_ORGANS:
        host = EntityRef("Organization", body.name[: -len(own)])
        if body.name.endswith(own) and len(host.name) > 1 and host in ctx.facts.entities:
            return host
    # a unit of a body (公司党群工作部部长、工会副主席X, 总工会办公室主任、机关党委书记X): the body's organ
    info = ctx.facts.entities.get(body)
    unit = body.cls == "Organization" and body.name.endswith(UNIT_ENDINGS)  # (not a subsidiary: X公司Y公司)
    if unit and info is not None and info.parent is not None and info.parent.cls in BODY_CLASSES:
        return info.parent
    return body
