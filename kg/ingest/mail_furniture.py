"""A web-mail page's furniture around the mail it shows (a forwarded release, a notice).

The client prints its bars (收信 写信 通讯录, 返回 回复 转发 删除 上一封 下一封), an ad, then
each mail's header (发件人：某某 <a@b> / 发送时间：… / 收件人：… / 抄送：… / 主题：… / 附件：…),
a separator before the quoted mail (-------- 原始邮件 --------), the disclaimer (本邮件及其附件…)
and the client's prompts and footer.  The header names the mail's route, not its news: its
recipients, read as text, became unions and people of the story.  The forward's note and
the quoted mail's text stay.
"""

from __future__ import annotations

import functools
import re

from kg.ingest.bars import SPLIT_NAV, buttons
from kg.ingest.boilerplate import MAX_FURNITURE_LEN
from kg.lexicon import alternation_of, entries, table

_NOTICE_LEN = 240  # a disclaimer is a paragraph of its own, a sentence or three
_COUNT = re.compile(r"[（(]\d+[)）]|\d+$")  # a folder's count: 收件箱（36）
_MARKS = re.compile(r"[▾▼▸►>»\-—=─━_*·•]+")


@functools.cache
def _header() -> tuple[re.Pattern[str], frozenset[str]]:
    rows = table("pages/mail_headers.tsv", header=True)
    labels = alternation_of(r[0] for r in rows)
    pattern = re.compile(rf"^\s*(?P<label>{labels})\s*[:：]", re.I)
    return pattern, frozenset(r[0].lower() for r in rows if r[1] == "sender")


def _header_label(line: str) -> str | None:
    m = _header()[0].match(re.sub(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])", "", line))
    return m["label"].lower() if m else None


def mail_header_lines(lines: list[str]) -> set[int]:
    """Indices of a mail's header: a run of header-labelled lines holding a sender's
    (发件人：, From:) — a lone 时间：… or 主题：… elsewhere is another page's field."""
    found: set[int] = set()
    run: list[int] = []
    sender = False
    for i, line in enumerate([*lines, ""]):
        label = _header_label(line) if len(line) <= 2 * MAX_FURNITURE_LEN else None
        if label is not None:
            run.append(i)
            sender = sender or label in _header()[1]
            continue
        if sender and len(run) >= 2:
            found.update(run)
        run, sender = [], False
    return found


_STARS = re.compile(r"[\s★☆⭐🚩!！]+$")


def subject_lines(lines: list[str], header: set[int]) -> set[int]:
    """Indices of a mail's subject shown over its header (转发：【新闻稿】某某 ★ over 主题：转发：
    【新闻稿】某某): the client's title of the mail, not a headline of the text under it."""
    subjects = set()
    for i in header:
        m = re.match(r"^\s*(?:主[ \u3000]*题|Subject)\s*[:：]\s*(?P<value>.+?)\s*$", lines[i], re.I)
        if m:
            subjects.add(_STARS.sub("", m["value"]))
    return {i for i, line in enumerate(lines) if i not in header and _STARS.sub("", line.strip()) in subjects}


def mail_sender(line: str) -> str | None:
    """发件人：某某区总工会办公室 <a@b>: the sender's name, whose mail it is (as a page's 来源
    says whose page it is); None for any other line."""
    label = _header_label(line)
    if label is None or label not in _header()[1]:
        return None
    value = re.sub(r"<[^>]*>|[\"“”]", "", re.split(r"[:：]", line, maxsplit=1)[1]).strip()
    return value or None


def mail_bar(line: str) -> bool:
    """返回 回复 回复全部 转发 删除 上一封 下一封, 收件箱（36） 草稿箱 已发送: a client's bar,
    its buttons and folders alone (a site's buttons may stand among them); an address
    or two beside them (a@b.example | 设置 | 退出)."""
    words = frozenset(entries("pages/mail_client_words.txt"))
    tokens = [_COUNT.sub("", _MARKS.sub("", t)) for t in SPLIT_NAV.split(line) if t.strip()]
    tokens = [t for t in tokens if t and "@" not in t and t not in ("|", "｜")]
    known = [t for t in tokens if t in words or buttons(t)]
    if not any(t in words for t in tokens):
        return False
    # the client's name may lead its bar (某某邮 · 政务邮箱 收信 写信 通讯录)
    others = [t for t in tokens if t not in known]
    return not others or (len(known) >= 3 and len(others) <= 2 and all(len(t) <= 8 for t in others))


# a contact field of a signature: 电话：0851-2861×××, 手机：139××××2716, 地址：…, 邮箱：…
_CONTACT = re.compile(r"^\s*(?:电话|手机|座机|传真|地址|邮编|邮箱|电子邮箱|E-?mail)\s*[:：]", re.I)
_MASKED_PHONE = re.compile(r"\d[\d\-－×*xX]{6,}")


def signature_contact_lines(lines: list[str]) -> set[int]:
    """Indices of a signature's contact block (电话：… 手机：… / 地址：…): a run of contact
    fields, one with a telephone number (digits maybe masked: 139××××2716).  The address
    is the sender's desk, no place of the news."""
    found: set[int] = set()
    run: list[int] = []
    phone = False
    for i, line in enumerate([*lines, ""]):
        if _CONTACT.match(line) and len(line) <= MAX_FURNITURE_LEN:
            run.append(i)
            phone = phone or _MASKED_PHONE.search(line) is not None
            continue
        if phone:
            found.update(run)
        run, phone = [], False
    return found


# a reply's line over the quoted mail: 在 2027年6月9日 16:52，某某 <a@b> 写道：, On … wrote:
_QUOTE_INTRO = re.compile(r"(?:<[^>]*@[^>]*>|\S+@\S+).{0,20}(?:写道|wrote)\s*[:：]\s*$", re.I)


def mail_notice(line: str) -> bool:
    """本邮件及其附件含有…内部信息…如果您错收了本邮件…, 快速回复：点击此处…, --- 原始邮件 ---:
    a mail's own end matter, told by a marker in its first sentence; a reply's line over
    the quoted mail (…某某 <a@b> 写道：)."""
    if len(line) > _NOTICE_LEN:
        return False
    if "@" in line and _QUOTE_INTRO.search(line):  # the test first: the pattern backtracks on long lines
        return True
    first = re.split(r"[。！？!?]", line, maxsplit=1)[0].lower()
    return any(m in first for m in _notice_markers())


@functools.cache
def _notice_markers() -> tuple[str, ...]:
    return tuple(m.lower() for m in entries("pages/mail_notices.txt"))
