"""Events, as a grammar (session 56, older documents: officiating guests, the honours' segment
of a ceremony, a candidate's record).

- A，B，C等主礼: officiating at a ceremony (Hong Kong and Macau usage) is taking part in it;
- 颁奖环节中，N名职工获颁“X奖”，包括A、B: the people honoured in the ceremony's segment of
  honours take part in the ceremony;
- 事迹：扎根一线12年，…走进社区开展义诊: an activity on a candidate's record line, no year or
  month on it, is the person's deeds over the years, no event (one with 2026年5月 on the line is);
- 03号　A / 单位：… / 事迹：…，曾获“X”: an honour of a card's record line is the person the
  card's numbered head names.

Every case is invented (no line comes from a corpus page).  Keys as in
:func:`tests.extract.facts_view.check_event`.
"""

from __future__ import annotations

from tests.extract.facts_view import check_event

FESTIVAL = (
    "11月8日，由柳川市总工会主办的第三届职工运动会暨年度先进职工颁奖典礼在柳川市职工文化宫举行，"
    "吸引500余名职工参与。\n"
    "市人社局副局长唐明远，柳川市总工会主席贺兰芝、副主席欧阳青山，副主席兼市人大代表蒙秋菊，"
    "名誉主席覃国华等主礼。\n"
    "颁奖环节中，十五名职工获颁“年度先进职工”称号，当中包括柳川纺织有限公司挡车工韦小燕、"
    "公交车驾驶员潘志明。"
)


def test_officiating_guests_take_part(extract_text):
    facts = extract_text(FESTIVAL, headline="柳川市第三届职工运动会举行", region="柳州市", date="2027-11-09")
    check_event(facts, {"ev": "职工运动会", "people": ["唐明远", "贺兰芝", "欧阳青山", "蒙秋菊", "覃国华"]})


def test_people_honoured_in_the_segment_of_honours_take_part(extract_text):
    facts = extract_text(FESTIVAL, headline="柳川市第三届职工运动会举行", region="柳州市", date="2027-11-09")
    check_event(facts, {"ev": "职工运动会", "people": ["韦小燕", "潘志明"]})


CARDS = (
    "投票时间：2027年6月1日至6月10日\n"
    "01号　覃丽萍\n"
    "单位：柳川市中医院\n"
    "职务：康复科护士长\n"
    "事迹：扎根康复一线12年，组建“银龄护理小队”，常年走进社区开展义诊。\n"
    "02号　蓝启航\n"
    "单位：柳川市公交有限公司\n"
    "职务：驾驶员\n"
    "事迹：安全行车80万公里，2026年5月在公司车场开展应急演练，带出徒弟12名。\n"
    "03号　韦振东\n"
    "单位：柳川市供电有限公司\n"
    "职务：线路班班长\n"
    "事迹：带领班组完成城区线路改造，曾获广西五一劳动奖章。\n"
)


def test_activity_on_a_record_line_is_no_event(extract_text):
    facts = extract_text(CARDS, headline="柳川市“最美职工”网络投票", region="柳州市", date="2027-06-02")
    check_event(facts, {"none": "义诊"})


def test_activity_dated_on_a_record_line_is_an_event(extract_text):
    facts = extract_text(CARDS, headline="柳川市“最美职工”网络投票", region="柳州市", date="2027-06-02")
    check_event(facts, {"ev": "应急演练"})


def test_honour_on_a_record_line_is_the_cards_person(extract_text):
    facts = extract_text(CARDS, headline="柳川市“最美职工”网络投票", region="柳州市", date="2027-06-02")
    assert ("韦振东", "广西五一劳动奖章") in {(ref.name, honour) for ref, honour, _ in facts.awards}
