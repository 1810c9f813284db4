"""Names in a list of unit-and-person items, for ``kg.nlp.people``.

A list of winners often names each one after the unit they work in, without a mark
between unit and name: 一车间王某、质检部李某某获得二等奖.  The tagger finds some of these
names and reads others as verbs and adverbs (单|可馨: "alone" and "may").  A list is
written one way throughout: when a name it found stands right after a unit, the item
across the list's 、 that also ends in a unit and two or three characters that open with
a surname has the same shape, and those characters are a name.  Only the units' endings
are read (``bodies/unit_endings.txt``, ``bodies/branch_suffixes.txt``,
``bodies/workplace_endings.txt``) and the bodies found before the people, so no
unit's name is listed.
"""

from __future__ import annotations

import functools
import re

from kg.lexicon import words
from kg.nlp.found import Found
from kg.nlp.name_checks import plausible_name
from kg.nlp.name_shapes import PERSON_FOLLOWERS, common_word
from kg.nlp.spans import Marks
from kg.nlp.tokens import Tokens

# a rank in a list of winners and its colon (第一名：, 一等奖：): a name or a unit follows
_RANK_RE = re.compile("(?:第[一二三四五六七八九十0-9]{1,3}名|[一二三四五六七八九十特0-9]等奖)[：:]")
_ITEM_ENDS = "、，,。；;：:（()） \n"  # what ends an item of a list


@functools.cache
def unit_endings() -> tuple[str, ...]:
    """Endings of a unit a worker is named after (营业部, 支行, 车间, 公司), longest first."""
    found = {*words("bodies/unit_endings.txt"), *words("bodies/branch_suffixes.txt")}
    found |= set(words("bodies/workplace_endings.txt"))
    return tuple(sorted(found, key=lambda w: (-len(w), w)))


def after_a_unit(text: str, a: int, body_ends: set[int]) -> bool:
    """Does a unit end right before ``a``: a body found there, or a unit's ending?"""
    return a in body_ends or text.endswith(unit_endings(), 0, a)


def unit_list_names(
    tk: Tokens, people: list[Found], body_ends: set[int], covered: Marks, taken: Marks, surnames: frozenset[str]
) -> list[Found]:
    """The names of a unit-and-person list's items beside the ``people`` found already
    (总行营业部单可馨、惠山支行冼博文: 单可馨 beside 冼博文), and beside those in turn."""
    text = tk.text
    out: list[Found] = []
    todo = [p for p in people if after_a_unit(text, p.start, body_ends)]
    while todo:
        p = todo.pop()
        for a, b in (_item_before(tk, p, body_ends, surnames), _item_after(tk, p, body_ends, surnames)):
            if a is None or covered.overlaps(a, b) or taken.overlaps(a, b):
                continue
            found = Found(a, b, "PERSON", "list")
            out.append(found)
            taken.add(a, b)
            todo.append(found)
    return out


def _unit_start(text: str, end: int, body_ends: set[int], longest: int = 16) -> int | None:
    """Where the unit ending at ``end`` starts, as far as the list's mark before it."""
    if not after_a_unit(text, end, body_ends):
        return None
    k = end
    while k > 0 and end - k < longest and text[k - 1] not in _ITEM_ENDS:
        k -= 1
    return k


def _item_before(tk: Tokens, p: Found, body_ends: set[int], surnames: frozenset[str]) -> tuple[int | None, int]:
    """The name closing the item before ``p``'s (…营业部单可馨、惠山支行冼博文)."""
    text = tk.text
    start = _unit_start(text, p.start, body_ends)
    if start is None or start == 0 or text[start - 1] != "、":
        return None, 0
    b = start - 1
    for n in (3, 2):
        a = b - n
        if a > 0 and _named_item(tk, a, b, body_ends, surnames):
            return a, b
    return None, 0


def _item_after(tk: Tokens, p: Found, body_ends: set[int], surnames: frozenset[str]) -> tuple[int | None, int]:
    """The name closing the item after ``p``'s (惠山支行冼博文、新吴支行郁晓岚获得…)."""
    text = tk.text
    if text[p.end : p.end + 1] != "、":
        return None, 0
    for b in range(p.end + 3, min(len(text), p.end + 20)):
        if text[b] in _ITEM_ENDS or (b in tk.ends and text.startswith(PERSON_FOLLOWERS, b)):
            for n in (3, 2):
                if b - n > p.end + 1 and _named_item(tk, b - n, b, body_ends, surnames):
                    return b - n, b
            return None, 0
    return None, 0


def _named_item(tk: Tokens, a: int, b: int, body_ends: set[int], surnames: frozenset[str]) -> bool:
    """Are ``[a, b)`` a name after a unit: a surname's character opening a word, a word's
    end closing it, a unit's end right before it and none closing it?"""
    name = tk.text[a:b]
    return (
        name[0] in surnames
        and plausible_name(name)
        and not common_word(name)
        and a in tk.starts
        and b in tk.ends
        and after_a_unit(tk.text, a, body_ends)
        and not after_a_unit(tk.text, b, body_ends)  # 二车间高压班: a unit of a unit, no one
    )


def rank_ends(text: str) -> set[int]:
    """Where a rank and its colon end in a list of winners (液压支架工第一名：X（…）): a
    name starting there is closed off by the list's marks like one after a title, whatever
    the tagger read it as (a compound surname that is also a place's name: 东方X)."""
    return {m.end() for m in _RANK_RE.finditer(text)}


# the verbs of a vote or an appointment, before the names of those given an office (选举X为…)
_VOTE_RE = re.compile("|".join(map(re.escape, sorted(words("posts/electing_verbs.txt"), key=len, reverse=True))))


def vote_ends(text: str) -> set[int]:
    """Where a verb of a vote or an appointment ends (选举仝晓光为主席): the one elected is
    named next, closed off by 为 or a list's mark, so a name starts there as after a
    title, however the tagger cut it (仝晓|光, a rare surname)."""
    return {m.end() for m in _VOTE_RE.finditer(text)}
