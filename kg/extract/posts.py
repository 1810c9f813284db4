"""Family *posts*: who holds which office where.

Needs the bodies (``ctx.ref_at``, from ``kg.extract.bodies``) and the people: an office is held at the
body named right before its title (``kg.extract.offices`` reads how the two are glued).  Three shapes:

* titles before a name (BODY TITLE、TITLE，BODY TITLE NAME): each office at the body named before it (or
  the title before's body); a list's other names share them (副主席何慧敏、黄山); a title must touch the
  name, one before a comma is another clause's (X当选主席，A、B当选为副主席: A is no 主席);
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
from kg.extract.bare_titles import (
    CHAIN_GAP,
    CLAUSE_MARKS,
    article_union_of,
    bare_union,
    government_of,
    kind_named_before,
    own_body,
    own_site,
    referred_firm,
    residents_committee,
    village_body,
    workshop,
)
from kg.extract.comma_chains import cut_at_commas
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.copulas import copula_end, read_body_holders, read_congress_holders, read_copulas, read_current_holders
from kg.extract.elections import LISTED, read_elections
from kg.extract.held_besides import list_office, own_committee
from kg.extract.held_by import read_held_by
from kg.extract.jobs import graded_before, jobs_before
from kg.extract.joined import JOINED, joined_unit
from kg.extract.office_times import after_mark, former, former_committee, inner_mark, links_now, marked_time
from kg.extract.offices import (
    BODY_CLASSES,
    body_before,
    is_government_head,
    party_host,
    role_at,
)
from kg.extract.party_lines import box_offices, party_offices
from kg.extract.relative_posts import held_now, relative_end
from kg.extract.respective import pair_respectively
from kg.extract.subject_unions import glossed_union, subject_union
from kg.extract.table_rows import next_cell_end, row_cell_end
from kg.extract.units import UNIT_ENDINGS, held_unit
from kg.extract.vote_unions import NAME_NOTE, in_names_line, label_above, list_union, vote_union
from kg.extract.wordlists import NAME_HONORIFICS, SET_OFF_BEFORE_NAME, UNION_WORD
from kg.extract.workplace import bracketed_officer, leading_officer
from kg.lexicon import alternation_of, words
from kg.model.facts import EntityRef, RelationFact
from kg.nlp.titles import ORGANS

# between the title next to a name and the name (主席 刘洋; a list of results: 主席：刘洋)
NAME_GAP = " ：:"
# a note on a title in brackets before the name (副主席（挂职）刘洋, 主任（兼）李静, 副主席（按姓氏笔画为序）：刘洋)
NOTE_BEFORE = re.compile(r"[（(][^（()）、，。]{1,16}[）)][：:]?$")
# a name in Latin letters right before the Han one, the same person's (会长Michael Wong黄家明)
LATIN_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z'.-]+(?: [A-Z][A-Za-z'.-]*){0,3} ?$")
# between one name and the next title of a list (主席A、副主席B, 主席A和副主席B, 主席：A；副主席：B, 主席A 副主席B)
NEXT_NAME = ("、", "，", ",", "；", ";", "和", "及", "以及", "与", " ", "\u3000")
# an honour set off between the titles and the name (合作社理事长、省劳动模范X, 副总经理、技术骨干X): no office
HONOUR_BEFORE = re.compile(f"[，,、]([\u4e00-\u9fff]{{0,12}}(?:{alternation_of(SET_OFF_BEFORE_NAME)}))$")

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
        chain = _chain_before(ctx, p, titles)
        if not chain and (label := label_above(ctx, p.start_char)) is not None:
            chain = _chain_before(ctx, p, titles, label)  # 副主席（按姓氏笔画为序）：\nA B: the label's title
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
            chain = _chain_before(ctx, p, titles, end)
            if not offices or (chain and chain[-1][1] is not None and chain[-1][1][0] > p.end_char):
                offices = [*offices, *_offices(ctx, chain)]
        if not offices and not (offices := apposition(ctx, p)) and (offices := title_after(ctx, p, after)):
            addressed.update(
                (p.text, role, body) for _t, body, role in offices if not ctx.ref_at.by_end.get(p.start_char)
            )
        if (told := copula_end(ctx, p, starts, ends)) is not None and (not offices or told[1]):
            # 县总工会党组书记、常务副主席为A。: the chain before 为, the name closing its clause;
            # 副主席为A（专职）、B（兼任…）。: each name of the list holds it, and its own too
            offices = [*offices, *_offices(ctx, _chain_before(ctx, p, titles, told[0]))]
        if not offices and (end := row_cell_end(ctx, p)) is not None:
            # 1　刘洋（女）　某社区党委书记、居委会主任: a table's row, the name's cell first
            offices = _offices(ctx, _chain_before(ctx, p, titles, end))
        if not offices and (end := next_cell_end(ctx, p)) is not None:  # (a note's cell after the job's)
            offices = _offices(ctx, _chain_before(ctx, p, titles, end))
        if not offices and (end := relative_end(ctx, p)) is not None:  # 调任…主席的X (kg.extract.relative_posts)
            offices = _offices(ctx, chain) if held_now(ctx, chain := _chain_before(ctx, p, titles, end)) else []
        if not offices:  # 某公司技术主管、高级技师X: a worker's job at the unit (kg.extract.jobs)
            offices = [(ctx.doc.char_span(x, y), body, role) for x, y, body, role in jobs_before(ctx, p.start_char)]
        if offices and (t := _joined_after(ctx, p, after)) is not None:
            # 常务监事：A（兼监事会召集人）: another title at the body of the name's last office
            offices = [*offices, (t, *role_at(offices[-1][1], t.text))]
        for t, body, role in offices:
            _post(ctx, p, t, body, role)
    drop_addressed(ctx, addressed)  # 王某主席出席 where 王某 chairs another body
    read_elections(ctx, people, titles, entries)
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


def _chain_before(
    ctx: ArticleContext, p: Span, titles: dict[int, Span], end: int | None = None
) -> list[tuple[Span, tuple[int, EntityRef, str] | None]]:
    """BODY TITLE、TITLE，BODY TITLE NAME: the offices of the chain of titles before a name
    (or, a table's row naming the person first, of the chain ending at ``end``, its cell's end)."""
    text = ctx.text
    sa, _ = ctx.sentence_of(p.start_char if end is None or end > p.start_char else end - 1)
    chain: list[tuple[Span, tuple[int, EntityRef, str] | None]] = []
    starts: list[int] = []  # where each title (with its body) of the chain starts
    now: set[int] = set()  # the links a time mark makes held now (现任), or held once (原, 前)
    past: set[int] = set()
    inner: set[int] = set()
    pos = p.start_char if end is None else end
    while pos > sa:
        k = pos
        # the title next to the name touches it (a space may come between); the titles
        # before it are set off by 、，兼
        gap = CHAIN_GAP if chain else NAME_GAP
        if chain:
            k = after_mark(text, k, chain[-1][1] is not None)  # 副校长、原县总工会副主席X: a time after 、
        if not chain and (note := NOTE_BEFORE.search(text, max(sa, k - 20), k)) is not None:
            k = note.start()  # 副主席（挂职）刘洋: a note on the title between it and the name
        if not chain and (latin := LATIN_BEFORE.search(text, max(sa, k - 40), k)) is not None:
            k = latin.start()  # 会长Michael Wong黄家明
        if not chain and (mark := graded_before(ctx, k, sa)) is not None:
            k, gap = mark, ""  # 公司工会主席，高级工程师 刘洋 (法律顾问、某律师事务所律师X): a grade after the titles
        elif not chain and (honour := HONOUR_BEFORE.search(text, max(sa, k - 20), k)) is not None:
            k, gap = honour.start(1) - 1, ""  # 合作社理事长、省劳动模范X: an honour after the titles
        while k > sa and text[k - 1] in gap and pos - k < (2 if chain else 3):  # (主席：A, 主席 ： A)
            k -= 1
        t = titles.get(k)
        if t is None:
            break
        body = (
            joined_unit(ctx, t, sa)
            or body_before(ctx, t, past=True)
            or bare_union(ctx, t, sa)
            or government_of(ctx, t, sa)
            or own_body(ctx, t, sa)
        )
        body = body or article_union_of(ctx, t, sa) or own_site(ctx, t, sa) or village_body(ctx, t, sa)
        body = body or workshop(ctx, t, sa) or kind_named_before(ctx, t, sa) or residents_committee(ctx, t, sa)
        body = body or referred_firm(ctx, t, sa)  # 这家茶企的工会主席X
        if body is None and (officer := bracketed_officer(ctx, t) or leading_officer(ctx, t, sa)) is not None:
            body = (t.start_char, *role_at(officer, t.text))  # A（总经理） on a company's own page
        if (time := marked_time(text, t, body)) is not None:  # (县总工会原主席: a mark inside the link)
            (now if time else inner if inner_mark(text, t, body) else past).add(len(chain))
        chain.append((t, body))
        pos = body[0] if body else t.start_char
        starts.append(pos)
        group = len(chain) - 1
        while body and (shared := _body_listed_before(ctx, pos, body[1], body[2] != t.text)) is not None:
            # 权益保障部、劳动和经济工作部部长X: the title is the head of each unit listed
            body = (shared[0], *held_unit(ctx, *role_at(shared[1], t.text)))
            chain.append((t, body))
            pos = body[0]
            starts.append(pos)
        heirs = group
        while heirs > 0 and chain[heirs - 1][1] is None:
            heirs -= 1
        if len(chain) - 1 > group and heirs < group:
            # A协会、B协会副会长、秘书长X: which title is at which body is not written
            del chain[heirs:], starts[heirs:]
    cut_at_commas(ctx, chain, starts, sa)  # (当选为主席，区总工会党组书记X: another clause's)
    if chain and former_committee(text, chain[-1][0].start_char):
        return []  # 因原女职工委员会主任X: offices held once, not now
    # 原区总工会主席X, 时任…主席X; 某校副校长、原县总工会副主席X: the mark opens a past run of links
    opened = {i for i in range(len(chain)) if former(text, starts[i])}
    return links_now(chain, opened | past | inner, now, frozenset(inner - opened))


def _body_listed_before(
    ctx: ArticleContext, pos: int, body: EntityRef, unit: bool = False
) -> tuple[int, EntityRef] | None:
    """A body of the same kind as ``body`` (its name ends as this one's) listed right before
    it with 、: where its name starts, and it.  ``unit``: the office was read at a unit of
    ``body`` (组织部、宣传部部长X): another unit of it listed before heads the same."""
    if ctx.text[pos - 1 : pos] != "、":
        return None
    for x, y in ctx.ref_at.by_end.get(pos - 1, ()):
        ref = ctx.ref_at[(x, y)]
        if unit and ref != body and held_unit(ctx, ref, "")[0] == body:
            return x, ref
        if ref.cls == body.cls and ref != body and ref.name[-1] == body.name[-1]:
            return x, ref
    return None


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
