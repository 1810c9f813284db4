"""Tools over finished RDF: SHACL, SPARQL, triple stores.

:mod:`kg.rdf` maps the hub graph to the public RDF contract; this package is what users
do with that RDF afterwards, kept apart so that each piece can be used (and tested)
without the NLP stages:

* :mod:`.resources` finds ``ontology/`` (the OWL ontology, the SHACL shapes, canned queries);
* :mod:`.rdfio` reads a graph file of any RDF format with one-line errors;
* :mod:`.validate` checks a graph against the shapes (``kg validate``);
* :mod:`.query` runs SPARQL with the contract's prefixes (``kg query``);
* :mod:`.push` loads a graph into a triple store over the Graph Store Protocol (``kg push``).
"""
