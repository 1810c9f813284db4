"""The word lists of the extraction families, read from ``kg/data/lexicon`` (the knowledge
is data: a new verb or title word goes in its file, not in code).

Regular expressions that are structure (where a name stands, what follows it) stay in
the families' code and are built from these lists with ``alternation``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.lexicon import table, words


def alternation(alternatives: Iterable[str]) -> str:
    """A regex alternation of words, longest first (so 当选为 is tried before 当选)."""
    return "|".join(map(re.escape, sorted(alternatives, key=lambda w: (-len(w), w))))


def _column(name: str, kind: str, col: int = 1) -> tuple[str, ...]:
    """The words of a table whose column ``col`` (a comma-separated list) holds ``kind``."""
    return tuple(row[0] for row in table(name) if len(row) > col and kind in row[col].split(","))


ATTEND_VERBS = words("attend_verbs.txt")
SAME_OCCASION = words("same_occasion.txt")
MEETING_VERBS = words("meeting_verbs.txt")
ELECTING_VERBS = words("electing_verbs.txt")
ELECTED_VERBS = words("elected_verbs.txt")
THIS_EVENT_WORDS = words("this_event_words.txt")
VENUE_VERBS = words("venue_verbs.txt")
TAKING_PART_WORDS = tuple(row[0] for row in table("taking_part.tsv"))
PLAYER_WORDS = _column("taking_part.tsv", "player")
AREA_STEM_ENDINGS = words("area_stem_endings.txt")
BRANCH_SUFFIXES = words("branch_suffixes.txt")
COMPANY_ENDINGS = words("company_endings.txt")
LEGAL_FORMS = words("legal_forms.txt")
UNION_HOST_SUFFIXES = words("union_host_suffixes.txt")
GENERIC_EVENT_HEADS = words("generic_event_heads.txt")
SUBJECT_BLOCKERS = tuple(row[0] for row in table("subject_blockers.tsv"))  # 在X举办: X is no subject
VERB_PHRASE_SUBJECT_BLOCKERS = _column("subject_blockers.tsv", "verb-phrase")
ORGANISED_BY_VERBS = _column("event_verbs.txt", "by", 2)  # 由X主办
HOSTED_AFTER_VERBS = _column("event_verbs.txt", "after", 2)  # …，Z承办
HONOUR_HOLDER = _column("award_patterns.txt", "holder")
HONOUR_KIND = _column("award_patterns.txt", "honour")
HONOUR_RECEIVE = _column("award_patterns.txt", "receive")
HONOUR_LISTING = _column("award_patterns.txt", "listing")
WIN_VERBS = _column("award_patterns.txt", "win")
PLACES_WON = _column("award_patterns.txt", "place")
