"""Participants, as a grammar (session 57, older documents: a recap's selection).

- 昨天的“X”圆满结束！…工会评出“Y”3名：A、B、C: the people a selection names in a paragraph that
  named the event before them were picked from those who took part in it (the event found again
  by the quoted title of its name, not only where it was first read);
- 工会评出“Y”3名：A、B in a paragraph naming no event: an honour, nobody's part in an event.

Every case is invented (no line comes from a corpus page).  Keys as in
:func:`tests.extract.facts_view.check_event`.
"""

from __future__ import annotations

from tests.extract.facts_view import check_event

RECAP = (
    "5月20日，公司工会组织“庆五一·职工登山赛”活动，地点在青峰山森林公园。\n"
    "【活动回顾】昨天的“庆五一·职工登山赛”圆满结束！实际参加职工56人。"
    "工会评出“登山能手”3名：梁志刚、杜晓敏、韦海燕，每人奖励保温杯一个。"
)


def test_people_selected_in_a_recap_take_part(extract_text):
    facts = extract_text(RECAP, headline="", region="桂林市", date="2027-05-21")
    check_event(facts, {"ev": "职工登山赛", "people": ["梁志刚", "杜晓敏", "韦海燕"]})


def test_a_selection_in_a_paragraph_naming_no_event_takes_no_part(extract_text):
    text = (
        "5月20日，公司工会组织“庆五一·职工登山赛”活动，地点在青峰山森林公园。\n"
        "年终，工会评出“节能标兵”2名：梁志刚、杜晓敏，每人奖励保温杯一个。"
    )
    facts = extract_text(text, headline="", region="桂林市", date="2027-05-21")
    check_event(facts, {"ev": "职工登山赛", "nopeople": ["梁志刚", "杜晓敏"]})
