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

A compound surname and a two-character given name that the tagger reads as one word of
another kind (上官明远/v) need no closing word: the word itself is the frame's name.  Such a
word opening a clause (，单于红当选: an adverb to the tagger) is a name where a word a name is
followed by closes it: no word of the language opens with a compound surname and runs
straight into 当选 or 出席.  So is a name the tagger glued onto such a word in one token
(，金立新当选为…): a surname and a given name of one or two characters, then a verb of
being elected of two characters or more (当选为, 担任) to the token's end.
"""

from __future__ import annotations

import functools
import re

from kg.lexicon import words
from kg.nlp.found import Found
from kg.nlp.name_checks import plausible_name
from kg.nlp.name_shapes import FUNCTION_TAGS, NEVER_AFTER_NAMES, PERSON_FOLLOWERS
from kg.nlp.spans import Marks
from kg.nlp.text import all_han
from kg.nlp.tokens import Tokens

# words after a name that close it off in this frame: a verb of two characters or more
_FOLLOWERS = tuple(w for w in PERSON_FOLLOWERS if len(w) > 1)
# a name's own tags are no guide here; these tags of a piece of the given name are
_NOT_GIVEN_TAGS = frozenset({"r", "p", "c", "u", "m", "q", "d", "TIME", "w", "xc", "f", "s"})
# the surname read as a word of its own: then the given name must be a proper name
# (or a body's: 主席向|光明/ORG， — a district of that name, or a firm's)
_PROPER_TAGS = frozenset({"LOC", "PER", "ns", "nr", "nz", "ORG"})
# how far the next item's title may end after its body's name (，区委社会工作部部长X)
_CHAIN_REACH = 16
_CLAUSE_ENDS = "。！？；;，,\n"
_NOTE = re.compile(r"[（(][^（()）]{1,6}[）)]")  # （女）, （满族）


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
def _elected() -> frozenset[str]:
    return frozenset(w for w in words("posts/elected_verbs.txt") if len(w) > 1)


@functools.cache
def _electing() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, words("posts/electing_verbs.txt"))))


class FramedNames:
    """The names the frame makes, for one list of surnames, titles and words no given name
    is (``refused``: 职工, 主席)."""

    def __init__(self, surnames: frozenset[str], refused: frozenset[str], title_at: re.Pattern[str]) -> None:
        self.surnames = surnames
        self.refused = refused
        self.title_at = title_at

    def spans(self, tk: Tokens, heads: set[int], places: set[tuple[int, int]]) -> list[tuple[int, int]]:
        """The spans of the names the frame makes: starting right after a title or role
        noun (``heads``), or, in a clause of a vote, right after a noun (选举…行政主管|X为主任:
        a job the titles do not hold), and the names listed after them.  ``places``: the
        spans of areas named in full (北京), which after a lone 向 are whom one speaks to."""
        out: list[tuple[int, int]] = []
        places = _Places(places)
        out += self._opening_clauses(tk)
        for a in sorted(heads | _vote_starts(tk)):
            if a + 1 in heads:
                continue  # 劳动模|范晏清为: the head 劳动模范 ends one character later
            b = self.end(tk, a, places)
            while b is not None:
                out.append((a, b))
                a = b + 1  # 主席宣立新、向凤凰出席: the next item of the list
                b = self.end(tk, a, places, listed=True) if tk.text[b : b + 1] == "、" else None
        return out

    def _opening_clauses(self, tk: Tokens) -> list[tuple[int, int]]:
        """The words of a compound surname and a given name of one or two characters that
        open a clause, whatever the tagger took them for, closed by a word a name is
        followed by (，单于红当选)."""
        text = tk.text
        out = []
        for a, b, _, tag in tk.tokens:
            if tag != "PER" and (a == 0 or text[a - 1] in _CLAUSE_ENDS + "、：:") and all_han(text[a:b]):
                glued = self._glued_to_follower(text, a, b)
                if glued is not None:
                    out.append((a, glued))
                    continue
            if b - a not in (3, 4) or tag == "PER" or text[a : a + 2] not in self.surnames or len(text[a : a + 2]) < 2:
                continue
            if (a == 0 or text[a - 1] in _CLAUSE_ENDS) and all_han(text[a:b]) and text.startswith(_FOLLOWERS, b):
                out.append((a, b))
        return out

    def _glued_to_follower(self, text: str, a: int, b: int) -> int | None:
        """End of a name of a single surname and a given name of one or two characters that
        the tagger glued onto a verb of being elected ending the token ``[a, b)``
        (金立新当选为), else None."""
        if text[a] not in self.surnames:
            return None
        for n in (3, 2):
            given = text[a + 1 : a + n]
            if text[a + n : b] not in _elected() or given in self.refused or not plausible_name(text[a : a + n]):
                continue
            if not any(c in _function_chars() for c in given):
                return a + n
        return None

    def end(self, tk: Tokens, a: int, places: set[tuple[int, int]], listed: bool = False) -> int | None:
        """End of a name of a surname and a given name of one or two characters (two only
        after a single surname) that starts at ``a``, right after a title (or, ``listed``,
        after a list's mark that follows such a name), and that the frame closes
        (``_closed``), else None."""
        text = tk.text
        if any((m := self.title_at.match(text, s)) and m.end() > a for s in range(max(0, a - 5), a)):
            return None  # 副委员|长孙平: 长 ends the title 委员长, no compound surname opens there
        for sn, gn in ((2, 2), (2, 1), (1, 2)):
            b = a + sn + gn
            if text[a : a + sn] not in self.surnames or b > len(text) or not all_han(text[a:b]) or b not in tk.ends:
                continue
            given = text[a + sn : b]
            if given in self.refused or any(c in _function_chars() for c in given):
                continue
            if given[-1] in _counters() or given[-1] in NEVER_AFTER_NAMES:
                continue  # 曾多次, 第五届; 高兴地表示: a count, an adverb's ending
            pieces = _given_pieces(tk, a, a + sn, b) or _right_after_vote(text, a, b)
            if not pieces or places.cut(a, b):
                continue  # (代表|和静县|参加: an area named in full that the name would cut)
            lone = tk.token_span_at(a) == (a, a + sn)  # the surname a word of its own: 向|洪江, 尚|黑河
            if listed and tk.tag_at(a) in FUNCTION_TAGS and not lone:
                continue  # 、于是: a function word opens no list's item
            # a compound surname and its given name read as one word of the tagger's (上官明远/v):
            # right after a title, that word is the name whatever follows it
            one_word = sn == 2 and gn == 2 and not listed and tk.token_span_at(a) == (a, b)
            if not one_word and not self._closed(tk, a, b, lone, places, deep=not listed):
                continue
            whole = tk.tag_at(a + sn) == "PER" or (a + sn, b) in places
            if lone and tk.tag_at(a) == "p" and whole and text.startswith(_addressee_verbs(), b):
                continue  # 主席向|王强|介绍, 主任向|北京|说明: 向 the one spoken to
            return b
        return None

    def _closed(self, tk: Tokens, a: int, b: int, lone: bool, places: set[tuple[int, int]], deep: bool = True) -> bool:
        """A word a name is followed by (maybe after a note in brackets: 第五雯（女）当选),
        为 after a verb of a vote in the same clause, or a list's mark before another title
        or another name (one item ahead, ``deep``: the cost stays linear).  A one-character
        follower (说, 在, 等) only after a given name the tagger read apart from the
        surname (劳模尚|黑河|说): 曾多次在 is no name.  A comma before the next official's
        chain closes a surname the tagger read as a preposition and its proper name (主席向|光明，
        区委某部部长X): a preposition's object is not cut off from its verb so."""
        text = tk.text
        note = _NOTE.match(text, b)
        after = note.end() if note else b
        if text.startswith(_FOLLOWERS, after) or (lone and text.startswith(PERSON_FOLLOWERS, after)):
            return True
        if text.startswith("为", after):
            start = max(text.rfind(c, 0, a) for c in _CLAUSE_ENDS) + 1
            return _electing().search(text, start, a) is not None
        if text.startswith("，", b) and lone:
            return self._chain_item(text, b + 1)  # 主席向|光明，区委某部部长X: the next official
        if not text.startswith("、", b):
            return False
        c = b + 1
        return (
            self.title_at.match(text, c) is not None
            or (tk.tag_at(c) == "PER" and tk.token_span_at(c)[0] == c)
            or (deep and self.end(tk, c, places, listed=True) is not None)
        )

    def _chain_item(self, text: str, c: int) -> bool:
        """Does an item of a list of officials open at ``c``: a body's name and a title, all
        Han characters, then a name's first character (区委社会工作部部长彭…)?  Officials
        present are listed so, a comma after each; a name before one ends there."""
        k = c
        while k < len(text) and k - c < _CHAIN_REACH and "\u4e00" <= text[k] <= "\u9fff":
            m = self.title_at.match(text, k)
            if m is not None and m.end() < len(text) and text[m.end()] in self.surnames:
                return True
            k += 1
        return False


def with_framed(out: list[Found], spans: list[tuple[int, int]], covered: Marks) -> list[Found]:
    """``out`` with the people of ``spans`` (``FramedNames.spans``) that overlap no body and no
    person found, but for the tagger's name inside one, which the whole name replaces
    (快递员向|金堂当选: 向金堂, not 金堂)."""
    for a, b in spans:
        inside = [p for p in out if a < p.start and p.end <= b]
        if a in covered or any(p.start < b and a < p.end and p not in inside for p in out):
            continue
        out = [p for p in out if p not in inside] + [Found(a, b, "PERSON", "after-title")]
    return out


def _right_after_vote(text: str, a: int, b: int) -> bool:
    """选举储建设为主席: a name right after a vote's verb and closed by 为 is the one elected,
    whatever words the tagger cut its given name into (储|建设: a verb and a noun)."""
    return text.startswith("为", b) and any(m.end() == a for m in _electing().finditer(text, max(0, a - 4), a))


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
        if s >= g and tk.tag_at(c) in _NOT_GIVEN_TAGS and not (e == b == s + 1 and tk.tag_at(c) == "f"):
            return False  # (宣立|东、: a direction's character ends many a name)
        if e > b:
            return False
        c = e
    return True


class _Places(set):
    """The spans of areas named in full, with the spans covering each character: whether a
    name would cut one is asked of the few that cover its own characters, not of all the
    page's (a text without punctuation names hundreds: the cost stays linear)."""

    def __init__(self, spans: set[tuple[int, int]]) -> None:
        super().__init__(spans)
        self.covering: dict[int, list[tuple[int, int]]] = {}
        for s, e in spans:
            for i in range(s, e):
                self.covering.setdefault(i, []).append((s, e))

    def cut(self, a: int, b: int) -> bool:
        """Some area's span overlaps [a, b) without lying inside it."""
        return any(s <= a or e > b for i in range(a, b) for s, e in self.covering.get(i, ()))
