"""The hub graph as RDF following the public contract (shared/contract/rdf-contract.md).

vocab (prefixes, our terms) → iri (instance IRIs) → triples (plain-data terms) →
literals, labels, provenance → mapping (graph → triples) → ttlstream, turtle, formats
(the files).
"""
