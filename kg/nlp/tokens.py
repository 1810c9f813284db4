"""A Doc's tokens as character spans, for the finders that walk text rather than tokens.

The finders ask "does a token start here?", "what is the tag of the word holding this
character?" thousands of times per text; answered from arrays built once per Doc, not
from spaCy ``Token`` objects.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
from spacy.tokens import Doc

from kg.nlp.doctable import entity_table, token_table


class Tokens:
    """Character-level view of a Doc's tokens.

    Read from ``Doc.to_array`` rather than by iterating the Doc: every ``Token`` object
    spaCy makes costs more than the lookups here, and ``Doc.text`` rebuilds the whole
    string from the tokens on each access.
    """

    def __init__(self, doc: Doc) -> None:
        self.text, self.tokens = token_table(doc)
        self.bounds = np.array([(a, b) for a, b, _, _ in self.tokens], dtype=np.int64).reshape(-1, 2)
        self.starts = set(self.bounds[:, 0].tolist())
        self.ends = set(self.bounds[:, 1].tolist())
        self.tok_at = _token_at(len(self.text), self.bounds)
        # the model's entities (LAC's PER/LOC/ORG/TIME words): (start, end) in characters -> label
        self.model_entities = {(self.tokens[a][0], self.tokens[b - 1][1]): label for a, b, label in entity_table(doc)}

    def token(self, i: int) -> tuple[int, int, str, str]:
        """Token ``i`` as (start, end, text, tag)."""
        return self.tokens[i]

    def tag_at(self, c: int) -> str:
        """Tag of the token holding character ``c`` ("" past the end)."""
        if c >= len(self.text) or not self.tokens:
            return ""
        return self.tokens[self.tok_at[c]][3]

    def token_span_at(self, c: int) -> tuple[int, int]:
        """(start, end) of the token holding character ``c``."""
        a, b, _, _ = self.tokens[self.tok_at[c]]
        return a, b


def _token_at(size: int, bounds: np.ndarray) -> list[int]:
    """For each character offset, the index of the token holding it (white space between
    tokens: 0; the end of the text: the number of tokens).  ``bounds``: (start, end) rows."""
    at = np.zeros(size + 1, dtype=np.int64)
    if len(bounds):
        lengths = bounds[:, 1] - bounds[:, 0]
        owner = np.repeat(np.arange(len(bounds)), lengths)
        first = np.repeat(bounds[:, 0] - (np.cumsum(lengths) - lengths), lengths)
        at[first + np.arange(len(owner))] = owner
    at[size] = len(bounds)
    return at.tolist()


def occurrences(text: str, word: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each occurrence of ``word``, left to right, not overlapping (as
    ``re.finditer`` of the escaped word, without a regex: most words are not there at all)."""
    i = text.find(word)
    while i >= 0 and word:
        yield i, i + len(word)
        i = text.find(word, i + len(word))


# tags of words that open a clause inside a run of nouns (同时/d, 在/p, 和/c, 的/u)
CLAUSE_TAGS = frozenset({"d", "p", "c", "u"})


def clause_inside(tk: Tokens, a: int, e: int) -> bool:
    """Does a function word (同时/d, 在/p) or the union's word (工会: the company's union,
    a name of its own) stand in ``[a, e)``?  Then the run is a clause after the company's
    name, no unit of it (公司工会同时授予分公司检修班)."""
    k = a
    while k < e:
        if tk.tag_at(k) in CLAUSE_TAGS or tk.text.startswith("工会", k):
            return True
        k = tk.token_span_at(k)[1]
    return False
