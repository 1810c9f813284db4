"""Names of four characters without a Han surname or a middle dot, for ``kg.nlp.people``.

Yi, Hani, Mosuo and other names written in Chinese characters are often four characters
run together with no dot (a Yi clan name and a given name: 两字 + 两字), and the first is
no compound surname, so the check of a Han name's length refuses them.  The tagger reads
many of them as one person's name all the same.  Such a word is taken for a name only
where the grammar frames it as one: it opens a phrase (after a mark, a title or role noun,
or a function word) and the text closes it off (a mark, a word a name is followed by, a
verb).  A Han name and a word glued to it (李明书记, 王刚同志) is no such name.  The
tagger may also leave the fourth character out as a conjunction or adverb (阿苏|拉则 read
as X|则); before a noun a name is followed by (一行, 等, 同志) no adverb can stand, so the
character is the name's.
"""

from __future__ import annotations

from kg.nlp.name_checks import single_surnames
from kg.nlp.name_shapes import FUNCTION_TAGS, PERSON_FOLLOWER_SET, PERSON_FOLLOWERS, ROLE_ENDINGS, name_closed
from kg.nlp.names import BREAKERS
from kg.nlp.text import all_han, is_han
from kg.nlp.tokens import Tokens

# tags of the words a name follows in a phrase (来自某乡的X, 和X, 为X)
_OPENING_TAGS = ("u", "c", "p", "w")
# tags of a follower that is verbal: an adverb or conjunction may stand before one (则表示)
_VERBAL_TAGS = ("v", "vd", "d", "ad", "p", "c")


def four_name_end(tk: Tokens, a: int, b: int, heads: set[int], words_after: frozenset[str]) -> int | None:
    """End of a name of four characters without a Han surname that the tagger read at
    ``[a, b)``: the word itself (沙马阿果，), or the word and the character after it that
    stands before a noun a name is followed by (阿苏拉|则|一行), else None.
    ``words_after``: titles and terms of address that may follow a Han name (书记, 同志)."""
    text = tk.text
    if tk.token_span_at(a) != (a, b) or not _opens(tk, a, heads):
        return None
    if b - a == 3 and _before_a_nominal_follower(tk, b):
        b += 1
    name = text[a:b]
    if len(name) != 4 or not all_han(name) or name[0] == name[1]:
        return None
    if name[2:] in words_after or name[3:] in words_after or text.startswith(PERSON_FOLLOWERS, a + 2):
        return None  # 李明书记, 王刚同志: a Han name and a word
    return b if name_closed(tk, b) else None


def _opens(tk: Tokens, a: int, heads: set[int]) -> bool:
    """Does a phrase open at ``a``: the text's start, a mark or space before it, a title or
    role noun ending there, or a function word (的, 和, 为) right before it?"""
    text = tk.text
    if a == 0 or not is_han(text[a - 1]) or a in heads:
        return True
    s, _ = tk.token_span_at(a - 1)
    return tk.tag_at(s) in _OPENING_TAGS


def _before_a_nominal_follower(tk: Tokens, k: int) -> bool:
    """Is the character at ``k`` a word of its own, right before a whole noun a name is
    followed by (则|一行, 则|同志): an adverb cannot stand there, so it ends the name.  Not
    a function word that joins a noun phrase (的|家中, 和|同志)."""
    text = tk.text
    if k + 1 >= len(text) or tk.token_span_at(k) != (k, k + 1) or not is_han(text[k]) or text[k] in BREAKERS:
        return False
    s, e = tk.token_span_at(k + 1)
    return (
        s == k + 1
        and text[s:e] in PERSON_FOLLOWER_SET
        and len(text[s:e]) > 1
        and tk.tag_at(s) not in _VERBAL_TAGS
        and tk.tag_at(k) in FUNCTION_TAGS
    )


# tags of pieces no name is cut into: function words, verbs, places, times, bodies
_NOT_NAME_PIECES = FUNCTION_TAGS | {"v", "vd", "vn", "s", "LOC", "ORG", "nt", "ns"}
_SURNAMES = single_surnames()
# where a phrase opens besides a title: after a mark, a quote or a line's end
_PHRASE_MARKS = '，,。；;：:、“”"「」\n 　'


def split_four_names(tk: Tokens, heads: set[int], words_after: frozenset[str]) -> list[tuple[int, int]]:
    """Names of four characters without a Han surname that the tagger cut into pieces
    (副县长俄木|阿呷出席, ”阿说日|火说。): a run of four Han characters after a title or
    role noun and before a mark or a word a name is followed by, or after a mark and
    before a verb a name is followed by (说, 表示), cut by the tagger into two or more
    pieces, at least one read as a person's name and none a function word, verb, place,
    time or body, title, term of address or noun for a person (王刚|同志说, 李明|妻子说:
    a Han name and a word)."""
    text = tk.text
    opens = set(heads) | {0} | {i + 1 for i, c in enumerate(text) if c in _PHRASE_MARKS}
    found: list[tuple[int, int]] = []
    for a in sorted(opens):
        b = a + 4
        if b > len(text) or a not in tk.starts or b not in tk.ends or not all_han(text[a:b]):
            continue
        if found and found[-1][1] > a:
            continue
        follower = next((w for w in PERSON_FOLLOWERS if text.startswith(w, b)), None)
        verb = follower is not None and tk.tag_at(b) in ("v", "vd") and b in tk.starts
        if not (verb or (a in heads and (b == len(text) or text[b] in _PHRASE_MARKS or follower))):
            continue
        # after a mark only names the tagger read wholly as names (”俄木|阿呷说, not ，张华|家属说)
        if _pieces_of_a_name(tk, a, b, words_after, all_names=a not in heads):
            found.append((a, b))
    return found


def _pieces_of_a_name(tk: Tokens, a: int, b: int, words_after: frozenset[str], all_names: bool) -> bool:
    """Are the tagger's words over ``[a, b)`` two or more pieces a name may be cut into
    (with ``all_names``: each read as a person's name)?"""
    text, k, pieces, person, plain = tk.text, a, 0, False, False
    while k < b:
        s, e = tk.token_span_at(k)
        piece, tag = text[s:e], tk.tag_at(k)
        if tag in _NOT_NAME_PIECES or piece in words_after or piece in PERSON_FOLLOWER_SET:
            return False
        if all_names and tag != "PER":
            return False
        if k == a and e - s >= 2 and text.endswith(ROLE_ENDINGS, s, e):
            return False  # 焊工/PER|乐天/PER带领: a job's noun read as a name, then the name
        if tag == "PER" and plain and e == b and e - s >= 2 and text[s] in _SURNAMES:
            return False  # 护师|刘洋, 代表人|王建国: a word for a job, then a Han name
        person, pieces, plain, k = person or tag == "PER", pieces + 1, plain or tag != "PER", e
    return pieces >= 2 and person and text[a] != text[a + 1] and not _two_han_names(tk, a, b)


def _two_han_names(tk: Tokens, a: int, b: int) -> bool:
    """副主席张强|李明出席: two names of two the tagger read, each opening with a Han
    surname, are two people printed without their mark, not one name of four."""
    text = tk.text
    halves = ((a, a + 2), (a + 2, b))
    return all(tk.token_span_at(s) == (s, e) and tk.tag_at(s) == "PER" and text[s] in _SURNAMES for s, e in halves)
