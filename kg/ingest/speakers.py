"""The speaker under a speech's or a report's title: a name alone, the offices in brackets.

A speech or a work report printed for a congress opens with its title and the occasion
(——在某某代表大会上), then the speaker's name alone on a line and under it the speaker's
offices in brackets (（市总工会党组成员、副主席，经费审查委员会主任）), maybe the day too
(（2028年5月18日）).  Read by shapes alone the name is one more short line of the header: a
deck, and in a header of three lines the second, the occasion, taken for the main title.
The name and its offices are one line, the speaker's, which opens the text under the
header: no deck, and no credit (the speaker wrote no report of the meeting).
"""

from __future__ import annotations

import functools
import re

from kg.ingest.dates import parse_date
from kg.ingest.document import Block
from kg.ingest.shapes import title_like
from kg.lexicon import lexicon
from kg.lexicon.chars import HAN

_NAME = re.compile(rf"^[{HAN}·]{{2,8}}$")
_OFFICES = re.compile(r"^[（(](?P<offices>[^（）()]{3,60})[)）]$")
_OCCASION = ("——", "—", "--")  # (the occasion under the title: ——在某某大会上)


@functools.cache
def _titles() -> tuple[str, ...]:
    return tuple(lexicon().titles)


def _speaker(blocks: list[Block], i: int) -> bool:
    """``blocks[i]`` is a name alone, under the header's lines, over its offices in brackets."""
    if i == 0 or i + 1 >= len(blocks) or any(b.level is not None for b in blocks[i - 1 : i + 2]):
        return False
    above, name = blocks[i - 1].text.text.strip(), blocks[i].text.text.strip()
    m = _OFFICES.match(blocks[i + 1].text.text.strip())
    if m is None or not _NAME.match(name) or parse_date(m["offices"]):
        return False
    if not (title_like(above) or above.startswith(_OCCASION)):
        return False
    return m["offices"].rstrip().endswith(_titles())


def speaker_lines(blocks: list[Block]) -> list[Block]:
    """The blocks with a speaker's name and the offices under it joined into one line."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if _speaker(blocks, i):
            out.append(Block(b.text.strip() + blocks[i + 1].text.strip(), None, b.gap, b.item))
            i += 2
            continue
        out.append(b)
        i += 1
    return out
