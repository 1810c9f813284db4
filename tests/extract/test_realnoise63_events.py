"""Events of real union news read as a grammar (realnoise63; names invented, areas real)."""

from __future__ import annotations


def test_a_headlines_meeting_said_again_enlarged_in_the_lead_is_one_event(read_and_extract):
    """Headline 十六届三次全委会, lead 某区总工会十六届三次全委（扩大）会议: the note that the
    meeting was enlarged and 会议 for 会 shorten no other meeting; one event, by its full name."""
    page = (
        "徐汇区总工会召开十六届三次全委会\n"
        "徐汇区总工会十六届三次全委（扩大）会议于2月28日召开。会议由区总工会主席柏文涛主持。"
    )
    (facts,) = read_and_extract(page, "enlarged")
    names = [e.ref.name for e in facts.events]
    assert names == ["徐汇区总工会十六届三次全委（扩大）会议"], names


def test_two_sessions_of_one_committee_stay_two_events(read_and_extract):
    page = (
        "河湾区总工会召开十六届三次全委会\n"
        "2月28日，河湾区总工会十六届三次全委（扩大）会议召开。"
        "2月28日下午，河湾区总工会十六届二次经审会会议召开。"
    )
    (facts,) = read_and_extract(page, "sessions")
    names = {e.ref.name for e in facts.events}
    assert len(names) == 2, names
