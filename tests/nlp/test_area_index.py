"""Fast look-ups of the mention finder find what the plain ways find."""

from __future__ import annotations

import random
import re

from hypothesis import given
from hypothesis import strategies as st

from kg.nlp.areaindex import area_index
from kg.nlp.text import is_han
from kg.nlp.tokens import occurrences


def test_candidates_hold_every_offset_where_a_form_matches():
    index = area_index()
    forms = sorted(index.full | index.short)
    rng = random.Random(3)
    filler = [*"的了在和工会职工举办活动，。A1 “”", "\n", "𠀀"]
    for _ in range(40):
        parts = [rng.choice(forms) if rng.random() < 0.4 else rng.choice(filler) for _ in range(60)]
        text = "".join(parts)
        extra = {"经开区": "北京经济技术开发区", "亦": "亦庄"}
        got = set(index.candidates(text, frozenset(f[0] for f in extra)))
        want = {i for i in range(len(text)) if is_han(text[i]) and index.longest(text, i, extra) is not None}
        assert want <= got
        assert all(is_han(text[i]) for i in got)


def test_candidates_of_text_without_names():
    index = area_index()
    assert index.candidates("", frozenset()) == []
    assert index.candidates("ABC 123", frozenset("A")) == []  # only Han characters open a name


@given(st.text(alphabet="工会总工会委员会ab", max_size=40), st.text(alphabet="工会委员a", min_size=1, max_size=4))
def test_occurrences_are_the_non_overlapping_matches_of_the_word(text, word):
    assert list(occurrences(text, word)) == [m.span() for m in re.finditer(re.escape(word), text)]


def test_a_name_at_the_texts_end_is_no_longer_than_what_is_left():
    # 长沙 closing the text, where 长沙市 and 长沙县 are forms too: a longer form cut at the
    # end is no match of its own length (a span past the text broke the words under it)
    index = area_index()
    for text, name in (("到长沙", "长沙"), ("来自朝阳", "朝阳"), ("去浦东新区", "浦东新区")):
        i = text.index(name)
        assert index.longest(text, i, {}) is not None
        assert i + index.longest(text, i, {})[0] <= len(text), text
    assert index.longest("到长沙", 1, {})[0] == 2
