"""An organisation's fact box and the addresses given for bodies: what the fields say of it.

An encyclopedia entry (百科词条) or a body's own page (单位概况) opens with a box of labelled
fields, one a line: 中文名：某市总工会 / 简称：某市总 / 上级单位：某省总工会 / 办公地址：某市某区
某路8号.  The name field says which body the box is about; the others say what the prose
would: another name of it (an alias, whether or not the tagger read it as a body), the body
it belongs to (subOrganizationOf), where it is.  A list of a union's units or of a city's
county unions gives each its address the same way, after its name (某中心（地址：…）,
某区总工会　地址：…), or as the value of a line its name labels (某区职工服务中心：某区某路
与某大道交汇处: an area, then a road, or nothing, after it).

An address places the body in the last area it names (某市某区某路: the district), no
union named for its area: that one is in its area, whatever street its office is in (a
company's union is where its address says).  An address on an indented line of its own is
the body's that opens the row above (某中心　主任：某某 / 地址：…), or that the row above
gives as its label's value (中标供应商：某某有限公司 / 供应商地址：…).  A register's table
places each row's body by its 住所 cell; 住所变更为… places the body the sentence is about.

A union's own page (组织机构) writes a child field as a heading over rows (三、直属单位 /
某市职工服务中心　主任：某某 / 　　地址：…): each row's body belongs to the union whose page it
is, and is an institution with a head, an organisation, whatever venue word its name ends with.
"""

from __future__ import annotations

import re

from kg.extract.body_links import locate
from kg.extract.context import CONFIDENCE, ArticleContext, area_ref
from kg.extract.county_parts import TOWN_PART_ENDINGS
from kg.extract.wordlists import COMPANY_WORD, UNION_WORD
from kg.lexicon import alternation_of, table, words
from kg.model.facts import EntityRef, RelationFact
from kg.nlp.grids import grids
from kg.nlp.venue_rooms import ROOM_HEADS

_KINDS = dict(table("bodies/entry_fields.tsv"))
_ADDRESS_LABELS = words("bodies/address_labels.txt")
_SPACE = r"[ \t\u3000]*"
# a field of a box: its label opening a line, then a colon or (an encyclopedia's box laid out
# in two columns: 中文名　　某县总工会) spaces, its value to the line's end
_FIELD_RE = re.compile(
    rf"^{_SPACE}({alternation_of(_KINDS)})(?:{_SPACE}[：:]|[ \t\u3000]+){_SPACE}(\S[^\n]*?){_SPACE}$", re.M
)
# an address field anywhere: its value to the line's end or the bracket closing it
_ADDRESS_RE = re.compile(rf"(?:{alternation_of(_ADDRESS_LABELS)}){_SPACE}[：:]{_SPACE}([^\n）)]+)")
# 住所变更为某区某路6号, 地址迁至…: a body's address changed, the new one to the clause's end
_CHANGED_ADDRESS_RE = re.compile(
    rf"(?:{alternation_of(_ADDRESS_LABELS)})(?:{alternation_of(words('bodies/address_change_verbs.txt'))})([^，,。；;\n]+)"
)
# what may stand before an address label as one label with it (供应商地址, 受理地址): a few
# characters of a word, no body's name
_LABEL_QUALIFIER_RE = re.compile(r"[\u4e00-\u9fff]{1,6}")
# a line that gives a body as its label's value (1．采购人：某某有限公司): the value's span
_LABELLED_LINE_RE = re.compile(
    rf"{_SPACE}(?:\d+[.、．]{_SPACE})?[\u4e00-\u9fff]{{1,8}}{_SPACE}[：:]{_SPACE}(\S+?){_SPACE}$"
)
# what may stand between a body and the address given for it (某中心（地址：, 某区总工会　地址：)
_BEFORE_ADDRESS_RE = re.compile(r"[\s\u3000，,（(]*")
# what separates the names of an alias field (简称：A、B)
_ALIASES_RE = re.compile(r"[、，,；;/]")
# a line labelled by a body's name, its value an address (1. 某区职工服务中心：某区某路8号)
# a field's label alone on its line, numbered or not (三、直属单位, （二）下属单位): a heading
_HEADING_RE = re.compile(
    rf"^{_SPACE}(?:[一二三四五六七八九十\d]+[、.．]|[（(][一二三四五六七八九十\d]+[）)])?{_SPACE}"
    rf"({alternation_of(_KINDS)}){_SPACE}$",
    re.M,
)
_INDENT = " \t\u3000"
_BORDERS = "│┃|"  # a side box's left border, opening each of its lines
_BOX_LABEL_RE = re.compile(r"[ \t\u3000]*(?:【[^】\n]{1,8}】)?[ \t\u3000]*")  # 【站点风采】 before the name
_AREA_UNION = "总工会"  # the union of the area whose page it is: the area's name and this
_NAMED_LINE_RE = re.compile(
    rf"^{_SPACE}(?:\d+[.、．]{_SPACE})?([^\s：:]+){_SPACE}[：:]{_SPACE}([^\n：:。！？!?]+?){_SPACE}$", re.M
)
_ROADS = tuple(words("areas/road_words.txt"))
_QUOTES = "“”\"'‘’《》「」"
_BODIES = ("Organization", "TradeUnion", "Place")
_UNITS = ("Organization", "TradeUnion")  # what may be subOrganizationOf (a venue may not)
_VENUE_FORM = 4  # the shortest name of a venue looked for in an address (区职工之家)
_UNPLACED = "TradeUnion"  # placed by its name (某区总工会 in 某区), not by its office's street
_MAX_ALIAS = 20
# the fields of a contact line before its address (联系人：X　电话：0412-…　): a notice's contact
_CONTACT_RE = re.compile(r"(?:[\u4e00-\u9fff]{2,4}[：:][^\s：:]+[ \t\u3000]*)+")
_CLAUSE_ENDS = "，,。；;"
_TITLE_LINES = 3  # an entry's title: among its first lines (a site's crumbs may come first)
# a room or a building of a body's premises after its name (某公司三楼报告厅, 某学校实训楼)
_PREMISES_TAIL_RE = re.compile(f"[\u4e00-\u9fff0-9]{{0,5}}(?:{alternation_of((*ROOM_HEADS, '楼'))})")


def fact_boxes(ctx: ArticleContext) -> None:
    """The box's other names, parent and address for the body its name field names; the
    address given right after a body for that body."""
    text = ctx.text
    address_columns(ctx)
    if "：" not in text and ":" not in text and _FIELD_RE.search(text) is None:
        return
    subject = _title_body(ctx)
    merged: dict[EntityRef, EntityRef] = {}
    for m in _FIELD_RE.finditer(text):
        kind = _KINDS[m.group(1)]
        found = _body_at(ctx, m.start(2), m.end(2))
        if kind == "name":
            subject = found[1] if found is not None else None
        elif subject is None:
            continue
        elif kind == "alias":
            merged.update(_aliases(ctx, subject, m.start(2), m.end(2)))
        elif kind in ("parent", "child"):
            ev = ctx.evidence(m.start(), m.end(), CONFIDENCE["pattern"])
            for body in _listed(ctx, subject, kind, m.start(2), m.end(2)):
                if body.cls not in _UNITS or subject.cls not in _UNITS:
                    continue  # the contract: only unions and organisations belong to a body
                child, parent = (subject, body) if kind == "parent" else (body, subject)
                ctx.facts.relations.append(RelationFact(child, "subOrganizationOf", parent, ev))
    merged.update(_unit_blocks(ctx, subject))
    ctx.merge(merged)
    for m in _ADDRESS_RE.finditer(text):
        line = text.rfind("\n", 0, m.start()) + 1
        lead = text[line : m.start()].strip(_INDENT)
        owner = subject if not lead else _body_before(ctx, line, m.start())
        if owner is None and _LABEL_QUALIFIER_RE.fullmatch(lead):
            lead = ""  # 供应商地址：, 受理地址：: one label, whose body is the row's above
        if not lead:
            owner = _row_body_above(ctx, line) or owner or _labelled_body_above(ctx, line)
        owner = _boxed_body(ctx, line) or owner
        if owner is None and _CONTACT_RE.fullmatch(lead):
            _contact_address(ctx, line, m)
        elif owner is not None and _placeable(ctx, owner):
            _place(ctx, owner, m.start(1), m.end(1), m.start())
    for m in _NAMED_LINE_RE.finditer(text):
        found = _body_at(ctx, m.start(1), m.end(1))
        if found is not None and found[0] == m.end(1) and _placeable(ctx, found[1]) and _is_address(ctx, *m.span(2)):
            _place(ctx, found[1], m.start(2), m.end(2), m.start(1))


def address_columns(ctx: ArticleContext) -> None:
    """序号｜工会名称｜…｜住所: a table with a column of bodies and one of addresses places each
    row's body where its address cell says; 某公司工会（…），住所变更为某区某镇某路6号: a body's
    address changed, in a clause of the sentence that names it first, places it there now."""
    for grid in grids(ctx.text):
        names = grid.column("body")
        names = grid.column("unit") if names is None else names
        where = grid.column("address")
        if names is None or where is None:
            continue
        for row in grid.rows:
            found = _body_at(ctx, *row[names])
            if found is not None and _placeable(ctx, found[1]):
                _place(ctx, found[1], *row[where], row[names][0])
    for m in _CHANGED_ADDRESS_RE.finditer(ctx.text):
        a, _b = ctx.sentence_of(m.start())
        first = [ref for _x, _y, ref in ctx.bodies_in(a, m.start())]  # (the sentence's subject)
        if first and _placeable(ctx, first[0]):
            _place(ctx, first[0], m.start(1), m.end(1), m.start())


def _contact_address(ctx: ArticleContext, line: int, m: re.Match[str]) -> None:
    """联系人：X　电话：…　地址：某区某街道某路8号公司办公楼306室 under a notice that sends its
    readers to a body (请…向公司工会反映): the address is that body's, the body named last
    in the line above; its street is where it is (the room no venue of its own).  A union's
    address in its company's building (公司…楼) places the company too."""
    above = ctx.text.rfind("\n", 0, max(line - 1, 0)) + 1
    named = [(y, ref) for (x, y), ref in ctx.ref_at.items() if above <= x and y < line and ref.cls in _UNITS]
    if not named:
        return
    owner = max(named, key=lambda t: t[0])[1]
    if not _placeable(ctx, owner):
        return
    # (to the clause's end: a line the page ran into the next paragraph goes on past it)
    b = next((k for k in range(m.start(1), m.end(1)) if ctx.text[k] in _CLAUSE_ENDS), m.end(1))
    _place(ctx, owner, m.start(1), b, m.start(), venues=False)
    host = EntityRef("Organization", owner.name.removesuffix(UNION_WORD))
    if owner.cls == "TradeUnion" and COMPANY_WORD in ctx.text[m.start(1) : b] and host in ctx.facts.entities:
        _place(ctx, host, m.start(1), b, m.start(), venues=False)


def _placeable(ctx: ArticleContext, ref: EntityRef) -> bool:
    """May an address place ``ref``?  A body or venue, but no union its name placed already
    (某区总工会 is in 某区, whatever street its office is in): a company's union is where its
    registered address is."""
    if ref.cls not in _BODIES:
        return False
    info = ctx.facts.entities.get(ref)
    return ref.cls != _UNPLACED or (info is not None and info.located_in is None)


def _unit_blocks(ctx: ArticleContext, subject: EntityRef | None) -> dict[EntityRef, EntityRef]:
    """The rows under a child heading (直属单位), each a unit of the page's union: the
    venues among them made organisations (what is merged into what)."""
    text, merged = ctx.text, {}
    for m in _HEADING_RE.finditer(text):
        parent = subject if subject is not None and subject.cls == "TradeUnion" else _page_union(ctx)
        if _KINDS[m.group(1)] != "child" or parent is None:
            continue
        ev = ctx.evidence(m.start(1), m.end(1), CONFIDENCE["pattern"])
        at = m.end() + 1
        for line in text[at:].split("\n"):
            a, at = at, at + len(line) + 1
            if not line.strip() or line[:1] in _INDENT or _ADDRESS_RE.match(line.lstrip(_INDENT)):
                continue  # (a blank line, a row's address or duties)
            found = _body_at(ctx, a, a + len(line))
            if found is None:
                break  # the next heading: the block ends
            unit = found[1]
            if unit.cls == "Place":
                ctx.facts.entity(unit := EntityRef("Organization", unit.name), mention=False)
            place = EntityRef("Place", unit.name)  # (its mentions as a venue elsewhere too)
            if place in ctx.facts.entities:
                merged[place] = unit
            if unit.cls in _UNITS and unit != parent:
                ctx.facts.relations.append(RelationFact(unit, "subOrganizationOf", parent, ev))
    return merged


def _page_union(ctx: ArticleContext) -> EntityRef | None:
    """The union of the page's own area (its home, else its region), when the article names it."""
    code = ctx.page.home or (ctx.page.region[-1] if ctx.page.region else None)
    union = EntityRef("TradeUnion", ctx.gaz.get(code).name + _AREA_UNION) if code else None
    return union if union in ctx.facts.entities else None


def _boxed_body(ctx: ArticleContext, line: int) -> EntityRef | None:
    """A side box (│【站点风采】某工作站│ … │地址：…│): an address line inside a box is the
    body's whose name opens the box's first line (its label in brackets before it)."""
    text = ctx.text
    border = text[line : line + 1]
    if not border or border not in _BORDERS:
        return None
    top = line  # (the box's lines may be joined where its text wrapped: ││ inside a line)
    while top > 0 and text[text.rfind("\n", 0, top - 1) + 1] == border:
        top = text.rfind("\n", 0, top - 1) + 1
    heading = _BOX_LABEL_RE.match(text, top + 1)
    end = text.find("\n", top)
    found = _body_at(ctx, heading.end(), len(text) if end < 0 else end)
    return found[1] if found is not None else None


def _row_body_above(ctx: ArticleContext, line: int) -> EntityRef | None:
    """The body opening the line above ``line`` (a row: 某中心　主任：某某), if any."""
    above = ctx.text.rfind("\n", 0, max(line - 1, 0)) + 1
    found = _body_at(ctx, above, line - 1) if line > 0 else None
    return found[1] if found is not None else None


def _labelled_body_above(ctx: ArticleContext, line: int) -> EntityRef | None:
    """The body the line above ``line`` gives as its label's value, to the line's end (中标
    供应商：某某有限公司 / 2．采购代理机构：某某有限公司, over its 地址 line), or up to a room or
    building of its premises (地点：某公司三楼报告厅), if any."""
    if line <= 0:
        return None
    above = ctx.text.rfind("\n", 0, line - 1) + 1
    m = _LABELLED_LINE_RE.match(ctx.text, above, line - 1)
    if m is None:
        return None
    # (地点：某公司三楼报告厅 / 地址：…: the address is the company's, whose room it is)
    here = [(y, r) for x, y in ctx.ref_at.by_start.get(m.start(1), ()) if (r := ctx.ref_at[(x, y)]).cls in _BODIES]
    owning = [(y, r) for y, r in here if _PREMISES_TAIL_RE.fullmatch(ctx.text, y, m.end(1))]
    found = max(owning, key=lambda t: t[0], default=None) or _body_at(ctx, m.start(1), m.end(1))
    return found[1] if found is not None and (found in owning or found[0] == m.end(1)) else None


def _body_at(ctx: ArticleContext, a: int, b: int) -> tuple[int, EntityRef] | None:
    """The longest body named at ``a`` (ending by ``b``), and where it ends."""
    here = [(y, r) for x, y in ctx.ref_at.by_start.get(a, ()) if (r := ctx.ref_at[(x, y)]).cls in _BODIES and y <= b]
    return max(here, key=lambda t: t[0], default=None)


def _title_body(ctx: ArticleContext) -> EntityRef | None:
    """The body an entry's title names, a line of its own near the top (临西县总工会): the box
    is about it until a name field says otherwise, so its fields are read when the page ran the
    name field into the lead paragraph."""
    at = 0
    for line in ctx.text.split("\n", _TITLE_LINES)[:_TITLE_LINES]:
        a, b = at + len(line) - len(line.lstrip()), at + len(line.rstrip())
        at += len(line) + 1
        found = _body_at(ctx, a, b) if b > a else None
        if found is not None and found[0] == b:
            return found[1]
    return None


def _listed(ctx: ArticleContext, subject: EntityRef, kind: str, a: int, b: int) -> list[EntityRef]:
    """The bodies a parent or child field lists (上级单位：某市总工会、中共某县委; 下属单位：A、B).
    A parent field naming several bodies gives the one of the subject's own class: a union
    belongs to the union above it, while the party committee listed beside it leads it, and
    leading is no belonging (none of its class: all of them)."""
    bodies: list[EntityRef] = []
    k = a
    for part in _ALIASES_RE.split(ctx.text[a:b]):
        x = k + len(part) - len(part.lstrip(_QUOTES + " \u3000"))
        k += len(part) + 1
        found = _body_at(ctx, x, k - 1)
        if found is not None and found[1] != subject and found[1] not in bodies:
            bodies.append(found[1])
    if kind == "parent" and len(bodies) > 1:
        return [r for r in bodies if r.cls == subject.cls] or bodies
    return bodies


def _aliases(ctx: ArticleContext, subject: EntityRef, a: int, b: int) -> dict[EntityRef, EntityRef]:
    """The names of an alias field: each another name of ``subject`` (a body read there is
    merged into it)."""
    merged: dict[EntityRef, EntityRef] = {}
    info = ctx.facts.entities.get(subject)
    k = a
    for part in [*_ALIASES_RE.split(ctx.text[a:b])]:
        x = k + len(part) - len(part.lstrip(_QUOTES + " \u3000"))
        name = part.strip(_QUOTES + " \u3000")
        k += len(part) + 1
        found = _body_at(ctx, x, x + len(name))
        if found is not None and found[0] == x + len(name) and found[1] != subject:
            merged[found[1]] = subject
        elif info is not None and 1 < len(name) <= _MAX_ALIAS and name != subject.name:
            info.aliases.add(name)
    return merged


def _is_address(ctx: ArticleContext, a: int, b: int) -> bool:
    """Does ``[a, b)`` open with an area and go on, after its areas, with a road or nothing?"""
    if a not in ctx.area_at.by_start:
        return False
    last = max(y for x, y in ctx.area_at if a <= x < b)
    rest = ctx.text[last:b]
    return not rest or any(road in rest for road in _ROADS)


def _body_before(ctx: ArticleContext, line: int, at: int) -> EntityRef | None:
    """The body named last before ``at`` on its line, only spaces or an opening bracket after it."""
    best: tuple[int, EntityRef] | None = None
    for y in range(at, line, -1):
        if _BEFORE_ADDRESS_RE.fullmatch(ctx.text, y, at) is None:
            break
        here = [(x, r) for x, y2 in ctx.ref_at.by_end.get(y, ()) if (r := ctx.ref_at[(x, y2)]).cls in _BODIES]
        if here:
            best = min(here, key=lambda t: t[0])
            break
    return best[1] if best is not None else None


def _place(ctx: ArticleContext, ref: EntityRef, a: int, b: int, label: int, venues: bool = True) -> None:
    """``ref`` locatedIn the last area the address ``[a, b)`` names (or a venue it names);
    the area its name gave it no longer, when the address's lies inside that one."""
    spans = sorted(s for s in ctx.area_at if a <= s[0] < b)
    venue = _venue_in(ctx, ref, a, b) if venues else None
    if not spans and venue is None:
        return
    where = venue or area_ref(ctx.area_at[spans[-1]])
    # (as X位于Y places X: the area its name gave it goes; 某学校实训楼 places the school too)
    locate(ctx, ref, where, ctx.evidence(label, b, CONFIDENCE["pattern"]))


def _venue_in(ctx: ArticleContext, ref: EntityRef, a: int, b: int) -> EntityRef | None:
    """地址：某区某路8号区职工服务中心一楼: a venue the article names, written in the address
    (whose words are no mentions of their own: kg.nlp.addresses), is where the body is."""
    value = ctx.text[a:b]
    best: tuple[int, EntityRef] | None = None
    for venue, info in ctx.facts.entities.items():
        if venue.cls != "Place" or venue == ref or venue.name.endswith(TOWN_PART_ENDINGS):
            continue  # (某镇某某产业园内: a park is a part of its township, where the body is)
        for form in (venue.name, *info.aliases):
            if len(form) >= _VENUE_FORM and form in value and (best is None or len(form) > best[0]):
                best = (len(form), venue)
    return best[1] if best is not None else None
