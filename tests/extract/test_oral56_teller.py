"""An oral history's teller (session 56): 口述：X in the byline, others writing it down.

- T1 the teller the byline names (口述：X　采访、整理：Y　Z) says 我 in the text: where 我 tells
  of an event, the teller took part — not the writers, though two are credited.
- T2 the interview's day opening the text (采访时间：D　采访地点：P) is when the teller was
  heard: no day of the event the account tells first.

Every case is invented (no line comes from a corpus page).
"""

from __future__ import annotations

from tests.extract.facts_view import event, participants

BODY = (
    "【编者按】严守拙，1950年生，曾任江北区总工会主席，现已退休。\n"
    "　　去年5月8日，区总工会在职工文化宫开了个座谈会，我也去了，讲了讲当年的事。\n"
)


def test_the_teller_of_an_oral_history_takes_part_in_what_they_tell(extract_text):
    facts = extract_text(
        BODY,
        headline="一辈子的工会情",
        region="重庆市",
        byline="口述：严守拙 采访、整理：温若兰 柏青山",
        reporters=("温若兰", "柏青山"),
    )
    got = participants(event(facts, "座谈会"))
    assert "严守拙" in got
    assert not {"温若兰", "柏青山"} & got


def test_without_a_teller_two_writers_say_no_i(extract_text):
    facts = extract_text(BODY, headline="一辈子的工会情", region="重庆市", reporters=("温若兰", "柏青山"))
    assert not {"严守拙", "温若兰", "柏青山"} & participants(event(facts, "座谈会"))


def test_the_interviews_day_is_no_day_of_the_event_told(extract_text):
    facts = extract_text(
        "采访时间：2026年4月2日 采访地点：江北区严守拙寓所\n　　那年我到省城参加了一期工会干部研修班，学了三个月。\n",
        headline="一辈子的工会情",
        region="重庆市",
        byline="口述：严守拙 采访、整理：温若兰 柏青山",
    )
    assert event(facts, "研修班").date is None
