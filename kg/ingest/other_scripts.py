"""Lines written in another script of a bilingual page (Korean, Uyghur, Tibetan, Mongolian).

A union site of an autonomous area prints each line twice: in Chinese and in the area's
own script (延吉市总工会 / 연길시총공회; a paragraph and its partial translation).  The
pipeline reads Chinese: a line in another script names again, in letters it cannot read,
the people and bodies the Chinese line names (a duplicate node for each), and glued by
line repair to the Chinese line under it, it hides that line's opening (its date).  Such a
line — more of its letters in the other script than in Han characters — is set aside
as furniture; a Chinese line quoting a word of the other script (摔跤（씨름）) stays.
"""

from __future__ import annotations

import re

from kg.lexicon.chars import HAN_COMMON

# Hangul syllables and jamo, Arabic script (Uyghur, Kazakh), Tibetan, Mongolian
_OTHER = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f\u0600-\u06ff\u0f00-\u0fff\u1800-\u18af]")
_HAN = re.compile(f"[{HAN_COMMON}]")


def other_script_line(line: str) -> bool:
    """A line mostly in another script than Chinese: at least as many of its letters in
    Hangul, Arabic, Tibetan or Mongolian script as in Han characters."""
    other = len(_OTHER.findall(line))
    return other > 0 and other >= len(_HAN.findall(line))
