"""Organisations, places and areas by genre (units37): encyclopedia entries and a union's own
page (infobox fields, 内设机构 and 直属单位 lists, 历史沿革 renamings, lists of county unions
with their addresses), company and joint-venture pages (workshop 分会, English names, 中外合资,
branches), and reports that name bodies in passing by their short forms.

Every case is invented (no line comes from a corpus page).  Each page is read as the build reads
it (ingest, NLP, extraction, resolution) and the graph is checked:

- ``has``: (class, full name) nodes; ``absent``: names no node may carry; ``absent_part``: a
  string no node's name may contain (an English name, a street);
- ``alias``: (name, alias) the node ``name`` must carry; ``not_alias``: (name, alias) it must not;
- ``in`` / ``not_in``: (body, area) locatedIn read / not read, names ending as written;
- ``sub`` / ``not_sub``: (body, parent) subOrganizationOf read / not read, likewise.
"""

from __future__ import annotations

import pytest

from tests.extract.org_pages import build_page, check_organisation_page  # noqa: F401 (a fixture)

C = pytest.param
CASES = [
    # ===== encyclopedia entries: infobox fields
    C(
        "中文名：邵阳市总工会\n外文名：Shaoyang Federation of Trade Unions\n成立时间：1950年\n"
        "办公地址：邵阳市双清区宝庆东路318号\n\n邵阳市总工会是中共邵阳市委领导的职工自愿结合的工人阶级群众组织。",
        "邵阳市",
        {"has": [("TradeUnion", "邵阳市总工会")], "absent_part": ["Shaoyang", "宝庆东路"]},
        id="infobox-english-name",
    ),
    C(
        "中文名：安顺市总工会\n简称：安顺市总\n上级单位：贵州省总工会\n\n安顺市总工会近年来持续推进产业工人队伍建设改革。",
        "安顺市",
        {"alias": [("安顺市总工会", "安顺市总")], "absent": ["安顺市总"]},
        id="infobox-jiancheng",
    ),
    C(
        "中文名：阜新市总工会\n上级单位：辽宁省总工会\n机构性质：人民团体\n\n阜新市总工会下辖7个县区总工会。",
        "阜新市",
        {"sub": [("阜新市总工会", "辽宁省总工会")], "absent": ["人民团体"]},
        id="infobox-shangji-danwei",
    ),
    C(
        "名称：玉溪市职工服务中心\n主管单位：玉溪市总工会\n类别：公益一类事业单位\n地址：玉溪市红塔区聂耳路62号\n\n"
        "玉溪市职工服务中心承担职工法律援助、困难帮扶等工作。",
        "玉溪市",
        {"has": [("Place", "玉溪市职工服务中心")], "in": [("玉溪市职工服务中心", "红塔区")], "absent_part": ["聂耳路"]},
        id="infobox-zhuguan-danwei-address",
    ),
    C(
        "单位名称：临沧市工人文化宫\n上级主管部门：临沧市总工会\n单位地址：临沧市临翔区南塘街88号\n\n"
        "临沧市工人文化宫常年开设职工公益培训课程。",
        "临沧市",
        {"has": [("Place", "临沧市工人文化宫")], "in": [("临沧市工人文化宫", "临翔区")], "absent_part": ["南塘街"]},
        id="infobox-danwei-dizhi",
    ),
    C(
        "中文名：铜川市总工会\n成立时间：1958年10月\n总部地点：陕西省铜川市新区正阳路\n\n铜川市总工会积极开展劳动竞赛。",
        "铜川市",
        {"has": [("TradeUnion", "铜川市总工会")], "absent": ["正阳路", "新区"], "absent_part": ["正阳路"]},
        id="infobox-zongbu-didian",
    ),
    # ===== 历史沿革: a body renamed is one body, its old name an alias
    C(
        "历史沿革\n鹤岗市总工会原名鹤岗矿务局工会联合会，1956年更名为鹤岗市总工会。",
        "鹤岗市",
        {"alias": [("鹤岗市总工会", "鹤岗矿务局工会联合会")], "absent": ["鹤岗矿务局工会联合会"]},
        id="yuanming-gengming",
    ),
    C(
        "1984年，原乌兰察布盟工会联合会更名为乌兰察布盟总工会；2004年撤盟设市后，更名为乌兰察布市总工会。",
        "乌兰察布市",
        {
            "alias": [("乌兰察布市总工会", "乌兰察布盟工会联合会"), ("乌兰察布市总工会", "乌兰察布盟总工会")],
            "absent": ["乌兰察布盟工会联合会", "乌兰察布盟总工会"],
        },
        id="two-renamings",
    ),
    C(
        "池州市职工服务中心前身为池州市职工帮扶中心，2019年更名为池州市职工服务中心。",
        "池州市",
        {"alias": [("池州市职工服务中心", "池州市职工帮扶中心")], "absent": ["池州市职工帮扶中心"]},
        id="qianshen-center",
    ),
    C(
        "巴中市总工会的前身是1950年成立的巴中县工会筹备委员会。",
        "巴中市",
        {"has": [("TradeUnion", "巴中市总工会")], "absent": ["巴中县工会筹备委员会"]},
        id="qianshen-preparatory",
    ),
    C(
        "2015年，岚山港务有限公司改制为日照岚港集团有限公司，原公司工会同时更名为日照岚港集团有限公司工会。",
        "日照市",
        {"alias": [("日照岚港集团有限公司", "岚山港务有限公司")], "absent": ["岚山港务有限公司"]},
        id="gaizhi-company",
    ),
    # near miss: two bodies merged into a new one are not one body
    C(
        "2010年，原东关街道总工会与原西关街道总工会合并，组建东城街道总工会。",
        "临夏市",
        {"not_alias": [("东城街道总工会", "东关街道总工会"), ("东城街道总工会", "西关街道总工会")]},
        id="hebing-near-miss",
    ),
    # ===== 内设机构: a union's departments are its units
    C(
        "内设机构\n济宁市总工会内设办公室、组织宣传部、权益保障部、经济技术部、财务资产部5个部室。",
        "济宁市",
        {
            "sub": [("组织宣传部", "济宁市总工会"), ("权益保障部", "济宁市总工会")],
            "absent": ["内设办公室", "部室"],
        },
        id="neishe-jigou-list",
    ),
    C(
        "内设机构：办公室；组织部；权益保障部；女职工部；经费审查委员会办公室。\n以上为梧州市总工会机关内设机构。",
        "梧州市",
        {
            "absent": ["以上为梧州市总工会机关内设机构", "梧州市总工会机关内设机构"],
            "has": [("TradeUnion", "梧州市总工会")],
        },
        id="neishe-jigou-colon",
    ),
    C(
        "绥化市总工会设女职工委员会、经费审查委员会，女职工委员会办公室设在女职工部。",
        "绥化市",
        {
            "sub": [("女职工委员会", "绥化市总工会"), ("经费审查委员会", "绥化市总工会")],
            "absent": ["女职工委员会办公室设在女职工部"],
        },
        id="committees-of-union",
    ),
    # ===== 直属单位: centres and palaces are places of the union
    C(
        "直属单位\n漯河市工人文化宫　漯河市职工服务中心　漯河市职工疗休养院",
        "漯河市",
        {
            "has": [("Place", "漯河市工人文化宫"), ("Place", "漯河市职工服务中心")],
            "in": [("漯河市工人文化宫", "漯河市"), ("漯河市职工服务中心", "漯河市")],
        },
        id="zhishu-danwei-row",
    ),
    C(
        "直属事业单位：日喀则市职工服务中心（地址：日喀则市桑珠孜区上海中路12号）。",
        "日喀则市",
        {"in": [("日喀则市职工服务中心", "桑珠孜区")], "absent_part": ["上海中路"]},
        id="zhishu-with-address",
    ),
    C(
        "市总工会直属的职工学校——赤峰市职工学校，位于红山区哈达街。",
        "赤峰市",
        {"in": [("赤峰市职工学校", "红山区")], "absent_part": ["哈达街"]},
        id="zhigong-xuexiao-weiyu",
    ),
    # ===== a city's county and district unions, each with its address
    C(
        "各县区总工会联系方式\n"
        "港北区总工会　地址：贵港市港北区中山北路22号\n"
        "港南区总工会　地址：贵港市港南区江南中路8号\n"
        "平南县总工会　地址：平南县平南街道朝阳路46号",
        "贵港市",
        {
            "has": [("TradeUnion", "港北区总工会"), ("TradeUnion", "港南区总工会"), ("TradeUnion", "平南县总工会")],
            "in": [("港北区总工会", "港北区"), ("港南区总工会", "港南区"), ("平南县总工会", "平南县")],
            "not_in": [("港南区总工会", "港北区"), ("平南县总工会", "港南区")],
            "absent_part": ["中山北路", "江南中路", "朝阳路"],
        },
        id="county-unions-addresses",
    ),
    C(
        "1. 合作市总工会，地址：合作市当周街道人民街\n2. 临潭县总工会，地址：临潭县城关镇\n"
        "3. 卓尼县总工会，地址：卓尼县柳林镇",
        "甘南藏族自治州",
        {
            "in": [("合作市总工会", "合作市"), ("临潭县总工会", "临潭县"), ("卓尼县总工会", "卓尼县")],
            "not_in": [("临潭县总工会", "城关镇"), ("卓尼县总工会", "柳林镇")],
        },
        id="county-unions-numbered",
    ),
    C(
        "服务热线一览\n东坡区总工会职工服务中心：东坡区苏祠路与三苏大道交汇处\n仁寿县总工会职工服务中心：仁寿县文林街道",
        "眉山市",
        {
            "in": [("东坡区总工会职工服务中心", "东坡区"), ("仁寿县总工会职工服务中心", "文林街道")],
            "absent_part": ["苏祠路"],
        },
        id="county-centres-addresses",
    ),
    # near miss: a line labelled by a body whose value is news, not an address
    # near miss: a meeting's second hall and the branches taken together are no union
    C(
        "各车间分会要认真组织收看。全市共设立12个分会场，3000余名职工参加。",
        "鹤壁市",
        {"absent": ["车间分会", "分会场", "12个分会场"]},
        id="fenhuichang-near-miss",
    ),
    C(
        "工作动态\n眉山市职工服务中心：仁寿县开展送清凉活动\n眉山市工人文化宫：青神县举办职工书画展",
        "眉山市",
        {"not_in": [("眉山市职工服务中心", "仁寿县"), ("眉山市工人文化宫", "青神县")]},
        id="named-line-news-near-miss",
    ),
    # ===== company pages: workshop 分会, joint ventures, branches
    C(
        "株洲恒力齿轮有限公司工会下设一车间分会、二车间分会和机关分会，共有会员680人。",
        "株洲市",
        {"sub": [("一车间分会", "株洲恒力齿轮有限公司工会"), ("机关分会", "株洲恒力齿轮有限公司工会")]},
        id="chejian-fenhui",
    ),
    C(
        "在廊坊德润精密机械有限公司，装配车间分会主席田秀芝带领会员开展技能比武。",
        "廊坊市",
        {"absent": ["装配车间分会主席田秀芝", "车间分会"], "has": [("TradeUnion", "装配车间分会")]},
        id="chejian-fenhui-chair",
    ),
    C(
        "天津滨海精工汽车部件有限公司（Tianjin Binhai Precision Auto Parts Co., Ltd.）"
        "是一家中外合资企业，位于西青经济技术开发区。",
        "天津市",
        {"has": [("Organization", "天津滨海精工汽车部件有限公司")], "absent_part": ["Tianjin", "Co.", "Ltd"]},
        id="jv-english-name",
    ),
    C(
        "英文名称：Suzhou Hengtai Optical Materials Co., Ltd.\n中文名称：苏州恒泰光学材料有限公司\n"
        "企业类型：有限责任公司（中外合资）",
        "苏州市",
        {
            "has": [("Organization", "苏州恒泰光学材料有限公司")],
            "absent_part": ["Suzhou", "Optical"],
            "absent": ["中外合资"],
        },
        id="jv-english-field",
    ),
    C(
        "中德合资企业青岛海德泵业有限公司工会成立于2003年，现有会员420人。",
        "青岛市",
        {
            "has": [("TradeUnion", "青岛海德泵业有限公司工会")],
            "absent": ["中德合资企业青岛海德泵业有限公司工会", "中德合资企业青岛海德泵业有限公司"],
        },
        id="zhongde-hezi-prefix",
    ),
    C(
        "民营企业绍兴越州纺织有限公司与外资企业柯桥恒信印染有限公司结对共建。",
        "绍兴市",
        {
            "has": [("Organization", "绍兴越州纺织有限公司"), ("Organization", "柯桥恒信印染有限公司")],
            "absent": ["民营企业绍兴越州纺织有限公司", "外资企业柯桥恒信印染有限公司"],
        },
        id="minying-qiye-prefix",
    ),
    C(
        "合资公司全称为佛山美嘉电器有限公司，由佛山家电集团与日本一家企业共同出资设立。",
        "佛山市",
        {"has": [("Organization", "佛山美嘉电器有限公司")], "absent": ["合资公司全称为佛山美嘉电器有限公司"]},
        id="quancheng-wei",
    ),
    C(
        "漳州闽南水泥有限公司下辖龙海分公司、长泰分公司两个分公司。龙海分公司工会主席戴文斌介绍了经验。",
        "漳州市",
        {"sub": [("龙海分公司", "漳州闽南水泥有限公司"), ("长泰分公司", "漳州闽南水泥有限公司")]},
        id="branches-xiaxia",
    ),
    C(
        "宜宾川南酒业有限公司旗下的包装公司工会近日成立。",
        "宜宾市",
        {"absent": ["旗下的包装公司工会", "旗下的包装公司"]},
        id="qixia-de",
    ),
    C(
        "中国移动通信集团甘肃有限公司天水分公司工会组织员工参加健步走活动。",
        "天水市",
        {
            "has": [("TradeUnion", "中国移动通信集团甘肃有限公司天水分公司工会")],
            "sub": [("天水分公司", "中国移动通信集团甘肃有限公司")],
        },
        id="telecom-branch",
    ),
    # ===== reports: bodies named in passing by short forms, resolved by the page's area
    C(
        "六安市总工会向市人大常委会代表工作委员会报送了代表建议办理情况。",
        "六安市",
        {"has": [("TradeUnion", "六安市总工会")], "absent": ["市人大常委会代表工作委员会报送"]},
        id="renda-daibiao-gongwei",
    ),
    C(
        "针对职工反映的问题，县总工会会同县政府督查室开展了专项督查。",
        "谷城县",
        {"absent": ["会同县政府督查室", "县政府督查室开展", "会同县"], "has": [("TradeUnion", "谷城县总工会")]},
        id="duchashi-huitong",
    ),
    C(
        "奎文区总工会联合区人社局、区司法局对辖区内32家企业开展劳动用工体检。",
        "潍坊市",
        {
            "alias": [("奎文区人力资源和社会保障局", "区人社局")],
            "absent": ["辖区内32家企业", "区人社局"],
        },
        id="qu-renshe-ju",
    ),
    C(
        "市总工会与市人社局、市工商联联合印发通知。",
        "嘉兴市",
        {"alias": [("嘉兴市人力资源和社会保障局", "市人社局")], "absent": ["市人社局"]},
        id="shi-renshe-ju",
    ),
    C(
        "滁州市总工会与南京市总工会签订合作协议，双方将在职工疗休养等方面加强合作。",
        "滁州市",
        {"has": [("TradeUnion", "滁州市总工会"), ("TradeUnion", "南京市总工会")], "in": [("南京市总工会", "南京市")]},
        id="partner-unions",
    ),
    C(
        "截至目前，辖区内217家企业已建立工会，覆盖职工1.8万人。",
        "东营市",
        {"absent": ["辖区内217家企业", "辖区"]},
        id="xiaqu-nei-qiye",
    ),
    C(
        "县总工会向县委办、县政府办报送了《关于职工队伍稳定情况的报告》。",
        "南漳县",
        {"absent": ["县委办、县政府办", "报送"], "has": [("TradeUnion", "南漳县总工会")]},
        id="xianweiban",
    ),
    C(
        "答复：你提出的建议已转交市住建局，并由市总工会牵头办理。",
        "黄山市",
        {"alias": [("黄山市住房和城乡建设局", "市住建局")], "absent": ["答复"]},
        id="reply-zhujian-ju",
    ),
    # ===== where a body is: text places it, a name alone places no company
    C(
        "位于沭阳县经济开发区的江苏绿源木业有限公司工会组织职工义诊。",
        "宿迁市",
        {"in": [("江苏绿源木业有限公司", "沭阳县经济开发区")]},
        id="weiyu-de-company",
    ),
    C(
        "景德镇陶瓷集团有限公司的职工书屋设在公司办公楼三楼。",
        "景德镇市",
        {"not_in": [("景德镇陶瓷集团有限公司", "景德镇市")], "absent": ["公司办公楼三楼"]},
        id="trade-name-no-place",
    ),
    C(
        "该公司总部设在曲靖市麒麟区，在富源县、会泽县设有分公司。\n曲靖滇东煤化有限公司工会主席邓春燕介绍了情况。",
        "曲靖市",
        {"absent": ["该公司"], "not_in": [("曲靖滇东煤化有限公司", "富源县")]},
        id="zongbu-sheizai",
    ),
    # ===== one body under two names on the page
    C(
        "中文名：崇左市总工会\n简称：市总工会\n\n崇左市总工会（简称“市总”）深入开展“工会进万家”活动。",
        "崇左市",
        {"has": [("TradeUnion", "崇左市总工会")], "absent": ["市总"]},
        id="jiancheng-twice",
    ),
    C(
        "普洱市职工服务中心（普洱市职工帮扶中心）为困难职工发放慰问金。",
        "普洱市",
        {"alias": [("普洱市职工服务中心", "普洱市职工帮扶中心")], "absent": ["普洱市职工帮扶中心"]},
        id="paren-second-name",
    ),
    C(
        "甘孜藏族自治州总工会（州总工会）组织开展牧区职工送温暖活动。州总工会主席泽仁拉姆出席。",
        "甘孜藏族自治州",
        {"has": [("TradeUnion", "甘孜藏族自治州总工会")], "absent": ["州总工会"]},
        id="zhou-union-paren",
    ),
]


# the cases not read yet, and why
OPEN: dict[str, str] = {
    "infobox-zhuguan-danwei-address": (
        "ingest: a box of fields headed 名称： is taken for the page's header (名称 furniture, 主管单位"
        " the headline, 地址 an imprint line), so its lines never reach the fact box reader"
    ),
    "qu-renshe-ju": (
        "区人社局 listed with another bureau (区人社局、区司法局) keeps its short ending (潍坊市奎文区人社局);"
        " named alone it is read in full (…人力资源和社会保障局): the list's second item stops it"
    ),
    "paren-second-name": "职工帮扶中心 in brackets is no body",
}
CASES = [
    C(*c.values, id=c.id, marks=pytest.mark.xfail(reason=OPEN[c.id], strict=True)) if c.id in OPEN else c for c in CASES
]


@pytest.mark.parametrize(("text", "region", "want"), CASES)
def test_an_organisation_page(build_page, text, region, want):  # noqa: F811 (the imported fixture)
    check_organisation_page(build_page(text, region), want)
