"""Macau and Hong Kong pages (session 57, helper macau58): a labour federation (…劳工联合总会)
is a union; a person the tagger read as a place no registry names (，梁佛山当选)."""

from __future__ import annotations

import pytest


def test_a_labour_federation_is_a_union(labelled) -> None:
    """A 劳工联合总会 federates an area's unions, as a 工会联合总会 does."""
    text = "澳门翠湖劳工联合总会理事长陈大文出席。"
    assert "澳门翠湖劳工联合总会" in labelled(text, "UNION")


def test_a_place_word_of_a_surname_opening_a_clause_before_elected_is_a_name(labelled) -> None:
    """梁佛山 is a place to the tagger (佛山 a city's name), no area a registry names: opening
    a clause and closed by 当选, a surname and a given name of two."""
    assert "梁佛山" in labelled("在随后召开的理事会上，梁佛山当选理事长。", "PERSON")


def test_a_listed_area_opening_a_clause_is_no_name(labelled) -> None:
    assert not labelled("在全市评比中，江门市当选先进单位。", "PERSON")


def test_a_parish_short_form_after_a_noun_is_a_common_word(labelled) -> None:
    """大堂 is the short form of 大堂区 (澳门), and a hotel's lobby after 酒店."""
    areas = labelled("澳门某某职工会在某某酒店举行晚宴，酒店大堂设有展览。", "AREA")
    assert "澳门" in areas
    assert "大堂" not in areas


def test_a_parish_short_form_of_the_named_region_is_an_area(labelled) -> None:
    assert "大堂" in labelled("澳门各区中，大堂的职工人数最多。", "AREA")


@pytest.mark.parametrize(
    "text",
    [
        "翠湖职工会第五届理事就职 贺五一逾百人出席",  # a headline's greeting of the holiday
        "肇庆市总工会副主席陆志明率代表团一行六人专程来澳祝贺。",  # 专程|来澳: 程 is no surname here
    ],
)
def test_a_greeting_and_a_guests_travel_are_no_names(labelled, text) -> None:
    assert not labelled(text, "PERSON") - {"陆志明"}


def test_a_dotted_western_name_the_tagger_read_as_a_body_is_a_person(labelled) -> None:
    """嘉美莲·施利华 style (Macau's Portuguese names in characters): a body's name holds no dot."""
    people = labelled("获奖者包括澳门翠湖公共交通职工会的嘉美莲·施利华及梁子健。", "PERSON")
    assert "嘉美莲·施利华" in people
