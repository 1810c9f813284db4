"""A printed bulletin's masthead and contents: no article's header.

A union's 工作简报, 工作动态 or 信息专报 opens with a masthead (内部资料, the bulletin's
name, its issue number 第7期（总第186期）, the issuing office's imprint 某某办公室编印 and
the date) and often a contents list (【本期导读】) repeating the headlines of the items
below.  Left in, the masthead's lines are taken for the first item's headline and the
contents for its decks, and every item falls into one article.  A bulletin of one item (a
campaign's 战报, its sections ◆/【一、…】 under bulleted fields) has no headline under the
masthead: the masthead's name is the item's headline.  The issue line and the
imprint are told by their shapes; the contents by the headlines they repeat.  The date of
the imprint line is read before, as a meta line's (:mod:`kg.ingest.page_furniture`).
"""

from __future__ import annotations

import functools
import re

from kg.ingest.bar_rows import is_bar_row
from kg.ingest.distribution import distribution_line
from kg.ingest.document import Block, Document, without
from kg.ingest.shapes import TITLE_MAX, field_line, is_numbered, is_prose, title_like
from kg.ingest.textmap import Mapped
from kg.lexicon import alternation, entries, table
from kg.lexicon.chars import HAN

# 第7期, 第7期（总第186期）, 〔2027〕第5期, 2027年第3期, 总第41期 (the issue's date after it)
_ISSUE = re.compile(
    r"^\s*(?:[〔\[［(（]\d{4}[〕\]］)）]|\d{4}年)?\s*(?:总)?第\s*\d{1,4}\s*期"
    r"\s*(?:[（(]总第\s*\d{1,5}\s*期[)）])?(?P<date>\s+\d{4}年\d{1,2}月\d{1,2}日)?\s*$"
)
_BULLET = re.compile(r"^\s*[•·▪◦●○■□◆◇▶►★☆\-*]\s*")
# an item's number and its column's tag, which the contents print or leave out (1. 标题 /
# 1.【要闻】标题): no words of the headline the list repeats
_ITEM_MARKS = re.compile(r"^\d{1,2}\s*[.．、]\s*|^[【〖][^】〗\s]{1,8}[】〗]\s*")
_COVER_NOTE = 2  # a mail's greeting and a sentence or two that send the bulletin, over its masthead


@functools.cache
def _imprint() -> re.Pattern[str]:
    """某某总工会办公室编印: a unit's name and the verb of issuing it, alone on the line."""
    units = alternation("credits/unit_heads.txt")
    return re.compile(rf"^\s*[{HAN}]{{2,24}}?(?:{units})\s*(?:{alternation('pages/imprint_verbs.txt')})\s*$")


def is_masthead(line: str) -> bool:
    """A bulletin's issue line (第7期（总第186期）) or imprint (某某办公室编印), or at its foot a
    distribution line (报：…, 发：…) or its print run (（共印60份）)."""
    return distribution_line(line) or any(rx.match(line) is not None for rx in (_ISSUE, _imprint()))


def dated_issue(line: str) -> bool:
    """An issue line with the issue's date after it (2027年第2期（总第41期）　2027年6月10日):
    its date is the page's, and the line closes the masthead above it (a meta line's date
    alone would leave the masthead's lines for the first item's headline)."""
    m = _ISSUE.match(line)
    return m is not None and m.group("date") is not None


def _bare(line: str) -> str:
    bare = _BULLET.sub("", line).strip()
    return _ITEM_MARKS.sub("", _ITEM_MARKS.sub("", bare, count=1), count=1).strip()


def _top(blocks: list[Block]) -> tuple[int | None, int]:
    """The bulletin's issue line (None: none) and its first sentence after it.  A mail's cover
    note over the masthead (各基层工会主席：您好！现将《某某简讯》第11期发送给您。) is no item's
    text: the contents under the masthead still stand before the first item."""
    issue, seen = None, 0  # (sentences above the line: counted once, as the page is read)
    for i, b in enumerate(blocks):
        if seen > _COVER_NOTE:
            break
        if b.level is None and _ISSUE.match(b.text.text):
            issue = i
            break
        seen += is_prose(b.text.text)
    after = issue + 1 if issue is not None else 0
    return issue, next((k for k in range(after, len(blocks)) if is_prose(blocks[k].text.text)), len(blocks))


def contents_lines(blocks: list[Block]) -> set[int]:
    """Indices of a contents list before the first sentence: short lines, two or more of
    which a later line repeats alone (the items' headlines, the first of them maybe
    straight under the list), from the first repeated one to the last, and the bulleted
    items after it (a column's name, 基层简讯, printed otherwise below)."""
    first_prose = _top(blocks)[1]
    bare = [_bare(b.text.text) for b in blocks]
    last_at = {t: i for i, t in enumerate(bare)}
    # (a line printed twice, one straight under the other and never again, is a scan's or a
    # poster's stutter (二等奖 / 二等奖): a contents item comes back below the list, past others)
    # (a table's head row between bars, printed again over each page, is no headline)
    repeated = [
        i
        for i in range(first_prose)
        if bare[i] and len(bare[i]) <= TITLE_MAX and last_at[bare[i]] > i + 1 and not is_bar_row(bare[i])
    ]
    headed = _headed_contents(blocks, first_prose)[0]
    if len({bare[i] for i in repeated}) < 2:  # one title said twice (over its meta line and its text) lists nothing
        return headed
    found = set(range(repeated[0], repeated[-1] + 1))
    k = repeated[-1] + 1
    while k < first_prose and _BULLET.match(blocks[k].text.text):
        found.add(k)
        k += 1
    return found | headed


_DECOR = re.compile(r"^[\s★☆◆◇■□●○【\[〖『「]+|[\s★☆◆◇■□●○】\]〗』」]+$")


def _headed_contents(blocks: list[Block], first_prose: int) -> tuple[set[int], set[int]]:
    """★今日导读★ and the bulleted teasers straight under it (two at least), before the
    first sentence: a contents list by its heading, the teasers' words the items' own.
    The teasers share their bullet (·); the first item's own (◆) ends them.  A page's text
    copy may print its list of headlines unbulleted (本版标题导航 over the bare titles): then
    the title lines straight under the heading, up to one that says an item again (the
    page's own headline under them), are the items.  The list's indices, and its items'."""
    heads = frozenset(entries("pages/contents_heads.txt"))
    for i in range(first_prose):
        # (an e-paper's page prints its list as 本版标题： over the page's headlines)
        if _DECOR.sub("", blocks[i].text.text).rstrip(":：") not in heads or i + 1 >= len(blocks):
            continue
        k = i + 1
        mark = _BULLET.match(blocks[k].text.text)
        while k < first_prose and (m := _BULLET.match(blocks[k].text.text)) and mark and m.group() == mark.group():
            k += 1
        if k - i > 2:
            return set(range(i, k)), set(range(i + 1, k))
        plain = _plain_items(blocks, i + 1, first_prose)
        if len(plain) >= 2:
            return {i, *plain}, set(plain)
    return set(), set()


def _plain_items(blocks: list[Block], k: int, end: int) -> list[int]:
    """The unbulleted titles from ``k`` on, each on its own line with no blank between,
    until a line no title or one repeating an item."""
    seen: set[str] = set()
    out: list[int] = []
    while k < end and blocks[k].gap == 0 and blocks[k].level is None:
        t = _bare(blocks[k].text.text)
        if not title_like(t) or is_prose(t) or t in seen:
            break
        seen.add(t)
        out.append(k)
        k += 1
    return out


def listed_heads(blocks: list[Block]) -> tuple[set[int], frozenset[str]]:
    """A page's contents list by its heading (本版标题：, 本期导读 over bulleted items) before
    its first sentence: the list's indices, and the items' words.  An e-paper's text view
    lists the page's headlines so: a line below that says an item again is a headline of
    the page, whatever column label or commentary stands over it."""
    found, items = _headed_contents(blocks, _top(blocks)[1])
    return found, frozenset(t for k in items if (t := _bare(blocks[k].text.text)))


_NAME_LINES = 3  # a masthead's name runs over three lines at most
_NOT_NAME = re.compile(r"[。！？；：:，,!?;\s]")


@functools.cache
def _bulletin_genre() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation('pages/bulletin_genres.txt')})$")


def one_item_bulletin(doc: Document) -> None:
    """A bulletin of one item: its name over the issue line (某某劳动竞赛战报 broken over two
    lines, 第7期 / （总第31期） under it) and, under the masthead, no headline before the first
    text, only bulleted or labelled lines (★ 赛事口号：…) or numbered parts.  Its name,
    read across the break, is the item's headline and the bulletin one article: its
    bulleted section heads, its table's head row and its closing slogans head none.  (A
    bulletin of several items prints their headlines, or a contents list, under the masthead.)"""
    if doc.title is not None or doc.one_article:
        return
    blocks = doc.blocks
    issue, first_prose = _top(blocks)
    if not issue or issue > _NAME_LINES or contents_lines(blocks):
        return
    run = blocks[:issue]
    if any(b.level is not None or (b.gap > 0 and k > 0) for k, b in enumerate(run)):
        return
    if not all(2 <= len(t) <= TITLE_MAX and not _NOT_NAME.search(t) for t in (b.text.text.strip() for b in run)):
        return
    name = Mapped.join("", [b.text.strip() for b in run])
    if _bulletin_genre().search(name.text) is None:
        return
    masthead = masthead_lines(blocks)
    for k in range(issue + 1, first_prose):
        t = blocks[k].text.text
        if k in masthead or _BULLET.match(t) or field_line(t) or is_numbered(t) or is_masthead(t):
            continue
        if title_like(t):  # (an item's headline)
            return
        break  # (the text: its first line)
    doc.title, doc.blocks, doc.one_article = name, blocks[issue:], True


def without_masthead(blocks: list[Block], furniture: list[str] | None = None) -> list[Block]:
    """The blocks without a bulletin's masthead, issue line, imprint, contents list and
    call for contributions; the masthead's lines go to ``furniture`` (its publisher,
    主办：某某有限公司工会, says whose page it is)."""
    drop = contents_lines(blocks) | {i for i, b in enumerate(blocks) if b.level is None and is_masthead(b.text.text)}
    masthead = masthead_lines(blocks)
    if furniture is not None:
        furniture.extend(blocks[i].text.text for i in sorted(masthead))
    return without(blocks, drop | masthead | call_lines(blocks))


# a masthead's field (主办：… 主编：…) and its aside in brackets (（内部刊物　免费交流）)
_FIELD = re.compile(rf"^\s*(?P<label>[{HAN}]{{2,6}})\s*[:：]\s*\S")
_ASIDE = re.compile(r"^\s*[（(][^（）()]{2,16}[)）]\s*$")


def masthead_lines(blocks: list[Block]) -> set[int]:
    """A newsletter's masthead around its issue line before the first sentence: the lines
    over it (the issuer, the newsletter's name: 某某区总工会 / 工会信息 / 第5期) and the
    fields under it (主办：… 主编：X 责任编辑：Y, no credits of the items), which the first
    item's headline would otherwise take for its own."""
    issue, first_prose = _top(blocks)
    if issue is None:
        return _top_fields(blocks, first_prose)
    under = {
        k
        for k in range(issue + 1, first_prose)
        if _FIELD.match(blocks[k].text.text) or _ASIDE.match(blocks[k].text.text)
    }
    return set(range(issue)) | under


def _top_fields(blocks: list[Block], first_prose: int) -> set[int]:
    """主办：某某总工会 opening what is left of a page, its masthead's other lines gone as
    furniture (a mobile paper's name and dated issue line over it): the publisher's
    field, nothing above it, is the masthead's, no first item's headline.  (An event
    notice prints such fields under its title.)"""
    labels = {row[0] for row in table("pages/imprint_labels.tsv")}
    k = 0
    while k < first_prose and (m := _FIELD.match(blocks[k].text.text)) and m["label"] in labels:
        k += 1
    return set(range(k))


@functools.cache
def _calls() -> frozenset[str]:
    return frozenset(entries("pages/call_headings.txt"))


def call_lines(blocks: list[Block]) -> set[int]:
    """A newsletter's call for contributions (征稿启事 and its paragraphs, an address to
    send to): the publication's own notice, no item."""
    found: set[int] = set()
    for i, b in enumerate(blocks):
        if _bare(b.text.text).strip("【】[] ") in _calls():
            k = i + 1
            while k < len(blocks) and (is_prose(blocks[k].text.text) or "@" in blocks[k].text.text):
                k += 1
            found |= set(range(i, k))
    return found
