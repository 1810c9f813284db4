"""Names built of transliteration's name words (kg.ingest.name_syllables)."""

from __future__ import annotations

import pytest

from kg.ingest.name_syllables import ends_in_name_word, name_chars, syllable_name


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("苏德格日乐", True),  # Mongolian: 苏德 + 格日乐
        ("扎西央宗", True),  # Tibetan: 扎西 + 央宗
        ("其木格", True),  # one name word of three characters
        ("敖登", False),  # two characters: a Han name's length, read as one
        ("敖登图", False),  # a character left over
        ("王建国", False),
        ("扎西" * 6, False),  # longer than any name
    ],
)
def test_a_name_of_name_words(run, name):
    assert syllable_name(run) is name


def test_the_characters_of_transliteration_are_those_of_the_name_words():
    assert {"吐", "尔", "洪"} <= name_chars()
    assert "的" not in name_chars()


def test_a_part_that_ends_in_a_name_word():
    assert ends_in_name_word("阿不都")
    assert not ends_in_name_word("买买提都")
