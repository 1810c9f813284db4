"""Family *posts*: the body of a title written without one, read from the words before it
and from the page (kg.extract.posts reads the chain of titles; each function here gives
where the office's name starts, its body and its role, or None).

* a union named by its kind alone in a chain (、总工会主席X): the union of that kind the clause
  named, else the union of the area the clause named;
* a bare 工会 opening a clause (工会主席X): the article's one union of that kind (none named:
  the union of the company named last, as at a company's congress);
* a word naming a body (本会理事长X, 我院院长X, 该会主席X): the page's own, or the one named last;
* the head of an area's government (区委副书记、区长X): the government of that area;
* a community's committee by its short form (社区党委书记、居委会主任X): that community's;
* words pointing at a firm (这家茶企的工会主席X): the company named last (its union unnamed).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.congress import workplace_union
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.offices import (
    BODY_CLASSES,
    OWN_BODY_WORDS,
    VENUE,
    VILLAGE_HEADS,
    body_by_word,
    government_at,
    is_title,
    role_at,
    time_mark_before,
    workplace,
)
from kg.extract.referred import FIRM_WORDS
from kg.extract.units import UNIT_ENDINGS
from kg.extract.wordlists import BARE_UNION_WORDS, COMPANY_ENDINGS, LEGAL_FORMS, PROFILE_VERBS, UNION_WORD
from kg.lexicon import alternation_of, table, words
from kg.model.facts import EntityRef
from kg.nlp.names import REFERRING
from kg.nlp.unions import UNION_KINDS

# between the titles of one chain (主席、党组书记 / 副主任，区总工会主席 / 副主席兼秘书长)
CHAIN_GAP = " 、，,兼"
# what ends a clause (a bare union is read in its clause)
CLAUSE_MARKS = "，,；;：:"
# what may open the clause of a bare 工会's title (…。工会主席X, …，工会副主席X)
CLAUSE_OPENERS = "，,；;：:"
# a holder described as newly elected before a body's word and title (新当选的联合会主席X)
HOLDER_DESCRIBERS = tuple(words("posts/holder_describers.txt"))
LIST_MARK, POINTING = "、", "该"  # a chain's mark; the word pointing back at a body named before (该会)
# a workplace's party organs opening a bare title that is the page's own body's (党委书记X)
WORKPLACE_ORGANS = words("posts/workplace_organs.txt")
# before the head word of a bare head title (副院长, 常务副校长)
HEAD_QUALIFIERS = ("常务副", "副")
# the word for a head: the ending of a body's name and it make its head's title (院长, 校长, 厂长)
HEAD = "长"
# how long a body's kind written bare before a title may be (基地, 医院, 检修基地)
_KIND_LENGTH = 4
# LAC's tags of a preposition and a conjunction (与, 和, 同)
_FUNCTION_TAGS = frozenset({"p", "c"})
# a community's committee by its short form (居委会): its full name's ending, the place's ending
RESIDENTS_COMMITTEES = {
    short: (full, ending) for short, full, ending in table("bodies/residents_committees.tsv", header=True)
}
# the unions of an area's level, whose officers are named by that word (总工会主席), never by a bare 工会
FEDERATION_WORDS = tuple(BARE_UNION_WORDS)
# 这家茶企的, 该公司: a firm pointed at, a title of its office right after (的 between or not);
# a trade of one or two characters only after a demonstrative counting firms (这家物流企业)
_FIRM_BEFORE_TITLE = re.compile(
    f"(?:(?:{alternation_of(words('bodies/firm_demonstratives.txt'))})[\u4e00-\u9fff]{{0,2}}?|"
    f"(?:{alternation_of(REFERRING)}))(?:{alternation_of(FIRM_WORDS)})的?$"
)


def bare_union(ctx: ArticleContext, t: Span, sa: int) -> tuple[int, EntityRef | None, str] | None:
    """…区委常委、政法委书记、总工会主席X: a union named by its kind alone, right after a mark
    of the chain, is the union of that kind its clause named last before it, else the
    union of the area the clause named — when the article names that union (no new body
    is made up here)."""
    for word in BARE_UNION_WORDS:
        for i in range(len(word) + 1):  # the title finder may have read part of it (工会主席)
            x = t.start_char - i
            written = ctx.text[x : t.start_char] + t.text[: len(word) - i]
            if x <= sa or ctx.text[x - 1] not in CHAIN_GAP or written != word:
                continue
            role = t.text[len(word) - i :]
            if not role or not is_title(role):
                return None
            # the union of that kind the clause named before (…总工会主席A、总工会副主席B)
            cs = _after_last(ctx.text, CLAUSE_MARKS, sa, x)
            named = [ref for _, _, ref in ctx.bodies_in(cs, x) if ref.cls == "TradeUnion" and ref.name.endswith(word)]
            if named:
                return (x, named[-1], role)
            areas = ctx.areas_in(cs, x)
            if not areas:
                return None
            # (none named: the office is not read, but the chain goes on before it)
            return (x, area_union(ctx, areas[-1][2]), role)
    return None


def article_union_of(ctx: ArticleContext, t: Span, sa: int) -> tuple[int, EntityRef, str] | None:
    """工会主席X opening a clause, 产业工会理事长X: the bare 工会 (or a kind of union glued to
    it) of an article that names one such union only is that union."""
    if not t.text.startswith(UNION_WORD) or not is_title(role := t.text[len(UNION_WORD) :]):
        return None
    x = t.start_char
    kind = next((k for k in UNION_KINDS if ctx.text.endswith(k, 0, x)), "")
    x -= len(kind)
    # (现任工会副主席为A: a mark of the present may open the clause before the union)
    opens = x - len(mark) if (mark := time_mark_before(ctx.text, x)) in PROFILE_VERBS else x
    if opens > sa and ctx.text[opens - 1] not in CLAUSE_OPENERS and not _after_function_word(ctx, opens):
        return None  # (会议由工会主席X主持: after a preposition, as opening the clause)
    unions = {ref for ref in ctx.facts.entities if ref.cls == "TradeUnion" and ref.name.endswith(kind + UNION_WORD)}
    if not kind:  # (a federation named only in a guest's titles, 市总工会挂职副主席X, is no bare 工会)
        unions = {ref for ref in unions if not (ref.name.endswith(FEDERATION_WORDS) and _in_titles_only(ctx, ref))}
    if len(unions) == 1:
        return (x, *role_at(unions.pop(), role))
    if not unions and not kind and (own := workplace_union(ctx, x, (x, x + len(UNION_WORD)))) is not None:
        return (x, *role_at(own, role))  # (no union named: 工会副主席X on a company's page is its union's)
    # several: the union named last before, when the sentence and the one before it name
    # no other and it is no federation (whose officers are written 总工会主席, never 工会主席)
    last = ctx.union_before(x)
    if last is None or last.name.endswith(FEDERATION_WORDS) or not last.name.endswith(kind + UNION_WORD):
        return None
    pa, _ = ctx.sentence_of(max(0, sa - 1))
    named = {ref for _a, _b, ref in ctx.bodies_in(pa, x) if ref.cls == "TradeUnion"}
    return (x, *role_at(last, role)) if named <= {last} else None


def _in_titles_only(ctx: ArticleContext, ref: EntityRef) -> bool:
    """Is the union named only as the body of someone's titles (a title right after each
    mention: 市总工会挂职副主席X), never as one acting?  A federation's officers are written
    总工会主席, so such a union is not the page's bare 工会.  (Each mention is looked at once,
    filed by the union and whether a title follows it.)"""

    def filing(span, value, _rank):
        if value.cls == "TradeUnion":
            y = span[1]
            titled = any(t.start_char <= y <= t.end_char for t in ctx.mentions_in("TITLE", y - len(UNION_WORD), y + 1))
            yield (value, titled), span

    mentions = ctx.ref_at.group("posts: union mentions titled", filing)
    return bool(mentions.get((ref, True))) and not mentions.get((ref, False))


def own_body(ctx: ArticleContext, t: Span, sa: int) -> tuple[int, EntityRef, str] | None:
    """本会理事长X, 我院院长X, 该会主席X, 联合会主席X: a body named by a word of
    ``own_body_words.tsv`` (``kg.extract.offices.body_by_word``), opening the clause or
    right after a preposition or conjunction (与企业工会主席X交流: the company named last);
    glued to another word (民营企业工会主席) it describes a kind of body, not this one.  An
    entry of a list of people opens after a name's 、 (区总工会A、企业法定代表人B: the company);
    so does a holder's phrase after words of a new holder (新当选的联合会主席X)."""
    # (the title may begin inside the word: 联合|工会主席, read as 工会主席, is 联合工会's 主席)
    tried = [(w, k) for w in OWN_BODY_WORDS for k in range(len(w)) if not k or t.text.startswith(w[-k:])]
    for word, glued in tried:
        x = t.start_char - len(word) + glued
        if x < sa or not ctx.text.startswith(word, x):
            continue
        opens = (
            ctx.text[x - 1] in CLAUSE_OPENERS
            or _after_function_word(ctx, x)
            or _after_listed_name(ctx, x)
            or ctx.text.endswith(HOLDER_DESCRIBERS, sa, x)
        )
        # (某矿代表队领队、该矿党委副书记X: a word pointing back, 该…, opens a chain's link after 、 too)
        opens = opens or (ctx.text[x - 1] == LIST_MARK and word.startswith(POINTING))
        if x > sa and not opens:
            continue
        body = body_by_word(ctx, word, x)
        return (x, *role_at(body, t.text[glued:])) if body is not None else None
    return None


def own_site(ctx: ArticleContext, t: Span, sa: int) -> tuple[int, EntityRef, str] | None:
    """院长X, 党委书记X opening a sentence or clause, no body written, on the site of a body
    that names itself on the page (我院召开…): the office is that body's when the title is its
    head's (院长 for a 院, 校长 for a 校: the ending and 长) or one of a workplace's party
    organs (党委书记).  A union's site (本会) reads its bare titles otherwise (``article_union_of``)."""
    x = t.start_char
    if ctx.text[sa:x].strip() and ctx.text[x - 1] not in CLAUSE_OPENERS:
        return None
    head = t.text.removeprefix(next((q for q in HEAD_QUALIFIERS if t.text.startswith(q)), ""))
    organ = t.text.startswith(WORKPLACE_ORGANS)
    for word, (refers, endings) in OWN_BODY_WORDS.items():
        if refers != "page" or endings == (UNION_WORD,) or word not in ctx.text:
            continue
        if not organ and not any(head == ending[-1] + HEAD for ending in endings):
            continue
        # (the word may come first, in the headline: the body is the first named before the title)
        body = body_by_word(ctx, word, x)
        return (x, *role_at(body, t.text)) if body is not None else None
    return None


def village_body(ctx: ArticleContext, t: Span, sa: int) -> tuple[int, EntityRef, str] | None:
    """社区党委书记、社区工会联合会主席X: a community's or village's body named again by the word
    社区 (村) and the rest of its name, right after a mark of the chain or opening the clause,
    is the body of that name named last before (胜和社区工会联合会), as 街道总工会 is the
    street's union (``kg.extract.level_names``; 社区 and 村 are no areas' levels there)."""
    x = t.start_char
    cs = _after_last(ctx.text, CHAIN_GAP + CLAUSE_MARKS, sa, x)
    written = ctx.text[cs:x]
    if not written.startswith(VILLAGE_HEADS) or written in VILLAGE_HEADS:
        return None
    named = [ref for _, _, ref in ctx.bodies_in(0, cs) if ref.name.endswith(written) and ref.name != written]
    return (cs, *role_at(named[-1], t.text)) if named else None


def residents_committee(ctx: ArticleContext, t: Span, sa: int) -> tuple[int, EntityRef, str] | None:
    """社区党委书记、居委会主任X: a community's (village's) committee named by its short form
    alone (``bodies/residents_committees.tsv``), opening the chain's item, is the committee of
    the community the sentence named last before it (某某社区居民委员会), a body of its own —
    the one the page wrote as 某某社区居委会, if it did."""
    x = t.start_char
    for short, (full, ending) in RESIDENTS_COMMITTEES.items():
        k = x - len(short)
        if k < sa or not ctx.text.startswith(short, k) or (k > sa and ctx.text[k - 1] not in CHAIN_GAP + CLAUSE_MARKS):
            continue
        places = [ref for _a, _b, ref in ctx.areas_in(sa, k) if ref.name.endswith(ending) and ref.name != ending]
        if not places:
            return None
        body = EntityRef("Organization", places[-1].name + full)
        ctx.add(body, None, (k, x), CONFIDENCE["pattern"])
        written = EntityRef("Organization", places[-1].name + short)
        if written in ctx.facts.entities:
            ctx.merge({written: body})  # 长塘路社区居委会 written in full elsewhere: one body
        return (k, body, t.text)
    return None


def workshop(ctx: ArticleContext, t: Span, sa: int) -> tuple[int, EntityRef, str] | None:
    """公司总装车间主任X: a title that opens with a unit's word (车间主任), the unit's name before it
    and a company named by its kind alone (公司, 集团) before that, after a mark of the chain or
    opening the clause: an office at the company the article named last before, its role the
    unit and the title (总装车间主任), as a company's department is read (``kg.extract.units``)."""
    if not t.text.startswith(UNIT_ENDINGS):
        return None
    x = t.start_char
    cs = _after_last(ctx.text, CHAIN_GAP + CLAUSE_MARKS, sa, x)
    kind = next((k for k in COMPANY_ENDINGS if ctx.text.startswith(k, cs)), None)
    unit = ctx.text[cs + len(kind or "") : x]
    if kind is None or not 0 < len(unit) <= 6 or not all("\u4e00" <= c <= "\u9fff" for c in unit):
        return None
    named = [ref for _, _, ref in ctx.bodies_in(0, cs) if ref.cls == "Organization" and ref.name.endswith(kind)]
    return (cs, named[-1], unit + t.text) if named else None


# a department named after the title of its head (项目经理部: the 项目经理's)
DEPARTMENT_WORD = "部"


def kind_named_before(ctx: ArticleContext, t: Span, sa: int) -> tuple[int, EntityRef, str] | None:
    """来到某中心医院。院长、主任医师X / 在基地党委书记、主任X的陪同下: a body the paragraph named
    (a visit's stop) named again by its kind — the ending of its name written bare before
    the title (基地党委书记), or the title its head's (院长 for a 院: the ending and 长) —
    opening the clause or after a preposition: the office is that body's, the last of that
    ending the paragraph named.  A place named so (a venue) is the workplace of that name."""
    text, x = ctx.text, t.start_char
    cs = _after_last(text, CHAIN_GAP + CLAUSE_MARKS, sa, x)
    ps = text.rfind("\n", 0, cs) + 1
    for k in range(max(cs, x - _KIND_LENGTH), x - 1):  # the longest kind word first
        kind = text[k:x]
        if not all("\u4e00" <= c <= "\u9fff" for c in kind):
            continue
        if not ((k == cs and _opens_clause(text, cs, sa)) or _after_function_word(ctx, k)):
            continue
        body = _last_of_kind(ctx, ps, k, kind)
        if body is not None:
            return (k, *role_at(body, t.text))
    if x != cs or not _opens_clause(text, cs, sa):
        return None
    # 项目经理X after 某铁路某标项目经理部 was named: a department named after its head's title
    # is the one the title heads, named anywhere before
    named = _last_of_kind(ctx, 0, x, t.text + DEPARTMENT_WORD)
    if named is not None:
        return (x, *role_at(named, t.text))
    head = t.text.removeprefix(next((q for q in HEAD_QUALIFIERS if t.text.startswith(q)), ""))
    if len(head) != 2 or not head.endswith(HEAD):
        return None
    body = _last_of_kind(ctx, ps, x, head[0])
    return None if body is None else (x, *role_at(body, t.text))


def _opens_clause(text: str, at: int, sa: int) -> bool:
    """Whether ``at`` opens its sentence or a clause."""
    return at == sa or text[at - 1] in CLAUSE_OPENERS


def _last_of_kind(ctx: ArticleContext, a: int, b: int, kind: str) -> EntityRef | None:
    """The body (or venue, as the workplace of its name) whose name ends with ``kind`` and
    is longer, the last named in ``[a, b)``; a company named by its trade before its legal
    form (某某度假酒店有限公司 … 酒店总经理X), or its union (某某酒店有限公司工会), is that company."""
    for x, y in reversed(ctx.ref_at.starting_in(a, b)):
        ref = ctx.ref_at[(x, y)]
        if y <= b and (firm := _firm_of_trade(ctx, ref, kind)) is not None:
            return firm
        if y > b or len(ref.name) <= len(kind) or not ref.name.endswith(kind):
            continue
        if ref.cls in BODY_CLASSES:
            return ref
        if ref.cls == VENUE:
            return workplace(ctx, ref, (x, y))
    return None


def _firm_of_trade(ctx: ArticleContext, ref: EntityRef, kind: str) -> EntityRef | None:
    """The company ``ref`` names (or whose union it is) when its name before the legal form
    ends with the trade ``kind`` (度假酒店有限公司: 酒店); None otherwise."""
    firm = EntityRef("Organization", ref.name.removesuffix(UNION_WORD)) if ref.cls == "TradeUnion" else ref
    form = next((f for f in LEGAL_FORMS if firm.name.endswith(f)), None)
    if firm.cls != "Organization" or form is None or firm not in ctx.facts.entities:
        return None
    trade = firm.name[: -len(form)]
    return firm if len(trade) > len(kind) and trade.endswith(kind) else None


def government_of(ctx: ArticleContext, t: Span, sa: int) -> tuple[int, EntityRef, str] | None:
    """副区长 with no body written before it: the office is at the area's government, not
    at the body of the title before (区委副书记、区长X: the 区长 is the government's)."""
    cs = _after_last(ctx.text, CLAUSE_MARKS, sa, t.start_char)
    found = government_at(ctx, t.text, t.start_char, cs)
    return (found[0], found[1], t.text) if found else None


def area_union(ctx: ArticleContext, area) -> EntityRef | None:
    """The union of an area's own level the article names (X区总工会 for X区), the first."""

    def filing(span, ref, _rank):
        # under each ending of its name that is an area's name and a bare union word
        if ref.cls == "TradeUnion":
            for w in BARE_UNION_WORDS:
                if ref.name.endswith(w):
                    for i in range(len(ref.name) - len(w)):
                        yield ref.name[i:], span

    named = ctx.ref_at.group("posts: unions by ending", filing)
    first = next((named[area.name + w] for w in BARE_UNION_WORDS if area.name + w in named), None)
    return ctx.ref_at[first[0]] if first else None


def _after_function_word(ctx: ArticleContext, x: int) -> bool:
    """Whether the word before ``x`` is a preposition or a conjunction (与, 和, 同: LAC's p, c)."""
    before = ctx.doc.char_span(x - 1, x, alignment_mode="expand")
    return before is not None and before.end_char == x and before[-1].tag_ in _FUNCTION_TAGS


def _after_listed_name(ctx: ArticleContext, x: int) -> bool:
    """Whether ``x`` opens an entry of a list of people: a 、 right after a name (A、企业…B)."""
    return ctx.text[x - 1 : x] == "、" and any(p.end_char == x - 1 for p in ctx.mentions_in("PERSON", max(0, x - 8), x))


def _after_last(text: str, marks, sa: int, x: int) -> int:
    """Where the item before ``x`` opens: after the last of ``marks`` since ``sa``, else ``sa``."""
    return max([sa] + [text.rfind(mark, sa, x) + 1 for mark in marks])


def referred_firm(ctx: ArticleContext, t: Span, sa: int) -> tuple[int, EntityRef, str] | None:
    """这家茶企的工会主席X: a title after words pointing at a firm (``_FIRM_BEFORE_TITLE``) is an
    office at the last company named before them, its union unnamed (工会主席 at the company,
    as the project's gold writes one)."""
    m = _FIRM_BEFORE_TITLE.search(ctx.text, sa, t.start_char)
    if m is None:
        return None
    named = [(y, r) for _x, y, r in ctx.bodies_in(0, m.start()) if r.cls == "Organization"]
    named = [(y, r) for y, r in named if r.name.endswith(COMPANY_ENDINGS)]
    return (m.start(), *role_at(max(named, key=lambda n: n[0])[1], t.text)) if named else None
