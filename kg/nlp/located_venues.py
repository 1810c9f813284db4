"""A venue placed before its name (位于某区的大东海职工沙滩运动场): where the name starts.

After 位于<area>的 the words up to the venue's ending are its name; the tagger may read its
first word as an adjective (大东海/a, for 大), and a name opens with no adjective elsewhere
(先进职工之家 is a description).  A word of three or more characters tagged so, standing
right after the 的 of that frame, is the name's first word: no adjective is that long; so
is one character right before the next word (松|嫩石化…基地): a describing word there is
one of two (先进, 大型).
And a venue so placed is a named one, whatever its ending (位于某县的某某技能实训基地: 基地
ends a kind of place too, 工业基地, but none is placed in an area so).
"""

from __future__ import annotations

import re

from kg.lexicon import alternation_of
from kg.nlp.spans import Anchors
from kg.nlp.tokens import Tokens

LOCATED, OF = "位于", "的"
_ADJECTIVE_TAGS = ("a", "an", "b")
_MIN_WORD = 3  # adjectives are one or two characters (大, 先进)
_ADJECTIVE_WORD = (
    2  # a describing word (先进, 大型); one character glued to the name's next word (松|嫩石化) is its first
)
_MAX_AREA = 16


def located_venue_start(tk: Tokens, a: int, area_starts: Anchors) -> int:
    """Where a venue's name starting at ``a`` starts, once the word before it is taken in when
    it is a long "adjective" (or one of one character) right after 位于<area>的; ``a`` else."""
    if a < 1 + _MIN_WORD:
        return a
    ta, tb = tk.token_span_at(a - 1)
    text = tk.text
    if tb != a or a - ta == _ADJECTIVE_WORD or tk.tag_at(ta) not in _ADJECTIVE_TAGS:
        return a
    return ta if located_in_area(text, ta, area_starts) else a


def located_in_area(text: str, a: int, area_starts: Anchors) -> bool:
    """Does 位于<area>的 stand right before ``a`` (a place the text puts in an area)?"""
    end = a - len(OF)
    if end < 1 or not text.startswith(OF, end):
        return False
    return any(
        k in area_starts and area_starts[k].end == end and text.endswith(LOCATED, 0, k)
        for k in range(max(0, end - _MAX_AREA), end)
    )


_HOURS_BEFORE = re.compile(r"\d{1,2}小时$")


def body_endings(lex) -> str:
    """What a body's name ends with before the 在 of where it acts, an alternation: an
    organisation's ending of three characters or more (司法所在: 所 alone is no ending), or a
    level's body said short (区妇联在区职工服务中心: the level word and the body's word)."""
    levels = alternation_of(lex.level_words)
    bodies = alternation_of(w for w in lex.level_bodies if len(w) > 1)
    return alternation_of(x for x in lex.org_suffixes if len(x) >= 3) + f"|(?:{levels})(?:{bodies})"


def venue_name_start(text: str, a: int, s: int, body_endings: str) -> int:
    """Where a venue's name found from ``a`` to its ending at ``s`` starts: right after the
    last 在 that closes a body's name (``body_endings``, an alternation) between them
    (水南镇总工会联合镇司法所在水南镇职工之家开展…: the body, then where it acts; 某律师事务所在园区:
    the bare kind of place left names none), and with the hours open before it taken in
    (24小时智慧骑手驿站)."""
    bodies = list(re.finditer(f"(?:{body_endings})在", text[a:s]))
    a = a + bodies[-1].end() if bodies else a
    hours = _HOURS_BEFORE.search(text[max(0, a - 4) : a])
    return a - len(hours.group()) if hours else a
