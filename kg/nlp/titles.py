"""``kg_titles``: posts and ranks (主席, 副主席, 劳动模范 …) from ``titles.tsv``.

The titles are one regex alternation, longest first, so that 副主席 wins over 主席 at the
same place.  (A spaCy ``PhraseMatcher`` matches whole tokens; titles sit inside LAC's
words too — 工会主席 is one word — so it would miss some: kept as a character match.)
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.lexicon import table
from kg.nlp.found import Found, MentionWork, work_of

TITLES = "posts/titles.tsv"  # title <tab> kind ("post" | "rank")


def read_titles(name: str = TITLES) -> dict[str, str]:
    """Title -> its kind, from a lexicon table."""
    return {t: k for t, k in table(name, header=True)}


def title_pattern(titles: dict[str, str]) -> re.Pattern[str]:
    """The titles as one alternation, longest first (then in code-point order)."""
    return re.compile("|".join(map(re.escape, sorted(titles, key=lambda w: (-len(w), w)))))


class TitleFinder:
    """Finds titles; ``kind`` is the title's kind in the lexicon ("post" or "rank")."""

    def __init__(self, titles: str = TITLES) -> None:
        self.titles = read_titles(titles)
        self._title_re = title_pattern(self.titles)

    def __call__(self, work: MentionWork) -> None:
        """Adds the titles to ``work.found``."""
        for m in self._title_re.finditer(work.tokens.text):
            work.found.append(Found(m.start(), m.end(), "TITLE", self.titles[m.group()]))


@Language.factory("kg_titles", assigns=["doc._.kg_work"], requires=["doc._.kg_work"], default_config={"titles": TITLES})
def make_titles(nlp: Language, name: str, titles: str):
    """Titles, after ``kg_people``."""
    finder: TitleFinder | None = None

    def component(doc: Doc) -> Doc:
        nonlocal finder
        if finder is None:
            finder = TitleFinder(titles)
        finder(work_of(doc))
        return doc

    return component
