"""Family *bodies*: the forms of the names of an area's bodies.  The area inside a body's
name is written as the registry has it, qualified, in full (西安市雁塔区: led by its city),
or without its city (屈原管理区); a zone by its name in full when the article writes it so.
Once the article is read, a body printed in another form of such a name (门头沟区卫生健康委员会,
师市人社局, 政协宜昌市委员会) is the one named in the full form.

``kg.extract.gov_bodies`` names the bodies with these; ``kg.extract.article`` merges the forms.
"""

from __future__ import annotations

from kg.extract.context import ArticleContext, Zone
from kg.lexicon import table
from kg.model.facts import EntityRef

# where a level body's canonical name puts its area (level_bodies.tsv)
AREA_SLOT = "{area}"
# how news shortens a development zone's ending (高新技术产业开发区 → 高新区)
ZONE_ABBREVIATIONS = table("areas/zone_abbreviations.tsv")
# the level word of a city (and of a municipality: 天津市)
CITY = "市"


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
