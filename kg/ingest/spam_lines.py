"""Injected spam (a hacked page's gambling bait) taken out before anything reads the page.

Bait inserted into a page sits anywhere, often glued with no blank line to the line under
it: over a two-line 公文 title (关于… / …的调研报告) it parts the title's lines, and the
readers of a title, a cover or a masthead, which look at the first lines as printed, then
take its second line for the whole.  A line of bait is no part of any text, so it goes
first, its place a blank line (``kg.ingest.document.without``); ``kg.ingest.boilerplate``
drops the rest of the page's furniture later, where its place matters.
"""

from __future__ import annotations

from kg.ingest.document import Block, without
from kg.ingest.shapes import is_prose
from kg.lexicon import entries


def is_spam(line: str) -> bool:
    """A line of bait: one of the spam markers (注册即送, 最新网址, bet365) in no sentence."""
    low = line.lower()
    return not is_prose(line) and any(m.lower() in low for m in entries("pages/spam_markers.txt"))


def without_spam(blocks: list[Block]) -> list[Block]:
    """The blocks but the lines of bait."""
    return without(blocks, {i for i, b in enumerate(blocks) if is_spam(b.text.text)})
