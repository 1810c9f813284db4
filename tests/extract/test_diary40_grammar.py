"""A first-person diary of a union-organised trip (session 40): days under 【Day N　date　title】
heads, people met, the places and their hosts.

- N1 a name right after an honour and before 发言 (全国劳动模范X发言) is closed by 发言, as by 讲话.
- N2 老师傅姓刘: the verb 姓 gives a surname alone; 傅姓刘 is no name.
- B1 他们厂工会 with no 厂 named before: a works' union referred to by its type, no union entity.
- B2 …公司数控车间的工段长: the workshop before 的 and its head's title is the job's unit, not an
  organisation of its own (as …公司数控车间主任 already).
- B3 X的“云谷茶居”职工疗休养基地: a venue's name opening with its quoted proper part is read.
- P1 这家茶企的工会主席X: the title after words pointing at a firm is an office at the company
  named last (its union unnamed); not when no company was named.
- E1 疗休养 heads an event (参加X组织的劳模疗休养: X organises it, 参加 notwithstanding); the
  notice's …疗休养活动 is the same event (a generic head added); 地点为X places it; 我们这一期
  一共N名… counts it; not a head before a venue's word (“X”职工疗休养基地).
- E2 开了个座谈会: a spoken verb of holding with a measure word makes a head of three an
  event; a 【Day N　date】 head dates the day's events; 在基地会议室 is a room of the venue
  named days before.
- W1 the one credited writer of a first-person account takes part in the events of the
  paragraphs where they say 我; not 我省 (an official's province), nor an interview's turn.

Every case is invented (no line comes from a corpus page).
"""

from __future__ import annotations

import pytest

from tests.extract.facts_view import check_event, names, posts

DIARY = (
    "前几天从福鼎回来。我是宁德振华电机股份有限公司数控车间的工段长，进厂18年，2020年被评为宁德市劳动模范。"
    "这次参加宁德市总工会组织的职工疗休养，5天4晚。\n"
    "【Day 1　5月12日　出发】\n"
    "早上8点在宁德市工人文化宫门口集合。下午到了南平市建阳区的“云谷茶居”职工疗休养基地。"
    "基地负责人江远帆带我们熟悉环境。我们这一期一共30多名职工，年纪最大的58岁。\n"
    "【Day 2　5月13日　座谈会】\n"
    "下午在基地会议室开了个座谈会。建阳区总工会副主席蓝晓岚来了，给我们介绍了当地的做法。"
    "我们这边由全国劳动模范赖永安发言。我也被点名说了几句。\n"
    "【Day 3　5月14日　茶山】\n"
    "去麻沙镇一家叫建阳天山绿茶有限公司的茶企参观。做茶的老师傅姓刘，手把手教我们。"
    "这家茶企的工会主席薛雅琴说，他们厂工会去年被评为先进。\n"
    "最后贴一段通知里的话：“经研究，定于5月12日至16日组织2027年第二期职工疗休养活动，地点为南平市建阳区。”"
)


@pytest.fixture(scope="module")
def diary(extract_text):
    return extract_text(DIARY, headline="疗休养日记：建阳五日", date="2027-05-20", reporters=("林秋月",))


def test_n1_name_closed_by_speaking(diary):
    assert "赖永安" in names(diary, "Person")


def test_n2_surname_alone_is_no_name(diary):
    assert not any("姓" in n for n in names(diary, "Person")), names(diary, "Person")


def test_b1_works_union_unnamed(diary):
    assert "厂工会" not in names(diary, "TradeUnion")


def test_b2_workshop_of_a_job(diary):
    orgs = names(diary, "Organization")
    assert "宁德振华电机股份有限公司" in orgs
    assert not any(n.endswith("车间") for n in orgs), orgs


def test_b3_quoted_venue(diary):
    venues = names(diary, "Place") | names(diary, "Organization")
    assert "“云谷茶居”职工疗休养基地" in venues, venues
    assert ("江远帆", "“云谷茶居”职工疗休养基地", "负责人") in posts(diary)


def test_p1_office_at_firm_pointed_at(diary):
    assert ("薛雅琴", "建阳天山绿茶有限公司", "工会主席") in posts(diary)


def test_near_p1_no_firm_named(extract_text):
    facts = extract_text("这家茶企的工会主席薛雅琴说，茶农入会的人越来越多。", date="2027-05-20")
    assert not any(p[0] == "薛雅琴" for p in posts(facts)), posts(facts)


def test_e1_rest_holiday(diary):
    (trip,) = [e for e in diary.events if "疗休养" in e.ref.name]
    check_event(diary, {"ev": "疗休养", "date": "05-12", "someorgs": ["宁德市总工会"], "place": "建阳区", "count": 30})
    assert "职工疗休养" in trip.aliases | {trip.ref.name}


def test_near_e1_head_before_venue(extract_text):
    facts = extract_text("下午到了宁德市蕉城区的“青溪茗苑”职工疗休养基地。", date="2027-05-20")
    assert not facts.events, [e.ref.name for e in facts.events]


def test_e2_meeting_of_the_day(diary):
    check_event(diary, {"ev": "座谈会", "date": "05-13", "place": "云谷茶居", "people": ["蓝晓岚", "赖永安"]})


def test_w1_writer_takes_part(diary):
    check_event(diary, {"ev": "疗休养", "people": ["林秋月"]})
    check_event(diary, {"ev": "座谈会", "people": ["林秋月"]})


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "5月8日，宁德市总工会在市职工服务中心召开座谈会。我省将继续做好职工疗休养工作。", id="our-province"
        ),
        pytest.param("记者：座谈会开得怎么样？\n蓝晓岚：5月8日我们召开了座谈会，我在会上讲了话。", id="interview-turn"),
    ],
)
def test_near_w1_not_the_writer(extract_text, text):
    facts = extract_text(text, date="2027-05-20", reporters=("林秋月",))
    for e in facts.events:
        assert "林秋月" not in {r.name for r, _ in e.participants}, e.ref.name


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("今年市总工会计划分4批组织180名劳模疗休养，费用由工会经费列支。", id="counted-plan"),
        pytest.param("近年来市总工会累计组织劳模疗休养900余人次。", id="running-total"),
    ],
)
def test_near_e1_no_one_rest_holiday(extract_text, text):
    facts = extract_text(text, region="海口市", date="2027-05-20")
    assert not any("疗休养" in e.ref.name for e in facts.events), [e.ref.name for e in facts.events]
