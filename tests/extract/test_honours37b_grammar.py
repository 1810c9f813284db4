"""Honours of new genres (honours37b): encyclopedia entries, profiles, galleries, share pages.

Every case is invented (no line comes from a corpus page).  The grammars:

- an honour only a collective holds (奖状, 先进集体, 先进单位, 模范职工之家, 工人先锋号) is never a
  person's, whoever the clause's topic is (an entry's 主要荣誉 lists its body's honours under a
  line naming a person);
- a lead-in clause closing with a colon (荣誉接踵而至：) opens a run of dated clauses with no
  subject of their own: each is held by the profile's person;
- 为获得“X”的Y颁奖: X qualifies Y after 的, never the givers before 为;
- a quoted name after 获评 is an honour whatever its head; a pronoun with a setting (她在…比赛中)
  is still the clause's only subject;
- 为N名“X”颁发证书，A、B作为代表上台领奖: those who come up for the class hold X;
- 在<contest>中拿到第N名: the place named with its contest is a prize of the person.

``has`` / ``not_pairs`` / ``not_held`` / ``none`` as in :func:`tests.extract.facts_view.check_awards`.
"""

from __future__ import annotations

import pytest

from tests.extract.facts_view import check_awards

C = pytest.param

CASES = [
    # --- collective honours never go to a person
    C(
        "主要荣誉\n2015年　鲍志刚被湖南省人民政府授予“湖南省劳动模范”称号\n"
        "2019年　被长沙市总工会评为“全市工会工作先进单位”\n2022年　获“湖南省五一劳动奖状”",
        "长沙市",
        {
            "has": [("鲍志刚", "湖南省劳动模范")],
            "not_pairs": [("鲍志刚", "全市工会工作先进单位"), ("鲍志刚", "湖南省五一劳动奖状")],
        },
        id="entry-section-unit-honours-not-person",
    ),
    C(
        "阙玉兰，女，1980年生，现任常熟某某纺织厂工会主席。2021年获“江苏省五一劳动奖状”。",
        "苏州市",
        {"not_held": ["阙玉兰"]},
        id="profile-jiangzhuang-not-person",
    ),
    C(
        "邝海生扎根车间多年。2023年，被评为“广东省工人先锋号”。",
        "佛山市",
        {"not_held": ["邝海生"]},
        id="profile-pioneer-team-not-person",
    ),
    C(
        "禹国庆先后获得“全国五一劳动奖章”“福建省先进工作者”等荣誉。",
        "厦门市",
        {"has": [("禹国庆", "全国五一劳动奖章"), ("禹国庆", "福建省先进工作者")]},
        id="near-miss-advanced-worker-is-person",
    ),
    C(
        "莘晓东，男，1976年生。2018年荣获“成都市先进集体”称号。",
        "成都市",
        {"not_held": ["莘晓东"]},
        id="profile-collective-not-person",
    ),
    # --- a lead-in clause with a colon, then dated clauses of the profile's person
    C(
        "覃振华1979年出生于柳州。\n荣誉纷至沓来：2017年获“柳州市五一劳动奖章”，2021年被评为“广西技术能手”，"
        "2024年荣获“全国五一劳动奖章”。",
        "柳州市",
        {
            "has": [
                ("覃振华", "柳州市五一劳动奖章"),
                ("覃振华", "广西技术能手"),
                ("覃振华", "全国五一劳动奖章"),
            ]
        },
        id="colon-lead-in-dated-run",
    ),
    C(
        "敖丽萍在病房里一干就是十八年。这些年，收获满满：2019年获评“江西省三八红旗手”，2023年获“全国五一巾帼标兵”称号。",
        "九江市",
        {"has": [("敖丽萍", "江西省三八红旗手"), ("敖丽萍", "全国五一巾帼标兵")]},
        id="colon-lead-in-two-clauses",
    ),
    C(
        "闫永刚是厂长。这些年，厂里喜讯不断：2022年，职工樊立新获评“山西省劳动模范”。",
        "太原市",
        {"has": [("樊立新", "山西省劳动模范")], "not_pairs": [("闫永刚", "山西省劳动模范")]},
        id="near-miss-colon-clause-own-subject",
    ),
    C(
        "解春生是厂长。荣誉接踵而至：2021年，全厂共有12人获评“市级技术能手”。",
        "临汾市",
        {"not_held": ["解春生"]},
        id="near-miss-colon-counted-subject",
    ),
    C(
        "天刚亮，车间里焊花四溅，乔振林已经戴上了焊帽。“干活就得较真。”这是乔振林常说的话。"
        "凭着这股劲，乔振林很快成了骨干。荣誉一个接一个：2018年获“保定市五一劳动奖章”，2023年被评为“河北省技术能手”。",
        "保定市",
        {"has": [("乔振林", "保定市五一劳动奖章"), ("乔振林", "河北省技术能手")]},
        id="profile-person-named-most",
    ),
    C(
        "天刚亮，龙建军和鲁晓梅就来到车间。“干活就得较真。”这是龙建军常说的话，鲁晓梅也记在心上。"
        "荣誉一个接一个：2018年获“衡阳市五一劳动奖章”。",
        "衡阳市",
        {"not_held": ["龙建军", "鲁晓梅"]},
        id="near-miss-two-people-named-alike",
    ),
    # --- 为获得“X”的Y颁奖: Y holds X, not the givers
    C(
        "仪式上，卓文斌、卢海燕为获得“海口市五一劳动奖状”的海南椰风建设有限公司颁奖。",
        "海口市",
        {"not_held": ["卓文斌", "卢海燕"]},
        id="givers-before-wei-unit-after-de",
    ),
    C(
        "随后，武建明为获得“沈阳市五一劳动奖章”的韦丽娜（沈阳北重机床有限公司装配工）、"
        "尚国锋（沈阳东塔热力有限公司维修工）颁奖。",
        "沈阳市",
        {"has": [("韦丽娜", "沈阳市五一劳动奖章"), ("尚国锋", "沈阳市五一劳动奖章")], "not_held": ["武建明"]},
        id="givers-before-wei-people-after-de",
    ),
    C(
        "会上，市总工会副主席龚德明为获得“大连市五一劳动奖章”的大连长兴岛造船有限公司高级焊工邴国强颁奖。",
        "大连市",
        {"has": [("邴国强", "大连市五一劳动奖章")], "not_held": ["龚德明"]},
        id="giver-before-wei-long-unit-then-person",
    ),
    C(
        "闭幕式上，副主席钱玉凤为获得团体一等奖的青秀区总工会代表队颁奖。",
        "南宁市",
        {"not_held": ["钱玉凤"]},
        id="team-prize-not-giver",
    ),
    C(
        "段宏伟获得“淄博市五一劳动奖章”。",
        "淄博市",
        {"has": [("段宏伟", "淄博市五一劳动奖章")]},
        id="near-miss-plain-receiver",
    ),
    # --- 获评 + any quoted name; a pronoun with a setting
    C(
        "裴小燕是酒店的前厅主管。她在全市服务技能比武中获评“最佳服务之星”。",
        "桂林市",
        {"has": [("裴小燕", "最佳服务之星")]},
        id="pronoun-setting-quoted-any-head",
    ),
    C(
        "汤志勇在职工羽毛球比赛中获评“最佳新人”。",
        "绵阳市",
        {"has": [("汤志勇", "最佳新人")]},
        id="name-setting-quoted-any-head",
    ),
    C(
        "在拔河比赛中，供电公司工会代表队获评“最佳组织奖”。",
        "宜宾市",
        {"not_held": ["供电公司工会代表队"]},
        id="near-miss-team-no-person",
    ),
    # --- 为N名“X”颁发证书，A、B作为代表上台领奖
    C(
        "会上，市总工会为20名“金华市最美快递员”颁发荣誉证书，金华顺驰快递有限公司快递员柯建平、"
        "义乌通达物流有限公司分拣员邬丽娟作为代表上台领奖。",
        "金华市",
        {"has": [("柯建平", "金华市最美快递员"), ("邬丽娟", "金华市最美快递员")]},
        id="class-certificates-representatives",
    ),
    C(
        "县总工会为15名2026年度“丽水市优秀新就业形态劳动者”颁奖，骑手缪海波代表获奖者上台领奖。",
        "丽水市",
        {"has": [("缪海波", "丽水市优秀新就业形态劳动者")]},
        id="class-prize-one-representative",
    ),
    C(
        "区总工会为30名“最美骑手”颁发证书，区总工会主席蔡卫国讲话。",
        "绍兴市",
        {"not_held": ["蔡卫国"]},
        id="near-miss-class-then-speaker",
    ),
    C(
        "区总工会推荐骑手麻小东参评“温州市最美新就业形态劳动者”。",
        "温州市",
        {"none": True},
        id="near-miss-nominated",
    ),
    # --- a place won at a contest named with 在…中
    C(
        "“多练才能出活。”青年钳工邰小军说。2025年，他在德阳市职工钳工技能大赛中拿到第二名。",
        "德阳市",
        {"has": [("邰小军", "德阳市职工钳工技能大赛第二名")]},
        id="pronoun-contest-place",
    ),
    C(
        "芮志强在全省电工技能竞赛中获得第三名。",
        "合肥市",
        {"has": [("芮志强", "全省电工技能竞赛第三名")]},
        id="name-contest-place",
    ),
    C(
        "赵春林获得第一名。",
        "郑州市",
        {"none": True},
        id="near-miss-bare-rank",
    ),
]


@pytest.mark.parametrize(("text", "region", "want"), CASES)
def test_honours37b_grammar(extract_text, text: str, region: str, want: dict) -> None:
    check_awards(extract_text(text, region=region), want)
