"""A printed official document (公文) read as printed: its header, title and furniture.

A union's 通知, 通报 or 决定 is printed in a fixed form, and a scan or a PDF of it keeps the
form as lines: the red header (某某总工会文件) and the document number (某工发〔2027〕12号)
above a rule, the title centred over two to four lines (issuer / 关于… / 的通报), the
addressees closed by a colon (各乡镇总工会，县直各单位工会：), then the text; under it the
issuer's seal, whose characters OCR spaces out (同 心 县 总 工 会 (章)), the page numbers
between dashes (— 1 —, —2—) and the end matter (抄送：… wrapped over two lines, 印发, 共印N份).

Only the title is the document's own words about itself: its lines are one headline.  The
header, the number, the addressees, the seal and the page numbers say whose paper it is
and where a page ended; left in, a page number glues to the line it interrupts, the seal
and the addressees read as bodies of the story, and each title line heads an article.
"""

from __future__ import annotations

import functools
import re

from kg.ingest.document import Block, Document, without
from kg.ingest.shapes import is_prose
from kg.ingest.textmap import Mapped
from kg.lexicon import alternation
from kg.lexicon.chars import HAN

# 同工发〔2027〕12号, 兰三中工字[2026]5号, 某发（2026）3号: an issuer's short form, the year, the number
# (a report to a higher body names who signed it off on the same line: 签发人：某某)
# (minutes print it under the title, labelled: 纪要编号：某纪〔2027〕4号　签发：某某)
_NUMBER = re.compile(
    rf"^(?:[{HAN}]{{0,4}}(?:编号|文号)\s*[:：]\s*)?"
    rf"[{HAN}]{{1,12}}[〔\[［(（]\d{{4}}[〕\]］)）]\s*第?\s*\d{{1,4}}\s*号(?:\s+签发人?\s*[:：]\s*[{HAN}·]{{2,6}})?$"
)
_RED_WORD = "文件"
_RED_HEAD = re.compile(rf"^[{HAN}（）()]{{2,40}}{_RED_WORD}$")
# a congress's paper's number among the meeting's papers (大会文件之六, 会议材料之三): the file's, no title
_PAPER_NUMBER = re.compile(rf"^[{HAN}]{{0,12}}(?:文件|材料)之\s*[一二三四五六七八九十\d]{{1,3}}$")
# — 1 —, —2—, - 3 -, －4－, 第2页 共3页: a page's number, alone on its line
_PAGE_NUMBER = re.compile(r"^[-－—–]+\s*\d{1,3}\s*[-－—–]+$|^第\s*\d{1,3}\s*页(?:\s*[，,/]?\s*共\s*\d{1,3}\s*页)?$")
# the seal's line: the issuer's name (its characters spaced apart by OCR) and (章)
_SEAL = re.compile(rf"^[{HAN}\s（）()]{{2,60}}[（(]\s*(?:印?章|盖章)\s*[)）]$")
# a note in brackets on how the paper is published: （此件公开发布）, (此件不公开)
_PUBLISHED = re.compile(r"^[（(]此件[^（）()]{2,8}[)）]$")
# a note in brackets over a copy of the paper, on how it was copied (（本件据原件扫描件录入，…）)
_COPY_NOTE = re.compile(r"^[（(][^（）()]{6,80}[)）]$")
_RULE = re.compile(r"^[━─—\-=＝_＿]{4,}$")
_PHONE = re.compile(r"\d[\d\-－ ]{6,}")
_ADDRESSEES_END = re.compile(r"[：:]$")
_TITLE_MAX = 40  # a title line longer than this is prose
_TITLE_LINES = 5


@functools.cache
def _genre() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation('pages/document_genres.txt')})(?:{_EDITION_NOTE})?$")


# （节选）, （征求意见稿）: which version of the document is printed, after its title's genre
_EDITION_NOTE = rf"\s*[（(](?:{alternation('pages/edition_notes.txt')})[)）]"
# a periodical's running head: its name in title marks, the issue (2027年第3期, （总第58期）) and
# maybe the section (·调查研究·); printed over each page, it is no title and no text
_ISSUE_HEAD = re.compile(
    rf"^《[^》\n]{{2,20}}》\s*(?:\d{{4}}\s*年\s*)?第\s*\d{{1,3}}\s*期(?:\s*[（(]总第\s*\d{{1,4}}\s*期[)）])?"
    rf"(?:\s+[·•【\[]?[{HAN}]{{2,8}}[·•】\]]?)?$"
)


@functools.cache
def _list_label() -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:{alternation('pages/distribution_labels.txt')})\s*[:：]")


@functools.cache
def _contact() -> re.Pattern[str]:
    """(联系人：某部 某某，电话：0953-8021635): whom to ask, in brackets under the text."""
    return re.compile(rf"^[（(]\s*(?:{alternation('pages/contact_labels.txt')})\s*[:：].*[)）]$")


def read_official(doc: Document) -> None:
    """Drop page numbers, running heads and seal lines, close wrapped distribution lines; when the
    document opens with a 公文's header or title, take the title lines as its title and
    drop the header and the addressees."""
    blocks = _join_open_lists(doc.blocks)
    drop = {i for i, b in enumerate(blocks) if _furniture(b.text.text.strip())}
    # the issuer's name signed over its seal: a short line directly above the seal's
    drop |= {i - 1 for i in drop if i > 0 and _SEAL.match(blocks[i].text.text.strip()) and _signature(blocks, i)}
    blocks = without(blocks, drop | _running_numbers(blocks))
    if doc.title is None and not doc.one_article:
        shown = _shown_header(blocks)
        titled = _title(doc, blocks[shown:]) if shown else []
        blocks = titled if doc.title is not None else _title(doc, blocks)
    doc.blocks = blocks


# how far down a page showing a document its header may stand (a system's menus, user bar and
# register fields over it)
_SHOWN_MAX = 30


def _shown_header(blocks: list[Block]) -> int:
    """Where a 公文 shown inside another page opens (an office system's view of a received
    document, a portal's copy of it): its red head (X文件) with the document number straight
    under it, below lines that are no sentence -- the system's menus, its user bar and the
    fields it registers the document under (文件标题：…, 发文字号：…, 登记人：X).  Those lines are
    the system's, no text of the document: its user is no one the document names.  0 when
    the page shows none (or opens with it: read as a 公文 is)."""
    for k, b in enumerate(blocks[: _SHOWN_MAX + 1]):
        t = b.text.text.strip()
        if is_prose(t):
            return 0  # (a text above it: the page's own article)
        if k > 0 and k + 1 < len(blocks) and _RED_HEAD.match(t) and _NUMBER.match(blocks[k + 1].text.text.strip()):
            return k
    return 0


def _running_numbers(blocks: list[Block]) -> set[int]:
    """A later page's running head: the header's document number (某工发〔2028〕9号) said
    again below the top, and the issuer's name right over it (通化市总工会): no line of the
    text, where it cuts a paragraph or stands over a page's first line like a signature."""
    top = [b.text.text.strip() for b in blocks[:4]]
    number = next((t for t in top if _NUMBER.match(t)), None)
    if number is None:
        return set()
    first = top.index(number)
    again = [i for i, b in enumerate(blocks) if i > first and b.text.text.strip() == number]
    return set(again) | {i - 1 for i in again if i - 1 > first and _short(blocks[i - 1])}


def _furniture(t: str) -> bool:
    if _PAGE_NUMBER.match(t) or _SEAL.match(t) or _PUBLISHED.match(t) or _ISSUE_HEAD.match(t):
        return True
    if _PAPER_NUMBER.match(t) or re.fullmatch(_EDITION_NOTE, t):  # (大会文件之六 / （供审议）: the file's marks)
        return True
    return _contact().match(t) is not None and _PHONE.search(t) is not None


def _signature(blocks: list[Block], seal: int) -> bool:
    above = blocks[seal - 1]
    return blocks[seal].gap == 0 and _short(above) and not _PAGE_NUMBER.match(above.text.text.strip())


def _join_open_lists(blocks: list[Block]) -> list[Block]:
    """A distribution line (抄送：A，B，县政府) the wrap broke joined with the next line,
    which ends it (办公室，县政协办公室。): read apart, the rest is a line of bodies."""
    out: list[Block] = []
    for b in blocks:
        t = b.text.text.strip()
        prev = out[-1].text.text.strip() if out else ""
        if (
            out
            and b.gap == 0
            and _list_label().match(prev)
            and not prev.endswith(("。", "."))
            and len(t) <= _TITLE_MAX
            and not re.search(r"[:：]", t)
            and not _RULE.match(t)
        ):
            out[-1] = Block(out[-1].text + b.text, out[-1].level, out[-1].gap)
        else:
            out.append(b)
    return out


def _short(b: Block) -> bool:
    """A line of a title: short, no sentence mark, no space (a menu's words have them),
    unless each character stands apart (会　议　纪　要: the genre spaced out to the width)."""
    t = b.text.text.strip()
    t = _SPACED.sub("", t) if _SPACED_WORD.match(t) else t
    return 2 <= len(t) <= _TITLE_MAX and b.level is None and not re.search(r"[。！？；：:，,\s]", t)


# a word spaced out character by character (会　议　纪　要, 通　　知)
_SPACED_WORD = re.compile(rf"^[{HAN}](?:[ \u3000]+[{HAN}]){{1,5}}$")
_SPACED = re.compile(r"(?<=\S)[ \u3000]+(?=\S)")


def _closed(line: Mapped) -> Mapped:
    """The title line with a spaced-out word's spaces gone."""
    return spaced_word(line) or line.strip()


def spaced_word(line: Mapped) -> Mapped | None:
    """A word spaced out character by character (选　举　结　果) without its spaces; None for another line."""
    line = line.strip()
    return line.translate_chars(lambda c: "" if c in " \u3000" else c) if _SPACED_WORD.match(line.text) else None


@functools.cache
def _marking() -> re.Pattern[str]:
    """A line marking how the paper is kept (某某工会　内部资料　注意保存): over the title, a header."""
    return re.compile(rf"(?:^|\s)(?:{alternation('pages/keeping_marks.txt')})(?:\s|$)")


def _title(doc: Document, blocks: list[Block]) -> list[Block]:
    """The header (red head, number, rules) and the title lines out of ``blocks``, the title
    in ``doc.title``; the addressees' line under the title out too.  A document so headed is
    one article, whatever short lines (一、… / 一等奖：某某) its text holds."""
    # the header: lines down to the document number (the issuer's name or X文件 over it) and
    # the rule under it, or a red head X文件 alone
    top = [b.text.text.strip() for b in blocks[:4]]
    number = next((k for k, t in enumerate(top) if _NUMBER.match(t)), None)
    i = 0
    titled = number is not None and number > 0 and _genre().search(_closed(blocks[number - 1].text).text)
    if number is not None and all(_short(b) for b in blocks[:number]) and not titled:
        i = number + 1  # (minutes print the title over the number: it stays)
    elif top and (_RED_HEAD.match(top[0]) or _marking().search(top[0])):
        i = 1
    elif top and _COPY_NOTE.match(top[0]) and _genre_title_at(blocks, 1):
        i = 1  # (a note over a copy of the paper: 本件据原件扫描件录入…)
    header = i > 0
    while header and i < len(blocks) and _RULE.match(blocks[i].text.text.strip()):
        i += 1
    start = i
    end = start
    while end < len(blocks) and end - start < _TITLE_LINES and _short(blocks[end]):
        if end > start and blocks[end].gap > 0:
            break
        end += 1
        if _genre().search(_closed(blocks[end - 1].text).text):
            break
    lines = blocks[start:end]
    if not lines or not _genre().search(_closed(lines[-1].text).text):
        return blocks if not header else blocks[start:]
    if not header and (start > 0 or len(lines) < 2):
        return blocks
    doc.title = Mapped.join("", [_closed(b.text) for b in lines]).sub(re.compile(f"{_EDITION_NOTE}$"), "")
    doc.one_article = True  # one document: its numbered parts and lists head no article
    rest = blocks[end:]
    if rest and _NUMBER.match(rest[0].text.text.strip()):  # (the number under the title)
        rest = rest[1:]
    if rest and _addressees(rest[0].text.text.strip()):
        rest = rest[1:]
    # the red head names the issuer, whom the text calls 公司, 本会: whose paper it is, as a
    # site's header says whose page (kg.extract.head_words reads the company out of it)
    issuers = (t[: -len(_RED_WORD)] for t in (b.text.text.strip() for b in blocks[:start]) if _RED_HEAD.match(t))
    doc.furniture.extend(t for t in issuers if t not in doc.furniture)
    # the rules of its end matter are the paper's layout (a repair would glue each to the line under it)
    return without(rest, {k for k, b in enumerate(rest) if _RULE.match(b.text.text.strip())})


def _genre_title_at(blocks: list[Block], start: int) -> bool:
    """A title of short lines from ``start`` on, ending with a document's kind."""
    end = start
    while end < len(blocks) and end - start < _TITLE_LINES and _short(blocks[end]):
        end += 1
        if _genre().search(_closed(blocks[end - 1].text).text):
            return True
    return False


def _addressees(t: str) -> bool:
    """各乡镇总工会，县直各单位工会： the bodies the document is sent to, closed by a colon."""
    return bool(_ADDRESSEES_END.search(t)) and len(t) <= 80 and not re.search(r"[。！？]", t)
