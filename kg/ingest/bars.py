"""Bars of page furniture made of buttons: a site's button bars (首页 | 打印 | 关闭), an
e-paper's bars (its page labels in a row, the issue's date beside 往期回顾 or its number, the
paper's name beside 数字报 or spelt in capitals) a paper's imprint at the foot of its page
(主办：… 出版：… 地址：…), a release's contact line (查询：0000 0000（某小姐）), and the line
under a post naming who liked it beside its reaction buttons (👍 你、某某和其他 36 人).
Kept apart from :mod:`kg.ingest.boilerplate`, which drops them with the other furniture.
"""

from __future__ import annotations

import functools
import re

from kg.ingest.bar_rows import is_bar_row
from kg.ingest.dates import DATE_PATTERN, parse_date
from kg.lexicon import alternation, alternation_of, entries, table
from kg.lexicon.chars import HAN_COMMON

# what sets a bar's buttons apart: spaces, bars, arrows (◀上一版 下一版▶), brackets, colons
SPLIT_NAV = re.compile(r"[\s|｜丨>＞»›◀▶/·•【】\[\]（）():：]+")


@functools.cache
def _button_words() -> tuple[frozenset[str], int]:
    """Navigation words and the labels of a meta line's empty fields (浏览, 字号)."""
    found = frozenset(entries("pages/nav_words.txt")) | frozenset(entries("pages/meta_labels.txt"))
    return found, max(map(len, found))


@functools.cache
def buttons(token: str) -> bool:
    """A token made only of buttons: 首页, or several printed without a gap (浏览字号 = 浏览 +
    字号, 打印关闭), as sites run their button bars together.  One word of the list at
    least, each piece a word of it (a short token: the split is tried every way)."""
    known, longest = _button_words()
    if len(token) > 12:
        return False
    ok = [True] + [False] * len(token)  # ok[i]: token[:i] is made of buttons
    for i in range(1, len(token) + 1):
        ok[i] = any(ok[j] and token[j:i] in known for j in range(max(0, i - longest), i))
    return ok[-1]


# an e-paper's bar: its page labels one after another (第01版：要闻 第02版：综合 …), the
# issue's date and weekday beside its buttons (2025年09月12日 星期五 往期回顾 | PDF下载),
# or on its masthead with the lunar date (2025年12月02日 星期二 农历乙巳年十月十三)
_PAGE_LABELS = re.compile(r"第?\s*[A-Za-z]?\d{1,5}[A-Za-z]?\s*版(?:\s*[:：]\s*[^\s:：，。|｜]{1,10})?")
# (the lunar date may follow: 农历乙巳年十月十三, 农历十月十三)
_LUNAR = (
    r"(?:\s*农历[甲乙丙丁戊己庚辛壬癸]?[子丑寅卯辰巳午未申酉戌亥]?年?"
    r"[正一二三四五六七八九十冬腊]{1,2}月[初一二三四五六七八九十廿卅]{1,3})?"
)
_ISSUE_DATE = re.compile(rf"{DATE_PATTERN}(?:\s*(?:星期|周)[一二三四五六日天])?{_LUNAR}")
# the issue's running number a paper prints beside its date (第8763期, 总第1234期)
_ISSUE_NUMBER = re.compile(r"总?第\s*\d{1,6}\s*期")


def epaper_bar(line: str) -> bool:
    """A bar of an e-paper's furniture: its page labels in a row, the issue's date with
    the weekday, or the paper's name (an outlet's, 某某职工报) beside its edition buttons
    (数字报, 往期回顾) — with one button at least, two page labels, or one with the issue's
    date: no headline has them."""
    labels = len(_PAGE_LABELS.findall(line))
    rest = _ISSUE_NUMBER.sub(" ", _ISSUE_DATE.sub(" ", _PAGE_LABELS.sub(" ", line)))
    tokens = [t for t in SPLIT_NAV.split(rest) if t]
    pressed = [t for t in tokens if buttons(t)]
    # (a paper's name, the issue's date and one page label: 某某工人报 2027年3月8日 第2版)
    # (or the date with its weekday and the page's label alone: 2027年3月8日 星期三　第03版：基层工会)
    dated = _ISSUE_DATE.search(line)
    issued = labels == 1 and dated is not None and bool(tokens or re.search("星期|周", dated.group()))
    if not (pressed or labels >= 2 or issued or (not tokens and _masthead_dated(line))):
        return False
    return all(buttons(t) or _outlet_name(t) for t in tokens)


def _masthead_dated(line: str) -> bool:
    """The issue's date with its weekday and lunar date, or with the issue's number
    (2026年12月3日 星期四 第8763期), as an e-paper's masthead prints it: no article's line is
    only a date so told (a date and weekday alone may be an event notice's)."""
    m = _ISSUE_DATE.search(line)
    if m is None or not ("星期" in m.group() or "周" in m.group()):
        return False
    return "农历" in m.group() or _ISSUE_NUMBER.search(line) is not None


# a paper's name in Latin letters beside its Han name on the masthead (某某日报 MOUMOU RIBAO)
_LATIN_NAME = re.compile(r"[A-Z][A-Z\-']*(?:\s+[A-Z][A-Z\-']*)*")


def masthead(line: str) -> bool:
    """某某工人报 MOUMOU GONGRENBAO: a paper's masthead, its name (an outlet's) and the same
    name spelt in capitals.  No headline is an outlet's name."""
    parts = line.strip().split(maxsplit=1)
    return len(parts) == 2 and _outlet_name(parts[0]) and _LATIN_NAME.fullmatch(parts[1].strip()) is not None


@functools.cache
def _outlet_name(token: str) -> bool:
    """A paper's or site's name (某某职工报, 某某日报): Han characters ending in an outlet's head."""
    heads = alternation("credits/outlet_heads.txt")
    return re.fullmatch(rf"[{HAN_COMMON}]{{1,10}}?(?:{heads})", token) is not None


def bar_date(line: str) -> str | None:
    """The issue's date an e-paper's bar prints beside its buttons, or None."""
    m = _ISSUE_DATE.search(line) if epaper_bar(line) else None
    return parse_date(m.group()) if m else None


def bar_outlets(line: str) -> list[str]:
    """The papers' names on an e-paper's bar (某某日报 2024年6月1日 第A3版): whose page it is."""
    return [t for t in SPLIT_NAV.split(line) if t and _outlet_name(t)] if epaper_bar(line) else []


@functools.cache
def _imprint() -> tuple[re.Pattern[str], frozenset[str]]:
    rows = table("pages/imprint_labels.tsv")
    labels = alternation_of(r[0] for r in rows)
    field = re.compile(rf"\s*(?P<label>{labels})\s*[:：]\s*(?P<value>.*?)(?=\s+(?:{labels})\s*[:：]|\s*$)")
    return field, frozenset(r[0] for r in rows if r[1] == "imprint")


_PUBLISHER = re.compile(rf"\s*[{HAN_COMMON}]{{2,12}}?(?:报社|杂志社|出版社)(?:编辑)?出版\s+")


def imprint_line(line: str) -> bool:
    """主办：某某总工会 出版：某某报社 地址：… 广告热线：…: the paper's imprint at the foot of
    its page, two labelled fields or more, one of them a publisher's or a contact's (the
    bodies and places it names are the paper's, no news; 主办：X 承办：Y alone may be an
    event notice's, and stays)."""
    field, imprint = _imprint()
    publisher = _PUBLISHER.match(line)  # 某某报社出版 社址：… (the publisher named first)
    pos, labels = (publisher.end(), ["出版"]) if publisher else (0, [])
    while pos < len(line):
        m = field.match(line, pos)
        if m is None or m.end() == pos or not m["value"]:
            return False
        labels.append(m["label"])
        pos = m.end()
    return len(labels) >= 2 and any(label in imprint for label in labels)


# a telephone number: digits with spaces, dashes or an extension (0000-1234567转8, 2345 6789)
PHONE = r"\+?[\d(（][\d\s\-－—()（）转]{5,24}\d"


@functools.cache
def _contact() -> re.Pattern[str]:
    labels = alternation("pages/contact_labels.txt")
    # whom to ask may follow, in brackets or not (（某小姐）, 某先生)
    who = r"(?:\s*[（(][^（）()]{1,12}[)）]|\s+[^\s\d]{1,6})?"
    return re.compile(rf"^\s*(?:{labels})\s*[:：]\s*(?:[^\s\d:：，。]{{1,6}}\s*)?{PHONE}{who}\s*$")


@functools.cache
def _contact_field() -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:{alternation('pages/contact_labels.txt')})\s*[:：]\s*\S")


def contact_field(line: str) -> bool:
    """联系单位：某某部, 联系人：X，电话：…: a field of whom to contact, as a reply letter closes
    with them (over its signer and date): a field, no headline of another article."""
    return ("：" in line or ":" in line) and _contact_field().match(line) is not None


def contact_line(line: str) -> bool:
    """查询：2345 6789（某小姐）, 联系电话：0000-1234567: whom to call about a release or a
    notice, no news (the person asked for acts in none of it)."""
    return _contact().match(line) is not None


# who reacted to a post: a bar of reaction marks or "you" before the names, and a count of
# the others (👍❤️ 你、某某和其他 236 人), or names before a count that says what they did
# (某某等 36 人觉得很赞, 某某等12人赞过)
_OTHERS = re.compile(r"^(?:[^\w\s]+\s*|你、)\S.*(?:和|及|与)其他\s*\d[\d,]*\s*(?:人|位)$")
_LIKED = re.compile(r"等\s*\d[\d,]*\s*(?:人|位)(?:觉得很赞|赞过|点赞|在看)$")


def reactions_line(line: str) -> bool:
    """Who liked a post, under it: the readers named before a count of the others.  A
    list of the article's people ends otherwise (张三、李四等12人): these are no one in
    the report."""
    t = line.strip()
    return len(t) <= 60 and not re.search(r"[。！？]", t) and (_OTHERS.match(t) or _LIKED.search(t)) is not None


# a site's menu: its sections' names between bars, perhaps after the channel's name and a
# colon (某某频道：要闻 | 州市 | 县域 | 民生 | 文旅)
_MENU_BAR = re.compile(r"\s*[|｜丨]\s*")
_MENU_LABEL = re.compile(rf"^[{HAN_COMMON}]{{2,8}}\s*[:：]\s*")
_MENU_ITEM = re.compile(rf"[{HAN_COMMON}]{{1,6}}|[A-Za-z][A-Za-z ]{{1,11}}")
_SECTION = re.compile(rf"[{HAN_COMMON}]{{2}}|[A-Za-z][A-Za-z ]{{1,11}}")


def menu_row(line: str) -> bool:
    """首页 | 新闻 | 时政 | 财经 | 社会 | English: five items or more between bars, each a
    word of a few characters, most of them two (a section's name: 要闻, 州市, 民生).  A
    row of headlines has long items and a list of people three-character ones; neither
    is a menu, nor is a table's row, opened and closed by its bars (|序号|姓名|单位|)."""
    if is_bar_row(line):
        return False
    items = [t for t in _MENU_BAR.split(_MENU_LABEL.sub("", line.strip(), count=1)) if t]
    if len(items) < 5 or not all(_MENU_ITEM.fullmatch(t) for t in items):
        return False
    return sum(1 for t in items if _SECTION.fullmatch(t)) * 5 >= len(items) * 3


_CHEVRONS = re.compile(r"\s*(?:>>?|＞＞?|»|›)\s*")
_STEP = re.compile(rf"[{HAN_COMMON}A-Za-z0-9]{{1,8}}")


def chevron_steps(line: str, tokens: list[str]) -> bool:
    """国讯网 >> 云南频道 >> 州市 >> 丽江: three steps or more between chevrons, each a short
    name (a site, a channel, a section), whatever their words — a breadcrumb.  An arrow
    (→) between steps may be a process in an article (报名→审核→公示): not read here."""
    steps = [t for t in _CHEVRONS.split(line.strip()) if t]
    return len(steps) >= 3 and len(steps) == len(tokens) and all(_STEP.fullmatch(t) for t in steps)


def furniture_bar(line: str) -> bool:
    """Any of the bars above: a menu, an e-paper's bar or masthead, an imprint, a contact
    line, a post's reactions."""
    return (
        menu_row(line)
        or epaper_bar(line)
        or masthead(line)
        or imprint_line(line)
        or contact_line(line)
        or reactions_line(line)
    )


# a broadcast's programme line: its name in 《》, the day it went out (its weekday perhaps
# in brackets) and the slot's hours (《新闻晚高峰》 2027年7月20日（星期二）17:00—18:30)
_AIRED = re.compile(
    rf"^\s*《[^《》\n]{{2,20}}》\s*(?P<day>{DATE_PATTERN})\s*[（(]?(?:星期|周)?[一二三四五六日天]?[)）]?"
    r"\s*\d{1,2}[:：]\d{2}\s*[—\-–~～至]+\s*\d{1,2}[:：]\d{2}\s*$"
)


def aired_date(lines: list[str]) -> str | None:
    """The air date of a programme's replay page, from its programme line: the day its
    今天/昨天 count from (an upload date below it says when the file went up, not when the
    programme was on air), or None."""
    for line in lines:
        m = _AIRED.match(line)
        if m is not None:
            return parse_date(m.group("day"))
    return None
