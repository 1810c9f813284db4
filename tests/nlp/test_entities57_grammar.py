"""Names of people and places of session 57's pages (invented text).

A. A Tibetan name whose first syllable the tagger glued onto the occupation's noun before it
   (社员次|仁央金说) is the whole name of name words, the noun ending as occupations do.
B. One name word of two characters right after an office, closed where names end (镇长旦|增
   出席), is a Tibetan's whole name.
C. Names of name words that share a word (多吉次仁, 多吉, 次仁央金) are each one person's name,
   never two names printed without a mark.
D. A village after its township whose first word the tagger read as a time and whose
   committee it glued on (四季/TIME 平安村村委会/ORG) is the whole village, and its committee
   is named after the whole village; a committee read as a place's word with the village
   (万年青村村委会/LOC) leaves the village its name too.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“现在能挣钱了。”合作社社员次仁央金说。", "次仁央金"),
    ],
)
def test_a_tibetan_name_glued_to_the_occupation_is_whole(labelled, text, name) -> None:
    people = labelled(text, "PERSON")
    assert name in people
    assert name[1:] not in people


@pytest.mark.parametrize(
    "text",
    ["镇党委副书记、镇长旦增出席。", "副乡长旦增主持会议。"],
)
def test_one_name_word_after_an_office_is_a_name(labelled, text) -> None:
    assert "旦增" in labelled(text, "PERSON")


def test_names_of_shared_name_words_are_each_a_person(labelled) -> None:
    text = "县政协副主席多吉次仁出席。环卫工人多吉说，很暖和。学员次仁央金说，学到了手艺。"
    assert {"多吉次仁", "多吉", "次仁央金"} <= labelled(text, "PERSON")


def test_a_village_read_as_a_time_and_a_body_is_whole(labelled) -> None:
    text = "座谈会在红星乡四季平安村村委会召开。"
    assert "四季平安村" in labelled(text, "AREA")
    assert "四季平安村村委会" in labelled(text, "ORG")


def test_a_village_read_with_its_committee_as_a_place_is_a_village(labelled) -> None:
    assert "万年青村" in labelled("座谈会在红星乡万年青村村委会召开。", "AREA")
