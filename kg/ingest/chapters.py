"""A chapter of a book (a county gazetteer's 第一章 工会) read as one article.

A gazetteer or a yearbook prints its matter in parts, chapters and sections (第二十四编 /
第一章 / 第一节), each heading a line of its own, and a chapter closes with the credit of
its writer (（本章撰稿：X）).  The chapter is the unit written and credited: its title (the
heading after 第一章) is the article's headline, its sections are parts of one text.  Left
to the splitter, each section heading, table header and numbered item heads an article
of its own, the part's heading above the chapter is taken for the headline, and the
closing credit is the last section's alone.
"""

from __future__ import annotations

import re

from kg.ingest.document import Document, without

_NUMERAL = "[一二三四五六七八九十百零〇0-9０-９]{1,4}"
_CHAPTER = re.compile(rf"^\s*第{_NUMERAL}章[ \t\u3000]+(?P<title>\S[^。，；：]{{0,20}}?)\s*$")
_SECTION = re.compile(rf"^\s*第{_NUMERAL}节[ \t\u3000]+\S[^。，；：]{{0,20}}$")
_MIN_SECTIONS = 2  # a chapter heading over fewer sections may be a list's item


def read_chapter(doc: Document) -> None:
    """When the page is a book's chapter (its heading, two section headings at least
    under it): the chapter's title as the page's, its text as one article; the lines
    above the heading (the book's and the part's) and the section headings dropped."""
    if doc.one_article or doc.title is not None:
        return
    texts = [b.text.text for b in doc.blocks]
    at = next((i for i, t in enumerate(texts) if _CHAPTER.match(t)), None)
    if at is None:
        return
    sections = {i for i in range(at + 1, len(texts)) if _SECTION.match(texts[i])}
    if len(sections) < _MIN_SECTIONS or any(_CHAPTER.match(t) for t in texts[at + 1 :]):
        return  # (two chapters: a book's contents or several pieces)
    m = _CHAPTER.match(texts[at])
    assert m is not None
    doc.title = doc.blocks[at].text[m.start("title") : m.end("title")]
    doc.blocks = without(doc.blocks, set(range(at + 1)) | sections)
    doc.one_article = True
