"""An area's federation of unions clipped to its level word and 总: 市总, 州总, 镇总.

Cadres' notes, minutes and chats write the unions of their own area so (市总 副主席, 州总
组织部部长, 镇总专职副主席, 报州总): the union finder starts from 工会 and never sees them.
Such a clipped form is a word of its own — after a mark, a space or a function word, or the
tagger's word start (not 全市总|人口, not 广州市总, which names its area: kg.nlp.unions) — and
before a mark, a space, a function word or the title of an office held there (not 市总体,
区总部), or one of its departments and its head's title (市总基层工作部部长, 县总组织部副部长).
It is kind "level" with ``ref`` 工会, named by kg.extract.level_names as the bare 市总工会 is:
the union of the area of that level the page is about.
"""

from __future__ import annotations

import re

from kg.lexicon import alternation_of, lexicon, words
from kg.nlp.addresses import UNION_WORD
from kg.nlp.found import Found
from kg.nlp.names import BREAKERS
from kg.nlp.spans import Anchors
from kg.nlp.text import is_han
from kg.nlp.tokens import Tokens

CLIPPED = words("unions/clipped_federations.txt")
FEDERATION_TAIL = UNION_WORD
_CLIPPED_RE = re.compile(f"(?:{alternation_of(CLIPPED)})(?!{FEDERATION_TAIL})")
# words before a title that make a kind of it (专职副主席): an office held at the union
QUALIFIERS = tuple(words("posts/title_qualifiers.txt"))
# how a union's department ends (组织部), and how long its name before the ending may be (基层工作)
DEPARTMENT_ENDINGS = tuple(words("posts/held_unit_endings.txt"))
_DEPARTMENT_WORDS = (2, 8)


def clipped_federations(tk: Tokens, area_starts: Anchors, titles: tuple[str, ...], several: tuple[str, ...]):
    """The clipped federations (市总, 州总) of the text, each a level union with ``ref`` 工会."""
    text = tk.text
    out = []
    for m in _CLIPPED_RE.finditer(text):
        a, e = m.span()
        before = text[a - 1] if a else ""
        if before and is_han(before) and before not in BREAKERS and a not in tk.starts:
            continue  # (全市总|人口: the level word inside a phrase)
        if a in area_starts.ends or text.endswith(several, 0, a):
            continue  # (广州市总: its area named, kg.nlp.unions; 各市总: the unions of several areas)
        after = text[e : e + 1]
        glued = after and is_han(after) and after not in BREAKERS
        if glued and not text.startswith((*titles, *QUALIFIERS), e) and not _department_head(text, e, titles):
            continue  # (市总体, 区总部: another word)
        out.append(Found(a, e, "UNION", "level", FEDERATION_TAIL))
    return out


def _department_head(text: str, at: int, titles: tuple[str, ...]) -> bool:
    """市总|基层工作部部长: a department's name (a few Han characters ending as a union's
    departments do) at ``at``, then a title."""
    least, most = _DEPARTMENT_WORDS
    for end in range(at + least, at + most + 1):
        if not is_han(text[end - 1 : end]):
            return False
        if text.endswith(DEPARTMENT_ENDINGS, at, end) and text.startswith(titles, end):
            return True
    return False


# what joins two level words sharing one union's ending (省、市总工会, 市和区总工会)
_PAIR_JOINERS = ("、", "和", "及", "与")
LEVEL_WORDS = tuple(sorted(lexicon().level_words, key=len, reverse=True))


def paired_levels(tk: Tokens, unions: list[Found], area_starts: Anchors, several: tuple[str, ...]) -> list[Found]:
    """省、市总工会, 市、区总工会: a level word joined to a level union's short form before it
    shares its ending, a level union of its own (the province's and the city's unions in
    context) — the bare level word, kind "level", ``ref`` the shared ending.  Not inside an
    area's name (广东省、市总工会: the province is named) nor after a word of several (各省、市)."""
    text = tk.text
    out = []
    for f in unions:
        lw = next((w for w in LEVEL_WORDS if text.startswith(w, f.start)), None) if f.kind == "level" else None
        k = f.start - 1
        if (
            lw is None
            or k < 1
            or text[k] not in _PAIR_JOINERS
            or not text.startswith(FEDERATION_TAIL, f.start + len(lw) + 1)
        ):
            continue
        word = next((w for w in LEVEL_WORDS if text.endswith(w, 0, k) and w != lw), None)
        a = k - len(word) if word else -1
        before = text[a - 1] if a > 0 else ""
        if word is None or (before and is_han(before) and before not in BREAKERS and a not in tk.starts):
            continue
        if a in area_starts.covered or (a - 1) in area_starts.covered or text.endswith(several, 0, a):
            continue
        out.append(Found(a, k, "UNION", "level", text[f.start + len(lw) : f.end]))
    return out
