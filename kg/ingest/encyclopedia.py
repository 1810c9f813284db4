"""An online encyclopedia's entry (百度百科, 360百科, 维基百科) saved as text: one article.

The page prints the site's bars, then the entry's title (its 义项, what the name means
here, under it), the entry's buttons (编辑 讨论 收藏 赞), the summary, an infobox, a table of
contents (目录 / 1 历史沿革 / 2 机构设置) and sections whose headings carry their own buttons
(历史沿革 / 编辑 / 播报, 历史[编辑]); after the text come the references (参考资料: an outlet,
a title and a date each: no credits, no articles) and the entry's statistics (浏览次数,
编辑次数, 最近更新 and an editor's nickname: no person).  Read as a news page, the site's
bar is the headline, each numbered heading an article and each reference a story; so the
entry is taken as one article under its title, its buttons, contents and tail dropped.
Told by the entry's own words (``pages/entry_words.tsv``) and a platform's bar.
"""

from __future__ import annotations

import functools
import re

from kg.ingest.boilerplate import is_furniture
from kg.ingest.document import Block, Document
from kg.ingest.genre_furniture import platform_bar
from kg.ingest.shapes import is_prose
from kg.lexicon import table

_TOP = 14  # the title and the entry's buttons stand within the page's first lines
_TITLE_MAX = 30
_EDIT_MARK = re.compile(r"\s*[\[【]编辑[\]】]\s*$")
_NUMBERED = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\s*[^\d\s。，]{1,16}\s*$")
_ENCYCLOPEDIA = "百科"
_SITE_NAME = re.compile(rf"^\s*\S{{0,6}}{_ENCYCLOPEDIA}(?:全书)?(?:[\s，,]|$)")


@functools.cache
def _words() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for word, kind in table("pages/entry_words.tsv", header=True):
        kinds.setdefault(kind, set()).add(word)
    return {k: frozenset(v) for k, v in kinds.items()}


def _buttons(line: str) -> bool:
    """编辑　讨论　上传视频, 收藏, 赞 28, 编辑 播报: a row of the entry's buttons (their counts)."""
    tokens = [t for t in re.split(r"\s+", line.strip()) if t]
    known = _words()["button"]
    return bool(tokens) and all(t in known or t.isdigit() for t in tokens) and any(t in known for t in tokens)


def _site(line: str) -> bool:
    """The encyclopedia's bar or name (百度百科 网页 新闻…, 维基百科，自由的百科全书)."""
    return (_ENCYCLOPEDIA in line and len(line) <= 60 and not is_prose(line)) or platform_bar(line)


def _header(line: str) -> bool:
    t = line.strip()
    return not t or t.isdigit() or _site(t) or _buttons(t) or is_furniture(t) or _note(t)


def _note(line: str) -> bool:
    return line.strip().startswith(tuple(_words()["note"]))


def _heading(line: str) -> str:
    return _EDIT_MARK.sub("", line).strip().rstrip("：:")


def read_entry(doc: Document) -> None:
    """When the document is an encyclopedia's entry, make it one article under its
    title, without the site's bars, the entry's buttons, notes, contents and tail."""
    texts = [b.text.text for b in doc.blocks]
    top = texts[:_TOP]
    edit = next((i for i, t in enumerate(top) if _buttons(t) and "编辑" in t), None)
    # (the site's name opens its line; a news site's menu may hold a column 职工百科)
    site = next((i for i, t in enumerate(top[:4]) if _SITE_NAME.match(t) and _site(t)), None)
    if site is not None and edit is None and not any(_note(t) or _heading(t) in _words()["tail"] for t in texts):
        site = None
    if doc.one_article or (edit is None and site is None):
        return
    first_prose = next((i for i, t in enumerate(texts) if is_prose(t) and not _note(t)), len(texts))
    end = edit if edit is not None else first_prose
    start = max((i for i in range(end) if _header(texts[i])), default=-1) + 1 if edit is not None else site + 1
    while start < end and _header(texts[start]):
        start += 1
    if start >= end or len(texts[start].strip()) > _TITLE_MAX or is_prose(texts[start]):
        return
    title = doc.blocks[start].text.strip()
    kept: list[Block] = []
    contents = False
    for i, b in enumerate(doc.blocks):
        t = b.text.text.strip()
        if i <= start or (i < first_prose and not is_prose(t)):
            continue  # the bars, the title, its sense line and buttons over the summary
        head = _heading(t)
        if head in _words()["tail"]:
            break
        contents = head in _words()["contents"] or (contents and _NUMBERED.match(t) is not None)
        if contents or _buttons(t) or _note(t):
            continue
        if head != t:
            kept.append(Block(b.text[: len(b.text.text.rstrip()) - len(t) + len(head)], b.level, b.gap))
            continue
        kept.append(b)
    doc.title, doc.blocks, doc.one_article = title, kept, True
