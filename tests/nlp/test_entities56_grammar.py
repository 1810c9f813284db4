"""Names of places and bodies of session 56's pages (invented text).

A. A town the registry names by a one-character stem and its ending doubled (X镇镇) is
   written with one ending (X镇), unless that is an everyday word (古镇, 新镇).
B. A joining verb and a level's one character (联合镇) after an adverb or a pronoun is the
   verb before a body named by its level (还将联合|镇卫生院), no town.
"""

from __future__ import annotations

import pytest


def test_a_town_of_a_doubled_ending_is_written_with_one(gaz) -> None:
    assert [a.name for a in gaz.lookup("淮镇")] == ["淮镇镇"]


@pytest.mark.parametrize("word", ["古镇", "新镇", "旧镇"])
def test_an_everyday_word_is_no_doubled_town(gaz, word) -> None:
    assert word + word[-1] not in {a.name for a in gaz.lookup(word)}


def test_a_town_of_one_ending_is_found_in_text(labelled) -> None:
    assert "淮镇" in labelled("下个月，县总工会还将在淮镇、陌南镇各办一场招聘会。", "AREA")


def test_an_old_town_is_no_area(labelled) -> None:
    assert not labelled("游客在古镇里逛了一整天。", "AREA")


@pytest.mark.parametrize(
    "text",
    ["驿站下一步还将联合镇卫生院开展体检。", "他们也联合乡卫生院开展义诊。", "服务站已联合镇派出所开展巡查。"],
)
def test_a_joining_verb_before_a_level_body_is_no_town(labelled, text) -> None:
    assert not {a for a in labelled(text, "AREA") if a.startswith("联合")}


@pytest.mark.parametrize("text", ["招聘会在联合镇举办。", "联合镇卫生院开展义诊。"])
def test_the_town_named_so_stays_an_area(labelled, text) -> None:
    assert "联合镇" in labelled(text, "AREA")
