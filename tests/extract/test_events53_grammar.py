"""Events, as a grammar (session 52, the held documents' constructions).

- 目录 / 四、存在的问题 / 五、2028年工作打算: a plan heading listed right under another top heading is
  a table of contents' entry, opening no section of plans over the report's own sections;
- …大赛在X举行。…并将推荐其参加今年8月举行的Y大赛 / 还将在Z镇举办W培训班 / V联赛将于7月10日开赛:
  a word of planning in the clause, a day later than the page's (or none), on a page that told of an
  event held by then, is an aside on what comes next, no event;
- …大赛在X开赛。A出席开赛仪式 / X运动会 … X运动会开幕式: an opening ceremony, alone or after the
  whole name of the event, is that event's opening, no event of its own;
- 比赛分A、B、C3个修剪项目 … 选手在进行A树修剪比赛: a match named by an item of the contest, with no
  day, place or count of its own, is part of the contest, no event apart.

Every case is invented (no line comes from a corpus page).  Keys as in
:func:`tests.extract.facts_view.check_event`.
"""

from __future__ import annotations

import pytest

from tests.extract.facts_view import check_event, event_names

REPORT = (
    "汇报单位：泾川县总工会\n"
    "目　录\n"
    "一、2027年工作回顾\n"
    "二、存在的问题\n"
    "三、2028年工作打算\n"
    "一、2027年工作回顾：围绕中心，服务大局\n"
    "2027年5月16日，县总工会在县全民健身中心举办第四届职工运动会，参赛职工420名。\n"
    "二、存在的问题\n"
    "基层工会力量薄弱，专职干部不足。\n"
    "三、2028年工作打算\n"
    "计划于2028年6月举办第五届职工运动会。\n"
)


@pytest.mark.parametrize(
    "want",
    [
        {"ev": "第四届职工运动会", "date": "05-16", "count": 420},
        {"none": "第五届职工运动会"},
    ],
    ids=["held-under-the-review", "planned-under-the-plans"],
)
def test_contents_entry_opens_no_section_of_plans(extract_text, want):
    facts = extract_text(REPORT, headline="泾川县总工会2027年工作总结", region="平凉市", date="2028-01-12")
    check_event(facts, want)


HELD = "5月9日，崆峒区总工会在区职工活动中心举办“崆峒工匠杯”职工焊工技能大赛，86名职工参赛。"


@pytest.mark.parametrize(
    ("aside", "gone"),
    [
        (
            "区总工会为获奖选手颁发了证书，并将推荐一等奖获得者参加今年8月举行的平凉市职工职业技能大赛。",
            "平凉市职工职业技能大赛",
        ),
        ("6月下旬，区总工会还将在安国镇举办职工电工培训班。", "电工培训班"),
        ("2028年全区职工羽毛球联赛将于7月10日开赛。", "羽毛球联赛"),
    ],
    ids=["recommended-to-a-later-contest", "undated-still-to-come", "plan-word-after-the-name"],
)
def test_plan_after_an_event_held_is_no_event(extract_text, aside, gone):
    facts = extract_text(HELD + aside, headline="", region="平凉市", date="2028-05-11")
    check_event(facts, {"none": gone})
    check_event(facts, {"ev": "焊工技能大赛", "date": "05-09", "count": 86})


def test_plan_alone_on_its_page_stays(extract_text):
    body = "区总工会将于8月12日在区职工活动中心举办职工电工技能大赛，欢迎职工报名。"
    facts = extract_text(body, headline="", region="平凉市", date="2028-05-11")
    check_event(facts, {"ev": "电工技能大赛"})


@pytest.mark.parametrize(
    ("body", "gone"),
    [
        (
            "3月15日上午，由县总工会主办的职工茶艺技能大赛在龙井村茶园开赛，64名职工参赛。"
            "县总工会主席邬春生出席开赛仪式并宣布比赛开始。",
            "开赛仪式",
        ),
        (
            "9月3日，县总工会在县体育场举办第三届职工运动会，参赛职工500名。"
            "副县长邬春生出席第三届职工运动会开幕式并致辞。",
            "运动会开幕式",
        ),
    ],
    ids=["alone", "after-the-whole-name"],
)
def test_opening_ceremony_is_the_events_opening(extract_text, body, gone):
    facts = extract_text(body, headline="", region="杭州市", date="2028-09-05")
    names = event_names(facts)
    assert not any(n.endswith(gone) for n in names), names
    check_event(facts, {"ev": "技能大赛" if gone == "开赛仪式" else "职工运动会", "people": ["邬春生"]})


def test_match_of_an_item_is_part_of_the_contest(extract_text):
    body = (
        "4月2日，县总工会在桃花坞果园举办职工果树修剪技能大赛，132名职工参赛。"
        "比赛分桃树、梨树、葡萄3个修剪项目。\n"
        "选手在进行梨树修剪比赛\n"
        "经过角逐，蒲家镇职工柴永福获得一等奖。"
    )
    facts = extract_text(body, headline="", region="渭南市", date="2028-04-03")
    assert "梨树修剪比赛" not in event_names(facts), event_names(facts)
    check_event(facts, {"ev": "果树修剪技能大赛", "count": 132})


def test_room_right_after_a_framed_venue_is_the_venues(extract_text):
    body = "5月2日上午，永昌县职工代表座谈会在县文化中心多功能厅召开，40名职工代表参加。"
    facts = extract_text(body, headline="", region="金昌市", date="2028-05-02")
    check_event(facts, {"ev": "座谈会", "place": "永昌县文化中心", "noplace": "多功能厅"})


EXHIBITION = (
    "4月30日上午，永昌县庆祝“五一”劳动节大会在县会议中心召开，300余名职工代表参加。\n"
    "会前，与会人员参观了“奋斗永昌”劳模工匠事迹展。\n"
    "据了解，去年全县工会开展“金秋助学”“送清凉”等活动42场次。\n"
)


@pytest.mark.parametrize(
    "want",
    [{"ev": "事迹展", "date": "04-30"}, {"none": "送清凉"}],
    ids=["before-the-meeting-its-day", "quoted-names-tallied"],
)
def test_exhibition_before_the_meeting(extract_text, want):
    facts = extract_text(EXHIBITION, headline="", region="金昌市", date="2028-04-30")
    check_event(facts, want)


def test_those_served_count_not_those_serving(extract_text):
    body = (
        "5月8日，北辰区总工会与区司法局联合开展“法律服务进园区”活动，"
        "8名律师志愿者走进一处产业园，为210余名职工提供劳动合同咨询。"
    )
    facts = extract_text(body, headline="", region="天津市", date="2028-05-10")
    check_event(facts, {"ev": "法律服务进园区", "count": 210})


def test_caption_of_a_trade_is_part_of_the_contest(extract_text):
    body = (
        "6月3日，静海区第二届职工职业技能大赛在区职工技能实训基地开赛，210名职工参赛，比赛设钳工、电工、焊工等6个工种。\n"
        "6月3日，选手柴立群在钳工比赛中进行锉削操作。\n"
    )
    facts = extract_text(body, headline="", region="天津市", date="2028-06-05")
    assert not any(n.startswith("钳工") for n in event_names(facts)), event_names(facts)
    check_event(facts, {"ev": "职业技能大赛", "count": 210})


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "日前，西青区总工会开展“安全生产进工地”活动，5名安全员走进杨柳青镇一处在建项目，为90余名农民工讲解安全知识。",
            {"ev": "安全生产进工地", "place": "杨柳青镇"},
        ),
        (
            "日前，西青区总工会开展“安全生产进工地”活动，安全员在杨柳青镇讲解安全知识，并走访一处在建项目。",
            {"ev": "安全生产进工地", "noplace": "一处"},
        ),
    ],
    ids=["area-before-one-site", "no-area-before-the-site"],
)
def test_area_gone_into_before_one_site_is_the_place(extract_text, body, want):
    facts = extract_text(body, headline="", region="天津市", date="2028-05-10")
    check_event(facts, want)


CONTEST = (
    "6月12日，静海区第二届职工职业技能大赛在区职工技能实训基地开赛，300余名职工参赛。\n大赛采用理论与实操相结合的方式。"
)


@pytest.mark.parametrize(
    ("tail", "want"),
    [
        (
            "6月14日下午大赛闭幕，柴立群、司徒建华（天津静海华通机械有限公司）、冯晓梅（天津静海顺达物流有限公司）"
            "分别获得焊工、电工、叉车司机工种第一名。",
            {"ev": "职业技能大赛", "people": ["柴立群", "司徒建华", "冯晓梅"]},
        ),
    ],
    ids=["head-said-in-a-later-paragraph"],
)
def test_winners_of_items_a_paragraph_on(extract_text, tail, want):
    facts = extract_text(CONTEST + tail, headline="", region="天津市", date="2028-06-15")
    check_event(facts, want)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "4月30日，永昌县表彰大会在县会议中心召开。会前，与会人员参观了劳模工匠事迹展。",
            {"ev": "事迹展", "date": "04-30"},
        ),
        (
            "4月30日，永昌县表彰大会在县会议中心召开。会前，县总工会副主席苟建华已调任金川区总工会。",
            {"ev": "表彰大会", "nopeople": ["苟建华"]},
        ),
    ],
    ids=["its-events-dated", "its-people-not-attending"],
)
def test_before_the_meeting_is_its_day_not_its_attendance(extract_text, body, want):
    facts = extract_text(body, headline="", region="金昌市", date="2028-04-30")
    check_event(facts, want)
