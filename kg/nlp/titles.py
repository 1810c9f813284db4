"""``kg_titles``: posts and ranks (主席, 副主席, 劳动模范 …) from ``titles.tsv``.

The titles are one regex alternation, longest first, so that 副主席 wins over 主席 at the
same place.  (A spaCy ``PhraseMatcher`` matches whole tokens; titles sit inside LAC's
words too — 工会主席 is one word — so it would miss some: kept as a character match.)

Titles are made of parts, and news joins them freely: a qualifier that makes a kind of
the title (常务副主席, 挂职副主席, 名誉主席), an organ of the body before it (党委副书记,
纪委书记, 工会主席) and a suffix that makes another office (总经理助理).  Listing every
combination would miss the next one, so the finder matches the grammar
``[organ][qualifier]title[suffix]`` over the lists of ``posts/`` and gives the whole its
title's kind.  A title word that opens a body's name (委员 of 委员会, 常委 of 常委会) is
no title.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.lexicon import alternation_of, table, words
from kg.nlp.found import Found, MentionWork, work_of
from kg.nlp.text import is_han

TITLES = "posts/titles.tsv"  # title <tab> kind ("post" | "rank")
QUALIFIERS = "posts/title_qualifiers.txt"
ORGANS = "posts/title_organs.txt"
SUFFIXES = "posts/title_suffixes.txt"
QUALIFIERS_APART = "posts/title_qualifiers_apart.txt"
# a two-character title spread by spaces to line up a list (主  席：刘洋), opening its line
_SPREAD = re.compile(r"^[ \t\u3000]*(?P<spread>[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff])(?=[ \u3000]*[：:])", re.M)
_SPACES = re.compile("[ \u3000]+")
# what a title standing apart follows (the start of the text, a mark of a chain)
_APART = r"(?:(?<=^)|(?<=[、，,；;：:\s]))"


def read_titles(name: str = TITLES) -> dict[str, str]:
    """Title -> its kind, from a lexicon table."""
    return {t: k for t, k in table(name, header=True)}


def title_pattern(titles: dict[str, str]) -> re.Pattern[str]:
    """The titles as one alternation, longest first (then in code-point order)."""
    return re.compile("|".join(map(re.escape, sorted(titles, key=lambda w: (-len(w), w)))))


def compound_title_pattern(titles: dict[str, str]) -> re.Pattern[str]:
    """``[organ][qualifier]title[suffix]``; the group ``base`` is the listed title.

    A qualifier of ``title_qualifiers_apart.txt`` opens a title only after a mark
    (、常委副主席), not glued to a body's name (人大常委副主任).  A title followed by 会
    where the two end in 委会 or 委员会 is a body's name (人大常委会, 女职工委员会), not
    a title; 书记 followed by 处 is the organ 书记处 (全总书记处书记), not a title, and so is
    any title that with the character after it is an organ of the list (监事 + 会: 工会监事会副
    监事长 is the organ 监事会 and the title 副监事长, not 工会监事).
    """
    organs = words(ORGANS)
    organ = alternation_of(organs)
    # (an organ one character longer than a title: 监事会)
    organ_ends = "".join(f"(?<!{re.escape(o[:-1])}(?={re.escape(o[-1])}))" for o in sorted(organs) if o[:-1] in titles)
    qualifier = alternation_of(words(QUALIFIERS))
    apart = alternation_of(words(QUALIFIERS_APART))
    suffix = alternation_of(words(SUFFIXES))
    base = "|".join(map(re.escape, sorted(titles, key=lambda w: (-len(w), w))))
    return re.compile(
        f"(?:{_APART}(?:{apart})(?=(?:{qualifier})?(?:{base})))?"
        f"(?:{organ})?(?:{qualifier})?(?P<base>{base})(?:{suffix})?(?<!委(?=会))(?<!委员(?=会))" + organ_ends
    )


class TitleFinder:
    """Finds titles; ``kind`` is the title's kind in the lexicon ("post" or "rank")."""

    def __init__(self, titles: str = TITLES) -> None:
        self.titles = read_titles(titles)
        self._title_re = compound_title_pattern(self.titles)

    def __call__(self, work: MentionWork) -> None:
        """Adds the titles to ``work.found``; a title spread by spaces in a list's line
        (主  席：刘洋) is read as that title (its role is labelled without the spaces)."""
        for m in self._title_re.finditer(work.tokens.text):
            work.found.append(Found(m.start(), m.end(), "TITLE", self.titles[m.group("base")]))
        for m in _SPREAD.finditer(work.tokens.text):
            title = _SPACES.sub("", m.group("spread"))
            if title in self.titles:
                work.found.append(Found(m.start("spread"), m.end("spread"), "TITLE", self.titles[title]))
        # 职工方|首席代表: a "name" whose given name opens a title leaves a lone surname, no one
        ends: dict[int, int] = {}  # where a title starts -> the furthest it ends
        for f in work.found:
            if f.label == "TITLE":
                ends[f.start] = max(f.end, ends.get(f.start, f.end))
        work.found = [f for f in work.found if not (f.label == "PERSON" and _surname_before(f, ends))]


def _surname_before(person: Found, title_ends: dict[int, int]) -> bool:
    """A title opens right after the name's first character and runs past its end."""
    return person.start + 1 < person.end < title_ends.get(person.start + 1, -1)


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


def addressed_title(text: str, start: int, surnames: frozenset[str]) -> bool:
    """Is the title starting at ``start`` a form of address, a surname alone before it that
    opens its phrase (线副主席原话：, 王主任说)?  The person is named by it already: what
    follows is what they said or did, no name (线副主席|原话)."""
    k = start - 1
    return k >= 0 and text[k] in surnames and (k == 0 or not is_han(text[k - 1]))
