"""Short forms a text defines for the name just before: X（以下简称“Y”）, X（简称Y）, and
several at once (X（以下简称“海澄科技”或“公司”）: each stands for X); or a short form alone in
brackets after the name (某某职工联合总会（某某职联）), whose characters the name holds in
order, as a Chinese short name is made."""

from __future__ import annotations

import re

from kg.nlp.text import all_han
from kg.nlp.tokens import Tokens

_OTHER_CLAUSES = r"[（(](?:[^（）()]{0,40}[，,；;])?"  # （证券简称：X，证券代码：N，以下简称“公司”）
ABBREVIATION_RE = re.compile(_OTHER_CLAUSES + r"(?:以下)?简称[“\"]?([^”\"）)]{1,12})[”\"]?[）)]")
DEFINITION_RE = re.compile(_OTHER_CLAUSES + r"(?:以下)?简称[^）)]*[）)]")  # X（以下简称Y）工会: left out of X工会
# several quoted short forms joined by 或 / 、 / 和 / 及 (a report's “海澄科技”或“公司”)
SHORT_FORMS_RE = re.compile(_OTHER_CLAUSES + r"(?:以下)?简称((?:[“\"][^”\"）)]{1,12}[”\"][或、和及]?){2,4})[）)]")
_QUOTED_RE = re.compile(r"[“\"]([^”\"]+)[”\"]")


def definitions(text: str) -> list[tuple[int, list[str]]]:
    """Where each definition opens (the defined name ends there) and the short forms it gives."""
    single = [(m.start(), [m.group(1)]) for m in ABBREVIATION_RE.finditer(text)]
    several = [(m.start(), _QUOTED_RE.findall(m.group(1))) for m in SHORT_FORMS_RE.finditer(text)]
    return sorted(single + several)


# a short form alone in brackets right after a name (某某职工联合总会（某某职联）)
_BARE_SHORT_RE = re.compile(r"[（(]([\u4e00-\u9fff]{2,6})[）)]")


def bare_short_forms(text: str) -> list[tuple[int, str]]:
    """Where each bracket holding nothing but a few Han characters opens, and what it holds:
    a short form of the name before it when that name holds its characters in order
    (:func:`abbreviates`)."""
    return [(m.start(), m.group(1)) for m in _BARE_SHORT_RE.finditer(text)]


def abbreviates(short: str, full: str) -> bool:
    """Does ``full`` hold the characters of ``short`` in order, and more (全总 of 中华全国总工会)?"""
    rest = iter(full)
    return len(full) > len(short) + 1 and all(c in rest for c in short)


_NO_NAME_TAGS = ("p", "v", "u", "c", "d", "r", "w", "m", "q", "f")  # (由, 在: no name starts there)


def name_before_bracket(tk: Tokens, end: int) -> str | None:
    """The name a bracket after ``end`` follows, where the name finder's edge is not found
    (the tagger read 总会 as a verb): the Han words before it from the first that may open a
    name, after the function words before them."""
    k = end
    while k > 0 and all_han(tk.text[k - 1]) and end - k < 20:
        k -= 1
    return next(
        (tk.text[a:end] for a in range(k, end - 1) if a in tk.starts and tk.tag_at(a) not in _NO_NAME_TAGS), None
    )
