"""Note marks inside the running text (东山煤矿①来招工, 西安区①总工会): a reference to a note the
page prints further on (``① 东山煤矿：…`` opening a line).

The mark splits the word it is set after from the rest (西安区|①|总工会 is no union's name),
so where a line of the page opens with that mark (the note itself), the same mark between
two Han characters elsewhere is a reference only and is taken out.  A mark no note line
opens with stays (包括①削皮②捏形: the items of a list).
"""

from __future__ import annotations

import re

from kg.ingest.document import Block
from kg.lexicon.chars import HAN

_MARKS = "".join(chr(c) for c in range(0x2460, 0x2474))  # ① … ⑳
_NOTE_LINE = re.compile(f"^[{_MARKS}]")


def without_note_marks(blocks: list[Block]) -> list[Block]:
    """The blocks with the references to the page's notes taken out of the running text."""
    notes = "".join(sorted({b.text.text[0] for b in blocks if _NOTE_LINE.match(b.text.text)}))
    if not notes:
        return blocks
    inside = re.compile(f"(?<=[{HAN}])[{notes}](?=[{HAN}])")
    out: list[Block] = []
    for b in blocks:
        m = b.text.sub(inside, "") if not _NOTE_LINE.match(b.text.text) else b.text
        out.append(b if m == b.text else Block(m, b.level, b.gap))
    return out
