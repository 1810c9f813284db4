"""Boxes of a parsed HTML page that hold no text of its article, besides those whose class
says furniture (:mod:`kg.ingest.html`): boxes a browser does not show, a list of links
under the heading that names it, and a form control's box with its labels (日期检索：).

Hidden: the ``hidden`` attribute; an inline style that hides the box (display:none,
visibility:hidden, a font too small to read, white on white) or puts it off the screen
(left:-3000px, text-indent:-9999px, clip:rect(0 0 0 0)); a class the page's own
``<style>`` hides (.hide{display:none}, unless another of its rules shows it again, as
tabs do), or one of the hiding classes of common templates
(``kg/data/lexicon/pages/hidden_classes.txt``: hide, sr-only).  Injected spam, a stale
attachment, a retired sidebar box hide so: what an ordinary browser does not show is no
text of the page.  But a page's body that its own script reveals after loading is saved
hidden: a WeChat article's ``js_content`` (``script_shown.txt``), or any hidden box that
holds the page's prose (most of its text, with sentences in it).  That is kept; and the
WeChat page's script carries its publication time (``var ct = "<unix time>"``).  So is a
folded article's rest: the box hidden right after its control (展开全文 ∨, 剩余80%,
``pages/fold_marks.txt``), shown when the reader taps it.

A list of links under a heading that names it (本版标题导航, 相关新闻, 热点信息) is the
page's links to other pages: an e-paper lists its page's other headlines so, each of
which, read as text, would head an article of its own.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re

from bs4 import BeautifulSoup, NavigableString, Tag

from kg.lexicon import alternation, entries

# Inline styles that hide text from readers: injected spam often hides this way.
_HIDDEN = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*[01](?:\.\d+)?px"
    r"|(?<![-\w])color\s*:\s*(?:#fff(?:fff)?|white)\b.*font-size\s*:\s*[0-2]px",
    re.I,
)
# ... or that put the box far off the screen (a thousand pixels or ems out), or clip it away
_OFF_SCREEN = re.compile(
    r"(?<![-\w])(?:left|top|right|margin-left|margin-top|text-indent)\s*:\s*-\s*(?:\d{4,}|9\d\d)(?:\.\d+)?(?:px|em|rem)?\b"
    r"|clip\s*:\s*rect\(\s*0(?:px)?[\s,]+0|(?<![-\w])opacity\s*:\s*0(?:\.0+)?\s*(?:;|!|$)"
    # (a box shut to no height, its overflow hidden: height:0;overflow:hidden)
    r"|(?<![-\w])height\s*:\s*[01](?:px)?\s*;(?=.*overflow\s*:\s*hidden)"
    r"|overflow\s*:\s*hidden\s*;.*(?<![-\w])height\s*:\s*[01](?:px)?\s*(?:;|!|$)",
    re.I,
)
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_MEDIA = re.compile(r"@[^{};]+\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}")  # (@media print {…}: not the screen's)
_HIDES = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SHOWS = re.compile(r"display\s*:\s*(?!none)[a-z]|visibility\s*:\s*visible", re.I)
_CLASS_RULE = re.compile(r"\s*(?:[a-z][a-z0-9]*)?\.([\w-]+)\s*", re.I)
_CLASS_IN = re.compile(r"\.([\w-]+)")
_SENTENCE = re.compile(r"[。！？]")
_HEADING = re.compile(r"^h[1-6]$")
_DECOR = re.compile(r"^[\s★☆◆◇■□●○▌|【\[〖『「]+|[\s★☆◆◇■□●○】\]〗』」:：>»]+$")
_NOT_WORDS = re.compile(r"[\s\d\W_]+")  # dates, bars and dots between links
# var ct = "1690000000": a WeChat page's publication time in its script
_WECHAT_TIME = re.compile(r"\bvar\s+ct\s*=\s*[\"'](\d{10})[\"']")
_CHINA = dt.timezone(dt.timedelta(hours=8))


@functools.cache
def _hiding_classes() -> frozenset[str]:
    return frozenset(w.lower() for w in entries("pages/hidden_classes.txt"))


@functools.cache
def _shown_names() -> frozenset[str]:
    return frozenset(w.lower() for w in entries("pages/script_shown.txt"))


def styled_hidden(soup: BeautifulSoup) -> frozenset[str]:
    """The classes the page's own ``<style>`` hides on the screen (.hide{display:none}),
    but no class another of its rules shows (.tab{display:none} .tab.on{display:block})."""
    hides: set[str] = set()
    shows: set[str] = set()
    for style in soup.find_all("style"):
        css = _MEDIA.sub("", style.get_text())
        for selectors, body in _RULE.findall(css):
            if _SHOWS.search(body):
                shows.update(c.lower() for c in _CLASS_IN.findall(selectors))
            if _HIDES.search(body):
                for s in selectors.split(","):
                    m = _CLASS_RULE.fullmatch(s)
                    if m:
                        hides.add(m[1].lower())
    return frozenset(hides - shows)


def is_hidden(tag: Tag, page_hides: frozenset[str]) -> bool:
    """Does a browser not show ``tag`` (by attribute, inline style or class)?"""
    if tag.has_attr("hidden") or str(tag.get("aria-hidden") or "").lower() == "true":
        return True  # (aria-hidden: no content, a template's strings or a floating box)
    style = str(tag.get("style") or "")
    if _HIDDEN.search(style) or _OFF_SCREEN.search(style):
        return True
    classes = {str(c).lower() for c in tag.get("class", [])}
    return bool(classes & (_hiding_classes() | page_hides))


def shown_by_script(tag: Tag, held: int, total: int) -> bool:
    """A hidden box the page's script reveals: a known body's (js_content), or one holding
    the page's prose (``held``, its text's length, at least half the page's ``total``)."""
    names = {str(c).lower() for c in tag.get("class", [])} | {str(tag.get("id") or "").lower()}
    if names & _shown_names():
        return True
    return held >= 0.5 * total > 0 and _SENTENCE.search(tag.get_text()) is not None


_CONTROL_MAX = 40  # 展开全文 ∨　打开APP阅读全文, 剩余80%未读，点击展开
_LOOK = 40  # strings of a box read to tell a control or prose (a page may nest boxes deep)


@functools.cache
def _fold_marks() -> re.Pattern[str]:
    return re.compile(alternation("pages/fold_marks.txt"))


def _start(tag: Tag, limit: int) -> str:
    """The first ``limit`` strings of ``tag``, run together without spaces."""
    return re.sub(r"\s+", "", "".join(itertools.islice(tag.strings, limit)))


def _fold_control(tag: Tag) -> bool:
    """A fold's control: a short box with a fold mark (展开全文, 剩余80%) and no sentence."""
    text = _start(tag, _LOOK)
    return 0 < len(text) <= _CONTROL_MAX and not _SENTENCE.search(text) and _fold_marks().search(text) is not None


def unfold(soup: BeautifulSoup, page_hides: frozenset[str]) -> set[int]:
    """``id`` of each hidden box that is a folded article's rest, its control taken out: a
    share page or a news app shows the first paragraphs, a control (展开全文 ∨, 阅读全文,
    点击展开, 剩余N%) and keeps the rest in a box hidden until the reader taps it.  The box
    right after that control (no text between), holding sentences, is the article's; hidden
    boxes elsewhere (an app-only promotion, a template's strings) stay none.  Asked before a
    furniture box (a ``<button>``) goes, as the control may be one."""
    out: set[int] = set()
    folds: list[Tag] = []
    for tag in soup.find_all(True):
        if not is_hidden(tag, page_hides):
            continue
        before = tag.previous_sibling
        while before is not None and not (isinstance(before, Tag) or str(before).strip()):
            before = before.previous_sibling
        if isinstance(before, Tag) and _fold_control(before) and _SENTENCE.search(_start(tag, _LOOK)):
            out.add(id(tag))
            folds.append(before)
    for control in folds:
        control.decompose()
    return out


def script_time(raw: str) -> str | None:
    """The publication date a WeChat page's script carries (var ct = "<unix time>"), on a
    page with such a body only (a short name like ``ct`` means nothing elsewhere)."""
    if not any(n in raw for n in _shown_names()):
        return None
    m = _WECHAT_TIME.search(raw)
    if m is None:
        return None
    return dt.datetime.fromtimestamp(int(m[1]), _CHINA).date().isoformat()


@functools.cache
def _list_labels() -> tuple[frozenset[str], tuple[str, ...]]:
    exact = frozenset(entries("pages/nav_words.txt")) | frozenset(entries("pages/contents_heads.txt"))
    return exact, tuple(entries("pages/related_markers.txt"))


def _names_links(heading: Tag) -> bool:
    """A heading that names a list of links (本版标题导航, 【相关新闻】, 热点信息)."""
    text = _DECOR.sub("", heading.get_text(" ", strip=True))
    exact, opening = _list_labels()
    if not text or len(text) > 8:
        return False
    # (本版标题导航 ends as 标题导航 does: a page's own list named by the page)
    return text in exact or text.startswith(opening) or any(len(w) >= 4 and text.endswith(w) for w in exact)


def link_box(heading: Tag) -> Tag | None:
    """The box ``heading`` names as a list of links: its parent, when two links or more
    stand in it and, besides the heading, nothing but links (and their dates, bars)."""
    box = heading.parent
    if not isinstance(box, Tag) or box.name in ("body", "html", "main", "article") or not _names_links(heading):
        return None
    links = [a for a in box.find_all("a") if a.get_text(strip=True)]
    if len(links) < 2:
        return None
    for s in box.find_all(string=True):
        if not isinstance(s, NavigableString) or not _NOT_WORDS.sub("", str(s)):
            continue
        if s.find_parent("a") is None and not any(p is heading for p in s.parents):
            return None
    return box


_CONTROLS = ("select", "input")
_CONTROL_LABEL_MAX = 16  # 日期检索：年 月 日, 站内搜索：


def control_box(control: Tag) -> Tag | None:
    """The box a form control stands in with only its labels and links beside it (日期检索：
    <select>年 <select>月 … 上一期 下一期: an e-paper's date picker): no text of the page."""
    box = control.parent
    if not isinstance(box, Tag) or box.name in ("body", "html", "main", "article", "form"):
        return None
    own = "".join(
        str(s) for s in box.find_all(string=True) if s.find_parent(("a", "select", "option", "button")) is None
    )
    own = re.sub(r"\s+", "", own)
    return box if len(own) <= _CONTROL_LABEL_MAX and not _SENTENCE.search(own) else None


def controls(soup: BeautifulSoup) -> list[Tag]:
    return soup.find_all(_CONTROLS)


def is_heading(tag: Tag) -> bool:
    return _HEADING.match(tag.name or "") is not None
