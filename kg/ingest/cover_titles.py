"""A working document's cover: the title of the occasion over its genre word spaced out.

A host's script, a congress's handbook or a speech saved from Word opens with its cover:
the title of the meeting, on one line or two (某某区总工会 / 第五次会员代表大会), and under it
the kind of document, letter-spaced on a line of its own (主　持　词, 会　务　手　册;
``pages/cover_genres.txt``).  The document's title is the two read together
(某某区总工会第五次会员代表大会会务手册): one headline, not a meeting's name over a deck.
And the document is one article under it: its agenda, its timetable, its seating plan and
its numbered parts (一、会议须知) are its own, none the headline of another story.
"""

from __future__ import annotations

import functools
import re

from kg.ingest.document import Document
from kg.ingest.textmap import Mapped
from kg.lexicon import entries

_SPACED = re.compile(r"^\S(?:\s+\S)+$")  # each character apart: 主 持 词
_SPACE = re.compile(r"\s+")
_TITLE_LINES = 3  # a cover's title runs over three lines at most
_TITLE_MAX = 40  # a title line longer than this is prose
_NOT_TITLE = re.compile(r"[。！？；;!?：:，,]")


@functools.cache
def _genres() -> frozenset[str]:
    return frozenset(entries("pages/cover_genres.txt"))


def spaced_genre(text: str) -> str | None:
    """The genre word a line prints letter-spaced (主 持 词 → 主持词), or None."""
    t = text.strip()
    if _SPACED.match(t) is None:
        return None
    word = _SPACE.sub("", t)
    return word if word in _genres() else None


def read_cover(doc: Document) -> None:
    """A document opening with a cover's title lines (adjacent, no sentence, the first at the
    top) over a spaced genre line: its title is those lines and the genre word closed up,
    and it is one article.  Run after a printed document's header (内部资料) is dropped."""
    if doc.title is not None or doc.one_article:
        return
    blocks = doc.blocks
    g = next((i for i, b in enumerate(blocks[: _TITLE_LINES + 1]) if spaced_genre(b.text.text)), None)
    if not g:  # (None, or a genre line with no title over it)
        return
    run = blocks[:g]
    if any(b.level is not None and b.level > 2 for b in run) or not all(_title_line(b.text.text) for b in run):
        return
    if any(b.gap > 0 for b in run[1:]):  # (the title's lines follow each other)
        return
    genre = blocks[g].text.strip().sub(_SPACE, "")
    doc.title = Mapped.join("", [*(b.text.strip() for b in run), genre])
    doc.blocks = blocks[g + 1 :]
    doc.one_article = True


def _title_line(text: str) -> bool:
    t = text.strip()
    return 2 <= len(t) <= _TITLE_MAX and _NOT_TITLE.search(t) is None and spaced_genre(t) is None
