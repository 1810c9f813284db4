"""The speaker heads of a meeting's transcript, and the person a display name names.

A meeting app's export (智能纪要, 录制转写) opens each turn with a head line: the speaker's
display name, a gap, and the time into the recording (松江河镇工会 仝建　00:03:20).  A
display name is the account's, so it is what the speaker typed: a unit and a name set
apart by a space or a dash (县总-欧阳丽华), a name and a note in brackets (滕玉龙（县总）),
or a name alone.  That name is written by its owner, however rare its surname (仝建) and
however the tagger reads it; a room's screen (会议室大屏), a bot (小犀 AI 助手), an
anonymous account (用户8852) or a unit's phone (鑫参源工会（手机）) name no one.  The
spoken text, heard by a machine, may write the same name with other characters of the
same sound (欧阳立华 for 欧阳丽华): ``kg.extract.people`` reads it as the head's person.
"""

from __future__ import annotations

import re

from kg.ingest.minutes import TURN_HEAD
from kg.nlp.name_checks import plausible_name
from kg.nlp.name_shapes import common_word
from kg.nlp.text import all_han

# fewer heads than this are no transcript (a line that ends with a clock time)
_MIN_HEADS = 2
# what sets a unit apart from the name after it in a display name
_SEPARATORS = " \u3000\t-－—–】]|｜"
# a note in brackets after the name (（县总）, （手机）)
_NOTE = re.compile(r"[（(][^（()）]{1,10}[)）]$")


def speaker_heads(text: str) -> list[tuple[int, int]]:
    """Spans of the display names of ``text``'s speaker heads, when it has two or more."""
    heads = [m.span("who") for m in TURN_HEAD.finditer(text)]
    return heads if len(heads) >= _MIN_HEADS else []


def head_names(text: str, surnames: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of the personal names in the speaker heads' display names: the part after the
    last separator (县总-欧阳丽华, 松江河镇工会 仝建), else the part before a bracketed note
    (滕玉龙（县总）), when it opens with a surname and is shaped as a name."""
    out = []
    for a, b in speaker_heads(text):
        note = _NOTE.search(text, a, b)
        if note is not None:
            b = note.start()
        cut = max(text.rfind(c, a, b) for c in _SEPARATORS)
        start = cut + 1 if cut >= a else a
        name = text[start:b]
        opens = name[:2] in surnames if len(name) == 4 else name[:1] in surnames or name[:2] in surnames
        if all_han(name) and opens and plausible_name(name) and not common_word(name):
            out.append((start, b))
    return out
