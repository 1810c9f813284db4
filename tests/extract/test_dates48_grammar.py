"""Dates of session 48: a day relative to the report opening a sentence with no comma after it,
before the clause's subject (今日市总工会举办…), after a sender's sign (【某某总工会】今天…), or
right after the event it dates (某某代表大会今日闭幕)."""

from __future__ import annotations

import pytest

from tests.extract.test_dates import event


@pytest.mark.parametrize(
    ("body", "key", "day"),
    [
        ("今日市总工会、市人社局联合举办职工技能大赛启动会，共90余人参加。", "启动会", "2031-06-05"),
        ("【普洱市总工会】今天市总工会在市职工服务中心举办职工读书分享会。", "分享会", "2031-06-05"),
        ("墨江县总工会第四次代表大会今日胜利闭幕，实到代表126名。", "代表大会", "2031-06-05"),
        ("昨天上午市总工会举行劳模座谈会，20名劳模参加。", "座谈会", "2031-06-04"),
    ],
)
def test_a_relative_day_opening_a_sentence_without_a_comma(extract_text, body, key, day):
    facts = extract_text(body, region="普洱市", date="2031-06-05")
    assert event(facts, key).date[:2] == (day, "date")


def test_a_relative_day_qualifying_a_noun_dates_nothing(extract_text):
    facts = extract_text("今日的市总工会职工书画展吸引了众多市民。", region="普洱市", date="2031-06-05")
    assert all(e.date is None or e.date[0] != "2031-06-05" for e in facts.events)
