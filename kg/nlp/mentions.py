"""Finding the names that matter to union news: unions, bodies, areas, venues, people,
titles, events, dates and head counts.

Generic NER cuts names at the wrong places for this genre (LAC reads 来广营 as a
person-free ORG glued to the district body before it, and 常态化工会驿站 as a union),
so each kind of name is found by the morphology Chinese names have: an *ending*
(…总工会, …有限公司, …广场, …比赛) at a word boundary, and a *start* found by walking
left over name-like words to the leftmost anchor (an area name, an ORG word, a quote).

One finder per kind, each a pipeline component, in the order of ``FINDERS`` (each reads
what the ones before it found, on ``doc._.kg_work``: kg.nlp.found).  Then
``kg_mentions`` splits the tokens at the found spans and stores them as
``doc.spans["kg"]``.

A finder's own word lists (and the titles) are files named in its factory's
``default_config``; the endings, level words and other lists that extraction reads too
come from ``kg.lexicon.lexicon()``.
"""

from __future__ import annotations

import itertools

import numpy as np
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

import kg.nlp.areas
import kg.nlp.bodies
import kg.nlp.events
import kg.nlp.latin_names
import kg.nlp.people
import kg.nlp.quantities
import kg.nlp.titles  # noqa: F401  (these register the finders)
from kg.nlp.align import split_tokens
from kg.nlp.areaindex import area_index
from kg.nlp.found import Found, MentionWork
from kg.nlp.tokens import Tokens

__all__ = ["FINDERS", "Found", "MentionFinder", "align", "area_index"]

# The finders in the order they run: each anchors on what the earlier ones found
# (bodies on areas, people outside bodies, events over bodies and titles).
FINDERS = ("kg_areas", "kg_bodies", "kg_people", "kg_latin", "kg_titles", "kg_events", "kg_quantities")

Span.set_extension("kg_kind", default=None, force=True)
Span.set_extension("kg_ref", default=None, force=True)
Span.set_extension("kg_count", default=None, force=True)  # COUNT: the number of people
Doc.set_extension("kg_abbreviations", default=None, force=True)


class MentionFinder:
    """The finders of ``FINDERS`` as one function of a Doc, outside a pipeline."""

    def __init__(self) -> None:
        nlp = spacy.blank("zh")
        self.steps = [nlp.add_pipe(name) for name in FINDERS]

    def find(
        self, doc: Doc, tk: Tokens | None = None, rejected: list[Found] | None = None
    ) -> tuple[list[Found], dict[str, str]]:
        """Mentions (sorted) and abbreviations; names the model took for people that are
        not people (a robot called 天轶) are added to ``rejected`` when it is given."""
        work = doc._.kg_work = MentionWork(tk or Tokens(doc), rejected=rejected if rejected is not None else [])
        try:
            for step in self.steps:
                step(doc)
        finally:
            doc._.kg_work = None
        return sorted(work.found), work.abbreviations


def align(doc: Doc, found: list[Found], tk: Tokens | None = None) -> Doc:
    """Split tokens so every found span starts and ends on a token boundary (a new Doc
    when any is split: see kg.nlp.align)."""
    tk = tk or Tokens(doc)
    text = tk.text
    cuts = np.array(sorted({f.start for f in found} | {f.end for f in found}), dtype=np.int64)
    # the cuts strictly inside each token are cuts[lo:hi]
    lo = np.searchsorted(cuts, tk.bounds[:, 0], side="right")
    hi = np.searchsorted(cuts, tk.bounds[:, 1], side="left")
    splits: list[tuple[int, list[str]]] = []
    for i in np.flatnonzero(hi > lo).tolist():
        a, b = tk.tokens[i][:2]
        bounds = [a, *cuts[lo[i] : hi[i]].tolist(), b]
        splits.append((i, [text[x:y] for x, y in itertools.pairwise(bounds)]))
    return split_tokens(doc, splits)


@Language.factory(
    "kg_mentions",
    assigns=["doc.spans", "span._.kg_kind", "span._.kg_ref", "span._.kg_count", "doc._.kg_abbreviations"],
    requires=["doc._.kg_work"],
    retokenizes=True,
)
def make_mentions(nlp: Language, name: str):
    """The found spans as ``doc.spans["kg"]`` (tokens split to fit them) and the model's
    names that are none as ``doc.spans["kg_rejected"]``."""

    def component(doc: Doc) -> Doc:
        work = doc._.kg_work
        if work is None:  # no finder ran
            work = MentionWork(Tokens(doc))
        doc._.kg_work = None
        found = sorted(work.found)
        doc = align(doc, found, work.tokens)
        spans = []
        for f in found:
            span = doc.char_span(f.start, f.end, label=f.label)
            if span is None:
                continue
            span._.kg_kind = f.kind
            span._.kg_ref = f.ref or None
            span._.kg_count = f.count
            spans.append(span)
        doc.spans["kg"] = spans
        # what the model saw as names and we know are not (kg_entities leaves them out)
        doc.spans["kg_rejected"] = [
            span for f in work.rejected if (span := doc.char_span(f.start, f.end, label=f.label)) is not None
        ]
        doc._.kg_abbreviations = work.abbreviations
        return doc

    return component
