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

How a text names areas (full names, stems, short forms) is in :mod:`kg.gazetteer.names`.

Beyond the NBS file, ``hk_mo_tw.tsv`` holds the divisions of Taiwan, Hong Kong and Macao
(written by hand from general knowledge; the standard gives them no codes, so theirs are
assigned by this project in the 71/81/82 ranges and :func:`standard_code` tells them apart),
and ``other_names.tsv`` the other names of areas: former names (澄江县, now 澄江市;
襄樊市, now 襄阳市) and traditional-character forms (彰化縣).  A county the registry lists as
X市 or X区 is also found as X县 when no other county has the stem X: a county upgraded to
a city or district keeps its stem, and older pages keep its old name.

Qualified names (昆明市西山区, 北京朝阳区, 朝阳区建外街道, 北京市朝阳区建外街道) are not
surface forms; :meth:`Gazetteer.lookup` and :meth:`Gazetteer.resolve` parse them into known
forms, each inside the one before it (after a qualifier, short forms are allowed: 北京朝阳).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import cast

from kg.gazetteer.derived import STREET_OFFICE, doubled_towns, street_forms, upgraded_counties, zone_short_forms
from kg.gazetteer.names import (
    LEVELS,
    Area,
    Level,
    area_forms,
    name_forms,
    normalize_code,
    parent_free,
    standard_code,
    strip_ethnic,
)
from kg.lexicon import words

__all__ = [
    "DATA_PATH",
    "LEVELS",
    "STREET_OFFICE",
    "Area",
    "Gazetteer",
    "Level",
    "area_forms",
    "normalize_code",
    "standard_code",
    "strip_ethnic",
]

DATA_PATH = Path(__file__).parent.parent / "data" / "gazetteer" / "areas.tsv"
# Taiwan's, Hong Kong's and Macao's divisions, which the NBS file lacks (same columns)
EXTRA_PATH = DATA_PATH.with_name("hk_mo_tw.tsv")
OTHER_NAMES_PATH = DATA_PATH.with_name("other_names.tsv")  # former and traditional names

_RANK = {level: i for i, level in enumerate(LEVELS)}
# a township named only by a zone ending (经济开发区, 高新区): the NBS lists such a zone under
# the county that runs it, and only that county's name qualifies it; a city's name before the
# ending (某市经济开发区) names the city's own zone, which the registry lacks
_BARE_ZONE_NAMES = frozenset(words("areas/zone_suffixes.txt"))
_FAR = 1_000  # tree distance between areas with no common ancestor (different provinces)


def _normalize_name(name: str) -> str:
    """Drop whitespace and use full-width brackets, as the official names do."""
    return "".join(name.split()).replace("(", "（").replace(")", "）")


_DISTANCES_KEPT = 100_000  # pairs remembered at most


class Gazetteer:
    """Areas by code, with their surface forms, containment and homonym resolution."""

    def __init__(self, areas: Iterable[Area], other_names: Iterable[tuple[str, ...]] = ()) -> None:
        self._areas: dict[str, Area] = {}
        for area in areas:
            if area.code in self._areas:
                raise ValueError(f"duplicate area code {area.code}")
            self._areas[area.code] = area
        for area in self._areas.values():
            if area.parent is not None and area.parent not in self._areas:
                raise ValueError(f"{area.code} {area.name}: unknown parent {area.parent}")
        self._other_names: list[tuple[str, str, str]] = []
        for name, code, *kind in other_names:
            if normalize_code(code) not in self._areas:
                raise ValueError(f"other name {name}: unknown area code {code}")
            self._other_names.append((name, normalize_code(code), kind[0] if kind else "former"))
        self._former: dict[tuple[str, str], str] = {}  # (form, code) -> the former name it comes from
        self._streets: dict[str, tuple[str, ...]] = {}
        self._regular: dict[str, tuple[str, ...]] | None = None
        self._short: dict[str, tuple[str, ...]] = {}
        self._longest = 0
        self._distances: dict[tuple[str, str], int] = {}  # resolve() ranks the same few pairs over and over

    # -- loading ---------------------------------------------------------------------------

    @classmethod
    def from_tsv(cls, path: str | Path, *more: str | Path, other_names: str | Path | None = None) -> Gazetteer:
        """Read files written by ``tools/build_gazetteer.py`` or in its format (header, then
        code name level parent), and optionally a file of other names (name code kind).

        A plain split, not the csv module: the files are ours, have no quoting, and this is
        the part of start-up every command pays for.
        """
        areas = []
        for one in (path, *more):
            lines = Path(one).read_text(encoding="utf-8").splitlines()
            if not lines or lines[0].split("\t") != ["code", "name", "level", "parent_code"]:
                raise ValueError(f"{one}: not a gazetteer TSV (bad header)")
            for line in lines[1:]:
                code, name, level, parent = line.split("\t")
                if level not in _RANK:
                    raise ValueError(f"{one}: {code}: unknown level {level!r}")
                areas.append(Area(code, name, cast(Level, level), parent or None))
        names = []
        if other_names is not None:
            rows = [r for r in Path(other_names).read_text(encoding="utf-8").splitlines() if not r.startswith("#")]
            if not rows or rows[0].split("\t") != ["name", "code", "kind"]:
                raise ValueError(f"{other_names}: not a table of other names (bad header)")
            names = [(name, code, kind) for name, code, kind in (r.split("\t") for r in rows[1:])]
        return cls(areas, names)

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
                area = self._areas[code]
                forms, stems = area_forms(area)
                if area.parent in self._areas and (
                    rest := parent_free(area.name, area.level, self._parent_forms(area))
                ):
                    forms.add(rest)
                for form in forms:
                    regular.setdefault(form, []).append(code)
                for stem in stems:
                    short.setdefault(stem, []).append(code)
            current = {(form, code) for form, codes in [*regular.items(), *short.items()] for code in codes}
            for name, code, kind in self._other_names:
                forms, stems = name_forms(name, self._areas[code].level, code)
                for form in forms:
                    regular.setdefault(form, []).append(code)
                for stem in stems:
                    short.setdefault(stem, []).append(code)
                if kind == "former":
                    self._former.update({(f, code): name for f in forms | stems if (f, code) not in current})
            for form, code in zone_short_forms(self._areas, self._parent_forms):
                regular.setdefault(form, []).append(code)
            for form, code in upgraded_counties(self._areas, regular).items():
                regular[form] = [code]
                self._former[(form, code)] = form
            self._streets = street_forms(self._areas, regular)
            for form, codes in doubled_towns(self._areas, {*regular, *short}).items():
                regular[form] = list(codes)
            self._short = {k: tuple(v) for k, v in short.items()}
            self._longest = max(map(len, [*regular, *short]))
            self._regular = {k: tuple(v) for k, v in regular.items()}
        return self._regular

    def _parent_forms(self, area: Area) -> set[str]:
        """The regular names of ``area``'s parent (a county's name may open with them)."""
        return area_forms(self._areas[area.parent])[0]

    def street_forms(self) -> dict[str, list[str]]:
        """X街 → the codes of the X街街道 it can stand for (东大街 for 东大街街道): a street
        office called by its street, which is also the name of the road itself, so only
        for a caller whose grammar says area."""
        self._index()
        return {form: list(codes) for form, codes in self._streets.items()}

    def former_name(self, form: str, code: str) -> str | None:
        """The former name of area ``code`` that ``form`` comes from (澂江县 and 澂江 → 澂江县
        for 澄江市), or None when ``form`` is a form of the area's name today: bodies named
        after the area take its name as the text knew it (县政府 of 澂江县, not of 澄江市)."""
        self._index()
        return self._former.get((_normalize_name(form), code))

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
                    if scope is None or (self.contains(scope, code) and not self._skips_to_zone(scope, code)):
                        walk(end, code, pieces + 1)

        walk(0, None, 0)
        return found

    def _skips_to_zone(self, scope: str, code: str) -> bool:
        """Is ``code`` a township named by a bare zone ending, qualified by more than its county?"""
        area = self._areas[code]
        return area.level == "township" and area.parent != scope and area.name in _BARE_ZONE_NAMES

    def resolve(self, name: str, context: Sequence[str] = (), short: bool = True, guess: bool = True) -> Area | None:
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

        With ``guess=False`` only evidence counts: the answer is ``None`` unless the first
        rank beats every other meaning that is not inside or around it (吉林 the province
        and 吉林 the city are one line of containment; 城东街道 of two counties are not) by
        nearness to the context or by being a regular name, never by level or code alone.
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

        best = min(candidates, key=rank)
        if not guess:
            decisive = rank(best)[:3]
            for code in candidates:
                if code == best or self.contains(code, best) or self.contains(best, code):
                    continue
                if rank(code)[:3] <= decisive or decisive[0] >= _FAR:
                    return None
        return self._areas[best]

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
    return Gazetteer.from_tsv(DATA_PATH, EXTRA_PATH, other_names=OTHER_NAMES_PATH)
