"""Family *body links*: how the bodies of an article relate, read once all are named.

Needs every body in ``ctx.ref_at`` and ``ctx.facts.entities`` (``kg.extract.bodies``)
and the areas (``ctx.area_at``): a name in parentheses after another is the same body,
a branch belongs to its company, X位于Y says where X is.
"""

from __future__ import annotations

import re

from kg.extract.body_parents import UNIT_ENDINGS
from kg.extract.context import CONFIDENCE, ArticleContext, area_ref
from kg.extract.described_bodies import described_start
from kg.extract.referred import referred_body
from kg.extract.wordlists import AREA_UNION_ENDINGS, COMPANY_ENDINGS, VENUE_OPENERS
from kg.lexicon import alternation_of, words
from kg.model.facts import EntityRef, RelationFact
from kg.nlp.addresses import closes_address
from kg.nlp.definitions import DEFINITION_RE
from kg.nlp.text import OPEN_QUOTES

# a works site or project the company builds (某公司安置房项目工地), its staff's rooms: not where it is
SITE_RE = re.compile(alternation_of(("项目", *words("bodies/site_suffixes.txt"), *words("bodies/staff_amenities.txt"))))
# a building of a body named after it (某学校实训楼, 某中心综合楼): the body is where it stands
BUILDING_RE = re.compile("[\u4e00-\u9fff]{0,4}楼")
# X位于Y, 位于Y的X: the words that say where a body is
LOCATED, OF = "位于", "的"
AT = words("areas/place_prepositions.txt")  # 在某区的X, 假某堂区的X: X lies in the area
# 来到某区的X, 走进某县的X: a verb of going before an area and 的 places the body as 在 does
GOING = tuple(w for w in VENUE_OPENERS if w not in AT)
# a venue's floor, and the hall there, before a bracket (某中心4楼（…）, 某馆三层（…）, 某宫四楼报告厅（…）)
_FLOOR_BRACKET = re.compile(
    f"[0-9一二三四五六七八九十]{{1,3}}[楼层](?:[\u4e00-\u9fff]{{0,4}}?(?:{alternation_of(words('bodies/room_heads.txt'))}))?(?=[（(])"
)
_WHERE_OPENING = re.compile(f"(?:{alternation_of((LOCATED, *AT))})")  # （在某街道，…）, （位于某镇）
# X（以下简称“公司”）总部位于Y: a definition of the name and the word for its seat before 位于
_SEAT = re.compile(f"(?:{DEFINITION_RE.pattern})?(?:{alternation_of(words('bodies/seat_words.txt'))})?")
DONE = "了"  # the aspect word after a verb of going (到了某镇): the place follows it
# 位于某镇京津公路东侧的X, 在某街道人民路88号的X: a road of the area (its number, its side) before 的
ROAD = f"[\u4e00-\u9fff0-9]{{1,8}}?(?:{alternation_of(words('areas/road_words.txt'))})"
HOUSE_NUMBER = "[0-9０-９×xX一二三四五六七八九十]+号"  # (88号, ××号: a number masked on a published page)
_ROADSIDE = re.compile(f"{ROAD}(?:{HOUSE_NUMBER})?(?:{alternation_of(words('areas/side_words.txt'))})?(?={OF})")
# 到某街道，走进某公司: the next clause goes on into a body there; or visits one there, set up
# there (来到某镇，察看设在某物流园内的驿站: the park lies in the township)
VISITING = words("bodies/site_visit_verbs.txt")
THEN_GOING = re.compile(f"[，,](?:{alternation_of((*GOING, *VISITING))})了?(?:设在|位于)?")
# X在Y揭牌启用。: opening verbs ending the clause after the place where X opened
OPENED = re.compile(f"(?:正式)?(?:{alternation_of(words('areas/opening_verbs.txt'))})+(?=[，。；！,;!]|$)")


def parenthetical_aliases(ctx: ArticleContext) -> None:
    """北京市总工会职工大学（北京市工会干部学院）: one body, two names."""
    refs = sorted(ctx.ref_at.items())
    starting: dict[int, list[tuple[tuple[int, int], EntityRef]]] = {}  # as they were before any change here
    for (x, y), ref in refs:
        starting.setdefault(x, []).append(((x, y), ref))
    for (_x, y), ref in refs:
        if ref.cls not in ("Organization", "TradeUnion", "Place") or not ctx.text.startswith(("（", "("), y):
            continue
        for (x2, y2), ref2 in starting.get(y + 1, ()):
            if ctx.text[y2 : y2 + 1] in "）)" and ref2.cls == ref.cls and ref2 != ref:
                ctx.facts.entity(ref, alias=ref2.name, mention=False)
                other = ctx.facts.entities.pop(ref2, None)
                if other is not None:
                    ctx.facts.entity(ref).mentions += other.mentions - 1
                    ctx.facts.entities[ref].aliases |= other.aliases
                ctx.ref_at[(x2, y2)] = ref


def situated(ctx: ArticleContext) -> None:
    """X位于Y, 位于Y的X: where a body or venue is — the area its name gave it no longer, when
    Y lies inside that area (巴宜某某中心 位于巴宜区林芝镇: in 林芝镇, itself in 巴宜区)."""
    bodies = ("Organization", "TradeUnion", "Place")
    for (x, y), ref in sorted(ctx.ref_at.items()):
        y = _SEAT.match(ctx.text, y).end()  # X（以下简称“公司”）总部位于Y: the definition and seat word between
        if ref.cls not in bodies or not ctx.text.startswith(LOCATED, y):
            continue
        found = place_after(ctx, y + len(LOCATED))
        if found is not None:
            ev = ctx.evidence(x, found[0], CONFIDENCE["pattern"])
            locate(ctx, ref, found[1], ev)
    # 某线缆有限公司（无为市高沟镇）, 某中心（某街道某路××号）: an address in brackets after a body;
    # 某中心4楼（在某街道，…）: after its floor, a clause saying where (在, 位于) the area it opens with
    for (x, y), ref in sorted(ctx.ref_at.items()):
        floor = _FLOOR_BRACKET.match(ctx.text, y)
        y = floor.end() if floor else y
        if ref.cls not in bodies or ctx.text[y : y + 1] not in ("（", "("):
            continue
        said = (m := _WHERE_OPENING.match(ctx.text, y + 1)) is not None
        found = place_after(ctx, m.end() if m else y + 1)
        if found is None or found[1].cls != "AdministrativeArea":
            continue
        if closes_address(ctx.text, found[0]) or (said and ctx.text[found[0] : found[0] + 1] in "，,）)"):
            locate(ctx, ref, found[1], ctx.evidence(x, found[0] + 1, CONFIDENCE["pattern"]))
    # 在位于某县的某中心召开: the place told before the body, joined by 的; so is an area
    # right after 在 (在珠晖区广东路街道的某学校实训中心开赛: the venue lies in the street),
    # or glued to the quoted name of a venue there (在胜和社区“暖蜂驿站”开展); a verb of going
    # does as 在 does (慰问组来到某新区的某公司: the company lies in the district), and so
    # does going on into a body in the next clause (到某街道，走进某公司)
    for m in re.finditer(f"({alternation_of((LOCATED, *AT, *GOING))})(?:{DONE})?", ctx.text):
        found = place_after(ctx, m.end())  # (到了某镇的某基地: the going done, as 到某镇的)
        if found is None:
            continue
        area = found[1].cls == "AdministrativeArea"
        if m.group(1) != LOCATED and not area:
            continue
        road = _ROADSIDE.match(ctx.text, found[0]) if area and not ctx.text.startswith(OF, found[0]) else None
        if ctx.text.startswith(OF, found[0]) or road is not None:
            of = road.end() if road is not None else found[0]
            at, kinds = described_start(ctx, of + len(OF)), bodies  # (的全资子公司|某某公司)
        elif m.group(1) in AT and ctx.text[found[0] : found[0] + 1] in OPEN_QUOTES:
            at, kinds = found[0] + 1, ("Place",)
        elif m.group(1) in GOING and (then := THEN_GOING.match(ctx.text, found[0])) is not None:
            at, kinds = then.end(), bodies
        else:
            continue
        named = [(y2, r2) for x2, y2 in ctx.ref_at.by_start.get(at, ()) if (r2 := ctx.ref_at[(x2, y2)]).cls in kinds]
        referred = None if named or kinds != bodies else referred_body(ctx, at, m.start())  # 的该公司车间
        if named or referred:
            y2, ref = max(named, key=lambda t: t[0]) if named else referred
            ev = ctx.evidence(m.start(), y2, CONFIDENCE["pattern"])
            locate(ctx, ref, found[1], ev)


def locate(ctx: ArticleContext, ref: EntityRef, where: EntityRef, ev) -> None:
    """``ref`` locatedIn ``where``, read from the text; the area its name placed it in goes
    when ``where`` lies inside it (the text is the narrower).  A company's workshop or
    department named after it (某公司织造车间) places the company too."""
    ctx.facts.relations.append(RelationFact(ref, "locatedIn", where, ev))
    info = ctx.facts.entities.get(ref)
    parent = info.parent if info is not None else None
    if parent is not None and ref.name.startswith(parent.name) and ref.name.endswith(UNIT_ENDINGS):
        locate(ctx, parent, where, ev)  # 某公司织造车间 lies where the company's works are
    elif ref.cls == "Place" and parent is None:
        # 某公司实训基地: a company's premises lie where the company is
        # (the body whose name it opens with, the longest: 某公司第二采油厂职工活动中心 is the works')
        owners = [o for o in ctx.facts.entities if o.cls == "Organization" and _premises(ref.name, o.name)]
        owner = max(owners, key=lambda o: len(o.name), default=None)
        works = SITE_RE.search(ref.name[len(owner.name) :]) if owner is not None else None
        building = owner is not None and BUILDING_RE.fullmatch(ref.name, len(owner.name)) is not None
        if owner is not None and ((owner.name.endswith(COMPANY_ENDINGS) and works is None) or building):
            locate(ctx, owner, where, ev)  # (某学校实训楼: a building of the body, where the body is)
    named = info.located_in if info is not None else None
    if named is not None and named.code and where.code and ctx.gaz.contains(named.code, where.code):
        info.located_in = None


def opened_at(ctx: ArticleContext) -> None:
    """X在Y揭牌启用。: a body or venue opened in an area, or at a venue named after one
    (在某街道职工服务中心揭牌), lies in that area (the last of areas written one after the
    other)."""
    bodies = ("Organization", "TradeUnion", "Place")
    for (x, y), ref in sorted(ctx.ref_at.items()):
        word = next((w for w in AT if ctx.text.startswith(w, y)), None) if ref.cls in bodies else None
        if word is None:
            continue
        at = y + len(word)
        last = _last_area_start(ctx, at)
        here = [(y2, ctx.area_at[(x2, y2)]) for x2, y2 in ctx.area_at.by_start.get(last, ())]
        if not here:
            continue
        end, area = max(here, key=lambda t: t[0])
        ends = {end} | {y2 for x2, y2 in ctx.ref_at.by_start.get(at, ()) if ctx.ref_at[(x2, y2)].cls in bodies}
        if any(OPENED.match(ctx.text, e) for e in ends):
            ev = ctx.evidence(x, end, CONFIDENCE["pattern"])
            ctx.facts.relations.append(RelationFact(ref, "locatedIn", area_ref(area), ev))


def _last_area_start(ctx: ArticleContext, at: int) -> int:
    """Where the last of the areas written one after the other from ``at`` starts."""
    while True:
        nxt = [y2 for _, y2 in ctx.area_at.by_start.get(at, ())]
        if not nxt or not ctx.area_at.by_start.get(max(nxt)):
            return at
        at = max(nxt)


def place_after(ctx: ArticleContext, at: int) -> tuple[int, EntityRef] | None:
    """The venue or area named right at ``at`` (after 位于), and where its name ends; of areas
    that follow one another (位于湘潭市岳塘区), the last."""
    at = _last_area_start(ctx, at)
    here = [(y2, ctx.area_at[(x2, y2)]) for x2, y2 in ctx.area_at.by_start.get(at, ())]
    places = [(y2, r2) for x2, y2 in ctx.ref_at.by_start.get(at, ()) if (r2 := ctx.ref_at[(x2, y2)]).cls == "Place"]
    if places:
        return max(places, key=lambda t: t[0])
    if here:
        y2, area = max(here, key=lambda t: t[0])
        return y2, area_ref(area)
    return None


def short_forms_before(ctx: ArticleContext) -> None:
    """技师学院 … 涿州市技师学院: a body named bare first and in full (its areas before the
    same name) later is one body; the bare name its alias.  Only when one body of that class
    so ends (两个技师学院 named in full leave the bare one alone)."""
    bodies = ("Organization", "TradeUnion", "Place")
    first: dict[EntityRef, tuple[int, int]] = {}
    for span, ref in sorted(ctx.ref_at.items()):
        if ref.cls in bodies:
            first.setdefault(ref, span)
    # each name filed under its tails, so that a bare name finds the longer ones in one look-up
    by_tail: dict[tuple[str, str], list[EntityRef]] = {}
    for ref in first:
        for k in range(1, len(ref.name)):
            by_tail.setdefault((ref.cls, ref.name[k:]), []).append(ref)
    merged: dict[EntityRef, EntityRef] = {}
    for short, (x, _y) in sorted(first.items(), key=lambda item: item[1]):
        fulls = [
            ref
            for ref in by_tail.get((short.cls, short.name), ())
            if first[ref][0] > x and _areas_only(ctx, first[ref][0], first[ref][1] - len(short.name))
        ]
        if len(fulls) != 1 or short not in ctx.facts.entities or fulls[0] not in ctx.facts.entities:
            continue
        merged[short] = fulls[0]
    ctx.merge(merged)


def union_units_short(ctx: ArticleContext) -> None:
    """南岗区职工心理健康服务驿站 … 哈尔滨市南岗区总工会职工心理健康服务驿站: a union's unit
    named with the union's area but without its ending (总工会, 工会) is that unit, the short
    name its alias."""
    units: dict[str, EntityRef] = {}
    for ref, info in ctx.facts.entities.items():
        union = info.parent
        if ref.cls != "Organization" or union is None or union.cls != "TradeUnion":
            continue
        if not ref.name.startswith(union.name):
            continue
        stem = next((union.name[: -len(e)] for e in AREA_UNION_ENDINGS if union.name.endswith(e)), "")
        if len(stem) >= 2:
            units.setdefault(stem + ref.name[len(union.name) :], ref)
    ctx.merge(
        {
            ref: units[ref.name]
            for ref in ctx.facts.entities
            if ref.cls in ("Organization", "Place") and ref.name in units and units[ref.name] != ref
        }
    )


def _areas_only(ctx: ArticleContext, a: int, b: int) -> bool:
    """Is ``[a, b)`` (not empty) made of the areas read there, one after another?  Or the
    name of one area the registry knows, glued to the body's name (江苏 in 江苏某某集团, which
    the tagger reads as part of the company and no area is read from)?"""
    pos = a
    for x, y, _area in ctx.areas_in(a, b):
        if x == pos:
            pos = y
    return a < b and (pos == b or (b - a >= 2 and len(ctx.gaz.lookup(ctx.text[a:b])) == 1))


def _premises(place: str, body: str) -> bool:
    """Is ``place`` a body's premises named after it (某有限公司实训基地)?"""
    return len(place) > len(body) + 1 and place.startswith(body)
