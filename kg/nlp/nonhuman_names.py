"""Names the tagger reads as a person's that the words around them give to a thing: a robot's,
a mascot's, a service's nickname, for ``kg.nlp.thing_names``.

A noun for a thing that is no person (机器人, 吉祥物: the caller's ``things``) right before
the name (机器人小暖), or before or right after the short quoted name that holds it
(吉祥物“电小西”, “小和”服务机器人), makes the name the thing's; so does a naming verb before
the quote in a clause a noun for a thing opens (机器人被大家亲切地叫作“秦晓焊”), and a name
alone in quotes that opens with no surname (在线律师“小维”: a nickname).  A noun for a worker
that a word of machines qualifies (数字服务员, 智能讲解员, AI导览员: ``people/artificial_marks.txt``)
before the quote names a program the same way (工会数字服务员“某小工”).  What stands before
the quotation tells what the quoted name is of, not what stands right before the name
inside it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from kg.ingest.name_syllables import syllable_name
from kg.lexicon import words
from kg.nlp.name_checks import SURNAMES
from kg.nlp.name_context import ITEM_ENDS
from kg.nlp.text import CLOSE_QUOTES, OPEN_QUOTES, is_han


def quoted_from(text: str, a: int, b: int, longest: int = 12) -> int:
    """Start of the short quoted name that holds ``[a, b)`` (吉祥物“电小西”: the name 小西
    inside “电小西”), else ``a``.  What stands before the quotation then tells what the
    quoted name is of, not what stands right before the name inside it."""
    k = a
    while k > 0 and a - k < longest and text[k - 1] not in OPEN_QUOTES:
        if text[k - 1] in CLOSE_QUOTES or text[k - 1] in ITEM_ENDS + "。！？":
            return a
        k -= 1
    if k == 0 or text[k - 1] not in OPEN_QUOTES:
        return a
    close = next((j for j in range(b, min(len(text), b + longest)) if text[j] in CLOSE_QUOTES), None)
    if close is None or any(c in ITEM_ENDS + "。！？" for c in text[b:close]):
        return a
    return k - 1


def thing_after_quote(text: str, b: int, things: Iterable[str], gap: int = 4) -> bool:
    """“小和”服务机器人, “安安”智能客服, “小黑”的巡检机器人: does a noun for a thing (``things``) follow the
    closing quote after ``b``, a few Han characters of its kind at most between them?  The
    quoted name then names that thing, no one in the report."""
    close = next((j for j in range(b, min(len(text), b + 12)) if text[j] in CLOSE_QUOTES), None)
    if close is None:
        return False
    after = text[close + 1 : close + 1 + gap + 8]
    if after.startswith("的"):  # 称作“小黑”的轨道巡检机器人: the quote names the noun after 的
        after = after[1:]
    for thing in things:
        k = after.find(thing)
        if 0 <= k <= gap and all(is_han(c) for c in after[:k]):
            return True
    return False


def nonhuman_name(text: str, a: int, b: int, things: tuple[str, ...]) -> bool:
    """Does a noun for things that are not people (机器人, ``things``) stand just before the
    name ``text[a:b]``, or before or right after the quoted name that holds it (吉祥物“电小西”,
    “小和”服务机器人)?  Such a name is a robot's or a mascot's, no one's; so is a quoted name
    that opens with no surname (在线律师“小维”: a service's nickname, no one the report names)."""
    q = quoted_from(text, a, b)
    before = text[max(0, q - 8) : q].rstrip('“‘"「 ')
    if before.endswith(things) or (q < a and (thing_after_quote(text, b, things) or named_thing(text, q, things))):
        return True
    if q < a and artificial_worker(before):
        return True
    return quoted_nickname(text, a, b)


def quoted_nickname(text: str, a: int, b: int) -> bool:
    """“小维”, “春小工”: a name alone in quotes that opens with no surname (not a sounded name,
    巴特尔, nor a compound surname's): quotes set off a nickname, not a person's own name."""
    if a == 0 or text[a - 1] not in OPEN_QUOTES or text[b : b + 1] not in CLOSE_QUOTES:
        return False
    name = text[a:b]
    return name[0] not in _surnames() and name[:2] not in _surnames() and not syllable_name(name)


_ARTIFICIAL_MARKS = words("people/artificial_marks.txt")
# the longest noun for a worker after such a word (服务员, 讲解员): a longer run is a field
# the word qualifies (智能制造领军人才), no worker of it
_WORKER_NOUN_MAX = 3


def artificial_worker(before: str) -> bool:
    """Does ``before`` (the words right before a quoted name) end with a noun for a worker
    that a word of machines qualifies (工会数字服务员, AI讲解员)?  The noun is a few Han
    characters right after that word."""
    for mark in _ARTIFICIAL_MARKS:
        k = before.rfind(mark)
        rest = before[k + len(mark) :] if k >= 0 else ""
        if k >= 0 and 1 <= len(rest) <= _WORKER_NOUN_MAX and all(is_han(c) for c in rest):
            return True
    return False


@functools.cache
def _surnames() -> frozenset[str]:
    return frozenset(words(SURNAMES))


_NAMING_VERBS = words("people/naming_verbs.txt")
# the marks that close a clause: the subject a naming verb names stands after the last
_CLAUSE_ENDS = "，,。；;！？!?\n"


def named_thing(text: str, q: int, things: Iterable[str]) -> bool:
    """机器人被大家亲切地叫作“秦晓焊”, 吉祥物命名为“工小宝”: does a naming verb stand right
    before the quote at ``q``, in a clause that a noun for a thing (``things``) opens?  The
    name is the thing's, no one's (师傅被称为“铁手” names a person by a word, no name)."""
    if not text[:q].endswith(_NAMING_VERBS):
        return False
    start = max(text.rfind(c, 0, q) for c in _CLAUSE_ENDS) + 1
    clause = text[start:q]
    return any(t in clause for t in things)
