"""Undo PDF-extraction breaks: sentences and even words split across blank lines.

Text pulled out of newspaper PDFs breaks wherever a column or page ended: "深入学习"
/ "贯彻习近平…", "示范" / "引领者", "亦" / "城工匠".  The evidence is grammatical: a
paragraph that stops without sentence-final punctuation is unfinished, and the next
paragraph carries it on.  What must not be joined is the same shape used on purpose:
a headline or deck (a short line without final punctuation) followed by its byline or
lead, a credit line, or a line followed by the byline of a new article.
"""

from __future__ import annotations

import re

from kg.ingest.bilingual import english_break
from kg.ingest.bylines import (
    byline_at_start,
    closing_labelled,
    closing_names,
    is_credit,
    trailing_people_credit,
    trailing_photo_credit,
)
from kg.ingest.columns import column_width, open_bracket, open_list, wrapped
from kg.ingest.document import Block
from kg.ingest.shapes import ends_mid_sentence, ends_sentence, is_numbered, prize_row, title_like
from kg.ingest.split import is_section_label
from kg.ingest.textmap import Mapped
from kg.lexicon.chars import HAN

_QUOTED = re.compile(r"“[^”]*”|‘[^’]*’|《[^》]*》")
_ALNUM_END = re.compile(r"[A-Za-z0-9]$")
_ALNUM_START = re.compile(r"^[A-Za-z0-9]")
# wrapped lines of one width differ by a few characters (Latin letters, a word kept whole)
_WRAP_SLACK = 8
_HEAD_MAX = 20  # a numbered part's head is short; a longer numbered line is its text
# a photo's caption under it (▲X为获奖选手颁奖, 图为…): whole on its line, no line goes on
# into it, and after a blank line none goes on from it
_CAPTION = re.compile(r"\s*(?:[▲△]|图为)")
# a post's part numbered alone on its line (01, 02): it opens the part, its head under it
_PART_NUMBER = re.compile(r"\s*\d{1,2}\s*$")
# a list's bullet opening a line (● 5月20日，…, as a slide or a report's points are set): the
# line opens an item of its own, never the rest of the line above
_BULLET = re.compile(r"\s*[●■◆▶►•▪]")
# a cell bar of a text table (姓名｜职务｜分管工作): a row has two or more
_CELL_BAR = "｜"
# a numbered row of a table whose cells a page set apart by tabs or wide gaps, folded to
# spaces by now (7 某某 男 1997.06 某某大学): its number and three cells or more
_SPACED_ROW = re.compile(r"^[（(]?\d{1,3}[)）.．、]?\s+\S+(?:\s+\S+){2,}$")
_ROW_CELLS = 4
# an unnumbered row (赛项 决赛日期 决赛地点 / 电工 6月21日 某中心): three cells at least
_GAPPED_CELLS = 3
_WORDED_CELLS = 2
_HAN_CELL = re.compile(r"(?:^|\s)[\u4e00-\u9fff]")
_SENTENCE_MARK = re.compile(r"[。！？；，,]")
_TABLE_NOTE = re.compile(r"\s*注\s*[：:]")
# a labelled row of a list (一等奖获得者：X（某公司）、Y（某公司）): a short label, a colon, the
# entries; closed by an entry's bracketed note it is whole, as a table's row is (the row may
# close a line that an introduction joined before it: …名单如下：一等奖获得者：X（某公司）)
_LABELLED_ROW = re.compile(r"^\s*[^\s：:，。；、（）()]{2,12}[：:]\s*\S")
_CLOSED_ROW = re.compile(r"(?:^|[：:。；])\s*[^\s：:，。；、（）()]{2,12}[：:][^：:。；！？]*[)）]\s*$")


def _is_credit_block(text: str) -> bool:
    c = byline_at_start(text)
    return is_credit(text) or (c is not None and c.end >= len(text.rstrip()))


# a short note in brackets after the last sentence: a signature (…120幅。（某工）), a jump
_SIGNED_END = re.compile(r"[。！？…][”’』」]?\s*[（(][^（）()。！？，,；;]{1,12}[)）]\s*$")


_BRACKETED_LINE = re.compile(r"^\s*[（(][^（）()]*[)）]\s*$")
# a chronicle's heading of a month or year (3月, 2026年, （2026年）): a line of its own
_PERIOD_HEADING = re.compile(
    r"^\s*[（(]?\s*(?:\d{4}\s*年|\d{1,2}\s*月份?|[一二三四五六七八九十]{1,3}月份?)\s*[)）]?\s*$"
)
# the number of one of a series of notices under its title (公报 / （第1号）): a mark of its own
_SERIAL_MARK = re.compile(r"^\s*[（(]\s*第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*号\s*[)）]\s*$")


# a list's row of one person: the name, its note in brackets (sex, people), a gap and the
# unit with the job (某某（女，布依族）　某某公司车间主任): the note's comma ends no sentence
_PERSON_ROW = re.compile(rf"^\s*[{HAN}·]{{2,5}}(?:[（(][^（）()]{{1,12}}[)）])?\s+[^\s，。；：！？,;:!?]{{2,32}}\s*$")


def _person_rows(pt: str, qt: str) -> bool:
    """Two rows of a list of people, one under the other: the lower one is no wrap of the
    upper (joined, the next person's name reads as the last words of a job); the paragraph so
    far may end with such a row under its heading."""
    return _PERSON_ROW.match(pt.rsplit("\n", 1)[-1]) is not None and _PERSON_ROW.match(qt) is not None


def _closing_credit(text: str) -> bool:
    """…参观。（林某） or …参观。（通讯员 林某）: the credit closes the article after its last
    sentence; so does any short note in brackets there (a unit's signature, 某工), which
    no sentence goes on from, a labelled credit closing a caption (（…校准。摄影：X）), and
    a note wholly in brackets (（图/X：活动现场）), which is whole as it stands."""
    if closing_names(text) is not None or trailing_people_credit(text) is not None:
        return True
    if closing_labelled(text) is not None or _BRACKETED_LINE.match(text) is not None:
        return True
    return _SIGNED_END.search(text) is not None


def _wrapped_caption(pt: str, qt: str) -> bool:
    """A photo's caption wrapped over two lines (5月8日，选手在赛场上进行 / 焊接操作。　X　摄):
    a clause begun (a comma in it) over the line that ends its sentence and credits the
    photo; a headline over its lead ends no sentence with a photographer's name."""
    credit = trailing_photo_credit(qt)
    if credit is None or not ends_sentence(qt[: credit.start].rstrip()):
        return False
    return re.search(r"[，,]", _QUOTED.sub("", pt)) is not None


def _numbered_head(text: str) -> bool:
    """四、优秀组织奖 / （二）电工项目: a numbered head of a part, short and unpunctuated; the
    lines under it are the part's, not the rest of its words."""
    t = text.strip()
    return is_numbered(t) and len(t) <= _HEAD_MAX and re.search(r"[，。；：,;:！？]", t) is None


def _heads_article(q: Block, r: Block | None) -> bool:
    """``q`` is a headline: a title-shaped line followed by a byline or by a deck."""
    if q.level is not None:
        return True
    if not title_like(q.text.text) or r is None:
        return False
    return r.level is not None or byline_at_start(r.text.text) is not None or title_like(r.text.text)


def should_join(p: Block, q: Block, r: Block | None, *, soft_wrap: bool, column: int | None = None) -> bool:
    """Whether ``q`` continues the paragraph ``p`` (``r`` is the block after ``q``);
    ``column``: the width the page's lines were wrapped at (:func:`column_width`)."""
    pt, qt = p.text.text, q.text.text
    if p.level is not None or q.level is not None or english_break(p, q, r):
        return False
    if q.item or (p.item and q.gap > 0):  # (a markdown list's item, quote or table row opens its own line)
        return False
    if p.item and pt.rstrip().endswith(("|", "｜")):  # (a table's row between bars ends with its bar)
        return False
    if column is not None and q.gap == 0 and open_bracket(pt, qt):
        return True
    if _is_credit_block(pt) or _is_credit_block(qt) or byline_at_start(qt):
        return False
    # (a unit's signature wholly in brackets under an item's last line, （县总工会办公室）:
    # whole as it stands, unless the line above runs to the column, the wrap cutting before it)
    if _BRACKETED_LINE.match(qt) and not (column is not None and wrapped(pt, qt, column)):
        return False
    if _person_rows(pt, qt) or _table_rows(pt, qt, q.gap) or _gapped_rows(pt, qt, r):
        return False
    if _labelled_rows(pt, qt, q.gap) or _BULLET.match(qt):
        return False
    if prize_row(qt) or (prize_row(pt) and not ends_mid_sentence(pt) and not _open_note(pt)):
        return False  # (一等奖：A⏎二等奖：B: each prize's row a line of its own, unless broken inside)
    if ends_sentence(pt) or trailing_photo_credit(pt) or _closing_credit(pt) or _PERIOD_HEADING.match(pt):
        return False
    if q.gap == 0 and _wrapped_caption(pt, qt):
        return True
    if column is not None and q.gap == 0 and wrapped(pt, qt, column):
        return r is None or byline_at_start(r.text.text) is None
    if _CAPTION.match(qt) or (q.gap > 0 and _CAPTION.match(pt)) or _PART_NUMBER.match(pt) or _PART_NUMBER.match(qt):
        return False
    if _heads_article(q, r) or is_numbered(qt) or _numbered_head(pt) or _SERIAL_MARK.match(qt):
        return False
    if ends_mid_sentence(pt):
        return True
    # A list's label (省直产业工会：, 副主席（按姓氏笔画为序）：) opens the lines under it; it ends
    # no line above, even inside a paragraph whose single line ends are wraps.
    if is_section_label(qt):
        return False
    if soft_wrap:
        # A hard-wrapped paragraph: only a stack of short lines is a header, not a wrap;
        # and no wrapped line is shorter than the line after it (the wrap width bounds
        # them all): a short line over a longer one ended there, a headline over its lead.
        return not (title_like(pt) and (title_like(qt) or len(qt) > len(pt) + _WRAP_SLACK))
    # Across a blank line: a short unpunctuated line is a headline or deck, not a fragment.
    return not title_like(pt)


def _open_note(t: str) -> bool:
    """Is a bracket left open at the end of ``t`` (a row broken inside an entry's note)?"""
    return t.count("（") + t.count("(") > t.count("）") + t.count(")")


def _table_rows(pt: str, qt: str, gap: int) -> bool:
    """A row of a text table, its cells parted by bars (姓名｜职务｜分管工作 / 刘某｜副主席｜…)
    or by gaps (序号 姓名 性别 … / 1 某某 男 …): a row ends where its line does, its last
    cell unpunctuated; the next row is no wrap of it, nor is a line after a blank line,
    which the table ended before."""
    if _SPACED_ROW.match(qt.strip()) and len(pt.split()) >= _ROW_CELLS:
        return True  # (a row set with gaps, under a row or the table's heads: no wrap of it)
    return pt.count(_CELL_BAR) >= 2 and (qt.count(_CELL_BAR) >= 2 or gap > 0)


def _gapped_rows(pt: str, qt: str, r: Block | None) -> bool:
    """Rows whose cells a document set apart by tabs (folded to spaces by now), unnumbered:
    two of as many cells (电工 6月21日 某实训中心 某公司 under 赛项 决赛日期 决赛地点 承办单位),
    or one under a numbered row (合计 6842.6 104.3), are a row each; a head row over a
    numbered row (序号 赛项 姓名 … / 1 唐卡绘制 某某 …) or over a row of as many cells opens
    its own line, whatever the line above it; and so does the table's note (注：…) under its
    last row."""
    cells = _gapped(qt)
    if cells and _SPACED_ROW.match(pt.strip()) and _HAN_CELL.match(qt):
        return True  # (合计 … under the last numbered row: a label, not a sub-item's code)
    if cells and cells == _gapped(pt) and _worded(pt) and _worded(qt):
        return True  # (a row under a row, each of words: a ledger's rows of figures stay as read)
    heads = cells and all(_HAN_CELL.match(c) for c in qt.split())  # (a head row: labels, no figure)
    if heads and r is not None and (_SPACED_ROW.match(r.text.text.strip()) or _gapped(r.text.text) == cells):
        return True  # (the head row, over a row of its table)
    return bool(_gapped(pt) or _SPACED_ROW.match(pt.strip())) and _TABLE_NOTE.match(qt) is not None


def _worded(t: str) -> bool:
    """Two cells of words or more (电工 … 塔岭新区职工技能实训中心), not a label over figures."""
    return sum(1 for c in t.split() if _HAN_CELL.match(c)) >= _WORDED_CELLS


def _gapped(t: str) -> int:
    """How many cells a line of three gapped cells or more holds, Chinese in them, no
    sentence in them (0 for another line)."""
    cells = t.split()
    ok = len(cells) >= _GAPPED_CELLS and _HAN_CELL.search(t) is not None and _SENTENCE_MARK.search(t) is None
    return len(cells) if ok else 0


def _labelled_rows(pt: str, qt: str, gap: int) -> bool:
    """A list's labelled row closed by an entry's note (二等奖获得者：X（某公司）、Y（某公司）):
    the next labelled row is a row of its own, and so is the paragraph after a blank line,
    which the list ended before (else its first names would read as the row's)."""
    if _CLOSED_ROW.search(pt) is None:
        return False
    return gap > 0 or _LABELLED_ROW.match(qt) is not None


def _join(a: Mapped, b: Mapped) -> Mapped:
    """The two lines as one; a space where a line ended between two words of Latin
    letters or digits, or inside the brackets of a list of names (（柏林 / 邹晓燕）)."""
    if a.text[-1:].isdigit() and b.text[:1].isdigit():
        return a + b  # a number the wrap broke (5月20日至2 / 1日): one number
    if (_ALNUM_END.search(a.text) and _ALNUM_START.search(b.text)) or open_list(a.text, b.text):
        return Mapped.join(" ", [a, b])
    return a + b


def repair_breaks(blocks: list[Block]) -> list[Block]:
    """Join the blocks that continue one another; headings and credits stay apart.

    When a source separates paragraphs by blank lines, single line ends inside a
    paragraph are wraps and are joined more readily.
    """
    if len(blocks) < 2:
        return list(blocks)
    blank = sum(1 for b in blocks[1:] if b.gap > 0)
    blank_separated = blank >= len(blocks[1:]) - blank
    column = column_width(blocks)
    out: list[Block] = [blocks[0]]
    for i in range(1, len(blocks)):
        q = blocks[i]
        r = blocks[i + 1] if i + 1 < len(blocks) else None
        p = out[-1]
        if should_join(p, q, r, soft_wrap=blank_separated and q.gap == 0, column=column):
            out[-1] = Block(_join(p.text, q.text), level=p.level, gap=p.gap)
        else:
            out.append(q)
    return out
