"""A three-character name right after a title that the tagger cut into a surname and
pieces it took for words (负责人游|开|熊, 副主席曾|繁荣主持), for ``kg.nlp.people``."""

from __future__ import annotations

from kg.nlp.name_checks import plausible_name
from kg.nlp.name_context import no_given_name_piece
from kg.nlp.name_shapes import FUNCTION_TAGS, PERSON_FOLLOWERS, name_closed
from kg.nlp.names import BREAKERS
from kg.nlp.spans import Marks
from kg.nlp.tokens import Tokens


def cut_name_at(
    tk: Tokens, a: int, covered: Marks, taken: Marks, surnames: frozenset[str], person_heads: frozenset[str]
) -> int | None:
    """End of a three-character name right after a title that the tagger cut into a
    surname and pieces it took for words (负责人游|开|熊专门…, 负责人曾|宜|亮等人, 副主席曾|繁荣主持),
    else None.

    The surname is a word of its own, each piece of the given name is one character or
    one noun, none is a word a name is followed by (曾|表示), a number (曾|多次) or a
    function word, and the name ends where a word ends."""
    text = tk.text
    b = a + 3
    name = text[a:b]
    if b > len(text) or a in covered or taken.overlaps(a, b) or not plausible_name(name):
        return None
    if name[0] not in surnames or a not in tk.starts or a + 1 not in tk.ends or b not in tk.ends:
        return None
    if text.startswith(PERSON_FOLLOWERS, a + 1) or text.startswith(PERSON_FOLLOWERS, a + 2):
        return None
    if text[a + 1 : b] in person_heads:
        return None  # 主席和|职工代表, 主席向|职工: a noun for people is no given name
    if tk.tag_at(a) in ("c", "p") and tk.token_span_at(a + 1) == (a + 1, b) and tk.tag_at(a + 1) == "n":
        return None  # 职工和|群众: a conjunction before a common noun joins it
    # a word of two the tagger read as an adjective (曾|繁荣主持) is the given name only
    # right before a word a name is followed by: no adverb and adjective run so
    followed = any(text.startswith(w, b) for w in PERSON_FOLLOWERS if len(w) > 1)
    c = a + 1
    while c < b:
        s, e = tk.token_span_at(c)
        word_tags = ("n", "nz", "nr", "PER", "TIME") + (("a", "an", "vn") if followed else ())
        if e - s > 1 and tk.tag_at(c) not in word_tags:
            return None
        if no_given_name_piece(tk, a, c):
            return None
        c = e
    closed = b == len(text) or text[b] in "、，,。；;：:（(）) " or text.startswith(PERSON_FOLLOWERS, b)
    if closed:
        return b
    # a verb after the title and verbs after it (市长谈|产|城|融合): a headline's phrase, no name
    verbs = tk.tag_at(a) == "v" and tk.tag_at(a + 1) == "v" and tk.tag_at(b) == "v"
    return b if tk.tag_at(b) in ("d", "ad", "v", "p") and not verbs else None


def surname_before_follower(tk: Tokens, a: int, b: int, surnames: frozenset[str]) -> int:
    """Start of a name whose surname the tagger read as a verb after a verb (免去练|秋萍同志,
    同意全|大成同志): a lone surname's character, no function word, right before a given
    name of two that a person's follower closes (同志, 出席) — the follower says a person
    stands there, and a given name alone is seldom written so.  Else ``a``."""
    k = a - 1
    if k < 0 or b - a != 2 or tk.text[k] not in surnames or tk.token_span_at(k) != (k, a):
        return a
    if tk.tag_at(k) in FUNCTION_TAGS or not tk.text.startswith(PERSON_FOLLOWERS, b):
        return a
    return k


def glued_name_at(tk: Tokens, a: int, covered: Marks, taken: Marks, surnames: frozenset[str]) -> int | None:
    """End of a three-character name right after a title whose last character the tagger
    glued onto the verb after it (时任主席税立|新转任…, 主席某光|明调任…), else None: the
    surname opens a word of two, the next word opens with the third character and a verb a
    name is followed by (one of two characters at least; the tagger may glue more words
    on), so that no other reading keeps that verb whole.  A word of two that is a function
    word (an adverb, a preposition, a number) opens no name."""
    text = tk.text
    b = a + 3
    if (
        b > len(text)
        or a in covered
        or taken.overlaps(a, b)
        or text[a] not in surnames
        or not plausible_name(text[a:b])
    ):
        return None
    if tk.token_span_at(a) != (a, a + 2) or tk.tag_at(a) in FUNCTION_TAGS:
        return None
    s, e = tk.token_span_at(a + 2)
    if s != a + 2 or e <= b:
        return None
    return b if any(len(w) > 1 and text.startswith(w, b) and b + len(w) <= e for w in PERSON_FOLLOWERS) else None


def final_cut_off(tk: Tokens, a: int, b: int, surnames: frozenset[str]) -> bool:
    """理事长刘建社是, 理事长黄向|店是: a surname's name ending in a place's final (社, 店), which
    :func:`plausible_name` refuses alone (王家村 is a place), where the tagger read it as a
    name whole, or read its first two and cut the final off as a noun.  Only where an office
    stands before the name (the caller's)."""
    if b > len(tk.text) or tk.text[a] not in surnames or tk.tag_at(a) != "PER":
        return False
    if tk.token_span_at(a) == (a, b):
        return True
    return tk.token_span_at(a) == (a, b - 1) and tk.token_span_at(b - 1) == (b - 1, b) and tk.tag_at(b - 1) == "n"


# where someone lives, right after the name (某某家住某镇): 家 is no character of the name
HOME = "家住"


def home_name_end(tk: Tokens, a: int, b: int, surnames: frozenset[str]) -> int:
    """End of a name before 家住 (where the person lives) that the tagger's PER word ``[a, b)``
    cut short or ran on (赵清|水家|住, 赵清河家|住), else ``b``: 家 opens the frame, and a
    lone character between the word and it (no function word) is the name's last."""
    text = tk.text
    home = text.find(HOME, b - 1, b + 1 + len(HOME))
    cut = home == b + 1 and tk.tag_at(b) not in FUNCTION_TAGS and text[b] not in BREAKERS
    if (home == b - 1 or cut) and 2 <= home - a <= 3 and text[a] in surnames and plausible_name(text[a:home]):
        return home
    return b


def framed_cut_end(tk: Tokens, a: int, b: int, heads: set[int], surnames: frozenset[str]) -> int:
    """End of a name of three whose last character the tagger's PER word ``[a, b)`` left out,
    right after a person's noun, where a verb follows that character (环卫工人赵清|水|走进),
    else ``b``.  A given name that is also a place's name (清水, a county's) is where the
    tagger cuts so; the frame of a name, not the place, decides."""
    text = tk.text
    if a not in heads or b - a != 2 or text[a] not in surnames or b >= len(text) or text.startswith(HOME, b):
        return b  # (环卫工人王芳|家|住: where she lives, no name's character)
    lone = tk.token_span_at(b) == (b, b + 1) and tk.tag_at(b) in ("n", "nr")
    if lone and not text.startswith(PERSON_FOLLOWERS, b) and name_closed(tk, b + 1) and plausible_name(text[a : b + 1]):
        return b + 1
    return b
