"""Punctuation as printed: the half-width marks OCR (or a careless typist) puts in Han text.

A scanned page is printed with Chinese punctuation; OCR reads most of it back half-width
(工会,县直 / 主任:王某 / (试行) / "金秋助学" / <<通知>> / 举行.竞赛), and the sentence,
clause and title grammar downstream reads only the Chinese marks (，。：（）“”《》).  A mark
is Chinese when Han text stands beside it; between Latin letters or digits it stays as it
is (1,200 / 10:30 / 4.6 / Anna Smith, PhD).  Quotes pair up in the order they come, across
line ends (a wrap may fall inside a quotation).  Brackets stay as printed: every reader
of bylines and notes takes both forms, and a byline is kept as printed.
Every change is one character for one, but << >> and the space OCR leaves inside a
date (5 月20日), so that offsets into the source stay exact.
"""

from __future__ import annotations

import re

from kg.ingest.document import Block
from kg.ingest.textmap import Mapped
from kg.lexicon.chars import HAN

_HAN = re.compile(f"[{HAN}]")
# a Chinese character or mark beside a half-width one: the half-width one was printed Chinese
_WIDE = re.compile(f"[{HAN}\u3000-\u303f\uff00-\uffef“”‘’《》…—]")
_MARKS = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}
_MARK = re.compile(r"[,:;?!]")
_HALF_MARKS = re.compile(r'[,:;?!."]|<<|>>|〈〈|\d [年月日]|[年月] \d')
# a full stop after Han, before Han, a quote or the line's end (not 4.6, not www.x.cn, not
# the dot of a numbered item 三.挖掘机)
_STOP = re.compile(f'(?<=[{HAN}])\\.(?=[{HAN}"“”]|\\s*$)', re.M)
_ITEM = re.compile(r"\s*[一二三四五六七八九十]+")
# <<…>> (〈〈…〉〉) round a title with Han in it, perhaps over a line end: 《…》; a breadcrumb's
# arrows (首页 >> 新闻) have spaces or no partner
_ANGLES = re.compile(r"(<<|〈〈)((?:[^<>〈〉|\s]|\n){1,80}?)(>>|〉〉)")
_GONE = "\uffff"  # the second character of a pair of angles, taken out per line
# OCR's space inside a date: 5 月20日, 2027 年
_DATE_GAP = re.compile(r"(?<=\d) (?=[年月日])|(?<=[年月]) (?=\d)")


def _wide(c: str) -> bool:
    return _WIDE.match(c) is not None


def _convert(text: str) -> str:
    """``text`` (lines joined by line ends) with its half-width marks in Han context Chinese;
    as long as ``text``."""
    chars = list(text)
    for m in _MARK.finditer(text):
        i = m.start()
        before = text[i - 1] if i > 0 else "\n"
        after = text[i + 1] if i + 1 < len(text) else "\n"
        if _wide(before) or (_wide(after) and not (before.isascii() and before.isalnum())):
            chars[i] = _MARKS[m.group()]
    for m in _STOP.finditer(text):
        i = m.start()
        if _ITEM.fullmatch(text, text.rfind("\n", 0, i) + 1, i) is None:
            chars[i] = "。"
    for m in _ANGLES.finditer(text):
        if _HAN.search(m.group(2)):
            chars[m.start(1) : m.end(1)] = ["《", _GONE]
            chars[m.start(3) : m.end(3)] = ["》", _GONE]
    opened = False
    for i, c in enumerate(text):
        if c != '"':
            continue
        before = text[i - 1] if i > 0 else "\n"
        after = text[i + 1] if i + 1 < len(text) else "\n"
        if _wide(before) or _wide(after) or before == "\n" or after == "\n":
            chars[i] = "”" if opened else "“"
            opened = not opened
    return "".join(chars)


def chinese_marks(blocks: list[Block]) -> list[Block]:
    """The blocks with the half-width punctuation of their Han text made Chinese (quotes
    and brackets paired across the blocks: a wrap falls inside them), ``<< >>`` made 《》
    and the space OCR leaves inside a date taken out."""
    if not any(_HALF_MARKS.search(b.text.text) for b in blocks):
        return blocks
    whole = "\n".join(b.text.text for b in blocks)
    if _HAN.search(whole) is None:
        return blocks
    new = _convert(whole)
    out: list[Block] = []
    pos = 0
    for b in blocks:
        text = new[pos : pos + len(b.text)]
        pos += len(b.text) + 1
        m = b.text if text == b.text.text else Mapped(text, b.text.src)
        m = m.sub(_GONE, "")
        m = m.sub(_DATE_GAP, "")
        out.append(b if m == b.text else Block(m, b.level, b.gap))
    return out
