"""A chapter of a book (a 县志's, a yearbook's) as text: one article under its title.

A gazetteer or a yearbook is cut into 编 (parts), 章 (chapters) and 节 (sections):
``第二十四编　群众团体`` / ``第一章　工　会`` / ``第一节　组织机构``.  A chapter is one text
with one writer (its 撰稿 line at the end), so the chapter's own title (``工　会``, the
number ``第一章`` left out) is the headline of one article; the part's heading above it
is the book's furniture, and its sections, their numbered subheads, its tables and the
running heads of its pages (dropped by :mod:`kg.ingest.running_heads`) head no article.

Told by the headings' grammar alone: a 章 heading with a 节 heading below it or a 编
heading above it, each a number and a short title alone on its line.  A report's chapter
(an ESG or social-responsibility report's ``第六章　员工权益与工会工作``) numbers its sections
by the chapter's number instead (``6.1　民主管理与集体协商``, ``6.2　…``): they are its 节.
"""

from __future__ import annotations

import re

from kg.ingest.document import Document

_NUM = "[一二三四五六七八九十百零〇两\\d]{1,6}"
_TITLE = r"[\s\u3000]+(?P<title>[^\s\u3000，,。：:；;！？（(][^，,。：:；;！？]{0,15})\s*$"
_CHAPTER = re.compile(rf"^\s*第{_NUM}章{_TITLE}")
_SECTION = re.compile(rf"^\s*第{_NUM}节{_TITLE}")
_PART = re.compile(rf"^\s*第{_NUM}编{_TITLE}")
# a section numbered under its chapter's number (6.1　民主管理与集体协商)
_DECIMAL = re.compile(rf"^\s*(?P<chapter>\d{{1,2}})[.．]\d{{1,2}}{_TITLE}")
_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}


def _number(numeral: str) -> int | None:
    """A chapter's number, in figures or in words up to 九十九 (六, 十二, 二十)."""
    if numeral.isdigit():
        return int(numeral)
    tens, ten, units = numeral.partition("十")
    if not ten:
        return _DIGITS.get(numeral) if len(numeral) == 1 else None
    if len(tens) > 1 or len(units) > 1 or any(c not in _DIGITS for c in tens + units):
        return None
    return (_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[units] if units else 0)


def _numbered_sections(chapter: str, texts: list[str]) -> bool:
    """Lines numbered as sections of the chapter (第六章 → 6.1, 6.2)."""
    m = re.match(rf"\s*第({_NUM})章", chapter)
    number = _number(m.group(1)) if m else None
    return number is not None and any(
        (d := _DECIMAL.match(t)) is not None and int(d.group("chapter")) == number for t in texts
    )


def read_chapter(doc: Document) -> None:
    """When the document is a book's chapter, make it one article under the chapter's
    title, without the part's and the chapter's heading lines."""
    if doc.one_article or doc.title is not None:
        return
    texts = [b.text.text for b in doc.blocks]
    at = next((i for i, t in enumerate(texts) if _CHAPTER.match(t)), None)
    if at is None:
        return
    if any(_CHAPTER.match(t) for t in texts[at + 1 :]):  # (several chapters: a book's contents)
        return
    parts = [i for i in range(at) if _PART.match(texts[i])]
    sections = any(_SECTION.match(t) for t in texts[at + 1 :]) or _numbered_sections(texts[at], texts[at + 1 :])
    if not parts and not sections:
        return
    m = _CHAPTER.match(texts[at])
    assert m is not None
    doc.title = doc.blocks[at].text[m.start("title") : m.end("title")].strip()
    doc.blocks = [b for i, b in enumerate(doc.blocks) if i != at and i not in parts]
    doc.one_article = True
