"""Unions of real union news read as a grammar (realnoise62; all lines invented)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "省总工会领导到我区调研指导工会工作",
        "市总工会督导组到我县督导工会组建工作",
    ],
)
def test_a_verb_of_overseeing_before_the_union_word_opens_no_name(labelled, text) -> None:
    """调研指导|工会工作: the tagger may read the verbs as nouns, but the union is their object;
    no 区调研指导工会 (the level union before stays)."""
    unions = labelled(text, "UNION")
    assert not [u for u in unions if "调研" in u or "督导" in u or "指导" in u], unions


@pytest.mark.parametrize(
    "text",
    ["馆内全体工会会员参加大会。", "公司全体工会会员140余人参加选举。", "集团广大工会干部表示要继续努力。"],
)
def test_the_members_of_all_the_union_are_no_union(labelled, text) -> None:
    """馆内全体|工会会员: all the union's members; no 馆内全体工会."""
    assert labelled(text, "UNION") == set(), labelled(text, "UNION")


def test_a_union_named_before_its_members_keeps_its_name(labelled) -> None:
    """(县职工服务中心工会: 职工 inside a body's name is no phrase word before 工会.)"""
    assert "县职工服务中心工会" in labelled("县职工服务中心工会召开会员大会。", "UNION")
