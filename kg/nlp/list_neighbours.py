"""The other names of a list of people, grown from the names found in it, for ``kg.nlp.people``.

A list of names (何慧敏、黄山出席; 江山、周海燕当选) is found one name at a time: the
tagger misses some items, or reads them as places or words.  Beside each name found,
across the list's 、 (or past a note in brackets, X（…）、Y), the next item and the one
before are read as names when the text closes them off as one is closed (the finder's
``name_at``); then beside the names that found, until none is new.  What the others saw
is taken.  An item may be a name its area qualifies (甲乡的X、乙镇的Y获得二等奖): the list's
、 stands before the area, and the name before it is the item's.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.nlp.found import Found
from kg.nlp.name_checks import written_place
from kg.nlp.name_seams import note_after, note_before
from kg.nlp.name_shapes import FUNCTION_TAGS
from kg.nlp.noted_names import compound_surname_item
from kg.nlp.sounded_names import sounded_name_at, sounded_name_before
from kg.nlp.spans import Marks
from kg.nlp.text import is_han
from kg.nlp.tokens import Tokens


def list_neighbours(
    tk: Tokens,
    out: list[Found],
    heads: set[int],
    covered: Marks,
    taken: Marks,
    places: set[tuple[int, int]],
    surnames: frozenset[str],
    name_at: Callable[..., int | None],
) -> list[Found]:
    """The names beside ``out``'s in their lists, in the order they are found (``taken`` grows)."""
    text = tk.text
    found: list[Found] = []
    # the other names of a list (何慧敏、黄山出席; 江山、周海燕当选): looked for beside each
    # name found, then beside the ones that found (what the others saw is taken)
    todo = sorted(out)
    area_at = {b + 1: a for a, b in places}  # 乙镇的|Y: where the name an area qualifies starts
    while todo:
        grown: list[Found] = []
        for p in todo:
            c = p.end + 1 if text[p.end : p.end + 1] == "、" else note_after(text, p.end)  # X（…）、Y
            if c is not None:
                item = tk.tag_at(c) not in FUNCTION_TAGS or compound_surname_item(text, c, surnames)
                b = sounded_name_at(tk, c, covered, taken) or name_at(tk, c, covered, taken, list_item=item)
                if b and not written_place(text, c, b, places):  # 、高庄乡、
                    grown.append(Found(c, b, "PERSON", "list"))
                    taken.add(c, b)
            start = _qualified_start(text, p.start, area_at)
            if start > 0 and text[start - 1] == "、":
                e = note_before(text, start - 1)  # X（…）、Y: the last item ends before its note
                a = sounded_name_before(tk, e, heads, covered, taken)
                if a is not None:
                    grown.append(Found(a, e, "PERSON", "list"))
                    taken.add(a, e)
                    continue
                for n in (3, 2):
                    a = e - n
                    if (
                        a < 0
                        or a not in tk.starts
                        or (
                            a > 0
                            and is_han(text[a - 1])
                            and a not in heads
                            and text[a - 1] not in "、，：:的"  # 获得一等奖的A、B: a list's head
                            and tk.tag_at(a - 1) != "v"  # 推选张三丰、李四: a verb's object
                        )
                    ):
                        continue
                    is_name = name_at(tk, a, covered, taken, list_item=True) == e
                    if is_name and not written_place(text, a, e, places):
                        grown.append(Found(a, e, "PERSON", "list"))
                        taken.add(a, e)
                        break
        found += grown
        todo = sorted(grown)
    return found


def _qualified_start(text: str, a: int, area_at: dict[int, int]) -> int:
    """Start of the list item whose name starts at ``a``: the area that qualifies the name
    with 的 (长征镇的邓秀莲), else ``a``."""
    s = area_at.get(a)
    return s if s is not None and text[a - 1] == "的" else a
