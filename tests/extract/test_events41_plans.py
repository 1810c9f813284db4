"""Family events (kg.extract.events): a titled meeting named with a plan's day, and meetings
named as one kind or another, are no events held."""

from __future__ import annotations

from tests.extract.facts_view import event_names


def test_a_titled_congress_with_only_its_planned_month_is_no_event(extract_text):
    # 拟于2028年3月下旬召开: the month is the plan's, however titled the name (第三次)
    facts = extract_text(
        "近日，雨花区总工会举办职工读书分享会。经研究，区总工会第三次会员代表大会拟于2028年3月下旬召开。",
        region="长沙市",
    )
    assert event_names(facts) == ["职工读书分享会"]


def test_a_titled_congress_held_on_its_day_is_an_event(extract_text):
    facts = extract_text("3月5日，雨花区总工会第三次会员代表大会在区职工之家召开。", region="长沙市")
    assert any("第三次会员代表大会" in n for n in event_names(facts)), event_names(facts)


def test_meetings_of_one_kind_or_another_are_no_event(extract_text):
    # 各单位分别召开会员大会或会员代表大会: each unit held one of either kind, no one event
    facts = extract_text(
        "近日，雨花区总工会举办职工读书分享会。各基层单位于2028年1月5日至1月20日分别召开会员大会或会员代表大会，选举产生了代表。",
        region="长沙市",
    )
    assert event_names(facts) == ["职工读书分享会"]
