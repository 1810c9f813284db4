"""What posts and elections share: which body an office is at, and its role.

A title names an office at the body written right before it, and news glues the two in
a few regular ways that this module undoes:

* a title that begins inside the body's name (远大公司工会|副主席, where the title finder
  read 工会副主席) is split where the name ends; one whose head is the body's last
  character (宣传部长: 宣传部 + 部长) is the whole title at the body;
* the organ 工会 inside a title held at a union goes (工会主席 at a union is its 主席),
  while at a company it stays (公司…、工会主席: the company's 工会主席);
* a term (第三届委员会) may stand between the body and the title.

Roles are labelled as the project labels names, in simplified characters (the page's
own spelling is kept on the entities, as aliases); a party committee's short form glued
to a title (县委书记) is the body, and the role is the title (书记), as in the project's
gold; a union's own committee (女职工委员会, 经费审查委员会) is elected with the union, and
its head is the union's office, labelled with the committee (女职工委员会主任), as the
project's gold writes it.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.bare_units import bare_unit
from kg.extract.congress import workplace_union
from kg.extract.context import CONFIDENCE, UNPLACED, ArticleContext, Zone
from kg.extract.glued_units import glued_workplace
from kg.extract.gov_bodies import government, unplaced_before
from kg.extract.host_organs import organ_host
from kg.extract.units import (
    BODY_CLASSES,
    head_repeated,
    held_unit,
    is_title,
    unit_before,
    unit_in_title,
    unit_of,
)
from kg.extract.wordlists import COMPANY_ENDINGS, ELECTING_VERBS, PROFILE_VERBS, UNION_COMMITTEES, UNION_WORD
from kg.extract.workplace import article_union
from kg.lexicon import alternation_of, table, words
from kg.model.facts import EntityRef
from kg.nlp.titles import QUALIFIERS

VENUE = "Place"
# 第三届委员会, 第十二届常委会 between a body and a title
# (公司第一届工会委员会: the term of a body's union, whose offices are the union's)
# (十五届委员会 without 第: the term only with its committee's word, 十五届 alone no term)
TERM = re.compile(
    r"第[一二三四五六七八九十百零〇\d]+届(?:工会)?(?:委员会|常务委员会|常委会)?"
    r"|[一二三四五六七八九十百零〇\d]+届(?:工会)?(?:委员会|常务委员会|常委会)"
)
_TERM_BEFORE = re.compile(f"(?:{TERM.pattern})$")
# a vote naming the union whose new committee it made (选举产生了中国某某第二届全国委员会): the
# words before the term open that union's name (中国某某工会), which may drop 工会
_TERM_OPEN = r"第[一二三四五六七八九十百零〇\d]+届"
_VOTED_BODY = re.compile(
    f"(?:{alternation_of(ELECTING_VERBS)})(?:产生)?了?(?P<stem>[\u4e00-\u9fff]{{2,20}}?){_TERM_OPEN}"
)
# the smallest places of residence (…村, …社区): they hold offices themselves
VILLAGE_HEADS = words("bodies/village_heads.txt")
# the name of a party committee (中共X委员会)
PARTY_OPEN, PARTY_CLOSE = "中共", "委员会"
# the union of an area's own level (市总工会): its committees are named by the level (市女职工委员会)
LEVEL_UNION = "总工会"
_SPREAD_SPACES = re.compile("[ \u3000]+")
# words of how an office is held before its title (挂职副主席): no other office
TENURE_QUALIFIERS = words("posts/tenure_qualifiers.txt")
INNER_TIME_MARKS = words("posts/inner_time_marks.txt")
# the head of an area's government (副区长 -> 区), a qualifier and 副 before it
GOVERNMENT_HEADS = dict(table("posts/government_heads.tsv", header=True))
# titles held at one named body (立法委员: the 立法院), whatever is written before them
BODY_TITLES = dict(table("posts/body_titles.tsv", header=True))
# members of the council of the area glued before the title (观塘区议员: the 观塘区议会)
COUNCIL_TITLES = dict(table("posts/council_titles.tsv", header=True))
# a body named without its name before a title (本会理事长X, 我院院长X, 联合会主席X): the
# page's own, or the one named last
OWN_BODY_WORDS = {
    w: (refers, tuple(endings.split(","))) for w, refers, endings in table("posts/own_body_words.tsv", header=True)
}
_GOVERNMENT_HEAD = re.compile(
    f"(?:{alternation_of(words(QUALIFIERS))})?副?"
    f"(?P<head>{alternation_of((*GOVERNMENT_HEADS, *BODY_TITLES, *COUNCIL_TITLES))})"
)


def title_from(text: str, pos: int, t: Span) -> str | None:
    """The title ``t`` as read from ``pos``, where a body's name ends: the rest of it
    (远大公司工会|副主席), or the whole when its head is the body's last character
    (宣传部|长: 宣传部长 is the 宣传部's 部长); None when neither is a title."""
    if is_title(text[pos : t.end_char]):
        return text[pos : t.end_char]
    return t.text if t.start_char == pos - 1 else None


def role_at(ref: EntityRef, role: str) -> tuple[EntityRef, str]:
    """The office's body and role, the organ 工会 dropped from a role at a union, a word of
    how it is held dropped (兼职副主席: ``posts/tenure_qualifiers.txt``), and the spaces of a
    title spread to line up a list (主  席).  (A union committee's clipped short form in the
    role is written in full at the end: ``union_committees.full_committee_roles``.)"""
    role = _SPREAD_SPACES.sub("", role)
    if ref.cls == "TradeUnion" and role.startswith(UNION_WORD) and len(role) > len(UNION_WORD):
        role = role[len(UNION_WORD) :]
    tenure = next((q for q in TENURE_QUALIFIERS if role.startswith(q) and len(role) > len(q)), "")
    return ref, role[len(tenure) :]  # 兼职副主席: the office is 副主席, held part-time


def is_government_head(title: str) -> bool:
    """副区长, 市长: the head of an area's government, an office at no other body (nor is
    a title of body_titles.tsv: 立法委员)."""
    return _GOVERNMENT_HEAD.fullmatch(title) is not None


def government_at(ctx: ArticleContext, title: str, at: int, clause: int) -> tuple[int, EntityRef] | None:
    """副区长 at ``at``: an office at the people's government of the area (where the office's
    name starts, and that government).  The area is the one glued to the title (雨花区副区长),
    else the one of its level the clause named last (雨花区委副书记、区长), else the area of
    that level in context (the page's): a bare 副市长 is 市政府副市长, as a bare 市政府 is
    read (a head names its government's office even where the text never writes 市政府).
    None for other titles."""
    m = _GOVERNMENT_HEAD.fullmatch(title)
    if m is None:
        return None
    if m.group("head") in BODY_TITLES:  # 立法委员: a member of the 立法院
        name = BODY_TITLES[m.group("head")]
        ref = EntityRef(ctx.lex.national_bodies[name][1], name)
        ctx.facts.entity(ref, mention=False)
        return at, ref
    if m.group("head") in COUNCIL_TITLES:
        return _council_at(ctx, COUNCIL_TITLES[m.group("head")], at, clause)
    level = GOVERNMENT_HEADS[m.group("head")]
    if level not in ctx.lex.level_words:
        return None  # 副师长: the head of a unit that is no area of the registry (a corps' division)
    named = [(x, y, area) for x, y, area in ctx.areas_in(clause, at) if y <= at and area.name.endswith(level)]
    if named and not isinstance(named[-1][2], Zone):
        x, y, area = named[-1]
        return (x if y == at else at), government(ctx, area)
    # 定城镇委书记、镇长X, where the registry has several 定城镇: that town's government
    # (an area whose name ends with the level word: a 市长 is no province's, 安徽省 on a page of 阜阳市)
    area = unplaced_before(ctx, level, at, clause) or ctx.context_area(ctx.lex.level_words[level], at, level)
    if area is None or (isinstance(area, Zone) and area.level != UNPLACED):
        return None
    return at, government(ctx, area)


def _council_at(ctx: ArticleContext, word: str, at: int, clause: int) -> tuple[int, EntityRef] | None:
    """观塘区议员 at ``at``: the council (level_bodies.tsv's ``word``: 议会) of the area whose
    name ends where the title starts, and where that name starts; None when no area is
    glued to the title (a bare 议员 names no council).  An area named by a level word alone
    (东区, 南区) writes the level again before the title (东区区议员: the 东区区议会)."""
    text = ctx.text
    glued = [
        (x, y, area)
        for x, y, area in ctx.areas_in(clause, at)
        if not isinstance(area, Zone) and (y == at or (y == at - 1 and _named_by_level(area.name, text[x:y], text[y])))
    ]
    if not glued:
        return None
    x, y, area = glued[-1]
    again = text[y:at]  # (东区区议会: the council's name writes the level again too)
    template, cls = ctx.lex.level_bodies[word]
    ref = EntityRef(cls, template.format(area=area.name + again))
    info = ctx.facts.entity(ref, mention=False)
    info.aliases.update(form + again + word for form in {ctx.qualified(area), text[x:y]} if form != area.name)
    return x, ref


def _named_by_level(name: str, written: str, again: str) -> bool:
    """东区 before 区议员: an area named by one character and its level word, written in full
    with the level again before the title (东区区议员).  An area of a longer name takes the
    title right after its stem (观塘区议员); 观塘区区议员 names no council by its name."""
    return len(name) == 2 == len(written) and name[-1] == written[-1] == again


def body_by_word(ctx: ArticleContext, word: str, x: int) -> EntityRef | None:
    """The body a word of ``own_body_words.tsv`` written at ``x`` names: 本会, 我院 — the
    page's own (the site whose page it is, when its name ends so, else the first body of
    that ending the article names; a union's page the union it is about); 该会, 联合会 —
    the one of that ending named last before (a body named again by its head alone)."""
    refers, endings = OWN_BODY_WORDS[word]
    if endings == (UNION_WORD,):
        return article_union(ctx) if refers == "page" else ctx.union_before(x) or article_union(ctx)
    if refers == "page" and (outlet := ctx.article.outlet) and outlet.endswith(endings):
        # the site's own name (信息来源：某妇幼保健院, read from the page's furniture)
        body = EntityRef("Organization", outlet)
        ctx.add(body, None, (x, x + len(word)), CONFIDENCE["context"])
        return body
    named = [_whole_of(ctx, ref, endings) for _, _, ref in ctx.bodies_in(0, x)]
    named = [ref for ref in named if ref.name.endswith(endings)]
    return (named[0] if refers == "page" else named[-1]) if named else None


def _whole_of(ctx: ArticleContext, ref: EntityRef, endings: tuple[str, ...]) -> EntityRef:
    """走进某公司生产车间 … 企业工会主席X: a unit of a body (its workshop, its department) names
    that body too — the body it is part of, when its name ends as ``endings`` say; so does
    a workplace's union (某银行工会 … 行长X: the bank, when the article names it)."""
    host = EntityRef("Organization", ref.name.removesuffix(UNION_WORD))
    if ref.cls == "TradeUnion" and host.name != ref.name and host.name.endswith(endings) and host in ctx.facts.entities:
        return host  # 某银行工会举办… 行党委书记X: a workplace's union names the workplace
    info = ctx.facts.entities.get(ref)
    parent = info.parent if info is not None else None
    if ref.name.endswith(endings) or parent is None or not parent.name.endswith(endings):
        return ref
    return parent if ref.name.startswith(parent.name) else ref


def voted_union(ctx: ArticleContext, at: int) -> EntityRef | None:
    """The union a vote told in the sentence before ``at`` names (选举产生了中国某某第二届全国
    委员会，A当选为主席): the one whose name, or a name it goes by, the words before the term
    open; None when the sentence tells no vote or no union is named so.  (The union named
    last may be a description: 全国各级某某工会.)"""
    sa, _ = ctx.sentence_of(at)
    stem = None
    for m in _VOTED_BODY.finditer(ctx.text, sa, at):
        stem = m.group("stem")
    if stem is None:
        return None
    for ref, info in ctx.facts.entities.items():
        if ref.cls == "TradeUnion" and any(n.startswith(stem) for n in (ref.name, *info.aliases)):
            return ref
    return None


def time_mark_before(text: str, at: int) -> str:
    """The mark of an office's time right before ``at`` (现任, 原, 前 …: ``posts/inner_time_marks.txt``),
    else ""."""
    return next((m for m in INNER_TIME_MARKS if text.startswith(m, at - len(m))), "")


def body_before(ctx: ArticleContext, t: Span, past: bool = False) -> tuple[int, EntityRef, str] | None:
    """The body a title ``t`` names an office at, where that body's name starts, and the
    role as printed; None when no body is written before the title.  A mark of the office's
    time may stand between them: 现任 (某工会现任秘书长X), and with ``past`` (the caller tells
    the office a past one) 原, 前 (某工会前理事长X).
    """
    start = t.start_char
    # a body whose name ends inside the title (the longest such)
    inside = [span for y in range(start + 1, t.end_char) for span in ctx.ref_at.by_end.get(y, ())]
    for x, y in sorted(inside):
        ref = ctx.ref_at[(x, y)]
        if ref.cls not in BODY_CLASSES or x >= start:
            continue
        rest = ctx.text[y : t.end_char]
        if is_title(rest):
            return (x, *held_unit(ctx, *role_at(ref, rest)))
        if y == start + 1:
            # 宣传部长, 教育厅长: the title's head is the body's last character, written once
            return (x, *role_at(ref, t.text))
    repeated = head_repeated(ctx, t)
    if repeated is not None:
        return (repeated[0], *role_at(repeated[1], repeated[2]))
    term = _TERM_BEFORE.search(ctx.text, max(0, start - 12), start)
    end = term.start() if term else start
    if term is None and (mark := time_mark_before(ctx.text, start)) and (past or mark in PROFILE_VERBS):
        end = start - len(mark)
    best = None
    for x, y in ctx.ref_at.by_end.get(end, ()):
        ref = ctx.ref_at[(x, y)]
        if (ref.cls in BODY_CLASSES or _self_governed(ref) or ref.cls == VENUE) and (best is None or x < best[0]):
            best = (x, ref)
    if best is not None and best[1].cls == VENUE:
        best = (best[0], workplace(ctx, best[1], (best[0], end)))
    if best is None and term is not None and UNION_WORD in term.group():
        # 第二届工会委员会主席X, no body written: the union of the company named last
        # before (the page's), else the union the article is about
        union = workplace_union(ctx, term.start(), (term.start(), start)) or article_union(ctx)
        return None if union is None else (term.start(), *role_at(union, t.text))
    if best is None:
        return unit_before(ctx, t) or unit_in_title(ctx, t) or bare_unit(ctx, t)
    x, ref = best
    if term is not None and UNION_WORD in term.group():
        ref = union_of(ctx, ref, (x, term.end()))
    whole = unit_of(ctx, x, ref)
    if whole is not None:
        x, ref = whole
    if (glued := glued_workplace(ctx, x, ref)) is not None:
        return (glued[0], glued[1], ref.name + t.text)  # 省人社厅|职业能力建设处|处长: the 厅's
    if (hosted := organ_host(ctx, ref, t.text)) is not None:
        return (x, *hosted)  # 项目经理部党工委|书记: the organ's office is its host's (党工委书记)
    return (x, *held_unit(ctx, *committee_at(ctx, *role_at(ref, t.text), x)))


def union_of(ctx: ArticleContext, ref: EntityRef, span: tuple[int, int]) -> EntityRef:
    """公司第一届工会委员会主席: a body's union term names the union of the body, a company's
    union made under the company's name (a union stays itself)."""
    if ref.cls != "Organization":
        return ref
    union = EntityRef("TradeUnion", ref.name + UNION_WORD)
    ctx.add(union, None, span, CONFIDENCE["context"])
    return union


def party_host(ctx: ArticleContext, body: EntityRef) -> EntityRef:
    """东方路桥党委副书记、总经理X: a title with no organ after an office at a company's party
    committee (中共<company>委员会) is the company's, when the article names the company."""
    host = EntityRef("Organization", body.name.removeprefix(PARTY_OPEN).removesuffix(PARTY_CLOSE))
    if body.name.startswith(PARTY_OPEN) and body.name.endswith(PARTY_CLOSE) and host in ctx.facts.entities:
        return host if host.name.endswith(COMPANY_ENDINGS) else body
    return body


def workplace(ctx: ArticleContext, venue: EntityRef, span: tuple[int, int]) -> EntityRef:
    """在某干部学校开班 … 某干部学校党组书记X: a place the page reads as an event's venue is,
    before a title, the workplace whose office it is — an organisation of the same name,
    which the place's mentions become (no place and body of one name side by side)."""
    org = EntityRef("Organization", venue.name)
    info = ctx.add(org, None, span, CONFIDENCE["pattern"])
    place = ctx.facts.entities.get(venue)
    if place is not None:  # one body, read first as a place: the place is the workplace
        info.located_in = info.located_in or place.located_in
        info.parent = info.parent or place.parent
        ctx.merge({venue: org})
    return org


def _self_governed(ref: EntityRef) -> bool:
    """A community or a village (北关街社区, 新桥村): an area that governs itself through
    its committee, so that its 书记 or 主任 holds an office at it."""
    return ref.cls == "AdministrativeArea" and ref.name.endswith(VILLAGE_HEADS)


def committee_at(ctx: ArticleContext, ref: EntityRef, role: str, at: int) -> tuple[EntityRef, str]:
    """某工会女职工委员会主任: the head of a union's own committee holds an office of the
    union, its role the committee and the title (女职工委员会主任); other bodies as given.
    A committee named by its level (市女职工委员会, at ``at``) is that of the level's union
    named last before it (…市总工会副主席、市女职工委员会主任); one named by a company's kind
    (公司女职工委员会) is that of the company's union named last before it."""
    for word in UNION_COMMITTEES:
        if ref.cls == "TradeUnion" or not ref.name.endswith(word) or len(ref.name) == len(word):
            continue
        info = ctx.facts.entities.get(ref)
        union = info.parent if info is not None and info.parent is not None else None
        if union is None or union.name != ref.name[: -len(word)]:
            union = EntityRef("TradeUnion", ref.name[: -len(word)])
        if union.cls == "TradeUnion" and union in ctx.facts.entities:
            return union, word + role
        level = ref.name[: -len(word)]
        named = ctx.union_before(at)
        if named is not None and len(level) == 1 and named.name.endswith(level + LEVEL_UNION):
            return named, word + role
        if named is not None and level in COMPANY_ENDINGS and named.name.endswith(level + UNION_WORD):
            # 公司女职工委员会主任X: the committee of the company's union named last before
            return named, word + role
    return ref, role
