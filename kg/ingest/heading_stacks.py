"""A headline printed as a stack of HTML headings: 引题 / 主标题 / 副题.

A paper's site or e-paper marks one article's header as headings of several levels, one
straight under the other with no text between (``<h4>`` 引题 over ``<h1>`` 主标题 over
``<h3>`` 副题, or ``<h1>`` over an ``<h2>`` subhead), and only the last one stands
over text.  Counted by the heading just over the text, the article's level would be the
副题's, and the main title, shallower, a page's title (:func:`kg.ingest.split.heading_level`);
taken by the line just over a meta line, the main title would be the site's header
(:func:`kg.ingest.page_headers.header_above_meta`).  The stack is the header: its
shallowest heading is the headline, the others its decks.
"""

from __future__ import annotations

from dataclasses import replace

from kg.ingest.document import Block
from kg.ingest.shapes import title_like

_STACK_MAX = 3  # 引题, 主标题, 副题
_HEAD_MIN = 6  # a main title is no column's short name (工会动态 over the headline)


def _stack_above(blocks: list[Block], i: int) -> list[Block]:
    """The headings stacked straight over block ``i`` (itself a heading), top first."""
    j = i
    while j > 0 and i - j + 1 < _STACK_MAX and blocks[j - 1].level is not None:
        j -= 1
    return blocks[j : i + 1]


def _main_level(stack: list[Block]) -> int | None:
    """The level of a stack's main title: a shallower heading over its last one, a title
    long enough to be a headline's."""
    last = stack[-1].level
    if last is None:
        return None
    above = [b for b in stack[:-1] if b.level is not None and b.level < last]
    if not above:
        return None
    main = min(above, key=lambda b: b.level or 0)
    text = main.text.text.strip()
    return main.level if title_like(text) and len(text) >= _HEAD_MIN else None


def stacked_level(blocks: list[Block], level: int | None) -> int | None:
    """The articles' heading level, ``level`` counted at the headings over text, raised to
    the main title's when every heading of ``level`` closes a stack under one (and the
    same) shallower main title: a page of one article printed so."""
    if level is None:
        return None
    mains = set()
    for i, b in enumerate(blocks):
        if b.level != level:
            continue
        main = _main_level(_stack_above(blocks, i))
        if main is None:
            return level
        mains.add(main)
    return mains.pop() if len(mains) == 1 else level


def header_stack(rest: list[Block]) -> int:
    """How many of the last lines kept over a page's first meta line are its article's
    header as a stack of headings (h1 主标题 over h2 副题): 0 when they are none."""
    if not rest or rest[-1].level is None:
        return 0
    stack = _stack_above(rest, len(rest) - 1)
    main = _main_level(stack)
    if main is None:
        return 0
    top = next(k for k, b in enumerate(stack) if b.level == main)
    # (a 引题 over the main title, a heading too, stays with it)
    while top > 0 and stack[top - 1].level is not None and title_like(stack[top - 1].text.text):
        top -= 1
    return len(stack) - top


_TITLE_SEPARATORS = "-–—|｜_ "  # (标题-栏目-网站: what may follow the headline in a <title>)


def joined_heading_lines(blocks: list[Block], title: str | None) -> list[Block]:
    """A headline a ``<br>`` sets over two lines of one heading (or two headings of one level)
    is one headline where the page's ``<title>`` gives the two lines whole, as one title: the
    site typed one headline and broke it for the layout, no 引题 over a main title."""
    whole = (title or "").strip()
    out: list[Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        if whole and prev is not None and _one_headline(whole, prev, b):
            out[-1] = replace(prev, text=prev.text.strip() + b.text.strip())
            continue
        out.append(b)
    return out


def _one_headline(whole: str, prev: Block, b: Block) -> bool:
    """Does the ``<title>`` open with two lines of one heading level as one headline, maybe
    with a space where the ``<br>`` broke it (标题前半 标题后半_栏目_网站: a site that types
    the break as a space in its title), then an end or a separator before the column's or
    site's name?"""
    first, second = prev.text.text.strip(), b.text.text.strip()
    if prev.level is None or b.level != prev.level or not second or not whole.startswith(first):
        return False
    gap = len(whole) - len(whole[len(first) :].lstrip(" \u3000"))
    if gap - len(first) > 1 or not whole.startswith(second, gap):
        return False
    rest = whole[gap + len(second) :]
    return not rest or rest[0] in _TITLE_SEPARATORS
