"""Where an event is held, as its sentence (or the clause after its name) says: 在X举行,
赴X开展, 活动地点设在X; else an area naming the event.

Called by ``kg.extract.events`` for each event as it is read (needs ``ctx.ref_at``, ``ctx.area_at``).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.context import CONFIDENCE, ArticleContext, area_ref
from kg.extract.event_details import UNDER
from kg.extract.named_buildings import building_in_name
from kg.extract.referred import FIRM_WORDS, referred_body
from kg.extract.scene_places import place_at, place_named_before, scene_place
from kg.extract.scenic_areas import scenic_area_of
from kg.extract.visited_places import gone_to_before, visited_areas
from kg.extract.wordlists import (
    AREA_UNION_ENDINGS,
    DEPARTURE_VERBS,
    GENERIC_EVENT_HEADS,
    HELD_ADVERBS,
    LEGAL_FORMS,
    PREMISES_HEADS,
    SITE_WORDS,
    SUMMING_OPENERS,
    THIS_EVENT_WORDS,
    UNION_HOST_SUFFIXES,
    VENUE_GROUNDS,
    VENUE_OPENERS,
    VENUE_PREPOSITIONS,
    VENUE_SETTING,
    VENUE_VERBS,
    WORKPLACE_ENDINGS,
    ZONE_SUFFIXES,
)
from kg.lexicon import alternation_of, lexicon, words
from kg.model.facts import EntityRef, EventFact
from kg.nlp.held_names import held_right_before
from kg.nlp.names import REFERRING
from kg.nlp.stops import stop_place
from kg.nlp.venues import ROOM_HEADS

# 走进辖区…, 来到县城北部…: a venue opener, then the area of whoever goes there
_JURISDICTION = re.compile(
    f"(?:{alternation_of(VENUE_OPENERS)})(?:{alternation_of(words('events/own_area_words.txt'))})"
)
# a word before a venue (在, 赴, 走进…): 在位于X的Y counts Y, and 到您所在的Y (whose place it is) Y
_VENUE_OPENER = re.compile(
    f"({alternation_of(VENUE_OPENERS)})(?:位于([^，。；]{{1,20}}?)的|[\u4e00-\u9fff]{{1,3}}?所在的)?"
)
_AT = VENUE_PREPOSITIONS  # the prepositions of place among the openers (the rest: verbs of going)
_ONE_SITE = re.compile(f"一(?:{alternation_of(words('bodies/unit_classifiers.txt'))})")  # 走进X镇一处工地
# a verb after a venue (在X举办): the event is held there
_HELD_AT = re.compile(f"(?:{alternation_of(HELD_ADVERBS)})?({alternation_of(VENUE_VERBS)})")
# 从X出发 / 从X驶出: the venue a party sets off from (perhaps after an adverb)
_DEPARTED = re.compile(f"(?:{alternation_of(HELD_ADVERBS)})?(?:{alternation_of(DEPARTURE_VERBS)})")
# right after the event's name, 在 and a room (perhaps of a building) and the verb: 在三楼会议室召开
_ROOM_HELD = re.compile(f"(在)[^，,。；;！？!?“”]{{2,20}}?(?={_HELD_AT.pattern})")
_VENUES = ("Place", "Organization")  # a venue, or an institution a venue's name was read as
# 在基地会议室开了个座谈会: a verb of holding in speech with its measure, the event's head next
_SPOKEN = held_right_before(tuple(lexicon().event_verbs)).pattern.removesuffix("$")
# 来到X服务中心，…，并在中心四楼会议室召开: a room of the venue named before by its head alone
_ROOM_OF_NAMED = re.compile(
    f"在([\u4e00-\u9fff]{{2}})[^，,。；;！？!?“”]{{0,8}}?(?:{alternation_of(ROOM_HEADS)})(?={_HELD_AT.pattern}|{_SPOKEN})"
)
# 在X殡仪馆（…）守正厅举行, 在X中心大礼堂开幕: a room of the venue (its own short name, size,
# number or floor, and a room's head), then the verb: the venue is where it is held
_ROOM_OF_PLACE = re.compile(f"[\u4e00-\u9fff\\d]{{0,4}}?(?:{alternation_of(ROOM_HEADS)})(?={_HELD_AT.pattern})")
# 在X区的Y中心举行: a venue of the area's not read as a place of its own, then the verb
_SITE_OF_PLACE = re.compile(f"(?:{alternation_of(SITE_WORDS)})(?={_HELD_AT.pattern})")
# (or a site of the area, named by it alone: 在禾丰镇工业小区举行)
_OF_AREA = re.compile(f"(?:的[^，,。；;！？!?“”]{{2,20}}?|[\u4e00-\u9fff]{{2,6}}?)(?={_HELD_AT.pattern})")
# 在高新区的…: a zone (perhaps no area of the gazetteer) and 的, placing the unit named after it
# (在兴隆华侨旅游经济区的…: any district's name, ending with 区)
_ZONE_OF = re.compile(f"[\u4e00-\u9fff]{{0,10}}(?:{alternation_of(ZONE_SUFFIXES)})的|[\u4e00-\u9fff]{{1,12}}区的")
# …有限公司实训车间举行: the unit's premises (a head of premises), then the venue verb
_PREMISES_HELD = re.compile(f"[\u4e00-\u9fff]{{0,6}}?(?:{alternation_of(PREMISES_HEADS)})(?={_HELD_AT.pattern})")
# 在公司培训中心举办, 在医院学术报告厅召开: 在, the kind of workplace alone, a room, the verb
_OWN_PREMISES = re.compile(f"在({alternation_of(WORKPLACE_ENDINGS)})[^，,。；;！？!?“”]{{0,12}}?(?={_HELD_AT.pattern})")
# a venue's name opening with a company's full name, its legal form, then the venue's words
_COMPANY_OPENING = re.compile(f"[\u4e00-\u9fff]{{2,24}}?(?:{alternation_of(LEGAL_FORMS)})(?=[\u4e00-\u9fff])")
# a clause naming the event again, then where it is: 活动在X进行, 本次比赛于X举行, 活动地点设在X
_SET_AT = VENUE_SETTING
# 本次会议主会场设在X、分会场设在Y: the event's grounds, each set at a venue
_GROUND_SET = re.compile(f"(?:{alternation_of(VENUE_GROUNDS)})(?:{alternation_of(VENUE_SETTING)})")
_GROUND_IS = re.compile(f"(?:{alternation_of(VENUE_GROUNDS)})(?:{alternation_of(VENUE_SETTING)}|为|是|[：:])")
# what may stand in an event's name before the area naming it: its year, its edition, 走访
_AREA_OPENS = re.compile(r"(?:\d{4}年)?(?:第[一二三四五六七八九十百\d]+届|首届)?|走访了?")
_PLACE_SAID = re.compile(
    "(?:{})?({})(?:{})?({}|{})".format(
        alternation_of(THIS_EVENT_WORDS),
        alternation_of(tuple(dict.fromkeys((*lexicon().event_heads, *GENERIC_EVENT_HEADS)))),
        alternation_of(VENUE_GROUNDS),
        alternation_of(_SET_AT),
        alternation_of(("在", "于")),
    )
)


def read_location(ctx: ArticleContext, fact: EventFact, s: Span, sa: int, sb: int) -> None:
    """在 X 举办/召开…, 赴 X 开展… (a place, area or organisation); else where a clause
    after the name or the next sentence puts the event (活动在X进行, 活动地点设在X); else an
    area opening the name."""
    text = ctx.text
    # 在 X 举办/召开…, before or after the event's name
    for m in _VENUE_OPENER.finditer(text[sa:sb]):
        at = sa + m.end()
        if UNDER.match(text, sa + m.start(), sb):
            continue  # 在X的组织下: X organises, it is no place
        if m.group(1) not in _AT and ctx.doc.char_span(sa + m.start(), sa + m.end(1)) is None:
            continue  # 以来, 来自, 受到: no verb of going
        if _unit_past_area(ctx, fact, at, sb):
            return
        place = place_at(ctx, at)
        if place is None and _referred_site(ctx, fact, at, sb):
            return  # 在位于X镇的该公司酿造车间举行: the company named before
        if place is not None and _held_at(ctx, fact, s, m, at, sa, *place):
            # (A、B分别在X、Y开展…: each place listed after 分别在 is one of its venues)
            y, respective = place[0], text.endswith("分别", 0, sa + m.start())
            while respective and text[y : y + 1] == "、" and (nxt := place_at(ctx, y + 1)):
                fact.locations.append((nxt[1], ctx.evidence(y + 1, nxt[0], CONFIDENCE["pattern"])))
                y = nxt[0]
            return
        if m.group(2) is not None:
            # 在位于X镇的Y学院实训楼举行, the venue not read whole: the area it lies in
            place = place_at(ctx, sa + m.start(2))
            if place is not None and place[0] == sa + m.end(2) and _held_at(ctx, fact, s, m, at, sa, *place):
                return
    if visited_areas(ctx, fact, s) or gone_to_before(ctx, fact, s, sa) or place_named_before(ctx, fact, sa, sb):
        return
    # 大巴车从X驶出 / 骑行队伍从X出发: where the party sets off is the event's place
    for m in re.finditer("从", text[sa:sb]):
        place = place_at(ctx, sa + m.end())
        if place is not None and _DEPARTED.match(text, place[0]):
            fact.locations.append((place[1], ctx.evidence(sa + m.end(), place[0], CONFIDENCE["pattern"])))
            return
    # 会议主会场设在X、分会场设在Y: right after the name, its grounds and their venues
    if _read_grounds(ctx, fact, s.end_char, sb):
        return
    # …，活动地点设在X / 。比赛在X举行: the event said again, then its place
    # (the event's own head, or a generic one: 座谈会在X召开 is no place of a 比赛)
    clauses = [c + 1 for c in range(s.end_char, sb) if text[c] in "，,；;"] + [sb]
    for c in clauses:
        g = _GROUND_IS.match(text, c)  # …活动，地点为X (a notice's): the ground said bare, its venue
        if g is not None and (place := place_at(ctx, g.end())) is not None:
            fact.locations.append((place[1], ctx.evidence(g.end(), place[0], CONFIDENCE["context"])))
            return
        m = _PLACE_SAID.match(text, c)
        # (比赛 names a 篮球赛 again: a head ending as the event's name does is of its kind)
        if m is None or not (s.text.endswith((m.group(1), m.group(1)[-1])) or m.group(1) in GENERIC_EVENT_HEADS):
            continue
        place = place_at(ctx, m.end())
        if place is None:
            continue
        y, ref = place
        if m.group(2) in _SET_AT or _HELD_AT.match(re.sub(r"^[（(][^）)]*[）)]", "", text[y : y + 30])):
            fact.locations.append((ref, ctx.evidence(m.end(), y, CONFIDENCE["context"])))
            # (、分会场设在Y: the next ground, set at a venue too)
            _read_grounds(ctx, fact, y + 1 if text[y : y + 1] in "、，,；;" else y, len(text))
            return
    if _room_of_named(ctx, fact, sa, s.start_char):
        return
    # X医院第五届职代会…在门诊楼五层学术报告厅召开: held in a room no place of the graph
    # names, on the premises of the organisation (not a union: no venue) the event is named after
    # (or by the union of an organisation: A公司工会…举办的X在三楼会议室举行, on A公司's premises)
    room = _ROOM_HELD.match(text, s.end_char, sb)
    if room is not None and place_at(ctx, room.end(1)) is None:
        for ref, ev in fact.organizers:
            host = ref if ref.cls == "Organization" and ev.start == s.start_char else _workplace_of(ctx, ref)
            if host is not None:
                fact.locations.append((host, ctx.evidence(s.start_char, room.end(), CONFIDENCE["context"])))
                return
        # (某某大厦楼宇工会联合会成立大会在大厦18楼…: the building the body's name opens with)
        if (building := building_in_name(ctx, text[room.end(1) : room.end()], s.start_char, s.end_char)) is not None:
            fact.locations.append((building, ctx.evidence(s.start_char, room.end(), CONFIDENCE["context"])))
            return
    # A公司工会在公司培训中心举办X: the kind of workplace its name ends with, alone, is
    # the organiser's own premises (a room there names no place of the graph)
    for m in _OWN_PREMISES.finditer(text, sa, s.start_char):
        if place_at(ctx, m.start(1)) is None and _on_premises(ctx, fact, m.group(1), m.start(1), m.end()):
            return
    # 走进辖区一处工地开展…: a venue not named, in the organiser's own area (辖区)
    if _JURISDICTION.search(text, sa, sb) and _in_organisers_area(ctx, fact):
        return
    if ctx.opens_with(sa, SUMMING_OPENERS) and scene_place(ctx, fact, sa):
        return
    # an area naming the event: 2025年北京经济技术开发区“亦城工匠日”主题活动 (走访X村困难职工: visited)
    inside_body = [(x, y) for x, y, _ in ctx.bodies_in(s.start_char, s.end_char)]
    for x, y in ctx.area_at.starting_in(s.start_char, s.end_char):
        if any(bx <= x < by for bx, by in inside_body):
            continue
        # (or in brackets inside it: 全国职工技能（南通）联赛, the host city)
        # (第五届X区职工技能大赛: after the year and the edition its name counts)
        if _AREA_OPENS.fullmatch(text, s.start_char, x) or (text[x - 1] in "（(" and text[y : y + 1] in "）)"):
            # (广州市花都区…家庭日: the area of the lowest level that opens it)
            while (lower := ctx.area_at.by_start.get(y)) and max(lower)[1] < s.end_char:
                x, y = max(lower)
            fact.locations.append((area_ref(ctx.area_at[(x, y)]), ctx.evidence(x, y, CONFIDENCE["context"])))
            return
    # X镇总工会第二次会员代表大会召开, no venue said (no room either: 在办公楼三楼会议室召开 leaves it
    # unknown): an area's union holds its own meeting in its area
    if _ROOM_HELD.match(text, s.end_char, sb) is None and any(
        ref.cls == "TradeUnion" and ref.name.endswith(AREA_UNION_ENDINGS[0]) and ev.start == s.start_char
        for ref, ev in fact.organizers[:1]
    ):
        _in_organisers_area(ctx, fact)


def _referred_site(ctx: ArticleContext, fact: EventFact, at: int, b: int) -> bool:
    """在该公司酿造车间举行, 在位于X镇的该企业会议室召开: a word referring back to a
    body (该公司, kg.extract.referred), its premises or a room there, then the verb: the
    event is held on the premises of the body named last before; whether it was."""
    text = ctx.text
    if text[at : at + 1] not in REFERRING:
        return False
    kind = next((w for w in (*FIRM_WORDS, *WORKPLACE_ENDINGS) if text.startswith(w, at + 1)), None)
    if kind is None:
        return False
    y = at + 1 + len(kind)
    tail = text[y:b]
    if not (_HELD_AT.match(tail) or _PREMISES_HELD.match(tail) or _ROOM_OF_PLACE.match(tail)):
        return False
    referred = referred_body(ctx, at, at)
    if referred is not None:
        fact.locations.append((referred[1], ctx.evidence(at, y, CONFIDENCE["context"])))
        return True
    # (…公司工会承办的X，在该公司车间举行: the company only in its union's name, an organiser's)
    return _on_premises(ctx, fact, "公司" if kind in FIRM_WORDS else kind, at, y)


def _room_of_named(ctx: ArticleContext, fact: EventFact, sa: int, b: int) -> bool:
    """…来到遵义市职工服务中心，了解…，并在中心四楼会议室召开座谈会: the room is in the
    venue named before in the sentence whose name ends with the word the room's opens with."""
    m = _ROOM_OF_NAMED.search(ctx.text, sa, b)
    if m is None:
        return False
    named = [ctx.ref_at[span] for span in ctx.ref_at.starting_in(sa, m.start()) if span[1] <= m.start()]
    place = next((r for r in reversed(named) if r.cls == "Place" and r.name.endswith(m.group(1))), None)
    if place is None:  # (a venue named days before, in a diary: the last so named, or its institution)
        named = [ctx.ref_at[span] for span in ctx.ref_at.starting_in(0, sa) if span[1] <= sa]
        place = next((r for r in reversed(named) if r.cls in _VENUES and r.name.endswith(m.group(1))), None)
    if place is not None:
        fact.locations.append((place, ctx.evidence(m.start(), m.end(), CONFIDENCE["context"])))
    return place is not None


def _on_premises(ctx: ArticleContext, fact: EventFact, kind: str, a: int, b: int) -> bool:
    """Puts the event on the premises of the workplace whose union organises it, when its
    name ends with ``kind`` (公司, 医院: the word the sentence names them by); whether it did."""
    for ref, _ in fact.organizers:
        host = _workplace_of(ctx, ref)
        if host is not None and host.name.endswith(kind):
            fact.locations.append((host, ctx.evidence(a, b, CONFIDENCE["context"])))
            return True
    return False


def _in_organisers_area(ctx: ArticleContext, fact: EventFact) -> bool:
    """Puts the event in the area its first organiser's name is of (the last, lowest, area
    its name holds: 十堰市张湾区车城路街道总工会 -> 车城路街道); whether one was found."""
    for ref, ev in fact.organizers[:1]:
        named = [(x, y) for x, y in ctx.ref_at.starting_in(ev.start, ev.end) if ctx.ref_at[(x, y)] == ref]
        for a, b in named[:1]:
            areas = sorted((x, y) for x, y in ctx.area_at.starting_in(a, b) if y <= b)
            if areas:
                x, y = areas[-1]
                fact.locations.append((area_ref(ctx.area_at[(x, y)]), ctx.evidence(x, y, CONFIDENCE["context"])))
                return True
    return False


def _workplace_of(ctx: ArticleContext, ref: EntityRef) -> EntityRef | None:
    """The organisation the article names whose union ``ref`` is (A公司工会: A公司), or None
    (an area's union, 总工会, has no premises of its own)."""
    if ref.cls != "TradeUnion" or ref.name.endswith(AREA_UNION_ENDINGS[0]):
        return None
    for suffix in UNION_HOST_SUFFIXES:
        host = EntityRef("Organization", ref.name[: -len(suffix)])
        if ref.name.endswith(suffix) and len(host.name) >= 2 and host in ctx.facts.entities:
            return host
    return None


def _held_at(
    ctx: ArticleContext, fact: EventFact, s: Span, m: re.Match[str], at: int, sa: int, y: int, ref: EntityRef
) -> bool:
    """Whether the place ``ref`` ending at ``y``, after the opener ``m`` (``at``: where the
    opener ends), is where the event is held: a venue verb after it (perhaps after 的 and the
    area's venue: 在X区的Y中心举行), or the event's name right after or before it; if so it
    is the event's place."""
    text = ctx.text
    tail = re.sub(r"^[（(][^）)]*[）)]", "", text[y : y + 30])
    # (not 在江苏省总工会召开: a body the area opens, the host, no site of it)
    of = _OF_AREA.match(tail) if ref.cls == "AdministrativeArea" else None
    if of and (of.group().startswith("的") or not ctx.bodies_in(min(at, y), y + of.end())):
        tail = tail[of.end() :]
    elif ref.cls != "AdministrativeArea" and (room := _ROOM_OF_PLACE.match(tail)):
        tail = tail[room.end() :]  # (某殡仪馆（…）守正厅举行: the room's words, then the verb)
    if site := _SITE_OF_PLACE.match(tail):
        tail = tail[site.end() :]  # (在X考点举行: the site's word, then the verb)
    near = s.end_char <= at <= s.end_char + 2 or 0 <= s.start_char - y <= 30
    # (“宣讲团”走进P, 走进P，为…: an event named with where it goes: P is its place; so is the area
    # gone into before one unnamed site of it: …活动，6名律师走进X镇一处工地)
    near = near or (s.start_char <= sa + m.start() and y <= s.end_char and s._.kg_kind == "verb")
    near = near or (ref.cls == "AdministrativeArea" and m.group(1) not in _AT and bool(_ONE_SITE.match(tail)))
    # 到A、B和C为…单位授牌: the places gone to in the clause of a verb phrase's event; or
    # before the clause of a stop of relief (来到X工地，为…送去Y: kg.nlp.stops.stop_place)
    near = near or (
        s._.kg_kind == "verb"
        and y <= s.start_char
        and not text.startswith(_AT, sa + m.start())
        and (not re.search("[，,；;]", text[y : s.start_char]) or stop_place(text, s.start_char) is not None)
    )
    if _HELD_AT.match(tail) or near:
        # (an area inside the opener, 在位于X区的Y中心举行: its span opens with the opener)
        start = at if at <= y else sa + m.start()
        fact.locations.append((ref, ctx.evidence(start, y, CONFIDENCE["pattern"])))
        host = _premises_of(ctx, ref, at, y) or scenic_area_of(ctx, ref, at, y)  # (某县某某景区: in 某县 too)
        if host is not None:
            fact.locations.append((host, ctx.evidence(start, y, CONFIDENCE["context"])))
        return True
    return False


def _unit_past_area(ctx: ArticleContext, fact: EventFact, at: int, sb: int) -> bool:
    """在<area>的<unit>实训基地举行: the unit (or its premises) named after an area and 的 is
    the venue, the area only says where it lies; so the unit is the event's place (and the
    company whose premises the venue is on), the area is not."""
    text = ctx.text
    # (the last of areas written one after the other: 于惠阳区淡水街道的某学院实训中心)
    y = at
    while ends := [e for x, e in ctx.ref_at.by_start.get(y, ()) if ctx.ref_at[(x, e)].cls == "AdministrativeArea"]:
        y = max(ends)
    areas = [y] if y > at and text.startswith("的", y) else []
    k = max(areas) + 1 if areas else (m.end() if (m := _ZONE_OF.match(text, at, sb)) else None)
    if k is None or (place := place_at(ctx, k)) is None or place[1].cls == "AdministrativeArea":
        return False
    y, ref = place
    # (…的X酒店国际会议厅召开: a room of the venue, then the verb)
    if not (
        _HELD_AT.match(text, y)
        or (ref.cls == "Organization" and _PREMISES_HELD.match(text, y))
        or (ref.cls == "Place" and _ROOM_OF_PLACE.match(text, y))
    ):
        return False
    fact.locations.append((ref, ctx.evidence(k, y, CONFIDENCE["pattern"])))
    host = _premises_of(ctx, ref, k, y)
    if host is not None:
        fact.locations.append((host, ctx.evidence(k, y, CONFIDENCE["context"])))
    return True


def _premises_of(ctx: ArticleContext, ref: EntityRef, a: int, b: int) -> EntityRef | None:
    """The company whose premises the venue ``ref`` (named in ``[a, b)``) is on, when its name
    is the company's full name and then words ending in a head of premises (X有限公司实训基地:
    X有限公司, recorded as an organisation of the article; not X有限公司Y项目), else None."""
    if ref.cls != "Place":
        return None
    m = _COMPANY_OPENING.match(ref.name)
    if m is None or not ref.name.endswith(PREMISES_HEADS):
        return None
    k = ctx.text.find(m.group(), a, b)
    if k < 0:
        return None
    host = EntityRef("Organization", m.group())
    ctx.add(host, None, (k, k + len(host.name)), CONFIDENCE["context"])
    return host


def _read_grounds(ctx: ArticleContext, fact: EventFact, at: int, sb: int) -> bool:
    """主会场设在X、分会场设在Y right at ``at`` (after the event's name: 会议主会场…): each
    venue is a place of the event; the grounds follow one another with only a mark between."""
    found = False
    while (m := _GROUND_SET.match(ctx.text, at, sb)) is not None:
        place = place_at(ctx, m.end())
        if place is None:
            break
        y, ref = place
        fact.locations.append((ref, ctx.evidence(m.end(), y, CONFIDENCE["pattern"])))
        found, at = True, y + 1 if ctx.text[y : y + 1] in "、，,；;" else y
    return found
