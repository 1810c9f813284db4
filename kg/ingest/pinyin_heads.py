"""A paper's name and its page's printed over their pinyin in capitals: a masthead's.

A newspaper's page carries the paper's name over its pinyin (某某职工报 / MOUMOU ZHIGONG
BAO) and the page's section over its own (区域动态 / QUYU DONGTAI).  Read from the page's
top, the section's name stands over the first headline like a kicker; read as English,
the capitals look like a translation.  Both lines are the masthead's, never a headline or
text: known by the capitals sounding out, syllable for syllable, the characters above.
"""

from __future__ import annotations

import re

from kg.ingest.document import Block, without
from kg.lexicon.chars import HAN_COMMON

# a pinyin syllable in capitals: initial, final (QU, YU, DONG, TAI, ZHI, GONG, BAO)
_SYLLABLE = re.compile(
    r"(?:ZH|CH|SH|[BPMFDTNLGKHJQXRZCSYW])?(?:IANG|IONG|UANG|IAN|IAO|UAI|UAN|ANG|ENG|ING|ONG|"
    r"AI|EI|AO|OU|AN|EN|ER|IA|IE|IN|IU|UA|UO|UI|UN|UE|VE|A|O|E|I|U|V)"
)
_CAPITALS = re.compile(r"^\s*[A-Z]+(?:\s+[A-Z]+)*\s*$")
_HAN_NAME = re.compile(rf"^\s*[{HAN_COMMON}]{{2,12}}\s*$")


def pinyin_mastheads(lines: list[str]) -> set[int]:
    """A paper's or a page's name printed over its pinyin in capitals (某某职工报 / MOUMOU
    ZHIGONG BAO, 区域动态 / QUYU DONGTAI): the masthead's name and its page's, never a
    headline or text.  Both lines, when the capitals sound out as many syllables as the
    name has characters."""
    found: set[int] = set()
    for i in range(1, len(lines)):
        if _CAPITALS.match(lines[i]) is None or _HAN_NAME.match(lines[i - 1]) is None:
            continue
        sounds = 0
        for word in lines[i].split():
            parts = _SYLLABLE.findall(word)
            if "".join(parts) != word:
                break
            sounds += len(parts)
        else:
            if sounds == len(lines[i - 1].strip()):
                found |= {i - 1, i}
    return found


def without_pinyin_heads(blocks: list[Block]) -> list[Block]:
    """The blocks without the masthead's names printed over their pinyin."""
    found = pinyin_mastheads([b.text.text for b in blocks])
    return without(blocks, found) if found else blocks
