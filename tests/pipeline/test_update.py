"""``kg build --update``: a folder, then one more file, gives the union without duplicates."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

from kg.errors import KgError
from kg.graph.model import add_node, add_relation, new_graph
from kg.graph.nodelink import load_hub, write_json
from kg.graph.record import record_build
from kg.model.classes import CLASSES
from kg.model.evidence import Evidence
from kg.pipeline.update import plan_update
from kg.rdf.turtle import serialize_turtle
from kg.rdf.vocab import KGO
from kg.resolve.hubs import merge_hubs
from tests.graphs import sample_graph
from tests.linked_helpers import ROOT, SEED_FILES, build, kg, seeds_build


def copy_seeds(folder: Path, names: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in names:
        shutil.copy2(ROOT / "seeds" / n, folder / n)
    return folder


# --------------------------------------------------------------------------- the hub file


def test_graph_json_reads_back_to_the_same_rdf(tmp_path):
    G = sample_graph()
    record_build(
        G, [{"name": "seeds/000_test.txt", "sha256": "0" * 64, "bytes": 1, "modified": "2025-01-01T00:00:00Z"}]
    )
    write_json(G, tmp_path / "graph.json")
    back = load_hub(tmp_path / "graph.json")
    assert serialize_turtle(back) == serialize_turtle(G)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{", "not valid JSON"),
        ('{"a": 1}', "not a graph.json written by kg build"),
        ('{"nodes": [{"id": "x"}], "links": [], "directed": true, "multigraph": true}', "has no class"),
    ],
)
def test_a_bad_previous_graph_is_a_user_error(tmp_path, content, message):
    (tmp_path / "graph.json").write_text(content, encoding="utf-8")
    with pytest.raises(KgError, match=message):
        load_hub(tmp_path / "graph.json")


# --------------------------------------------------------------------------- merging


def _person_graph(article: str, org: str, *, credited: bool = False):
    G = new_graph()
    add_node(G, f"article:{article}", "Article", article, source=article, index=0)
    add_node(G, "person:张伟", "Person", "张伟", mentions=1)
    add_node(G, f"union:{org}", "TradeUnion", org, mentions=1)
    ev = Evidence(article=f"article:{article}", start=0, end=5, sentence=f"{org}主席张伟", confidence=0.9)
    add_relation(G, "person:张伟", "post", f"union:{org}", ev, role="主席")
    add_relation(G, f"article:{article}", "mentions", f"union:{org}", ev)
    if credited:
        add_relation(G, f"article:{article}", "reporter", "person:张伟", ev)
    return G


def test_people_of_the_same_name_merge_only_when_something_agrees():
    old = _person_graph("a.txt#0", "甲工会")
    apart = merge_hubs(old, _person_graph("b.txt#0", "乙工会"))
    assert {"person:张伟", "person:张伟~2"} <= set(apart)
    assert apart.has_edge("person:张伟~2", "union:乙工会")
    same_org = merge_hubs(old, _person_graph("b.txt#0", "甲工会"))
    assert "person:张伟~2" not in same_org and same_org.nodes["person:张伟"]["mentions"] == 2
    journalists = merge_hubs(
        _person_graph("a.txt#0", "甲工会", credited=True), _person_graph("b.txt#0", "乙工会", credited=True)
    )
    assert "person:张伟~2" not in journalists


def test_merge_unites_aliases_mentions_and_evidence():
    old, new = new_graph(), new_graph()
    e1 = Evidence("article:a#0", 0, 3, "甲", 0.9)
    e2 = Evidence("article:b#0", 4, 9, "乙", 0.8)
    add_node(old, "area:110105", "AdministrativeArea", "朝阳区", code="110105", mentions=2, aliases={"朝阳"})
    add_node(new, "area:110105", "AdministrativeArea", "朝阳区", code="110105", mentions=3, aliases={"朝阳地区"})
    add_node(old, "area:110000", "AdministrativeArea", "北京市", code="110000")
    add_node(new, "area:110000", "AdministrativeArea", "北京市", code="110000")
    add_node(old, "union:朝阳区总工会", "TradeUnion", "朝阳区总工会")
    add_node(new, "union:朝阳区总工会", "TradeUnion", "朝阳区总工会")
    add_relation(old, "area:110105", "partOf", "area:110000", origin="gazetteer")
    add_relation(new, "area:110105", "partOf", "area:110000", origin="gazetteer")
    add_relation(old, "union:朝阳区总工会", "locatedIn", "area:110105", e1)
    add_relation(new, "union:朝阳区总工会", "locatedIn", "area:110105", e2)
    G = merge_hubs(old, new)
    area = G.nodes["area:110105"]
    assert area["mentions"] == 5 and area["aliases"] == {"朝阳", "朝阳地区"}
    assert G.number_of_edges() == 2
    assert G.edges["union:朝阳区总工会", "area:110105", "locatedIn"]["evidence"] == [e1, e2]
    assert G.edges["area:110105", "area:110000", "partOf"]["origin"] == "gazetteer"


# --------------------------------------------------------------------------- the command


def test_update_with_one_more_file_equals_building_both(tmp_path):
    """Build one seed file, then update with the folder: the union, as one build of both gives."""
    out = tmp_path / "out"
    build(out, [f"seeds/{SEED_FILES[0]}"])
    result = build(out, ["seeds"], "--update")
    assert "already in" in result.stderr  # the first file is not read again
    merged, full = load_hub(out / "graph.json"), load_hub(seeds_build() / "graph.json")
    assert set(merged.nodes) == set(full.nodes)
    assert set(merged.edges(keys=True)) == set(full.edges(keys=True))
    # no duplicate nodes: one node per class and name, except people kept apart on purpose
    g = Graph().parse(out / "graph.ttl")
    for cls in CLASSES:
        if cls in ("Person", "Event"):
            continue
        labels = [str(g.value(s, RDFS.label)) for s in g.subjects(RDF.type, KGO[cls])]
        assert len(labels) == len(set(labels)), cls
    assert (out / "graph.ttl").read_bytes() == (seeds_build() / "graph.ttl").read_bytes()


def test_update_with_nothing_new_reads_nothing_and_changes_nothing(tmp_path):
    out = tmp_path / "out"
    build(out, ["seeds"])
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    result = build(out, ["seeds"], "--update")
    assert f"{len(SEED_FILES)} input file(s) already in" in result.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_update_can_add_formats(tmp_path):
    out = tmp_path / "out"
    build(out, [f"seeds/{SEED_FILES[0]}"])
    build(out, [f"seeds/{SEED_FILES[0]}"], "--update", "--format", "nt")
    assert (out / "graph.nt").exists()


def test_a_changed_file_is_refused(tmp_path):
    folder = copy_seeds(tmp_path / "news", SEED_FILES[:1])
    out = tmp_path / "out"
    build(out, [str(folder)])
    path = folder / SEED_FILES[0]
    path.write_text(path.read_text(encoding="utf-8") + "\n补充：北京市总工会召开会议。\n", encoding="utf-8")
    result = kg("build", str(folder), "-o", str(out), "--update")
    assert result.exit_code == 1
    assert "changed since the build" in result.stderr and result.stderr.count("\n") == 1


def test_update_without_a_previous_graph_builds_from_scratch(tmp_path):
    out = tmp_path / "out"
    result = build(out, [f"seeds/{SEED_FILES[0]}"], "--update")
    assert "building from scratch" in result.stderr
    assert (out / "graph.json").exists()


def test_plan_update_sorts_new_and_known_files(tmp_path):
    folder = copy_seeds(tmp_path / "news", SEED_FILES[:1])
    out = tmp_path / "out"
    build(out, [str(folder)])
    copy_seeds(folder, SEED_FILES[1:2])
    plan = plan_update([str(folder)], out)
    assert plan.previous is not None
    assert [Path(p).name for p in plan.known] == SEED_FILES[:1]
    assert [Path(p).name for p in plan.read] == SEED_FILES[1:2]


def test_the_rdf_of_the_merged_graph_is_the_union(tmp_path):
    """What each separate build says about its entities (people aside) is in the merged graph.

    People are left out because two namesakes of different files may rightly stay two
    people, and the newcomer then gets another IRI (``person:张伟~2``).
    """
    out, second = tmp_path / "out", tmp_path / "second"
    build(out, [f"seeds/{SEED_FILES[0]}"])
    first = Graph().parse(out / "graph.ttl")
    build(second, [f"seeds/{SEED_FILES[1]}"])
    other = Graph().parse(second / "graph.ttl")
    build(out, ["seeds"], "--update")
    merged = Graph().parse(out / "graph.ttl")
    for g in (first, other):
        entities = {s for cls in CLASSES if cls != "Person" for s in g.subjects(RDF.type, KGO[cls])}
        facts = [
            t
            for t in g
            if t[0] in entities and (t[2] in entities or not isinstance(t[2], URIRef)) and t[1] != KGO.mentionCount
        ]
        assert facts
        missing = [t for t in facts if t not in merged]
        assert not missing, missing[:5]
