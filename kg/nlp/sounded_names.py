"""Names of name words read from the text where the tagger cut them (``kg.nlp.people``):
transliterated Mongolian and Tibetan names have no Han surname to start from, so they are
found by their make-up (``kg.ingest.name_syllables``) and where the text closes them off.
"""

from __future__ import annotations

from kg.ingest.name_syllables import (
    LONGEST,
    SHORTEST,
    ends_in_name_word,
    name_chars,
    name_word,
    name_word_run,
    name_words_and_one,
    syllable_name,
    tailed_name,
)
from kg.nlp.name_shapes import FUNCTION_TAGS, PERSON_FOLLOWERS, ROLE_ENDINGS, name_closed
from kg.nlp.names import BREAKERS
from kg.nlp.spans import Marks
from kg.nlp.text import is_han
from kg.nlp.tokens import Tokens

# the possessive after a name (牧民满都拉的走马): it closes a name of name words as a mark does
_POSSESSIVE = "的"
# a name's middle dot
_DOT = "·"
# the shortest name of name words read inside a sentence: two name words (别克 + 波拉提)
_TWO_WORDS = 4


def sounded_name_at(tk: Tokens, a: int, covered: Marks | None = None, taken: Marks | None = None) -> int | None:
    """End of a name of name words starting at ``a`` (副局长那仁格日勒，: no surname, and
    the tagger cut it anyhow), the longest that ``name_closed`` ends, else None.  Its last
    syllable may be one character more that the tagger left as a word alone (毕力格|图|要求),
    or the ending an Amdo Tibetan name adds to a name word (主任拉|毛草|在: ``tailed_name``)."""
    text = tk.text
    if covered is not None and a in covered:
        return None
    for b in range(min(len(text), a + LONGEST), a + SHORTEST - 1, -1):
        run = text[a:b]
        if not (syllable_name(run) or tailed_name(run) or (name_words_and_one(run) and _lone_syllable(tk, b - 1))):
            continue
        closed = name_closed(tk, b) or (text.startswith(_POSSESSIVE, b) and b in tk.starts)  # 牧民满都|拉|的走马
        if closed and not (taken and taken.overlaps(a, b)):
            return b
    return None


def _lone_syllable(tk: Tokens, k: int) -> bool:
    """Is the character at ``k`` a word of its own that may end a name (图), no function
    word and no word a name is followed by (说, 等)?"""
    return (
        tk.token_span_at(k) == (k, k + 1)
        and tk.tag_at(k) not in FUNCTION_TAGS
        and tk.text[k] not in BREAKERS
        and not tk.text.startswith(PERSON_FOLLOWERS, k)
    )


def sounded_name_before(tk: Tokens, b: int, heads: set[int], covered: Marks, taken: Marks) -> int | None:
    """Start of a name of name words ending at ``b``, right before the next name of a
    list (、哈斯图雅、X): the longest that opens a phrase (after a mark or a title), else
    one name word of two characters that starts a word (一值旺堆、X), else None.  A word of
    the tagger's own that is two name words or more (运行工|尼玛次仁|、X) opens its phrase
    too: no common word is made of them."""
    text = tk.text
    for a in range(max(0, b - LONGEST), b - SHORTEST + 1):
        opens = a == 0 or a in heads or (not is_han(text[a - 1]) and text[a - 1] != "·")
        opens = opens or (b - a >= 4 and tk.token_span_at(a) == (a, b))
        if opens and syllable_name(text[a:b]) and a not in covered and not taken.overlaps(a, b):
            return a
    # 一值旺堆、李建藏: one name word of two that the tagger read as words of its own
    a = b - 2
    if a >= 0 and name_word(text[a:b]) and a in tk.starts and a not in covered and not taken.overlaps(a, b):
        return a
    return None


def sounded_start_before(tk: Tokens, a: int, b: int) -> int:
    """Start of the tagger's name word ``[a, b)`` grown back over the words before it when
    they make a name of name words with it that opens its phrase (、孟和/LOC|巴雅尔/PER: one
    name, the first word read as a place; 】才/d|让/v|东智/PER: the first name word read as
    an adverb and a verb), else ``a``.  Only a name that opens its phrase (after a mark or
    a label) is grown so: inside a sentence the words before may be words of Chinese."""
    s = a
    while s > 0 and a - s < LONGEST:
        s = tk.token_span_at(s - 1)[0]
        if b - s > LONGEST:
            break
        opens = s == 0 or (not is_han(tk.text[s - 1]) and tk.text[s - 1] != "·")
        if opens and syllable_name(tk.text[s:b]):
            return s
    return glued_start_before(tk, a, b)


# the tagger glues at most a name word's first syllable or two onto the noun before it
_GLUED = (1, 2)


def glued_start_before(tk: Tokens, a: int, b: int) -> int:
    """Start of the name of name words ``[a, b)`` grown back over the characters the tagger
    glued onto the occupation's noun before it (学员次|仁卓玛说: 学员 and 次仁卓玛), else
    ``a``.  The noun minus those characters ends as occupations do (…员, …工:
    ``people/role_endings.txt``), and they and the word make a name of name words: a Tibetan
    name has no surname for the tagger to start from, so it cuts where the syllables of
    Chinese mislead it."""
    text = tk.text
    if a == 0:
        return a
    s, e = tk.token_span_at(a - 1)
    if e != a or tk.tag_at(s) not in ("n", "nz"):
        return a
    for n in _GLUED:
        k = a - n
        if k - s >= 2 and text.endswith(ROLE_ENDINGS, s, k) and syllable_name(text[k:b]):
            return k
    return a


def name_word_at(tk: Tokens, a: int, covered: Marks, taken: Marks) -> int | None:
    """End of a name of one name word of two characters right after an office (乡长旦|增出席:
    旦增), else None.  Many Tibetans go by one name word; after an office a name is
    expected; the word must end where the tagger's words end and names do.  The tagger may
    glue its first syllable onto the office (乡长旦|增), so it need not start a word."""
    b = a + 2
    if b > len(tk.text) or not name_word(tk.text[a:b]) or b not in tk.ends:
        return None
    if a in covered or taken.overlaps(a, b) or not name_closed(tk, b):
        return None
    return b


def dotted_words(tk: Tokens) -> list[tuple[int, int]]:
    """The dotted names the tagger read as one word of another kind (挡|车工|热孜万古丽·艾买提/a):
    a word holding a middle dot whose part before it ends in a name word and whose part
    after it is name words, or ends in one (…·艾买提), closed where names end.  A slogan's
    halves (文化润心·工益惠民) are no name words."""
    text, out = tk.text, []
    k = text.find("·")
    while k > 0:
        s, e = tk.token_span_at(k)
        left, right = text[s:k], text[k + 1 : e]
        if (
            tk.tag_at(s) != "PER"
            and len(left) >= 2
            and len(right) >= 2
            and all(is_han(c) for c in left + right)
            and ends_in_name_word(left)
            and ends_in_name_word(right)
            and name_closed(tk, e)
        ):
            out.append((s, e))
        k = text.find("·", max(e, k + 1))
    return out


def sounded_words(tk: Tokens, heads: set[int]) -> list[tuple[int, int]]:
    """The names of name words the tagger read whole as one word of another kind
    (热孜万古丽/ORG|是, ⏎巴特尔其木格/n|说): a word that is two name words or more, or one of
    three characters or more, opening its phrase (the text's start, a mark or space, a
    title or role noun) and closed where names end.  A place's word (LOC) is the place's."""
    text, out = tk.text, []
    chars = name_chars()
    for s, e, *_ in tk.tokens:
        if e - s < SHORTEST or text[s] not in chars or tk.tag_at(s) in ("PER", "LOC", "ns"):
            continue
        opens = (s == 0 or not is_han(text[s - 1]) or s in heads) and text[s - 1 : s] != "·"
        if opens and syllable_name(text[s:e]) and name_closed(tk, e):
            out.append((s, e))
    return out


def parted_dotted(tk: Tokens) -> list[tuple[int, int]]:
    """The dotted names whose parts the tagger read as words of their own of another kind
    (的吐尔洪/LOC|·|艾山/LOC|和): a run of name words from a word's start to the dot, and
    one from the dot to where names end.  Each part is name words whole, so a slogan's
    halves (润心·惠民) are none; the dot marks the name, so a part of two is enough."""
    text, out = tk.text, []
    k = text.find(_DOT)
    while k > 0:
        a = next((s for s in range(max(0, k - LONGEST), k - 1) if s in tk.starts and name_word_run(text[s:k])), None)
        b = next((e for e in range(min(len(text), k + 1 + LONGEST), k + 2, -1) if name_word_run(text[k + 1 : e])), None)
        if a is not None and b is not None and text[a - 1 : a] != _DOT and name_closed(tk, b):
            out.append((a, b))
        k = text.find(_DOT, k + 1 if b is None else max(b, k + 1))
    return out


def word_names(tk: Tokens, heads: set[int]) -> list[tuple[int, int]]:
    """The names the tagger read whole as one word of another kind: dotted or not."""
    return dotted_words(tk) + sounded_words(tk, heads) + parted_dotted(tk)


def possessed_names(tk: Tokens, covered: Marks, taken: Marks) -> list[tuple[int, int]]:
    """The names of two name words or more right after a possessive (来自某镇的别克波拉提在…),
    however the tagger cut them (别克波拉/ORG|提/v): after 的 a noun phrase opens, and no
    phrase of Chinese is name words from end to end; the name ends where names do."""
    text, out = tk.text, []
    chars = name_chars()
    k = text.find(_POSSESSIVE)
    while k >= 0:
        a = k + 1
        if a < len(text) and text[a] in chars and a in tk.starts:
            for b in range(min(len(text), a + LONGEST), a + _TWO_WORDS - 1, -1):
                if syllable_name(text[a:b]) and name_closed(tk, b):
                    if not (covered.overlaps(a, b) or taken.overlaps(a, b)):
                        out.append((a, b))
                    break
        k = text.find(_POSSESSIVE, a)
    return out


def phrase_names(tk: Tokens, covered: Marks, taken: Marks) -> list[tuple[int, int]]:
    """The names of name words that make a phrase whole, between marks, however the
    tagger cut them (【劳模故事】那/r|仁满/n|都/d|拉/v，蒙古族; 图：X（左二）): a run of four
    characters or more that opens after a mark, a label or a space and that a mark closes,
    made of name words from end to end.  A phrase of Chinese is no such run, so a label's
    value or a story's opening words that are one are a name standing alone.  An item of a
    list (、X、) is left to the list's reading beside the names found."""
    text, out = tk.text, []
    chars = name_chars()
    for a in sorted(tk.starts):
        if text[a] not in chars or (a > 0 and (is_han(text[a - 1]) or text[a - 1] in "·、")):
            continue
        for b in range(min(len(text), a + LONGEST), a + SHORTEST, -1):
            closed = b == len(text) or (not is_han(text[b]) and text[b] not in "·、")
            if closed and syllable_name(text[a:b]) and not (covered.overlaps(a, b) or taken.overlaps(a, b)):
                out.append((a, b))
                break
    return out


def standing_names(tk: Tokens, heads: set[int], covered: Marks, taken: Marks) -> list[tuple[int, int]]:
    """The names of name words that stand alone, past the names found (``taken``) and the
    bodies (``covered``): those the tagger read whole as one word of another kind, then
    those that make a phrase whole however it cut them (``taken`` gains them all)."""
    out = [(a, b) for a, b in word_names(tk, heads) if not (taken.overlaps(a, b) or covered.overlaps(a, b))]
    for a, b in out:
        taken.add(a, b)
    out += phrase_names(tk, covered, taken)
    for a, b in out:
        taken.add(a, b)
    owned = possessed_names(tk, covered, taken)
    for a, b in owned:
        taken.add(a, b)
    return out + owned
