"""An event's name walked left over a word that describes it (各级, 基层, 企业: the bodies'
``generic_prefixes``) or joins it to another (和, 与): the name opens after those words.

Not where the word is the first of a congress's own kind (会员代表大会: the members' congress,
``events/electing_congresses.txt``): there it names the kind, describing nothing, and the
name keeps it (X镇总工会开了会员代表大会 names the 会员代表大会, not a bare 代表大会).
"""

from __future__ import annotations

from kg.lexicon import words

# the kinds of a union's congress, each named whole (会员代表大会, 会员大会)
_CONGRESSES = frozenset(words("events/electing_congresses.txt"))


def described_start(text: str, a: int, i: int, e: int, starts: set[int], openers: tuple[str, ...]) -> int:
    """Where the name ``text[a:e]`` (its head at ``i``) opens once the describing and joining
    words ``openers`` before its head are left out; a body's name (``starts``) stays whole."""
    while a < i and a not in starts and text.startswith(openers, a) and text[a:e] not in _CONGRESSES:
        a += len(next(g for g in openers if text.startswith(g, a)))
    return a
