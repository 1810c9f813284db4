"""A works unit's branch union: 一车间分会, 装配车间分会, 机关分会, 铸造车间分工会.

A company's or a factory's union is organised in branches, one to each workshop, team or
office (工会下设一车间分会、二车间分会和机关分会), each named by its unit and 分会, without
工会: so the union finder, which starts from 工会, never sees them.  The unit is a shop floor
(车间, 班组) numbered (一车间, 第二车间) or named by the tagger's word before it (装配车间),
or the works' offices (机关); before 分工会, which no other body's name ends with, the words
naming a section by its work alone (检修分工会, 燃料分工会) will do.  分会场 (a meeting's
second hall) is no union; nor is a bare 车间分会 (各车间分会: the branches taken together).
"""

from __future__ import annotations

import re

from kg.lexicon import words
from kg.nlp.found import Found
from kg.nlp.text import is_han
from kg.nlp.tokens import Tokens

SHOP_FLOORS = tuple(words("bodies/shop_floor_endings.txt"))
UNITS = (*SHOP_FLOORS, *words("unions/branch_union_units.txt"))
BRANCH = "分会"
# 铸造车间分工会: the branch written with 工会 too, after the same units
BRANCH_UNION = "分工会"
BRANCH_RE = re.compile(f"{BRANCH}|{BRANCH_UNION}")
_HALL = "场"  # 分会场
_ORDINAL = "第一二三四五六七八九十0123456789"
_NAMING_TAGS = ("n", "vn", "nz", "ORG")
_MAX_NAME = 4  # the tagger's words naming a shop floor (装配, 热处理, 机|加工)
_MAX_WORDS = 2
_VERB_TAGS = ("v",)  # 总装车间: a verb names a shop floor too, opening its phrase
_PREPOSITION = "p"


def _naming_start(tk: Tokens, k: int) -> int:
    """Where the words naming the unit ending at ``k`` start (``k`` if none): up to two
    nouns (机|加工车间), or a verb that opens its phrase (；总装车间, 由总装车间: not 成立车间)."""
    text, j = tk.text, k
    for _ in range(_MAX_WORDS):
        a, _ = tk.token_span_at(j - 1) if j > 0 else (j, j)
        if a >= j or k - a > _MAX_NAME:
            break
        tag = tk.tag_at(j - 1)
        opens = a == 0 or not is_han(text[a - 1]) or tk.tag_at(a - 1) == _PREPOSITION
        if not (tag in _NAMING_TAGS or (tag in _VERB_TAGS and opens)):
            break
        j = a
    return j


def unit_branch_unions(tk: Tokens) -> list[Found]:
    """The branch unions named by a works unit and 分会 (label UNION)."""
    text = tk.text
    if BRANCH not in text and BRANCH_UNION not in text:
        return []
    out = []
    for m in BRANCH_RE.finditer(text):
        if text.startswith(_HALL, m.end()):
            continue
        unit = next((w for w in sorted(UNITS, key=len, reverse=True) if text.endswith(w, 0, m.start())), None)
        if unit is None:
            # 检修分工会, 燃料分工会: a section named by its work alone, before 分工会 (no
            # other body's word): the words naming it
            j = _naming_start(tk, m.start()) if m.group() == BRANCH_UNION else m.start()
            if j < m.start():
                out.append(Found(j, m.end(), "UNION"))
            continue
        k = j = m.start() - len(unit)
        while j > 0 and text[j - 1] in _ORDINAL and k - j < 3:
            j -= 1
        if j == k and k > 0:
            j = _naming_start(tk, k)
        if j == k and unit in SHOP_FLOORS:
            continue  # 各车间分会: no one unit
        out.append(Found(j, m.end(), "UNION"))
    return out
