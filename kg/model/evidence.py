"""Evidence: where a fact was read.  Made by extraction, kept by the graph, written as RDF statements."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Evidence:
    """Where a fact was read: a sentence of an article and the span inside it."""

    article: str  # node id of the article
    start: int  # offsets into the article's text
    end: int
    sentence: str
    confidence: float = 0.9


def as_evidence(item: object) -> Evidence | None:
    """An ``Evidence``, also from the dict form a JSON round trip leaves; None for anything else."""
    if isinstance(item, Evidence):
        return item
    if isinstance(item, Mapping):
        try:
            return Evidence(
                article=str(item["article"]),
                start=int(item["start"]),
                end=int(item["end"]),
                sentence=str(item.get("sentence", "")),
                confidence=float(item.get("confidence", 0.9)),
            )
        except (KeyError, TypeError, ValueError):
            return None
    return None
