"""Family *bodies*: unions, organisations and venues, by their full names.

Short forms are resolved here, where the article's own context is at hand: 市总工会 is
the 市 of the page's region, 区总工会 the district the article is about, 街道总工会 the
street union named before it, 经开区 whatever the text defined it as.  Needs the areas
(``ctx.area_at``, from ``kg.extract.areas``); fills ``ctx.ref_at`` with each body, which
every later family asks (who holds a post where, who organises an event).
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.area_stems import area_by_stem, area_named_inside, former_prefecture, region_opening, site_area
from kg.extract.body_hosts import company_venue, host_name, named_before, union_host
from kg.extract.congress import congress_union
from kg.extract.context import CONFIDENCE, ArticleContext, Zone, area_ref
from kg.extract.departments import bare_department, level_department, union_department
from kg.extract.gov_bodies import read_area_body
from kg.extract.head_words import head_name
from kg.extract.level_names import city_in_sentence, level_name, level_union_unit
from kg.extract.names import quoted_proper, simplified
from kg.extract.national_forms import owned_unit, regional_body, venue_area
from kg.extract.residents import residents_body
from kg.extract.staffed_venues import bracketed_unit, in_a_units_row, staffed, union_home
from kg.extract.union_committees import headed_committee
from kg.extract.union_units import chain_unit
from kg.extract.wordlists import AREA_UNION_ENDINGS, UNION_COMMITTEES, UNION_WORD
from kg.lexicon import lexicon, words
from kg.model.facts import EntityRef
from kg.nlp.definitions import DEFINITION_RE
from kg.nlp.text import OPEN_QUOTES, all_han

THEIRS = tuple(words("bodies/their_words.txt"))  # 他们厂工会: others' body, by its type alone
# the contract class of each label of a body
CLASS_OF = {"UNION": "TradeUnion", "ORG": "Organization", "PLACE": "Place"}
# from the widest area to the narrowest: an area narrower than the next one names where a body is
LEVEL_RANK = {"province": 1, "prefecture": 2, "county": 3, "zone": 3, "township": 4, "community": 5}
# 经费审查委员会, 女职工委员会 …: a committee of the union named before it
COMMITTEES = frozenset(UNION_COMMITTEES)
# a union's committees written after the bare word 工会 (工会女职工委员会); 工会委员会 is the
# committee the union's members elect: the union itself
UNION_COMMITTEE_WORD = "委员会"
FEDERATION_COMMITTEE = "工会联合会委员会"  # a federation's whole committee: the federation
# what an area's federation of unions written short (广州市总) ends with
FEDERATION = "总"
# verbs only a body does (承办, 主办): a venue named right before one is the body running it
RUNNING_VERBS = words("bodies/running_verbs.txt")
# what follows 工会 in a federation's ending (工会联合会, 工会联席委员会)
UNION_TAILS = tuple(u.removeprefix(UNION_WORD) for u in lexicon().union_suffixes if u.startswith(UNION_WORD + "联"))


def read_bodies(ctx: ArticleContext) -> None:
    """Each UNION, ORG and PLACE mention to its entity, with the area its name puts it in,
    the body it belongs to (a committee's union, a union's host) and its aliases; party
    and government bodies and departments by kg.extract.gov_bodies, the departments once
    the bodies they belong to are read."""
    departments = []
    heads = {(s.start_char, s.end_char): s for s in ctx.spans if s.label_ == "UNION" and s._.kg_kind == "head"}
    for s in _defined_later_last(ctx):
        if s.label_ not in ("UNION", "ORG", "PLACE"):
            continue
        if heads and _head_union_committee(ctx, s, heads):
            continue
        kind = s._.kg_kind
        if kind in ("level-body", "area-body", "chain-body", "league-body", "region-body") and read_area_body(ctx, s):
            continue
        if kind in ("party-dept", "union-dept", "union-dept-next", "union-dept-bare"):
            departments.append(s)
            continue
        if level_union_unit(ctx, s) or chain_unit(ctx, s):
            continue
        if kind == "" and s.label_ == "ORG" and level_department(ctx, s) is not None:
            continue
        if _defined_short_form(ctx, s):
            continue
        named = body_name(ctx, s)
        if named is None:
            continue
        name, area = named
        name = simplified(name)
        before = ctx.text[s.start_char - 1 : s.start_char]
        if not all_han(name[:1]) and not name[:1].isalnum() and not quoted_proper(name, before):
            continue
        cls = CLASS_OF[s.label_]
        if cls == "Place" and ctx.text.startswith(RUNNING_VERBS, s.end_char):
            cls = "Organization"  # 市工人文化宫承办: the body that runs the venue, organising
        if cls == "Place" and (staffed(ctx, s) or bracketed_unit(ctx, s)):
            cls = "Organization"  # 某区文化馆馆长, 王某（某镇快递服务站）: the institution a person works at
        if cls == "Place" and _union_inside(ctx, name) and not union_home(name):
            cls = "Organization"  # 某区总工会职工心理健康服务驿站: the union's unit, not a venue
        name = headed_committee(name, ctx.union_before(s.start_char))  # (公司女职工委员会)
        if (name in COMMITTEES or name.removeprefix(UNION_WORD) in COMMITTEES) and in_a_units_row(ctx, s):
            continue  # 某医院	王某	工会女职工委员会主任: the row's unit's union's committee, unnamed
        if name in COMMITTEES or name.removeprefix(UNION_WORD) in COMMITTEES:
            # a union named in the same sentence, else the union whose congress the text
            # told (a guest's union may be named between)
            sa, _ = ctx.sentence_of(s.start_char)
            if ctx.text.endswith(UNION_WORD, 0, s.start_char) and not any(
                u.end_char == s.start_char for u in ctx.mentions_in("UNION", sa, s.start_char)
            ):
                continue  # 18个县（区）总工会经审会: the committees of unions no name gives
            here = any(ref.cls == "TradeUnion" for _x, _y, ref in ctx.bodies_in(sa, s.start_char))
            union = None if here else congress_union(ctx, s.start_char)
            union = union or ctx.union_before(s.start_char)
            if union is None:
                continue
            # 工会女职工委员会: the committee of the union, written with the bare word 工会
            committee = name.removeprefix(UNION_WORD) if union.name.endswith(UNION_WORD) else name
            if committee == UNION_COMMITTEE_WORD:  # 工会委员会: the union's own committee, the union
                ctx.add(union, s.text, (s.start_char, s.end_char), CONFIDENCE["context"])
                continue
            # (街道总工会委员会…和经费审查委员会: the union's own committee named before is the union)
            host = (
                union.name.removesuffix(UNION_COMMITTEE_WORD)
                if union.name.endswith((UNION_WORD + UNION_COMMITTEE_WORD, FEDERATION_COMMITTEE))
                else union.name
            )
            name = host + committee
            info = ctx.add(EntityRef(cls, name), s.text, (s.start_char, s.end_char), CONFIDENCE["context"])
            info.parent = union
            continue
        if s._.kg_kind not in ("national", "level"):  # (湖南分公司 too: areas may open a tail)
            earlier = named_before(ctx, cls, name, s.start_char)
            if earlier is not None:
                ctx.add(earlier, s.text, (s.start_char, s.end_char), CONFIDENCE["context"])
                continue
            if name[1:] == UNION_WORD and ctx.text.endswith(THEIRS, 0, s.start_char):
                continue  # 他们厂工会, no 厂 named before: a works' union referred to by its type, unnamed
        ref = EntityRef(cls, name)
        written = s.text + (s._.kg_ref or "") if kind == "listed" else DEFINITION_RE.sub("", s.text)
        info = ctx.add(ref, written, (s.start_char, s.end_char), CONFIDENCE["name"])
        if s._.kg_kind == "national":  # its short forms, however the text named it (全总, 全国总工会)
            info.aliases.update(f for f, (c, _k) in ctx.lex.national_bodies.items() if c == name and f != name)
        if cls == "Place" and area is not None:
            bare = _without_areas(ctx, s)
            if bare:
                info.aliases.add(bare)
        if area is None and cls in ("TradeUnion", "Place"):
            area = region_opening(ctx, s.text) if kind == "national" else area_by_stem(ctx, name)
        elif area is not None and cls == "Place":
            area = area_named_inside(ctx, name, area) or area
        area = (site_area(ctx, s.start_char, s.text, area) if cls == "Place" else None) or area
        if area is not None and (
            (cls == "TradeUnion" and host_name(ctx, name) is not None) or (cls == "Place" and company_venue(name))
        ):
            # 南开区某某幼儿园工会, 天津某某有限公司工会, 某市某某有限公司实训基地: the area
            # names the host, not where its union or venue is (an organisation is placed by the
            # text only, never by its name)
            area = None
        told = cls == "Organization" and area is not None and _leading_areas(ctx, s)[1] is area
        if area is not None and (cls in ("TradeUnion", "Place") or residents_body(area, name) or told):
            # (an organisation after an area its name does not open with, 城西区青海省某中心, lies
            # there by the text's word)
            where = area_ref(area)
            ctx.facts.entity(where, mention=False)
            info.located_in = where
        if cls == "TradeUnion" and not (kind == "level" and name == s.text):
            union_host(ctx, s, name)  # (县卫生局工会 unresolved: no 县卫生局 named bare)
    for s in departments:
        (bare_department if s._.kg_kind == "party-dept" else union_department)(ctx, s)


def _head_union_committee(ctx: ArticleContext, s: Span, heads: dict[tuple[int, int], Span]) -> bool:
    """公司工会女职工委员会, 集团工会经费审查委员会: a union committee written after a union named
    by its type word alone is the committee of the union the type word names (the company
    named last's union, kg.extract.head_words), not a body named 公司工会….  The longer
    span comes first: the union inside it is read here, where the committee needs it."""
    if s.label_ != "ORG" or s._.kg_kind:
        return False
    committee = next((c for c in UNION_COMMITTEES if s.text.endswith(c) and len(s.text) > len(c)), None)
    inner = heads.get((s.start_char, s.end_char - len(committee))) if committee else None
    named = head_name(ctx, inner, inner.text) if inner is not None else None
    if named is None or not named[0].endswith(UNION_WORD):
        return False
    union = EntityRef("TradeUnion", named[0])
    ctx.add(union, inner.text, (inner.start_char, inner.end_char), CONFIDENCE["context"])
    info = ctx.add(
        EntityRef("Organization", named[0] + committee), s.text, (s.start_char, s.end_char), CONFIDENCE["context"]
    )
    info.parent = union
    return True


def _union_inside(ctx: ArticleContext, name: str) -> bool:
    """Does a union's name (…总工会, …工会) stand inside ``name``, words after it?  A venue so
    named (某区总工会职工法律服务站) is a unit the union runs; a venue word with 工会 inside
    (某社区工会驿站) and a longer union's name (某工会联合会…) are no such union."""
    k = name.rfind(UNION_WORD)
    rest = name[k + len(UNION_WORD) :]
    return (
        k > 0
        and len(rest) >= 2
        and not any(UNION_WORD in v and name.endswith(v) for v in ctx.lex.venue_suffixes)
        and not rest.startswith(UNION_TAILS)
    )


def _defined_later_last(ctx: ArticleContext) -> list[Span]:
    """The mentions in the text's order, but a short form written before the name it is defined
    for (a photo caption or a lead over 某某劳工联合总会（某某劳联）…) after that name, so that
    it is read as the body the definition names."""
    first = {}
    for s in ctx.spans:
        first.setdefault(s.text, s.start_char)
    abbrs = ctx.abbreviations
    later = [
        s
        for s in ctx.spans
        if s.label_ in ("UNION", "ORG") and s.text in abbrs and first.get(abbrs[s.text], -1) > s.start_char
    ]
    if not later:
        return list(ctx.spans)
    moved = {id(s) for s in later}
    return [s for s in ctx.spans if id(s) not in moved] + later


def _defined_short_form(ctx: ArticleContext, s: Span) -> bool:
    """海淀园管委会 after …管理委员会（简称海淀园管委会）: a short form the text defined is the
    body named in full at the definition (its alias), not a body of its own; the name before it
    where there is one, else the first after (a caption over the lead that defines it)."""
    full = ctx.abbreviations.get(s.text)
    if not full or s.label_ not in ("UNION", "ORG"):
        return False
    named = [(xy, ref) for xy, ref in ctx.ref_at.items() if ctx.text[xy[0] : xy[1]] == full]
    before = [n for n in named if n[0][1] <= s.start_char]
    if not named:
        return False
    ref = max(before, key=lambda n: n[0])[1] if before else min(named, key=lambda n: n[0])[1]
    if ref.cls not in ("TradeUnion", "Organization"):
        return False
    ctx.add(ref, s.text, (s.start_char, s.end_char), CONFIDENCE["context"])
    return True


def body_name(ctx: ArticleContext, s: Span) -> tuple[str, object | None] | None:
    """Full name of a union/organisation/venue mention, and the area its name puts it in."""
    # X（以下简称Y）工会: the definition written inside the name is no part of it
    text = DEFINITION_RE.sub("", s.text)
    kind = s._.kg_kind or ""
    if kind == "national":
        return regional_body(ctx, s) or s._.kg_ref or text, None
    if kind == "listed":
        return listed_name(ctx, s)
    if kind == "level":
        # 市总工会 is the level's union even where 市总 is defined as a short name
        # (北京市总工会（以下简称“市总”）… 市总工会): the context gives the same body
        return level_name(ctx, s, text)
    # the longest defined abbreviation opening the name (and not all of it)
    abbrs = ctx.abbreviations
    abbr = next((text[:n] for n in ctx.abbreviation_lengths if n < len(text) and text[:n] in abbrs), None)
    if abbr is not None and not text.startswith(abbrs[abbr]):  # (not the full name itself: 宁德时代新能源…)
        text = abbrs[abbr] + text[len(abbr) :]
    if kind == "head" and abbr is None:  # (公司工会 where the text defined 公司: that company's)
        return head_name(ctx, s, text)
    owned = owned_unit(ctx, text, kind)
    if owned is not None:
        return owned, venue_area(ctx, s)
    lead, where = _leading_areas(ctx, s)
    if not lead:
        # (also a body named by a defined abbreviation that is not an area's)
        return _level_venue(ctx, s, text) or (text, None)
    # qualifiers before the innermost area go (朝阳区建外街道总工会 is 建外街道总工会); the
    # name keeps the area as written, qualified only when that full name is ambiguous
    x, y, inner = lead[-1]
    outer = where is not None and LEVEL_RANK.get(where.level, 0) > LEVEL_RANK.get(inner.level, 0)
    if outer or former_prefecture(ctx, y, inner):  # (宜昌地区总工会: placed nowhere)
        named = _named_from(ctx, x, y, inner, s)
        return named[0], where
    return _named_from(ctx, x, y, inner, s)


def _leading_areas(ctx: ArticleContext, s: Span) -> tuple[list, object | None]:
    """The areas a mention opens with, one after another (朝阳区建外街道…, 昆明市西山区…),
    from where its name starts; and the area before one it does not contain (集美区厦门市
    职工文化宫: 集美区), which says where the body is, the text's word, not its name's."""
    pos, lead = s.start_char, []
    for x, y, area in ctx.areas_in(s.start_char, s.end_char):
        if x == pos:
            lead.append((x, y, area))
            pos = y
        elif lead and x == lead[-1][0] and isinstance(area, Zone):  # (常州经济开发区: the zone, not 常州)
            lead[-1], pos = (x, y, area), y
    for i in range(1, len(lead)):
        if not _inside(ctx, lead[i][2], lead[i - 1][2]):
            return lead[i:], lead[i - 1][2]
    return lead, None


def _level_venue(ctx: ArticleContext, s: Span, text: str):
    """区工人文化宫, 市职工服务中心: a venue named after a bare level word (a word of its own,
    or one ORG word with it) is the one of the area of that level in context, as 市总工会 is;
    so is an institution so named (县第一中学, 镇卫生院, 区劳动人事争议仲裁院: the area's own);
    None where no area is certain (市民广场: 市民 is no level word and a name)."""
    word = next((w for w in ctx.lex.level_words if text.startswith(w) and len(text) > len(w) + 2), None)
    # (a union's unit or team, 市总工会职工服务中心, 区总工会“法律援助”服务队, is read as written:
    # kg.extract.level_names, kg.extract.body_links; a committee, 区女职工委员会, is a body's own)
    institution = (
        s.label_ == "ORG"
        and not s._.kg_kind
        and text.endswith(ctx.lex.org_suffixes)
        and not text.endswith(UNION_COMMITTEE_WORD)
        and UNION_WORD not in text
        and not any(q in text for q in OPEN_QUOTES)
    )
    if not (s.label_ == "PLACE" or institution) or word is None:
        return None
    first = ctx.doc.char_span(s.start_char, s.start_char + 1, alignment_mode="expand")
    # (the tagger may glue the level word to a word of two characters or more, 市职工|服务中心:
    # still the level's; not to one character, 市民广场, 市场: a word of its own)
    glued = first is not None and first[0].text.startswith(word) and len(first[0].text) - len(word) >= 2
    if first is None or not (len(first[0].text) == len(word) or first[0].tag_ == "ORG" or glued):
        return None
    area = ctx.context_area(ctx.lex.level_words[word], s.start_char, word)
    if area is not None and s.label_ == "PLACE":
        area = city_in_sentence(ctx, area, word, s.start_char) or area  # 某市总工会在市会议中心…
    return (ctx.qualified(area) + text[len(word) :], area) if area is not None else None


def listed_name(ctx: ArticleContext, s: Span) -> tuple[str, object | None]:
    """东城区 in 东城区、西城区等总工会: the union of the area written there, named by the
    list's shared ending (``kg_ref``, 区总工会 after an area written short: 海淀、丰台两区)."""
    ending = s._.kg_ref or ""
    area = ctx.area_at.get((s.start_char, s.end_char))
    if area is None and s.text.endswith(FEDERATION):
        # 广州市总: the area's federation of unions written short (kg.nlp.unions)
        area = ctx.area_at.get((s.start_char, s.end_char - len(FEDERATION)))
        if area is not None:
            return ctx.qualified(area) + FEDERATION + ending, area
    if area is None:
        return s.text + ending, None
    if not ending.startswith(("总", "工")) and area.name.endswith(ending[:1]):
        ending = ending[1:]  # 海淀 + 区总工会: the area's full name has the level word
    return ctx.qualified(area) + ending, area


def _inside(ctx: ArticleContext, area, container) -> bool:
    code = area.parent if isinstance(area, Zone) else area.code
    if container.code is None:
        return False
    return code == container.code or ctx.gaz.contains(container.code, code)


def _named_from(ctx: ArticleContext, x: int, y: int, inner, s: Span):
    """The name from the innermost leading area on: the area as written (a short form as
    its full name), qualified when ambiguous."""
    written = ctx.text[x:y]
    kind = ctx.area_kind.get((x, y), "full")
    rest = DEFINITION_RE.sub("", ctx.text[y : s.end_char])
    if rest[:1] == written[-1:] and rest[1:] in ctx.lex.level_bodies:
        rest = rest[1:]  # 滁州市市总工会: the level said again before the area's body
    if kind in ("abbr", "capital"):
        return inner.name + rest, inner
    if written == inner.name or (kind == "short" and rest == AREA_UNION_ENDINGS[0]):
        # (甲安总工会, an area's stem before 总工会: the federation of 甲安县, named in full)
        return ctx.qualified(inner) + rest, inner
    return written + rest, inner


def _without_areas(ctx: ArticleContext, s: Span) -> str | None:
    """苏家坨镇凤凰岭劳模实践基地 is also 凤凰岭劳模实践基地 — when what follows the areas is a
    proper name of its own (a place word, not 户外劳动者驿站)."""
    pos = s.start_char
    for x, y, _area in ctx.areas_in(s.start_char, s.end_char):
        if x == pos:
            pos = y
    if pos == s.start_char or pos >= s.end_char:
        return None
    token = ctx.doc.char_span(pos, pos + 1, alignment_mode="expand")
    if any(ctx.text.startswith(w, pos) for w in ctx.lex.org_suffixes if len(w) > 1):
        return None  # 延边大学体育馆: the area names the institution (延边大学), no name without it
    if (
        (token is not None and token[0].tag_ in ("LOC", "ORG", "nz", "ns", "PER"))
        or ctx.text[pos].isascii()
        or ctx.text[pos] in OPEN_QUOTES
    ):
        return ctx.text[pos : s.end_char]
    return None
