"""Linked data around the exported graph: formats, provenance, SHACL, SPARQL, triple stores.

The exporters in :mod:`kg.export` map the hub graph to the public RDF contract; this
package is what users do with that RDF afterwards, kept apart so that each piece can be
used (and tested) without the NLP stages:

* :mod:`.resources` finds ``ontology/`` (the OWL ontology, the SHACL shapes, canned queries);
* :mod:`.rdfio` reads a graph file of any RDF format with one-line errors;
* :mod:`.formats` writes N-Triples and JSON-LD byte-identically, and all build outputs;
* :mod:`.metadata` records a build's inputs and adds its PROV-O node to the RDF;
* :mod:`.update` merges a new build into the previous hub graph (``kg build --update``);
* :mod:`.validate` checks a graph against the shapes (``kg validate``);
* :mod:`.query` runs SPARQL with the contract's prefixes (``kg query``);
* :mod:`.push` loads a graph into a triple store over the Graph Store Protocol (``kg push``).
"""
