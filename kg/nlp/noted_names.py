"""Names the report sets before a note of their office, for ``kg.nlp.people``.

An item of a list of those present, or a sentence's subject, is often a name and its
office in brackets (出席的有宁海波（集团工会主席）, 主持人：黄山秀（区总工会宣传部部长）,
江山红（市总工会副主席）为…颁奖).  The tagger reads many such names as places or words
(宁海, 黄山, 万宁, 文登科): the frame tells better.  A name is read there when the note
ends with an office (a title's end right before the closing bracket), the name opens an
item (the text's or a line's start, after a colon, a list's mark, a clause's end, a verb
of presence 有) and opens with a surname; it holds two or three characters, four with a
compound surname, and is no common word.

A compound surname the tagger left as a word of its own before the given name it called a
name (司徒|文斌, 令狐|东) opens that name: a compound surname is rarely anything else right
before a name.
"""

from __future__ import annotations

import functools
import re

from kg.gazetteer.names import ETHNIC_GROUPS
from kg.ingest.captions import POSITION as _POSITION
from kg.ingest.name_syllables import name_word
from kg.lexicon import alternation_of, table, words
from kg.nlp.name_checks import COMPOUND_SURNAMES, plausible_name, two_surnames
from kg.nlp.name_shapes import FUNCTION_TAGS, PERSON_FOLLOWERS, ROLE_ENDINGS, common_word
from kg.nlp.spans import Marks
from kg.nlp.text import all_han, is_han
from kg.nlp.tokens import Tokens
from kg.nlp.villages import UNLISTED_LEVELS

# (and a table's cell: a schedule's row set apart by bars, 14:00｜讲座｜X（…庭长）)
_ITEM_OPENERS = "：:、，,。；;\n 　｜|│"
_OPENS = "（("
# what closes a list's item after a person's note: another item, the list's end
_ITEM_ENDS = "、，,；;。\n"
_CLOSES = "）)"
# the finals of an administrative area's or a street's name: a "name" ending in one is a place.
# Not 乡: a given name ends in it often (新乡, 梓乡), and a township the register knows is read
# as a place before any frame is (kg.nlp.areas): a frame's 王新乡 is a person.
_AREA_FINALS = "村镇区县市省路街"
# the longest name read whole from a cell under a 姓名 head (四字 Tibetan names and a little more)
_LONGEST_HEADED = 6


def noted_names(
    tk: Tokens, title_ends: set[int], surnames: frozenset[str], covered: Marks, taken: Marks
) -> list[tuple[int, int]]:
    """The names right before a note of an office (X（…主席）) or of a sex or people only a
    person bears (X（德昂族）, X（女）) that open an item; or before
    a note of the person's workplace (X（某某有限公司）) when a verb a name is followed by
    comes right after it (荣获, 当选): an honour's winner and the unit that sent her."""
    text = tk.text
    out: list[tuple[int, int]] = []
    for p, ch in enumerate(text):
        if ch not in _OPENS:
            continue
        close = next((k for k in range(p + 1, min(len(text), p + 30)) if text[k] in _CLOSES), None)
        if close is None or not (
            close in title_ends
            or _unit_note(text, p + 1, close)
            or _person_note(text, p + 1, close)
            or _job_note(tk, close)
            or _home_note(text, p + 1, close)
        ):
            continue
        for n in (4, 3, 2):
            a = p - n
            if a < 0 or not _opens_item(tk, a):
                continue
            name = text[a:p]
            surname = name[:2] if n == 4 else name[:1]
            if surname not in surnames or not plausible_name(name) or common_word(name):
                continue
            if a not in tk.starts or covered.overlaps(a, p) or taken.overlaps(a, p):
                continue
            out.append((a, p))
            break
    return out + _position_noted(tk, title_ends, surnames, covered, taken)


@functools.cache
def _workplace_endings() -> tuple[str, ...]:
    return tuple(words("bodies/workplace_endings.txt"))


@functools.cache
def _person_notes() -> re.Pattern[str]:
    """A note of a person's sex or people (（女）, （德昂族）, （女，回族））."""
    groups = alternation_of(g + "族" for g in ETHNIC_GROUPS)
    return re.compile(f"(?:[男女](?:[，,、](?:{groups}))?|{groups})")


def _person_note(text: str, a: int, close: int) -> bool:
    """Is ``text[a:close]`` a note only a person bears: a sex, a people, or both (钱某（德昂族））?"""
    return _person_notes().fullmatch(text, a, close) is not None


def _job_note(tk: Tokens, close: int) -> bool:
    """Does the note closing at ``close`` end with a worker's noun (…标安全员, 起重信号工: the
    tagger's noun of two characters or more ending as an occupation does, ``role_endings``)
    and close a list's item (、, ，, the line's end)?  Only a person holds a job: 安全之星：
    X（某标安全员）、Y（某标信号工）."""
    text = tk.text
    s, e = tk.token_span_at(close - 1)
    job = e == close and e - s >= 2 and tk.tag_at(s) == "n" and text[s:e].endswith(ROLE_ENDINGS)
    return job and (close + 1 >= len(text) or text[close + 1] in _ITEM_ENDS)


@functools.cache
def _township() -> re.Pattern[str]:
    """A township's name by its shape: a stem and a township's ending (镇, 乡, 街道, 苏木)."""
    heads = [e for e, level in table(UNLISTED_LEVELS) if level == "township"]
    return re.compile(f"[\u4e00-\u9fff]{{2,6}}(?:{alternation_of(sorted(heads, key=len, reverse=True))})")


def _home_note(text: str, a: int, close: int) -> bool:
    """Is ``text[a:close]`` a township alone, the note closing a list's item (二等奖：X（某某街道）、
    Y（某某镇）): where the winner comes from, said of a person only?"""
    return _township().fullmatch(text, a, close) is not None and (
        close + 1 >= len(text) or text[close + 1] in _ITEM_ENDS
    )


def _unit_note(text: str, a: int, close: int) -> bool:
    """Is ``text[a:close]`` a workplace's name (…有限公司, …医院) with a verb a name is
    followed by right after its bracket (X（某某科技有限公司）荣获)?"""
    return text[a:close].endswith(_workplace_endings()) and text.startswith(PERSON_FOLLOWERS, close + 1)


def framed_name(name: str, surnames: frozenset[str]) -> bool:
    """Could ``name`` be a personal name where the frame says one stands (after an office and
    before a photo's position note, in a list's name cell)?  A plausible name, or one whose
    given name is a township's or a shop's (南益店, 马新店): there the frame outweighs the
    final that marks places elsewhere, and so is a given name in 乡 (李梓乡); an area's own final
    (…村, …镇, …路) still does not."""
    if plausible_name(name):
        return True
    surname = name[:2] if name.startswith(COMPOUND_SURNAMES) else name[:1]
    size = len(name) - len(surname)
    return all_han(name) and surname in surnames and size == 2 and name[-1] not in _AREA_FINALS


def clan_name(name: str) -> bool:
    """A Yi name of four characters where a list's frame puts a name (a name cell): the
    clan's name word, then a given name of two (俄木石日, 吉克阿依), with no Han surname to
    open it; ``people/name_syllables.txt`` lists the clan words."""
    return len(name) == 4 and all_han(name) and name_word(name[:2]) and not common_word(name)


def cell_name(name: str, surnames: frozenset[str], headed: bool) -> bool:
    """Is the text of a list's name cell a name?  One a frame may hold that opens with a
    surname, a Yi clan's name (:func:`clan_name`), or under a 姓名 head (``headed``) any
    name whole (:func:`headed_name`)."""
    framed = framed_name(name, surnames) and (name[:1] in surnames or name[:2] in surnames)
    return framed or clan_name(name) or (headed and headed_name(name))


def two_word_cell(tk: Tokens, a: int, b: int) -> bool:
    """Is a cell of four read as two surnames and a given name (陈李美玲) one phrase of two
    words the tagger reads as no name (安全/ad 生产/vn, a page's column name)?  A married
    woman's name written so is one name word to the tagger."""
    if not two_surnames(tk.text[a:b]) or a + 2 not in tk.starts or a not in tk.starts:
        return False
    return not any(tag in _NAME_TAGS for tag in (tk.tag_at(a), tk.tag_at(a + 2)))


_NAME_TAGS = frozenset(("PER", "nr", "LOC", "ORG", "nz"))


def headed_name(name: str) -> bool:
    """Is a cell under a column headed 姓名 a name (夏吾才让, 昂毛, 冶成福)?  The head says
    the cell holds a person's name, so its make-up need not: a Tibetan, Mongolian or other
    minority name has no surname to split off and is read whole.  Still Han characters only
    (卓*草, a name masked, is none), a name's length, and no common word (合计, 空缺)."""
    unit = name.endswith(_unit_endings()) or name[-1] in _AREA_FINALS  # (机修车间, 二工区: a collective's)
    return 2 <= len(name) <= _LONGEST_HEADED and all_han(name) and not common_word(name) and not unit


@functools.cache
def _unit_endings() -> tuple[str, ...]:
    return tuple(words("bodies/unit_endings.txt"))


def _position_noted(
    tk: Tokens, title_ends: set[int], surnames: frozenset[str], covered: Marks, taken: Marks
) -> list[tuple[int, int]]:
    """副主席、女职工委员会主任南益店（左二）: a name right after an office and right before a
    photo's position note, whatever the tagger made of it (a shop, a town): a caption
    names the person it shows there."""
    text = tk.text
    out: list[tuple[int, int]] = []
    if "（" not in text and "(" not in text:
        return out
    for m in _POSITION.finditer(text):
        p = m.start()
        for n in (4, 3, 2):
            a = p - n
            if a < 0 or a not in title_ends or not framed_name(text[a:p], surnames) or common_word(text[a:p]):
                continue
            if not (covered.overlaps(a, p) or taken.overlaps(a, p)):
                out.append((a, p))
            break
    return out


def _opens_item(tk: Tokens, a: int) -> bool:
    """Does an item of a list, or a clause, start at ``a``?"""
    if a == 0 or tk.text[a - 1] in _ITEM_OPENERS:
        return True
    s, e = tk.token_span_at(a - 1)
    return e == a and tk.text[s:e] == "有"  # 出席的有X（…）


@functools.cache
def _counters() -> frozenset[str]:
    return frozenset(words("people/ordinal_counters.txt"))


def compound_surname_item(text: str, c: int, surnames: frozenset[str]) -> bool:
    """、第五志远: does an item of a list open with a compound surname the tagger read as a
    number or a word (第五 as "the fifth")?  Not before a counter (第五届, 第五次: an ordinal)."""
    head = text[c : c + 2]
    return len(head) == 2 and head in surnames and is_han(text[c + 2 : c + 3]) and text[c + 2] not in _counters()


def compound_surname_before(
    tk: Tokens, a: int, b: int, surnames: frozenset[str], heads: frozenset[int] | set[int] = frozenset()
) -> int:
    """Start of a name whose compound surname the tagger left as a word of its own before
    the given name it read as the name (司徒|文斌), else ``a``.  The tagger may also cut the
    surname into two words of one character, the second a function word (鲜|于|晓梅: 于 read
    as a preposition): a compound surname's first character is no word that ends a phrase
    before a preposition, so the two still open the name.  Or it cuts the surname in the
    middle, its second character read as the surname of a Han name (副主席东|郭敏): the
    first, a word of one character, joins the name where a name may open: after a title
    (主席东|郭红, whatever the tagger took 东 for), or after a mark when it is no function word."""
    j = a - 1
    if (
        j >= 0
        and b - a in (2, 3)
        and tk.text[j : a + 1] in COMPOUND_SURNAMES
        and tk.token_span_at(j) == (j, a)
        and (j in heads or (tk.tag_at(j) not in FUNCTION_TAGS and (j == 0 or not is_han(tk.text[j - 1]))))
    ):
        return j
    k = a - 2
    if k < 0 or b - a not in (1, 2) or tk.text[k:a] not in surnames:
        return a
    if tk.token_span_at(k) == (k, a):
        return a if tk.tag_at(k) in FUNCTION_TAGS else k
    split = tk.token_span_at(k) == (k, k + 1) and tk.token_span_at(k + 1) == (k + 1, a)
    return k if split and tk.tag_at(k) not in FUNCTION_TAGS else a
