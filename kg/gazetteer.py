"""An offline gazetteer of China's administrative areas, down to township level.

The data is ``kg/data/gazetteer/areas.tsv``, written by ``tools/build_gazetteer.py`` from
the National Bureau of Statistics division codes (see ``kg/data/gazetteer/SOURCE.md``).
It lets the pipeline turn a place name read in an article into an area node with a code
and a ``partOf`` chain, without a network service.

Codes
-----
One convention, used in the TSV, in :class:`Area` and in every answer:

* province, prefecture and county codes are the 6-digit GB/T 2260 form: 北京市 ``110000``,
  昆明市 ``530100``, 西山区 ``530112`` (this is what ``kgo:adminCode`` promises);
* township codes are the 9-digit NBS form: 建外街道 ``110105001``.

:meth:`Gazetteer.get` also accepts the short NBS forms (``11``, ``5301``) and the 12-digit
statistical form (``110105001000``) and normalises them.  ``parent`` is the code of the area
that *directly* contains an area; the placeholder rows of the source (市辖区, 县,
省直辖县级行政区划 …) are not areas, so 朝阳区 ``110105`` has the parent ``110000``.

Surface forms
-------------
A news text rarely writes 广西壮族自治区 in full.  The names a text may use are derived
from the morphology of the official name, by these rules (never from lists of places):

* every full name, and the name without a bracketed qualifier at its start or end
  (（工业园区）城南街道 → 城南街道);
* provinces: without 省 / 市 / 自治区 / 特别行政区 and the ethnonyms before 自治区
  (北京, 内蒙古, 广西, 新疆, 香港, 台湾);
* prefectures: without 市 / 地区 / 盟 when at least two characters remain (昆明, 阿克苏,
  锡林郭勒); autonomous prefectures also without their ethnonyms, bare and with 州
  (恩施土家族苗族自治州 → 恩施, 恩施州);
* counties keep their suffix (朝阳区, 西山区, 大兴区); autonomous counties and banners are
  also called X县 / X旗 (大厂回族自治县 → 大厂县), ethnic districts X区 (管城回族区 → 管城区);
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

Qualified names (昆明市西山区, 北京朝阳区, 朝阳区建外街道, 北京市朝阳区建外街道) are not
surface forms; :meth:`Gazetteer.lookup` and :meth:`Gazetteer.resolve` parse them into known
forms, each inside the one before it (after a qualifier, short forms are allowed: 北京朝阳).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, cast

DATA_PATH = Path(__file__).parent / "data" / "gazetteer" / "areas.tsv"

Level = Literal["province", "prefecture", "county", "township"]
LEVELS: tuple[Level, ...] = ("province", "prefecture", "county", "township")
_RANK = {level: i for i, level in enumerate(LEVELS)}
_FAR = 1_000  # tree distance between areas with no common ancestor (different provinces)

# The 56 nationalities, without 族; autonomous areas name theirs before 自治区/州/县/旗.
# fmt: off
ETHNIC_GROUPS = (
    "汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜",
    "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳",
    "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土",
    "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
    "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔",
    "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
)
# fmt: on
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
_UNIT_TAIL = ("街道", "区", "园", "库", "会", "场", "镇", "乡")


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


def _name_forms(name: str, level: Level, code: str) -> tuple[set[str], set[str]]:
    """(regular forms, short forms) of one official name, by the rules of the module docstring."""
    regular = {name}
    short: set[str] = set()
    if level == "province":
        for suffix in ("特别行政区", "自治区", "省", "市"):
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
                regular |= {stem, stem + "州"}
        else:
            for suffix in ("地区", "盟", "市"):
                if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                    regular.add(name[: -len(suffix)])
                    break
    elif level == "county":
        stem = None
        if name.endswith(("自治县", "自治旗")):
            stem = strip_ethnic(name[:-3])
            if len(stem) >= 2:
                regular.add(stem + name[-1])
        elif code[4] != "7":  # NBS county codes x7x are economic zones: their names have no stem
            for suffix in ("新区", "林区", "特区", "矿区", "区", "县", "市", "旗"):
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
            for suffix in ("苏木", "乡", "镇"):
                if name.endswith("族" + suffix):
                    stem = strip_ethnic(name[: -len(suffix)])
                    if not stem.endswith("族"):
                        regular.add(stem + suffix)
                    break
    return regular, short


def area_forms(area: Area) -> tuple[set[str], set[str]]:
    """(regular forms, short forms) a text may use for ``area``; see the module docstring."""
    regular, short = _name_forms(area.name, area.level, area.code)
    plain = _debracketed(area.name)
    if plain is not None:
        more_regular, more_short = _name_forms(plain, area.level, area.code)
        regular |= more_regular
        short |= more_short
    return regular, short


def _normalize_name(name: str) -> str:
    """Drop whitespace and use full-width brackets, as the official names do."""
    return "".join(name.split()).replace("(", "（").replace(")", "）")


_DISTANCES_KEPT = 100_000  # pairs remembered at most


class Gazetteer:
    """Areas by code, with their surface forms, containment and homonym resolution."""

    def __init__(self, areas: Iterable[Area]) -> None:
        self._areas: dict[str, Area] = {}
        for area in areas:
            if area.code in self._areas:
                raise ValueError(f"duplicate area code {area.code}")
            self._areas[area.code] = area
        for area in self._areas.values():
            if area.parent is not None and area.parent not in self._areas:
                raise ValueError(f"{area.code} {area.name}: unknown parent {area.parent}")
        self._regular: dict[str, tuple[str, ...]] | None = None
        self._short: dict[str, tuple[str, ...]] = {}
        self._longest = 0
        self._distances: dict[tuple[str, str], int] = {}  # resolve() ranks the same few pairs over and over

    # -- loading ---------------------------------------------------------------------------

    @classmethod
    def from_tsv(cls, path: str | Path) -> Gazetteer:
        """Read a file written by ``tools/build_gazetteer.py`` (header, then code name level parent).

        A plain split, not the csv module: the file is ours, has no quoting, and this is the
        part of start-up every command pays for.
        """
        lines = Path(path).read_text(encoding="utf-8").splitlines()
        if not lines or lines[0].split("\t") != ["code", "name", "level", "parent_code"]:
            raise ValueError(f"{path}: not a gazetteer TSV (bad header)")
        areas = []
        for line in lines[1:]:
            code, name, level, parent = line.split("\t")
            if level not in _RANK:
                raise ValueError(f"{path}: {code}: unknown level {level!r}")
            areas.append(Area(code, name, cast(Level, level), parent or None))
        return cls(areas)

    @classmethod
    def default(cls) -> Gazetteer:
        """The bundled data, loaded once per process."""
        return _default()

    # -- codes and containment -------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._areas)

    def __iter__(self) -> Iterator[Area]:
        """Areas in code order (a province, then everything inside it, depth first)."""
        return iter(sorted(self._areas.values(), key=lambda a: a.code))

    def __contains__(self, code: object) -> bool:
        try:
            return isinstance(code, str) and normalize_code(code) in self._areas
        except KeyError:
            return False

    def get(self, code: str) -> Area:
        """The area with this code (any form :func:`normalize_code` accepts); ``KeyError`` if none."""
        try:
            return self._areas[normalize_code(code)]
        except KeyError:
            raise KeyError(f"unknown area code {code!r}") from None

    def chain(self, code: str) -> list[Area]:
        """The area, its parent, its parent's parent, …, up to and including its province."""
        area = self.get(code)
        out = [area]
        while area.parent is not None:
            area = self._areas[area.parent]
            out.append(area)
        return out

    def contains(self, ancestor: str, code: str) -> bool:
        """Whether ``ancestor`` strictly contains ``code`` (an area does not contain itself)."""
        outer = self.get(ancestor).code
        return any(a.code == outer for a in self.chain(code)[1:])

    def _distance(self, a: str, b: str) -> int:
        """Hops between two areas through their lowest common ancestor (``_FAR`` if none)."""
        known = self._distances.get((a, b))
        if known is not None:
            return known
        up_a = [x.code for x in self.chain(a)]
        up_b = {x.code: i for i, x in enumerate(self.chain(b))}
        hops = next((i + up_b[code] for i, code in enumerate(up_a) if code in up_b), _FAR)
        if len(self._distances) >= _DISTANCES_KEPT:
            self._distances.clear()
        self._distances[(a, b)] = hops
        return hops

    # -- names ------------------------------------------------------------------------------

    def _index(self) -> dict[str, tuple[str, ...]]:
        """Build the form → codes maps on first use (lookups only; ``get`` never needs them)."""
        if self._regular is None:
            regular: dict[str, list[str]] = {}
            short: dict[str, list[str]] = {}
            for code in sorted(self._areas):
                forms, stems = area_forms(self._areas[code])
                for form in forms:
                    regular.setdefault(form, []).append(code)
                for stem in stems:
                    short.setdefault(stem, []).append(code)
            self._short = {k: tuple(v) for k, v in short.items()}
            self._longest = max(map(len, [*regular, *short]))
            self._regular = {k: tuple(v) for k, v in regular.items()}
        return self._regular

    def surface_forms(self) -> dict[str, list[str]]:
        """Regular surface form → codes it can mean (sorted), for building a text matcher."""
        return {form: list(codes) for form, codes in self._index().items()}

    def is_surface_form(self, text: str) -> bool:
        """Whether ``text`` is a regular surface form of some area (``text in surface_forms()``)."""
        return text in self._index()

    def short_forms(self) -> dict[str, list[str]]:
        """Bare county stems (海淀, 朝阳) → codes; to be matched only where context makes them safe."""
        self._index()
        return {form: list(codes) for form, codes in self._short.items()}

    def lookup(self, name: str, short: bool = False) -> list[Area]:
        """Every area this surface form can mean, sorted by code; ``[]`` if none.

        ``short=True`` adds the meanings of ``name`` as a bare county stem.  A name that is no
        surface form is read as a qualified name (昆明市西山区): a sequence of forms, each
        naming an area inside the one before it; the answer is what the last one can mean.
        """
        regular = self._index()
        text = _normalize_name(name)
        codes = set(regular.get(text, ()))
        if short:
            codes.update(self._short.get(text, ()))
        if not codes:
            codes = self._parse_qualified(text)
        return [self._areas[c] for c in sorted(codes)]

    def _parse_qualified(self, text: str) -> set[str]:
        """Codes that ``text`` can mean as two or more nested surface forms (北京市朝阳区建外街道)."""
        regular = self._index()
        found: set[str] = set()

        def walk(pos: int, scope: str | None, pieces: int) -> None:
            if pos == len(text):
                if pieces >= 2 and scope is not None:
                    found.add(scope)
                return
            for end in range(pos + 1, min(len(text), pos + self._longest) + 1):
                piece = text[pos:end]
                codes = regular.get(piece, ())
                if scope is not None:  # after a qualifier a bare stem is safe enough
                    codes = (*codes, *self._short.get(piece, ()))
                for code in codes:
                    if scope is None or self.contains(scope, code):
                        walk(end, code, pieces + 1)

        walk(0, None, 0)
        return found

    def resolve(self, name: str, context: Sequence[str] = (), short: bool = True) -> Area | None:
        """The area ``name`` most likely means here; ``None`` when the name is unknown.

        ``context`` lists the areas the text is about, most important first (the page's
        region, then areas already seen in the article): codes, or names, which are resolved
        without context (names that resolve to nothing are ignored).  Candidates are the
        regular meanings of ``name`` and, if ``short``, its meanings as a bare county stem
        (北京 … 朝阳 → 朝阳区).  They are ranked by

        1. tree distance to the nearest context area (via the lowest common ancestor; an area
           inside the context is 1 hop per level below it), then the earlier context entry;
        2. regular meanings before bare-stem meanings (朝阳 alone is 朝阳市, not 朝阳区);
        3. higher level first (吉林 is the province before the city);
        4. lowest code: with nothing else to go on, this prefers the province listed first
           and, inside a province, the capital (its prefecture code is 01): 鼓楼区 → Nanjing.
        """
        candidates = {a.code: 0 for a in self.lookup(name)}
        if short:
            for area in self.lookup(name, short=True):
                candidates.setdefault(area.code, 1)
        if not candidates:
            return None
        anchors = self._context_codes(context)

        def rank(code: str) -> tuple[int, int, int, int, str]:
            near, first = _FAR, len(anchors)
            for i, anchor in enumerate(anchors):
                d = self._distance(code, anchor)
                if d < near:
                    near, first = d, i
            return (near, first, candidates[code], _RANK[self._areas[code].level], code)

        return self._areas[min(candidates, key=rank)]

    def _context_codes(self, context: Sequence[str]) -> list[str]:
        """Context entries as codes: codes are checked (``KeyError`` if unknown), names resolved."""
        out = []
        for entry in context:
            if entry.strip().isdigit():
                out.append(self.get(entry).code)
            else:
                area = self.resolve(entry, short=False)
                if area is not None:
                    out.append(area.code)
        return out


@functools.cache
def _default() -> Gazetteer:
    return Gazetteer.from_tsv(DATA_PATH)
