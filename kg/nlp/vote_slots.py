"""The ones elected in a vote's slots, however the tagger read their names.

A vote names each person elected between the verb and 为 (补选达瓦为副主席), and a vote's
sentence goes on clause by clause with the verb left out (选举段志刚为主席，普丽华为常务副主席):
each clause ``，X为<title>`` is a slot of the same vote.  A body may stand between 为 and
the title (选举钱雨为区总工会副主席): the office is that body's, the slot the same.  Between the slot's start and 为
stands a name, whatever the tagger made of it: a Han surname and a given name of one or two
characters that it glued onto 为 (普丽华为/ORG), or a name of the transliterated name words
of a Tibetan, Mongolian or Kazakh name (达瓦, 努尔兰), which needs no surname and may be one
name word of two characters: the slot is frame enough.
"""

from __future__ import annotations

import re

from kg.ingest.name_syllables import name_word, syllable_name
from kg.nlp.text import all_han
from kg.nlp.tokens import Tokens

_SENTENCE_ENDS = "。！？；;\n"
_CLAUSE_MARKS = "，,"
_LONGEST = 10  # a name of name words fills at most this many characters


def slot_starts(text: str, votes: set[int]) -> set[int]:
    """Where a vote's slots open: right after each verb of a vote (``votes``: where they
    end) and after each comma of the rest of its sentence."""
    out: set[int] = set()
    for v in sorted(votes):
        out.add(v)
        c = v
        while c < len(text) and text[c] not in _SENTENCE_ENDS and c - v < 200:
            if text[c] in _CLAUSE_MARKS:
                out.add(c + 1)
            c += 1
    return out


def slot_names(
    tk: Tokens,
    starts: set[int],
    votes: set[int],
    surnames: frozenset[str],
    title_at: re.Pattern[str],
    bodies: dict[int, int] | None = None,
) -> list[tuple[int, int]]:
    """The names of the slots opening at ``starts``: the span from the start to the 为 that
    a title follows, perhaps after a body (``bodies``: the end of the body named from each
    start) (a clause after a comma: only then is it the vote's), a Han name of a surname
    and one or two characters, or a run of name words."""
    text, out = tk.text, []
    bodies = bodies or {}

    def titled(c: int) -> bool:
        return title_at.match(text, c) is not None or (c in bodies and title_at.match(text, bodies[c]) is not None)

    for a in sorted(starts):
        for b in range(min(len(text) - 1, a + _LONGEST), a + 1, -1):
            if text[b] != "为" or not all_han(text[a:b]):
                continue
            if a not in votes and not titled(b + 1):
                continue  # ，会议为…: a clause of its own, no slot
            run = text[a:b]
            if name_word(run) or syllable_name(run) or (_han_name(run, surnames) and titled(b + 1)):
                out.append((a, b))
                break
    return out


def _han_name(run: str, surnames: frozenset[str]) -> bool:
    """A surname of one or two characters and a given name of one or two (普丽华, 单于朗)."""
    return any(run[:n] in surnames and 1 <= len(run) - n <= 2 for n in (1, 2))
