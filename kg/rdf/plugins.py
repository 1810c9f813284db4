"""The project's RDF writers as rdflib serializer plugins.

A user who loads ``graph.ttl`` into rdflib, edits it and writes it back with
``g.serialize(format="kg-turtle")`` gets the same layout ``kg build`` writes (subjects
grouped by class, the same bytes for the same triples), so the files diff cleanly.
``pyproject.toml`` registers them under rdflib's ``rdf.plugins.serializer`` entry point:
rdflib finds them without the caller importing ``kg``.
"""

from __future__ import annotations

from typing import IO, Any

from rdflib.serializer import Serializer

from kg.rdf.formats import serialize_jsonld, serialize_turtle_graph


class _BytesSerializer(Serializer):
    """A serializer whose whole text is made at once by a function of the graph."""

    def _bytes(self) -> bytes:
        raise NotImplementedError

    def serialize(self, stream: IO[bytes], base: str | None = None, encoding: str | None = None, **args: Any) -> None:
        """Write the graph as UTF-8 (the only encoding these formats are written in)."""
        if encoding not in (None, "utf-8", "UTF-8"):
            raise ValueError(f"{type(self).__name__} writes UTF-8 only, not {encoding}")
        stream.write(self._bytes())


class KgTurtleSerializer(_BytesSerializer):
    """``format="kg-turtle"``: Turtle as ``kg build`` writes graph.ttl."""

    def _bytes(self) -> bytes:
        return serialize_turtle_graph(self.store)


class KgJsonLdSerializer(_BytesSerializer):
    """``format="kg-jsonld"``: JSON-LD as ``kg build --format jsonld`` writes graph.jsonld."""

    def _bytes(self) -> bytes:
        return serialize_jsonld(self.store)
