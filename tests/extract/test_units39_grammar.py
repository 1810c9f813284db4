"""Organisations, places and areas in new genres (units39): a cadre's birthplace in a profile
(省 short form + a county's stem + 人), a level's body (县妇联, 县人大常委会) of the one county
a text names, a development zone named after a township of the text, a village visited in
the street the sentence names, the combined 纪委监委, an address's room (no body), and a
company's venue placed without the company.

Every case is invented (no line comes from a corpus page); the harness is test_units38_grammar's
(``has`` / ``absent`` / ``alias`` / ``in`` / ``not_in`` / ``sub`` / ``not_sub``) and ``part``:
(area, area it is part of) read, ``not_part``: not read, labels as written.
"""

from __future__ import annotations

import pytest

from tests.extract.org_pages import build_page, check_organisation_page  # noqa: F401 (a fixture)

C = pytest.param
A = "AdministrativeArea"
CASES = [
    # ===== a birthplace in a profile: the province written, then a county's stem, then 人
    C(
        "保定市总工会干部任前公示\n\n　　马文涛，男，汉族，1980年3月生，河北定州人，现任保定市总工会组织部部长。\n",
        "保定市",
        {"has": [(A, "定州市")], "part": [("定州市", "保定市")]},
        id="birthplace-county-city",
    ),
    C(
        "成都市总工会干部任前公示\n\n　　邹晓岚，女，汉族，1984年9月生，四川江油人，现任金堂县总工会副主席。\n",
        "成都市",
        {"has": [(A, "江油市")]},
        id="birthplace-county-city-other-prefecture",
    ),
    C(
        "贵阳市总工会干部任前公示\n\n　　禄明海，男，彝族，1982年1月生，贵州威宁人，现任花溪区总工会副主席。\n",
        "贵阳市",
        {"has": [(A, "威宁彝族回族苗族自治县")], "part": [("威宁彝族回族苗族自治县", "贵州省")]},
        id="birthplace-autonomous-county-stem",
    ),
    C(
        "桂林市总工会干部任前公示\n\n　　盘秀英，女，瑶族，1986年4月生，广西恭城人，现任临桂区总工会副主席。\n",
        "桂林市",
        {"has": [(A, "恭城瑶族自治县")]},
        id="birthplace-autonomous-region-short-form",
    ),
    C(
        "昆明市总工会干部任前公示\n\n　　段丽华，女，白族，1985年6月生，云南大理人，现任官渡区总工会副主席。\n",
        "昆明市",
        {"has": [(A, "大理市")], "absent": ["大理白族自治州"]},
        id="birthplace-county-level-before-its-prefecture",
    ),
    C(
        "泉州市总工会干部任前公示\n\n　　洪志坚，男，汉族，1979年11月生，福建晋江人，现任鲤城区总工会副主席；"
        "黄明辉，男，汉族，1981年2月生，福建南安人，现任丰泽区总工会副主席。\n",
        "泉州市",
        {"has": [(A, "晋江市"), (A, "南安市")]},
        id="birthplace-two-profiles",
    ),
    C(
        "兰州市总工会干部任前公示\n\n　　马建国，男，回族，1983年5月生，甘肃临夏人，现任城关区总工会副主席。\n",
        "兰州市",
        {"absent": ["临夏市", "临夏县"]},
        id="birthplace-two-counties-of-one-stem-no-guess",
    ),
    C(
        "长沙市总工会干部任前公示\n\n　　周朝阳，男，汉族，1980年7月生，湖南朝阳人，现任岳麓区总工会副主席。\n",
        "长沙市",
        {"absent": ["朝阳区", "朝阳市", "朝阳县"]},
        id="birthplace-stem-outside-the-province",
    ),
    C(
        "石家庄市总工会干部任前公示\n\n　　刘新华，男，汉族，1978年3月生，河北新华人，现任长安区总工会副主席。\n",
        "石家庄市",
        {"absent": ["新华区"]},
        id="birthplace-two-same-name-districts-no-guess",
    ),
    C(
        "衡阳市总工会\n\n　　会议邀请了云南大理人民医院的专家授课，全市职工代表参加。\n",
        "衡阳市",
        {"absent": ["大理市"]},
        id="birthplace-grammar-needs-a-clause-end",
    ),
    # ===== a level's body of the one county the text names (after it, as its own paper does)
    C(
        "“三八”活动精彩纷呈\n\n　　3月6日，由县总工会、县妇联联合主办的全县女职工技能比武举行。\n"
        "▲县人大常委会副主任、县总工会主席鲁志远宣布比赛开幕\n"
        "　　此外，泾阳县融媒体中心、泾阳县人民医院的女职工也参加了比赛。\n",
        "陕西省",
        {
            "has": [("Organization", "咸阳市泾阳县妇女联合会"), ("Organization", "咸阳市泾阳县人民代表大会常务委员会")],
            "alias": [("咸阳市泾阳县妇女联合会", "县妇联"), ("咸阳市泾阳县妇女联合会", "泾阳县妇女联合会")],
        },
        id="level-bodies-of-the-one-county-named-after",
    ),
    C(
        "区工会动态\n\n　　4月2日，区总工会联合区妇联开展女职工维权宣传活动。\n　　双流区人民医院派出医生参加义诊。\n",
        "成都市",
        {"has": [("Organization", "成都市双流区妇女联合会")]},
        id="level-body-district-named-after",
    ),
    C(
        "“三八”活动掠影\n\n▲县总工会副主席、女职工委员会主任何丽君向女职工赠送礼包\n"
        "　　泾阳县人民医院的医生为女职工开展义诊。\n",
        "咸阳市",
        {
            "has": [("TradeUnion", "泾阳县总工会")],
            "sub": [("泾阳县总工会女职工委员会", "泾阳县总工会")],
            "post": [("何丽君", "泾阳县总工会")],
        },
        id="level-union-of-the-one-county-named-after",
    ),
    C(
        "县工会动态\n\n　　5月8日，县妇联在县职工之家举办家庭教育讲座。\n"
        "　　三原县人民医院和泾阳县人民医院的医生参加。\n",
        "咸阳市",
        {"absent": ["三原县妇女联合会", "泾阳县妇女联合会"]},
        id="level-body-two-counties-named-no-guess",
    ),
    # ===== a development zone named after a township the text names
    C(
        "岐山县总工会\n\n　　3月6日，女职工技能比武在枣林经济技术开发区职工培训中心举行，枣林镇总工会承办。\n",
        "宝鸡市",
        {
            "has": [(A, "枣林经济技术开发区")],
            "part": [("枣林经济技术开发区", "岐山县")],
            "in": [("枣林经济技术开发区职工培训中心", "枣林经济技术开发区")],
            "not_in": [("枣林经济技术开发区职工培训中心", "枣林镇")],
        },
        id="zone-after-a-township-stem",
    ),
    C(
        "增城区总工会\n\n　　新塘镇总工会在新塘经济开发区举办职工专场招聘会，园区企业负责人介绍了用工情况。\n",
        "广州市",
        {"has": [(A, "新塘经济开发区")], "part": [("新塘经济开发区", "增城区")]},
        id="zone-of-a-town-of-several-of-its-name",
    ),
    C(
        "扶风县总工会\n\n　　职工代表参观了绛帐经济开发区，绛帐镇党委书记介绍了园区情况。\n",
        "宝鸡市",
        {"has": [(A, "绛帐经济开发区")], "part": [("绛帐经济开发区", "扶风县")]},
        id="zone-before-its-township-is-named",
    ),
    C(
        "黄山区总工会\n\n　　职工代表参观了汤口经济开发区。\n",
        "黄山市",
        {"absent": ["汤口经济开发区"]},
        id="zone-stem-of-a-township-the-text-never-names",
    ),
    # ===== a village visited in the street the sentence names
    C(
        "区总工会调研\n\n　　5月10日，区总工会到丰台区新村街道调研，先后察看槐树岭村“暖心驿站”和街道职工服务中心。\n",
        "北京市",
        {"part": [("槐树岭村", "新村街道")]},
        id="village-visited-in-the-street",
    ),
    C(
        "县总工会走访\n\n　　6月3日，县总工会到洪洞县大槐树镇走访，先后来到秦壁村、贾家庄村两个村的职工书屋。\n",
        "临汾市",
        {"part": [("秦壁村", "大槐树镇")]},
        id="village-visited-list",
    ),
    C(
        "县总工会\n\n　　9月9日，县总工会在县城举办度假村从业人员培训班。\n",
        "临汾市",
        {"absent": ["度假村"]},
        id="village-word-no-village",
    ),
    # ===== the combined 纪委监委: the gold's one body
    C(
        "任前公示\n\n　　公示期间，可向市纪委监委派驻市总工会纪检监察组反映。\n\n丽江市总工会\n",
        "丽江市",
        {"alias": [("中共丽江市纪律检查委员会", "丽江市纪委监委")], "absent_part": ["纪检监察组"]},
        id="discipline-commission-combined",
    ),
    C(
        "通报\n\n　　近日，县纪委监委派驻县总工会纪检监察组对3起违反中央八项规定精神问题进行通报。\n\n盐源县总工会\n",
        "凉山彝族自治州",
        {"alias": [("中共凉山彝族自治州盐源县纪律检查委员会", "盐源县纪委监委")]},
        id="discipline-commission-combined-county",
    ),
    C(
        "通报\n\n　　近日，市纪委通报了3起典型问题。\n\n丽江市总工会\n",
        "丽江市",
        {"has": [("Organization", "中共丽江市纪律检查委员会")]},
        id="discipline-commission-alone-unchanged",
    ),
    # ===== an address's room is no body
    C(
        "任前公示\n\n　　受理地址：曲靖市麒麟区南宁西路××号市总工会办公楼5楼纪检监察组办公室\n\n曲靖市总工会\n",
        "曲靖市",
        {"absent_part": ["办公楼"]},
        id="address-room-no-body",
    ),
    C(
        "任前公示\n\n　　来访地址：市总工会机关大楼三楼组织部办公室\n\n玉溪市总工会\n",
        "玉溪市",
        {"absent_part": ["大楼"]},
        id="address-floor-room-no-body",
    ),
    # ===== a body named again by its kind opening a sentence, its head's title after it
    C(
        "【以案说法】\n\n　　3月2日，刘某来到天心区总工会职工法律服务工作站申请援助。工作站站长罗晓芸接待了他。\n",
        "长沙市",
        {"absent": ["工作站"], "post": [("罗晓芸", "天心区总工会职工法律服务工作站")]},
        id="kind-named-again-before-its-heads-title",
    ),
    # ===== a column's sidebar of other pages' headlines: furniture
    C(
        "【以案说法】加班费怎么算\n\n　　望城区总工会职工法律援助工作站为职工讨回加班费2万元。\n\n"
        "热门案例\n· 外卖骑手算不算劳动者？岳麓区总工会援助一例\n· 讨薪路上，开福区总工会帮了大忙\n",
        "长沙市",
        {"absent": ["岳麓区总工会", "开福区总工会", "岳麓区", "开福区"]},
        id="sidebar-of-hot-cases-furniture",
    ),
    # ===== a side box's address line: the box's body lies in the venue the address names
    C(
        "【以案说法】工伤待遇讨回来了\n\n　　调解在天心区职工服务中心二楼调解室进行，天心区总工会派员参加。\n\n"
        "┌────────────┐\n│【站点风采】天心区总工会职工法律服务站　│\n│　全年接待咨询职工800人次。　│\n"
        "│　地址：天心区书院路××号区职工服务中心一楼　│\n└────────────┘\n\n"
        "　　又讯　5月3日，天心区总工会举办普法讲座，80余名职工参加。\n",
        "长沙市",
        {"in": [("天心区总工会职工法律服务站", "天心区职工服务中心")]},
        id="boxed-address-names-a-venue",
    ),
    # ===== a portal's readers' posts under a story (跟贴 N　参与 N 人): furniture, their tags too
    C(
        "宜昌市职工运动会开幕\n\n　　5月10日，宜昌市总工会举办第五届职工运动会，800余名职工参加。\n\n"
        "跟贴 12　参与 230 人\n江城老李［湖北武汉网友］：武汉啥时候也办一个？　赞 3\n",
        "宜昌市",
        {"absent": ["武汉市"]},
        id="portal-readers-posts-furniture",
    ),
    # ===== a company's venue placed, the company not
    C(
        "趣味运动会\n\n　　3月8日，陕西秦川精工机械有限公司工会在位于枣林镇的公司职工活动中心举办女职工趣味运动会。\n",
        "宝鸡市",
        {
            "in": [("陕西秦川精工机械有限公司职工活动中心", "枣林镇")],
            "not_in": [("陕西秦川精工机械有限公司", "枣林镇")],
        },
        id="company-venue-placed-not-the-company",
    ),
]


def _parts(G) -> set[tuple[str, str]]:
    """(area, parent) for partOf, the area by its label or any of its other names."""
    return {
        (name, G.nodes[t]["label"])
        for s, t, k in G.edges(keys=True)
        if k == "partOf"
        for name in [G.nodes[s]["label"], *(G.nodes[s].get("aliases") or [])]
    }


@pytest.mark.parametrize(("text", "region", "want"), CASES)
def test_an_organisation_page(build_page, text, region, want):  # noqa: F811 (the imported fixture)
    G = build_page(text, region)
    check_organisation_page(G, {k: v for k, v in want.items() if k not in ("part", "not_part")})
    parts = _parts(G)
    for pair in want.get("part", []):
        assert pair in parts, sorted(parts)
    for pair in want.get("not_part", []):
        assert pair not in parts, sorted(parts)
