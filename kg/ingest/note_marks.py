"""Note marks inside the running text (东山煤矿①来招工, 西安区①总工会): a reference to a note the
page prints further on (``① 东山煤矿：…`` opening a line).

The mark splits the word it is set after from the rest (西安区|①|总工会 is no union's name),
so where a line of the page opens with that mark (the note itself), the same mark between
two Han characters elsewhere is a reference only and is taken out.  A mark no note line
opens with stays (包括①削皮②捏形: the items of a list).

A printed page sets its notes at its foot, under a rule, so a text copied from a PDF has them
wherever a page ended — often inside a paragraph, a name cut by the page's end
(…的主席是于少 / ── / ① 西安区：… / 峰，年轻…).  Such notes go to the end of the text, where a
book prints its endnotes, so the paragraph reads on; and an area a note names (与陕西省西安市
重名) is not the last one the narrative named, which a bare 市 after it stands for.
"""

from __future__ import annotations

import re

from kg.ingest.document import Block
from kg.ingest.shapes import ends_sentence
from kg.lexicon.chars import HAN

_MARKS = "".join(chr(c) for c in range(0x2460, 0x2474))  # ① … ⑳
_NOTE_LINE = re.compile(f"^[{_MARKS}]")
# the rule a page's notes stand under: ──────, ————
_RULE = re.compile(r"^[━─—\-_＿]{4,}$")


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


def notes_after_paragraph(blocks: list[Block]) -> list[Block]:
    """The blocks with each run of a page's notes (a rule, note lines and their wrapped lines)
    that cuts a paragraph (the block before ends no sentence) moved to the end."""
    out, moved = list(blocks), []
    i = 1
    while i < len(out):
        j = i + 1 if _RULE.match(out[i].text.text.strip()) else i
        if j >= len(out) or not _NOTE_LINE.match(out[j].text.text) or ends_sentence(out[i - 1].text.text):
            i += 1
            continue
        end = j + 1
        while end < len(out) and out[end].gap == 0 and not _RULE.match(out[end].text.text.strip()):
            end += 1  # the notes and their wrapped lines, to a blank line
        if end >= len(out):
            break
        moved += out[i:end]
        out[i:end] = []
    return out + moved
