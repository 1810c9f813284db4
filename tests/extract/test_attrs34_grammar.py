"""Awards as a grammar (round attrs34): honours handed over with a token (为“X”A、B颁发证书),
given with an edition before the quoted honour (授予A、B等N名职工2026年度“X”称号), received
in a clause whose subject the sentence opened with (张三…，去年获评“X”), and award tables
whose cells reach the text one a line under their column heads (姓名 / 单位 / 奖项).  Near
misses: a nomination (推荐为…候选人, 拟推荐参评), a letter of appointment (颁发聘书), money
handed out (慰问金), a grade at a company (公司首席技师), a table's 负责人 of a unit's award.

All lines are invented; no name or sentence here comes from a real page.
"""

from __future__ import annotations

import pytest

from kg.ingest.normalize import is_traditional, to_simplified
from kg.ingest.textmap import Mapped
from tests.extract.case_tables import labelled_case

CASES = [
    # --- G1 为 + the honour standing before its holders' names + 颁发 a token
    (
        "A01 为N名“X”A、B颁发证书",
        "会上，县总工会为首批3名“最美茶农”龙秀英、杨大福、蒯春生颁发了证书。",
        "黔东南苗族侗族自治州",
        {("龙秀英", "最美茶农"), ("杨大福", "最美茶农"), ("蒯春生", "最美茶农")},
    ),
    (
        "A02 为“X”A、B颁发奖牌, no count",
        "仪式上，市总工会领导为“金牌快递员”欧阳志远、覃海燕颁发奖牌。",
        "南宁市",
        {("欧阳志远", "金牌快递员"), ("覃海燕", "金牌快递员")},
    ),
    (
        "A03 为两位“X”A、B颁发荣誉证书 at a hospital",
        "医院工会为两位“最美护士”司马晓燕、亓丽华颁发荣誉证书和奖杯。",
        "济南市",
        {("司马晓燕", "最美护士"), ("亓丽华", "最美护士")},
    ),
    (
        "A04 向N名“X”A、B、C颁发证书",
        "镇总工会向5名“优秀农民工”韦志刚、卢小梅、黄德胜颁发证书。",
        "贵港市",
        {("韦志刚", "优秀农民工"), ("卢小梅", "优秀农民工"), ("黄德胜", "优秀农民工")},
    ),
    (
        "A05 为“X”A颁奖 at a school",
        "校工会主席为“师德标兵”诸葛明月颁发了证书。",
        "成都市",
        {("诸葛明月", "师德标兵")},
    ),
    (
        "A06 为N名“X”A、B颁发证书, traditional page",
        "會上，區總工會為4名「最美環衛工」馬建國、邝桂芳頒發了證書。",
        "广州市",
        {("马建国", "最美环卫工"), ("邝桂芳", "最美环卫工")},
    ),
    # --- near misses of G1
    (
        "A07 为新聘任的“X”N名律师颁发聘书: an appointment, no honour",
        "仪式上，区总工会为新聘任的“职工法律服务团”6名律师颁发聘书，律师事务所主任韩振东任团长。",
        "石家庄市",
        set(),
    ),
    (
        "A08 向困难职工发放慰问金: money, no honour",
        "县总工会还向30名困难职工发放了慰问金共4万元，工会主席潘德明带队。",
        "柳州市",
        set(),
    ),
    (
        "A09 为受表彰的集体和个人颁奖: no names",
        "会上，公司领导为受表彰的先进集体和先进个人颁奖。",
        "太原市",
        set(),
    ),
    # --- G2 授予 A、B等N名职工 + an edition + the quoted honour
    (
        "A10 授予A、B等N名职工2026年度“X”称号",
        "市总工会授予郑海波、端木兰等8名职工2026年度“鹏城工匠”称号。",
        "深圳市",
        {("郑海波", "鹏城工匠"), ("端木兰", "鹏城工匠")},
    ),
    (
        "A11 联合授予A、B、C等N名职工首届“X”称号",
        "会上，省总工会、省人社厅联合授予邵志勇、蓝晓梅、令狐强等12名职工首届“八桂工匠”称号。",
        "广西壮族自治区",
        {("邵志勇", "八桂工匠"), ("蓝晓梅", "八桂工匠"), ("令狐强", "八桂工匠")},
    ),
    (
        "A12 授予A等N人第三届“X”称号",
        "区总工会授予禤国栋等6人第三届“海丝工匠”称号。",
        "泉州市",
        {("禤国栋", "海丝工匠")},
    ),
    (
        "A13 traditional 授予A、B等N名職工2025年度「X」稱號",
        "會上，市總工會授予柯文雄、粘秀琴等10名職工2025年度「鷺島工匠」稱號，每人獎勵1萬元。",
        "厦门市",
        {("柯文雄", "鹭岛工匠"), ("粘秀琴", "鹭岛工匠")},
    ),
    (
        "A14 授予A、B“X”称号, no count, no edition",
        "县总工会授予杨德才、宋春花“最美劳动者”称号。",
        "保山市",
        {("杨德才", "最美劳动者"), ("宋春花", "最美劳动者")},
    ),
    # --- near misses of G2
    (
        "A15 推荐为…候选人: a nomination, no honour",
        "另据介绍，尹秀兰已被推荐为2026年全国五一劳动奖章候选人，目前正在公示中。",
        "合肥市",
        set(),
    ),
    (
        "A16 拟推荐参评: not yet given",
        "项目经理郭振华拟推荐参评集团公司2026年度优秀组织者，待集团公司审定。",
        "长沙市",
        set(),
    ),
    (
        "A17 公司首席技师 before a name: a grade at the company, no honour",
        "论坛上，安徽江淮重工有限公司首席技师鲁大海作主旨分享。",
        "合肥市",
        set(),
    ),
    # --- G3 a clause with no subject of its own, 获评/荣获 a quoted honour: the sentence's subject's
    (
        "A18 A…，去年获评“X”",
        "伍思远从事劳动争议代理工作12年，去年获评“唐山市优秀法律援助律师”。",
        "唐山市",
        {("伍思远", "唐山市优秀法律援助律师")},
    ),
    (
        "A19 A…，2025年荣获“X”",
        "钟晓丽扎根社区卫生服务站八年，2025年荣获“十佳乡村医生”。",
        "赣州市",
        {("钟晓丽", "十佳乡村医生")},
    ),
    (
        "A20 A…，曾获评“X”",
        "邬志明在车间干了二十年钳工，曾获评“齐鲁金牌职工”。",
        "淄博市",
        {("邬志明", "齐鲁金牌职工")},
    ),
    (
        "A21 A…，前年被评为“X”",
        "母春燕是一名公交车驾驶员，前年被评为“最美公交司机”。",
        "重庆市",
        {("母春燕", "最美公交司机")},
    ),
    # --- near misses of G3
    (
        "A22 被推荐参评…优秀案例: a case, no person's honour",
        "律师段文斌代理了此案。这起欠薪案也将被推荐参评全市工会劳动争议调解优秀案例。",
        "邯郸市",
        set(),
    ),
    (
        "A23 a unit's honour: 工作站去年被省总工会评为“X”",
        "市总工会职工法律援助工作站去年被山西省总工会评为“全省工会法律援助示范站”。",
        "大同市",
        set(),
    ),
    # --- G4 award tables, one cell a line under the column heads
    (
        "A24 姓名/单位/奖项, one cell a line",
        "部分获奖名单如下：\n姓名\n单位\n奖项\n冉德明\n一车间\n技术能手\n皮晓红\n质检部\n优秀班组长\n",
        "遵义市",
        {("冉德明", "技术能手"), ("皮晓红", "优秀班组长")},
    ),
    (
        "A25 姓 名/单 位/职务/奖 项, spaced heads, a compound surname",
        "获奖名单：\n姓 名\n单 位\n职务\n奖 项\n上官雨桐\n二工区\n班长\n劳动竞赛先进个人\n"
        "贝永福\n物资部\n材料员\n“安康杯”竞赛安全标兵\n",
        "怀化市",
        {("上官雨桐", "劳动竞赛先进个人"), ("贝永福", "“安康杯”竞赛安全标兵")},
    ),
    (
        "A26 a unit table: 集体名称/负责人/奖项, the head of a unit wins nothing",
        "先进集体\n集体名称\n负责人\n奖项\n三工区\n宁海涛\n劳动竞赛先进集体\n测量队\n阚文静\n优胜班组\n",
        "宜昌市",
        set(),
    ),
    (
        "A27 获奖人/所在单位/荣誉称号 at a school",
        "获奖人\n所在单位\n荣誉称号\n阎秋实\n实验小学\n优秀工会工作者\n庹春梅\n第二中学\n工会积极分子\n",
        "沈阳市",
        {("阎秋实", "优秀工会工作者"), ("庹春梅", "工会积极分子")},
    ),
    (
        "A28 a table with no honour column: names and units only",
        "参赛名单\n姓名\n单位\n职务\n鄢国平\n机修车间\n钳工\n熊立新\n电仪车间\n电工\n",
        "南昌市",
        set(),
    ),
    # --- G1/G2 in other orders
    (
        "A29 为“X”A、B颁发奖杯和证书, then 为获奖班组授旗",
        "大会为“最美职工”蒙小英、申屠浩颁发奖杯和证书，并为获奖班组授旗。",
        "杭州市",
        {("蒙小英", "最美职工"), ("申屠浩", "最美职工")},
    ),
    (
        "A30 给N名“X”A、B颁发证书",
        "街道总工会给2名“暖心骑手”乌兰图雅、巴特尔颁发证书。",
        "呼和浩特市",
        {("乌兰图雅", "暖心骑手"), ("巴特尔", "暖心骑手")},
    ),
    (
        "A31 为某镇首批N名“X”A、B颁发证书: where the holders are from, before the count",
        "仪式上，区总工会为石门镇首批4名“最美菜农”敖小军、谌秋月颁发了证书。",
        "常德市",
        {("敖小军", "最美菜农"), ("谌秋月", "最美菜农")},
    ),
    (
        "A32 a paragraph opening with a name found before, then 去年获评“X”",
        "镇总工会指派律师事务所律师、镇总工会法律援助律师闵长庚介入。\n\n"
        "闵长庚从事劳动争议代理工作9年，去年获评“沧州市优秀法律援助律师”。",
        "沧州市",
        {("闵长庚", "沧州市优秀法律援助律师")},
    ),
    (
        "A33 为“法律顾问”A、B颁发聘书: an appointment, no honour",
        "会上，县总工会为“职工法律顾问”汤建华、幸文涛颁发聘书。",
        "赣州市",
        set(),
    ),
    (
        "A34 一行一格的表格, a table whose head is 获奖者 and 荣誉",
        "表彰名单\n获奖者\n所在部门\n荣誉\n晁永红\n客运车间\n优秀共产党员\n",
        "西宁市",
        {("晁永红", "优秀共产党员")},
    ),
    (
        "A35 a table a row a line: 姓名 单位 奖项",
        "获奖名单\n姓名 单位 奖项\n郜志强 机务段 技术标兵\n戚美玲 车务段 岗位能手\n",
        "郑州市",
        {("郜志强", "技术标兵"), ("戚美玲", "岗位能手")},
    ),
    (
        "A36 为A、B等N名“X”颁发证书: the names before the count and the honour",
        "仪式上，乡总工会为郎玉珍、符德海等6名“最美橡胶工”颁发了证书。",
        "儋州市",
        {("郎玉珍", "最美橡胶工"), ("符德海", "最美橡胶工")},
    ),
    (
        "A37 授予A同志“X”荣誉称号",
        "经研究，决定授予鞠振华同志“青岛市劳动模范”荣誉称号。",
        "青岛市",
        {("鞠振华", "青岛市劳动模范")},
    ),
    (
        "A38 a table with 序号 and a note after the name",
        "序号\n姓名\n工作单位\n获奖等次\n1\n欧阳晓帆（女）\n市第一人民医院\n一等奖\n2\n覃立夫\n市中医院\n二等奖\n",
        "柳州市",
        {("欧阳晓帆", "一等奖"), ("覃立夫", "二等奖")},
    ),
    (
        "A39 he, not named in his clause: 他获评“X” (the sentence opens with a pronoun)",
        "邓海川在矿山干了二十年。2024年，他获评“全省最美矿工”。",
        "六盘水市",
        {("邓海川", "全省最美矿工")},
    ),
    (
        "A40 推荐为“X”候选人: a quoted nomination, no honour",
        "车间主任韦德明被推荐为“最美铁路人”候选人。",
        "南宁市",
        set(),
    ),
    (
        "A41 他们获评“X”: a plural pronoun, the team, not the person named before",
        "邬建军带领班组攻关三年。2025年，他们获评“市级优秀创新团队”。",
        "宁波市",
        set(),
    ),
    (
        "A42 A获“X奖”: a quoted prize with no 称号 after it",
        "在全市职工摄影大赛中，蒲晓东获“最佳创意奖”。",
        "泸州市",
        {("蒲晓东", "最佳创意奖")},
    ),
]


# cases not read yet, and why
NOT_YET: dict[str, str] = {}


def person_awards(facts) -> set[tuple[str, str]]:
    """(person, honour) of each honour a person received."""
    return {(p.name, honour) for p, honour, _ in facts.awards if p.cls == "Person"}


@pytest.mark.parametrize(("label", "text", "region", "expected"), [labelled_case(*c, not_yet=NOT_YET) for c in CASES])
def test_awards_grammar(extract_text, label, text, region, expected):
    if is_traditional(text):
        # a traditional page is converted when read (kg.ingest.normalize), before the NLP
        text = to_simplified(Mapped.of(text)).text
    assert person_awards(extract_text(text, region=region)) == expected, label


def body_awards(facts) -> set[str]:
    """The honours a union or an organisation received."""
    return {honour for ref, honour, _ in facts.awards if ref.cls != "Person"}


def test_a_unit_named_by_the_verb_before_a_quoted_honour(extract_text):
    facts = extract_text(
        "会上，县总工会为劳模颁发证书，天柱县油茶种植专业合作社工会获评“天柱县模范职工小家”。",
        region="黔东南苗族侗族自治州",
    )
    assert "天柱县模范职工小家" in body_awards(facts)


def test_a_unit_table_gives_its_honour_to_the_unit_not_its_head(extract_text):
    facts = extract_text(
        "先进集体\n集体名称\n负责人\n奖项\n宜昌市港航建设有限公司\n宁海涛\n劳动竞赛先进集体\n", region="宜昌市"
    )
    assert body_awards(facts) == {"劳动竞赛先进集体"}
    assert person_awards(facts) == set()


def test_an_award_table_is_read_down_to_the_row_that_lost_its_step(extract_text):
    # the second row's empty 单位 cell is gone: its honour cell now holds the next name
    facts = extract_text(
        "姓名\n单位\n奖项\n阚立新\n机务段\n技术标兵\n鲍春燕\n岗位能手\n滑志军\n工务段\n安全标兵\n",
        region="兰州市",
    )
    assert person_awards(facts) == {("阚立新", "技术标兵")}


def test_units_win_a_quoted_prize(extract_text):
    facts = extract_text("会上，鹿邑县总工会、郸城县总工会获“优秀组织奖”。", region="周口市")
    assert body_awards(facts) == {"优秀组织奖"}


def test_a_nomination_gives_no_honour(extract_text):
    # 推荐…申报“X”称号: put forward for an honour, not given it
    facts = extract_text("县总工会将按程序推荐两名一等奖获得者申报“酒泉市技术能手”称号。", region="酒泉市")
    assert facts.awards == []
