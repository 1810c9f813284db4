"""A record's particulars lines as a grammar (session 45: an iCalendar entry read as a notice's
record, kg.ingest.calendars):

- 标题 / 时间：… / 地点：… / 主办单位：… / 76名职工参加比赛。: the particulars lines between the
  event named and the sentence of who took part are passed over; that sentence counts it;
- 地点：某公司三楼报告厅 / 地址：…某街道某路18号: the address under a label line whose value is a
  room or building of a body's premises places the body (the room's owner).

Every case is invented."""

from __future__ import annotations

from tests.extract.facts_view import event, placed


def test_particulars_lines_between_the_event_and_its_count(extract_text) -> None:
    facts = extract_text(
        "时间：2031年4月10日\n地点：剑池广场\n主办单位：龙泉市总工会\n"
        "【活动回顾】龙泉市总工会联合团市委举办，单身青年职工76名参加，现场互留联系方式12对。",
        headline="“缘定剑池”青年职工交友联谊会",
        region="龙泉市",
        date="2031-04-10",
    )
    found = event(facts, "联谊会")
    assert found.count is not None and found.count[0] == 76


def test_an_address_under_a_room_of_a_bodys_premises_places_the_body(extract_text) -> None:
    facts = extract_text(
        "地点：龙泉青川瓷业有限公司三楼报告厅\n地址：浙江省丽水市龙泉市剑池街道青瓷路18号\n"
        "龙泉市总工会在龙泉青川瓷业有限公司举办劳模宣讲会，80名职工参加。",
        headline="劳模宣讲会",
        region="龙泉市",
        date="2031-04-10",
    )
    assert ("龙泉青川瓷业有限公司", "剑池街道") in placed(facts)
