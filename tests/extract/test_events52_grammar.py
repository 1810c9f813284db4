"""Event attributes, as a grammar (session 51, second round).

- 二、X推进会 / 时间：D / 地点：P / 主持：A / 到会：…，共N人: the label lines right under a heading
  that names an event (a line of its own, no sentence) give its day, venue, people and count,
  wherever in the page the heading stands; not under a sentence's line.

Every case is invented (no line comes from a corpus page).  Keys as in
:func:`tests.extract.facts_view.check_event`.
"""

from __future__ import annotations

import pytest

from tests.extract.facts_view import check_event

NOTES = (
    "一、走访情况\n"
    "到靖远县几家企业看了看，情况良好。\n"
    "二、二季度工作推进会\n"
    "时间：2028年7月3日（周一）上午9:00\n"
    "地点：会宁县总工会二楼会议室\n"
    "主持：苟建华\n"
    "到会：各乡镇总工会主席 + 机关干部，共35人\n"
    "县总工会主席冯立新讲话，要求抓好新就业形态劳动者入会。\n"
)


@pytest.mark.parametrize(
    "want",
    [
        {"ev": "推进会", "date": "07-03"},
        {"ev": "推进会", "place": "会宁县"},
        {"ev": "推进会", "people": ["苟建华"]},
        {"ev": "推进会", "count": 35},
    ],
)
def test_label_lines_under_a_heading_are_its_events(extract_text, want):
    facts = extract_text(NOTES, headline="七月工作笔记", region="白银市", date="2028-07-10")
    check_event(facts, want)


def test_label_lines_under_a_sentence_are_no_headings(extract_text):
    body = NOTES.replace("二、二季度工作推进会\n", "二、县总工会召开了二季度工作推进会，会上作了部署。\n")
    facts = extract_text(body, headline="七月工作笔记", region="白银市", date="2028-07-10")
    check_event(facts, {"ev": "推进会", "nopeople": ["苟建华"]})
