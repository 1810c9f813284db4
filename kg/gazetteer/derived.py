"""Surface forms derived from the whole registry rather than from one name: a zone's
shortened ending, a county's name from before it was upgraded, a street office called by
its street, a town whose one-character stem doubles its ending (淮镇镇) called by one
ending.  Each needs to see every area (a stem no other county has; a form nothing else
is), so :class:`kg.gazetteer.Gazetteer` calls these once when it indexes its names."""

from __future__ import annotations

from collections.abc import Callable

from kg.gazetteer.names import DESCRIPTIVE, Area, name_forms
from kg.lexicon import table, words

STREET_OFFICE, STREET_WORD = "街道", "街"  # 东大街街道, also written 东大街
ZONE_ABBREVIATIONS = table("areas/zone_abbreviations.tsv")  # 高新技术产业开发区 → 高新区
# the shortest name a township-level zone keeps before its shortened ending (昆明经开区)
_MIN_ZONE_PROPER = 2
UPGRADED_FROM = "县"  # the ending a county's name had before it became a city or district
UPGRADED_TO = ("市", "区")
# the endings a township's one-character stem is doubled by (淮镇镇, 富乡乡)
DOUBLED_ENDINGS = ("镇", "乡")
# forms that are ordinary words far more often than places (古镇, 新镇): the list the area finder skips
AREA_STOPWORDS = frozenset(words("areas/area_stopwords.txt"))


def zone_short_forms(areas: dict[str, Area], parent_forms: Callable[[Area], set[str]]) -> list[tuple[str, str]]:
    """(form, code): a county-level zone with its ending shortened (包头稀土高新技术产业开发区
    → 包头稀土高新区), and without its city's name when a proper name stays and the ending is
    used so (稀土高新区; never 高新区 alone, nor a description such as 经济高新区)."""
    out = []
    for code, area in areas.items():
        township = area.level == "township"  # 北京经济技术开发区, a township-level unit: 北京经开区 too
        if not township and (area.level != "county" or code[4] != "7"):
            continue
        for ending, short, alone in ZONE_ABBREVIATIONS:
            if not area.name.endswith(ending):
                continue
            form = area.name[: -len(ending)] + short
            if township and len(form) - len(short) < _MIN_ZONE_PROPER:
                break  # 高新技术产业开发区 alone: the common noun, no short form
            out.append((form, code))
            if township:
                break  # named after its county or city, never short without it
            parent = max((p for p in parent_forms(area) if form.startswith(p)), key=len, default="")
            proper = form[len(parent) : -len(short)]
            if alone == "yes" and parent and len(proper) >= 2 and not any(w in proper for w in DESCRIPTIVE):
                out.append((form[len(parent) :], code))
            break
    return out


def upgraded_counties(areas: dict[str, Area], regular: dict[str, list[str]]) -> dict[str, str]:
    """X县 → the county named X市 or X区, when no other county has the stem X and X县
    names nothing else: the old name of a county made a city or district."""
    by_stem: dict[str, list[str]] = {}
    for code, area in areas.items():
        if area.level != "county" or code[4] == "7" or not area.name.endswith(UPGRADED_TO):
            continue
        _, stems = name_forms(area.name, area.level, code)
        stem = area.name[:-1]
        if stem in stems:  # the ending is the one-character 市 or 区, not 新区 or 矿区
            by_stem.setdefault(stem, []).append(code)
    for code, area in areas.items():  # a stem a county of another ending shares
        if area.level == "county" and not area.name.endswith(UPGRADED_TO):
            for stem in name_forms(area.name, area.level, code)[1]:
                by_stem.setdefault(stem, []).append(code)
    return {
        stem + UPGRADED_FROM: codes[0]
        for stem, codes in sorted(by_stem.items())
        if len(codes) == 1 and stem + UPGRADED_FROM not in regular
    }


def street_forms(areas: dict[str, Area], regular: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    """X街 → the codes of the X街街道 it may stand for (东大街 for 东大街街道), when X街 is
    no regular form of anything."""
    streets: dict[str, list[str]] = {}
    for code, area in areas.items():
        stem = area.name[: -len(STREET_OFFICE)]
        office = area.level == "township" and area.name.endswith(STREET_OFFICE)
        if office and stem.endswith(STREET_WORD) and len(stem) >= 3 and stem not in regular:
            streets.setdefault(stem, []).append(code)
    return {k: tuple(sorted(v)) for k, v in streets.items()}


def doubled_towns(areas: dict[str, Area], taken: set[str]) -> dict[str, tuple[str, ...]]:
    """X镇 → the codes of the towns named X镇镇 (淮镇 for 淮镇镇, 乌镇 for 乌镇镇): a stem of one
    character is never written bare, and news does not write the ending twice; only when
    X镇 names nothing else (固镇 is 固镇县's stem) and is no everyday word (古镇, 新镇)."""
    towns: dict[str, list[str]] = {}
    for code, area in areas.items():
        name = area.name
        if area.level == "township" and len(name) == 3 and name[1] == name[2] and name[2] in DOUBLED_ENDINGS:
            form = name[:2]
            if form not in taken and form not in AREA_STOPWORDS:
                towns.setdefault(form, []).append(code)
    return {k: tuple(sorted(v)) for k, v in towns.items()}
