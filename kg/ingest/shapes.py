"""What a line looks like: sentence ends, headline shape, slogans.

News pages are laid out by convention: sentences end in 。！？ (or a closing quote
after one), headlines and decks are short lines without sentence punctuation, section
heads inside an article are numbered (一、 （二） 3.), and a page slogan pairs two
clauses with a space.  The repairer and the splitter both read these shapes.
"""

from __future__ import annotations

import functools
import re

from kg.ingest.bar_rows import is_bar_row
from kg.ingest.bylines import byline_at_start, is_credit, trailing_photo_credit
from kg.lexicon import alternation, words
from kg.lexicon.chars import HAN

# Longest line still taken for a headline or deck; body paragraphs run longer.
TITLE_MAX = 40
# A headline may hold a comma (守护权益，工会在行动), but a long line with a comma
# outside quotes is a piece of a sentence.
TITLE_MAX_WITH_COMMA = 20

_FINAL = "。！？!?…"
_CLOSERS = "”’』」）)》"
_SOFT_END = re.compile(r"[，、；：,;:—（(“‘《〈「『\-]$")
_HAN = re.compile(f"[{HAN}]")
_NUMBERED = re.compile(
    r"^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十\d]+[部章节条是]"
    r"|[①②③④⑤⑥⑦⑧⑨⑩])"
)
# a row of a numbered table, its cells set apart by spaces (1 赵某 115 98.3% 当选), or its
# head (序号 候选人 得票数 …): the body's table, no headline over the text after it
_TABLE_ROW = re.compile(r"^(?:\d{1,3}|序号)\s+\S+(?:\s+\S+){2,}$")
# a cell of a day (6月21日, 2028-08-16): in a line of three gapped cells or more, each Chinese or
# a day (电工 6月21日 某实训中心 某公司), between the first cell and the last (a listed
# headline's date), a table's row: a schedule's
_DAY_CELL = re.compile(r"\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2}")
_ROW_CELLS = 3
# a newsletter's number of an item before its column's tag (1.【要闻】标题, 2、【基层】标题):
# the item's place in the issue, where a list item or a section head has no tag
ITEM_NUMBER = re.compile(r"^\d{1,2}\s*[.．、]\s*(?=[【〖][^】〗\s]{1,8}[】〗]\s*\S)")
_SLOGAN = re.compile(r"^(?P<a>[^\s，。；：]{4,}) (?P<b>[^\s，。；：]{4,})$")


def ends_sentence(text: str) -> bool:
    """Ends with sentence-final punctuation, possibly inside closing quotes/brackets.

    A closing quote alone is not an end: 打造“天天都是4·15” can stop mid-sentence.
    """
    t = text.rstrip()
    if not t:
        return False
    if t[-1] in _FINAL:
        return True
    inner = t.rstrip(_CLOSERS)
    return inner != t and bool(inner) and inner[-1] in _FINAL


def ends_mid_sentence(text: str) -> bool:
    """Ends with a comma, colon, opening quote…: certainly continued on the next line."""
    return bool(_SOFT_END.search(text.rstrip()))


def is_numbered(text: str) -> bool:
    """A numbered section head or list item (一、 （二） 3.): part of an article's body."""
    return bool(_NUMBERED.match(text))


@functools.cache
def _script_line() -> re.Pattern[str]:
    return re.compile(rf"^[【\[]?(?:{alternation('pages/script_labels.txt')})[】\]]?\s*[:：]")


# a line of when and where side by side (采访时间：2027年3月22日　　采访地点：某寓所): an
# interview's or a meeting's particulars, no headline
_WHEN_WHERE = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:时间|日期)[：:]\S+?[ \u3000]+[\u4e00-\u9fff]{0,4}地点[：:]\S")
# a column's label in round brackets opening a headline, a few characters of a word
_COLUMN_LABEL = re.compile(r"^[（(][\u4e00-\u9fff]{2,6}[)）](?=[\u4e00-\u9fff“])")
_LABELLED_MIN = 6


def title_like(text: str) -> bool:
    """Short, no sentence punctuation, not a credit: could be a headline, deck or slogan.
    A script's labelled line (字幕：记者 X, 画面：…) is none: its text on screen."""
    t = text.strip()
    if not (2 <= len(t) <= TITLE_MAX) or len(_HAN.findall(t)) < 2 or _script_line().match(t):
        return False
    if "。" in t or t[-1] in "，、；：,;:" or ends_mid_sentence(t):
        return False
    if len(t) > TITLE_MAX_WITH_COMMA and re.search(r"[，；]", _unquoted(t)):
        return False
    # (a triangle points at the picture above: ▲ 颁奖现场 is its caption)
    label = _COLUMN_LABEL.match(t)  # (a wire's column over its title: （新春走基层）某某…)
    if label and len(t) - label.end() >= _LABELLED_MIN:
        return title_like(t[label.end() :])
    if numbered := ITEM_NUMBER.match(t):
        return title_like(t[numbered.end() :])
    if (
        is_numbered(t)
        or _TABLE_ROW.match(t)
        or _figure_row(t)
        or is_bar_row(t)
        or _WHEN_WHERE.match(t)
        or t.startswith(("图为", "（", "(", "▲", "△"))
        or t[0] in _CLOSERS
    ):
        return False
    # a caption closed by its photo credit (发放物资（X 供图）) is no headline, nor one
    # whose pictures a unit gave (活动现场 区总工会供图)
    return not (is_credit(t) or byline_at_start(t) or trailing_photo_credit(t) or _unit_photo().search(t))


def _figure_row(t: str) -> bool:
    """电工 6月21日 某实训中心 某公司: three gapped cells or more, Chinese or days, one inside
    the row a day."""
    cells = t.split()
    if len(cells) < _ROW_CELLS or not any(_DAY_CELL.fullmatch(c) for c in cells[1:-1]):
        return False
    return all(_DAY_CELL.fullmatch(c) or _HAN.search(c) for c in cells)


# a post's headline over its account line runs longer than a paper's
POST_TITLE_MAX = 64


def post_title(text: str) -> bool:
    """A headline as posts and sites print it over their date line, longer than
    :func:`title_like` allows: a kicker before a bar, a comma between two phrases, an
    arrow at its end (比技能 赛匠心｜某某大赛收官，获奖名单来了→).  Still no sentence: no
    full stop or semicolon, not cut off mid-clause, not a bracketed note or a credit."""
    t = text.strip()
    if not (len(_HAN.findall(t)) >= 6 and len(t) <= POST_TITLE_MAX) or any(p in t for p in "。；;"):
        return False
    if ends_mid_sentence(t.rstrip("→➜➤▶►↓👇 ")) or t[0] in "（(【[“" or is_numbered(t):
        return False
    return not (is_credit(t) or byline_at_start(t) or trailing_photo_credit(t))


@functools.cache
def _unit_photo() -> re.Pattern[str]:
    """A unit credited for the pictures at the end of a line: 某某区总工会供图, （某某公司 摄),
    or after a photo label in brackets of its own (合影（图/某某工会）, （摄影：某某宣传部）)."""
    units = alternation("credits/unit_heads.txt")
    suffixes = alternation("credits/photo_suffixes.txt")
    labels = alternation("credits/photo_credit_labels.txt")
    return re.compile(
        rf"(?:(?:{units})[)）]?\s*[/／]?\s*(?:{suffixes})\s*[)）]?"
        rf"|[（(【]\s*(?:{labels})\s*[:：/／]\s*[{HAN}]{{1,16}}?(?:{units})\s*[)）】])$"
    )


def _unquoted(text: str) -> str:
    """The text with quoted parts (“…” ‘…’ 《…》 「…」) taken out."""
    return re.sub(r"“[^”]*”|‘[^’]*’|《[^》]*》|「[^」]*」", "", text)


def is_slogan(text: str) -> bool:
    """Two clauses of four or more characters joined by a space, as page slogans are."""
    m = _SLOGAN.match(text.strip())
    return bool(m) and all(len(_HAN.findall(m[g])) >= 4 for g in ("a", "b"))


def opens_article(text: str) -> bool:
    """Starts with a byline (本报讯…, (记者 X)…) or is a standalone one."""
    return byline_at_start(text) is not None


# the endings of a unit's or a site's name (某某工会, 某某发布)
_ACCOUNT_HEADS = (*words("credits/unit_heads.txt"), *words("pages/site_heads.txt"))


def account_name(line: str) -> bool:
    """A short name ending as a unit's or a site's does (某某工会, 某某发布 does not)."""
    t = line.strip()
    return len(t) <= 16 and not re.search(r"[\s，,。：:！？]", t) and t.endswith(_ACCOUNT_HEADS)


# a header's field (访谈嘉宾：X, 访谈时间：…): a short label, a colon, its value
_FIELD = re.compile(rf"^\s*[{HAN}]{{2,6}}\s*[:：]\s*\S")


def field_line(text: str) -> bool:
    """访谈嘉宾：X, 访谈时间：…: a labelled field of an item's particulars, printed under its
    headline on an interview's page; no title."""
    return _FIELD.match(text) is not None


@functools.cache
def _editor_note() -> re.Pattern[str]:
    return re.compile(
        rf"^\s*(?:【\s*(?:{alternation('pages/editor_note_labels.txt')})\s*】|(?:{alternation('pages/editor_note_labels.txt')})\s*[:：])"
    )


def editor_note(text: str) -> bool:
    """【编者按】…, 编者的话：…: an editor's note over an article, the paper's word on a
    series; a byline under it opens that article, not a second one."""
    return "编" in text[:6] and _editor_note().match(text) is not None


# a platform's row of tags on an item's card (报名中　亲子　研学　暑期): three or more words of
# a few characters each, set apart by spaces; a slogan's halves are longer (凝心聚力　共建和谐)
_TAG_ROW = re.compile(rf"^[{HAN}]{{1,4}}(?:\s+[{HAN}]{{1,4}}){{2,}}$")


def tag_row(text: str) -> bool:
    """报名中　亲子　研学　暑期: the tags an app's card prints under its title (and before
    its date), no headline."""
    return _TAG_ROW.match(text.strip()) is not None


# the most lines a headline's header holds (引题, 主题, 副题, a date, a source…)
_HEADER_MAX = 8


def list_over_headline(run: list[str]) -> bool:
    """A run of short lines over a text longer than any header, its last line shaped as a
    headline, not as the list's last item (18:00 整点新闻, 3 某某站, 地址：…, which a
    programme's or a directory's reading takes): a list (a directory's entries) over the
    headline of the text under it, not the headline's decks."""
    t = run[-1].strip() if run else ""
    return len(run) > _HEADER_MAX and bool(t) and not t[0].isdigit() and not field_line(t) and title_like(t)


_PROSE_END = re.compile(r"[。！？…][”’』」）)]*$")


def is_prose(line: str) -> bool:
    """A sentence or more of text: ends like a sentence and is not a handful of words."""
    return bool(_PROSE_END.search(line)) and len(_HAN.findall(line)) >= 10


_CAPTION_SENTENCE = 60  # a caption written as a sentence is one, and short
_UNIT_NAME_RUN = re.compile(r"[^\s。！？（(]*$")


def credited_caption(text: str) -> bool:
    """A picture's caption and its credit (发放物资（X 供图）, 昨日，座谈会召开。 X 摄): no
    text of the article yet, so a byline under the pictures still opens the article above
    them.  A caption may be a sentence, but one only; the pictures may be a unit's (获奖选手
    合影。 区总工会供图: a gallery's last photo, a body's)."""
    c = trailing_photo_credit(text)
    if c is not None:
        caption = text[: c.start].strip()
    elif unit := _unit_photo().search(text):
        # (the unit's name runs back to the space or the sentence end before it)
        caption = _UNIT_NAME_RUN.sub("", text[: unit.start()]).strip()
    else:
        return False
    if not caption:
        return False
    return not is_prose(caption) or (len(caption) <= _CAPTION_SENTENCE and len(re.findall(r"[。！？]", caption)) == 1)


def credit_continued(last: str | None, line: str) -> bool:
    """□记者 某某 over 通讯员 某 某 报道: a bare credit line right under another, before any text,
    goes on with the same article's credit (a paper sets its reporters and correspondents
    on two lines), no new article's byline.  So does one under an outlet's dateline alone on its
    line (新华社南京1月15日电 over 新华社记者 某某: a wire sets its reporter under the dateline)."""
    if last is None or not is_credit(line):
        return False
    return (is_credit(last) and byline_at_start(last) is not None) or dateline_alone(last)


def dateline_alone(line: str) -> bool:
    """新华社南京1月15日电, 本报讯 alone on a line: an outlet's dateline naming no one, no text
    of an article yet (its lead, or its reporter's line, follows)."""
    c = byline_at_start(line)
    return c is not None and not (c.reporters or c.photographers) and c.end >= len(line.rstrip())


def bracketed_credit(line: str) -> bool:
    """（某某晚报记者 X 通讯员 Y） alone on its line under text: the credit of the text above,
    which a repost leaves where the original's paragraph broke; a byline that opens an
    article leads its text (本报讯（记者 X）…), not a line of its own in brackets."""
    t = line.strip()
    c = byline_at_start(t)
    return c is not None and t[0] in "（(【" and t[-1] in "）)】" and c.end >= len(t.rstrip()) and is_credit(t)


# （5名）, (3个), （共12人）: the count of a list's entries closing its heading
_COUNTED_HEADING = re.compile(r"[（(]共?[\d一二三四五六七八九十百]+[名个人家位项][）)][:：]?$")


def opens_list(text: str) -> bool:
    """A line that leaves open the list under it: a sentence a colon ends (…各工种名次揭晓：),
    or a list's heading counting its entries (二、县五一劳动奖章（5名）)."""
    t = text.rstrip()
    return t.endswith(("：", ":")) or _COUNTED_HEADING.search(t) is not None
