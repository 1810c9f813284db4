"""Turtle, N-Triples and JSON-LD from ``kg build``: same triples, stable bytes, stable IRIs, provenance."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import PROV, RDF, RDFS

from kg.errors import KgError
from kg.graph.record import ENV_EPOCH, build_time, iso_time
from kg.model.classes import CLASSES
from kg.rdf.formats import parse_formats, serialize_jsonld, serialize_ntriples, serialize_turtle_graph
from kg.rdf.mapping import to_rdf
from kg.rdf.vocab import DEFAULT_BASE_IRI, KGO
from tests import graphs
from tests.graphs import sample_graph
from tests.linked_helpers import ROOT, SEED_FILES, build, env, kg, seeds_build

FORMATS = {"graph.ttl": "turtle", "graph.nt": "nt", "graph.jsonld": "json-ld"}


def parse(path: Path) -> Graph:
    return Graph().parse(path, format=FORMATS[path.name])


def test_all_three_formats_hold_the_same_triples():
    out = seeds_build()
    ttl, nt, jsonld = (parse(out / name) for name in FORMATS)
    assert len(ttl) == len(nt) == len(jsonld) > 1000
    assert isomorphic(ttl, nt) and isomorphic(ttl, jsonld)


def test_each_format_parses_with_pyoxigraph_too():
    pyoxigraph = pytest.importorskip("pyoxigraph")
    kinds = {
        "graph.ttl": pyoxigraph.RdfFormat.TURTLE,
        "graph.nt": pyoxigraph.RdfFormat.N_TRIPLES,
        "graph.jsonld": pyoxigraph.RdfFormat.JSON_LD,
    }
    expected = len(parse(seeds_build() / "graph.ttl"))
    for name, kind in kinds.items():
        assert len(list(pyoxigraph.parse(path=str(seeds_build() / name), format=kind))) == expected, name


def test_nasty_labels_survive_every_format():
    g = to_rdf(sample_graph())
    for data, fmt in (
        (serialize_turtle_graph(g), "turtle"),
        (serialize_ntriples(g), "nt"),
        (serialize_jsonld(g), "json-ld"),
    ):
        back = Graph().parse(data=data.decode("utf-8"), format=fmt)
        assert isomorphic(back, g), fmt
        assert Literal(graphs.NASTY_LABEL, lang="zh") in set(back.objects(None, RDFS.label)), fmt


def test_ntriples_is_sorted_one_triple_a_line():
    lines = serialize_ntriples(to_rdf(sample_graph())).decode("utf-8").splitlines()
    assert lines == sorted(lines) and all(line.endswith(" .") for line in lines)


def test_the_same_graph_gives_the_same_bytes_whatever_the_insertion_order():
    first = to_rdf(sample_graph())
    for seed in (1, 2, 3):
        again = to_rdf(sample_graph(seed))
        assert serialize_ntriples(again) == serialize_ntriples(first)
        assert serialize_jsonld(again) == serialize_jsonld(first)


def test_default_format_is_turtle_only(tmp_path):
    build(tmp_path / "out", [f"seeds/{SEED_FILES[0]}"])
    names = {p.name for p in (tmp_path / "out").iterdir()}
    assert names == {"graph.ttl", "graph.json", "graph.graphml", "graph.html"}


@pytest.mark.parametrize("text", ["ttl,xml", "rdf", ","])
def test_unknown_format_is_a_one_line_error(tmp_path, text):
    result = kg("build", "seeds", "-o", str(tmp_path / "o"), "--format", text)
    assert result.exit_code == 1 and result.stderr.startswith("kg: error: ") and result.stderr.count("\n") == 1
    assert not (tmp_path / "o").exists()


def test_parse_formats_keeps_a_canonical_order():
    assert parse_formats("jsonld, TTL,nt") == ("ttl", "nt", "jsonld")
    assert parse_formats(["json-ld"]) == ("jsonld",)
    with pytest.raises(KgError):
        parse_formats("turtle")


def test_builds_are_byte_identical(tmp_path):
    build(tmp_path / "a", ["seeds"], "--format", "ttl,nt,jsonld")
    build(tmp_path / "b", ["seeds"], "--format", "ttl,nt,jsonld")
    for name in ("graph.ttl", "graph.nt", "graph.jsonld", "graph.json", "graph.html"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


# --------------------------------------------------------------------------- provenance


def test_build_metadata_names_tool_inputs_hashes_and_time():
    g = parse(seeds_build() / "graph.ttl")
    builds = list(g.subjects(RDF.type, KGO.Build))
    assert len(builds) == 1
    b = builds[0]
    assert (b, RDF.type, PROV.Activity) in g
    assert str(g.value(b, KGO.toolVersion)) == __import__("kg").__version__
    assert (g.value(b, PROV.wasAssociatedWith), RDF.type, PROV.SoftwareAgent) in g
    inputs = {
        str(g.value(f, KGO.sourceFile)): str(g.value(f, KGO.sha256))
        for f in g.objects(b, PROV.used)
        if (f, RDF.type, KGO.InputFile) in g
    }
    assert inputs == {n: hashlib.sha256((ROOT / "seeds" / n).read_bytes()).hexdigest() for n in SEED_FILES}
    newest = max(os.stat(ROOT / "seeds" / n).st_mtime for n in SEED_FILES)
    assert g.value(b, PROV.endedAtTime).toPython() == dt.datetime.fromtimestamp(int(newest), dt.UTC)
    assert f'"{iso_time(newest)}"^^xsd:dateTime' in (seeds_build() / "graph.ttl").read_text(encoding="utf-8")
    # every article points at the file it was read from
    for article in g.subjects(RDF.type, KGO.Article):
        source = g.value(article, PROV.wasDerivedFrom)
        assert (source, RDF.type, KGO.InputFile) in g
        assert g.value(source, KGO.sourceFile) == g.value(article, KGO.sourceFile)


def test_source_date_epoch_sets_the_time(tmp_path):
    with env(SOURCE_DATE_EPOCH="1743465600"):
        build(tmp_path / "o", [f"seeds/{SEED_FILES[0]}"])
    g = Graph().parse(tmp_path / "o" / "graph.ttl")
    assert [t.toPython() for t in g.objects(None, PROV.endedAtTime)] == [dt.datetime(2025, 4, 1, tzinfo=dt.UTC)]


def test_a_bad_source_date_epoch_is_a_user_error():
    with env(SOURCE_DATE_EPOCH="yesterday"), pytest.raises(KgError, match=ENV_EPOCH):
        build_time([])


def test_without_epoch_the_time_is_the_newest_input():
    with env(SOURCE_DATE_EPOCH=None):
        assert (
            build_time([{"modified": "2025-01-01T00:00:00Z"}, {"modified": "2025-03-01T00:00:00Z"}])
            == "2025-03-01T00:00:00Z"
        )
        assert build_time([]) is None


# --------------------------------------------------------------------------- IRIs


def _iris_by_name(g: Graph) -> dict[tuple[str, str], set[str]]:
    out: dict[tuple[str, str], set[str]] = {}
    for cls in CLASSES:
        for s in g.subjects(RDF.type, KGO[cls]):
            out.setdefault((cls, str(g.value(s, RDFS.label))), set()).add(str(s))
    return out


def test_same_entity_same_iri_in_every_build(tmp_path):
    """An entity of a build of one file keeps its IRI in a build of more files."""
    build(tmp_path / "one", [f"seeds/{SEED_FILES[0]}"])
    one = _iris_by_name(Graph().parse(tmp_path / "one" / "graph.ttl"))
    full = _iris_by_name(parse(seeds_build() / "graph.ttl"))
    shared = set(one) & set(full)
    assert len(shared) >= 0.9 * len(one)
    moved = {k: (one[k], full[k]) for k in shared if not one[k] <= full[k]}
    assert not moved


def test_area_iris_are_their_gbt2260_codes():
    g = parse(seeds_build() / "graph.ttl")
    areas = list(g.subjects(RDF.type, KGO.AdministrativeArea))
    assert areas
    for a in areas:
        assert str(a) == f"{DEFAULT_BASE_IRI}area/{g.value(a, KGO.adminCode)}"


def test_base_iri_moves_every_instance_and_nothing_else(tmp_path):
    base = "https://example.org/unions/"
    build(tmp_path / "o", [f"seeds/{SEED_FILES[0]}"], "--base-iri", base, "--format", "nt")
    g = Graph().parse(tmp_path / "o" / "graph.nt", format="nt")
    subjects = {str(s) for s in g.subjects()}
    assert all(s.startswith(base) for s in subjects)
    assert not any(DEFAULT_BASE_IRI in str(t) for triple in g for t in triple if isinstance(t, URIRef))


@pytest.mark.parametrize(("fmt", "serialize"), [("kg-turtle", serialize_turtle_graph), ("kg-jsonld", serialize_jsonld)])
def test_rdflib_finds_the_projects_writers_as_plugins(fmt, serialize):
    """Installed kg registers its writers with rdflib: a graph read back and written with
    ``format="kg-turtle"`` / ``"kg-jsonld"`` gives the bytes the build writes."""
    written = serialize_turtle_graph(to_rdf(sample_graph()))
    g = Graph().parse(data=written.decode("utf-8"), format="turtle")
    assert g.serialize(format=fmt, encoding="utf-8") == serialize(g)
    if fmt == "kg-turtle":
        assert g.serialize(format=fmt, encoding="utf-8") == written


def test_the_plugins_write_utf8_only():
    g = Graph().parse(data='<http://example.org/a> <http://example.org/p> "工会"@zh .', format="turtle")
    with pytest.raises(ValueError, match="UTF-8 only"):
        g.serialize(format="kg-turtle", encoding="gb18030")
