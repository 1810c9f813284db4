"""A web page's meta line (发布时间：… 来源：… 作者：…, an account's line under a post's
title, a paper's print dateline): not thrown away as furniture but read, for the page's
date, outlet and author.

Split from kg.ingest.boilerplate (one idea per module: the page's furniture there)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kg.ingest.boilerplate import MAX_FURNITURE_LEN, post_label
from kg.ingest.briefs import is_column_label
from kg.ingest.bylines import author_credit
from kg.ingest.credit_grammar import grammar
from kg.ingest.dates import DATE_PATTERN, arabic_dates, parse_date
from kg.ingest.meta_bylines import dated_byline, source_people
from kg.ingest.post_dates import post_date_line
from kg.lexicon import alternation, entries
from kg.lexicon.chars import HAN_COMMON

_TIME = r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"


@dataclass(frozen=True)
class Meta:
    """What a meta line says: the date (with the rank of its label, lower is better)."""

    date: str | None = None
    date_rank: int = 99
    outlet: str | None = None
    author: str | None = None  # the value of 作者： (people or an organisation)
    bare: bool = False  # a date (and account) alone, no labelled field: a post's, not a site's
    posted: bool = False  # a platform's date line of a post (发布于 …): the page is one post


@functools.cache
def _labels() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    labels = "|".join(
        filter(
            None,
            (
                alternation("pages/date_labels.txt"),
                alternation("pages/source_labels.txt"),
                alternation("pages/meta_labels.txt"),
                alternation("pages/author_labels.txt"),
                alternation("credits/staff_labels.txt"),
            ),
        )
    )
    # a label may name the person (审核人：, 编辑人：); a page's category has a label of its
    # own making (通知类别：, 所属栏目：, 信息分类：)
    labels = rf"(?:{labels}|[{HAN_COMMON}]{{0,4}}(?:类别|栏目|分类))人?"
    # a label's colon; on WeChat posts a bar (来源｜某某日报 编辑｜某某)
    colon = r"(?:\s*[:：]|\s*[|｜丨](?=\s*[^\s|｜丨]))"
    # between fields: a bar or slash, or brackets round each field (【作者：X】【来源：Y】)
    sep = r"(?:[|｜丨/]|[】\]]?\s*[【\[])?"
    field = re.compile(
        rf"\s*{sep}\s*(?P<label>{labels}){colon}\s*"
        rf"(?P<value>.*?)(?=\s*{sep}\s*(?:{labels}){colon}|\s*[】\]]?\s*$)"
    )
    return field, frozenset(entries("pages/date_labels.txt")), frozenset(entries("pages/source_labels.txt"))


# a post's region may close its date line (2025-05-20 18:30 广东, …发表于广东)
_REGION = rf"(?:\s+(?:发表于)?[{HAN_COMMON}]{{2,3}}(?=\s*$))?"
_WEEKDAY = r"(?:\s*(?:星期|周)[一二三四五六日天])?"
# (the weekday may come before the clock, its zone after it: 2027年5月12日 星期三 14:05（温哥华时间）)
_ZONE = r"(?:\s*[（(][^（）()\s]{1,8}时间[)）])?"
_BARE_DATE = re.compile(rf"^\s*{DATE_PATTERN}{_WEEKDAY}{_TIME}{_ZONE}{_WEEKDAY}{_REGION}")
# a social-media account line under the title: account, date, time, the poster's region
# (深圳市南山区总工会  2025年05月20日 18:30 广东; 用户甲 - 2025/4/9 4:23:00 on a forum)
_ACCOUNT_LINE = re.compile(
    rf"^(?P<who>[^\s:：，,。！？]{{2,20}})(?:\s*[-–—|｜]\s*|\s+){DATE_PATTERN}{_TIME}{_REGION}\s*$"
)
# a paper's print dateline under a copied article: 《某某日报》(2024年05月26日 04版) — its date and outlet
_EDITION_LINE = re.compile(
    rf"^(?:来源[:：]\s*)?《(?P<who>[^《》\s]{{2,12}})》\s*[（(]?\s*{DATE_PATTERN}\s*(?:第?\s*\d{{1,3}}\s*版)?\s*[)）]?\s*$"
)
# the same line led by the reporters' names, no label (张三 李四  某某工人报  2026-03-13 12:06)
_PEOPLE_RUN = re.compile(r"[^\s:：，,。！？]{2,4}(?:[ \u3000]+[^\s:：，,。！？]{2,4})*")
_GAP = re.compile(r"[ \u3000]+")
# a bar of buttons in square brackets closing a meta line's last field
_BUTTONS_AFTER = re.compile(r"\s*[【\[][^】\]]*[】\]]?(?:\s*[【\[][^】\]]*[】\]]?)*\s*$")
# a date written after a field's value without a label of its own (作者：X 2019年04月24日 16:00),
# set off by a bar too, and a paper's page after it (来源：某某日报 | 2019年04月24日 | 第3版)
_TRAILING_DATE = re.compile(
    rf"(?:\s*[|｜丨]\s*|\s+){DATE_PATTERN}{_TIME}(?:(?:\s*[|｜丨]\s*|\s+)第\s*\d{{1,3}}\s*版)?\s*$"
)
# a mirror site's address glued before the meta line (//www.example.com2014-08-15 10:58 来源：…)
_URL_LEAD = re.compile(r"^(?:(?:https?:)?//|www\.)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*?\.[a-z]{2,6}(?=[\d\s])\s*")
_SPOKEN = re.compile(r"[？?！!]|，.*。$")  # a field's value that is a sentence someone says
ATTACHMENT = "附件"  # the label of a page's attached files, one field of its meta line
_INNER_LABEL = re.compile(rf"[{HAN_COMMON}]{{1,6}}\s*[:：]")


def _tools_after(value: str) -> str:
    """A field's value without the page's tools after it (…记者 X 扫一扫在手机打开当前页,
    glued or not: the page's markup set them apart, and copying lost the space)."""
    tools = tuple(entries("pages/boilerplate_prefixes.txt"))
    cut = next((i for i in range(1, len(value)) if value.startswith(tools, i)), None)
    return value if cut is None else value[:cut].rstrip()


def meta_line(line: str) -> Meta | None:
    """A line made only of labelled fields (and maybe a leading date), or None."""
    if len(line) > MAX_FURNITURE_LEN:
        return None
    field, date_labels, source_labels = _labels()
    text = arabic_dates(_URL_LEAD.sub("", line.strip()).lstrip("【[").strip())  # (二〇二四年十月廿八日)
    source = text[:1] in "（(" and text[-1:] in "）)" and text[1:].lstrip().startswith(tuple(source_labels))
    one = source and text.count("：") + text.count(":") == 1  # (not 报送单位：… 撰稿：X: an item's credits)
    text = text[1:-1].strip() if one else text  # （来源：某日报） closing a text: the page's source
    label = post_label().match(text)
    if label and label["rest"]:
        text = label["rest"]  # 原创 某某工会 2025-05-20 18:30: the account line after its label
    posted = post_date_line(text)
    if posted is not None:  # 某某工会 发布于 2026年11月29日 下午 3:42 · 公开
        return Meta(
            date=posted.date, date_rank=len(date_labels), outlet=posted.account, bare=True, posted=posted.labelled
        )
    account = _ACCOUNT_LINE.match(text) or _EDITION_LINE.match(text)
    if account and account["d"]:
        date = parse_date(text[account.start("y") :])
        return Meta(date=date, date_rank=len(date_labels), outlet=account["who"], bare=True)
    credited = _credited_account(text)
    if credited is not None:
        return credited
    date: str | None = None
    rank = 99
    pos = 0
    bare = _BARE_DATE.match(text)
    if bare:
        date, rank, pos = parse_date(bare.group()), len(date_labels), bare.end()
        dated = dated_byline(text[pos:])
        if dated is not None:
            return Meta(date=date, date_rank=rank, author=dated, bare=True)
    outlet: str | None = None
    author: str | None = None
    author_labels = frozenset(entries("pages/author_labels.txt"))
    fields = 0
    ranking = list(entries("pages/date_labels.txt"))
    while True:
        m = field.match(text, pos)
        if not m or m.end() == pos:
            break
        fields += m["label"] != ATTACHMENT  # (附件：….pdf alone is a list of files, no meta line)
        label, value = m["label"], m["value"].strip()
        value = _BUTTONS_AFTER.sub("", value)  # 作者：X 【大 中 小】【打印】: the buttons are no name
        value = _tools_after(value)  # 来源：某报 记者 X 扫一扫在手机打开当前页: nor the page's tools
        tail = _TRAILING_DATE.search(value)
        if tail and label not in date_labels:
            if date is None:
                date, rank = parse_date(tail.group().strip()), len(date_labels)
            value = value[: tail.start()].strip()
        if _SPOKEN.search(value):  # (记者：X主席，今年…？ a question of an interview: speech)
            return None
        inner = grammar().credit_label.sub("", value) if label in author_labels else value
        venue = label in date_labels and (nxt := field.match(text, m.end())) and nxt["label"] in source_labels
        if _INNER_LABEL.search(inner) and not venue:  # (作者：X 摄影：Y: the author's field names them all)
            return None  # an unknown field (地点：…): an event notice's (a site's between its date and source)
        if label in date_labels:
            d = parse_date(value)
            r = ranking.index(label)
            if d and r < rank:
                date, rank = d, r
        elif label in source_labels and value and outlet is None:
            outlet, *more = value.split(maxsplit=1)  # its reporters may follow (来源：某报 通讯员 X [文/图]), by role
            author = source_people(more[0]) if more and author is None else author
        elif label in author_labels and value:
            author = value if author is None else f"{author} {value}"  # 记者：X 通讯员：Y
        pos = m.end()
    rest = text[pos:].strip().rstrip("】]").strip()
    if bare and not fields and is_column_label(rest):
        rest = ""  # 2025-10-18 快讯: the date, then the column the item is filed under
    if rest or (fields == 0 and not bare):
        return None
    g = grammar()
    credited = g.labelled_tail.search(text) or g.label_tail.search(text)
    if date is None and outlet is None and author is None and credited:
        # 视频：某某现场 拍摄/剪辑：X: a caption and its credit, no page's fields (the anchor
        # may stand between: 视频｜某某成立 AI主播“某某”播报 拍摄/剪辑：某某融媒体中心 X)
        return None
    return Meta(date=date, date_rank=rank, outlet=outlet, author=author, bare=fields == 0)


def _credited_account(text: str) -> Meta | None:
    """张三 李四  某某工人报  2026-03-13 12:06: a web article's line of authors, outlet and
    date under the headline, when the words before the outlet are people's names -- or the
    account's name again, as a post prints its author field when the account wrote it."""
    for gap in _GAP.finditer(text, 0, 40):  # names are short: the outlet starts early
        people, rest = text[: gap.start()], text[gap.end() :]
        if not _PEOPLE_RUN.fullmatch(people):
            return None
        account = _ACCOUNT_LINE.match(rest)
        if account is None or not account["d"]:
            continue
        same = people == account["who"]  # (某某工会 某某工会 2024年11月06日: the account's name again)
        if not same and author_credit(people) is None:
            return None
        date = parse_date(rest[account.start("y") :])
        author = None if same else people
        return Meta(date=date, date_rank=len(_labels()[1]), outlet=account["who"], author=author, bare=True)
    return None
