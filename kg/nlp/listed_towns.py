"""Townships a list names by their stems, the list closed by 等 or a count and the townships'
noun (来自甲溪、乙水、丙通等镇的农民工; 甲坪、乙岭等3个乡镇; 甲坪和乙岭两镇): a page names the
towns of its own county so, the ending written once for all.

Each item (two or three Han characters between the list's marks; the first one opening a
word) whose stem and an ending of that noun (镇, 乡, 街道) is a registry township is an
AREA of kind ``listed_town`` (replacing a short form of another level's area read there),
its ``ref`` the full names it may stand for (``|``-joined):
``kg.extract.areas`` keeps it only where one of them lies in the county the text names,
else in the page's region — never a guess among the registry's namesakes.  Items the
finder read as areas already (甲溪, a township's short form) stay as they were; the tagger's
people among the items are none (kg.nlp.people).

Split from kg.nlp.areas (one idea per module: the registry's areas there)."""

from __future__ import annotations

import re

from kg.gazetteer import Gazetteer
from kg.nlp.found import Found
from kg.nlp.spans import Marks
from kg.nlp.tokens import Tokens

LISTED_TOWN = "listed_town"  # the kind of such a mention; ``ref``: the full names it may stand for
_TOWNSHIP = "township"
# the nouns of townships after 等 and the endings each stands for (乡镇: a town or a township)
_ENDINGS = {"乡镇": ("镇", "乡"), "镇街": ("镇", "街道"), "街道": ("街道",), "镇": ("镇",), "乡": ("乡",)}
# items parted by 、 (the last one by 和, 及 or 与 too), closed by 等, a count or both
_LIST = re.compile(
    "((?:[\u4e00-\u9fff]{2,3}、){0,12}[\u4e00-\u9fff]{2,3}[、和及与][\u4e00-\u9fff]{2,3})"
    "(?:等(?:[0-9一二三四五六七八九十两]+个?)?|[0-9一二三四五六七八九十两]+个?)("
    + "|".join(sorted(_ENDINGS, key=len, reverse=True))
    + ")"
)
_ITEM_MARKS = re.compile("[、和及与]")


def listed_towns(tk: Tokens, areas: list[Found], gaz: Gazetteer) -> list[Found]:
    """The items of each list of townships written by their stems, where the registry has a
    township of that stem and an ending the list's noun gives."""
    text = tk.text
    taken = Marks(len(text), ((f.start, f.end) for f in areas))
    # (a stem read as another level's short form, 尖山 of a 尖山区: the list's noun says a town)
    short = {(f.start, f.end) for f in areas if f.kind == "short"}
    out: list[Found] = []
    whole, starts, ends = {(f.start, f.end) for f in areas}, {f.start for f in areas}, {f.end for f in areas}
    for m in _LIST.finditer(text):
        endings = _ENDINGS[m.group(2)]
        start, items = m.start(1), _ITEM_MARKS.split(m.group(1))
        if not items[0]:  # (…等街道和太京、藉口等镇: the match opened at the joining word)
            start, items = start + 1, items[1:]
        if any(len(item) not in (2, 3) for item in items[1:]):
            continue  # (a joining word inside an item: no list of stems)
        spans, k = [], start
        for item in items:
            spans.append((k, k + len(item)))
            k += len(item) + 1
        first = _first_item(tk, spans[0], taken, gaz, endings, _named(text, spans[1], taken, gaz, endings))
        if first is None:
            continue  # (no list of townships: its first item opens no word that is one)
        spans[0] = first
        for a, b in spans:
            if (
                taken.overlaps(a, b)
                and (a, b) not in short
                and ((a, b) in whole or not _holds_areas(a, b, taken, starts, ends))
            ):
                continue
            names = _townships(text[a:b], gaz, endings)
            if names:
                out.append(Found(a, b, "AREA", LISTED_TOWN, "|".join(names)))
                taken.add(a, b)
    return out


def _holds_areas(a: int, b: int, taken: Marks, starts: set[int], ends: set[int]) -> bool:
    """Do the areas read inside the item ``[a, b)`` lie wholly inside it, shorter than it
    (天水 in 七里墩、天水郡等街道: a city's short form, the item a street's stem)?  The
    list's noun says the item is a township's stem whole, and it replaces them."""
    left = a in starts or a - 1 not in taken or a not in taken
    right = b in ends or b not in taken or b - 1 not in taken
    return left and right


def _first_item(
    tk: Tokens, span: tuple[int, int], taken: Marks, gaz: Gazetteer, endings: tuple[str, ...], second: bool
) -> tuple[int, int] | None:
    """The first item of the list, which the pattern may have run left into the words before
    it (来自甲溪): an area read there already, else its last two or three characters that open
    a word and name a township.  When the next item names a township, the tagger may have
    glued the first one's stem to the verb before it (走进修|齐和高观两镇): its last two or
    three characters that name one are the item all the same."""
    a, b = span
    for k in (b - 2, b - 3):
        if k >= a and k in tk.starts and (taken.overlaps(k, b) or _townships(tk.text[k:b], gaz, endings)):
            return k, b
    return next(((k, b) for k in (b - 2, b - 3) if second and k >= a and _townships(tk.text[k:b], gaz, endings)), None)


def _named(text: str, span: tuple[int, int], taken: Marks, gaz: Gazetteer, endings: tuple[str, ...]) -> bool:
    """The item at ``span`` is an area read already or a township's stem."""
    return taken.overlaps(*span) or bool(_townships(text[span[0] : span[1]], gaz, endings))


def _townships(stem: str, gaz: Gazetteer, endings: tuple[str, ...]) -> list[str]:
    """The full names of the registry's townships that ``stem`` and one of ``endings`` make."""
    return [stem + e for e in endings if any(t.level == _TOWNSHIP for t in gaz.lookup(stem + e))]
