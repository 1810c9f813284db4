"""The build record (kg.graph.record) as PROV-O: which tool version read which input files, when.

``to_rdf`` turns the record into::

    <base>build/<digest> a kgo:Build, prov:Activity ;
        prov:endedAtTime "…"^^xsd:dateTime ; kgo:toolVersion "0.1.0" ;
        prov:wasAssociatedWith <base>software/kg/0.1.0 ;      # a prov:SoftwareAgent
        prov:used <base>input/seeds/a.txt, <base>source/gazetteer .
    <base>input/seeds/a.txt a kgo:InputFile, prov:Entity ;
        kgo:sourceFile "seeds/a.txt" ; kgo:sha256 "…" ; kgo:byteSize 1234 ;
        dcterms:modified "…"^^xsd:dateTime .
    <article> prov:wasDerivedFrom <base>input/seeds/a.txt .

The build's IRI is a digest of the version, the time and the inputs' names and hashes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

import networkx as nx
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, XSD

from kg import __version__
from kg.graph.record import KEY, recorded_inputs
from kg.rdf.iri import encode_segment, node_iri, normalise_base
from kg.rdf.triples import Lit, TripleSet, Vocabulary, from_rdflib
from kg.rdf.vocab import KGO


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def build_iri(record: Mapping[str, Any], base: str | None = None) -> URIRef:
    """The build's IRI: a digest of the version, the time and the inputs' names and hashes."""
    inputs = [f"{d['name']}\x1e{d.get('sha256', '')}" for d in record.get("inputs") or []]
    key = _digest("build", str(record.get("version")), str(record.get("time")), *sorted(inputs))
    return URIRef(f"{normalise_base(base)}build/{key}")


def software_iri(version: str, base: str | None = None) -> URIRef:
    """The IRI of this tool at ``version`` (a ``prov:SoftwareAgent``)."""
    return URIRef(f"{normalise_base(base)}software/kg/{encode_segment(version)}")


def input_iri(name: str, base: str | None = None) -> URIRef:
    """The IRI of the input file ``name``."""
    return node_iri(f"input:{name}", base)


# our terms as the plain strings the exporter's triples hold (kg.rdf.triples)
_kgo, _prov, _rdf, _rdfs, _dcterms = map(Vocabulary, (KGO, PROV, RDF, RDFS, DCTERMS))
_DATETIME = str(XSD.dateTime)


def add_build_metadata(g: TripleSet, G: nx.MultiDiGraph, base: str | None = None) -> None:
    """Add the PROV-O node of ``G``'s build record to the exporter's triples ``g`` (nothing when there is none)."""
    record = G.graph.get(KEY)
    if not isinstance(record, Mapping) or not record.get("time"):
        return
    version = str(record.get("version") or __version__)
    build = str(build_iri(record, base))
    agent = str(software_iri(version, base))
    g.add((build, _rdf.type, _kgo.Build))
    g.add((build, _rdf.type, _prov.Activity))
    g.add((build, _rdfs.label, Lit(f"kg build {record['time']}")))
    g.add((build, _prov.endedAtTime, Lit(str(record["time"]), _DATETIME)))  # as recorded, not normalised
    g.add((build, _kgo.toolVersion, Lit(version)))
    g.add((build, _prov.wasAssociatedWith, agent))
    g.add((agent, _rdf.type, _prov.SoftwareAgent))
    g.add((agent, _rdfs.label, Lit(f"kg {version}")))
    g.add((agent, _kgo.toolVersion, Lit(version)))

    by_name: dict[str, str] = {}
    for item in recorded_inputs(G):
        node = str(input_iri(str(item["name"]), base))
        by_name[str(item["name"])] = node
        _add_input(g, build, node, item)
    for source in sorted(g.subjects(_rdf.type, _kgo.Source)):
        g.add((build, _prov.used, source))
    for article in sorted(g.subjects(_rdf.type, _kgo.Article)):
        for name in list(g.objects(article, _kgo.sourceFile)):
            if isinstance(name, Lit) and name.lexical in by_name:
                g.add((article, _prov.wasDerivedFrom, by_name[name.lexical]))


def _add_input(g: TripleSet, build: str, node: str, item: Mapping[str, Any]) -> None:
    """One input file of the build: its name, hash, size and modification time."""
    g.add((build, _prov.used, node))
    g.add((node, _rdf.type, _kgo.InputFile))
    g.add((node, _rdf.type, _prov.Entity))
    g.add((node, _rdfs.label, Lit(str(item["name"]))))
    g.add((node, _kgo.sourceFile, Lit(str(item["name"]))))
    if item.get("sha256"):
        g.add((node, _kgo.sha256, Lit(str(item["sha256"]))))
    if isinstance(item.get("bytes"), int):
        size = from_rdflib(Literal(item["bytes"], datatype=XSD.integer))  # its lexical form as rdflib writes it
        g.add((node, _kgo.byteSize, size))  # type: ignore[arg-type]
    if item.get("modified"):
        g.add((node, _dcterms.modified, Lit(str(item["modified"]), _DATETIME)))
