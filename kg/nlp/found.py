"""What the finders find, and the per-Doc work they share on their way through the pipeline.

Each finder (``kg_areas``, ``kg_bodies``, ``kg_people``, ``kg_titles``, ``kg_events``,
``kg_quantities``) reads what the ones before it found and adds its own, as character
spans; ``kg_mentions`` then cuts the tokens to those spans and stores them as
``doc.spans["kg"]``.  Between them the spans travel on ``doc._.kg_work``.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, field

from spacy.tokens import Doc

from kg.nlp.tokens import Tokens

Doc.set_extension("kg_work", default=None, force=True)


# ``Found.ref`` of an area the text vouches for where the tagger read a person's name: a
# bare stem beside the text's own areas (``AreaFinder.anchored``), a township or village
# written whole with its ending (达尔汗苏木, 额尔敦陶日嘎查): the finder of people leaves it alone
ANCHORED = "anchored"


@dataclass(order=True)
class Found:
    """A mention as a character span.

    ``kind`` says which kind of its label it is (AREA: full/short/abbr/capital/zone/
    community; TITLE: post/rank; UNION/ORG: level/head/national/…; EVENT: verb);
    ``count`` is the number a COUNT stands for.
    """

    start: int
    end: int
    label: str  # UNION ORG AREA PLACE PERSON TITLE EVENT TIME COUNT
    kind: str = ""
    ref: str = field(default="", compare=False)  # abbreviations: the full name they stand for
    count: int | None = field(default=None, compare=False)


class FoundList(list):
    """Found spans, and the (start, end) of each, for a duplicate check that does not
    read them all."""

    def __init__(self) -> None:
        super().__init__()
        self.spans: set[tuple[int, int]] = set()

    def append(self, f: Found) -> None:
        """Adds ``f`` and its span."""
        super().append(f)
        self.spans.add((f.start, f.end))


@dataclass
class MentionWork:
    """What the finders of one Doc share: its tokens, the mentions found so far, the
    abbreviations it defines (``{"经开区": "北京经济技术开发区"}``) and the names the model
    took for people that are not people (``rejected``)."""

    tokens: Tokens
    found: list[Found] = field(default_factory=list)
    abbreviations: dict[str, str] = field(default_factory=dict)
    rejected: list[Found] = field(default_factory=list)


def work_of(doc: Doc) -> MentionWork:
    """The Doc's mention work, begun by the first finder that asks."""
    work = doc._.kg_work
    if work is None:
        work = doc._.kg_work = MentionWork(Tokens(doc))
    return work


def first_starts(others: list[Found]) -> dict[int, int]:
    """Where each of ``others`` ends -> the earliest start of those ending there (for
    :func:`opens_inside`, which then reads only the few ends inside one mention)."""
    out: dict[int, int] = {}
    for o in others:
        out[o.end] = min(o.start, out.get(o.end, o.start))
    return out


def opens_inside(f: Found, starts: dict[int, int]) -> bool:
    """Does ``f`` start inside one of the mentions ``starts`` indexes (:func:`first_starts`) and
    end past it (技能比武|顺延: 武顺延)?"""
    return any(starts.get(end, f.start) < f.start for end in range(f.start + 1, f.end))


def ending_outside(
    spans: list[tuple[int, int]], found: list[Found], labels: tuple[str, ...] = ("PLACE", "ORG", "UNION")
) -> list[tuple[int, int]]:
    """The ``spans`` that do not end inside a mention of ``labels`` among ``found``, a venue's or
    a body's (慰问…职工 read over 慰问在|县职工|服务中心: the phrase's last word is the venue's,
    no object of its verb)."""
    covers = sorted((f.start, f.end) for f in found if f.label in labels)
    starts = [a for a, _ in covers]
    reach = list(itertools.accumulate((b for _, b in covers), max))
    return [(a, b) for a, b in spans if not ((k := bisect.bisect_left(starts, b)) and reach[k - 1] > b)]
