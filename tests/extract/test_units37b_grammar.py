"""Organisations, places and areas in new genres (units37b): an encyclopedia entry's infobox
written with spaces for colons and its 下属单位 / 上级单位 lists, a union's renamings told as a
chain, a union's 办事处, venues placed by 位于X的, a bare 街道 body after a venue's street,
banners' short names, and a job glued to a company's department.

Every case is invented (no line comes from a corpus page); the harness is test_units37_grammar's:
``has`` / ``absent`` / ``alias`` / ``in`` / ``not_in`` / ``sub`` / ``not_sub``.
"""

from __future__ import annotations

import pytest

from tests.extract.org_pages import build_page, check_organisation_page  # noqa: F401 (a fixture)

C = pytest.param
CASES = [
    # ===== infobox: label, spaces, value (no colon)
    C(
        "宁海县总工会\n中文名　　宁海县总工会\n上级单位　　宁波市总工会\n机构性质　人民团体\n\n"
        "宁海县总工会是全县职工自愿结合的群众组织。",
        "宁波市",
        {"sub": [("宁海县总工会", "宁波市总工会")]},
        id="infobox-spaces-parent",
    ),
    C(
        "瑞金市总工会\n中文名　　瑞金市总工会\n上级单位　　赣州市总工会、中共瑞金市委\n\n"
        "瑞金市总工会是中共瑞金市委领导的群众组织。",
        "赣州市",
        {"sub": [("瑞金市总工会", "赣州市总工会")], "not_sub": [("瑞金市总工会", "瑞金市委员会")]},
        id="infobox-two-superiors",
    ),
    C(
        "沁源县总工会\n成立时间　　1950年\n下属单位　　沁源县工人文化宫、沁源县职工服务中心\n\n"
        "沁源县总工会下设4个部室。",
        "长治市",
        {"sub": [("沁源县工人文化宫", "沁源县总工会"), ("沁源县职工服务中心", "沁源县总工会")]},
        id="infobox-spaces-subunits",
    ),
    C(
        "中文名：武冈市总工会\n下属单位：武冈市职工服务中心\n\n武冈市总工会积极开展普惠服务。",
        "邵阳市",
        {"sub": [("武冈市职工服务中心", "武冈市总工会")]},
        id="infobox-colon-subunit",
    ),
    C(
        "澄城县总工会近年来下属单位逐步健全，澄城县职工服务中心于2020年建成。",
        "渭南市",
        {"not_sub": [("澄城县职工服务中心", "澄城县总工会")]},
        id="prose-subunits-no-box",
    ),
    # ===== renamings told as a chain
    C(
        "1980年5月恢复组织，更名为盱眙县工会联合会；1984年6月，经淮阴地区工会办事处批复，更名为盱眙县总工会，沿用至今。",
        "淮安市",
        {"alias": [("盱眙县总工会", "盱眙县工会联合会")], "absent": ["盱眙县工会联合会"]},
        id="renaming-chain-first-without-old",
    ),
    C(
        "1978年，更名为宁陵县工会联合会。1983年，更名为宁陵县总工会。",
        "商丘市",
        {"alias": [("宁陵县总工会", "宁陵县工会联合会")]},
        id="renaming-chain-sentences",
    ),
    C(
        "1978年，更名为柘城县工会联合会。\n\n另据记载，民权县总工会于1983年，更名为民权县职工联合会。",
        "商丘市",
        {"not_alias": [("民权县职工联合会", "柘城县工会联合会"), ("民权县总工会", "柘城县工会联合会")]},
        id="renaming-chain-not-across-paragraphs",
    ),
    # ===== a union's office (办事处)
    C(
        "1985年，经孝感地区工会办事处批准，应城县工会联合会更名为应城县总工会。",
        "孝感市",
        {"has": [("Organization", "孝感地区工会办事处")], "absent": ["孝感地区工会"]},
        id="union-office-banshichu",
    ),
    C(
        "当年经惠阳地区工会办事处同意，博罗县总工会成立女职工委员会。",
        "惠州市",
        {"has": [("Organization", "惠阳地区工会办事处")], "absent": ["惠阳地区工会"]},
        id="union-office-banshichu-2",
    ),
    C(
        "白沙街道办事处工会组织辖区职工开展健步走活动。",
        "宜宾市",
        {"absent": ["白沙街道办事处工会办事处"]},
        id="street-office-union-near-miss",
    ),
    # ===== venues placed by 位于X的
    C(
        "6月8日，市总工会在位于城关街道的北门桥头工会驿站开展送清凉活动。",
        "泸州市",
        {"has": [("Place", "北门桥头工会驿站")]},
        id="venue-yizhan-after-located",
    ),
    C(
        "区总工会在位于白沙区的滨江职工篮球运动场举办职工篮球赛。",
        "郑州市",
        {"has": [("Place", "滨江职工篮球运动场")]},
        id="venue-yundongchang",
    ),
    C(
        "第三届职工运动会在位于金湾区的平沙职工运动场举行。",
        "珠海市",
        {"has": [("Place", "平沙职工运动场")], "in": [("平沙职工运动场", "金湾区")]},
        id="venue-yundongchang-placed",
    ),
    C(
        "比赛在位于秀英区的大西海职工沙滩运动场举行，共有12支队伍参赛。",
        "海口市",
        {"has": [("Place", "大西海职工沙滩运动场")], "in": [("大西海职工沙滩运动场", "秀英区")]},
        id="venue-name-opening-tagged-adjective",
    ),
    C(
        "比赛在位于秀英区的大型职工运动场举行。",
        "海口市",
        {"absent": ["大型职工运动场"]},
        id="venue-real-adjective-near-miss",
    ),
    C(
        "职工们在运动场上奋力拼搏，展现了良好的精神风貌。",
        "珠海市",
        {"absent": ["运动场"]},
        id="bare-yundongchang-near-miss",
    ),
    C(
        "8月2日，区总工会在位于西工街道的凯旋路口工会驿站为快递员送去清凉。",
        "洛阳市",
        {"has": [("Place", "凯旋路口工会驿站")], "in": [("凯旋路口工会驿站", "西工街道")]},
        id="venue-junction-name",
    ),
    C(
        "送清凉车队行至路口时，职工们在工会驿站稍作休整。",
        "洛阳市",
        {"absent": ["路口工会驿站", "至路口工会驿站"]},
        id="bare-junction-near-miss",
    ),
    # ===== a bare 街道 body after a venue's street
    C(
        "王城路街道总工会2027年度工作总结\n\n2027年，王城路街道总工会在街道党工委的领导下开展工作。"
        "7月5日，与唐宫路街道总工会联合在位于唐宫路街道的唐宫桥头工会驿站开展慰问活动。"
        "街道党工委书记周晓明、街道总工会主席刘海燕出席活动。",
        "洛阳市",
        {"absent": ["中共唐宫路街道工作委员会"], "post": [("刘海燕", "王城路街道总工会")]},
        id="street-context-headline",
    ),
    C(
        "西工区总工会2027年度工作总结\n\n7月5日，区总工会与唐宫路街道总工会联合开展慰问活动。街道党工委书记周晓明出席活动。",
        "洛阳市",
        {"has": [("Organization", "中共唐宫路街道工作委员会")]},
        id="street-context-near-miss",
    ),
    # ===== banners' short names
    C(
        "会议表彰了达茂旗总工会等先进单位。",
        "包头市",
        {"in": [("达茂旗总工会", "达尔罕茂明安联合旗")]},
        id="banner-lianheqi-short",
    ),
    C(
        "科右前旗总工会组织开展职工技能竞赛。",
        "兴安盟",
        {"in": [("科右前旗总工会", "科尔沁右翼前旗")]},
        id="banner-youyi-short",
    ),
    C(
        "土右旗总工会为环卫工人送去慰问品。",
        "包头市",
        {"in": [("土右旗总工会", "土默特右旗")]},
        id="banner-youqi-short",
    ),
    C(
        "乌拉特前旗总工会为环卫工人送去慰问品。",
        "巴彦淖尔市",
        {"in": [("乌拉特前旗总工会", "乌拉特前旗")], "absent": ["乌前旗"]},
        id="banner-no-wing-near-miss",
    ),
    # ===== a job glued to a company's department
    C(
        "获奖者包括王春燕（信阳南湾湖酒店管理有限公司客房部领班）等5人。",
        "信阳市",
        {"absent": ["信阳南湾湖酒店管理有限公司客房部领班"]},
        id="job-after-department",
    ),
    C(
        "信阳南湾湖酒店管理有限公司客房部经理王春燕介绍了班组建设经验。",
        "信阳市",
        {"has": [("Organization", "信阳南湾湖酒店管理有限公司客房部")]},
        id="post-after-department-near-miss",
    ),
    C(
        "获奖者包括丁海军（洛阳中州机械制造有限公司装配车间班长）等3人。",
        "洛阳市",
        {"absent": ["洛阳中州机械制造有限公司装配车间班长"]},
        id="job-after-workshop",
    ),
    # ===== a brand in quotes, written with a space
    C(
        "深化“西街工会 职工之家”品牌建设，全年开展服务活动30场次。",
        "泉州市",
        {"absent": ["西街工会 职工之家"]},
        id="brand-with-space",
    ),
]

# cases not read yet, with why
OPEN = {
    "infobox-spaces-subunits": "a venue-like unit (工人文化宫, 职工服务中心) listed under 下属单位 is typed Place, "
    "and a Place may not be subOrganizationOf (the contract's shapes): retyping a listed unit is not done",
    "infobox-colon-subunit": "the same: 职工服务中心 under 下属单位 stays a Place, so no subOrganizationOf",
}
CASES = [
    C(*c.values, id=c.id, marks=pytest.mark.xfail(reason=OPEN[c.id], strict=True)) if c.id in OPEN else c for c in CASES
]


@pytest.mark.parametrize(("text", "region", "want"), CASES)
def test_an_organisation_page(build_page, text, region, want):  # noqa: F811 (the imported fixture)
    check_organisation_page(build_page(text, region), want)
