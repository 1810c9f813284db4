"""Family *bodies*, party and government bodies: the full names of 区委, 县政府, 洛江区委,
白兔潭镇党委, 市委宣传部, a bare 统战部 in a committee's title chain, and a union's departments.

The area of a body is the one its name is glued to (洛江区委: 洛江区), else the area of
that level the text named last or the page is about (``ctx.context_area``) — never one
guessed among many.  The canonical names follow the official pattern (中共<area>委员会,
<area>人民代表大会常务委员会); the short forms are aliases, for a reader (and a search)
finds a body by the name the paper printed.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.context import CONFIDENCE, LEVEL_ENDINGS, UNPLACED, ArticleContext, Zone, area_ref
from kg.extract.level_names import level_area_said
from kg.extract.one_area import one_named_area
from kg.extract.unnamed_area_bodies import unnamed_area_body, unnamed_chain_body
from kg.ingest.normalize import to_traditional
from kg.lexicon import table, words
from kg.model.facts import EntityRef
from kg.nlp.gov_bodies import COMMITTEE_WORDS, LEAGUE, REGION_BODIES

# the Youth League's name before an area's committee (共青团宜昌市委)
YOUTH_LEAGUE = "共青团"

# other forms of a body's name (level_body_aliases.tsv): word -> templates
ALIASES = {w: tuple(forms.split(",")) for w, forms in table("bodies/level_body_aliases.tsv", header=True)}
# a party committee's departments: short form -> the name after 中共<area>委
DEPARTMENTS = dict(table("bodies/party_departments.tsv", header=True))
INSTITUTIONS = words("bodies/party_institutions.txt")
# what ends a government department's name (市科技局, 省住建厅)
DEPARTMENT_ENDINGS = words("bodies/department_endings.txt")
# the kinds of mention (kg.nlp.gov_bodies) of a body of an area
AREA_BODIES = ("area-body", "level-body", "league-body")
# bodies named by their own name or type word (某公司, 该集团): not an area's
OWN_CHAIN_KINDS = ("", "head", "listed-firm")
# a party working committee (街道党工委, 开发区工委): sent by the committee above, its departments
# no bodies of their own (kg.extract.joined writes them with the title)
WORKING_COMMITTEE = "工委"
# the committee word of level_bodies.tsv whose departments these are
COMMITTEE = "委"
# the word of level_bodies.tsv naming a people's government, and its short forms
GOVERNMENT = "人民政府"
STREET_OFFICE = "办事处"  # a street's office: its government
GOVERNMENT_WORDS = ("人民政府", "政府")
# regions whose governments are no people's governments (香港特别行政区政府, 台北市政府)
REGION_GOVERNMENTS = frozenset(words("bodies/region_governments.txt"))
# the name of a government there, and its word
REGION_GOVERNMENT, REGION_GOVERNMENT_WORD = "{area}政府", "政府"
# where a level body's canonical name puts its area (level_bodies.tsv)
AREA_SLOT = "{area}"

TOWNSHIP = "township"  # the registry's level of towns, townships and streets
# how news shortens a development zone's ending (高新技术产业开发区 → 高新区)
ZONE_ABBREVIATIONS = table("areas/zone_abbreviations.tsv")
# the level word of a city (and of a municipality: 天津市)
CITY = "市"


def read_area_body(ctx: ArticleContext, s: Span) -> bool:
    """Read a body of an area (``level_body``); False for a department of a level no area in
    context names (市住建局 on a page naming no one city), which is then named as printed,
    as 市交通运输局 is, rather than dropped."""
    if level_body(ctx, s) is not None:
        return True
    return s._.kg_kind not in ("level-body", "region-body") or not s.text.endswith(DEPARTMENT_ENDINGS)


def level_body(ctx: ArticleContext, s: Span) -> EntityRef | None:
    """区政协 in an article about 雁塔区: 中国人民政治协商会议西安市雁塔区委员会; 洛江区委:
    中共泉州市洛江区委员会; 总工会 in 区委常委、总工会主席: the same area's union."""
    text, at = s.text, s.start_char
    if s._.kg_kind == "chain-body":
        before = _last_area_body(ctx, at)
        where = _area_of(ctx, before) if before is not None else None
        if where is None:
            return unnamed_chain_body(ctx, s, before, _template)
        area, level, rest = where[0], where[1], text
    elif s._.kg_kind == "league-body":
        # 团省委: the level's 团委 (共青团<area>委员会)
        level = next((w for w in ctx.lex.level_words if text[len(LEAGUE) :].startswith(w)), None)
        area = ctx.context_area(ctx.lex.level_words[level], at) if level is not None else None
        if area is None:
            return None
        rest = LEAGUE + COMMITTEE
        if ctx.text.endswith(YOUTH_LEAGUE[: -len(LEAGUE)], 0, at):
            # 共青团区委: the league's full name before the short form, as printed
            text, at = YOUTH_LEAGUE + text[len(LEAGUE) :], at - len(YOUTH_LEAGUE) + len(LEAGUE)
    else:
        where = _area_of(ctx, s)
        if where is None:
            return unnamed_area_body(ctx, s, _template)
        area, level, rest = where
        if rest == COMMITTEE and ctx.text.endswith(YOUTH_LEAGUE, 0, at):
            # 共青团宜昌市委: the area's committee of the Youth League, not the party's
            text, at, rest = YOUTH_LEAGUE + text, at - len(YOUTH_LEAGUE), LEAGUE + COMMITTEE
    named = _template(ctx, rest)
    if named is None:
        return None
    template, cls, word, parent_word = named
    if template == ctx.lex.level_bodies[GOVERNMENT][0] and in_region_governed(ctx, area):
        template = REGION_GOVERNMENT  # 特区政府: 香港特别行政区政府, not a people's government
    # (a union is named as the unions' family names it: by the area, qualified when ambiguous)
    named_area = ctx.qualified(area) if cls == "TradeUnion" else full_area_name(ctx, area)
    ref = EntityRef(cls, template.format(area=named_area))
    # (a bare 总工会 or 政府 is no name of its own)
    info = ctx.add(ref, text if s._.kg_kind != "chain-body" else None, (at, s.end_char), CONFIDENCE["context"])
    if s._.kg_kind == "league-body":
        info.aliases.add(s.text)  # 团区委, besides 共青团区委
    forms = area_forms(ctx, area)
    for form in forms:
        info.aliases.add(template.format(area=form))
        info.aliases.add(form + rest)
        info.aliases.update(alias.format(area=form) for alias in ALIASES.get(word, ()))
        if parent_word is not None:
            dept = word[len(parent_word) :]
            info.aliases.add(f"中共{form}委{DEPARTMENTS.get(dept, dept)}")
            info.aliases.add(f"中共{form}委员会{dept}")
    if level is not None and s._.kg_kind not in ("league-body", "region-body") and not text.startswith(YOUTH_LEAGUE):
        info.aliases.add(level + rest)
    if s._.kg_kind == "region-body":  # 香港中联办 as printed, the area glued before it
        info.aliases.update(ctx.text[x : s.end_char] for x, y, _a in ctx.areas_in(max(0, at - 12), at) if y == at)
    if s._.kg_kind == "area-body":  # 荷塘區委 as printed, besides 株洲市荷塘區委
        for x, _y, _area in ctx.areas_in(at, s.end_char):
            printed = ctx.written_at(x, s.end_char)
            if printed is not None:
                info.aliases.add(printed)
    if ctx.article.written is not None:
        # a traditional page: the names it never printed whole, spelled as it would (中共槐蔭區委員會)
        info.aliases.update({to_traditional(form) for form in (ref.name, *info.aliases)})
    info.aliases.discard(ref.name)
    if parent_word is not None and not word.endswith(INSTITUTIONS):
        info.parent = _committee(ctx, area, parent_word)  # (市委党校: a school of its own)
    town_halls = (ctx.lex.level_bodies[GOVERNMENT][0], ctx.lex.level_bodies[STREET_OFFICE][0])
    unplaced_town = getattr(area, "level", None) == UNPLACED and TOWNSHIP in ctx.lex.level_words.get(level, ())
    if template in town_halls and (getattr(area, "level", None) == TOWNSHIP or unplaced_town):
        # 镇政府, 乡人民政府, 街道办事处: a township's government (a street's office) is the town
        # hall, inside its township (where its meetings are held); a county's or a province's
        # governs, placed nowhere.  (A town the page leaves unplaced: the town as named.)
        where = EntityRef("AdministrativeArea", area.name) if unplaced_town else area_ref(area)
        ctx.facts.entity(where, mention=False)
        info.located_in = info.located_in or where
    return ref


def _area_of(ctx: ArticleContext, s: Span) -> tuple[object, str | None, str] | None:
    """(area, level word, the body word after it) of a body of an area: the area its name is
    glued to (洛江区委), else the area of the level the text or the page is about (区委)."""
    if s._.kg_kind == "region-body":
        return _region_area_of(ctx, s)
    if s._.kg_kind == "area-body":
        areas = ctx.areas_in(s.start_char, s.end_char)
        if not areas:
            return _unplaced_area_of(ctx, s)
        x, y, area = areas[-1]
        if (unplaced := _unplaced_area_of(ctx, s, y)) is not None:
            return unplaced  # 海门区临江镇人民政府: the town the registry has elsewhere only, unplaced
        if len(areas) > 1 and areas[-2][1] == x and not _within(ctx, area, areas[-2][2]):
            # 长沙经济技术开发区: a zone named by a city and a common zone name
            area = Zone(ctx.text[areas[0][0] : y], areas[-2][2].code or "")
        rest = ctx.text[y : s.end_char]
        short = next((w for w in LEVEL_ENDINGS if rest.startswith(w) and area.name.endswith(LEVEL_ENDINGS[w])), None)
        if short is not None:  # 澳门特区政府: 澳门 + 特区 (特别行政区) + 政府
            return area, short, rest[len(short) :]
        if rest[:1] == ctx.text[y - 1 : y] and _template(ctx, rest[1:]) is not None:
            rest = rest[1:]  # 茂县县委: the level said again (kg.nlp.gov_bodies)
        return area, _level_of(ctx, ctx.text[x:y]), rest
    level = next((w for w in ctx.lex.level_words_longest if s.text.startswith(w)), None)
    if level is None:
        return None
    area = level_area(ctx, level, s.start_char)
    return (area, level, s.text[len(level) :]) if area is not None else None


def level_area(ctx: ArticleContext, level: str, at: int):
    """The area a bare level word at ``at`` stands for (市 in 市委: a county-level city the
    text names too), or None."""
    levels = ctx.lex.level_words[level]
    return (
        level_area_said(ctx, level, at)
        or ctx.context_area(levels, at, level)
        or unplaced_before(ctx, level, at)
        or one_named_area(ctx, levels, LEVEL_ENDINGS.get(level, level))
    )


def _region_area_of(ctx: ArticleContext, s: Span) -> tuple[object, str, str] | None:
    """立法会 bare (region_bodies.tsv): the body of the area of its level glued before it
    (香港立法会), else of the one the text named last or the page is about."""
    level = REGION_BODIES[s.text]
    ending = LEVEL_ENDINGS.get(level, level)
    glued = [area for _x, y, area in ctx.areas_in(max(0, s.start_char - 12), s.start_char) if y == s.start_char]
    if glued and glued[-1].name.endswith(ending):
        return glued[-1], level, s.text
    area = ctx.context_area(ctx.lex.level_words[level], s.start_char, level)
    return (area, level, s.text) if area is not None else None


def _unplaced_area_of(ctx: ArticleContext, s: Span, at: int | None = None) -> tuple[object, str | None, str] | None:
    """定城镇委 where the registry has several 定城镇 and nothing on the page picks one: the
    body of the area as the page names it (中共定城镇委员会), which guesses no code.  ``at``: where
    that name starts, after registry areas written before it (某区定城镇人民政府)."""
    at = s.start_char if at is None else at
    found = [(y, area) for (x, y), area in ctx.unplaced_at.items() if x == at and y < s.end_char]
    if not found:
        return None
    y, area = found[0]
    return area, _level_of(ctx, area.name), ctx.text[y : s.end_char]


def unplaced_before(ctx: ArticleContext, level: str, at: int, start: int = 0) -> Zone | None:
    """The area of the level word ``level`` (镇) named last in ``[start, at)`` that the page
    leaves unplaced (定城镇 … 镇委: that town's committee), when no area of the registry is
    (``ctx.context_area`` answers those first)."""
    named = [
        (y, area) for (x, y), area in ctx.unplaced_at.items() if start <= x and y <= at and area.name.endswith(level)
    ]
    return max(named, key=lambda n: n[0])[1] if named else None


def _within(ctx: ArticleContext, area, container) -> bool:
    """Is ``area`` the registry's area inside ``container`` (or a zone named inside it)?"""
    if isinstance(area, Zone) or container.code is None:
        return isinstance(area, Zone)
    return area.code == container.code or ctx.gaz.contains(container.code, area.code)


def _last_area_body(ctx: ArticleContext, pos: int) -> Span | None:
    """The body of an area (区委, 洛江区人大常委会) named last before ``pos`` in its sentence."""
    a, _ = ctx.sentence_of(pos)
    found = [s for s in ctx.spans if a <= s.start_char and s.end_char <= pos and s._.kg_kind in AREA_BODIES]
    if not found:
        return None
    # 安徽省住建厅…，公司党委副书记、纪委书记X: a company named after the area's body opens
    # a chain of its own, whose bare 纪委 is the company's organ, not the area's
    if any(
        s.label_ == "ORG" and s._.kg_kind in OWN_CHAIN_KINDS and found[-1].end_char <= s.start_char < pos
        for s in ctx.spans
    ):
        return None
    return found[-1]


def _level_of(ctx: ArticleContext, area_name: str) -> str | None:
    """The level word an area's name ends with (洛江区: 区), if any."""
    return next((w for w in ctx.lex.level_words_longest if area_name.endswith(w)), None)


def _template(ctx: ArticleContext, rest: str) -> tuple[str, str, str, str | None] | None:
    """(canonical template, class, the word of the lists, the word of the body it belongs to)
    of what follows a level or an area: 政协, 委, or a committee's department (委宣传部)."""
    if rest in ctx.lex.level_bodies:
        template, cls = ctx.lex.level_bodies[rest]
        return template, cls, rest, None
    for committee in COMMITTEE_WORDS:
        if rest.startswith(committee) and rest[len(committee) :] in DEPARTMENTS:
            # 县委宣传部, 区党委宣传部: the department of the area's party committee
            return "中共{area}委" + DEPARTMENTS[rest[len(committee) :]], "Organization", rest, committee
    return None


def _committee(ctx: ArticleContext, area, word: str) -> EntityRef:
    """The committee (中共<area>委员会) a department belongs to, an entity of the article."""
    template, cls = ctx.lex.level_bodies[word]
    ref = EntityRef(cls, template.format(area=full_area_name(ctx, area)))
    info = ctx.facts.entity(ref, mention=False)
    for form in area_forms(ctx, area):
        info.aliases.add(template.format(area=form))
        info.aliases.add(form + word)
    info.aliases.discard(ref.name)
    return ref


def government(ctx: ArticleContext, area) -> EntityRef:
    """The people's government of an area (its 副区长's body, 雨花区副区长), an entity of the
    article under its canonical name, with the short forms (雨花区政府) as aliases."""
    template, cls = ctx.lex.level_bodies[GOVERNMENT]
    government_words = GOVERNMENT_WORDS
    if in_region_governed(ctx, area):  # (香港特别行政区政府, 台北市政府: no people's governments)
        template, government_words = REGION_GOVERNMENT, (REGION_GOVERNMENT_WORD,)
    ref = EntityRef(cls, template.format(area=full_area_name(ctx, area)))
    info = ctx.facts.entity(ref, mention=False)
    for form in {area.name, ctx.qualified(area), full_area_name(ctx, area)}:
        info.aliases.update(form + word for word in government_words)
    info.aliases.discard(ref.name)
    return ref


def in_region_governed(ctx: ArticleContext, area) -> bool:
    """Is ``area`` inside a region whose governments are no people's governments
    (region_governments.txt: 香港特别行政区, 台湾省)?"""
    code = None if isinstance(area, Zone) else area.code
    return code is not None and any(a.name in REGION_GOVERNMENTS for a in ctx.gaz.chain(code))


def area_forms(ctx: ArticleContext, area) -> set[str]:
    """The forms of an area's name a body's name is written with: as the registry has it,
    qualified, in full, and without its city's name where the registry's opens with it
    (岳阳市屈原管理区: a text writes 屈原管理区管委会)."""
    forms = {area.name, ctx.qualified(area), full_area_name(ctx, area)}
    parent = ctx.gaz.get(area.parent) if not isinstance(area, Zone) and area.parent else None
    if parent is not None and area.name.startswith(parent.name) and len(area.name) > len(parent.name) + 1:
        forms.add(area.name[len(parent.name) :])
    return forms


def full_area_name(ctx: ArticleContext, area) -> str:
    """A district's or county's name led by its city's (西安市雁塔区), a municipality's
    district's by the municipality's (天津市和平区), as official names are; a county-level
    city's alone (仁怀市), and one the registry names with its city already (岳阳市屈原管理区,
    长春经济技术开发区: the city's name without its level word) as it is."""
    if isinstance(area, Zone):
        return zone_in_full(ctx, area.name)
    chain = ctx.gaz.chain(area.code)
    if area.level != "county" or len(chain) < 2 or area.name.endswith(CITY):
        return area.name
    city = chain[1]
    if city.level != "prefecture" and not (city.level == "province" and city.name.endswith(CITY)):
        return area.name
    # (a zone named by its city's short name, 长春经济技术开发区, is not led again; a county
    # named by it and its level word alone, 湘潭县, is: 湘潭市湘潭县)
    short = city.name.removesuffix(CITY)
    if area.name.startswith(city.name) or (len(area.name) > len(short) + 2 and area.name.startswith(short)):
        return area.name
    return city.name + area.name


def zone_in_full(ctx: ArticleContext, name: str) -> str:
    """成都高新区 where the article also writes 成都高新技术产业开发区 (in its union's name):
    the zone under the name it has in full, one body for both forms."""
    for ending, short, _alone in ZONE_ABBREVIATIONS:
        if name.endswith(short) and (full := name[: -len(short)] + ending) in ctx.text:
            return full
    return name


def city_led_forms(ctx: ArticleContext) -> None:
    """门头沟区卫生健康委员会 as printed, and 区卫健委 named in full 北京市门头沟区卫生健康委员会:
    a body printed with its district but not its city is the one named with both."""
    names = {ref.name: ref for ref in ctx.facts.entities if ref.cls == "Organization"}
    merged: dict[EntityRef, EntityRef] = {}
    for name, ref in names.items():
        for k in range(2, min(len(name) - 3, 8) + 1):
            short = names.get(name[k:])
            if short is None or short == ref:
                continue
            cities = ctx.gaz.lookup(name[:k])
            areas = [a for n in range(2, 9) for a in ctx.gaz.lookup(name[k : k + n])]
            if any(a.parent == city.code for city in cities for a in areas):
                merged[short] = ref
    ctx.merge(merged)


def short_department_forms(ctx: ArticleContext) -> None:
    """师市人社局 … 师市人力资源和社会保障局: a body named with a level body's short form
    (人社局) after some words the registry could not place (师市) is the one the article names
    with its full form (人力资源和社会保障局) after the same words."""
    names = {ref.name: ref for ref in ctx.facts.entities if ref.cls == "Organization"}
    merged: dict[EntityRef, EntityRef] = {}
    for word, (template, _cls) in ctx.lex.level_bodies.items():
        full_word = template.removeprefix(AREA_SLOT)
        if full_word in (template, word) or AREA_SLOT in full_word:
            continue
        for name, ref in names.items():
            if name.endswith(word) and len(name) > len(word):
                full = names.get(name[: -len(word)] + full_word)
                if full is not None and full != ref:
                    merged[ref] = full
    ctx.merge(merged)


def alias_forms(ctx: ArticleContext) -> None:
    """政协宜昌市委员会 as printed, beside 宜昌市政协 read as 中国人民政治协商会议宜昌市委员会: a
    body printed as another form of the name of an area's body of the article (the forms
    such bodies go by, ``level_body_aliases.tsv``) is that body."""
    named = [(ref, info) for ref, info in ctx.facts.entities.items() if _area_body_name(ctx, ref) and info.aliases]
    merged: dict[EntityRef, EntityRef] = {}
    for ref in [r for r in ctx.facts.entities if r.cls == "Organization"]:
        full = next((other for other, info in named if other != ref and ref.name in info.aliases), None)
        if full is not None:
            merged[ref] = full
    ctx.merge(merged)


def _area_body_name(ctx: ArticleContext, ref: EntityRef) -> bool:
    """Is ``ref`` named as an area's body is by law (中国人民政治协商会议<area>委员会)?"""
    if ref.cls != "Organization":
        return False
    for template, _cls in ctx.lex.level_bodies.values():
        head, _, tail = template.partition(AREA_SLOT)
        if tail and ref.name.startswith(head) and ref.name.endswith(tail) and len(ref.name) > len(head + tail):
            return True
    return False
