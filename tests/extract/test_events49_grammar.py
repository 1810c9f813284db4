"""Event attributes in new genres, as a grammar (session 49).

- “送温暖”首站… over the body's “冬送温暖”活动: the campaign's phrase quoted, a season before it
  in the name, is one event with the name.

Every case is invented (no line comes from a corpus page).  Keys as in
:func:`tests.extract.facts_view.check_event`.
"""

from __future__ import annotations

from tests.extract.facts_view import check_event


def test_quoted_campaign_phrase_is_the_seasoned_name(extract_text):
    facts = extract_text(
        "1月20日上午，由鹤岗市总工会主办的“冬送温暖”活动在向阳区职工服务中心举行。市总工会副主席孟庆丰出席。\n",
        headline="鹤岗市总工会“送温暖”首站走进向阳区 200余名困难职工领到年货",
        region="鹤岗市",
        date="2028-01-21",
    )
    check_event(facts, {"ev": "冬送温暖", "date": "01-20", "someorgs": ["鹤岗市总工会"]})
    names = [e.ref.name for e in facts.events]
    assert [n for n in names if "送温暖" in n] == ["“冬送温暖”活动"], names
