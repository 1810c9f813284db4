"""``kg_latin``: bodies and people written only in Latin letters, on a bilingual page.

A joint venture's newsletter names its foreign partner and its foreign managers in
their own letters (Heidsen AG, Tianjin Binhai Jinggong Group; 公司总经理Stefan Krüger博士,
— Dr. Stefan Krüger), which the model, reading Chinese, tags as nothing.  Two shapes make
them sure without any list of names: a company's name is a run of capitalised words closed
by a legal form (AG, GmbH, Group, Co., Ltd.), and a person's name is two or three
capitalised words after an honorific (Dr., Ms.) or before a Chinese word of address
(博士, 先生, 女士).  A park, a building, a slogan or a robot (Taifeng Park, Building B,
Safety First, "Hans") has neither shape.
"""

from __future__ import annotations

import functools
import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.lexicon import alternation, alternation_of, entries
from kg.nlp.found import Found, work_of
from kg.nlp.spans import Marks

_L = r"A-Za-z\u00c0-\u024f"
_WORD = rf"[A-Z][{_L}]+"  # a capitalised word (Krüger)
_CAP = re.compile(r"[A-Z]")  # the cheap gate: any capital letter at all
_MAX_COMPANY_WORDS = 6
_ASIDE_MARKS = ("：", ":", "（", "(")


@functools.cache
def _company() -> re.Pattern[str]:
    """One to six capitalised words closed by a legal form, the form a word of its own."""
    forms = alternation("bodies/latin_legal_forms.txt")
    return re.compile(
        rf"(?<![{_L}])(?:{_WORD}[ \-]){{1,{_MAX_COMPANY_WORDS}}}(?:{forms})(?![{_L}])",
    )


@functools.cache
def _person() -> re.Pattern[str]:
    """Two or three capitalised words after an honorific, or before a word of address."""
    before = alternation("people/latin_honorifics.txt")
    after = alternation_of((*entries("people/latin_name_followers.txt"), *entries("people/address_terms.txt")))
    name = rf"{_WORD}(?:[ \-]{_WORD}){{1,2}}"
    return re.compile(rf"(?:(?<![{_L}])(?:{before}) (?P<a>{name})(?![{_L}])|(?<![{_L} ])(?P<b>{name})(?=(?:{after})))")


@functools.cache
def _openers() -> re.Pattern[str]:
    """The words that open an English clause (When, The) at the front of a run of capitals."""
    return re.compile(rf"^(?:(?:{alternation('names/english_openers.txt')}) )+")


def _aside(text: str, a: int) -> bool:
    """A name written as a field's value or in brackets (英文名称：X, 某某有限公司（X）):
    the English name of the Chinese company beside it, no company of its own."""
    return text[:a].rstrip(" ").endswith(_ASIDE_MARKS)


def latin_names(text: str, found: list[Found]) -> list[Found]:
    """The companies (ORG) and people (PERSON) the text writes in Latin letters, outside
    the mentions ``found`` before."""
    if _CAP.search(text) is None:
        return []
    taken = Marks(len(text), ((f.start, f.end) for f in found))
    out: list[Found] = []
    for m in _company().finditer(text):
        a = m.start() + (o.end() if (o := _openers().match(m.group())) else 0)
        if not taken.overlaps(a, m.end()) and " " in text[a : m.end()] and not _aside(text, a):
            out.append(Found(a, m.end(), "ORG", "latin"))
    mine = Marks(len(text), ((f.start, f.end) for f in out))
    for m in _person().finditer(text):
        g = "a" if m.group("a") else "b"
        a, b = m.start(g), m.end(g)
        a += o.end() if (o := _openers().match(text[a:b])) else 0
        if " " in text[a:b] and not taken.overlaps(a, b) and not mine.overlaps(a, b):
            out.append(Found(a, b, "PERSON", "latin"))
    return out


@Language.component("kg_latin", assigns=["doc._.kg_work"], requires=["doc._.kg_work"])
def find_latin(doc: Doc) -> Doc:
    """Latin-lettered companies and people, after ``kg_people``."""
    work = work_of(doc)
    work.found = work.found + latin_names(work.tokens.text, work.found)
    return doc
