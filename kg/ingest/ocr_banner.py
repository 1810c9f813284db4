"""An OCR program's own lines around the text it read from a scan.

A text saved from an OCR program opens with its banner (===== 某某OCR 7.2 · 识别结果 =====),
the source file's fields (源文件：扫描_20270428_1043.pdf　页数：2　识别模式：表格+手写) and a
hint (提示：置信度低于0.60的字符以□表示…), down to a rule, and may close with its statistics
(识别完成：字符 1862　手写区域 31).  They are the program's, no words of the page: read as
a page, the banner heads an article of its own, the file's name and numbers are read as
text.  The run at the top whose first line names the program's work (``pages/ocr_banner_words.txt``),
down to the rule under it, and a last line opening with such a word, are dropped.
"""

from __future__ import annotations

import functools
import re

from kg.ingest.document import Block, without
from kg.lexicon import alternation

_RULE = re.compile(r"^\s*[-—－─━=＝_*]{6,}\s*$")
_BANNER_LINES = 6  # the banner, the file's fields, a hint or two, then the rule


@functools.cache
def _words() -> re.Pattern[str]:
    return re.compile(alternation("pages/ocr_banner_words.txt"))


def without_ocr_banner(blocks: list[Block]) -> list[Block]:
    """The blocks without an OCR program's banner at the top and statistics at the foot."""
    texts = [b.text.text for b in blocks]
    if not texts or _words().search(texts[0]) is None:
        return blocks
    rule = next((i for i, t in enumerate(texts[: _BANNER_LINES + 1]) if i > 0 and _RULE.match(t)), None)
    if rule is None:
        return blocks
    drop = set(range(rule + 1))
    last = len(texts) - 1
    if last > rule and _words().match(texts[last].strip()):
        drop |= {last} | ({last - 1} if _RULE.match(texts[last - 1]) else set())
    return without(blocks, drop)
