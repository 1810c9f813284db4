"""Names that are none by what stands around them: the last filters of ``kg_people``.

A handle after @ and a nickname in quotes are read elsewhere (:mod:`kg.nlp.user_handles`,
:mod:`kg.nlp.epithets`), and so are a signature cell's misreading (:mod:`kg.nlp.signed_cells`)
and a term's words (:mod:`kg.nlp.term_names`);
here, words whose frame is a code, a term, a road or a brand:

* a document number's issuer code (云工劳监函〔2027〕第3号): the letters right before the
  bracketed year abbreviate the issuer and the genre, whatever the tagger made of them;
* a language pair a post asks for (蒙汉兼通, 藏汉双语): two languages' characters before a
  word of bilingual skill (``people/language_chars.txt``, ``people/bilingual_words.txt``);
* a road in a traffic report (某某路由南向北, 某某路往东方向): a road's name before its
  direction of travel;
* a river or lake by its side (额敏河边的老马, 某某湖畔): a "name" right before a water's
  final and a word for its side names the water, no one, when the side qualifies a noun
  (…河边的X) or the name opens with no surname (a man by a river is 在河边);
* a brand glued to a place's short name (宜城工惠: a platform named after the city's
  nickname): a "name" opening with no surname, right after an area with no gap, is the
  rest of that word, unless an office or role before it frames it as a name;
* a particle inside the run (姓熊的女同志 → 熊的女, 老王的儿子 → 王的儿): 的 joins a word to
  the noun it qualifies and is no character of a given name, so the run says a surname
  and a noun, never a full name.
"""

from __future__ import annotations

import functools
import re

from kg.lexicon import words
from kg.nlp.epithets import off_epithets
from kg.nlp.found import Found
from kg.nlp.signed_cells import misread_signatures
from kg.nlp.term_names import off_terms
from kg.nlp.tokens import Tokens
from kg.nlp.user_handles import off_handles

_YEAR_CODE = re.compile(r"[〔［\[【]\s*(?:19|20)\d\d\s*[〕］\]】]")
_ROAD_DIRECTION = re.compile(r"路[由从向往]?[东西南北]")
# a water's final and a word for its side (河边, 湖畔, 江岸): the run before it is the water's name
_WATER_SIDE = re.compile(r"[河江湖溪][边畔岸]")


@functools.cache
def _language_chars() -> frozenset[str]:
    return frozenset(words("people/language_chars.txt"))


@functools.cache
def _bilingual_words() -> tuple[str, ...]:
    return tuple(words("people/bilingual_words.txt"))


def off_words(tk: Tokens, people: list[Found], found: list[Found], surnames: frozenset[str]) -> list[Found]:
    """``people`` without handles, epithets, and the names this module's frames undo;
    ``found``: the mentions before the people (the areas)."""
    text = tk.text
    people = misread_signatures(text, off_epithets(text, off_handles(text, people)), surnames)
    people = off_terms(tk, people)  # 布依 of 布依族, 服务周|启动, “土专家”“田秀才”: a term's words
    area_ends = {f.end for f in found if f.label == "AREA"}
    return [p for p in people if not _undone(text, p, area_ends, surnames)]


def _undone(text: str, p: Found, area_ends: set[int], surnames: frozenset[str]) -> bool:
    name = text[p.start : p.end]
    if _YEAR_CODE.match(text, p.end):
        return True
    if len(name) == 2 and set(name) <= _language_chars() and text.startswith(_bilingual_words(), p.end):
        return True
    if _ROAD_DIRECTION.match(text, p.end):
        return True
    if (side := _WATER_SIDE.match(text, p.end)) and (text.startswith("的", side.end()) or name[:1] not in surnames):
        return True
    if "的" in name[1:]:
        return True
    # (an area ending right where the name starts leaves no room for an office before it)
    return p.start in area_ends and name[:1] not in surnames and name[:2] not in surnames
