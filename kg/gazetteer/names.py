"""Names a text may use for an administrative area, derived from its official name.

Surface forms
-------------
A news text rarely writes 广西壮族自治区 in full.  The names a text may use are derived
from the morphology of the official name, by these rules (never from lists of places):

* every full name, and the name without a bracketed qualifier at its start or end
  (（工业园区）城南街道 → 城南街道);
* provinces: without 省 / 市 / 自治区 / 特别行政区 and the ethnonyms before 自治区
  (北京, 内蒙古, 广西, 新疆, 香港, 台湾);
* prefectures: without 市 / 地区 / 盟 when at least two characters remain (昆明, 阿克苏,
  锡林郭勒); autonomous prefectures also without their ethnonyms, bare, with 州 and with
  自治州 (恩施土家族苗族自治州 → 恩施, 恩施州, 恩施自治州);
* counties keep their suffix (朝阳区, 西山区, 大兴区); autonomous counties and banners are
  also called X县 / X旗 and X自治县 / X自治旗 (大厂回族自治县 → 大厂县, 大厂自治县), and
  by two characters of a long transliterated stem (前郭尔罗斯蒙古族自治县 → 前郭县, 杜尔伯特
  蒙古族自治县 → 杜蒙县: its first two, or its first and its people's first), ethnic
  districts X区 (管城回族区 → 管城区);
* a county written after its parent's name (某市某某管理区) also without it (某某管理区)
  when the rest is a proper name, not a description (某市经济开发区);
* a corps' regiment or farm (兵团一五二团, 兵团红星二场) also without the corps' name
  (一五二团, 红星二场): the corps' own pages never write it before their units;
* townships: X街道 ↔ X街道办事处; Beijing's dual-named 地区办事处 (苏家坨地区) are also
  found as X镇, X乡 and X地区办事处; ethnic townships drop the ethnonym (于家务回族乡 →
  于家务乡).

The bare stem of a county (海淀, 朝阳, 西山) is very ambiguous (朝阳 is a prefecture in
Liaoning, two districts and a county, and a common word), so stems are kept apart: they are
*short forms*, returned by :meth:`Gazetteer.short_forms` and by ``lookup(name, short=True)``,
for a caller to use only where the context makes them safe (after 北京, in a Beijing page).
Township stems (新华, 城关, 胜利 …) are not exposed at all: there are forty thousand of them
and most are ordinary words.

A town is *not* given an X地区 form: in the source, Beijing's dual-named units are listed as
X地区 (so the X镇 form comes from them), while "X地区" after any other town's name is far
more often the plain phrase "the X area" than a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from kg.lexicon import table, words

Level = Literal["province", "prefecture", "county", "township"]
LEVELS: tuple[Level, ...] = ("province", "prefecture", "county", "township")

# The 56 nationalities, without 族; autonomous areas name theirs before 自治区/州/县/旗.
ETHNIC_GROUPS = words("areas/ethnic_groups.txt")
# Longest first, so that 土家族 is taken before 土族 could match its tail.
# 各族 ("of all nationalities", 隆林各族自治县) is stripped like an ethnonym.
_ETHNIC_SUFFIXES = sorted(
    [g + "族" for g in (*ETHNIC_GROUPS, "各")] + [g for g in ETHNIC_GROUPS if len(g) > 1],
    key=len,
    reverse=True,
)
_BRACKETED_END = re.compile(r"^(.{2,}?)（[^（）]*）$")
_BRACKETED_START = re.compile(r"^（[^（）]*）(.{2,})$")
# A Beijing-style X地区 only when X carries no unit word of its own (兆麟街道地区 does).
_UNIT_TAIL = words("areas/area_unit_words.txt")
# Openings of a corps' regiment or farm (兵团一五二团): the unit itself is called without
# them (一五二团), the same list kg.resolve.areas reads.
_SELF_GOVERNED = words("areas/self_governed_prefixes.txt")
# Words of an area's name that say what it is for (经济, 保护, 核心): no proper name.
DESCRIPTIVE = words("areas/descriptive_area_words.txt")
# Endings a text may drop, per level, longest first (新区 before 区).
_ENDINGS: dict[str, tuple[str, ...]] = {
    level: tuple(
        sorted((e for lv, e in table("areas/area_name_suffixes.tsv") if lv == level), key=lambda e: (-len(e), e))
    )
    for level in LEVELS
}


# the words a banner's short name keeps one character of (科尔沁右翼前旗 → 科右前旗)
_BANNER_WORDS = sorted(table("areas/banner_short_forms.tsv"), key=lambda row: -len(row[0]))
BANNER = "旗"
_BANNER_POSITIONS = 1  # what may follow a wing's word in the name (前, 中, 后)


def banner_short_form(name: str) -> str | None:
    """科右前旗 for 科尔沁右翼前旗, 达茂旗 for 达尔罕茂明安联合旗 (banner_short_forms.tsv);
    None for a name that is no such banner's."""
    if not name.endswith(BANNER) or name.endswith("自治旗"):
        return None
    for word, kind in _BANNER_WORDS:
        if kind == "joint" and name.endswith(word):
            stem = name[: -len(word)]
            if len(stem) >= 4 and len(stem) % 2 == 0:
                return stem[0] + stem[len(stem) // 2] + BANNER
        elif kind == "wing":
            i = name.find(word, 2)
            rest = name[i + len(word) : -1] if i > 0 else None
            if rest is not None and len(rest) <= _BANNER_POSITIONS:
                return name[0] + word[0] + rest + BANNER
    return None


# the words that name a level (街道, 镇, 县): an area the register names so has no form a text uses
_LEVEL_WORDS = frozenset(row[0] for row in table("areas/level_words.tsv"))


@dataclass(frozen=True, slots=True)
class Area:
    """One administrative area; ``parent`` is the code of the area that directly contains it."""

    code: str
    name: str
    level: Level
    parent: str | None


def normalize_code(code: str) -> str:
    """Return ``code`` in this module's convention (see the module docstring).

    Accepts the 2/4-digit NBS province/prefecture codes and the 12-digit statistical codes,
    because both appear in other datasets; raises ``KeyError`` for anything else that is not
    a 6- or 9-digit code (village codes included: villages are not in the gazetteer).
    """
    c = code.strip()
    if c.isascii() and c.isdigit():
        if len(c) == 2:
            return c + "0000"
        if len(c) == 4:
            return c + "00"
        if len(c) == 12 and c.endswith("000"):
            c = c[:9]
        if len(c) == 9 and c.endswith("000"):
            return c[:6]
        if len(c) in (6, 9):
            return c
    raise KeyError(f"not an area code: {code!r}")


def strip_ethnic(stem: str) -> str:
    """Remove the ethnonyms that end ``stem`` (恩施土家族苗族 → 恩施, 伊犁哈萨克 → 伊犁).

    An ethnonym is only removed while at least two characters remain, so 内蒙古 keeps its
    蒙古; when the whole stem is one ethnonym (鄂温克族) only the 族 goes (鄂温克).
    """
    while True:
        for suffix in _ETHNIC_SUFFIXES:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 2:
                stem = stem[: -len(suffix)]
                break
        else:
            break
    if stem.endswith("族") and stem[:-1] in ETHNIC_GROUPS and len(stem) > 2:
        stem = stem[:-1]
    return stem


def _debracketed(name: str) -> str | None:
    """The name without a bracketed qualifier at its start or end, if it has one."""
    m = _BRACKETED_END.match(name) or _BRACKETED_START.match(name)
    return m.group(1) if m else None


def standard_code(code: str) -> bool:
    """Whether ``code`` is a GB/T 2260 (or NBS township) code; the divisions of Taiwan, Hong
    Kong and Macao have none in the standard, only the provinces themselves (710000 …), so
    the codes below them are this project's own and are no ``kgo:adminCode``."""
    return code[:2] not in ("71", "81", "82") or code[2:] == "0000"


def name_forms(name: str, level: Level, code: str) -> tuple[set[str], set[str]]:
    """(regular forms, short forms) of one official name, by the rules of the module docstring."""
    regular = {name}
    short: set[str] = set()
    if level == "province":
        for suffix in _ENDINGS["province"]:
            if name.endswith(suffix):
                stem = name[: -len(suffix)]
                if suffix == "自治区":
                    stem = strip_ethnic(stem)
                if len(stem) >= 2:
                    regular.add(stem)
                break
    elif level == "prefecture":
        if name.endswith("自治州"):
            stem = strip_ethnic(name[:-3])
            if len(stem) >= 2:
                regular |= {stem, stem + "州", stem + "自治州"}
        else:
            for suffix in _ENDINGS["prefecture"]:
                if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                    regular.add(name[: -len(suffix)])
                    break
    elif level == "county":
        stem = None
        if name.endswith(("自治县", "自治旗")):
            stem = strip_ethnic(name[:-3])
            if len(stem) >= 2:
                regular |= {stem + name[-1], stem + name[-3:]}  # 镇宁县, 镇宁自治县
            regular |= _long_stem_forms(name, stem)  # 前郭县, 杜蒙县
        elif code[4] != "7":  # NBS county codes x7x are economic zones: their names have no stem
            for suffix in _ENDINGS["county"]:
                if name.endswith(suffix) and len(name) - len(suffix) >= 2:  # 清新区: 清新, not 清
                    stem = name[: -len(suffix)]
                    if stem.endswith("族"):  # 管城回族区 is called 管城区
                        stem = strip_ethnic(stem)
                        if stem.endswith("族"):
                            stem = None
                        elif len(stem) >= 2:
                            regular.add(stem + suffix)
                    break
        if stem is not None and len(stem) >= 2:
            short.add(stem)
        banner = banner_short_form(name)
        if banner is not None:
            regular.add(banner)
    else:
        if name.endswith("街道办事处"):
            regular.add(name[:-3])
        elif name.endswith("街道"):
            regular.add(name + "办事处")
        elif name.endswith("地区"):
            stem = name[:-2]
            if len(stem) >= 2 and not stem.endswith(_UNIT_TAIL):
                regular |= {stem + "镇", stem + "乡", name + "办事处"}
        else:
            for suffix in _ENDINGS["township"]:
                if name.endswith("族" + suffix):
                    stem = strip_ethnic(name[: -len(suffix)])
                    if not stem.endswith("族"):
                        regular.add(stem + suffix)
                    break
    return regular, short


# what ends a township's name (a street's, a town's, a township's): a registry name of its
# county's name and one of these is also written without the county's
_TOWNSHIP_ENDINGS = ("街道", "镇", "乡", "苏木")


# the shortest transliterated stem of an autonomous county that news shortens (前郭尔罗斯)
_LONG_STEM = 4


def _long_stem_forms(name: str, stem: str) -> set[str]:
    """An autonomous county or banner whose stem is a long transliteration (前郭尔罗斯蒙古族
    自治县, 杜尔伯特蒙古族自治县) is written by two characters and its ending: the stem's first
    two (前郭县), or the stem's first and its people's first (杜蒙县)."""
    if len(stem) < _LONG_STEM:
        return set()
    people = name[len(stem) : -3]
    return {stem[:2] + name[-1]} | ({stem[0] + people[0] + name[-1]} if people else set())


def parent_free(name: str, level: Level, parent_forms: set[str]) -> str | None:
    """A county-level name written with its parent's name (某市某某管理区), read without it
    (某某管理区) when the rest is a proper name: two or more characters before a county's
    ending, none of them describing what the area is for (某市经济开发区 is a
    description and is only ever written whole).  So is a township the registry names with
    its county's name (芒市勐焕街道, 济源市王屋镇: 勐焕街道, 王屋镇)."""
    if level not in ("county", "township") or name.endswith(("自治县", "自治旗")):  # (named after its city)
        return None
    parent = max((p for p in parent_forms if name.startswith(p)), key=len, default=None)
    if parent is None:
        return None
    rest = name[len(parent) :]
    ending = next((e for e in (_ENDINGS[level] if level == "county" else _TOWNSHIP_ENDINGS) if rest.endswith(e)), None)
    if ending is None or len(rest) - len(ending) < 2 or any(w in rest for w in DESCRIPTIVE):
        return None
    return rest


def area_forms(area: Area) -> tuple[set[str], set[str]]:
    """(regular forms, short forms) a text may use for ``area``; see the module docstring.

    None for an area the register names by its level's word alone (two townships are
    listed as 街道): a text writing 街道, 街道办事处 means the street of its context."""
    if area.name in _LEVEL_WORDS:
        return set(), set()
    regular, short = name_forms(area.name, area.level, area.code)
    opening = next((p for p in _SELF_GOVERNED if area.name.startswith(p)), None)
    if area.level == "township" and opening is not None and len(area.name) - len(opening) >= 3:
        regular.add(area.name[len(opening) :])  # 兵团一五二团 → 一五二团, 兵团红星二场 → 红星二场
    plain = _debracketed(area.name)
    if plain is not None:
        more_regular, more_short = name_forms(plain, area.level, area.code)
        regular |= more_regular
        short |= more_short
    return regular, short
