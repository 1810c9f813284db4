"""Event attributes, as a grammar (session 51, second round).

- 二、X推进会 / 时间：D / 地点：P / 主持：A / 到会：…，共N人: the label lines right under a heading
  that names an event (a line of its own, no sentence) give its day, venue, people and count,
  wherever in the page the heading stands; not under a sentence's line;
- …在全县职工文艺汇演中获一等奖！本次汇演…，6月9日在X举行 / 本次活动于…在X举行: a sentence opening
  with 本次 and the main event's head alone (or 活动) gives its day and venue;
- 由A主办、B承办: the host joined by 、 after the organiser organises the event too;
- …召开推进会。A部署下半年工作，B通报了考核结果: setting out the work or reporting results, one
  takes part in the meeting;
- …推进会在X总工会二楼会议室召开 / 在X总工会三楼会议室参加…例会 / 地点：X总工会二楼会议室: the
  meeting held in a room of a union's premises, no organiser named, is the union's;
- 调解地点：X above a case record whose event is 调解: a place line whose label names the main
  event gives its venue (not one naming another event: 比赛地点).

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


CHOIR = (
    "热烈祝贺红岩镇总工会选送的《山乡新曲》在全县职工文艺汇演中获一等奖！"
    "本次汇演由县总工会主办、城关镇总工会承办，6月9日在城关镇文化广场举行，全县12支代表队300余名职工登台。\n"
)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (CHOIR, {"ev": "汇演", "date": "06-09", "place": "城关镇文化广场"}),
        (CHOIR.replace("本次汇演", "本次活动"), {"ev": "汇演", "date": "06-09", "place": "城关镇文化广场"}),
        (CHOIR, {"ev": "汇演", "someorgs": ["城关镇总工会"]}),
        (CHOIR.replace("举行", "受到好评"), {"ev": "汇演", "place": None}),
    ],
    ids=["head", "generic-head", "host-after-comma", "no-holding"],
)
def test_this_head_alone_gives_the_main_events_scene(extract_text, body, want):
    facts = extract_text(body, headline="", region="安康市", date="2028-06-12")
    check_event(facts, want)


def test_who_sets_out_or_reports_the_work_takes_part(extract_text):
    body = (
        "7月3日，会宁县总工会召开二季度工作推进会。"
        "县总工会主席冯立新部署下半年工作，县总工会组织部部长苟建华通报了上半年考核结果。\n"
    )
    facts = extract_text(body, headline="", region="白银市", date="2028-07-10")
    check_event(facts, {"ev": "推进会", "people": ["冯立新", "苟建华"]})


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("7月3日上午，二季度工作推进会在会宁县总工会二楼会议室召开，各乡镇总工会主席共35人参加。\n", "会宁县总工会"),
        ("7月5日，在白银市总工会三楼会议室（白银区）参加全市工会财务工作例会，共40余人参会。\n", "白银市总工会"),
        (NOTES, "会宁县总工会"),
    ],
    ids=["held-in", "attended-in", "place-line"],
)
def test_meeting_in_a_unions_room_is_the_unions(extract_text, body, want):
    facts = extract_text(body, headline="七月工作笔记", region="白银市", date="2028-07-10")
    check_event(facts, {"ev": "会", "someorgs": [want]})


def test_organiser_named_keeps_the_meeting_in_a_unions_room(extract_text):
    body = "7月3日，白银市人社局在会宁县总工会二楼会议室召开二季度就业工作推进会。\n"
    facts = extract_text(body, headline="", region="白银市", date="2028-07-10")
    ev = next(e for e in facts.events if "推进会" in e.ref.name)
    assert all(r.name != "会宁县总工会" for r, _ in ev.organizers), ev.organizers


CASE = (
    "案件来源：当事人申请\n"
    "调解地点：临夏县职工服务中心调解室\n"
    "申请人：马永祥\n"
    "被申请人：临夏县鑫源建材有限公司\n"
    "经本委员会于2028年5月9日组织调解，双方自愿达成如下协议：\n"
    "一、被申请人支付申请人工资8000元。\n"
)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (CASE, {"ev": "调解", "place": "临夏县职工服务中心"}),
        (CASE.replace("调解地点", "比赛地点"), {"ev": "调解", "place": None}),
    ],
    ids=["own-label", "other-label"],
)
def test_place_line_labelled_by_the_event(extract_text, body, want):
    facts = extract_text(
        body, headline="临夏县总工会劳动争议调解委员会调解协议书", region="临夏回族自治州", date="2028-05-10"
    )
    check_event(facts, want)
