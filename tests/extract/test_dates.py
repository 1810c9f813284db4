"""Family dates (kg.extract.dates): dates as written, and the main event's date."""

from __future__ import annotations

import pytest

from kg.extract.dates import parse_date
from tests.extract.facts_view import event


@pytest.mark.parametrize(
    ("text", "year", "parsed"),
    [
        ("2024年5月6日", None, ("2024-05-06", "date")),
        ("5月6日", 2023, ("2023-05-06", "date")),
        ("5月6日", None, ("--05-06", "gMonthDay")),
        ("13月6日", 2023, None),
        ("2024-5-6", None, ("2024-05-06", "date")),
        ("2024.05.06", None, ("2024-05-06", "date")),
        ("2024年5月", None, ("2024-05", "gYearMonth")),
        ("上午", 2023, None),
        ("去年11月9日", 2027, ("2026-11-09", "date")),
        ("前年5月", 2027, ("2025-05", "gYearMonth")),
        ("明年1月3日", 2027, ("2028-01-03", "date")),
        ("今年3月", 2027, ("2027-03", "gYearMonth")),
        ("去年11月9日", None, ("--11-09", "gMonthDay")),
        ("去年2025年3月1日", 2027, ("2025-03-01", "date")),
    ],
)
def test_dates_as_written(text, year, parsed):
    assert parse_date(text, year) == parsed


def test_the_main_event_happens_on_the_date_the_article_opens_with(extract_text):
    facts = extract_text(
        "6月12日，记者从襄城区总工会获悉，一批职工服务项目即将落地。当天下午，区总工会召开了职工代表座谈会。",
        region="襄阳市",
    )
    assert event(facts, "座谈会").date[:2] == ("--06-12", "gMonthDay")


def test_events_of_the_same_occasion_share_the_main_events_date(extract_text):
    facts = extract_text(
        "6月12日，襄城区总工会召开职工代表座谈会。同日，区总工会还开展了送清凉慰问活动。"
        "此前，区总工会开展了职工书画展活动。",
        region="襄阳市",
    )
    assert event(facts, "慰问活动").date[:2] == ("--06-12", "gMonthDay")
    assert event(facts, "书画展").date is None  # 此前: another occasion


def test_an_event_named_first_in_the_headline_shares_the_date_where_said_again_at_the_meeting(extract_text):
    # the headline's 签订新一轮集体合同 is the body's 会上，…签订了集体合同: the meeting's day
    facts = extract_text(
        "3月5日，襄城区建工集团第三届职工代表大会第二次会议在集团总部召开。"
        "会上，集团总经理王立新、集团工会主席陈国平签订了集体合同。",
        headline="襄城区建工集团召开职代会 签订新一轮集体合同",
        region="襄阳市",
    )
    assert event(facts, "集体合同").date[:2] == ("--03-05", "gMonthDay")


def test_a_date_opening_a_later_sentence_of_the_lead_paragraph_dates_the_main_event(extract_text):
    facts = extract_text(
        "为丰富职工业余生活，增强团队凝聚力。2024年5月9日上午，由区总工会主办的职工趣味运动会在区体育馆举行。",
        region="襄阳市",
    )
    assert event(facts, "趣味运动会").date[:2] == ("2024-05-09", "date")


def test_last_year_before_the_day_the_tagger_marked_counts_the_year(extract_text):
    facts = extract_text(
        "记者：去年的比赛办得怎么样？吕文涛：去年11月9日，由市总工会主办的第三届职工技能大赛决赛在市工人文化宫举行。",
        region="萍乡市",
        date="2025-03-02",
    )
    assert event(facts, "技能大赛").date[:2] == ("2024-11-09", "date")


def test_yesterday_in_the_lead_sentence_is_the_day_before_the_page_date(extract_text):
    facts = extract_text("昨天下午，襄城区总工会在区工人文化宫召开职工代表座谈会。", region="襄阳市", date="2024-04-21")
    assert event(facts, "座谈会").date[:2] == ("2024-04-20", "date")


def test_today_is_the_day_of_the_dateline(extract_text):
    facts = extract_text(
        "今天，襄城区总工会2024年夏送清凉活动在樊城启动。",
        region="襄阳市",
        date="2024-07-21",
        byline="本报襄阳7月20日讯（记者 张明）",
    )
    assert event(facts, "送清凉").date[:2] == ("2024-07-20", "date")


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        ("记者今天从襄城区总工会获悉，全区职工驿站地图正式上线。", "2024-07-20"),  # the day the lead named
        ("记者昨天从襄城区总工会获悉，全区职工驿站地图正式上线。", "2024-07-19"),
        ("记者从襄城区总工会获悉，全区职工驿站地图正式上线。", "2024-07-20"),  # none: the dateline's
    ],
)
def test_that_day_opening_a_sentence_is_the_day_the_lead_named(extract_text, lead, day):
    # (invented) 当天 points back at the last day said, else at the report's own day
    facts = extract_text(
        lead + "当天在樊城区举行的上线仪式上，区总工会为80余名职工送上清凉用品。",
        region="襄阳市",
        date="2024-07-21",
        byline="本报襄阳7月20日讯（记者 张明）",
    )
    assert event(facts, "上线仪式").date[:2] == (day, "date")


def test_a_relative_day_inside_a_clause_dates_nothing(extract_text):
    facts = extract_text(
        "近日，襄城区总工会举办职工书画展。职工张明说昨天，他的作品获奖了。", region="襄阳市", date="2024-04-21"
    )
    assert event(facts, "书画展").date is None


def test_a_day_without_its_month_is_in_the_month_of_the_page_date(extract_text):
    facts = extract_text("18日晚，襄城区总工会举办职工迎春联欢会。", region="襄阳市", date="2024-01-20")
    assert event(facts, "联欢会").date[:2] == ("2024-01-18", "date")


def test_a_day_after_the_page_dates_is_in_the_month_before(extract_text):
    facts = extract_text("29日上午，襄城区总工会召开职工代表座谈会。", region="襄阳市", date="2024-05-02")
    assert event(facts, "座谈会").date[:2] == ("2024-04-29", "date")


def test_a_part_of_a_month_dates_the_event_to_the_month(extract_text):
    facts = extract_text("5月中旬，襄城区总工会举办职工书画展。", region="襄阳市", date="2024-05-30")
    assert event(facts, "书画展").date[:2] == ("2024-05", "gYearMonth")


def test_an_event_right_after_the_main_one_shares_its_date(extract_text):
    facts = extract_text("6月12日，襄城区总工会举办职工书画展。随后，区总工会召开了职工代表座谈会。", region="襄阳市")
    assert event(facts, "座谈会").date[:2] == ("--06-12", "gMonthDay")


def test_an_event_during_the_main_one_shares_its_date(extract_text):
    facts = extract_text("6月12日，襄城区总工会举办职工健步走活动。活动期间，还举办了职工义诊。", region="襄阳市")
    assert event(facts, "义诊").date[:2] == ("--06-12", "gMonthDay")


def test_a_dateline_opening_the_body_dates_the_report_not_the_event(extract_text):
    facts = extract_text(
        "本报襄阳4月20日讯（记者 张明）昨天，襄城区总工会举办职工书画展。", region="襄阳市", date="2024-04-22"
    )
    assert event(facts, "书画展").date[:2] == ("2024-04-19", "date")


def test_a_relative_day_after_an_ellipsis_opens_a_clause(extract_text):
    facts = extract_text(
        "本报襄阳7月20日讯 车间里、工地上、马路边……今天起，襄城区总工会开展送清凉活动。",
        region="襄阳市",
        date="2024-07-22",
    )
    assert event(facts, "送清凉").date[:2] == ("2024-07-20", "date")


@pytest.mark.parametrize(
    ("written", "want"),
    [
        ("二〇二四年三月五日", ("2024-03-05", "date")),
        ("十二月二十日", ("2024-12-20", "date")),
        ("十月三十一日", ("2024-10-31", "date")),
        ("今年3月", ("2024-03", "gYearMonth")),
        ("今年3月5日", ("2024-03-05", "date")),
    ],
)
def test_dates_in_chinese_numerals_and_this_year(written, want):
    assert parse_date(written, 2024) == want


def test_a_relative_day_with_its_day_in_brackets_dates_the_event_inside_a_clause(extract_text):
    facts = extract_text(
        "南湖区总工会今（9）日上午在区职工服务中心举办职工读书分享会。", region="嘉兴市", date="2024-05-09"
    )
    assert event(facts, "读书分享会").date[:2] == ("2024-05-09", "date")


def test_a_relative_day_with_its_day_in_chinese_numerals_in_brackets(extract_text):
    # 今（十四）日, as Macau's reports write it
    facts = extract_text(
        "南湖区总工会今（十四）日上午在区职工服务中心举办职工读书分享会。", region="嘉兴市", date="2024-05-15"
    )
    assert event(facts, "读书分享会").date[:2] == ("2024-05-14", "date")


def test_yesterday_with_its_day_in_brackets_dates_the_event(extract_text):
    facts = extract_text(
        "南湖区总工会昨日（8日）在区职工服务中心举办职工读书分享会。", region="嘉兴市", date="2024-05-09"
    )
    assert event(facts, "读书分享会").date[:2] == ("2024-05-08", "date")


def test_an_event_after_the_contest_shares_its_date(extract_text):
    facts = extract_text(
        "6月19日，雨花区总工会举办职工包饺子比赛。赛后，区总工会为15户困难职工家庭送去慰问金。", region="长沙市"
    )
    assert event(facts, "慰问").date[:2] == ("--06-19", "gMonthDay")


def test_an_event_of_a_section_headed_by_a_day_happens_that_day(extract_text):
    facts = extract_text(
        "7月以来，雨花区总工会开展“夏送清凉”专项行动。\n"
        "📍 7月9日 · 洞井街道\n区总工会副主席王立新一行走进洞井街道，慰问一线环卫工人。\n"
        "📍 7月15日 · 黎托街道\n当天下午，“劳模故事汇·安全课堂”在黎托街道党群服务中心开讲。",
        region="长沙市",
    )
    assert event(facts, "慰问").date[:2] == ("--07-09", "gMonthDay")
    assert event(facts, "安全课堂").date[:2] == ("--07-15", "gMonthDay")


def test_an_event_after_the_ceremony_shares_its_date(extract_text):
    # 揭牌仪式后，…开展了…团体辅导: on the ceremony's day
    facts = extract_text(
        "12月1日，南湖区总工会职工服务驿站在新兴街道揭牌。揭牌仪式后，驿站开展了首场“减压·同行”团体辅导。",
        region="嘉兴市",
    )
    assert event(facts, "团体辅导").date[0].endswith("12-01")


def test_a_day_after_its_subject_before_a_place_dates_the_main_event(extract_text):
    # 市总工会8日在X举办 / 大巴车8日上午从X出发: the dateline's style puts the day after the subject
    facts = extract_text("襄城区总工会19日上午在区工人文化宫举办职工迎春联欢会。", region="襄阳市", date="2024-01-20")
    assert event(facts, "联欢会").date[:2] == ("2024-01-19", "date")
    # (a day inside a clause that no place follows dates nothing: 他19日说)
    text = "近日，襄城区总工会举办职工书画展。职工张明19日说他的作品获奖了。"
    facts = extract_text(text, region="襄阳市", date="2024-01-20")
    assert event(facts, "书画展").date is None


def test_a_day_written_alone_takes_the_month_said_before(extract_text):
    # 18日下午，…: the day of the month of the date said last before (12月17日至18日)
    facts = extract_text(
        "12月17日至18日，雨花区总工会第三次会员代表大会在区职工活动中心召开。"
        "18日下午，雨花区总工会第三届委员会召开第一次全体会议。",
        region="长沙市",
        date="2025-12-19",
    )
    assert event(facts, "第一次全体会议").date[0] == "2025-12-18"


def test_the_same_day_is_the_day_of_the_event_told_before(extract_text):
    # 18日下午，X会议…；同日召开的Y: Y on X's day, not on the main event's
    facts = extract_text(
        "12月17日，雨花区总工会第三次会员代表大会在区职工活动中心召开。"
        "18日下午，雨花区总工会第三届委员会召开第一次全体会议。同日，经费审查委员会召开第一次会议。",
        region="长沙市",
        date="2025-12-19",
    )
    assert event(facts, "第一次会议").date[0] == "2025-12-18"
