"""Names the frame makes, whatever the tagger thought of their characters.

Right after an office or a role noun, and right before a word a name is followed by
(当选, 介绍, 主持) or, after a verb of a vote, before 为 (选举…X为主任), or before a list's
mark and the next title (主席X、副主席Y), the report names a person.  A given name that is
also a place's or a word's name (海城, 黑河, 新会) or one character after a compound surname
(第五岚) is read by the tagger as an adverb (尚海城/d), a verb and an adverb (宣立|新),
a preposition and a place (向|洪江) or a number (第五岚/m): the frame tells better.

What the frame does not make a name: a preposition or adverb before a common word or a
pronoun (主任向|大家介绍, 主席曾|多次表示), an ordinal before a counter (第五次, 第五届),
a function word inside (尚|在|外地), a noun for people (主席向|职工|代表).
"""

from __future__ import annotations

import functools
import re

from kg.lexicon import words
from kg.nlp.found import Found
from kg.nlp.name_shapes import PERSON_FOLLOWERS
from kg.nlp.spans import Marks
from kg.nlp.text import all_han
from kg.nlp.tokens import Tokens

# words after a name that close it off in this frame: a verb of two characters or more
_FOLLOWERS = tuple(w for w in PERSON_FOLLOWERS if len(w) > 1)
# a name's own tags are no guide here; these tags of a piece of the given name are
_NOT_GIVEN_TAGS = frozenset({"r", "p", "c", "u", "m", "q", "d", "TIME", "w", "xc", "f", "s"})
# the surname read as a word of its own: then the given name must be a proper name
_PROPER_TAGS = frozenset({"LOC", "PER", "ns", "nr", "nz"})
_CLAUSE_ENDS = "。！？；;，,\n"


@functools.cache
def _counters() -> frozenset[str]:
    return frozenset(words("people/ordinal_counters.txt"))


@functools.cache
def _addressee_verbs() -> tuple[str, ...]:
    return words("people/addressee_verbs.txt")


@functools.cache
def _function_chars() -> frozenset[str]:
    return frozenset(words("names/function_words.txt"))


@functools.cache
def _electing() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, words("posts/electing_verbs.txt"))))


def framed_names(
    tk: Tokens, heads: set[int], surnames: frozenset[str], refused: frozenset[str], title_at: re.Pattern[str]
) -> list[tuple[int, int]]:
    """The spans of the names the frame makes: starting right after a title or role noun
    (``heads``), or, in a clause of a vote, right after a noun (选举…行政主管|X为主任: a job
    the titles do not hold)."""
    out = []
    for a in sorted(heads | _vote_starts(tk)):
        b = framed_name_end(tk, a, surnames, refused, title_at)
        if b is not None:
            out.append((a, b))
    return out


def with_framed(out: list[Found], spans: list[tuple[int, int]], covered: Marks) -> list[Found]:
    """``out`` with the people of ``spans`` (``framed_names``) that overlap no body and no
    person found, but for the tagger's name inside one, which the whole name replaces
    (快递员向|金堂当选: 向金堂, not 金堂)."""
    for a, b in spans:
        inside = [p for p in out if a < p.start and p.end <= b]
        if a in covered or any(p.start < b and a < p.end and p not in inside for p in out):
            continue
        out = [p for p in out if p not in inside] + [Found(a, b, "PERSON", "after-title")]
    return out


def _vote_starts(tk: Tokens) -> set[int]:
    """The ends of the nouns after a verb of a vote in its clause (选举|某公司|主管|)."""
    text, starts = tk.text, set()
    for m in _electing().finditer(text):
        c = m.end()
        while c < len(text) and text[c] not in _CLAUSE_ENDS and c - m.end() < 40:
            e = tk.token_span_at(c)[1]
            if tk.tag_at(c) in ("n", "nz", "ORG") and e < len(text):
                starts.add(e)
            c = max(e, c + 1)
    return starts


def framed_name_end(
    tk: Tokens, a: int, surnames: frozenset[str], refused: frozenset[str], title_at: re.Pattern[str]
) -> int | None:
    """End of a name of a surname and a given name of one or two characters (two only
    after a single surname) that starts at ``a``, right after a title, and that the frame
    closes (``_closed``), else None.  ``refused``: words no given name is (职工, 主席)."""
    text = tk.text
    if any((m := title_at.match(text, s)) and m.end() > a for s in range(max(0, a - 5), a)):
        return None  # 副委员|长孙平: 长 ends the title 委员长, no compound surname opens there
    for sn, gn in ((2, 2), (2, 1), (1, 2)):
        b = a + sn + gn
        if text[a : a + sn] not in surnames or b > len(text) or not all_han(text[a:b]) or b not in tk.ends:
            continue
        given = text[a + sn : b]
        if given in refused or any(c in _function_chars() for c in given) or given[-1] in _counters():
            continue
        if not _closed(text, a, b, title_at) or not _given_pieces(tk, a, a + sn, b):
            continue
        if tk.token_span_at(a) == (a, a + sn) and tk.tag_at(a + sn) == "PER" and text.startswith(_addressee_verbs(), b):
            continue  # 主席向|王强|介绍: 向 the one spoken to, 王强 a whole name
        return b
    return None


def _closed(text: str, a: int, b: int, title_at: re.Pattern[str]) -> bool:
    """A word a name is followed by, 为 after a verb of a vote in the same clause, or a
    list's mark before another title."""
    if text.startswith(_FOLLOWERS, b):
        return True
    if text.startswith("为", b):
        start = max(text.rfind(c, 0, a) for c in _CLAUSE_ENDS) + 1
        return _electing().search(text, start, a) is not None
    return text.startswith("、", b) and title_at.match(text, b + 1) is not None


def _given_pieces(tk: Tokens, a: int, g: int, b: int) -> bool:
    """Are the tagger's words inside the given name ``[g, b)`` possible pieces of one?  A
    word that runs over the surname and the given name is read as one name whatever its
    tag; a word that starts in the given name is no pronoun, number, adverb or function
    word; when the surname stands alone as a word, the rest is a proper name (向|洪江)."""
    if tk.token_span_at(a) == (a, g):
        return tk.token_span_at(g) == (g, b) and tk.tag_at(g) in _PROPER_TAGS
    c = g
    while c < b:
        s, e = tk.token_span_at(c)
        if s >= g and tk.tag_at(c) in _NOT_GIVEN_TAGS:
            return False
        if e > b:
            return False
        c = e
    return True
