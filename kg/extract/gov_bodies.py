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

from kg.extract.area_body_names import area_forms, full_area_name
from kg.extract.context import CONFIDENCE, LEVEL_ENDINGS, UNPLACED, ArticleContext, Zone, area_ref
from kg.extract.level_names import level_area_said
from kg.extract.one_area import one_named_area
from kg.extract.unnamed_area_bodies import unnamed_area_body, unnamed_chain_body, zone_body
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

TOWNSHIP = "township"  # the registry's level of towns, townships and streets


def read_area_body(ctx: ArticleContext, s: Span) -> bool:
    """Read a body of an area (``level_body``); False for a department of a level no area in
    context names (市住建局 on a page naming no one city), which is then named as printed,
    as 市交通运输局 is, rather than dropped."""
    if level_body(ctx, s) is not None:
        return True
    if s._.kg_kind == "area-body" and zone_body(ctx, s.text, _template) is not None:
        return False  # 青山高新区党工委, no area of the registry its zone's: named as printed
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
    article under its canonical name, with the short forms (雨花区政府) as aliases.  A
    township's (乡长X) is its town hall, inside the township, as when it is written."""
    template, cls = ctx.lex.level_bodies[GOVERNMENT]
    government_words = GOVERNMENT_WORDS
    if in_region_governed(ctx, area):  # (香港特别行政区政府, 台北市政府: no people's governments)
        template, government_words = REGION_GOVERNMENT, (REGION_GOVERNMENT_WORD,)
    ref = EntityRef(cls, template.format(area=full_area_name(ctx, area)))
    info = ctx.facts.entity(ref, mention=False)
    for form in {area.name, ctx.qualified(area), full_area_name(ctx, area)}:
        info.aliases.update(form + word for word in government_words)
    info.aliases.discard(ref.name)
    if getattr(area, "level", None) == TOWNSHIP and not isinstance(area, Zone):
        where = area_ref(area)
        ctx.facts.entity(where, mention=False)
        info.located_in = info.located_in or where
    return ref


def in_region_governed(ctx: ArticleContext, area) -> bool:
    """Is ``area`` inside a region whose governments are no people's governments
    (region_governments.txt: 香港特别行政区, 台湾省)?"""
    code = None if isinstance(area, Zone) else area.code
    return code is not None and any(a.name in REGION_GOVERNMENTS for a in ctx.gaz.chain(code))
