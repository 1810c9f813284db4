"""Where a model's PER word is part of something else, not a person's name, for
``kg.nlp.people``: read from the words around it, not from the name itself.

The tagger reads a name by its look: a surname-like character and a word or two.  Inside a
longer word that look is an accident of the characters: an item of a list of actions
(温杯、投茶、注水), the middle of a quoted title (爱心暑托班), the head of a union's name
(苏木总|工会), the name of a village (巴音陶勒盖|嘎查), or one of a run of words the tagger
read as names that make up a place's name (苏木哈日|陶勒|盖嘎查).  These checks need only the
text and the tagger's words; so does the word before a name that makes a run after it one
(an occupation's noun: 网格员, 村医).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from kg.ingest.name_syllables import syllable_name
from kg.lexicon import table, words
from kg.nlp.epithets import epithet_ends
from kg.nlp.name_checks import plausible_name
from kg.nlp.name_shapes import FUNCTION_TAGS, PERSON_FOLLOWERS, ROLE_ENDINGS, name_closed
from kg.nlp.names import BREAKERS
from kg.nlp.slogan_halves import in_slogan_half
from kg.nlp.split_verbs import object_of_split_verb
from kg.nlp.text import CLOSE_QUOTES, OPEN_QUOTES, is_han
from kg.nlp.tokens import Tokens

# what ends a list's item: a list's mark, a clause's mark, a bracket, the text's end
ITEM_ENDS = "、，,。；;：:（()） "
# endings of areas below a township, of two characters or more (嘎查, 社区): a "name" right
# before one is the area's own name (巴音陶勒盖|嘎查)
AREA_ENDINGS = tuple(sorted({row[0] for row in table("areas/unlisted_levels.tsv") if len(row[0]) >= 2}))
# a speech verb glued to a two-character name, and what it takes (方俊作|总结发言)
SPEECH_VERBS = "作致"
SPEECH_OBJECTS = words("people/speech_objects.txt")
REAL_NAME_LABELS = words("people/real_name_labels.txt")
# tags of words that are actions (温杯 beside 投茶, 注水: a verb, not a name)
VERB_TAGS = ("v", "vn")


def in_list_of_actions(tk: Tokens, a: int, b: int) -> bool:
    """温杯、投茶、注水一气呵成: a "name" in a list of items joined by 、 whose neighbour
    item is one verb and nothing more is an action too (a list joins like with like)."""
    text = tk.text
    if b < len(text) and text[b] == "、" and b + 1 < len(text):
        s, e = tk.token_span_at(b + 1)
        if s == b + 1 and tk.tag_at(s) in VERB_TAGS and e - s >= 2 and (e == len(text) or text[e] in "、"):
            return True
    if a > 1 and text[a - 1] == "、":
        s, e = tk.token_span_at(a - 2)
        if e == a - 1 and tk.tag_at(s) in VERB_TAGS and e - s >= 2 and (s == 0 or text[s - 1] in "、"):
            return True
    return False


def glued_given_name(tk: Tokens, a: int, b: int, surnames: frozenset[str], heads: set[int]) -> bool:
    """爱心暑托班: two characters with no surname glued to words on both sides (no title or
    role noun before, nothing that ends a name after) are a piece of a longer word: a given
    name alone stands for someone named before, as a word of its own."""
    text = tk.text
    if b - a != 2 or text[a] in surnames or a in heads or a == 0:
        return False
    return is_han(text[a - 1]) and not name_closed(tk, b)


def cuts_a_suffix(text: str, a: int, b: int, suffixes: Iterable[str]) -> bool:
    """苏木总|工会主席: does an organisation's suffix start inside the "name" and run on past
    its end (总工会)?  The name is then the head of a body's name, no person."""
    for k in range(1, b - a):
        tail = text[b - k : b - k + 12]
        if any(len(s) > k and tail.startswith(s) for s in suffixes):
            return True
    return False


def heads_a_bodys_name(text: str, b: int, suffixes: Iterable[str]) -> bool:
    """晋雁|工会 on a line of its own, “某某公司”: is the "name" right before a body's
    suffix that ends the phrase (the text's end, a mark, a space, a quote)?  The whole is
    then a body's name, no person and a title (王刚|工会主席 goes on past the suffix)."""
    for s in suffixes:
        e = b + len(s)
        if text.startswith(s, b) and (e == len(text) or (not is_han(text[e]) and text[e] != "·")):
            return True
    return False


def inside_a_run_of_names(tk: Tokens, a: int, b: int, plausible: Callable[[str], bool], heads: set[int]) -> bool:
    """来到苏力德|苏木哈日|陶勒|盖嘎查: a PER word glued to the end of a run of two more PER
    words, the one right before it of two characters or more and naming no one, is a piece
    of the same long word (a place's name sounded out), not a name of its own.  Not right
    after a title or a role noun the tagger also read as a name (心理咨询师|易晓军)."""
    text = tk.text
    if a < 2 or a in heads or not is_han(text[a - 1]):
        return False
    s, e = tk.token_span_at(a - 1)
    if e != a or e - s < 2 or tk.tag_at(s) != "PER" or plausible(text[s:e]):
        return False
    return s > 0 and is_han(text[s - 1]) and tk.tag_at(s - 1) == "PER"


def before_an_area_ending(text: str, b: int) -> bool:
    """巴音陶勒盖嘎查, 幸福里社区: is the "name" right before an area's ending of two
    characters or more (``areas/unlisted_levels.tsv``)?  It is then that area's name."""
    return text.startswith(AREA_ENDINGS, b)


def role_noun_ends(tk: Tokens) -> set[int]:
    """Where the tagger's nouns that name a worker by an occupation's ending end (网格员,
    调解员, 厨师, 清扫工, 村医: ``people/role_endings.txt``): a name right after one is
    someone named by the job, as after the role nouns of ``people/person_heads.txt``; the
    endings make the class, which no list of jobs would close.  Nouns only (施工 is a verb).
    A quoted epithet before a name (“焊接大王”向明亮: ``kg.nlp.epithets``) is one too.  Not
    after a session's ordinal (第六届职工|那达慕, 首届企业职工|运动会): there the noun says
    whose event follows, no one named."""
    text = tk.text
    ends = epithet_ends(tk)
    for e in tk.ends:
        s = tk.token_span_at(e - 1)[0]
        if e - s >= 2 and text.endswith(ROLE_ENDINGS, s, e) and tk.tag_at(s) == "n" and not after_session(text, s):
            ends.add(e)
    return ends


# a session's ordinal and the words between it and a role noun (首届企业|职工)
_SESSION = "届"
_SESSION_GAP = 4


def closes_a_word(tk: Tokens, s: int, e: int) -> bool:
    """Does the tagger's word holding ``s`` open before it and close inside ``s``-``e``?  A role
    noun found there is the seam of two words (公司|机关 holds 司机), no one's role."""
    a, b = tk.token_span_at(s)
    return a < s and b < e


def after_session(text: str, s: int) -> bool:
    """Does a session's ordinal (第六届, 首届, 本届) stand before ``s``, only Han characters
    between (首届企业职工)?"""
    k = s
    while k > 0 and s - k <= _SESSION_GAP and is_han(text[k - 1]):
        if text[k - 1] == _SESSION:
            return True
        k -= 1
    return False


def surname_word_before(tk: Tokens, a: int, b: int, heads: set[int], surnames: frozenset[str]) -> int:
    """Start of a name whose surname the tagger read as a word of its own, often a function
    word (主席|向|慧琳介绍: 向 taken for "towards", 慧琳 for the name), else ``a``.

    Right after a title or a role noun a name is expected, not a preposition; a surname's
    character standing alone there, before a given name of two that opens with no surname
    of its own (慧琳, not 王伟: that is a whole name), opens the name."""
    k = a - 1
    if b - a != 2 or k not in heads or tk.text[k] not in surnames or tk.text[a] in surnames:
        return a
    return k if tk.token_span_at(k) == (k, a) else a


def surname_and_word(tk: Tokens, a: int, b: int, surnames: frozenset[str]) -> bool:
    """护士长白雪松， read as 护士|长白|雪松, 快递员高原红， as 快递员|高|原红: is ``[a, b)`` a
    surname's character the tagger left alone (or glued onto the head before it) and one
    word of two characters, a mark right after?  Beside a head the tags of such pieces say
    nothing (雪松 a tree, 原红 a colour): the shape is a name's; so it is for a compound
    surname and a word of two (第五|建国).  Not when the lone character
    is a function word (职工和|群众，) or the word is one (高|大家): those join, not name."""
    text = tk.text
    if b - a == 4 and text[a : a + 2] in surnames and a + 2 in tk.ends and tk.token_span_at(a)[0] == a:
        # 副主席第五|建国参加, 鲜|于|红军、: a compound surname the tagger read as a number or
        # words, and one word of two (the caller has seen the name closed off)
        return tk.token_span_at(a + 2) == (a + 2, b) and tk.tag_at(a + 2) not in FUNCTION_TAGS
    if b - a != 3 or text[a] not in surnames or tk.token_span_at(a + 1) != (a + 1, b):
        return False
    if b < len(text) and text[b] not in ITEM_ENDS:
        return False
    s, e = tk.token_span_at(a)
    alone = (s, e) == (a, a + 1) and tk.tag_at(a) not in FUNCTION_TAGS
    glued = s < a and e == a + 1
    if tk.tag_at(a) == "v" and tk.tag_at(a + 1) == "v":
        return False  # 职工来|求助。: a verb and a verb, no surname and given name
    return (alone or glued) and tk.tag_at(a + 1) not in FUNCTION_TAGS


# characters of a date or an hour: a time word with one is no given name (于|昨日出席)
_DATE_CHARS = frozenset("年月日号时分秒天周晚早午夜今明昨前后初底末〇一二三四五六七八九十0123456789")
_NO_GIVEN_TAGS = frozenset({"m", "q", "p", "u", "c", "w", "f", "r", "LOC", "ORG"})


def no_given_name_piece(tk: Tokens, a: int, c: int) -> bool:
    """Is the word at ``c``, after a lone surname at ``a``, no piece of a given name: a
    number, measure or function word, a place or body, a time word?  A time word of two
    is one (副主席涂|国庆组织: 国庆) unless the surname's character is a function word
    (于|今年, 曾|今天) or the word names a date (昨日, 周末)."""
    tag = tk.tag_at(c)
    if tag != "TIME":
        return tag in _NO_GIVEN_TAGS
    s, e = tk.token_span_at(c)
    if (s, e) != (a + 1, a + 3) or tk.tag_at(a) in FUNCTION_TAGS:
        return True
    return any(ch in _DATE_CHARS for ch in tk.text[s:e])


def name_glued_to_head(tk: Tokens, s: int, e: int, heads: set[int], surnames: frozenset[str]) -> int | None:
    """Start of a name of three the tagger glued onto the head before it as one noun
    (社工黄石竹介绍: one word 社工黄石竹), else None.  The head is a title or person noun
    the text names (its end in ``heads``) or a noun of two or more ending as occupations do
    (…工, …员: ``people/role_endings.txt``); the name opens with a surname, and the word
    ends where a name does (a mark, a word a name is followed by).  A name of name words
    needs no surname (煤工额尔敦、: the job's …工 and 额尔敦), but only after an occupation's
    ending or a head."""
    text = tk.text
    if e - s < 5 or tk.tag_at(s) not in ("n", "nz") or not name_closed(tk, e):
        return None
    a = e - 3
    if text[a] in surnames and (a in heads or text.endswith(ROLE_ENDINGS, s, a)):
        return a
    for a in range(s + 2, e - 2):
        if syllable_name(text[a:e]) and (a in heads or text.endswith(ROLE_ENDINGS, s, a)):
            return a
    return None


def namesake_end(tk: Tokens, a: int, b: int, named: set[str]) -> int:
    """End of a name the tagger cut one character short where the text names the same
    person whole elsewhere (主席庞中北， … 庞中|北|与温立华: the tagger read 北 as a
    direction word), else ``b``.  A report writes one person's name one way throughout;
    the character after the short name is the whole name's last, and the whole name must
    end there (a mark, a word a name is followed by, a verb or a preposition): 王刚 beside
    王刚强 stays 王刚 in 王刚强调, where 强 opens the verb 强调."""
    text = tk.text
    if b >= len(text) or not is_han(text[b]) or text[a:b] + text[b] not in named:
        return b
    return b + 1 if name_closed(tk, b + 1) else b


def namesake_start(tk: Tokens, a: int, b: int, named: set[str], surnames: frozenset[str]) -> int:
    """Start of a given name of two whose surname the tagger left out (车间操|文斌: 操 read as
    a verb) where the text names the same person whole elsewhere (获第一名的操文斌), else
    ``a``.  The character before is a surname, a word of its own, and the whole name is one
    the page writes so: a report writes one person's name one way throughout."""
    k = a - 1
    if k < 0 or b - a != 2 or tk.text[k] not in surnames or tk.text[k:b] not in named:
        return a
    return k if tk.token_span_at(k) == (k, a) else a


def opens_quoted_name(tk: Tokens, a: int, b: int) -> bool:
    """“施可丰第十三届职工运动会”, “柏立新劳模创新工作室”: a "name" that opens a short quoted
    name and is glued to the rest of it is part of that name, no one acting in the report.
    A quoted speech (“王立新说…”) has a word a name is followed by or a mark inside."""
    text = tk.text
    if a == 0 or text[a - 1] not in OPEN_QUOTES or b >= len(text) or not is_han(text[b]):
        return False
    if text.startswith(PERSON_FOLLOWERS, b) or text[b] in BREAKERS:
        return False
    close = next((k for k in range(b, min(len(text), b + 24)) if text[k] in CLOSE_QUOTES), -1)
    return close > b and not any(c in "，,。；;：:！!？?、" for c in text[b:close])


def stage_name(text: str, a: int, b: int) -> bool:
    """“大山小妹”（本名 罗某）: a name closing a quoted screen or stage name whose bracket right
    after gives the real name (``people/real_name_labels.txt``) is part of that alias, no one
    else."""
    if b >= len(text) or text[b] not in CLOSE_QUOTES or text[b + 1 : b + 2] not in ("（", "("):
        return False
    marks = [c for c in text[max(0, a - 12) : a] if c in OPEN_QUOTES or c in CLOSE_QUOTES]
    return text.startswith(REAL_NAME_LABELS, b + 2) and bool(marks) and marks[-1] in OPEN_QUOTES


def speech_verb_cut(text: str, a: int, b: int) -> int:
    """End of a three-character "name" ending in a speech verb that takes the words after it
    (方俊作总结发言: 方俊 作 总结发言), else ``b``."""
    if b - a == 3 and text[b - 1] in SPEECH_VERBS and text.startswith(SPEECH_OBJECTS, b):
        return b - 1
    return b


def cut_by_a_line_break(tk: Tokens, a: int, b: int, surnames: frozenset[str]) -> bool:
    """Is the model's name a piece of a name a hard line break cut (PDF columns): the
    surname alone at the end of the line before (，笪⏎春梅练了), or the given name's last
    character alone at the start of the next (田秀⏎琴先后登台)?  The piece names no one."""
    text = tk.text
    if a >= 2 and text[a - 1] == "\n" and text[a - 2] in surnames and tk.token_span_at(a - 2) == (a - 2, a - 1):
        return a == 2 or not is_han(text[a - 3])
    k = b + 1
    if b - a != 2 or text[b : b + 1] != "\n" or k >= len(text) or tk.token_span_at(k) != (k, k + 1):
        return False
    if not is_han(text[k]) or text.startswith(PERSON_FOLLOWERS, k) or tk.tag_at(k) in (*FUNCTION_TAGS, "v"):
        return False
    return text[k] not in BREAKERS and name_closed(tk, k + 1)


def part_of_a_word(
    tk: Tokens, a: int, b: int, heads: set[int], surnames: frozenset[str], suffixes: tuple[str, ...]
) -> bool:
    """Is the model's name ``text[a:b]`` a piece of a longer word: an action in a list of
    them, a given name glued inside a title, the head of a union's name (``suffixes``), one of
    a run of name-like words that make a place's name, a piece a line break cut, a slogan's
    half (``kg.nlp.slogan_halves``), the object of a verb a particle parted (退了休)?"""
    return (
        in_list_of_actions(tk, a, b)
        or glued_given_name(tk, a, b, surnames, heads)
        or cuts_a_suffix(tk.text, a, b, suffixes)
        or heads_a_bodys_name(tk.text, b, suffixes)
        or inside_a_run_of_names(tk, a, b, plausible_name, heads)
        or before_an_area_ending(tk.text, b)
        or cut_by_a_line_break(tk, a, b, surnames)
        or in_slogan_half(tk.text, a, b, surnames)
        or in_document_number(tk.text, b)
        or object_of_split_verb(tk.text, a)  # 退了|休比: 退休 parted by 了
    )


# the rest of a document number after its issuer's code (某劳人仲案字〔2027〕第58号, 某工发〔2027〕12号):
# the code's last characters (字, 发: two at most, or a verb and a code would hide a name before
# them: A签发某工〔2027〕5号), the year in brackets, the number
_DOCUMENT_NUMBER = re.compile(r"[\u4e00-\u9fff]{0,2}[〔［\[]\d{4}[〕］\]]\s*第?\s*\d{1,5}\s*号")


def in_document_number(text: str, b: int) -> bool:
    """Is a name ending at ``b`` part of a document number's issuer code (乐劳人|仲案|字〔2027〕
    第58号: the tribunal's code, no one's name)?"""
    return _DOCUMENT_NUMBER.match(text, b) is not None


# the verb that gives a surname alone (老师傅姓陈, 一位姓王的大姐): "surnamed"
_SURNAMED = "姓"


def surname_said_inside(tk: Tokens, a: int, b: int) -> bool:
    """Does the verb ``姓`` open a word inside ``[a, b)`` (老师|傅|姓|陈, 老师|傅|姓刘: 傅姓陈)?
    Then the run tells a surname (the master is surnamed 陈), the characters before it the
    end of a noun: no full name is written."""
    return any(
        tk.text[k] == _SURNAMED and tk.token_span_at(k)[0] == k and tk.tag_at(k).startswith("v")
        for k in range(a + 1, b - 1)
    )
