"""Names right before 同志 that open an item, for ``kg.nlp.people``.

Notices of appointments and lists of those present write a person as a name and 同志
(全红军同志任…, 任命邸志强同志为…).  The tagger reads a name of a rare surname so as an
organisation or a place (全红军/ORG), or glues 同志 to the verb after it (同志任), so the
name is missed although the frame says a person stands there.  A name of three characters
(four with a compound surname) that opens with a surname, right before 同志 and opening an
item (the text's or a line's start, after a mark, after a verb: 任命X同志), is read as one,
whatever its tags.  A name of two only when the tagger calls it a name: 全体同志, 党员同志
are people, no name.
"""

from __future__ import annotations

from kg.nlp.name_shapes import common_word
from kg.nlp.noted_names import framed_name
from kg.nlp.spans import Marks
from kg.nlp.tokens import Tokens

_COMRADE = "同志"
_ITEM_OPENERS = "：:、，,。；;\n 　"


def comrade_names(tk: Tokens, surnames: frozenset[str], covered: Marks, taken: Marks) -> list[tuple[int, int]]:
    """The names of three (four with a compound surname) right before 同志 opening an item."""
    text = tk.text
    out: list[tuple[int, int]] = []
    if _COMRADE not in text:
        return out
    p = text.find(_COMRADE)
    while p >= 0:
        for n in (4, 3):
            a = p - n
            name = text[a:p]
            surname = name[:2] if n == 4 else name[:1]
            if a < 0 or surname not in surnames or not framed_name(name, surnames) or common_word(name):
                continue
            if a not in tk.starts or not _opens_item(tk, a) or covered.overlaps(a, p) or taken.overlaps(a, p):
                continue
            out.append((a, p))
            break
        p = text.find(_COMRADE, p + len(_COMRADE))
    return out


def _opens_item(tk: Tokens, a: int) -> bool:
    """Does an item start at ``a``: the text's or a line's start, after a mark, after a verb?"""
    if a == 0 or tk.text[a - 1] in _ITEM_OPENERS:
        return True
    s, _ = tk.token_span_at(a - 1)
    return tk.tag_at(s) == "v"  # 任命|X同志, 同意|X同志
