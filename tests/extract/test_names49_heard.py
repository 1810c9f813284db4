"""A name a meeting's transcript heard (session 49, invented text): one of the same surname
and length as a speaker head's display name, its other characters of the same sound
(邝立萍 for 邝丽萍), is the head's person, the heard form an alias, with every fact said of it.
Outside a transcript two such names are two people."""

from __future__ import annotations

import pytest

from kg.extract.heard_names import heard_names, sound_alike

TRANSCRIPT = (
    "区总工会 罗建 00:02:00\n"
    "经区委研究决定，邝立萍同志任区总工会副主席。欢迎。\n"
    "区总-邝丽萍 00:03:10\n"
    "谢谢大家，我一定努力工作。\n"
)


@pytest.mark.parametrize(
    ("heard", "name", "alike"),
    [
        ("邝立萍", "邝丽萍", True),
        ("司马小明", "司马晓明", True),
        ("邝丽平", "邝丽萍", True),
        ("程丽萍", "陈丽萍", False),  # the surname is the same in both
        ("邝美萍", "邝丽萍", False),  # 美 and 丽 do not sound alike
        ("邝丽", "邝丽萍", False),
    ],
)
def test_names_that_sound_alike(heard: str, name: str, alike: bool) -> None:
    assert sound_alike(heard, name) is alike


def test_the_heard_name_is_the_heads_person(extract_text) -> None:
    facts = extract_text(TRANSCRIPT, headline="区总工会视频调度会")
    people = {ref.name: info for ref, info in facts.entities.items() if ref.cls == "Person"}
    assert "邝立萍" not in people
    assert "邝立萍" in people["邝丽萍"].aliases
    holders = {r.subject.name for r in facts.relations if r.pred == "post"}
    assert "邝立萍" not in holders


def test_no_transcript_no_heard_names() -> None:
    assert heard_names("张丽华、张立华获评先进个人。", {"张丽华", "张立华"}) == {}
    assert heard_names(TRANSCRIPT, {"邝立萍", "邝丽萍", "罗建"}) == {"邝立萍": "邝丽萍"}
