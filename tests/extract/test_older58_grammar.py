"""Participants, as a grammar (session 57, older documents: a recap's selection).

- 昨天的“X”圆满结束！…工会评出“Y”3名：A、B、C: the people a selection names in a paragraph that
  named the event before them were picked from those who took part in it (the event found again
  by the quoted title of its name, not only where it was first read);
- 工会评出“Y”3名：A、B in a paragraph naming no event: an honour, nobody's part in an event;
- 提交人：X on a work log export's header, then items with no subject (1. 上午9:00在…参加例会,
  2. 和街道民政办走访…): the writer takes part in what such an item tells, not in an event an item
  opening with its name tells (某公司工会成立大会在…召开).

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


LOGS = (
    "云办公 · 工作台 > 日志 > 导出\n"
    "提交人：韩秀梅（昵称：梅子）　部门：南溪县龙门镇人民政府 > 镇总工会　职位：工会干事\n"
    "━━━━━━━━━━━━━━━━━━━━\n"
    "【日报】2027-11-06（周一）　提交于 18:20\n"
    "▍今日完成\n"
    "1. 上午9:30在县总工会三楼会议室参加全县镇工会工作推进会，各镇总工会负责人共25人参会；\n"
    "2. 和镇民政办走访石板村困难职工4户，每户送慰问金400元。\n"
    "━━━━━━━━━━━━━━━━━━━━\n"
    "【日报】2027-11-07（周二）　提交于 17:45\n"
    "▍今日完成\n"
    "1. 上午10:00南溪县龙腾机械有限公司工会成立大会在公司二楼会议室召开，62名会员到会。\n"
    "━━━━━━━━━━━━━━━━━━━━\n"
)


def _event(arts, part):
    found = [e for facts in arts for e in facts.events if part in e.ref.name]
    assert found, [e.ref.name for facts in arts for e in facts.events]
    return found[0]


def test_a_log_writer_takes_part_in_items_without_a_subject(read_and_extract):
    arts = read_and_extract(LOGS, "log-writer")
    for part in ("推进会", "走访"):
        assert "韩秀梅" in [r.name for r, _ in _event(arts, part).participants], part


def test_an_item_opening_with_a_name_is_others_doing(read_and_extract):
    arts = read_and_extract(LOGS, "log-writer")
    assert "韩秀梅" not in [r.name for r, _ in _event(arts, "成立大会").participants]
