"""The shapes of a personal name around a model's PER word, for ``kg.nlp.people``.

The tagger reads names by their look: a surname's character before a word or two.  Some of
what it reads names no one (烈日炎炎 → 炎炎; 江来制造 in a list of firms; 以主人翁姿态 →
翁姿态), and some names it cuts short (徐发|成作讲话: it glued the name's last character to
the verb).  These checks need only the text and the tagger's words, so they hold on any
site: they are grammar of names, not lists of them.
"""

from __future__ import annotations

from kg.lexicon import words
from kg.nlp.names import BREAKERS
from kg.nlp.text import is_han
from kg.nlp.tokens import Tokens

# what closes a name off on its right: a list's mark, a clause's end, a bracket, a space
CLOSERS = "、，,。；;：:（(）) "
# What follows a person's name in a list of officials (出席, 主持, 讲话 …).
PERSON_FOLLOWERS = words("people/person_followers.txt")
# Endings of the nouns that name a worker by an occupation (会员, 网格员, 社工)
ROLE_ENDINGS = tuple(words("people/role_endings.txt"))
PERSON_FOLLOWER_SET = frozenset(PERSON_FOLLOWERS)
# Common words the tagger reads as a name after a surname-like character (姿态, 高温).
NOT_NAMES = frozenset(words("people/not_names.txt"))
# compound surnames (欧阳, 司马): a name of three with one is a surname and a given name of one
_COMPOUND_SURNAMES = frozenset(w for w in words("people/surnames.txt") if len(w) > 1)
# the name's own 和 before a verb (赵学和|主持)
NAME_HE = "和"
VERBS_AFTER_HE = words("people/verbs_after_he.txt")
# a verb and 人 is a noun of the one who does it (主持人, 介绍人): after 和 it is joined, not done
_AGENT_NOUNS = tuple(v + "人" for v in VERBS_AFTER_HE)
# adverbs and particles the tagger reads that never stand between a name and its verb (地, 超)
NEVER_AFTER_NAMES = frozenset(words("people/never_after_names.txt"))
# tags of words that are no part of a name, whatever characters they are written with
FUNCTION_TAGS = frozenset({"d", "ad", "p", "c", "u", "r", "m", "q", "f", "w", "TIME"})
# tags of words that make a run of characters an ordinary phrase, not a name
WORD_TAGS = frozenset({"n", "vn", "nz", "ns", "nt", "s", "f", "m", "q", "p", "u", "c", "r", "w", "TIME", "LOC", "ORG"})


def doubled(name: str) -> bool:
    """炎炎, 冉冉: one character twice is a word of description, never a surname and a
    given name (a surname does not repeat as the whole given name); nor does a given name
    open with its surname's character (毛毛虫, 丁丁猫: a nickname or a thing, AAB), nor
    is a verb said twice round 一 (扫一扫, 看一看: A一A) a name."""
    return (2 <= len(name) <= 3 and name[0] == name[1]) or (len(name) == 3 and name[1] == "一" and name[0] == name[2])


def common_word(name: str) -> bool:
    """翁姿态, 高温: a common word of news read as a name (``not_names.txt``): the whole
    of a two-character one, the given name of a three-character one."""
    return name in NOT_NAMES or (len(name) == 3 and name[1:] in NOT_NAMES)


def he_of_name(text: str, b: int, tk: Tokens | None = None) -> bool:
    """Is the 和 right before ``b`` a name's last character (赵学和主持)?  Before a verb a
    name is followed by it joins nothing: a conjunction joins two nouns (和主持人).  With
    the tagger's words, any word it reads as a verb whole (孔令和|作|专题辅导, 孔令和|讲授)
    counts too (作 of 和作品 is part of a noun).  A 的 before the clause's end makes the
    verb's phrase a noun the 和 joins (张伟和|参加|比赛的选手)."""
    if text[b - 1 : b] != NAME_HE or text.startswith(_AGENT_NOUNS, b):
        return False
    end = next((k for k in range(b, min(len(text), b + 16)) if text[k] in CLOSERS + "\n"), len(text))
    if "的" in text[b:end]:
        return False
    if text.startswith(VERBS_AFTER_HE, b):
        return True
    if tk is None or b >= len(text) or tk.token_span_at(b - 1) != (b - 1, b):
        return False
    return tk.token_span_at(b)[0] == b and tk.tag_at(b) == "v"


def grown_name(tk: Tokens, a: int, b: int) -> int:
    """End of the name the tagger cut short after two characters, else ``b``.

    徐发|成作讲话, 王祖|满，: the third character went to the next word (glued to a verb
    a name is followed by) or stands alone before a mark; the name then ends after it.  A
    character that opens such a word itself (说, 作, 等, 一行) or a function word is no
    part of a name, unless it is one that never stands between a name and its verb
    (罗蛤|地|介绍, 孟凡|超|荣获: the adverbial 地 follows a description, a degree adverb
    grades a quality, not an act; ``people/never_after_names.txt``).
    """
    text = tk.text
    # a given name of one character: after a surname of one (徐发) or a compound one (欧阳立|新|宣读)
    one = b - a == 2 or (b - a == 3 and text[a : a + 2] in _COMPOUND_SURNAMES)
    if one and he_of_name(text, b + 1, tk):
        return b + 1
    if not one or b >= len(text) or not is_han(text[b]) or text[b] in BREAKERS:
        return b
    if text.startswith(PERSON_FOLLOWERS, b):
        return b
    s, e = tk.token_span_at(b)
    if s != b:
        return b
    # glued (成|作 → 作 opens a follower) or alone before a mark
    glued = e > b + 1
    if glued and b - a == 3:
        return b  # 司马光|又说: after a compound surname only a character alone is read on
    closed = text.startswith(PERSON_FOLLOWERS, b + 1) or (not glued and (b + 1 == len(text) or text[b + 1] in CLOSERS))
    # (a compass point alone, 庞中|北|与, names no direction between a name and its verb)
    word = tk.tag_at(b) not in ("d", "p", "c", "u", "r", "m", "q", "f") or text[b] in "东西南北"
    return b + 1 if (closed and word) or _misread_final(tk, b) else b


def _misread_final(tk: Tokens, b: int) -> bool:
    """Is the character at ``b``, right after a name of two, one that never stands between
    a name and its verb (地, 超: ``people/never_after_names.txt``), with a mark or a verb a
    name is followed by (a verb or an adverb), whole, right after it (罗蛤|地|介绍, 罗蛤|地说)?  Not the first of
    an adverb of its own (最为, 极为), nor before a word that only opens with such a verb
    (很|在意, 很|亲切: a degree adverb grading a quality)."""
    text = tk.text
    if text[b] not in NEVER_AFTER_NAMES:
        return False
    _, e = tk.token_span_at(b)
    if e > b + 1:  # the tagger glued it to the verb (地说): the rest must be that verb
        return tk.tag_at(b) != "d" and text[b + 1 : e] in PERSON_FOLLOWER_SET
    if b + 1 == len(text) or text[b + 1] in CLOSERS:
        return True
    s, e = tk.token_span_at(b + 1)
    return s == b + 1 and text[s:e] in PERSON_FOLLOWER_SET and tk.tag_at(s) in ("v", "d")


def shrunk_name(tk: Tokens, a: int, b: int, surnames: frozenset[str]) -> int:
    """End of a two-character name the tagger grew by the first character of the verb
    after it (刘新参|会: the name is 刘新, 参会 the verb), else ``b``.

    Only when the rest of that verb is the tagger's next word whole (参|会), and the two
    characters left start with a surname: then no reading keeps the verb whole but the
    short name.  A name closed off as it stands (王新和 出席) is left alone.
    """
    text = tk.text
    if b - a != 3 or b >= len(text) or text[a] not in surnames or text.startswith(PERSON_FOLLOWERS, b):
        return b
    s, e = tk.token_span_at(b)
    return b - 1 if s == b and e - (b - 1) >= 2 and text[b - 1 : e] in PERSON_FOLLOWER_SET else b


def in_list_of_bodies(tk: Tokens, a: int, b: int, body_ends: set[int], body_starts: set[int]) -> bool:
    """江淮汽车、江来制造等企业: a "name" glued to more words, in a list whose other items
    are organisations, is one of them (the tagger read its first word as a name)."""
    text = tk.text
    if b >= len(text) or not is_han(text[b]) or text.startswith(PERSON_FOLLOWERS, b) or text[b] in BREAKERS:
        return False
    s, e = tk.token_span_at(b)
    if s != b or e >= len(text) or text[e] not in "、等":
        return False  # the item is the name and one word more, then the list goes on
    left = a > 1 and text[a - 1] == "、" and (tk.tag_at(a - 2) == "ORG" or a - 1 in body_ends)
    right = e + 1 < len(text) and text[e] == "、" and (tk.tag_at(e + 1) == "ORG" or e + 1 in body_starts)
    return left or right


def trade_name_end(tk: Tokens, a: int, surnames: frozenset[str]) -> int | None:
    """End of a three-character name right after a trade (焊工X、, 数控车工Y，), else None.

    In lists of award winners the tagger often glues the trade's 工 to the surname or takes
    the name for a verb; the name is then read from the text: a surname, two more
    characters, and a mark or a word a name is followed by right after.  A run the tagger
    reads as an ordinary word of two or more characters (文化|节) is no name.
    """
    text = tk.text
    b = a + 3
    if b > len(text) or text[a] not in surnames or not all(is_han(c) for c in text[a:b]):
        return None
    if not (b == len(text) or text[b] in CLOSERS or text.startswith(PERSON_FOLLOWERS, b)):
        return None
    if text.startswith(PERSON_FOLLOWERS, a + 1) or text.startswith(PERSON_FOLLOWERS, a + 2):
        return None
    c = a
    while c < b:
        s, e = tk.token_span_at(c)
        if s >= a and e <= b and e - s > 1 and tk.tag_at(c) in WORD_TAGS:
            return None
        if e - s == 1 and tk.tag_at(c) in WORD_TAGS - {"n"}:
            return None
        c = e
    return b


def surname_glued_to_head(tk: Tokens, a: int, surnames: frozenset[str]) -> bool:
    """骑手王|建设说, 法定代表人|王互助 read as 法定|代表|人王|互助: does the name at ``a``
    open with a surname the tagger glued onto the end of the word before (the title or
    role noun that ends at ``a``), the given name starting a word of its own?"""
    s, e = tk.token_span_at(a)
    return s < a and e == a + 1 and tk.text[a] in surnames and a + 1 in tk.starts


def surname_glued_before(tk: Tokens, a: int, b: int, title_ends: set[int], surnames: frozenset[str]) -> int:
    """Start of a name whose surname the tagger glued onto the title or person noun before it
    (主席尚|江华: one word 主席尚, then 江华 as the name; 徒弟符|小川), else ``a``.  Only a single surname's character
    between the end of a title and a short given name, inside one word with the title, or
    with an occupation's final the tagger cut from its first word (分拣|工关|玉凤)."""
    if a < 2 or b - a not in (1, 2) or tk.text[a - 1] not in surnames:
        return a
    if a - 1 not in title_ends:
        return a - 1 if _occupation_glued(tk, a) else a
    s, e = tk.token_span_at(a - 1)
    return a - 1 if e == a and s < a - 1 else a


# the tags of an occupation's first word (分拣/vn 工, 装卸/v 工, 客房/n 服务员)
_OCCUPATION_TAGS = frozenset({"v", "vn", "n"})


def _occupation_glued(tk: Tokens, a: int) -> bool:
    """分拣|工关|玉凤, 包装工关|秀英: has the tagger glued the surname at ``a - 1`` onto an
    occupation's noun (its final 工, 员: ``role_endings``), whole or cut after its first
    word?  The occupation (分拣工) is a role noun a name follows; its final is no surname's."""
    s, e = tk.token_span_at(a - 1)
    if e != a or e - s < 2 or tk.tag_at(s) != "n":
        return False
    if e - s == 2:  # 分拣|工关: the occupation's first word before the glued one
        if s == 0 or tk.tag_at(s - 1) not in _OCCUPATION_TAGS:
            return False
        s = tk.token_span_at(s - 1)[0]
    return a - 1 - s >= 2 and tk.text.endswith(ROLE_ENDINGS, s, a - 1)


def lone_surname_before(tk: Tokens, a: int, b: int, surnames: frozenset[str]) -> int:
    """Start of a name whose surname the tagger left out as a word of its own (委员 字|丽华
    供图: 字 read as a noun, 丽华 as the name), else ``a``.  Only a one-character word that
    is a surname, opens a phrase (after a space, a mark or the text's start) and is no
    function word, right before a given name of one or two characters."""
    text = tk.text
    k = a - 1
    if k < 0 or b - a not in (1, 2) or text[k] not in surnames or tk.token_span_at(k) != (k, a):
        return a
    if tk.tag_at(k) in FUNCTION_TAGS or (k > 0 and (is_han(text[k - 1]) or text[k - 1] == "·")):
        return a
    return k


def name_closed(tk: Tokens, k: int) -> bool:
    """Does a name ending at ``k`` end there: the text's end, a mark, a space or a bracket
    (anything but Han or a name's dot), a word a name is followed by (表示, 和), or a
    verb, adverb or preposition the tagger starts at ``k`` (宣读, 观看)?"""
    text = tk.text
    if k >= len(text):
        return True
    if not is_han(text[k]):
        return text[k] != "·"
    return text.startswith(PERSON_FOLLOWERS, k) or (k in tk.starts and tk.tag_at(k) in ("v", "vd", "d", "ad", "p"))


def surname_name_end(tk: Tokens, a: int, b: int, surnames: frozenset[str]) -> int:
    """End of a name the tagger cut after its surname (边|国庆 是…: the given name read as a
    date or a word), else ``b``.

    The surname is the tagger's PER word of one character, or a compound surname alone
    (司徒|远航: a name of four, the tagger read the given name as a verb); the given name is the next word,
    one or two Han characters that are no function word and open no word a name is followed
    by; after it a mark, such a word, or a verb or adverb must close the name.  In a list of
    names (、纳|欣然开设) a given name of two the tagger read as an adverb is one too: the
    tagger took the surname alone for a person, and a list item is no adverb.
    """
    text = tk.text
    if not 1 <= b - a <= 2 or text[a:b] not in surnames or b >= len(text):
        return b
    s, e = tk.token_span_at(b)
    given = text[b:e]
    if s != b or not 1 <= len(given) <= 2 or not all(is_han(c) for c in given) or given[0] in BREAKERS:
        return b
    if len(given) == 2 and tk.tag_at(b) == "n" and given.endswith(ROLE_ENDINGS):
        return b  # 受|惠|会员达: a noun for a worker or member is no given name
    adverb_item = tk.tag_at(b) == "d" and len(given) == 2 and text[a - 1 : a] == "、"
    if text.startswith(PERSON_FOLLOWERS, b) or (
        tk.tag_at(b) in ("w", "u", "c", "p", "m", "q", "f", "r", "d") and not adverb_item
    ):
        return b
    closed = (
        e == len(text)
        or text[e] in CLOSERS
        or text.startswith(PERSON_FOLLOWERS, e)
        or tk.tag_at(e) in ("v", "vd", "d", "ad", "p")
    )
    return e if closed else b
