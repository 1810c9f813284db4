"""People of session 50's pages (invented text).

A. A Q&A site's formula 谢邀 (thanks for the invitation) opening an answer is no name.
B. A "name" right before a water's final and a word for its side (某某河边的老李) is the
   water's name (a screen name built on a river), no one: when the side qualifies a noun
   (…河边的) or the name opens with no surname.
"""

from __future__ import annotations

import pytest

PEOPLE: list = [
    # A
    ("谢邀，人在基层工会，刚下班。\n张志军主席让我来说两句。", {"张志军"}),
    # B
    ("托里河边的老李\n县级工会干事，答题三年。", set()),
    ("霍城河边的老李回复：视频在公众号里。", set()),
    ("李明河边散步时遇到了王刚。", {"李明", "王刚"}),
]


@pytest.mark.parametrize(("text", "want"), PEOPLE)
def test_people_of_session_50(labelled, text: str, want: set[str]) -> None:
    assert labelled(text, "PERSON") == want
