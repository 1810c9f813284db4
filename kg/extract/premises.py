"""Where a body is, said of its union or after a pause: the premises behind the name.

位于某开发区的某某有限公司工会: the union is written, but what lies in the zone is the
company whose name the union bears (a union is wherever its company is); so the company is
placed too, as 位于某开发区的某某有限公司 would place it.  And a body named, then a comma and
位于 (市总工会直属的职工学校——某市职工学校，位于某区某街) is placed as 某市职工学校位于某区
is: the clause that opens with 位于 says where the body named right before the comma is.
"""

from __future__ import annotations

import re

from kg.extract.body_links import HOUSE_NUMBER, LOCATED, ROAD, locate, place_after
from kg.extract.context import CONFIDENCE, ArticleContext, area_ref
from kg.extract.wordlists import COMPANY_ENDINGS
from kg.lexicon import alternation_of, words
from kg.model.facts import EntityRef, RelationFact
from kg.nlp.venues import ROOM_HEADS

_UNION_WORD = "工会"
_BODIES = ("Organization", "TradeUnion", "Place")
_PAUSES = ("，", ",")
OF_ = "的"
NOW = "今"  # 位于今某区境内: the area a body lay in, by today's name
_GLOSS_MARKS, _FULL_STOP = "：:", "。"
# what may stand before a venue's head written alone: a clause's start (；会议中心位于…)
_HEAD_OPENERS = ("", "，", "；", "。", "\n", "：", ",", ";")
# a note's head before the body it glosses: its mark (①, 1., [1]) or nothing at the line's start
_NOTE_HEAD_RE = re.compile(r"[ \t\u3000]*(?:[①-⑳]|\[\d{1,2}\]|\d{1,2}[.．、])?[ \t\u3000]*")
_GLOSS_LOCATED_RE = re.compile(f"[，,]{LOCATED}")
# 某镇一家叫某某公司的茶企, 某区的一家名为…的企业: one body of the area, called by its name
_ONE_CALLED_RE = re.compile(
    f"{OF_}?一(?:{alternation_of(words('bodies/unit_classifiers.txt'))})(?:{alternation_of(words('people/naming_verbs.txt'))})?"
)
# 某区某街道某路××号　X: a road and its number after the areas of an address, then the body there
_NUMBERED_ROAD_RE = re.compile(f"{ROAD}{HOUSE_NUMBER}[ \u3000]*")
# a hall of a building named after the building's name (守正厅, 大礼堂, 多功能厅, 第三会议室)
_ROOM_RE = re.compile(f"[\u4e00-\u9fff0-9]{{1,4}}(?:{'|'.join(ROOM_HEADS)})")


def union_premises(ctx: ArticleContext) -> None:
    """A company union placed by the text: its company placed there too, as is a company whose
    own venue is placed; a body named right before ，位于: placed where the clause says."""
    said = LOCATED in ctx.text
    for (x, y), ref in sorted(ctx.ref_at.items()) if said else ():
        if ref.cls not in _BODIES:
            continue
        if ctx.text.startswith(_PAUSES, y) and ctx.text.startswith(LOCATED, y + 1):
            at = y + 1 + len(LOCATED)
        elif (gloss := _glossed_at(ctx, x, y)) is not None:
            at = gloss
        else:
            continue
        found = place_after(ctx, at + len(NOW) if ctx.text.startswith(NOW, at) else at)
        if found is not None:
            locate(ctx, ref, found[1], ctx.evidence(x, found[0], CONFIDENCE["pattern"]))
    orgs = {ref.name: ref for ref in ctx.facts.entities if ref.cls == "Organization"}
    placed = {r.subject for r in ctx.facts.relations if r.pred == "locatedIn"}
    for r in list(ctx.facts.relations):
        if r.pred != "locatedIn":
            continue
        if said and r.subject.cls == "TradeUnion" and r.subject.name.endswith(_UNION_WORD):
            company = orgs.get(r.subject.name.removesuffix(_UNION_WORD))
        elif r.subject.cls == "Place" and _area_of_before(ctx, r):
            company = _venues_company(ctx, r.subject.name, orgs)
        else:
            continue
        if company is not None and company not in placed:
            ctx.facts.relations.append(RelationFact(company, "locatedIn", r.object, r.evidence))
            placed.add(company)


def _area_of_before(ctx: ArticleContext, r: RelationFact) -> bool:
    """在某开发区的某某公司职工之家: the area is said with 的 before the company's name, so of the
    company too (not 职工之家位于某区, which is said of the venue alone)."""
    at = r.evidence.end - len(r.subject.name)
    if ctx.text[at : r.evidence.end] != r.subject.name or not ctx.text.startswith(OF_, at - len(OF_)):
        return False
    return any(y == at - len(OF_) for _x, y, _a in ctx.areas_in(r.evidence.start, at))


def _venues_company(ctx: ArticleContext, name: str, orgs: dict[str, EntityRef]) -> EntityRef | None:
    """在某开发区的某某有限公司职工之家: a company's own venue (its name and a venue's ending) is
    on the company's premises, so where the venue is, the company is."""
    for suffix in ctx.lex.venue_suffixes:
        company = orgs.get(name.removesuffix(suffix)) if name.endswith(suffix) else None
        if company is not None and company.name.endswith(COMPANY_ENDINGS):
            return company
    return None


def clipped_venues(ctx: ArticleContext) -> None:
    """鱼峰区会议中心 … 会议中心位于箭盘山街道: a venue named again by its head alone (a venue
    ending, no name of its own), right before 位于, is the one venue the article named in full
    with that head: placed where the clause says."""
    for m in re.finditer(LOCATED, ctx.text):
        if ctx.ref_at.by_end.get(m.start()):
            continue  # (a body named right before: kg.extract.body_links.situated)
        head = next((h for h in ctx.lex.venue_suffixes if ctx.text.endswith(h, 0, m.start())), None)
        if head is None or ctx.text[m.start() - len(head) - 1 : m.start() - len(head)] not in _HEAD_OPENERS:
            continue
        venues = {
            ref for ref in ctx.facts.entities if ref.cls == "Place" and ref.name.endswith(head) and ref.name != head
        }
        found = place_after(ctx, m.end()) if len(venues) == 1 else None
        if found is not None and found[1].cls == "AdministrativeArea":
            locate(ctx, venues.pop(), found[1], ctx.evidence(m.start() - len(head), found[0], CONFIDENCE["pattern"]))


def _glossed_at(ctx: ArticleContext, x: int, y: int) -> int | None:
    """① 某某煤矿：原为地方国营煤矿，位于今某区境内: a note glossing the body that opens its
    line; where its sentence's clause says 位于 (before the next body named), the place follows."""
    line = ctx.text.rfind("\n", 0, x) + 1
    if ctx.text[y : y + 1] not in _GLOSS_MARKS or not _NOTE_HEAD_RE.fullmatch(ctx.text, line, x):
        return None
    end = ctx.text.find(_FULL_STOP, y)
    m = _GLOSS_LOCATED_RE.search(ctx.text, y, end if end >= 0 else len(ctx.text))
    if m is None or any(a < m.start() for a, _b, _r in ctx.bodies_in(y, m.end())):
        return None
    return m.end()


def venue_rooms(ctx: ArticleContext) -> None:
    """宜昌市殡仪馆（…） … 在宜昌市殡仪馆守正厅举行: a hall named after a venue the article
    names (the venue's name, then the hall's) is a room of that venue, no venue of its own:
    where the venue lies and what is held there are the venue's."""
    venues = {ref.name: ref for ref, info in ctx.facts.entities.items() if ref.cls == "Place" and info.mentions}
    merged: dict[EntityRef, EntityRef] = {}
    for ref in list(ctx.facts.entities):
        if ref.cls != "Place":
            continue
        for k in range(len(ref.name) - 2, 1, -1):  # the longest venue its name opens with
            venue = venues.get(ref.name[:k])
            if venue is not None and venue != ref and _ROOM_RE.fullmatch(ref.name, k):
                merged[ref] = venue
                break
    if merged:
        ctx.merge(merged)


def one_called(ctx: ArticleContext) -> None:
    """去某镇一家叫某某茶业有限公司的茶企参观: a body named right after an area and 一家 (one
    of the area's, maybe called so: 叫, 名为) lies in that area."""
    for (x, y), area in sorted(ctx.area_at.items()):
        m = _ONE_CALLED_RE.match(ctx.text, y)
        if m is None:
            continue
        named = [
            (y2, r) for x2, y2 in ctx.ref_at.by_start.get(m.end(), ()) if (r := ctx.ref_at[(x2, y2)]).cls in _BODIES
        ]
        if named:
            y2, ref = max(named, key=lambda t: t[0])
            locate(ctx, ref, area_ref(area), ctx.evidence(x, y2, CONFIDENCE["pattern"]))


def addressed(ctx: ArticleContext) -> None:
    """集合地点：某省某市某区某街道某路××号　某区职工服务中心北门: a full address (its areas,
    a road and its number) written right before the name of an organisation or venue is
    where that body is: it lies in the last area of the address.  Not a union nor a unit of
    one (地址：…18号市总工会劳动和经济工作部 is where the reader is sent): its name places it."""
    for (x, y), area in sorted(ctx.area_at.items()):
        if ctx.area_at.by_start.get(y):  # (not the last of the address's areas)
            continue
        m = _NUMBERED_ROAD_RE.match(ctx.text, y)
        if m is None:
            continue
        named = [
            (y2, r)
            for x2, y2 in ctx.ref_at.by_start.get(m.end(), ())
            if (r := ctx.ref_at[(x2, y2)]).cls in ("Organization", "Place") and _UNION_WORD not in r.name
        ]
        if named:
            y2, ref = max(named, key=lambda t: t[0])
            locate(ctx, ref, area_ref(area), ctx.evidence(x, y2, CONFIDENCE["pattern"]))
