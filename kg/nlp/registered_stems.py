"""A firm's registered name opening with its city's short name, after the township it is in.

水口镇开平宏泰水暖卫浴有限公司, 马营镇甘肃渭州马铃薯淀粉有限公司: a firm registers under the name
of the county, city or province it belongs to (开平, 甘肃), and news writes the township or
district where it is right before that name.  The tagger reads the whole as one proper name,
so the short name is no word of its own; it is an area all the same when the area it names
holds the one written before it — the registered name starts there, and the area before
says where the firm is.
"""

from __future__ import annotations

from kg.gazetteer import Gazetteer
from kg.lexicon import words
from kg.nlp.found import Found
from kg.nlp.tokens import Tokens

# …公司, …集团: the ending of a firm's name
COMPANY_ENDINGS = tuple(words("bodies/company_endings.txt"))


def registered_stem(tk: Tokens, gaz: Gazetteer, found: list[Found], i: int, j: int) -> bool:
    """Is ``text[i:j]``, a short name glued inside a proper name right after an area written
    in full (the last of ``found``), the short name of an area holding that one, opening a
    firm's name (the word goes on to a firm's ending)?"""
    if not found or found[-1].end != i or found[-1].kind != "full" or tk.tag_at(i) != "ORG":
        return False
    before = tk.text[found[-1].start : i]
    a, b = tk.token_span_at(i)
    if not (a < i and j < b and any(e in tk.text[j:b] for e in COMPANY_ENDINGS)):
        return False
    inner = [area.code for area in gaz.lookup(before)]
    return any(gaz.contains(outer.code, code) for outer in gaz.lookup(tk.text[i:j], short=True) for code in inner)
