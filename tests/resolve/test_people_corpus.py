"""People of one name across files, built end to end from invented multi-file corpora:
merged when their files agree (the same area below the province, the same event, a post
at the same body), kept apart when posts at bodies of places that lie apart conflict.

Invented people, bodies and events; each test fails when its rule is removed."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.graph.nodelink import HUB_FILE, load_hub
from kg.pipeline.build import BuildOptions, run_build
from kg.pipeline.update import run_update
from kg.resolve.people import PersonProfile, local_areas

NAME = "柏青禾"

pytestmark = pytest.mark.slow


def _people(tmp_path: Path, texts: dict[str, str]) -> set[str]:
    """The node ids of the people named NAME when ``texts`` (file name -> text) are built."""
    src = tmp_path / "news"
    src.mkdir()
    for name, text in texts.items():
        (src / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    run_build(BuildOptions(inputs=[str(src)], outdir=out, progress=False, cache=False, jobs=1), echo=lambda m: None)
    G = load_hub(out / HUB_FILE)
    return {n for n, d in G.nodes(data=True) if d.get("cls") == "Person" and d.get("label") == NAME}


def test_two_files_about_one_county_name_one_person(tmp_path):
    people = _people(
        tmp_path,
        {
            "a.txt": "宾川县总工会10日举办职工技能大赛。焊工柏青禾获得一等奖。\n",
            "b.txt": "宾川县总工会近日走访慰问困难职工。劳模柏青禾参加了慰问。\n",
        },
    )
    assert people == {f"person:{NAME}"}


def test_one_county_but_posts_in_two_provinces_are_two_people(tmp_path):
    people = _people(
        tmp_path,
        {
            "a.txt": "宾川县总工会主席柏青禾10日主持召开全委会议。\n",
            "b.txt": "石阡县总工会主席柏青禾近日带队到宾川县考察职工服务阵地建设。\n",
        },
    )
    assert people == {f"person:{NAME}", f"person:{NAME}~2"}


def test_namesakes_in_files_about_two_provinces_stay_apart(tmp_path):
    people = _people(
        tmp_path,
        {
            "a.txt": "宾川县总工会10日举办职工技能大赛。焊工柏青禾获得一等奖。\n",
            "b.txt": "石阡县总工会近日走访慰问困难职工。劳模柏青禾参加了慰问。\n",
        },
    )
    assert people == {f"person:{NAME}", f"person:{NAME}~2"}


def test_one_event_agrees():
    assert PersonProfile(events={"第三届职工龙舟赛"}).agrees(PersonProfile(events={"第三届职工龙舟赛"}))
    assert not PersonProfile(events={"第三届职工龙舟赛"}).agrees(PersonProfile(events={"职工篮球赛"}))


def test_one_city_agrees_one_province_does_not():
    city, province = local_areas({"532900"}), local_areas({"530000"})
    assert PersonProfile(areas=city).agrees(PersonProfile(areas=city))
    assert not PersonProfile(areas=province).agrees(PersonProfile(areas=province))


def test_posts_in_places_apart_conflict_whatever_agrees():
    a = PersonProfile(orgs={"甲"}, places={"532924"}, credit=True)
    assert not a.agrees(PersonProfile(orgs={"甲"}, places={"520623"}, credit=True))
    assert a.agrees(PersonProfile(orgs={"甲"}, places={"5329"}))  # a county inside the prefecture


@pytest.mark.parametrize(
    ("second", "ids"),
    [
        ("宾川县职工服务中心近日开放。劳模柏青禾参加了开放仪式。\n", {f"person:{NAME}"}),
        ("石阡县总工会主席柏青禾近日带队到宾川县考察职工服务阵地建设。\n", {f"person:{NAME}", f"person:{NAME}~2"}),
    ],
)
def test_an_update_follows_the_same_rule(tmp_path, second, ids):
    src, out = tmp_path / "news", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text("宾川县总工会主席柏青禾10日主持召开全委会议。\n", encoding="utf-8")
    opts = {"outdir": out, "progress": False, "cache": False, "jobs": 1}
    run_build(BuildOptions(inputs=[str(src)], **opts), echo=lambda m: None)
    (src / "b.txt").write_text(second, encoding="utf-8")
    run_update(BuildOptions(inputs=[str(src)], update=True, **opts), echo=lambda m: None)
    G = load_hub(out / HUB_FILE)
    assert {n for n, d in G.nodes(data=True) if d.get("cls") == "Person" and d.get("label") == NAME} == ids
