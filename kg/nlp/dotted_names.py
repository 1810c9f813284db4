"""Names joined by a middle dot (阿不都·热合曼, 艾力·买买提), as names written in characters
of transliteration are: the whole name from the PER words the tagger read around a dot,
for ``kg.nlp.people``.

The tagger cuts such names anywhere; their parts are read back from the characters of
transliteration (kg.ingest.name_syllables) and from where the name opens and closes.
"""

from __future__ import annotations

from kg.ingest.name_syllables import ends_in_name_word, name_chars
from kg.nlp.name_shapes import CLOSERS, FUNCTION_TAGS, PERSON_FOLLOWERS, name_closed
from kg.nlp.names import BREAKERS
from kg.nlp.text import is_han
from kg.nlp.tokens import Tokens


def _single(tk: Tokens, k: int) -> bool:
    """Is the character at ``k`` a word of its own that could end or open a name part?"""
    text = tk.text
    return (
        0 <= k < len(text)
        and is_han(text[k])
        and tk.token_span_at(k) == (k, k + 1)
        and text[k] not in BREAKERS
        and not text.startswith(PERSON_FOLLOWERS, k)
        and tk.tag_at(k) not in ("d", "p", "c", "u", "r", "m", "q", "f", "w")
    )


def _run_to_dot(text: str, b: int, longest: int = 5) -> int | None:
    """Where a dot stands after a run of one to ``longest`` Han characters from ``b``
    (a name's next part before the dot), if it is followed by a Han character, else None."""
    k = b
    while k < len(text) and k - b < longest and is_han(text[k]) and not text.startswith(PERSON_FOLLOWERS, k):
        k += 1
    if k > b and text[k : k + 1] == "·" and is_han(text[k + 1 : k + 2]):
        return k
    return None


def dotted_name(tk: Tokens, a: int, b: int, heads: set[int]) -> tuple[int, int] | None:
    """The whole of a name joined by a middle dot (阿不都·热合曼) that the tagger read as
    one or more PER words touching a dot at ``[a, b)``, else None.

    The parts of such names are read as the tagger cut them: a PER word on each side of a
    dot, or, right of the dot, a run of Han characters up to a word a name is followed by
    (艾力·买买提说).  The latter only where the name starts a phrase (after a mark or a
    title or role noun: 职工艾力·…) or is all characters of transliteration; glued to a
    word before (文化润心·匠心) it is half of a slogan.  A lone character the tagger split
    off at either end (买|买提·…, …阿不都|拉、) joins the name when a mark stands beyond it,
    and so do the characters of transliteration it left out there (_sounds_before,
    _sounds_after: 买买|提江·…, …阿不|都宣读).
    """
    text = tk.text
    start, end = a, b
    # 阿不都|热合曼|·买买提: the tagger took only the first part for a name; the characters
    # up to the dot belong to it when the name opens a phrase
    gap = _run_to_dot(text, end)
    if gap and (start == 0 or not is_han(text[start - 1]) or start in heads):
        end = gap
    elif gap and _part_before_dot(tk, gap, heads) < start:
        start, end = _part_before_dot(tk, gap, heads), gap  # 、买|合甫|再·…: inside the first part
    while start > 1 and text[start - 1] == "·" and is_han(text[start - 2]):
        s, e = tk.token_span_at(start - 2)
        if e != start - 1 or tk.tag_at(s) != "PER":
            break
        start = s
    if start > 1 and text[start - 1] == "·":
        start = _part_before_dot(tk, start - 1, heads)
    guessed = False
    if text[end - 1] == "·":  # 吐尔洪·|艾则孜: the tagger glued the dot on; its next name is the rest
        end = next((e for (s, e), tag in tk.model_entities.items() if s == end and tag == "PER"), end)
    while end + 1 < len(text) and text[end] == "·" and is_han(text[end + 1]):
        s, e = tk.token_span_at(end + 1)
        if tk.tag_at(end + 1) == "PER" and s == end + 1:
            end = e
            continue
        k = end + 1
        while k < len(text) and k - end <= 6 and is_han(text[k]) and not text.startswith(PERSON_FOLLOWERS, k):
            k += 1
        if not 3 <= k - end <= 6 or (k < len(text) and is_han(text[k]) and not text.startswith(PERSON_FOLLOWERS, k)):
            break
        end, guessed = k, True
        break
    if "·" not in text[start:end]:
        return None
    if _single(tk, start - 1) and (start == 1 or not is_han(text[start - 2])):
        start -= 1
    if _single(tk, end) and (end + 1 == len(text) or text[end + 1] in CLOSERS):
        end += 1
    start, end = _sounds_before(tk, start, heads), _sounds_after(tk, end)
    opens = start == 0 or not is_han(text[start - 1]) or start in heads
    # 采油工艾山江·买买提代表: glued to a word before, a name whose every character is one of
    # transliteration is still one (a slogan's halves, 润心·匠心, are words of Chinese)
    sounds = all(c in name_chars() for c in text[start:end].replace("·", ""))
    if guessed and not opens and not sounds:
        return None
    return start, end


def _part_before_dot(tk: Tokens, dot: int, heads: set[int], longest: int = 6) -> int:
    """Start of a dotted name's first part the tagger read as no name at all (、买|合甫|再·
    艾海提: a verb, a name of two, an adverb): the leftmost start of the run of characters of
    transliteration before ``dot``, two to ``longest`` of them, that opens a phrase (after a
    mark or a space, or a title or role noun), else ``dot + 1`` (no first part: the dot
    stays outside the name)."""
    text = tk.text
    best, k = dot + 1, dot
    chars = name_chars()
    while k > 0 and text[k - 1] in chars and dot - (k - 1) <= longest:
        k -= 1
        opens = k in heads or k == 0 or (not is_han(text[k - 1]) and text[k - 1] != "·")
        if opens and dot - k >= 2 and not text.startswith(PERSON_FOLLOWERS, k):
            best = k
    return best


def _sounds_after(tk: Tokens, end: int, longest: int = 8) -> int:
    """End of a dotted name's last part once the characters of transliteration the tagger
    left out after it are in (热依拉·阿不|都宣读, 叶尔兰·哈孜|别克（): the longest run of
    them, at most ``longest`` after the dot, that ``name_closed`` ends.  A word a name is
    followed by (和, 等) stops the run: 买买提和艾力 is two names; so does a word of two
    characters or more the tagger reads as no name (买买提|再次|强调: an adverb, a pronoun, a number …).
    A lone character it reads so joins only to end a name word (阿不|都 → 阿不都; not
    买买提|都表示: the adverb 都 after a whole name)."""
    text = tk.text
    dot = text.rfind("·", 0, end)
    best, k = end, end
    chars = name_chars()
    while k < len(text) and text[k] in chars and k - dot < longest and not text.startswith(PERSON_FOLLOWERS, k):
        s, e = tk.token_span_at(k)
        if s == k and tk.tag_at(k) in FUNCTION_TAGS and (e - s > 1 or not ends_in_name_word(text[dot + 1 : k + 1])):
            break
        k += 1
        if name_closed(tk, k):
            best = k
    return best


def _sounds_before(tk: Tokens, start: int, heads: set[int], longest: int = 8) -> int:
    """Start of a dotted name's first part once the characters of transliteration the
    tagger split off before it are in (、买买|提江·吐尔洪): the leftmost start within the run
    of them that opens a phrase (after a mark or a space, or right after a title or role
    noun), else ``start``.  Never across another name's dot."""
    text = tk.text
    dot = text.find("·", start)
    best, k = start, start
    chars = name_chars()
    while k > 0 and text[k - 1] in chars and dot - (k - 1) <= longest:
        k -= 1
        opens = k in heads or (k == 0 or (not is_han(text[k - 1]) and text[k - 1] != "·"))
        if opens and not text.startswith(PERSON_FOLLOWERS, k):
            best = k
    return best


def dotted_body_words(tk: Tokens, suffixes: tuple[str, ...]) -> list[tuple[int, int]]:
    """A Portuguese or other Western name in characters of transliteration (嘉美莲·施利华,
    Macau's usage) that the tagger read as one body's word: two runs of two to five Han
    characters joined by one dot, ending in no body's word (``suffixes``), and closed off as a
    name is (a mark, a conjunction, a word a name is followed by) — a body's name holds no dot."""
    text, out = tk.text, []
    for (a, b), tag in tk.model_entities.items():
        parts = text[a:b].split("·")
        if tag != "ORG" or len(parts) != 2 or not all(2 <= len(p) <= 5 and all(map(is_han, p)) for p in parts):
            continue
        if text[a:b].endswith(suffixes):
            continue
        closed = b == len(text) or text[b] in CLOSERS or text.startswith(PERSON_FOLLOWERS, b) or tk.tag_at(b) == "c"
        if closed:
            out.append((a, b))
    return out
