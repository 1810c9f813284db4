"""HTML pages: article text out of a real parse, page furniture left behind.

BeautifulSoup with lxml copes with the broken markup of CMS pages.  Navigation,
headers, footers, scripts, forms and boxes whose class or id says they are furniture
(``kg/data/ingest/html_noise.txt``) are removed; block elements become blocks, and
``<h1>``-``<h6>`` keep their level so the splitter knows the headline.  ``<title>``
is kept as a fallback headline.  lxml gives no source positions, so each text node is
found again in the raw HTML, in document order, to keep offsets into the source.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from kg.ingest.dates import parse_date
from kg.ingest.document import Block, Document
from kg.ingest.normalize import clean_line, fold_width
from kg.ingest.textmap import NO_SOURCE, Mapped
from kg.ingest.words import words

_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed")
_FURNITURE_TAGS = ("nav", "footer", "aside", "form", "button", "select", "input", "textarea")
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
# Inline styles that hide text from readers: injected spam often hides this way.
_HIDDEN = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*[01](?:\.\d+)?px"
    r"|(?<![-\w])color\s*:\s*(?:#fff(?:fff)?|white)\b.*font-size\s*:\s*[0-2]px",
    re.I,
)
_PARTS = re.compile(r"[-_\s]+")
_SPACE_IN_BLOCK = re.compile(r"\s+")
_HAN = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")
_TITLE_SPLIT = re.compile(r"\s+[-–—|｜]\s+|\s*[_|｜]\s*")
_UNSAFE = "&<>\"'\u00a0"  # characters HTML often writes as entities


class _Aligner:
    """Finds text nodes again in the raw source, in order, to recover their offsets."""

    def __init__(self, raw: str, start: int = 0) -> None:
        self.raw = raw
        self.cursor = start

    def locate(self, s: str) -> Mapped:
        i = self.raw.find(s, self.cursor)
        if i >= 0:
            self.cursor = i + len(s)
            return Mapped.of(s, i)
        # Entities (&amp; &nbsp; &#24037;) make the node differ from its source: map the
        # plain runs where they are found, and the rest to where the search stands.
        src: list[int] = []
        for run in re.finditer(rf"[^{re.escape(_UNSAFE)}]+|[{re.escape(_UNSAFE)}]", s):
            piece = run.group()
            j = self.raw.find(piece, self.cursor, self.cursor + 400 + 8 * len(piece))
            if j >= 0 and len(piece) > 0 and piece not in _UNSAFE:
                src.extend(range(j, j + len(piece)))
                self.cursor = j + len(piece)
            else:
                src.extend([self.cursor] * len(piece))
        return Mapped(s, src)


def _is_noise(tag: Tag, total: int) -> bool:
    noise = frozenset(w.lower() for w in words("html_noise"))
    attrs = [*tag.get("class", []), tag.get("id") or ""]
    parts = {p.lower() for a in attrs for p in _PARTS.split(str(a)) if p}
    if not parts & noise:
        return False
    return len(tag.get_text(" ", strip=True)) < 0.5 * total


def _block_text(pieces: list[Mapped]) -> Mapped:
    """Join a block's text nodes; a line break between Chinese characters is no space."""
    m = Mapped.join("", pieces)

    def space(mm: re.Match[str]) -> str:
        before = m.text[mm.start() - 1] if mm.start() else ""
        after = m.text[mm.end()] if mm.end() < len(m.text) else ""
        if "\n" in mm.group() and (_HAN.match(before or " ") or _HAN.match(after or " ")):
            return ""
        return " "

    return clean_line(fold_width(m.sub(_SPACE_IN_BLOCK, space)))


def _meta_date(soup: BeautifulSoup) -> str | None:
    keys = {w.lower() for w in words("html_date_meta")}
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


def read_html(raw: str) -> list[Document]:
    soup = BeautifulSoup(raw, "lxml")
    title = _title(soup, raw)
    url = _url(soup)
    date = _meta_date(soup)
    for c in soup.find_all(string=lambda s: isinstance(s, Comment)):
        c.extract()
    for t in soup.find_all(_DROP_TAGS):
        t.decompose()
    if soup.title is not None:
        soup.title.decompose()
    total = len(soup.get_text(" ", strip=True))
    for t in soup.find_all(_FURNITURE_TAGS):
        if not t.decomposed:
            t.decompose()
    # An HTML5 <header> often holds the article's own <h1> and date line: keep those.
    for t in soup.find_all("header"):
        if not t.decomposed and t.find(re.compile(r"^h[12]$")) is None:
            t.decompose()
    for t in soup.find_all(True):
        if t.decomposed:
            continue
        if t.has_attr("hidden") or _HIDDEN.search(str(t.get("style") or "")) or _is_noise(t, total):
            t.decompose()
    articles = soup.find_all("article")
    root: Tag = articles[0] if len(articles) == 1 else (soup.find("main") or soup.body or soup)
    body_at = re.search(r"<body\b", raw, re.I)
    aligner = _Aligner(raw, body_at.start() if body_at else 0)
    blocks: list[Block] = []
    pieces: list[Mapped] = []
    level: list[int | None] = [None]

    def flush() -> None:
        if pieces:
            text = _block_text(pieces)
            if text:
                blocks.append(Block(text, level=level[-1]))
            pieces.clear()

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if type(child) is NavigableString and str(child).strip():
                    pieces.append(aligner.locate(str(child)))
                continue
            if not isinstance(child, Tag):
                continue
            if child.name == "br":
                flush()
                continue
            if child.name in _BLOCK_TAGS:
                flush()
                h = _HEADING.match(child.name)
                level.append(int(h.group(1)) if h else level[-1])
                walk(child)
                flush()
                level.pop()
            else:
                walk(child)

    walk(root)
    flush()
    return [Document(blocks, title=title, date=date, date_rank=50 if date else 99, url=url, repair=False)]
