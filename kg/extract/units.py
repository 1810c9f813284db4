"""Family *posts*: units of bodies named before a title, and what a title is.

A title is often held at a unit of a body rather than at the body: a department, a
workshop, a detachment (远大公司工程技术部经理, 人民医院护理部主任, 监察支队支队长).  The name
finders read the body; the unit between it and the title, or glued into it, is read here
by its ending (``posts/unit_endings.txt``, ``posts/long_unit_endings.txt``), as a body of
its own under the body named before it.  ``kg.extract.offices`` asks these functions once
no body is written right before a title.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.wordlists import COMPANY_ENDINGS, LEADING_VERBS, LEGAL_FORMS
from kg.extract.workplace import own_department, page_workplace
from kg.lexicon import alternation_of, table, words
from kg.model.facts import EntityRef
from kg.nlp.titles import QUALIFIERS, compound_title_pattern, read_titles

BODY_CLASSES = ("TradeUnion", "Organization")
# a unit (工程技术部, 第一车间) between a body and a title: two to eight characters
UNIT_ENDINGS = words("posts/unit_endings.txt")
LONG_UNIT_ENDINGS = words("posts/long_unit_endings.txt")
# the head of a section (科长) after a department (…司) is at the department, and those departments' endings
SECTION_HEADS = frozenset(words("posts/section_heads.txt"))
HEADED_DEPARTMENTS = words("bodies/headed_department_endings.txt")
# a union's or a company's unit whose head's office is the union's or the company's
HELD_UNIT_ENDINGS = words("posts/held_unit_endings.txt")
# a company's team or station (装卸二队, 光伏电站), held at the company as its workshop is; a union's stays a body
COMPANY_UNIT_ENDINGS = words("posts/company_unit_endings.txt")
# an office's smallest section (股), held at the office whatever its kind (县某局群众体育股股长)
SECTION_UNIT_ENDINGS = words("posts/section_unit_endings.txt")
# a hospital's departments (急诊科, 护理部), held at the hospital as a company's workshop is
WORKPLACE_UNIT_ENDINGS = {
    body: tuple(ends.split(",")) for body, ends in table("posts/workplace_unit_endings.tsv", header=True)
}
_WORKPLACE_UNITS = tuple(e for ends in WORKPLACE_UNIT_ENDINGS.values() for e in ends)
_GLUED = re.compile("[\u4e00-\u9fff]+")
# a township's government (its town hall) and one of its offices (党政办公室, 农业农村办公室)
_TOWN_HALL_OFFICE = re.compile(
    "(?P<hall>[\u4e00-\u9fff]{2,12}?(?:镇人民政府|乡人民政府|街道办事处))(?P<unit>[\u4e00-\u9fff]{1,8}办公室)"
)
# (or two fields joined by 和, as a union's departments are named: 经济技术和权益保障部)
_AND = "和"
# how long a unit's name between a body and a title may be (and when two fields are joined)
_UNIT_LENGTH, _JOINED_LENGTH = 8, 10
_HAN = "[\u4e00-\u9fff]"
_UNIT = re.compile(f"(?:{_HAN}{{1,7}}|{_HAN}{{2,6}}{_AND}{_HAN}{{2,6}})(?:{alternation_of(UNIT_ENDINGS)})")
_TITLE = compound_title_pattern(read_titles())
# LAC's tags of the words a unit's name is made of (质检部/ORG; 职业/n 安全/an 健康厅/n)
_NAME_TAGS = frozenset({"n", "nz", "nw", "an", "vn", "ORG", "LOC"})
# how long the one word naming a workshop by its process is (缝纫, 提纯, 总装)
_PROCESS = 2
# how long a unit's name written bare may be (_UNIT: up to seven characters and the ending)
_UNIT_REACH = 10
# how many characters of a head's title may stand before the title read (监察大队副大|队长)
_REPEATED_HEAD = 2
# the marks of a list's entries and of clauses: a unit after one opens an entry
_ENTRY_MARKS = frozenset("、，,；;：:。\n")
# words naming a body by pointing at one named before (该所, 本院: posts/own_body_words.tsv): no name
_POINTING_WORDS = frozenset(row[0] for row in table("posts/own_body_words.tsv", header=True))
# a mark of an office's time (原, 前) between a body and its unit (某中心原清扫一队队长): no word of the unit's
TIME_MARKS = words("posts/inner_time_marks.txt")
# words before a head's title making a kind of it (助理处长, 署理局长, 常务副局长): the head word after them
_HEAD_QUALIFIERS = words(QUALIFIERS)


def is_title(text: str) -> bool:
    """Whether ``text`` is a title as the title finder reads them (挂职副主席, 书记)."""
    return _TITLE.fullmatch(text) is not None


def head_repeated(ctx: ArticleContext, t: Span) -> tuple[int, EntityRef, str] | None:
    """监察支队支队长 read as 队长: a title whose first characters (支) stand between a body
    and it, the body's name ending with them and the title's head (支队), is the body's
    head written whole (支队长) — not a unit 支队 of the body."""
    start = t.start_char
    for j in (1, 2):
        left = ctx.text[start - j : start]
        if len(left) < j or not _GLUED.fullmatch(left):
            return None
        for x, y in ctx.ref_at.by_end.get(start - j, ()):
            ref = ctx.ref_at[(x, y)]
            if ref.cls in BODY_CLASSES and x < start - j and ctx.text.endswith(left + t.text[0], x, y):
                return (x, ref, left + t.text)
    return None


def unit_of(ctx: ArticleContext, x: int, unit: EntityRef) -> tuple[int, EntityRef] | None:
    """安徽建工集团引江济淮工程派|河口船闸项目部: a unit's name read short, when the text glued
    before it goes back to a body's name, is that body's unit under the whole name (the name
    glued between may be misread as a person's: 某某有限公司|牡绥|高速改扩建项目部)."""
    if unit.cls != "Organization" or not unit.name.endswith(LONG_UNIT_ENDINGS):
        return None
    for k in range(x - 1, max(0, x - 13), -1):
        if not _GLUED.fullmatch(ctx.text[k:x]) or ctx.mentions_in("TITLE", k, x):
            return None
        bodies = [(b, ctx.ref_at[(b, y)]) for b, y in ctx.ref_at.by_end.get(k, ())]
        bodies = [(b, ref) for b, ref in bodies if ref.cls in BODY_CLASSES]
        if bodies:
            b, parent = bodies[0]
            if ctx.mentions_in("PERSON", k, x) and not _is_company(parent):
                return None  # (glued between a company's legal form and its project (某某有限公司牡绥高速…): no name)
            name = ctx.text[b:k] + ctx.text[k:x] + unit.name
            ref = EntityRef("Organization", parent.name + ctx.text[k:x] + unit.name)
            info = ctx.add(ref, name, (b, x + len(unit.name)), CONFIDENCE["pattern"])
            info.aliases.discard(ref.name)
            info.parent = parent
            ctx.merge({unit: ref})  # (the short read is the whole unit's: no body of its own)
            return b, ref
    return None


def unit_before(ctx: ArticleContext, t: Span) -> tuple[int, EntityRef, str] | None:
    """远大公司工程技术部经理: a unit of a body, named between the body and the title and
    ending as units do (部, 车间, 办公室), is the office's body — a body of its own, under
    the one named before it; its last character may open the title (劳工局长: 劳工局 + 局长).
    A section's head after a department (某部劳动关系司科长) is at the department.  A union's
    department or a company's department or workshop (``posts/held_unit_endings.txt``) is
    no body of its own: its head holds the office at the union or the company, the role
    the unit and the title (市总工会组织部部长: 组织部部长)."""
    start = t.start_char
    for k in range(start - 1, max(0, start - _JOINED_LENGTH - 1), -1):
        unit, end = ctx.text[k:start], start
        if len(unit) > _UNIT_LENGTH and _AND not in unit:
            continue  # (a longer name only of two fields joined: 经济技术和权益保障部)
        if t.text in SECTION_HEADS and unit.endswith(HEADED_DEPARTMENTS) and _GLUED.fullmatch(unit) and len(unit) > 2:
            pass  # 劳动部劳动关系司科长: a section's head at the department (科 is no end of its name)
        elif not _UNIT.fullmatch(unit) and _UNIT.fullmatch(unit + t.text[0]) and is_title(t.text):
            unit, end = unit + t.text[0], start + 1  # 市政府劳工局长: the unit's end opens the title (局长)
        elif not _UNIT.fullmatch(unit) or k == start - 1:
            continue
        if ctx.mentions_in("PERSON", k, start) or ctx.areas_in(k, start):
            continue
        if unit.endswith(SECTION_UNIT_ENDINGS) and not t.text.removeprefix("副").startswith(unit[-1]):
            continue  # (某某控股董事长: a section is read before its own head's title only, 股长)
        bodies = [(x, ctx.ref_at[(x, y)]) for x, y in ctx.ref_at.by_end.get(k, ())]
        bodies = [(x, ref) for x, ref in bodies if ref.cls in BODY_CLASSES]
        if not bodies:
            continue
        x, parent = bodies[0]
        # 某中心原清扫一队|队长: the mark of time is the link's (kg.extract.office_times), not the unit's
        unit = unit.removeprefix(next((m for m in TIME_MARKS if unit.startswith(m) and len(unit) > len(m) + 1), ""))
        if _held_at(unit, parent):
            return (x, parent, unit + t.text[end - start :])  # 市总工会组织部|部长: 组织部部长 of the union
        ref = EntityRef("Organization", parent.name + unit)
        info = ctx.add(ref, ctx.text[x:end], (x, end), CONFIDENCE["pattern"])
        info.aliases.update(alias + unit for alias in ctx.facts.entities[parent].aliases)
        info.aliases.discard(ref.name)
        info.parent = parent
        return (x, ref, t.text)
    return None


def _held_at(unit: str, parent: EntityRef) -> bool:
    """Is ``unit`` no body of its own, its head's office at ``parent``: a union's or a
    company's department or workshop, a hospital's department (``posts/workplace_unit_endings.tsv``),
    or any office's smallest section (股)?"""
    if unit.endswith(SECTION_UNIT_ENDINGS):
        return True
    if parent.cls == "Organization" and any(
        parent.name.endswith(body) and unit.endswith(ends) for body, ends in WORKPLACE_UNIT_ENDINGS.items()
    ):
        return True
    if unit.endswith(COMPANY_UNIT_ENDINGS) and _is_company(parent):
        return True
    return unit.endswith(HELD_UNIT_ENDINGS) and (parent.cls == "TradeUnion" or _is_company(parent))


def held_unit(ctx: ArticleContext, ref: EntityRef, role: str) -> tuple[EntityRef, str]:
    """赣州市总工会宣传教育部|部长, 某某有限公司涂装车间|主任: an office at a union's or a
    company's unit read as one body (``posts/held_unit_endings.txt``) is the union's or the
    company's, the role the unit and the title (宣传教育部部长); such a unit named bare, no
    body before it, on a company's page (生产技术部部长) is that company's; other bodies as given."""
    if ref.cls == "Organization" and (office := _TOWN_HALL_OFFICE.fullmatch(ref.name)) is not None:
        # 某县某镇人民政府农业农村办公室|副主任: a town hall's office is no body of its own
        hall = EntityRef("Organization", office.group("hall"))
        ctx.facts.entity(hall, mention=False)
        return hall, office.group("unit") + role
    if ref.cls != "Organization" or not ref.name.endswith(
        (*HELD_UNIT_ENDINGS, *COMPANY_UNIT_ENDINGS, *SECTION_UNIT_ENDINGS, *_WORKPLACE_UNITS)
    ):
        return ref, role
    info = ctx.facts.entities.get(ref)
    heads = [info.parent] if info is not None and info.parent is not None else []
    heads += [b for b in ctx.facts.entities if b.cls in BODY_CLASSES and ref.name.startswith(b.name) and b != ref]
    for parent in heads:
        unit = ref.name.removeprefix(parent.name)  # (a unit named bare under its parent: the name)
        # (the unit may be its ending alone: 县总工会|办公室|主任)
        if (_UNIT.fullmatch(unit) or (len(unit) > 1 and unit in HELD_UNIT_ENDINGS)) and _held_at(unit, parent):
            if unit.endswith(LONG_UNIT_ENDINGS) and unit not in LONG_UNIT_ENDINGS and _is_company(parent):
                return parent, role  # 某公司某高速改扩建项目部|总工程师: the company's staff on its project
            return parent, unit + role
    if not heads and _UNIT.fullmatch(ref.name) and (workplace := page_workplace(ctx)) is not None:
        # 生产技术部|部长 named bare on a company's page: the company's; the company's trade
        # may open it (酒店人力资源部|经理 of 某某度假酒店有限公司: 人力资源部经理)
        return workplace, _without_trade(ref.name, workplace) + role
    return ref, role


def _without_trade(unit: str, workplace: EntityRef) -> str:
    """A unit's name without the word opening it that names the workplace by its trade (the
    end of its name before the legal form: 酒店人力资源部 of a 度假酒店有限公司) or its kind
    (公司人力资源部), when what is left is still a unit's name."""
    trade = workplace.name.removesuffix(next((f for f in LEGAL_FORMS if workplace.name.endswith(f)), ""))
    for n in range(len(unit) - 3, 0, -1):
        if (trade.endswith(unit[:n]) or unit[:n] in COMPANY_ENDINGS) and _UNIT.fullmatch(unit[n:]):
            return unit[n:]
    return unit


def unit_then_title(ctx: ArticleContext, pos: int, body: EntityRef) -> tuple[Span, str] | None:
    """该会|权益保障部部长 after a body (or a word pointing back at it) at ``pos``: a unit of
    ``held_unit``'s kind (a union's or a company's department, a workshop), then a title
    touching it: the title and the role written with the unit (权益保障部部长), as
    ``held_unit`` reads it at the union or the company; the title may open with the unit's
    ending (维修|车间主任: the tagger's title takes the workshop's word); None otherwise."""
    if not (body.cls == "TradeUnion" or _is_company(body)):
        return None
    for t in ctx.mentions_in("TITLE", pos + 1, pos + _UNIT_REACH + 1):
        unit = ctx.text[pos : t.start_char]
        ending = next((e for e in HELD_UNIT_ENDINGS if t.text.startswith(e) and len(t.text) > len(e)), "")
        if not _GLUED.fullmatch(unit) or not _UNIT.fullmatch(unit + ending):
            continue
        if (unit + ending).endswith(HELD_UNIT_ENDINGS):
            return t, unit + t.text
    return None


def unit_in_title(ctx: ArticleContext, t: Span) -> tuple[int, EntityRef, str] | None:
    """洛阳某段检修车间主任X: a title opening with a unit's word (车间主任), the rest of the
    unit's name (检修) glued between a body and it: an office at the body, its role the
    unit and the title (检修车间主任), as a company's workshop is read (公司总装车间主任,
    ``kg.extract.bare_titles.workshop``)."""
    start = t.start_char
    ending = next((e for e in UNIT_ENDINGS if t.text.startswith(e) and is_title(t.text[len(e) :])), None)
    if ending is None:
        return None
    for k in range(start - 1, max(0, start - _UNIT_REACH // 2) - 1, -1):
        if not _GLUED.fullmatch(ctx.text[k:start]) or ctx.mentions_in("PERSON", k, start) or ctx.areas_in(k, start):
            return None
        words_between = ctx.doc.char_span(k, start, alignment_mode="expand") or ()
        if words_between and words_between.start_char < k and not ctx.ref_at.by_end.get(k):
            continue  # (缝|纫车间主任: half a word, no body ending in it; the whole word next)
        bodies = [(x, ctx.ref_at[(x, y)]) for x, y in ctx.ref_at.by_end.get(k, ())]
        bodies = [(x, ref) for x, ref in bodies if ref.cls in BODY_CLASSES and x < k]
        # 某某有限公司缝纫|车间主任: a workshop named by its process, one word the tagger reads
        # as a verb, glued to a company's full name, is the workshop's name
        process = (
            len(words_between) == 1 and len(words_between[0]) == _PROCESS and any(_is_company(b) for _, b in bodies)
        )
        if not process and any(w.tag_ not in _NAME_TAGS for w in words_between):
            return None  # 总工会慰问了车间主任X: a verb, no unit's name
        if bodies:
            return (bodies[0][0], bodies[0][1], ctx.text[k:start] + t.text)
    return None


def bare_unit(ctx: ArticleContext, t: Span) -> tuple[int, EntityRef, str] | None:
    """A unit written bare before the title of its head, no body glued before it (where the
    unit's name starts, the office's body, the role):

    * a company's department in the clause that names the company (某某有限公司…负责人是
      质检部部长X): an office at that company, its role the unit and the title
      (质检部部长), as the text names no body of the unit;
    * a unit opening an entry of a list, its head written with the unit's last word again
      (、职业安全健康厅厅长X): the word that ends the unit and opens the title tells that it
      names a body, of its own (no body before it says whose unit it is);
    * a department opening its clause on a workplace's page (人力资源部总经理X): the page's
      workplace's (``kg.extract.workplace``).
    """
    return (
        _department(ctx, t)
        or _led_unit(ctx, t)
        or _entry_unit(ctx, t)
        or own_department(ctx, t, _name_words_before, _UNIT.fullmatch)
    )


def _department(ctx: ArticleContext, t: Span) -> tuple[int, EntityRef, str] | None:
    """某某有限公司…负责人是质检部部长X: the unit (the words of a name right before the title)
    is a department of the company the clause names last, no mark or person between."""
    start = t.start_char
    a = _name_words_before(ctx, start)
    unit = ctx.text[a:start]
    if not _UNIT.fullmatch(unit) or ctx.mentions_in("PERSON", a, start) or ctx.mentions_in("TITLE", a, start):
        return None
    sa, _ = ctx.sentence_of(start)
    named = [(x, y, ref) for x, y, ref in ctx.bodies_in(sa, a) if y <= a]
    if not named or not _is_company(named[-1][2]):
        return None
    y = named[-1][1]
    if _ENTRY_MARKS.intersection(ctx.text[y:a]) or ctx.mentions_in("PERSON", y, a):
        return None
    return (a, named[-1][2], unit + ctx.text[start : t.end_char])


def _led_unit(ctx: ArticleContext, t: Span) -> tuple[int, EntityRef, str] | None:
    """区总工会副主席A带领法律工作部部长B: a union's or a company's department (its ending one of
    ``posts/held_unit_endings.txt``) written bare after the verb by which an officer of a body
    leads its head is a department of that body, the leader's: an office at the body, its
    role the unit and the title (法律工作部部长), as the body's own department is read."""
    start = t.start_char
    a = _name_words_before(ctx, start)
    unit = ctx.text[a:start]
    if not _UNIT.fullmatch(unit) or not unit.endswith(HELD_UNIT_ENDINGS):
        return None
    if ctx.mentions_in("PERSON", a, start) or ctx.mentions_in("TITLE", a, start):
        return None
    verb = next((v for v in LEADING_VERBS if ctx.text.endswith(v, 0, a)), None)
    if verb is None:
        return None
    led = a - len(verb)
    leader = next((p for p in ctx.mentions_in("PERSON", max(0, led - 8), led) if p.end_char == led), None)
    if leader is None:
        return None
    # the leader's title right before the name, the body before it (区总工会副主席A: the union)
    bodies = [
        ctx.ref_at[(x, y)]
        for x, y in ctx.ref_at.starting_in(max(0, leader.start_char - _UNIT_REACH * 2), leader.start_char)
        if y < leader.start_char and is_title(ctx.text[y : leader.start_char])
    ]
    body = next((ref for ref in reversed(bodies) if ref.cls in BODY_CLASSES), None)
    return None if body is None else (a, body, unit + t.text)


def _entry_unit(ctx: ArticleContext, t: Span) -> tuple[int, EntityRef, str] | None:
    """、职业安全健康厅厅长X: the words from the mark opening the entry to a title (副)X长 whose X
    ends them are a body of its own (a qualifier may open the title: 劳工处助理处长X).  The
    head may repeat the unit's last two characters, the title read from the second
    (监察大队副大|队长: 副大队长), and the unit may open with its area's name (、某镇劳动保障所所长X:
    the town's office, named so).  On a company's page a unit of the company's kind (、某光伏电站站长X)
    is the company's, as ``held_unit`` reads it."""
    start = t.start_char
    sa, _ = ctx.sentence_of(start)
    reach = max(sa, start - _UNIT_REACH)
    a = max([reach - 1] + [ctx.text.rfind(mark, reach, start) for mark in _ENTRY_MARKS]) + 1
    opened = a == sa or ctx.text[a - 1] in _ENTRY_MARKS
    for end in range(start, max(a, start - _REPEATED_HEAD) - 1, -1):
        unit, title = ctx.text[a:end], ctx.text[end : t.end_char]
        head = title.removeprefix(next((q for q in _HEAD_QUALIFIERS if title.startswith(q)), ""))
        # (the words before the title read are the head's only when they repeat the unit's end)
        repeated = unit[-1:] if end == start else unit[-_REPEATED_HEAD:]
        if opened and _UNIT.fullmatch(unit) and head.removeprefix("副").startswith(repeated):
            break
    else:
        return None
    if ctx.mentions_in("PERSON", a, end) or ctx.mentions_in("TITLE", a, end):
        return None  # (a person or a title in the words: no one name)
    if unit in _POINTING_WORDS:
        return None  # 。该所所长X: the body named before, pointed back at (bare_titles.own_body)
    if any(ctx.ref_at[s].cls != "AdministrativeArea" for s in ctx.ref_at.starting_in(a, end)):
        return None  # (a body in the words: no one name; an area opens the unit's name)
    named = _named_with_ending(ctx, unit, a)
    if named is not None:
        return (a, named, title)
    if (workplace := page_workplace(ctx)) is not None and _held_at(unit, workplace):
        return (a, workplace, unit + title)  # 、某光伏电站站长X on a company's page: its station, no body
    ref = EntityRef("Organization", unit)
    ctx.add(ref, unit, (a, end), CONFIDENCE["pattern"])
    return (a, ref, title)


def _named_with_ending(ctx: ArticleContext, unit: str, before: int) -> EntityRef | None:
    """。工作站站长X after 某区总工会职工法律援助工作站 was named: the unit is that body named
    again by its kind (the last body named before whose longer name ends with it), no body
    of its own."""
    for x, y in reversed(ctx.ref_at.starting_in(0, before)):
        ref = ctx.ref_at[(x, y)]
        if (
            y <= before
            and ref.cls in (*BODY_CLASSES, "Place")
            and len(ref.name) > len(unit)
            and ref.name.endswith(unit)
        ):
            return ref
    return None


def _is_company(ref: EntityRef) -> bool:
    """Whether a body is a company (its name ends as companies' do: 有限公司, 集团)."""
    return ref.cls == "Organization" and ref.name.endswith(COMPANY_ENDINGS)


def _name_words_before(ctx: ArticleContext, end: int) -> int:
    """Where the run of words that may make a name (nouns, names: ``_NAME_TAGS``) ending at
    ``end`` starts, at most ``_UNIT_REACH`` characters back; ``end`` when none ends there."""
    a = end
    for token in reversed(ctx.doc.char_span(max(0, end - _UNIT_REACH), end, alignment_mode="expand") or ()):
        if token.idx + len(token) > a:
            continue  # (a word running past the end: none)
        if token.idx + len(token) < a or token.tag_ not in _NAME_TAGS or end - token.idx > _UNIT_REACH:
            break
        a = token.idx
    return a
