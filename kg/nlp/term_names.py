"""Names that are a term's words: the last filters of ``kg_people`` (through
:func:`kg.nlp.coded_words.off_words`).

A surname's character opens many words of Chinese; where the text itself shows the word
to be a term, the "name" is none:

* a people's name of two characters or more (布依, 土家, 哈尼: ``areas/ethnic_groups.txt``)
  that the text writes with 族 (布依族) elsewhere, or that a word of one character runs on
  from (布依|绣): the people, or its craft, no one of that name;
* a day's or a week's word (周: ``events/day_titles.txt``) right after a verb or a verbal
  noun (服务周启动, 服务周干什么): an activity's week, when the text writes that week (服务周)
  more than once — a term the report keeps using, not a name that a verb takes once;
* a name that fills its quotes whole beside another quoted word (“土专家”“田秀才”): a
  series of quoted terms, epithets of a kind of people, no one named.
"""

from __future__ import annotations

import functools
from collections import Counter

from kg.gazetteer.names import ETHNIC_GROUPS
from kg.lexicon import words
from kg.nlp.found import Found
from kg.nlp.name_shapes import PERSON_FOLLOWERS
from kg.nlp.text import is_han
from kg.nlp.tokens import Tokens

# the people's word after its name (布依族)
_PEOPLE = "族"
# the tags of a people's craft or song run on from its name (布依|绣/v, 布依|歌/n)
_CRAFT_TAGS = frozenset({"v", "vn", "n"})
# the tags of a verb or a verbal noun an activity's week follows (服务/vn 周)
_ACTIVITY_TAGS = frozenset({"v", "vn"})
# how often a week's term is written for it to be the report's term
_TERM_TIMES = 2
_OPEN, _CLOSE = "“", "”"


@functools.cache
def _peoples() -> frozenset[str]:
    """The peoples' names of two characters or more (布依, 土家): one character alone (苗,
    回) is a surname or a word too often to tell."""
    return frozenset(g for g in ETHNIC_GROUPS if len(g) > 1)


@functools.cache
def _period_words() -> frozenset[str]:
    return frozenset(words("events/day_titles.txt"))


def off_terms(tk: Tokens, people: list[Found]) -> list[Found]:
    """``people`` without the names this module's frames show to be a term's words."""
    text = tk.text
    written: set[str] | None = None
    weeks: Counter[str] | None = None
    out = []
    for p in people:
        name = text[p.start : p.end]
        people = name if name in _peoples() else name[:-1] if name[:-1] in _peoples() else None
        if people is not None:
            if written is None:
                written = {g for g in _peoples() if g + _PEOPLE in text}
            if people in written or _runs_on(tk, p.start + len(people)):
                continue
        if name[:1] in _period_words() and (term := _activity_term(tk, p.start)):
            if weeks is None:
                weeks = _terms(tk)
            if weeks[term] >= _TERM_TIMES:
                continue
        if _quoted_series(text, p.start, p.end):
            continue
        out.append(p)
    return out


def _runs_on(tk: Tokens, b: int) -> bool:
    """Does a word of one character run on from ``b`` (布依|绣, 布依|歌): a noun or a verb, no
    word a name is followed by — the people's craft or song, the name its first word (the
    tagger may take the run for a name whole: 布依绣)?"""
    text = tk.text
    if b >= len(text) or not is_han(text[b]) or tk.token_span_at(b) != (b, b + 1):
        return False
    return not text.startswith(PERSON_FOLLOWERS, b) and tk.tag_at(b) in _CRAFT_TAGS


def _activity_term(tk: Tokens, a: int) -> str | None:
    """The activity's period (服务周) whose word ``text[a]`` follows the verb or verbal noun
    ending right at ``a``, else None."""
    if a == 0:
        return None
    s, e = tk.token_span_at(a - 1)
    if e != a or tk.tag_at(s) not in _ACTIVITY_TAGS or e - s < 2:
        return None
    return tk.text[s : a + 1]


def _terms(tk: Tokens) -> Counter[str]:
    """How often each period is written after a word (服务周: 3, whatever the word's tag:
    宣传/n 周/n 期间 too), counted once for the whole text."""
    text, seen = tk.text, Counter()
    for k, ch in enumerate(text):
        if k > 0 and ch in _period_words():
            s, e = tk.token_span_at(k - 1)
            if e == k:
                seen[text[s : k + 1]] += 1
    return seen


def _quoted_series(text: str, a: int, b: int) -> bool:
    """Does ``text[a:b]`` fill its quotes whole, with another quote closing right before or
    opening right after (“土专家”“田秀才”)?"""
    if text[a - 1 : a] != _OPEN or text[b : b + 1] != _CLOSE:
        return False
    return text[a - 2 : a - 1] == _CLOSE or text[b + 1 : b + 2] == _OPEN
