"""Labels of articles without a headline: a short form of their first sentence.

A headline-less article (``headline`` None, or a label that is only the article's key)
is labelled with its ``first_sentence`` attribute if set, else the builder's label (its
first words of the body), else the earliest sentence any evidence quotes from the
article (in news, the lead); cut at the first full stop and to at most ``LABEL_MAX``
characters, ending in "…" when cut.  With none of these: ``无标题文章 <source>#<index>``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import networkx as nx

from kg.model.evidence import Evidence, as_evidence

LABEL_MAX = 30  # characters of a first sentence kept as a headline-less article's label
_SENTENCE_END = re.compile(r"[。！？!?；;]")


def evidence_list(items: object) -> list[Evidence]:
    """The valid evidence items of ``items``, sorted and without repeats."""
    if not items or isinstance(items, str | bytes):
        return []
    if type(items) is list and len(items) == 1:  # nearly every fact: nothing to merge or sort
        ev = as_evidence(items[0])
        return [] if ev is None else [ev]
    out = {ev for ev in map(as_evidence, items) if ev is not None}  # type: ignore[call-overload]
    return sorted(out)


def node_key(nid: str) -> str:
    """The part of a node id after its kind (``article:a.txt#0`` -> ``a.txt#0``)."""
    return nid.partition(":")[2] or nid


def shorten(sentence: str) -> str:
    """The sentence up to its first full stop, at most LABEL_MAX characters; "" when
    nothing but punctuation opens it (";6" ends before it starts)."""
    text = " ".join(sentence.split())
    m = _SENTENCE_END.search(text)
    if m:
        text = text[: m.start()]
    return text if len(text) <= LABEL_MAX else text[: LABEL_MAX - 1] + "…"


def earliest_sentences(G: nx.MultiDiGraph) -> dict[str, str]:
    """For each article id, the sentence of the evidence item that starts first in it."""
    best: dict[str, Evidence] = {}

    def see(items: object) -> None:
        for ev in evidence_list(items):
            if ev.sentence.strip() and (
                ev.article not in best or (ev.start, ev) < (best[ev.article].start, best[ev.article])
            ):
                best[ev.article] = ev

    for _, _, d in G.edges(data=True):
        see(d.get("evidence"))
    for _, d in G.nodes(data=True):
        for items in (d.get("literal_evidence") or {}).values():
            see(items)
        for items in (d.get("awards") or {}).values():
            see(items)
    return {a: ev.sentence for a, ev in best.items()}


def article_label(nid: str, data: Mapping[str, object], lead: Mapping[str, str]) -> str:
    """An article's label: its headline, else a short form of its first sentence (module doc)."""
    label = str(data.get("label") or "").strip()
    key = node_key(nid)
    stand_in = not label or label in (key, nid)  # the hub graph's label is the key: nothing better
    if "headline" in data:
        if data["headline"]:
            return str(data["headline"]).strip()
    elif not stand_in:
        return label
    for first in (data.get("first_sentence"), None if stand_in else label, lead.get(nid), lead.get(key)):
        short = shorten(str(first)) if first else ""
        if short.strip():
            return short
    return f"无标题文章 {key}"
