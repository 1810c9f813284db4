"""Events, as a grammar (session 56, older documents: officiating guests, the honours' segment
of a ceremony, a candidate's record).

- A，B，C等主礼: officiating at a ceremony (Hong Kong and Macau usage) is taking part in it;
- 颁奖环节中，N名职工获颁“X奖”，包括A、B: the people honoured in the ceremony's segment of
  honours take part in the ceremony.

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
