"""Exporters: each is a plain function from the hub graph to a file (networkx style).

    write_turtle(G, "graph.ttl", base=None)   # RDF following the public contract
    write_json(G, "graph.json")               # networkx node-link JSON ("links")
    write_graphml(G, "graph.graphml")         # GraphML, scalar attributes only
    write_html(G, "graph.html")               # offline interactive view

All of them write atomically and give byte-identical files for the same graph.
"""

from __future__ import annotations

from kg.export.graphml import write_graphml
from kg.export.html import write_html
from kg.export.iri import node_iri
from kg.export.jsonout import write_json
from kg.export.turtle import to_rdf, write_turtle

__all__ = ["node_iri", "to_rdf", "write_graphml", "write_html", "write_json", "write_turtle"]
