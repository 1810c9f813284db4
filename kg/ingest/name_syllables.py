"""Names transliterated from Mongolian, Tibetan, Uyghur or Kazakh: no Han surname, built of
name words that Chinese sounds out (巴特尔, 其木格, 扎西, 卓玛, 吐尔逊).

A Han name is read by its surname and its length (two to four characters); these names have
neither.  A Mongolian or Tibetan name is written without a dot as two or more name words run
together (巴特尔其木格, 扎西卓玛) or as one long one; a Uyghur or Kazakh name's parts are
joined by a middle dot, each a run of the same kind of sounds.  The name words are data
(``people/name_syllables.txt``): morphemes names are made of, so that a name is recognised
by its make-up, not looked up.  Shared by the credit reader (``kg.ingest.bylines``) and the
person finder (``kg.nlp.people``).
"""

from __future__ import annotations

import functools

from kg.lexicon import words

SYLLABLES = "people/name_syllables.txt"
TAILS = "people/name_tails.txt"
# a name of name words: at least one word of three characters or two of two; at most a few
SHORTEST, LONGEST = 3, 10


@functools.cache
def _syllables() -> frozenset[str]:
    return frozenset(words(SYLLABLES))


@functools.cache
def _lengths() -> tuple[int, ...]:
    return tuple(sorted({len(w) for w in _syllables()}, reverse=True))


@functools.cache
def name_chars() -> frozenset[str]:
    """The characters transliterated names are written with: those of the name words."""
    return frozenset("".join(_syllables()))


def ends_in_name_word(part: str) -> bool:
    """Does ``part`` end with a whole name word (…阿不都, …吐尔地)?"""
    return any(part[-n:] in _syllables() for n in _lengths() if n <= len(part))


def opens_with_name_word(part: str) -> bool:
    """Does ``part`` open with a whole name word (吐尔洪…, 阿不都…)?"""
    return any(part[:n] in _syllables() for n in _lengths() if n <= len(part))


def syllable_name(run: str) -> bool:
    """Is ``run`` a whole name made of name words (巴图孟和 = 巴图 + 孟和, 其其格)?  Three to
    ten characters that split into name words with nothing left over; no single character
    is a name word, so a three-character run is one word whole."""
    if not SHORTEST <= len(run) <= LONGEST:
        return False
    return _splits(run)


def name_word_run(run: str) -> bool:
    """Is ``run`` one name word or more from end to end, however short (艾山, 吐尔洪)?  A part
    of a dotted name: the dot marks the name, so one name word of two is part enough."""
    return SHORTEST - 1 <= len(run) <= LONGEST and _splits(run)


@functools.cache
def _splits(run: str) -> bool:
    """Does ``run`` split into name words from its start to its end?"""
    if not run:
        return True
    return any(run[:n] in _syllables() and _splits(run[n:]) for n in _lengths() if n <= len(run))


def name_words_and_one(run: str) -> bool:
    """Is ``run`` a name of name words and one character more (毕力格 + 图, 阿拉坦 + 仓)?
    A Mongolian name often ends in a syllable of its own (a suffix, a short word) that is
    no name word alone; only where the tagger read the whole as a name is it one."""
    return SHORTEST < len(run) <= LONGEST and syllable_name(run[:-1]) and "\u4e00" <= run[-1] <= "\u9fff"


@functools.cache
def _tails() -> frozenset[str]:
    return frozenset(words(TAILS))


def tailed_name(run: str) -> bool:
    """Is ``run`` a Tibetan name of name words and the one-character ending Amdo names add
    (拉毛 + 草, 卓玛 + 措, 才让 + 吉; ``people/name_tails.txt``)?  The ending alone is no
    name word, so a name word of two and it make a name of three that ``syllable_name``
    leaves over; read only where the text closes the name off."""
    return SHORTEST <= len(run) <= LONGEST and run[-1] in _tails() and _splits(run[:-1])


def name_word(run: str) -> bool:
    """Is ``run`` one name word (旺堆, 次仁)?  Many Tibetans go by one name word of two
    characters; alone it is read as a name only beside another name in a list."""
    return run in _syllables()
