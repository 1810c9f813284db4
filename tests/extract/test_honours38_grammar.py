"""Honours of new genres (honours38): roster pages, a chair's report, a reply letter.

Every case is invented (no line comes from a corpus page).  The grammars:

- an epithet ``<honour>获得者`` (or an honour's title, 全国三八红旗手) that makes a whole
  clause of its own after a person's description (a roster row's note, a profile's opening)
  is held by the one person the line or sentence opens with;
- a bare 获 takes a quoted honour after a time phrase (获2027年“X”, 获2026年度“X”称号) as
  荣获 does; 推荐…参评 puts a person forward and gives nothing;
- 获得<prize>的A、B、C (获得<prize>的选手有A、B): the relative clause qualifies each name of the
  list after 的 (or after its head noun and 有 / 是), not only the first, and the place was won
  at the contest the text named last before; ``<prize>获得者(为|分别是|：)A（unit）、B``: each name
  of the list after the holders' word holds the prize; a bare rank (第一名) holds nothing;
- a label's line of holders (二等奖获得者：A（…）、B) ends before an item that is a clause of
  receiving (a paragraph the page joined on: …B（…）C、D获得“X”称号);
- A、B由<giver>授予“X”称号: 由 makes the passive as 被 does;
- a list's first name after 的 is a name, whatever place name it holds (获得一等奖的黎竹山、…).

``has`` / ``not_pairs`` / ``not_held`` / ``none`` as in :func:`tests.extract.facts_view.check_awards`.
"""

from __future__ import annotations

import pytest

from tests.extract.facts_view import check_awards, check_event

C = pytest.param

CASES = [
    # --- an epithet closing a description of the person the line opens with
    C(
        "领导成员\n姓名｜职务｜工作分工\n欧阳红｜副主席（兼职）｜无锡华晟纺织有限公司织造车间主任，全国五一劳动奖章获得者；"
        "联系女职工工作",
        "无锡市",
        {"has": [("欧阳红", "全国五一劳动奖章")]},
        id="roster-row-note-holder",
    ),
    C(
        "卞建国，男，1972年生，南通中远船务有限公司高级焊工，江苏省五一劳动奖章获得者。",
        "南通市",
        {"has": [("卞建国", "江苏省五一劳动奖章")]},
        id="profile-opening-holder",
    ),
    C(
        "岑玉梅，百色市人民医院护士长，全国三八红旗手。",
        "百色市",
        {"has": [("岑玉梅", "全国三八红旗手")]},
        id="profile-opening-title",
    ),
    C(
        "序号\t姓名\t简介\n1\t苗春雨\t青岛港集团桥吊司机，山东省五一劳动奖章获得者",
        "青岛市",
        {"has": [("苗春雨", "山东省五一劳动奖章")]},
        id="tab-row-note-holder",
    ),
    C(
        "姓名｜职务｜分工\n毛志勇｜主席｜主持全面工作，联系市职工服务中心\n"
        "柯文静｜副主席（兼职）｜泉州海晟纺织有限公司质检科科长，福建省五一劳动奖章获得者；联系女职工工作",
        "泉州市",
        {"has": [("柯文静", "福建省五一劳动奖章")], "not_held": ["毛志勇"]},
        id="roster-rows-second-row",
    ),
    C(
        "联系市职工服务中心柯文静｜副主席（兼职）｜泉州海晟纺织有限公司质检科科长，福建省五一劳动奖章获得者；联系女职工工作",
        "泉州市",
        {"has": [("柯文静", "福建省五一劳动奖章")]},
        id="roster-rows-joined",
    ),
    C(
        "褚红英，女，1985年生，宁波舟山港集团理货员，全国三八红旗手；2023年起任公司工会副主席。",
        "宁波市",
        {"has": [("褚红英", "全国三八红旗手")]},
        id="profile-title-then-semicolon",
    ),
    C(
        "龚立新介绍，获奖者中有一名全国三八红旗手。",
        "湛江市",
        {"none": True},
        id="near-miss-title-inside-clause",
    ),
    C(
        "满建华｜主任｜负责联系全国五一劳动奖章获得者",
        "扬州市",
        {"not_held": ["满建华"]},
        id="near-miss-verb-before-holders",
    ),
    C(
        "邹海峰介绍，全市现有全国五一劳动奖章获得者26名。",
        "襄阳市",
        {"none": True},
        id="near-miss-holders-counted",
    ),
    C(
        "会议由甘志刚主持，全国五一劳动奖章获得者滕小青作报告。",
        "株洲市",
        {"has": [("滕小青", "全国五一劳动奖章")], "not_pairs": [("甘志刚", "全国五一劳动奖章")]},
        id="near-miss-holder-named-after",
    ),
    C(
        "汪德胜为湖北省五一劳动奖章获得者颁奖。",
        "荆州市",
        {"not_held": ["汪德胜"]},
        id="near-miss-giver-of-holders",
    ),
    # --- 获 with a time phrase before the quoted honour
    C(
        "机修班长柴立军获2026年“绍兴市五一劳动奖章”。",
        "绍兴市",
        {"has": [("柴立军", "绍兴市五一劳动奖章")]},
        id="huo-year-quoted-medal",
    ),
    C(
        "检验员郜丽娟获2025年度“安徽省技术能手”称号。",
        "芜湖市",
        {"has": [("郜丽娟", "安徽省技术能手")]},
        id="huo-year-quoted-title",
    ),
    C(
        "焊工邵向东获“河北省技术能手”称号。",
        "唐山市",
        {"has": [("邵向东", "河北省技术能手")]},
        id="huo-quoted-title",
    ),
    C(
        "公司工会被市总工会评为“先进基层工会”；装配车间主任宫建平获2027年“淄博市五一劳动奖章”；"
        "数控车工闵晓燕获评2027年“山东省技术能手”。",
        "淄博市",
        {
            "has": [("宫建平", "淄博市五一劳动奖章"), ("闵晓燕", "山东省技术能手")],
            "not_pairs": [("宫建平", "先进基层工会"), ("闵晓燕", "淄博市五一劳动奖章")],
        },
        id="report-run-of-honours",
    ),
    C(
        "工会已推荐邵向东参评2027年“河北省五一劳动奖章”。",
        "唐山市",
        {"none": True},
        id="near-miss-nominated-canping",
    ),
    C(
        "记者获悉，“十堰工匠”评选将于下月启动，车建伟介绍。",
        "十堰市",
        {"none": True},
        id="near-miss-huoxi",
    ),
    # --- 获得<prize>的A、B、C: each name of the list
    C(
        "获得一等奖的韦国强、蒙丽华、黎志远将被推荐申报“南宁市五一劳动奖章”。",
        "南宁市",
        {
            "has": [("韦国强", "一等奖"), ("蒙丽华", "一等奖"), ("黎志远", "一等奖")],
            "not_pairs": [("蒙丽华", "南宁市五一劳动奖章")],
        },
        id="relative-prize-list",
    ),
    C(
        "获得特等奖的殷志华、甄红梅分别来自两家企业。",
        "宜昌市",
        {"has": [("殷志华", "特等奖"), ("甄红梅", "特等奖")]},
        id="relative-prize-two",
    ),
    C(
        "颁奖仪式后，获得一等奖的韩志强与严国华握手致意。",
        "日照市",
        {"has": [("韩志强", "一等奖")], "not_held": ["严国华"]},
        id="near-miss-relative-yu-not-list",
    ),
    C(
        "获得一等奖的选手将获得奖金3000元，柏文杰介绍。",
        "常州市",
        {"not_held": ["柏文杰"]},
        id="near-miss-relative-no-name",
    ),
    # --- <prize>获得者A、B
    C(
        "一等奖获得者兰海龙、阎春燕、鄢志斌被市人社局授予“遵义市技术能手”称号。",
        "遵义市",
        {
            "has": [
                ("兰海龙", "一等奖"),
                ("阎春燕", "一等奖"),
                ("鄢志斌", "一等奖"),
                ("兰海龙", "遵义市技术能手"),
                ("鄢志斌", "遵义市技术能手"),
            ]
        },
        id="prize-holders-list",
    ),
    C(
        "二等奖获得者：祁红英、卫建波。",
        "晋中市",
        {"has": [("祁红英", "二等奖"), ("卫建波", "二等奖")]},
        id="prize-holders-colon",
    ),
    C(
        "比赛决出一等奖2名。一等奖获得者为宁振华、褚淑芬。",
        "济宁市",
        {"has": [("宁振华", "一等奖"), ("褚淑芬", "一等奖")]},
        id="prize-holders-copula",
    ),
    C(
        "三等奖获得者分别是付晓东、龙美玲、喻国平。",
        "怀化市",
        {"has": [("付晓东", "三等奖"), ("喻国平", "三等奖")]},
        id="prize-holders-fenbieshi",
    ),
    C(
        "本次大赛一等奖获得者庞立华（聊城港务集团）、商秀梅（聊城市人民医院）将代表全市参加省赛。",
        "聊城市",
        {"has": [("庞立华", "一等奖"), ("商秀梅", "一等奖")]},
        id="prize-holders-bracketed-units",
    ),
    C(
        "获得二等奖的选手有封立新、骆丽萍。",
        "黄冈市",
        {"has": [("封立新", "二等奖"), ("骆丽萍", "二等奖")]},
        id="relative-head-noun-you-list",
    ),
    C(
        "一等奖获得者有权参加省赛，裁判长鞠志刚说。",
        "威海市",
        {"none": True},
        id="near-miss-holders-youquan",
    ),
    C(
        "【数控车工项目】\n一等奖获得者：柏文涛（宿迁永盛机械有限公司）\n"
        "二等奖获得者：仲丽娜（宿迁恒丰纺织有限公司）柏文涛、仲丽娜获得“宿迁市技术能手”称号；许晓峰获评“宿迁市青年岗位能手”。",
        "宿迁市",
        {
            "has": [("柏文涛", "一等奖"), ("仲丽娜", "二等奖"), ("柏文涛", "宿迁市技术能手")],
            "not_pairs": [("柏文涛", "二等奖"), ("许晓峰", "二等奖")],
        },
        id="label-list-ends-at-joined-clause",
    ),
    C(
        "在区首届“育婴技能比赛”中，一等奖获得者为大连悦康家政服务有限公司的冼素琴，二等奖获得者为邝春红。",
        "大连市",
        {"has": [("冼素琴", "一等奖"), ("邝春红", "二等奖")]},
        id="prize-holders-unit-de-name",
    ),
    C(
        "第一名获得者将由市总工会推荐参加省赛，裁判长齐文斌说。",
        "邯郸市",
        {"none": True},
        id="near-miss-rank-holders-no-name",
    ),
    # --- 由 as the passive's agent
    C(
        "获得一等奖的苟建新、雍丽萍由市人社局授予“广元市技术能手”称号。",
        "广元市",
        {
            "has": [
                ("苟建新", "一等奖"),
                ("雍丽萍", "一等奖"),
                ("苟建新", "广元市技术能手"),
                ("雍丽萍", "广元市技术能手"),
            ]
        },
        id="you-passive-relative-list",
    ),
    C(
        "覃海生、蓝秀英由自治区总工会授予“广西五一劳动奖章”。",
        "柳州市",
        {"has": [("覃海生", "广西五一劳动奖章"), ("蓝秀英", "广西五一劳动奖章")]},
        id="you-passive-people",
    ),
    C(
        "此次竞赛由市总工会主席鲍建军为获奖选手颁发证书。",
        "绵阳市",
        {"none": True},
        id="near-miss-you-giver-no-quote",
    ),
    # --- a list's first name after 的, holding a place name
    C(
        "获得一等奖的黎竹山、覃丽娟、聂红兵由市人社局授予“娄底市技术能手”称号。",
        "娄底市",
        {"has": [("黎竹山", "一等奖"), ("黎竹山", "娄底市技术能手"), ("聂红兵", "一等奖")]},
        id="place-name-at-list-head",
    ),
    C(
        "获得二等奖的戴江陵、黄秀珍来自岳阳。",
        "岳阳市",
        {"has": [("戴江陵", "二等奖"), ("黄秀珍", "二等奖")]},
        id="place-name-at-list-head-two",
    ),
]


@pytest.mark.parametrize(("text", "region", "want"), CASES)
def test_honours38_grammar(extract_text, text: str, region: str, want: dict) -> None:
    check_awards(extract_text(text, region=region), want)


# 获得一等奖的A、B: the place was won at the contest the text named last before (a letter's
# main event may be another one: the congress that raised the matter)
CONTESTS = [
    C(
        "在市人大十六届三次会议上，您提出的建议收悉。4月18日，市总工会举办2027年铜仁市职工电工技能大赛，"
        "共有96名选手参赛。获得一等奖的杨春林、吴秀珍被授予“铜仁市技术能手”称号。",
        "铜仁市",
        {"ev": "电工技能大赛", "people": ["杨春林", "吴秀珍"]},
        id="winners-in-contest-before",
    ),
    C(
        "在市人大十六届三次会议上，您提出的建议收悉。4月18日，市总工会举办2027年铜仁市职工电工技能大赛，"
        "共有96名选手参赛。获得一等奖的杨春林、吴秀珍被授予“铜仁市技术能手”称号。",
        "铜仁市",
        {"ev": "十六届三次会议", "nopeople": ["杨春林", "吴秀珍"]},
        id="near-miss-winners-not-in-congress",
    ),
]


@pytest.mark.parametrize(("text", "region", "want"), CONTESTS)
def test_honours38_contests(extract_text, text: str, region: str, want: dict) -> None:
    check_event(extract_text(text, region=region), want)


NAMES = [
    C("获得一等奖的施兴山、覃丽娟将参加省赛。", ["施兴山", "覃丽娟"], [], id="name-after-de-list-head"),
    C("获得三等奖的鲁新化、韦丽娟来自企业一线。", ["鲁新化", "韦丽娟"], [], id="name-nz-after-de-list-head"),
    C("车间里的老师傅、王志刚都来了。", ["王志刚"], ["老师傅"], id="near-miss-noun-after-de"),
    C("来自美丽的平江、浏阳两县的选手参赛。", [], ["平江"], id="near-miss-places-after-de"),
    C("我们走访了山区的华容、宁乡两地。", [], ["华容"], id="near-miss-places-no-person"),
]


@pytest.mark.parametrize(("text", "people", "not_people"), NAMES)
def test_honours38_names(nlp, text: str, people: list[str], not_people: list[str]) -> None:
    doc = nlp(text)
    found = {s.text for s in doc.spans.get("kg", []) if s.label_ == "PERSON"}
    for name in people:
        assert name in found, found
    for name in not_people:
        assert name not in found, found
