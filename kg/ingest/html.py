"""HTML pages: article text out of a real parse, page furniture left behind.

BeautifulSoup with lxml copes with the broken markup of CMS pages.  Navigation,
headers, footers, scripts, forms and boxes whose class or id says they are furniture
(``kg/data/lexicon/pages/html_noise.txt``) are removed; block elements become blocks, and
``<h1>``-``<h6>`` keep their level so the splitter knows the headline.  ``<title>``
is kept as a fallback headline.  lxml gives no source positions, so each text node is
found again in the raw HTML, in document order, to keep offsets into the source.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bs4 import BeautifulSoup, Comment, NavigableString, PageElement, Tag

from kg.ingest.boilerplate import is_breadcrumb
from kg.ingest.dates import parse_date
from kg.ingest.document import Block, Document
from kg.ingest.heading_stacks import joined_heading_lines
from kg.ingest.html_boxes import (
    control_box,
    controls,
    is_heading,
    is_hidden,
    link_box,
    script_time,
    shown_by_script,
    styled_hidden,
    unfold,
)
from kg.ingest.html_text import Aligner, block_text
from kg.ingest.normalize import clean_line, fold_width
from kg.ingest.rosters import closed_name, roster_blocks
from kg.ingest.textmap import NO_SOURCE, Mapped
from kg.lexicon import entries

_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed")
_FURNITURE_TAGS = ("nav", "footer", "aside", "form", "button", "select", "input", "textarea")
# the items of a furniture box a roster's lines stand in, one each
_ROSTER_ITEMS = ["li", "p", "tr", "dd"]
_BLOCK_TAGS = frozenset(
    (
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "tr",
        "td",
        "th",
        "table",
        "section",
        "article",
        "header",
        "main",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "center",
        "address",
        "hr",
    )
)
_HEADING = re.compile(r"^h([1-6])$")
_PARTS = re.compile(r"[-_\s]+")
_TITLE_SPLIT = re.compile(r"\s+[-–—|｜]\s+|\s*[_|｜]\s*")


def _gone(tag: Tag) -> bool:
    """``tag.decomposed``, without its cost: a Tag looks up attributes it lacks as child
    tags (``tag.p``), so bs4's ``getattr(tag, "_decomposed", False)`` searches the whole
    subtree of every tag still in the page."""
    return bool(vars(tag).get("_decomposed", False))


def _is_noise(tag: Tag, total: int, text_length: dict[int, int]) -> bool:
    """Is ``tag`` a box whose class or id says furniture, with less than half the page's
    text?  ``text_length``: ``len(t.get_text(" ", strip=True))`` of each tag by id."""
    noise = frozenset(w.lower() for w in entries("pages/html_noise.txt"))
    attrs = [*tag.get("class", []), tag.get("id") or ""]
    parts = {p.lower() for a in attrs for p in _PARTS.split(str(a)) if p}
    if not parts & noise:
        return False
    return text_length[id(tag)] < 0.5 * total


def _tags_children_first(root: Tag) -> list[Tag]:
    """``root`` and the tags in it, each after the tags inside it (no recursion: pages
    nest deeper than Python's stack)."""
    order: list[Tag] = []  # parents before children
    todo = [root]
    while todo:
        tag = todo.pop()
        order.append(tag)
        todo.extend(c for c in tag.contents if isinstance(c, Tag))
    order.reverse()
    return order


def _holding_headings(root: Tag) -> set[int]:
    """``id`` of each tag with an <h1> or <h2> inside it (``t.find(re.compile("^h[12]$"))``
    for every tag, in one pass)."""
    out: set[int] = set()
    for tag in _tags_children_first(root):
        if any(isinstance(c, Tag) and (c.name in ("h1", "h2") or id(c) in out) for c in tag.contents):
            out.add(id(tag))
    return out


def _text_lengths(root: Tag) -> dict[int, int]:
    """``len(t.get_text(" ", strip=True))`` of ``root`` and every tag in it, by ``id(t)``,
    in one pass (asking each tag reads its whole subtree: a page nested n deep costs n²).

    That text is the non-blank strings below the tag whose type the tag finds
    interesting (``interesting_string_types``: no comments; inside <rt> its ruby text
    only…), stripped, one space apart: the characters of those strings plus one less
    than their number.  So each tag adds up, per string type, what its children hold.
    """
    held: dict[int, dict[type, tuple[int, int]]] = {}  # id(tag) -> string type -> (chars, strings)
    lengths: dict[int, int] = {}
    for tag in _tags_children_first(root):
        mine: dict[type, tuple[int, int]] = {}
        for c in tag.contents:
            if isinstance(c, Tag):
                for kind, (n, k) in held.pop(id(c)).items():
                    m, j = mine.get(kind, (0, 0))
                    mine[kind] = (m + n, j + k)
            elif isinstance(c, NavigableString) and (stripped := c.strip()):
                m, j = mine.get(type(c), (0, 0))
                mine[type(c)] = (m + len(stripped), j + 1)
        held[id(tag)] = mine
        wanted = tag.interesting_string_types
        if wanted is None:
            wanted = tag.MAIN_CONTENT_STRING_TYPES
        chosen = [
            v
            for kind, v in mine.items()
            if wanted is None or (kind is wanted if isinstance(wanted, type) else kind in wanted)
        ]
        lengths[id(tag)] = sum(n for n, _ in chosen) + max(0, sum(k for _, k in chosen) - 1)
    return lengths


def _meta_date(soup: BeautifulSoup) -> str | None:
    keys = {w.lower() for w in entries("pages/html_date_meta.txt")}
    for meta in soup.find_all("meta"):
        key = (meta.get("name") or meta.get("property") or meta.get("itemprop") or "").lower()
        if key in keys and meta.get("content"):
            d = parse_date(str(meta["content"]))
            if d:
                return d
    return None


def _url(soup: BeautifulSoup) -> str | None:
    link = soup.find("link", rel="canonical")
    if isinstance(link, Tag) and link.get("href"):
        return str(link["href"]).strip()
    og = soup.find("meta", property="og:url")
    if isinstance(og, Tag) and og.get("content"):
        return str(og["content"]).strip()
    return None


def _title(soup: BeautifulSoup, raw: str) -> Mapped | None:
    """The page title without the site name (标题_栏目_网站 / 标题 - 网站)."""
    if soup.title is None:
        return None
    text = soup.title.get_text()
    if not text.strip():
        return None
    where = raw.find(text)
    full = Mapped.of(text, where) if where >= 0 else Mapped(text, [NO_SOURCE] * len(text))
    parts = [p for p in _TITLE_SPLIT.split(text) if p.strip()]
    if not parts:
        return None
    i = text.find(parts[0])
    return clean_line(fold_width(full[i : i + len(parts[0])]))


def _site_words(soup: BeautifulSoup) -> list[str]:
    """What the ``<title>`` says besides the headline (标题_栏目_网站: the section and the
    site's name), kept as the page's furniture: evidence of whose page it is."""
    if soup.title is None:
        return []
    return [p.strip() for p in _TITLE_SPLIT.split(soup.title.get_text()) if p.strip()][1:]


def _drop(t: Tag, furniture: list[str], roster: list[Mapped]) -> None:
    """Remove a furniture box; a breadcrumb's words are kept (kg.extract.page reads them),
    and the lines of a leader roster in it (a sidebar's 领导之窗: kg.ingest.rosters)."""
    text = t.get_text(" ", strip=True)
    if is_breadcrumb(text):
        furniture.append(text)
    if "\n" in t.get_text("\n", strip=True):
        items = [e.get_text(" ", strip=True) for e in t.find_all(_ROSTER_ITEMS)]
        lines = [clean_line(fold_width(Mapped.synthetic(x))) for x in items or t.get_text("\n", strip=True).split("\n")]
        roster += [closed_name(lines[i]) for i in sorted(roster_blocks(lines))]
    t.decompose()


def read_html(raw: str, *, alt_text: bool = False) -> list[Document]:
    """The page as one document; with ``alt_text`` (a feed item's HTML, where a picture's
    caption and its photo credit are written only in its ``alt``) each picture's ``alt`` is a
    line of its own."""
    soup = BeautifulSoup(raw, "lxml")
    page_hides = styled_hidden(soup)  # (read before the <style>s go)
    title = _title(soup, raw)
    soup_title = soup.title.get_text() if soup.title is not None else None
    furniture = _site_words(soup)
    roster: list[Mapped] = []
    url = _url(soup)
    date = _meta_date(soup) or script_time(raw)
    for c in soup.find_all(string=lambda s: isinstance(s, Comment)):
        c.extract()
    for t in soup.find_all(_DROP_TAGS):
        t.decompose()
    if soup.title is not None:
        soup.title.decompose()
    rests = unfold(soup, page_hides)  # (a folded article's hidden rest, before its <button> goes)
    total = len(soup.get_text(" ", strip=True))
    asked: set[int] = set()  # (each box asked once: a form of many fields is one box)
    for c in controls(soup):  # (an e-paper's date picker: 日期检索：<select>… 上一期 下一期)
        if _gone(c) or id(c.parent) in asked:
            continue
        asked.add(id(c.parent))
        box = control_box(c)
        if box is not None:
            _drop(box, furniture, roster)
    for t in soup.find_all(_FURNITURE_TAGS):
        if not _gone(t):
            _drop(t, furniture, roster)
    # An HTML5 <header> often holds the article's own <h1> and date line: keep those.
    headed = _holding_headings(soup)
    for t in soup.find_all("header"):
        if not _gone(t) and id(t) not in headed:
            t.decompose()
    # (a tag is asked before anything inside it is taken out, so these lengths stay right)
    text_length = _text_lengths(soup)
    for t in soup.find_all(True):
        if _gone(t):
            continue
        if is_hidden(t, page_hides):
            if id(t) not in rests and not shown_by_script(t, text_length[id(t)], total):
                t.decompose()
        elif _is_noise(t, total, text_length):
            _drop(t, furniture, roster)
    # a list of links under the heading that names it (本版标题导航, 相关新闻): other pages'
    for h in soup.find_all(is_heading):
        box = None if _gone(h) else link_box(h)
        if box is not None and not _gone(box) and text_length.get(id(box), 0) < 0.5 * total:
            _drop(box, furniture, roster)
    articles = soup.find_all("article")
    root: Tag = articles[0] if len(articles) == 1 else (soup.find("main") or soup.body or soup)
    body_at = re.search(r"<body\b", raw, re.I)
    aligner = Aligner(raw, body_at.start() if body_at else 0)
    blocks: list[Block] = []
    pieces: list[Mapped] = []
    level: list[int | None] = [None]

    def flush() -> None:
        if pieces:
            text = block_text(pieces)
            if text:
                blocks.append(Block(text, level=level[-1]))
            pieces.clear()

    # Depth first, with a stack of its own: pages nest tags thousands deep (unclosed
    # <font>s), deeper than Python recursion may go.  Each entry: the children still to
    # visit, and whether a block ends when they are done.
    stack: list[tuple[Iterator[PageElement], bool]] = [(iter(root.children), False)]
    while stack:
        children, block = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if block:
                flush()
                level.pop()
            continue
        if isinstance(child, NavigableString):
            if type(child) is NavigableString and (str(child).strip() or pieces):
                # (white space alone between two links, 第01版：要闻</a>　<a>…, sets them apart)
                pieces.append(aligner.locate(str(child)))
            continue
        if not isinstance(child, Tag):
            continue
        if child.name == "br":
            flush()
            continue
        if alt_text and child.name == "img" and str(child.get("alt") or "").strip():
            flush()
            pieces.append(aligner.locate(str(child["alt"])))
            flush()
            continue
        if child.name in _BLOCK_TAGS:
            flush()
            h = _HEADING.match(child.name)
            level.append(int(h.group(1)) if h else level[-1])
        stack.append((iter(child.children), child.name in _BLOCK_TAGS))
    flush()
    blocks = joined_heading_lines(blocks, soup_title)
    doc = Document(blocks, title=title, date=date, date_rank=50 if date else 99, url=url, repair=False)
    doc.furniture = furniture
    doc.roster = roster
    return [doc]
