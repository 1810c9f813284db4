"""Words the tagger reads as a person's name that the page shows are a thing's or a body's.

A noun for a thing right after the name, closing the phrase (小犀 AI 助手, 小暖机器人、): the
name is the assistant's or the robot's, as it is when the noun stands before it (机器人小暖,
``kg.nlp.nonhuman_names.nonhuman_name``).  A meeting app prints its bot's display name so,
the words spaced out (小犀 AI 助手).  The noun must end the phrase: 王强系统介绍 is a man
who "systematically" introduced.

An industry named by 业 before the noun for its workers (林果业职工, 餐饮业从业人员): a
name ends in 业 (建业, 宏业) but is never followed by the workers of a trade.  And an item
of a list that a count of areas closes (大靖、土门、黄花滩等8个乡镇): a place written short.
And the object of a verb that takes a line of work (从事苗锦织绣工作, 致力于…): a craft's
name, never a person (``people/work_line_verbs.txt``).  And two characters glued before a
road's kind (某绥高速, 某某铁路): the initials of the places a route joins.

A word the same page writes as the opening of a union's or a firm's name (鑫参源 beside
鑫参源工会 and 抚松县鑫参源人参制品有限公司, after its area at most) is that body's short name
when it stands alone (是鑫参源的那个, 鑫参源那边协办): speech and notes name a firm by its
trade name.  A person's name opens no union's or firm's name; a workroom named after a
person (王强劳模创新工作室) ends neither as a union nor as a firm.
"""

from __future__ import annotations

import bisect
import functools
import re

from kg.lexicon import words
from kg.nlp.found import Found
from kg.nlp.nonhuman_names import nonhuman_name
from kg.nlp.text import is_han

# what may close the phrase of a name and its noun: a mark, a line's end, a space
_CLOSERS = "、，,。；;：:！!？?）)】\n \u3000\t"
_GAPS = " \u3000\t"
# a trade's ending and the nouns for its workers after it (林果业职工)
_TRADE_END = "业"
INDUSTRY_WORKERS = tuple(words("people/industry_workers.txt"))
# 、-list items closed by 等 and a count of areas (等8个乡镇): places (a dozen items on at most)
_AREAS_COUNTED = re.compile(
    "(?:、[\u4e00-\u9fff]{2,6}){0,12}等[0-9一二三四五六七八九十两]+个(?:"
    + "|".join(words("areas/area_count_nouns.txt"))
    + ")"
)
# verbs whose object is a line of work, never a person (从事)
_WORK_LINE_VERBS = tuple(words("people/work_line_verbs.txt"))
# a road's or a line's kind after the initials of the places it joins (某绥高速)
_ROUTE_WORDS = tuple(words("areas/route_words.txt"))
_INITIALS = 2
# the longest name taken for a body's short name
_NAME_MAX = 6


@functools.cache
def _firm_endings() -> tuple[str, ...]:
    """…工会, …公司, …集团: the endings of a union's or a firm's name (not a school's or a
    hospital's: 鲁迅中学 is named after a person)."""
    return tuple(w for name in ("unions/union_suffixes.txt", "bodies/company_endings.txt") for w in words(name))


def thing_name(text: str, a: int, b: int, things: tuple[str, ...]) -> bool:
    """Is ``text[a:b]`` a thing's name by a noun for things before it (机器人小暖:
    ``nonhuman_name``) or right after it (小犀 AI 助手)?"""
    return nonhuman_name(text, a, b, things) or thing_after_name(text, b, things)


def named_thing(text: str, a: int, b: int) -> bool:
    """Is ``text[a:b]`` a trade named by 业 (林果业) before the noun for its workers, the
    object of a verb of a line of work (从事苗锦织绣), or an item of a list of areas counted
    after it (大靖、…等8个乡镇), or the initials of the places a route joins (某绥高速)?"""
    if b - a == _INITIALS and text.startswith(_ROUTE_WORDS, b):
        return True
    if b - a >= 2 and text[b - 1] == _TRADE_END and text.startswith(INDUSTRY_WORKERS, b):
        return True
    if text.endswith(_WORK_LINE_VERBS, 0, a):
        return True
    return _AREAS_COUNTED.match(text, b) is not None


def thing_after_name(text: str, b: int, things: tuple[str, ...]) -> bool:
    """Does a noun for a thing (``things``: 机器人, AI助手) follow the name ending at ``b``,
    spaces allowed between and inside it (小犀 AI 助手), and close its phrase?"""
    for thing in sorted(things, key=len, reverse=True):
        k, j = b, 0
        while k < len(text) and j < len(thing):
            if text[k] in _GAPS:
                k += 1
                continue
            if text[k] != thing[j]:
                break
            k, j = k + 1, j + 1
        if j == len(thing) and (k == len(text) or text[k] in _CLOSERS):
            return True
    return False


class BodyShortNames:
    """The openings of the unions' and firms' names found on a page (鑫参源 of 鑫参源工会), each
    right at the name's start or after an area written before it (抚松县|鑫参源…公司), with more
    of the name after it: indexed once a page, so that each candidate name is one look-up."""

    def __init__(self, text: str, found: list[Found]) -> None:
        areas = sorted((f.start, f.end) for f in found if f.label == "AREA")
        starts = [s for s, _ in areas]
        self._bodies: dict[str, list[tuple[int, int]]] = {}
        for f in found:
            if f.label not in ("UNION", "ORG") or not text.endswith(_firm_endings(), f.start, f.end):
                continue
            inside = areas[bisect.bisect_left(starts, f.start) : bisect.bisect_left(starts, f.end)]
            for p in {f.start} | {e for _, e in inside if e < f.end}:
                for q in range(p + 2, min(p + _NAME_MAX, f.end - 1) + 1):
                    if not is_han(text[q]) or any(s <= p and q < e for s, e in inside):
                        continue  # (万良|镇总工会: the name opens an area's name, a person's may)
                    self._bodies.setdefault(text[p:q], []).append((f.start, f.end))
        self._text = text

    def opens(self, a: int, b: int) -> bool:
        """Is ``text[a:b]`` such an opening of a body found elsewhere than where it stands?"""
        return any(not s <= a < e for s, e in self._bodies.get(self._text[a:b], ()))
