"""Web feeds (RSS 2.0, RSS 1.0/RDF, Atom) saved as files: each item is an article.

A feed is XML whatever its file is called, so it is told by its content: the root element
``<rss>``, ``<feed>`` or ``<rdf:RDF>`` after the prolog.  Each ``<item>``/``<entry>`` is
read as one article, like a JSON line: its ``<title>`` is the headline, its ``<pubDate>``
(RFC 822, ``Fri, 18 Jun 2027 09:15:00 +0800``) or Atom ``<published>``/``<updated>`` the
page date (the date the item was posted, against which 昨天 and 日前 resolve, never an
event date), and its body is the HTML of ``<content:encoded>``/``<content>`` or
``<description>``/``<summary>``, read with the HTML reader (paragraphs, ``<br/>``,
entities), the ``alt`` of its pictures kept as caption lines (a photo credit is often only
written there) and a 阅读全文>> link closing a teaser dropped.

Everything else is the feed's furniture and names nobody: the channel's link, language,
copyright, webMaster, generator, dates, ttl, image; an item's link, guid, author (in a
union's feed a desk or a body, 市总工会办公室, the source and not a writer), category and
comments.  The channel's title and description say whose site it is (台州职工网（台州市总工会
主办）) and are kept as page furniture (:attr:`Document.furniture`), as an HTML page's
``<title>`` words are.

expat gives the byte position of each piece of text, so each character keeps its offset in
the source.  A feed that is not well-formed XML (or declares entities) is read as markup
instead, with a warning.
"""

from __future__ import annotations

import email.utils
import re
import warnings
from dataclasses import dataclass, field
from xml.parsers import expat

from kg.errors import InputNote
from kg.ingest.dates import parse_date
from kg.ingest.document import Block, Document
from kg.ingest.formats import lines_to_blocks
from kg.ingest.html import read_html
from kg.ingest.listing import read_more_link
from kg.ingest.normalize import clean_line, fold_width
from kg.ingest.textmap import NO_SOURCE, Mapped

# the prolog (declaration, stylesheet instructions, comments, doctype) and the root of a feed
_FEED = re.compile(
    r"\ufeff?\s*(?:<\?xml\b[^>]*\?>\s*)?(?:<\?[^>]*\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>\s*)*"
    r"<(?:rss|feed|rdf:RDF)[\s>]",
    re.S | re.I,
)
_TAG = re.compile(r"<[^>]*>")
_ITEMS = ("item", "entry")
_DATES = ("pubdate", "published", "date", "issued", "updated", "modified")  # best first
_BODIES = ("encoded", "content", "description", "summary")  # the fullest first


def looks_like_feed(text: str) -> bool:
    """Is ``text`` an RSS, RDF or Atom feed (its root element after the XML prolog)?"""
    return _FEED.match(text[:4000]) is not None


@dataclass
class _Node:
    """An element with the text directly in it (offsets kept) and its child elements."""

    name: str  # local name, lower case (content:encoded -> encoded)
    attrs: dict[str, str]
    start: int
    end: int = 0
    parts: list[Mapped] = field(default_factory=list)
    children: list[_Node] = field(default_factory=list)

    def text(self) -> Mapped:
        return Mapped.join("", self.parts)

    def child(self, *names: str) -> _Node | None:
        """The first child named by the first of ``names`` that has one with text."""
        for name in names:
            for c in self.children:
                if c.name == name and (c.text().text.strip() or c.attrs.get("href")):
                    return c
        return None

    def walk(self) -> list[_Node]:
        out: list[_Node] = []
        todo = [self]
        while todo:
            node = todo.pop()
            out.append(node)
            todo.extend(reversed(node.children))
        return out


class _Refused(Exception):
    """A feed declaring its own entities: not read as XML (no entity expansion)."""


def _parse(text: str) -> _Node:
    """The element tree of ``text``, each piece of text mapped to its source offsets."""
    data = text.encode("utf-8")
    parser = expat.ParserCreate(encoding="utf-8")
    at = [0, 0]  # a byte position and its character position, moved forward as expat reads

    def char_at(b: int) -> int:
        if b < at[0]:  # (never, expat reads forward: start over rather than guess)
            at[0] = at[1] = 0
        at[1] += len(data[at[0] : b].decode("utf-8", errors="ignore"))
        at[0] = b
        return at[1]

    root = _Node("", {}, 0)
    stack = [root]

    def start(name: str, attrs: dict[str, str]) -> None:
        node = _Node(name.rsplit(":", 1)[-1].lower(), attrs, char_at(parser.CurrentByteIndex))
        stack[-1].children.append(node)
        stack.append(node)

    def end(name: str) -> None:
        node = stack.pop()
        node.end = text.find(">", char_at(parser.CurrentByteIndex)) + 1

    def chars(s: str) -> None:
        c = char_at(parser.CurrentByteIndex)
        if text.startswith(s, c):
            stack[-1].parts.append(Mapped.of(s, c))
            return
        j = text.find(s, c, c + len(s) + 16)  # (after <![CDATA[)
        stack[-1].parts.append(Mapped.of(s, j) if j >= 0 else Mapped(s, [c] * len(s)))

    def refuse(*_: object) -> None:
        raise _Refused

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    parser.EntityDeclHandler = refuse
    parser.Parse(data, True)
    return root


def _date(node: _Node) -> str | None:
    """An item's date in its own zone: RFC 822 (RSS) or ISO 8601 (Atom, dc:date)."""
    for name in _DATES:
        c = node.child(name)
        if c is None:
            continue
        value = c.text().text.strip()
        try:
            return email.utils.parsedate_to_datetime(value).date().isoformat()
        except (TypeError, ValueError, IndexError):
            pass
        if d := parse_date(value):
            return d
    return None


def _url(node: _Node) -> str | None:
    link = node.child("link")
    if link is None:
        return None
    return (link.text().text.strip() or link.attrs.get("href", "").strip()) or None


def html_blocks(html: Mapped) -> list[Block]:
    """The blocks of an item's HTML, their offsets those of the feed's source."""
    out: list[Block] = []
    for doc in read_html(html.text, alt_text=True):
        for b in doc.blocks:
            if read_more_link(b.text.text):
                continue
            src = [html.src[i] if i != NO_SOURCE else NO_SOURCE for i in b.text.src]
            out.append(Block(Mapped(b.text.text, src), b.level, b.gap))
    return out


def _body(node: _Node) -> list[Block]:
    c = node.child(*_BODIES)
    if c is None:
        return []
    if c.attrs.get("type", "html").lower() == "text":  # (Atom: plain text, its lines its lines)
        return lines_to_blocks(c.text())
    if c.attrs.get("type", "").lower() == "xhtml":  # (Atom: markup as elements, the text in them)
        return [Block(line) for n in c.walk() for p in n.parts if (line := clean_line(fold_width(p)))]
    return html_blocks(c.text())


def _title(node: _Node) -> Mapped | None:
    c = node.child("title")
    if c is None:
        return None
    title = clean_line(fold_width(c.text().sub(_TAG, "")))
    return title or None


def _channel_words(root: _Node) -> list[str]:
    """The channel's (Atom: the feed's) title and description (subtitle): whose site it is."""
    feed = next((n for n in root.walk() if n.name in ("channel", "feed")), None)
    if feed is None:
        return []
    out = []
    for name in ("title", "description", "subtitle"):
        c = feed.child(name)
        if c is not None and (words := " ".join(c.text().text.split())):
            out.append(words)
    return out


def read_feed(text: str, name: str) -> tuple[list[Document], list[InputNote]]:
    """One document per item of a feed; a feed that is not XML read as markup, warned."""
    try:
        root = _parse(text)
    except (expat.ExpatError, _Refused) as exc:
        what = "declares entities" if isinstance(exc, _Refused) else f"is not well-formed XML ({exc})"
        note = InputNote(name, f"feed {what}: read as markup, not item by item")
        with warnings.catch_warnings():  # (bs4's own warning about XML: the note above says it)
            warnings.simplefilter("ignore")
            return read_html(text), [note]
    docs: list[Document] = []
    for item in (n for n in root.walk() if n.name in _ITEMS):
        title = _title(item)
        blocks = _body(item)
        if title is None and not blocks:
            continue
        date = _date(item)
        doc = Document(
            blocks,
            title=title,
            date=date,
            date_rank=-1 if date else 99,
            url=_url(item),
            one_article=True,
            repair=False,
            span=(item.start, item.end),
        )
        docs.append(doc)
    if docs:
        docs[0].furniture = _channel_words(root)
    return docs, []
