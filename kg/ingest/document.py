"""A source read into lines: the common ground between file formats and article splitting.

Each reader (plain text, markdown, HTML, JSON lines) turns its format into blocks of
text with whatever structure the format gives for free (a markdown ``##`` or an HTML
``<h1>`` is a heading; a JSON line is one article with its own title).  Everything
after that -- clean-up, PDF repair, splitting, credits -- is the same for all formats.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from kg.ingest.textmap import Mapped
from kg.ingest.written import WrittenForms


@dataclass
class Block:
    """One line or paragraph of a source."""

    text: Mapped
    level: int | None = None  # heading level the markup gives (markdown #, HTML h1-h6)
    gap: int = 1  # blank lines before it: 0 means it directly follows the previous line
    # the markup opens an item of its own here (a markdown list's item, a quote's line, a
    # table's row): no line above goes on into it, as none goes on into a heading
    item: bool = False


def without(blocks: list[Block], drop: set[int]) -> list[Block]:
    """The blocks but those at ``drop``; the next kept block takes on their blank lines (each
    dropped line one more), so that a paragraph break around dropped furniture stays one."""
    if not drop:
        return blocks
    kept: list[Block] = []
    gap = 0
    for i, b in enumerate(blocks):
        if i in drop:
            gap += b.gap + 1
            continue
        kept.append(replace(b, gap=b.gap + gap) if gap else b)
        gap = 0
    return kept


@dataclass
class Document:
    """What one reader hands on: blocks plus metadata the format carries."""

    blocks: list[Block]
    title: Mapped | None = None  # a headline from metadata (HTML <title>, a JSON "title")
    date: str | None = None
    date_rank: int = 99  # how trustworthy ``date`` is (lower is better); meta lines may beat it
    url: str | None = None
    outlet: str | None = None
    author: str | None = None  # 作者： of the meta line: the first article's reporters
    # 作者： of a meta line under a later headline (a page of several articles), by the id
    # of that headline's text: that article's reporters
    later_authors: dict[int, str] = field(default_factory=dict)
    # and its 来源 and date, by the same id: that article's outlet and date, not the page's
    later_outlets: dict[int, str] = field(default_factory=dict)
    later_dates: dict[int, str] = field(default_factory=dict)
    # the ids of those later headlines whose meta line is labelled (发布时间：…, not a date
    # alone under a signature): a second item of a site's page (kg.ingest.later_heads)
    labelled_heads: set[int] = field(default_factory=set)
    one_article: bool = False  # a JSON line: never split
    # one article whose first line is text, no headline: a search page's reference card, its
    # title a line of it (kg.ingest.search_results)
    untitled: bool = False
    # an entry its source says was not held (a calendar's cancelled, tentative or future
    # entry, kg.ingest.calendars): its names are read, no event
    unheld: bool = False
    repair: bool = True  # join PDF-extraction breaks (not for HTML: its blocks are real)
    # the page's first meta line (发布时间：… 来源：…) stands under its headline: a web page
    # of one article, whose later short lines are captions and subheads, not headlines
    web_article: bool = False
    # ids of the texts of short lines under a picture's file name (IMG_0001.jpg): captions
    captions: set[int] = field(default_factory=set)
    # ids of the texts of a web page's 副题 under its headline, both alone below its
    # breadcrumb (kg.ingest.page_furniture): a deck the layout settled, no 引题 over a main title
    sub_titles: set[int] = field(default_factory=set)
    span: tuple[int, int] | None = None  # the source range of a JSON line
    # what the dropped furniture says of whose page it is: the site's header lines above a
    # breadcrumb, the breadcrumb, the 来源 value (kg.extract.page reads their places)
    furniture: list[str] = field(default_factory=list)
    # the lines of a leader roster dropped with the furniture, names closed (kg.ingest.rosters)
    roster: list[Mapped] = field(default_factory=list)
    # ``author`` is a field that names the writer and nothing else (a note's front matter
    # ``author:``): a name of its own length is read whole, with or without a known surname
    author_named: bool = False
    # a traditional page converted before it was read (its readers' marks are simplified
    # words): what the conversion changed, by source offset (kg.ingest.written)
    written: WrittenForms | None = None
