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
from kg.extract.wordlists import COMPANY_ENDINGS, LEGAL_FORMS
from kg.extract.workplace import page_workplace
from kg.lexicon import alternation_of, table, words
from kg.model.facts import EntityRef
from kg.nlp.titles import compound_title_pattern, read_titles

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
# (those no other body's unit ends with, read only after their workplace: a mine's 综采一区)
_WORKPLACE_ONLY = tuple(e for e in _WORKPLACE_UNITS if not e.endswith(tuple(UNIT_ENDINGS)))
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
UNIT_RE = re.compile(f"(?:{_HAN}{{1,7}}|{_HAN}{{2,6}}{_AND}{_HAN}{{2,6}})(?:{alternation_of(UNIT_ENDINGS)})")
_WORKPLACE_ONLY_RE = re.compile(f"{_HAN}{{1,7}}(?:{alternation_of(_WORKPLACE_ONLY)})")
_TITLE = compound_title_pattern(read_titles())
# LAC's tags of the words a unit's name is made of (质检部/ORG; 职业/n 安全/an 健康厅/n)
NAME_TAGS = frozenset({"n", "nz", "nw", "an", "vn", "ORG", "LOC"})
# how long the one word naming a workshop by its process is (缝纫, 提纯, 总装)
_PROCESS = 2
# how long a unit's name written bare may be (UNIT_RE: up to seven characters and the ending)
UNIT_REACH = 10
# a mark of an office's time (原, 前) between a body and its unit (某中心原清扫一队队长): no word of the unit's
TIME_MARKS = words("posts/inner_time_marks.txt")


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
            if ctx.mentions_in("PERSON", k, x) and not is_company(parent):
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
        elif not UNIT_RE.fullmatch(unit) and UNIT_RE.fullmatch(unit + t.text[0]) and is_title(t.text):
            unit, end = unit + t.text[0], start + 1  # 市政府劳工局长: the unit's end opens the title (局长)
        elif not (UNIT_RE.fullmatch(unit) or _WORKPLACE_ONLY_RE.fullmatch(unit)) or k == start - 1:
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
        if _WORKPLACE_ONLY_RE.fullmatch(unit) and not UNIT_RE.fullmatch(unit) and not held_at(unit, parent):
            continue  # (某煤矿综采一区|副区长: a mine's district, after a mine only)
        # 某中心原清扫一队|队长: the mark of time is the link's (kg.extract.office_times), not the unit's
        unit = unit.removeprefix(next((m for m in TIME_MARKS if unit.startswith(m) and len(unit) > len(m) + 1), ""))
        if held_at(unit, parent):
            return (x, parent, unit + t.text[end - start :])  # 市总工会组织部|部长: 组织部部长 of the union
        if (branch := company_branch(ctx, parent)) is not None and held_at(unit, branch[0]):
            return (x, branch[0], branch[1] + unit + t.text[end - start :])  # (某公司某运营中心|客服部|经理)
        ref = EntityRef("Organization", parent.name + unit)
        info = ctx.add(ref, ctx.text[x:end], (x, end), CONFIDENCE["pattern"])
        info.aliases.update(alias + unit for alias in ctx.facts.entities[parent].aliases)
        info.aliases.discard(ref.name)
        info.parent = parent
        return (x, ref, t.text)
    return None


def held_at(unit: str, parent: EntityRef) -> bool:
    """Is ``unit`` no body of its own, its head's office at ``parent``: a union's or a
    company's department or workshop, a hospital's department (``posts/workplace_unit_endings.tsv``),
    or any office's smallest section (股)?"""
    if unit.endswith(SECTION_UNIT_ENDINGS):
        return True
    if parent.cls == "Organization" and any(
        parent.name.endswith(body) and unit.endswith(ends) for body, ends in WORKPLACE_UNIT_ENDINGS.items()
    ):
        return True
    if unit.endswith(COMPANY_UNIT_ENDINGS) and is_company(parent):
        return True
    return unit.endswith(HELD_UNIT_ENDINGS) and (parent.cls == "TradeUnion" or is_company(parent))


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
        if (UNIT_RE.fullmatch(unit) or (len(unit) > 1 and unit in HELD_UNIT_ENDINGS)) and held_at(unit, parent):
            if unit.endswith(LONG_UNIT_ENDINGS) and unit not in LONG_UNIT_ENDINGS and is_company(parent):
                return parent, role  # 某公司某高速改扩建项目部|总工程师: the company's staff on its project
            return parent, unit + role
    if not heads and UNIT_RE.fullmatch(ref.name) and (workplace := page_workplace(ctx)) is not None:
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
        if (trade.endswith(unit[:n]) or unit[:n] in COMPANY_ENDINGS) and UNIT_RE.fullmatch(unit[n:]):
            return unit[n:]
    return unit


def unit_then_title(ctx: ArticleContext, pos: int, body: EntityRef) -> tuple[Span, str] | None:
    """该会|权益保障部部长 after a body (or a word pointing back at it) at ``pos``: a unit of
    ``held_unit``'s kind (a union's or a company's department, a workshop), then a title
    touching it: the title and the role written with the unit (权益保障部部长), as
    ``held_unit`` reads it at the union or the company; the title may open with the unit's
    ending (维修|车间主任: the tagger's title takes the workshop's word); None otherwise."""
    if not (body.cls == "TradeUnion" or is_company(body)):
        return None
    for t in ctx.mentions_in("TITLE", pos + 1, pos + 2 * UNIT_REACH + 1):
        unit = ctx.text[pos : t.start_char]
        ending = next((e for e in HELD_UNIT_ENDINGS if t.text.startswith(e) and len(t.text) > len(e)), "")
        if not _GLUED.fullmatch(unit) or not (UNIT_RE.fullmatch(unit + ending) or _stacked(unit + ending, body)):
            continue
        if (unit + ending).endswith(HELD_UNIT_ENDINGS):
            return t, unit + t.text
    return None


def company_branch(ctx: ArticleContext, body: EntityRef) -> tuple[EntityRef, str] | None:
    """某公司沙河运营中心, read as a body under the company: the company and the branch's name,
    when the rest of the name after the company's is a unit's (:func:`_stacked`); None else."""
    info = ctx.facts.entities.get(body)
    parent = info.parent if info is not None else None
    if parent is None or not is_company(parent) or not body.name.startswith(parent.name):
        return None
    branch = body.name.removeprefix(parent.name)
    return (parent, branch) if UNIT_RE.fullmatch(branch) else None


def _stacked(units: str, body: EntityRef) -> bool:
    """某公司|沙河运营中心客户服务部|经理: a company's branch (a unit of any ending: 中心, 分厂) and
    a department of it, glued, is one unit of the company's, both written into the role."""
    return is_company(body) and any(
        UNIT_RE.fullmatch(units[:i]) and UNIT_RE.fullmatch(units[i:]) for i in range(2, len(units) - 1)
    )


def unit_in_title(ctx: ArticleContext, t: Span) -> tuple[int, EntityRef, str] | None:
    """洛阳某段检修车间主任X: a title opening with a unit's word (车间主任), the rest of the
    unit's name (检修) glued between a body and it: an office at the body, its role the
    unit and the title (检修车间主任), as a company's workshop is read (公司总装车间主任,
    ``kg.extract.bare_titles.workshop``)."""
    start = t.start_char
    ending = next((e for e in UNIT_ENDINGS if t.text.startswith(e) and is_title(t.text[len(e) :])), None)
    if ending is None:
        return None
    for k in range(start - 1, max(0, start - UNIT_REACH // 2) - 1, -1):
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
            len(words_between) == 1 and len(words_between[0]) == _PROCESS and any(is_company(b) for _, b in bodies)
        )
        if not process and any(w.tag_ not in NAME_TAGS for w in words_between):
            return None  # 总工会慰问了车间主任X: a verb, no unit's name
        if bodies:
            return (bodies[0][0], bodies[0][1], ctx.text[k:start] + t.text)
    return None


def is_company(ref: EntityRef) -> bool:
    """Whether a body is a company (its name ends as companies' do: 有限公司, 集团)."""
    return ref.cls == "Organization" and ref.name.endswith(COMPANY_ENDINGS)
