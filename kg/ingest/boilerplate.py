"""Site furniture and injected lines of web pages, told apart from article text.

Pages carry navigation (首页 > 工会动态 > 正文), a meta line (发布时间：… 来源：…
浏览次数：…), share bars, prev/next links, editors (责任编辑：…), footers (版权所有,
ICP备…) and on hacked sites injected gambling or contact spam.  Removing them line by
line, with the words kept in ``kg/data/lexicon/pages``, works for text copied from the web as
well as for HTML.  The meta line is not thrown away blind: it gives the date and,
through 来源, the outlet (kg.ingest.meta_lines).
"""

from __future__ import annotations

import functools
import re

from kg.ingest.bars import SPLIT_NAV, buttons, chevron_steps, furniture_bar
from kg.ingest.bylines import is_credit
from kg.ingest.shapes import is_prose
from kg.ingest.spam_lines import is_spam
from kg.ingest.staff_lines import staff_line
from kg.lexicon import alternation, entries
from kg.lexicon.chars import HAN_COMMON, PICTOGRAPHS

# Longer lines are prose, whatever words they contain.
MAX_FURNITURE_LEN = 150
# an e-paper's page label, maybe with its page buttons: 第A02版：要闻, 00003版:民生 上一版3 4下一版,
# 第1b版:要闻 (a page's second sheet), 当前版：02版 (the reader's page, as 当前位置 is the reader's place)
_PAGE_LABEL = re.compile(
    r"^\s*(?:当前版\s*[:：]\s*)?第?\s*[A-Za-z]?\d{1,5}[A-Za-z]?\s*版(?:\s*[:：]\s*|\s+)?(?:(?<=[:：\s])[^\s:：，。]{1,10})?"
)
# a number beside a button: a page's, or a count of reads or likes (阅读 1.2万, 点赞 36)
_COUNT = re.compile(r"^\d[\d.,]*[万千wWkK]?\+?次?$|^\d+|\d+$")
# a picture's file name left where the picture stood (image.png, IMG_0123.JPG)
_FILE_ONLY = re.compile(r"^\s*(?:[\w\-.()（） ]{1,60}\.(?:png|jpe?g|gif|webp|bmp|tiff?)|image|img)\s*$", re.I)
# a breadcrumb's arrows (首页 > 新闻, 首页 » 新闻, 首页 → 新闻 …) and the bars or slashes some
# sites put between its steps instead (首页 / 新闻, 首页 丨 新闻): those say less (a button bar
# and a date use them too), see is_breadcrumb
_CRUMB = re.compile(r"[>＞»›→⇒➔➜➤▶►〉]")
_CRUMB_BAR = re.compile(r"[/／\\|｜丨]")
_SYMBOLS_ONLY = re.compile(r"^[^\w\-－—–]+$")  # (a dash may stand for an empty field: kept)
_URL_ONLY = re.compile(r"^(?:(?:https?://|www\.)\S+\s*)+$", re.I)
# where a copied page had a picture: its file's name (image.png, IMG_2031.JPG) or the bare word
_HAN = re.compile(f"[{HAN_COMMON}]")
_CRUMB_STEP = re.compile(r"[\s|｜丨>＞»›→⇒➔➜➤▶►〉/／\\·•【】\[\]（）():：]+")  # a breadcrumb's steps, its label apart
_POSITION_LABEL = re.compile(r"位置\s*[:：]")  # 当前位置： / 您当前所在位置: before a breadcrumb
_LEAD_MARKS = re.compile(r"^[^\w“”「」（）()《》【】\[\]]+")  # arrows, bullets, emoji before a line's words
# a button's icon: emoji, arrows, carets (展开全文 ∨), a plus
_ICON = re.compile(f"[{PICTOGRAPHS}\u2190-\u21ff\u2228\u2304\u25b2-\u25c1\ufe40+＋]+")
_SECTION_LABEL = re.compile(r"^\s*[【\[][^】\]]{1,10}[】\]]\s*$")  # 【工会新闻】 over a web article
_LINK_BAR = re.compile(r"\s*[|｜丨]\s*|\u3000+|\s{2,}")  # between the links of a row (A ｜ B, A　　B)


def is_picture(line: str) -> bool:
    """A picture's file name (or the bare word) left where a copied page had the picture."""
    return _FILE_ONLY.match(line) is not None


def is_breadcrumb(line: str) -> bool:
    """首页 > 工会动态 > 正文, 当前位置：首页 > 要闻, 基层信息 >> 您所在位置:市总工会 > 正文:
    short steps between arrows, opened or closed by a navigation word or labelled as the
    reader's position — where the page's own header ends."""
    if len(line) > MAX_FURNITURE_LEN:
        return False
    arrows = _CRUMB.search(line) is not None
    if not arrows and _CRUMB_BAR.search(line) is None:
        return False
    nav = frozenset(entries("pages/nav_words.txt"))
    tokens = [t for t in _CRUMB_STEP.split(line) if t]
    # short steps; the last may be the article's own title (首页 » 要闻 » <headline>)
    if not tokens or any(len(t) > 12 for t in tokens[:-1]) or len(tokens[-1]) > 40:
        return False
    position = _POSITION_LABEL.search(line) is not None
    if not arrows:
        # steps between bars or slashes (首页 / 新闻中心 / 工会动态, 首页丨要闻): opened by the
        # site's home or the reader's position, and a step that is no button (a bar of
        # buttons, 首页 | 打印 | 关闭, or a share bar is furniture but no breadcrumb: what
        # stands above it may be the headline)
        home = tokens[0] in entries("pages/home_words.txt")
        return (home or position) and not all(buttons(t) for t in tokens)
    return tokens[0] in nav or tokens[-1] in nav or position or chevron_steps(line, tokens)


def is_furniture(line: str) -> bool:
    """Navigation, share bars, footers, URL-only lines, a picture's file name, the staff
    (责任编辑 王某) and spam: never article text (a picture's name glued to the next line would open its sentence)."""
    if not line or len(line) > MAX_FURNITURE_LEN:
        return False
    if _SECTION_LABEL.match(line) and not is_credit(line):  # (【记者 X】 is a byline)
        return True
    page = _PAGE_LABEL.match(line)
    # buttons and their numbers (3 上一篇 下一篇 4 放大 缩小), or a page label and its buttons;
    # a post's buttons wear icons (👍 点赞 126 ↗ 分享, +关注): the icons are no words
    tokens = [_COUNT.sub("", _ICON.sub("", t)) for t in SPLIT_NAV.split(line[page.end() :] if page else line) if t]
    if all(not t or buttons(t) for t in tokens) and (page or any(t for t in tokens)):
        return True
    if furniture_bar(line):
        return True
    if is_breadcrumb(line):
        return True
    low = line.lower()
    # (a post's prompt may open with an arrow or a bullet pointing at its button: ↑ 点击上方蓝字)
    bare = _LEAD_MARKS.sub("", low)
    if any(bare.startswith(p.lower()) for p in entries("pages/boilerplate_prefixes.txt")):
        return True
    if _SYMBOLS_ONLY.match(line):
        return True  # a close button or a rule (×, ***): no word at all
    if _URL_ONLY.match(line) or _FILE_ONLY.match(line) or post_label_line(line) or _end_mark().match(line):
        return True
    if _notice(line) or staff_line(line) or (opens_related_links(line) and _LINK_BAR.search(line)):
        return True
    if is_prose(line):
        return False
    return any(m.lower() in low for m in entries("pages/boilerplate_markers.txt")) or is_spam(line)


@functools.cache
def _end_mark() -> re.Pattern[str]:
    """—END—, - END -, （完）: where a post or a release ends, a mark alone on its line
    between dashes, spaces or brackets.  Left in, a repaired page glues it to the line
    above (a caption and its credit), whose credit then no longer closes the line."""
    deco = r"[\s\-－—–_=~·•*（）()【】\[\]]*"
    return re.compile(rf"^{deco}(?:{alternation('pages/end_marks.txt')}){deco}$", re.I)


def _notice(line: str) -> bool:
    """A copyright or reprint notice (文章版权声明：…转载请注明出处。, 未经授权不得转载): page
    furniture even when written as a sentence, when its first sentence holds the marker
    (a notice closing an article's last paragraph is left to the paragraph)."""
    if len(line) > 100:
        return False
    first = re.split(r"[。！？]", line, maxsplit=1)[0]
    return any(m in first for m in entries("pages/notice_markers.txt"))


@functools.cache
def post_label() -> re.Pattern[str]:
    """原创 某某 某某工会: a post's label and what follows it (``rest``)."""
    return re.compile(rf"^\s*(?:{alternation('pages/post_labels.txt')})(?:\s+(?P<rest>.*?))?\s*$")


def post_label_line(line: str) -> bool:
    """原创 某某 某某工会: a post's label and at most two names (author, account)."""
    m = post_label().match(line)
    return m is not None and (
        not m["rest"] or re.fullmatch(r"[^\s，,。：:]{2,16}(?:\s+[^\s，,。：:]{2,16})?", m["rest"]) is not None
    )


# one item of a site's menu: a bullet and a few words, no sentence
_MENU_ITEM = re.compile(r"^\s*[•·▪◦●○■□◆▶►\-*]\s*[^\s。！？，,；;：:]{1,14}\s*$")
_MENU_RUN = 3  # items in a row at least: fewer may be an article's own list


def menu_lines(lines: list[str]) -> set[int]:
    """Indices of a site's menu above the article (• 本会简介 / • 组织章程 / • 联系我们):
    a run of bulleted items of a few words each, before the page's first sentence.  Left
    in, the items are taken for the headline and its decks."""
    found: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, ""]):
        if _MENU_ITEM.match(line):
            run.append(i)
            continue
        if len(run) >= _MENU_RUN:
            found.update(run)
        run = []
        if is_prose(line):
            break
    return found


def opens_related_links(line: str) -> bool:
    """相关阅读： / 延伸阅读 …: the page's links to other articles start here.  A short line,
    or the label with its links on one line however many (相关链接：A ｜ B ｜ C ｜ D)."""
    t = _LEAD_MARKS.sub("", line.strip().lstrip("【[")).strip()  # (▼ 往期回顾 ▼)
    label = next((m for m in entries("pages/related_markers.txt") if t.startswith(m)), None)
    if label is None or is_prose(t):
        return False
    return len(t) <= 40 or _links_row(t[len(label) :])


_ENTRY_BULLET = re.compile(r"^\s*[·•▶►▸▪◆●○■□]")  # a list entry's bullet (▶ 某某活动)
_EXCLAIMS = re.compile(r"[！？!?][”’』」）)]*$")
_ENTRY_MAX = 40  # a headline's length at most: a paragraph is longer


def link_entry(line: str) -> bool:
    """▶ 喜讯！某某获评全国五一巾帼标兵！: one more entry of a list of links, though it ends
    like a sentence.  A post's headlines often exclaim, and each stands after its bullet, one
    line with no full stop inside; a paragraph of the article's (…。) ends the list."""
    t = line.strip()
    words = _LEAD_MARKS.sub("", t)
    if not words or len(words) > _ENTRY_MAX or "。" in words:
        return False
    return _ENTRY_BULLET.match(t) is not None or _EXCLAIMS.search(words) is not None


def _links_row(rest: str) -> bool:
    """After a links label, a row of two or more link titles between bars or wide spaces
    (：A ｜ B ｜ C): no sentence among them, each no longer than a headline.  A page's wide
    gaps may reach here folded to one space (友情链接：A B C, kg.ingest.normalize): a row
    without bars is split at its spaces."""
    rest = rest.lstrip(":： ")
    items = [i for i in _LINK_BAR.split(rest) if i]
    if len(items) < 2:
        items = rest.split()
    return len(rest) <= MAX_FURNITURE_LEN and len(items) >= 2 and all(len(i) <= 30 for i in items)
