"""Names that open with a bare level word (县, 市, 街道 …): the level's own body (县第一中学,
县职工法律援助站, 区融媒体中心) or a class of bodies (各街道职工之家), told apart before the
walk left of kg.nlp.names settles a name's start.

A base of ``NameEdges``: the checks need only the lexicon's level words and the area
index, none of the walk.
"""

from __future__ import annotations

import re

from kg.lexicon import Lexicon, words
from kg.nlp.areaindex import AreaIndex
from kg.nlp.text import all_han, is_han
from kg.nlp.tokens import Tokens

# an ordinal (第一, 第12) after a level word: 县第一中学 is the county's first middle school
ORDINAL_RE = re.compile("第[一二三四五六七八九十百零〇0-9]+")
ORDINAL_BEFORE_RE = re.compile(f"{ORDINAL_RE.pattern}$")
# 县职工法律援助站, 县困难职工帮扶中心: a bare level word and the workers the body serves
LEVEL_STAFF = tuple(words("bodies/level_staff_words.txt"))
# the tags of a body's own word after a bare level word (县|非物质, 县|文化): a common noun or an adjective
_BODY_WORD_TAGS = frozenset({"n", "a", "b", "an", "vn", "nz"})
# words of several before a bare level word (各街道, 相关区): the areas of that level, none named
SEVERAL = tuple(words("unions/several_areas_words.txt"))
NATIONWIDE = "全国"  # the whole country: the bodies after it may still be described (全国|地方工会)
UNION_WORD = "工会"


class LevelOpenings:
    """The checks of a name's opening level word, shared by the walks of ``NameEdges``."""

    def __init__(self, lex: Lexicon, areas: AreaIndex) -> None:
        self.lex = lex
        self.areas = areas
        self._longer_areas: dict[str, tuple[frozenset[str], tuple[int, ...]]] = {}

    def _level_glued(self, tk: Tokens, a: int) -> bool:
        """Does a word of the tagger's open a clause at ``a`` with a bare level word glued to
        two characters or more (。区融媒体|中心), or the level word alone before a common
        word of two or more (、县|非物质|…中心)?  The level's own body, as 县总工会 is."""
        text = tk.text
        lw = next((w for w in self.lex.level_words_longest if text.startswith(w, a)), None)
        if lw is None or (a > 0 and is_han(text[a - 1])):
            return False
        s, e = tk.token_span_at(a)
        if s == a and e == a + len(lw) and e < len(text):
            # (、县|非物质|文化遗产保护中心: the level word alone, then a word of the body's own)
            x, y = tk.token_span_at(e)
            return y - x >= 2 and tk.tag_at(e) in _BODY_WORD_TAGS
        return s == a and e - a - len(lw) >= 2

    def _level_staff(self, text: str, a: int) -> bool:
        """Does ``text[a:]`` open with a bare level word and the workers a body serves (县职工
        法律援助站, 县困难职工帮扶中心)?  The area's own service body, named by the area's level."""
        lw = next((w for w in self.lex.level_words_longest if text.startswith(w, a)), None)
        return lw is not None and text.startswith(LEVEL_STAFF, a + len(lw))

    def _level_ordinal(self, text: str, a: int) -> bool:
        """Does ``text[a:]`` open with a level word and an ordinal (县第一中学, 市第三人民医院)?
        The area's numbered institution, named by the area's level: a name as an area's is."""
        lw = next((w for w in self.lex.level_words_longest if text.startswith(w, a)), None)
        return lw is not None and ORDINAL_RE.match(text, a + len(lw)) is not None

    def level_ordinal_before(self, text: str, s: int) -> int | None:
        """Where a bare level word and an ordinal end at ``s`` (（县第四|中学), after a mark, not
        a name's Han character): the start of the area's numbered institution, whose ordinal
        the tagger reads as a numeral that ends the walk left.  None else."""
        m = ORDINAL_BEFORE_RE.search(text, max(0, s - 8), s)
        if m is None or m.end() != s:
            return None
        lw = next((w for w in self.lex.level_words_longest if text.endswith(w, 0, m.start())), None)
        a = m.start() - len(lw) if lw else -1
        return a if lw and (a == 0 or not is_han(text[a - 1])) else None

    def opens_with_generic(self, text: str, a: int, s: int) -> bool:
        """Does the name ``text[a:s]`` open with a descriptor (各级, 基层 …)?  Such a phrase
        describes bodies rather than naming one; so does one after 全国 (全国|地方工会), 全国
        and a bare 工会 (the nation's unions: 全国工会职工书屋), and a
        bare level word after a word of several (各|街道职工之家: the streets' homes, none named)."""
        if text.endswith(SEVERAL, 0, a) and text.startswith(self.lex.level_words_longest, a):
            return True
        if text.startswith(NATIONWIDE, a):
            a += len(NATIONWIDE)
            if text.startswith(UNION_WORD, a) and a + len(UNION_WORD) < s:
                return True  # 全国|工会职工书屋: the nation's unions' rooms, none named (not 全国总工会)
        return a < s and any(text.startswith(g, a) and a + len(g) <= s for g in self.lex.generic_prefixes)

    def level_prefix(self, text: str, a: int, s: int) -> str | None:
        """The level word (市, 区, 街道 …) that ``text[a:s]`` opens with, when the rest is Han
        and no longer area name opens there."""
        for w in self.lex.level_words:
            if text.startswith(w, a) and not self.area_opens_with(w, text, a):
                rest = text[a + len(w) : s]
                if rest == "" or all_han(rest):
                    return w
        return None

    def area_opens_with(self, w: str, text: str, a: int) -> bool:
        """Does an area name longer than ``w`` and opening with it start at ``a``?"""
        found = self._longer_areas.get(w)
        if found is None:
            forms = frozenset(f for f in self.areas.full if f.startswith(w) and len(f) > len(w))
            found = self._longer_areas[w] = (forms, tuple(sorted({len(f) for f in forms})))
        forms, lengths = found
        return any(text[a : a + n] in forms for n in lengths)
