"""Family *posts*: the page's own union and workplace, and its departments written bare.

A workplace's site (a bank's, a company's: 某银行工会举办…) names its own departments
without the workplace: 人力资源部总经理X主持, 办公室（党委办公室）主任X.  The text names no
body before such a unit, and the clause none either (``kg.extract.units`` reads a
department after a company the clause names); the unit is the page's workplace's — the
body whose union the article is about (某银行 for 某银行工会), when the article names it.
The office is at the workplace, its role the unit and the title, as the project's gold
writes a department's head (总装车间主任 at the company).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span

from kg.extract.context import ArticleContext
from kg.extract.head_words import ORG_HEADS, page_branch, site_company
from kg.extract.wordlists import COMPANY_WORD, ELECTING_VERBS, UNION_WORD
from kg.lexicon import words
from kg.model.facts import EntityRef
from kg.nlp.text import is_han

# a unit's other name in brackets right before the title (办公室（党委办公室）主任)
_BRACKETED = re.compile(r"[（(][\u4e00-\u9fff]{2,10}[）)]$")
# what may stand before a unit that opens its clause (a mark of a list or a clause)
_OPENERS = frozenset("、，,；;：:。\n（(")
# a quotation closing before a unit, after the end of its sentence (“…。”车间主任X说)
_QUOTE_CLOSES, _SENTENCE_ENDS = frozenset("”」’"), frozenset("。！？!?")
# how many characters of a unit's name the tagger may read as another word (制|粉车间)
_MISREAD = 2
# how long a unit's short name opening a list's cell may be (机加一车间)
_SHORT_NAME = 4
# the spaces between a list's cells (14. 郑某 机加一车间主任)
_CELL_GAP = " \u3000\t"
# a bracket after a name opening the chain of the name's titles (刘洋（人力资源部部长、工会委员）)
_BRACKET_OPENERS = frozenset("（(")
# a company's officers' titles, and its own party organs opening one (党委书记)
_OFFICER_TITLES = tuple(words("posts/company_officer_titles.txt"))
_OFFICER_ORGANS = tuple(words("posts/workplace_organs.txt"))
_OFFICER_QUALIFIERS = ("常务副", "副")
# the type words naming the workplace (公司, 分公司), longest first
_KIND_WORDS = tuple(sorted(ORG_HEADS, key=len, reverse=True))
# a union named with its committee (某公司工会委员会): the same union
_COMMITTEE = "委员会"
# a clause setting the scene in a body, opening the sentence (在某某有限公司，)
_SETTING = re.compile(r"[\s\u3000]*在([^，,。；;\n]{2,40}?)[，,]")
# LAC's tags of a preposition and a conjunction (由人力资源部总经理X主持, 与办公室主任X)
_FUNCTION_TAGS = frozenset({"p", "c"})
# a verb of holding an office opening the clause before the unit (A（兼任人力资源中心总监）): no word of its name
_HOLDING_VERBS = ("兼任", "担任", "兼")
# what opens a clause before a bare officer's title (，副总经理X; not 、: a chain's next
# link, whose body is the link's before it: 集团党委书记、董事长X)
_OFFICER_OPENERS = "，,；;：:"


def article_union(ctx: ArticleContext) -> EntityRef | None:
    """The union the article is about: the first it names (its headline's, else its lead's)."""

    def filing(span, ref, _rank):
        if ref.cls == "TradeUnion":
            yield None, span

    first = ctx.ref_at.group("posts: unions", filing).get(None)
    return ctx.ref_at[first[0]] if first else None


def page_workplace(ctx: ArticleContext) -> EntityRef | None:
    """The company whose site or paper the page is (its header prints it, or its union:
    某某有限公司工会委员会), else the workplace the article's first union belongs to (某银行
    for 某银行工会), when the article names it as a body of its own; None otherwise (a
    federation, a union alone)."""
    site = site_company(ctx, COMPANY_WORD)  # (the company the header prints, before a branch's union)
    if site is not None and (ref := EntityRef("Organization", site)) in ctx.facts.entities:
        return page_branch(ctx, ref)  # (or the branch whose page it is: 毕节分公司召开…)
    union = article_union(ctx)
    if union is None:
        return None
    host = EntityRef("Organization", union.name.removesuffix(_COMMITTEE).removesuffix(UNION_WORD))
    return host if host.name != union.name and host in ctx.facts.entities else None


def bracketed_officer(ctx: ArticleContext, t: Span) -> EntityRef | None:
    """杜某（总经理）, 上官某（党委书记、董事长） on a company's own page (its OA form, its site):
    a company officer's title (``posts/company_officer_titles.txt``) or one of its party organs'
    opening a bracket right after a name, no body written, is an office at the page's
    workplace; None otherwise (a unit's title, 部长, is read by ``own_department``)."""
    x = t.start_char
    if ctx.text[x - 1 : x] not in _BRACKET_OPENERS or not any(
        p.end_char == x - 1 for p in ctx.mentions_in("PERSON", max(0, x - 8), x)
    ):
        return None
    return _officer_at_workplace(ctx, t)


def leading_officer(ctx: ArticleContext, t: Span, sa: int) -> EntityRef | None:
    """副总经理X, 党委副书记X, 副董事长、财务总监X on a company's page (its site, its union's):
    a company officer's title or one of its party organs' opening the clause or following a
    preposition (由), no body written, is an office at the page's
    workplace, as in brackets after a name (``bracketed_officer``); None otherwise."""
    x = t.start_char
    if x > sa and ctx.text[x - 1] not in _OFFICER_OPENERS and not _after_function_word(ctx, x):
        return None
    return _officer_at_workplace(ctx, t)


def _officer_at_workplace(ctx: ArticleContext, t: Span) -> EntityRef | None:
    """The page's company, when the title is one of its officers' (a qualifier before it left off)
    or one of its party organs'."""
    head = t.text.removeprefix(next((q for q in _OFFICER_QUALIFIERS if t.text.startswith(q)), ""))
    if head not in _OFFICER_TITLES and not t.text.startswith(_OFFICER_ORGANS):
        return None
    body = page_workplace(ctx)
    return body if body is not None and body.cls == "Organization" else None


def own_department(
    ctx: ArticleContext,
    t: Span,
    unit_start: Callable[[ArticleContext, int], int],
    is_unit: Callable[[str], object],
) -> tuple[int, EntityRef, str] | None:
    """人力资源部总经理X opening a clause (or after a preposition: 由…主持), no body before
    it in the clause: an office at the page's workplace, its role the unit (with its name
    in brackets, if written) and the title.  ``unit_start`` gives where the words of a name ending at a point start;
    ``is_unit`` whether words are a unit's name (``kg.extract.units``)."""
    end = t.start_char
    setting: EntityRef | None = None
    bracket = _BRACKETED.search(ctx.text, max(0, end - 12), end)
    stop = bracket.start() if bracket else end
    a = unit_start(ctx, stop)
    sa, _ = ctx.sentence_of(end)
    # 选举检修车间党支部书记X为…: the one a vote elects described by the unit and the title, the
    # verb opening the unit's words (the bodies named before it are the vote's, not the unit's)
    vote = max(
        (k + len(v) for v in ELECTING_VERBS if (k := ctx.text.rfind(v, max(sa, a - len(v)), stop)) >= 0), default=-1
    )
    a = max(a, vote)

    def glued(unit: str) -> str:
        """装配|车间主任: the unit with the title's first words, when the title the tagger read
        opens with the unit's ending."""
        if bracket or not unit or is_unit(unit):
            return unit
        return unit + next((t.text[:k] for k in range(1, len(t.text)) if is_unit(unit + t.text[:k])), "")

    if (
        a != vote
        and not _opens(ctx, a, sa)
        and ((cs := _clause_start(ctx, sa, a)) >= a - _MISREAD or _cell_opening(ctx, cs, a))
        and is_unit(glued(ctx.text[cs:stop]))
    ):
        # 制粉车间: the tagger read the unit's first word as a verb; the clause (or the list's
        # cell: 机加一车间) opens with the unit
        a = cs
    unit = glued(ctx.text[a:stop])
    if a == stop or not is_unit(unit) or not (a == vote or _opens(ctx, a, sa)):
        return None
    sa = max(sa, vote)
    bracketed = ctx.text[a - 1 : a] in _BRACKET_OPENERS  # (NAME（生产技术部部长）: a scope of its own)
    if _cell(ctx, a):
        sa = max(sa, ctx.text.rfind("\n", 0, a) + 1)  # (a list's line: the bodies of its own line only)
    if (
        ctx.mentions_in("PERSON", a, end)
        or ctx.mentions_in("TITLE", a, end)
        or (ctx.bodies_in(sa, a) and not bracketed and (setting := _setting(ctx, sa, a)) is None)
    ):
        return None
    if any(x < stop for x, _y in ctx.ref_at.starting_in(a, stop)):
        return None  # (a body named in the words: not a bare unit)
    body = setting or page_workplace(ctx)
    if body is None:
        return None
    role = ctx.text[a : t.end_char]
    # 公司技术中心主任, a branch's 分公司综合管理部经理: the type word is the workplace itself, not the unit's name
    kind = next((w for w in _KIND_WORDS if role.startswith(w) and (w == COMPANY_WORD or body.name.endswith(w))), "")
    if kind and is_unit(unit.removeprefix(kind)):
        role = role.removeprefix(kind)
    return a, body, role


def _setting(ctx: ArticleContext, sa: int, a: int) -> EntityRef | None:
    """在某某有限公司，提纯车间主任X: the company a clause opening the sentence with 在 sets the
    scene in, the clause naming it alone, the unit opening the next clause: that company is the
    unit's workplace, as a page's own is; None otherwise."""
    m = _SETTING.fullmatch(ctx.text, sa, a)
    if m is None:
        return None
    named = [ref for x, y, ref in ctx.bodies_in(sa, a) if (x, y) == m.span(1)]
    return named[0] if named and named[0].cls == "Organization" else None


def _opens(ctx: ArticleContext, a: int, sa: int) -> bool:
    """Whether words at ``a`` open their clause (a sentence, a mark, a quote closing the one
    before: 。”车间主任X说) or follow a preposition or a conjunction."""
    text = ctx.text
    verb = next((v for v in _HOLDING_VERBS if text.endswith(v, sa, a)), "")
    if verb and (a - len(verb) == sa or text[a - len(verb) - 1] in _OPENERS):
        return True  # （兼任人力资源中心总监）: the unit opens the clause after the verb
    return a == sa or text[a - 1] in _OPENERS or _quote_closed(text, a) or _after_function_word(ctx, a) or _cell(ctx, a)


def _cell(ctx: ArticleContext, a: int) -> bool:
    """Whether ``a`` opens a cell right after a name's, set off by spaces in its line (a list's
    line: 14. 郑某 机加一车间主任)."""
    gap = len(ctx.text[:a]) - len(ctx.text[:a].rstrip(_CELL_GAP))
    return gap > 0 and any(p.end_char == a - gap for p in ctx.mentions_in("PERSON", max(0, a - gap - 8), a))


def _cell_opening(ctx: ArticleContext, cs: int, a: int) -> bool:
    """Whether the Han characters from ``cs`` to ``a`` open a list's cell after a name, no
    longer than a unit's short name (14. 郑某 机加一车间主任: 机加一, however the tagger cut it)."""
    return 0 < a - cs <= _SHORT_NAME and _cell(ctx, cs) and all(is_han(c) for c in ctx.text[cs:a])


def _quote_closed(text: str, a: int) -> bool:
    """Whether a quotation ending its sentence closes right before ``a`` (“…。”)."""
    return a >= 2 and text[a - 1] in _QUOTE_CLOSES and text[a - 2] in _SENTENCE_ENDS


def _clause_start(ctx: ArticleContext, sa: int, a: int) -> int:
    """Where the clause holding ``a`` opens: after the last mark or closed quotation before it,
    or a list's cell after a name's (14. 郑某 机加一车间主任)."""
    text = ctx.text
    k = a
    while k > sa and text[k - 1] not in _OPENERS and not _quote_closed(text, k) and not _cell(ctx, k):
        k -= 1
    return k


def _after_function_word(ctx: ArticleContext, x: int) -> bool:
    """Whether the word before ``x`` is a preposition or a conjunction (由, 与: LAC's p, c)."""
    before = ctx.doc.char_span(x - 1, x, alignment_mode="expand")
    return before is not None and before.end_char == x and before[-1].tag_ in _FUNCTION_TAGS
