"""Running heads: what a printed page repeats at the top of each of its columns or pages.

Text taken out of a newspaper's PDF carries the page's running head (the paper's name,
the issue's date, the page's number and section) wherever a column or a page began:
once over the first article, and again in the middle of another, where it cuts a
paragraph in two and stands there like a headline.  What tells it from a headline is
its grammar, not its words: it is a stack of short lines that carries a page number or
the issue's date, and its words come back in another such stack on the same page.  A
headline is printed once, or repeated (a decision's title over its text) without a
page number or a date beside it: it stays.
"""

from __future__ import annotations

import re
from collections import Counter

from kg.ingest.dates import DATE_PATTERN
from kg.ingest.document import Block, without
from kg.ingest.meta_lines import meta_line

# longer lines are text, never a running head (counted without the spaces a PDF's text pads
# a head with: 某某科技 2027年度…报告　　　　41)
_SHORT = 32
_SENTENCE = re.compile(r"[。！？，；]")
_TOKEN = re.compile(r"[ \u3000\t|｜]+")
# a page number (3, 第3版, A3), the date, its weekday, its number (a bulletin's
# 2027年第6期, 总第143期: its name beside it over each page)
_MARK = re.compile(
    rf"(?:第?[A-Za-z]?\d{{1,3}}版?|{DATE_PATTERN}|(?:星期|周)[一二三四五六日天]"
    r"|(?:\d{4}年)?总?第\d{1,4}期(?:[（(]总第\d{1,5}期[)）])?)"
)


# a title said again over a later page, marked continued (某某签到表（续）)
_CONTINUED = re.compile(r"[（(]续[)）]\s*$")
# a table's row between bars, three cells at least (|序号| 姓名 | 单位 |)
_BARRED = re.compile(r"^\s*[|｜丨](?:[^|｜丨]*[|｜丨]){3,}\s*$")


# a printed book's page number set between dots or dashes (· 31 ·, — 31 —, - 31 -)
_FRAMED = re.compile(r"(?:^|\s)[·•－—–-]\s*\d{1,4}\s*[·•－—–-](?=\s|$)")


def _framed_heads(blocks: list[Block]) -> set[int]:
    """The short lines that carry a framed page number, when the page has two or more:
    a book's running heads, whose words differ from page to page (the book's name over
    an even page, the section's over an odd one)."""
    found = {i for i, b in enumerate(blocks) if _short(b) and _FRAMED.search(b.text.text.strip())}
    return found if len(found) >= 2 else set()


def _short(b: Block) -> bool:
    t = b.text.text.strip()
    return 0 < len(_TOKEN.sub("", t)) <= _SHORT and _SENTENCE.search(t) is None


def _stacks(blocks: list[Block]) -> list[list[int]]:
    """Runs of short lines, one straight under the other (no blank line between)."""
    out: list[list[int]] = []
    for i, b in enumerate(blocks):
        if not _short(b):
            continue
        if out and out[-1][-1] == i - 1 and b.gap == 0:
            out[-1].append(i)
        else:
            out.append([i])
    return out


def _words(b: Block) -> tuple[set[str], bool]:
    """A line's words that are no mark, and whether it holds a mark."""
    tokens = [t for t in _TOKEN.split(b.text.text.strip()) if t]
    words = {t for t in tokens if _MARK.fullmatch(t) is None}
    return words, len(words) < len(tokens)


def drop_running_heads(blocks: list[Block], furniture: list[str] | None = None) -> list[Block]:
    """The blocks without the lines of running heads: in a stack that holds a page number
    or a date and shares words with another such stack, the lines made only of marks and
    of words another such stack repeats; and a title said again over a later page, marked
    continued (某某签到表（续）).  A head's words go to ``furniture``, once: the paper's or
    the bulletin's name (某某县总工会工作简报) says whose page it is."""
    framed = _framed_heads(blocks) | {i for i, b in enumerate(blocks) if _short(b) and _CONTINUED.search(b.text.text)}
    blocks = without(blocks, framed) if framed else blocks
    marked: list[tuple[list[int], set[str]]] = []
    for stack in _stacks(blocks):
        read = [_words(blocks[i]) for i in stack]
        if any(mark for _, mark in read):
            marked.append((stack, set().union(*(w for w, _ in read))))
    if len(marked) < 2:
        return blocks
    stacks_of = Counter(w for _, own in marked for w in own)  # in how many stacks each word is
    drop: set[int] = set()
    for stack, own in marked:
        elsewhere = {w for w in own if stacks_of[w] > 1}  # (counted, not compared pairwise: linear)
        if not elsewhere:  # (dates alone under each of several headlines: their own)
            continue
        for i in stack:
            words, _ = _words(blocks[i])
            # (a meta line, 市总工会 2026-05-11 under each headline, dates its own article:
            # the furniture reads it)
            if words <= elsewhere and meta_line(blocks[i].text.text) is None:
                drop.add(i)
    # (a table's head row between bars, printed again over each page, heads that page's rows)
    drop = {i for i in drop if not _BARRED.match(blocks[i].text.text)}
    if furniture is not None:
        said = dict.fromkeys(w for i in sorted(drop) for w in sorted(_words(blocks[i])[0]))
        furniture.extend(w for w in said if w not in furniture)
    return without(blocks, drop)


_FOOT_MIN = 3  # a footer is said at the foot of three slides or pages at least
_FOOT_SPARED = re.compile(r"[0-9０-９（(【\[]")  # a date, a number, a signature in brackets: said by its item


def drop_running_feet(blocks: list[Block], furniture: list[str] | None = None) -> list[Block]:
    """The blocks without a running footer: a short line with no sentence said the same at
    the foot of each slide or page (a deck's 某某市总工会 over the blank line that ends every
    slide), three times at least and never elsewhere.  An item's own closing line, its
    date or its writer in brackets, ends it however often it comes back.  The footer goes
    to ``furniture``, once: it says whose slides they are."""
    feet: Counter[str] = Counter()
    other: set[str] = set()
    for i, b in enumerate(blocks):
        t = b.text.text.strip()
        # (straight under the slide's last line, over the blank line that ends the slide)
        foot = b.gap == 0 and (i + 1 == len(blocks) or blocks[i + 1].gap > 0)
        if foot and _short(b) and not _FOOT_SPARED.search(t):
            feet[t] += 1
        else:
            other.add(t)
    said = {t for t, n in feet.items() if n >= _FOOT_MIN and t not in other}
    if not said:
        return blocks
    if furniture is not None:
        furniture.extend(sorted(said))
    return [b for b in blocks if b.text.text.strip() not in said]
