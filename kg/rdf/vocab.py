"""RDF namespaces as objects, so that a mistyped term fails at import time."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

DEFAULT_BASE_IRI = "https://w3id.org/gonghui-kg/id/"


class KGO(DefinedNamespace):
    """The gonghui-kg ontology (the public contract, plus our additions)."""

    _NS = Namespace("https://w3id.org/gonghui-kg/ontology#")
    _fail = True

    # classes of the contract
    TradeUnion: URIRef
    Organization: URIRef
    AdministrativeArea: URIRef
    Place: URIRef
    Person: URIRef
    Event: URIRef
    Article: URIRef
    # relations of the contract
    locatedIn: URIRef
    partOf: URIRef
    subOrganizationOf: URIRef
    organizer: URIRef
    participant: URIRef
    location: URIRef
    date: URIRef
    participantCount: URIRef
    reporter: URIRef
    photographer: URIRef
    mentions: URIRef
    reportsOn: URIRef
    award: URIRef
    # evidence
    evidence: URIRef
    charStart: URIRef
    charEnd: URIRef
    confidence: URIRef
    # our additions
    Source: URIRef  # a named source of facts that were not read from text (a gazetteer)
    Build: URIRef  # one run of ``kg build``
    adminCode: URIRef  # GB/T 2260 code of an administrative area
    adminLevel: URIRef  # province, prefecture, county, township
    mentionCount: URIRef  # how many times the articles name an entity
    sourceFile: URIRef  # the file an article was read from
    articleIndex: URIRef  # position of the article in its file
    publishedOn: URIRef  # the document date of an article
    outlet: URIRef  # who filed an article (本报, 中工网, …)
    byline: URIRef  # the byline as printed
    unionOf: URIRef  # the organisation a (workplace) union is the union of
    honour: URIRef  # an honour a union or organisation received (kgo:award is a person's)
    # build metadata (kg.graph.record)
    InputFile: URIRef  # a source file one build read
    toolVersion: URIRef  # the version of kg that made the graph
    sha256: URIRef  # SHA-256 of an input file's bytes
    byteSize: URIRef  # size of an input file


class ORG(DefinedNamespace):
    """The W3C Organization Ontology, as far as we use it."""

    _NS = Namespace("http://www.w3.org/ns/org#")
    _fail = True

    Membership: URIRef
    Role: URIRef
    Organization: URIRef
    member: URIRef
    organization: URIRef
    role: URIRef
    subOrganizationOf: URIRef
    memberOf: URIRef
    hasMembership: URIRef


PREFIXES: dict[str, str] = {
    "kgo": str(KGO._NS),
    "org": str(ORG._NS),
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "schema": "https://schema.org/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "dcterms": "http://purl.org/dc/terms/",
}
