"""A bilingual (Chinese–English) page read in its Chinese words.

A joint venture's newsletter or a release for foreign readers says most things twice: a
label with its translation (【要闻 NEWS】, 摄影 Photo by：), a headline and its English
title after a space, a person by both names (Michael Zhang 张明远, Anna Liu（刘安娜）), and
each paragraph again in English right under it.  The pipeline reads Chinese: the English
words glued to a line hide its shape (a headline over a translation is no title, 摄影
Photo by：X no credit) and stand between a title and its holder's name (生产部经理Michael
Zhang 张明远).  So on a page that has English lines of its own, each mixed line is read
without the English words a space or a bracket sets apart, a person's English name beside
the Chinese one is dropped, and an English line right under a Chinese one (no blank line
between) is its translation and goes.  English standing alone (an English section, a name
written only in Latin letters: 总经理Stefan Krüger博士) stays.
"""

from __future__ import annotations

import functools
import re

from kg.ingest.document import Block, without
from kg.ingest.shapes import is_prose, title_like
from kg.ingest.textmap import Mapped
from kg.lexicon import alternation
from kg.lexicon.chars import HAN

_HAN = re.compile(f"[{HAN}]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_WORDS = re.compile(r"[A-Za-z]{2,}[,;:]?\s+[A-Za-z]{2,}")  # two English words in a row
# a Latin letter of a name, accents included (Krüger, José)
_L = r"A-Za-z\u00c0-\u024f"
# a person's English name: two or three capitalised words (Michael Zhang, Mary Ann Liu)
_NAME = rf"[A-Z][{_L}]+(?:[ \-][A-Z][{_L}]+){{1,2}}"
_CN_NAME = f"[{HAN}]{{2,4}}"
# the English before a Chinese name: the name, maybe its title (Vice Chairman Li Ming 李明)
_WORDS_BEFORE = rf"[A-Z][{_L}]+(?:[ \-][A-Z][{_L}]+){{1,5}}"
# the English name before the Chinese one, a space between (Michael Zhang 张明远), not
# the last words of an English phrase (Safety First, Quality Always 安全第一)
_NAME_BEFORE = re.compile(rf"(?<![{_L}])(?<![{_L}][ ,])(?<![{_L}], )({_WORDS_BEFORE})[ \u3000]+(?=[{HAN}])")
# the English name with the Chinese one in brackets (Anna Liu（刘安娜）): the Chinese one alone
_NAME_BRACKETED = re.compile(rf"(?<![{_L}])(?:{_NAME})[ \u3000]*[（(]({_CN_NAME})[)）]")
# the Chinese name with the English one in brackets (宇文静（Grace Yuwen）)
_NAME_AFTER = re.compile(rf"(?<=[{HAN}])[ \u3000]*[（(]{_NAME}[)）]")
# a run of English words a space, a bracket or a colon sets apart (NEWS in 【要闻 NEWS】,
# Photo by in 摄影 Photo by：, a headline's translation after it): it starts with a word
# (2nd of 2nd Session too) and ends with a letter, a full stop or a bracket; an issue's number may be in it
_RUN = re.compile(
    rf"(?:(?<=^)|(?<=[【（(：:])|(?<![{_L}0-9.,'’])[ \u3000]+)(?:[0-9]*[{_L}][{_L}0-9'’.,&/()\- ]*[{_L}).]|[{_L}])"
    r"(?:[ \u3000]*/)?"
    rf"(?=[ \u3000]*(?:$|[：:】）)（(、，,；;])|[ \u3000]+[^{_L}])"
)
# what a removed run leaves: a space inside a bracket (（ 摄影：X）), a bracket emptied
# (某某有限公司（Tianjin … Co., Ltd.）), a bar or slash closing the line or a bracket (要闻 | NEWS)
_LEFT_OVER = re.compile(
    r"(?<=[（(【])[ \u3000]+|[ \u3000]+(?=[)）】])|[（(][ \u3000]*[)）]|[ \u3000]*[|｜/／][ \u3000]*(?=$|[)）】])"
)
_SPACE = re.compile(r"[ \u3000]")
_MIN_BILINGUAL_LINES = 2  # lines in English or with a translation that make a page bilingual
_MIN_WORDS = 2  # the English words of a translation, at the least


def chinese_reading(line: Mapped) -> Mapped:
    """The line without the English words that repeat its Chinese ones; a line without Han
    characters, or one whose English is glued to its Chinese words, stays as it is."""
    if _HAN.search(line.text) is None or _LATIN_WORD.search(line.text) is None:
        return line
    out = line.sub(_NAME_BRACKETED, lambda m: line.group(m, 1))
    out = out.sub(_NAME_AFTER, "")
    out = out.sub(_NAME_BEFORE, "")
    out = out.sub(_RUN, _kept_run)
    return out if out.text == line.text else out.sub(_LEFT_OVER, "")


def _kept_run(m: re.Match[str]) -> str:
    """A run of English with no word of two letters (the B of B栋 after a space) stays, and
    so does an English label with no Chinese one (the credits read it, kg/data/lexicon/credits)."""
    run = m.group()
    return "" if _LATIN_WORD.search(run) and not _label_alone(m) else run


def _label_alone(m: re.Match[str]) -> bool:
    """The run an English label before its colon with no Chinese label before it: at the
    line's start or a bracket's (Photo：X), or right after the value of the field before
    (文：X　Photo：Y); after a Chinese label and a space (摄影 Photo by：) it translates it."""
    if m.string[m.end() :].lstrip(" \u3000")[:1] not in ("：", ":"):
        return False
    if not m.group()[:1].isspace():
        return True
    before = m.string[: m.start()]
    colon = max(before.rfind("："), before.rfind(":"))
    return colon >= 0 and _SPACE.search(before[colon + 1 :].strip()) is None


def _english(text: str) -> bool:
    """A line of English words (not a file's name, IMG_0001.jpg, nor a code)."""
    return _HAN.search(text) is None and _WORDS.search(text) is not None


def _translated(before: str, after: str) -> bool:
    """Did the reading drop a translation (two English words or more) from the line?"""
    return len(_LATIN_WORD.findall(before)) - len(_LATIN_WORD.findall(after)) >= _MIN_WORDS


def chinese_blocks(blocks: list[Block]) -> list[Block]:
    """The blocks of a bilingual page read in Chinese: mixed lines without their English
    words, the English lines that translate a Chinese one dropped (:func:`_translation`).
    A page is bilingual when two of its lines or more are English or carry a
    translation; any other page is returned as it is (a Chinese page quoting an English
    word keeps it)."""
    if not any(_LATIN_WORD.search(b.text.text) for b in blocks):
        return blocks
    readings = [chinese_reading(b.text) for b in blocks]
    said_twice = sum(
        1 for b, r in zip(blocks, readings, strict=True) if _english(b.text.text) or _translated(b.text.text, r.text)
    )
    if said_twice < _MIN_BILINGUAL_LINES or not any(_HAN.search(b.text.text) for b in blocks):
        return blocks
    drop: set[int] = set()
    read: list[Block] = []
    for i, (b, text) in enumerate(zip(blocks, readings, strict=True)):
        if _translation(blocks, i, drop):
            drop.add(i)
        read.append(b if text is b.text else Block(text.strip(), b.level, b.gap))
    return without(read, drop)


def _translation(blocks: list[Block], i: int, drop: set[int]) -> bool:
    """Block ``i`` an English line that translates the Chinese one above it (or the
    translation above it): right under it, or, across a blank line, a paragraph under a
    paragraph (a headline's translation under the headline).  An English headline over
    English text heads an English section's article: no translation."""
    if not i or not _english(blocks[i].text.text) or english_head(blocks, i):
        return False
    above = blocks[i - 1].text.text
    if i - 1 in drop:
        return True
    if _HAN.search(above) is None:
        return False
    if blocks[i].gap == 0:
        return True
    text = blocks[i].text.text
    return (english_prose(text) and is_prose(above)) or (english_title(text) and title_like(above))


# --- an English section's own articles (【ENGLISH CORNER】 / A Note from the GM / Dear …)

_EN_ENDS = (".", "!", "?", '."', '!"', ".”", "!”")  # an English sentence's end
_TITLE_WORDS = (2, 12)  # the words of an English headline, at least and at most
_PROSE_WORDS = 10  # an English paragraph has at least these words and a sentence's end
_EN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’\-]*")


@functools.cache
def _signed() -> re.Pattern[str]:
    """The sign-off under an English note: — Dr. Stefan Krüger, General Manager."""
    honorific = alternation("people/latin_honorifics.txt")
    return re.compile(rf"^\s*[—–\-]{{1,2}}\s*(?:(?:{honorific})\s+)?(?P<name>{_NAME})(?:\s*,\s*[{_L} .&\-]+)?\s*$")


def english_title(text: str) -> bool:
    """An English line shaped as a headline: a capital first, two to twelve words, no
    sentence's end, no bracketed label (【ENGLISH CORNER】 names a section)."""
    t = text.strip()
    if not t or not t[0].isupper() or t[-1] in ".!?,;:。】]" or not _english(t):
        return False
    return _TITLE_WORDS[0] <= len(_EN_WORD.findall(t)) <= _TITLE_WORDS[1]


def english_prose(text: str) -> bool:
    """An English paragraph: ten words or more and a sentence's end."""
    return _english(text) and len(_EN_WORD.findall(text)) >= _PROSE_WORDS and re.search(r"[.!?]", text) is not None


def english_head(blocks: list[Block], i: int) -> bool:
    """Block ``i`` an English headline, right over an English paragraph: it heads an article
    (a Chinese headline is told by :func:`kg.ingest.shapes.title_like`)."""
    return (
        blocks[i].level is None
        and i + 1 < len(blocks)
        and english_title(blocks[i].text.text)
        and english_prose(blocks[i + 1].text.text)
    )


def english_break(p: Block, q: Block, r: Block | None) -> bool:
    """An English headline ends no paragraph and continues none (``q`` heads the English
    paragraph ``r``, or ``p`` heads ``q``), and an English paragraph whose sentence ended
    is continued by no line (a sign-off, the next paragraph)."""
    pt, qt = p.text.text, q.text.text
    if _english(pt) and pt.rstrip().endswith(_EN_ENDS):
        return True  # (an English paragraph's last sentence ended: the next line is another)
    return (r is not None and english_title(qt) and english_prose(r.text.text)) or (
        english_title(pt) and english_prose(qt)
    )


def english_signature(line: str) -> list[str]:
    """The writer an English note's sign-off names (— Dr. Stefan Krüger, General Manager)."""
    m = _signed().match(line) if _HAN.search(line) is None else None
    return [m.group("name")] if m else []
