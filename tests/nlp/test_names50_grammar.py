"""People of session 50's pages (invented text).

A. A Q&A site's formula 谢邀 (thanks for the invitation) opening an answer is no name.
B. A "name" right before a water's final and a word for its side (某某河边的老李) is the
   water's name (a screen name built on a river), no one: when the side qualifies a noun
   (…河边的) or the name opens with no surname.
C. A form's party field (申请人：X　性别：…, 委托代理人：Y) holds a person's name, whatever the
   tagger made of it (a rare surname and a word: 盘石生/n); a company there is no name.
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
    # C
    ("申请人：盘石生 性别：■男 □女 民族：瑶族", {"盘石生"}),
    ("申请人：盘金凤　性别：女\n被申请人：某县某某茶业有限公司\n委托代理人：盘水生", {"盘金凤", "盘水生"}),
    ("当事人：盘石生，男。", {"盘石生"}),
]


@pytest.mark.parametrize(("text", "want"), PEOPLE)
def test_people_of_session_50(labelled, text: str, want: set[str]) -> None:
    assert labelled(text, "PERSON") == want
