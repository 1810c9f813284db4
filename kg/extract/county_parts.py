"""Parts of a county the registry lacks or has no unit for, read by ``kg.extract.areas``:
a township written right after its county (海门区三厂街道, 海门区临江镇), a new town or an
industrial cluster named after a county or township (兰山区北城新区, 四甲镇工业集中区); and
the word of the former prefecture a city's stem names before it (宜昌地区总工会).

Split from kg.extract.areas (one idea per module: the registry's areas there)."""

from __future__ import annotations

from kg.extract.context import CONFIDENCE, TOWNSHIP, ArticleContext, Zone, area_ref
from kg.lexicon import table, words

# 街道, 镇, 乡: a township's endings
TOWNSHIP_HEADS = tuple(e for e, level in table("areas/unlisted_levels.tsv") if level == TOWNSHIP)
# 北城新区, 工业集中区: endings of a part of a county or town (a new town, an industrial cluster)
TOWN_PART_ENDINGS = tuple(words("areas/town_part_endings.txt"))
_TOWN_PART_HOLDERS = ("county", "township")  # the levels whose parts these are
_TOWN_PART_NAME = 4  # the longest proper name between the area and the ending (北城)
# 宜昌地区: a prefecture's older name (地区, merged into the city since), after the city's stem;
# the registry lacks it (one it holds, 阿勒泰地区, is read whole)
FORMER_PREFECTURE = "地区"


def county_before(ctx: ArticleContext, s, area):
    """海门区临江镇, 海门区海门街道: a township written right after a county, whose registry
    namesakes all lie in other counties (none in one of that county's name): a township of
    that county the registry lacks, named after it was drawn up.  The county, else None."""
    if s._.kg_kind not in (None, "", "full") or not s.text.endswith(TOWNSHIP_HEADS):
        return None
    before = ctx.area_at.by_end.get(s.start_char, ())
    county = ctx.area_at[before[-1]] if before else None
    if county is None or isinstance(county, Zone) or county.level != "county":
        return None
    meanings = [ctx.gaz.get(c) for c in area.meanings] if hasattr(area, "meanings") else [area]  # (Unplaced: all)
    if any(m.parent and ctx.gaz.get(m.parent).name == county.name for m in meanings):
        return None
    return county


def add_township(ctx: ArticleContext, s, county) -> None:
    """The township written at ``s``, part of ``county``, as a zone of the township's level."""
    span = (s.start_char, s.end_char)
    zone = Zone(name=s.text, parent=county.code, level=TOWNSHIP)
    info = ctx.add(area_ref(zone), s.text, span, CONFIDENCE["name"])
    info.parent = area_ref(county)
    ctx.area_at[span] = zone
    ctx.area_kind[span] = TOWNSHIP


def town_part(ctx: ArticleContext, s) -> bool:
    """兰山区北城新区, 海门区四甲镇工业集中区: a new town or an industrial cluster named after a
    county or a township (TOWN_PART_ENDINGS) is a part of that area the registry has no unit
    for, not a development zone of a city: no area of its own.  What the text places there
    lies in the area its name opens with, which the span then stands for."""
    name = s.text
    ending = next((e for e in TOWN_PART_ENDINGS if name.endswith(e)), None)
    if ending is None:
        return False
    stem = name[: -len(ending)]
    context = list(reversed(ctx.seen_codes[-12:]))
    for k in range(len(stem), 1, -1):  # the longest opening the registry resolves (海门区四甲镇)
        area = ctx.gaz.resolve(stem[:k], context=context, short=False, guess=False)
        if area is None:
            continue
        if area.level not in _TOWN_PART_HOLDERS or len(stem) - k > _TOWN_PART_NAME:
            return False
        span = (s.start_char, s.end_char)
        ctx.area_at[span] = area
        ctx.area_kind[span] = "full"
        ctx.facts.entity(area_ref(area), mention=False)
        return True
    return False
