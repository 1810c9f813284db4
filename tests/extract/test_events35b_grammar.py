"""Events' participants, venues and organisers in lead sentences (session 35, round 2).

The lead sentence of a union news item says who organised an act, who took part, where and
with how many people, in a handful of shapes:

- 由A主办、B承办的…于D在V举行: A and B organise, V is the venue.
- A联合B在V开展… / A、B共同举办… / A携手B…: both partners organise.
- X带队，到P开展“…”活动: the leader takes part, P is where it happened.
- A“…宣讲团”走进P，X在Q为…宣讲: the troupe's visit is an event of A, at Q (or P).
- 在<area>的<unit>实训基地举办: the unit is the venue, the area only places it.
- 吸引N余名职工参与 is a head count; N余人次 is not.
- 同日下午/当天下午/随后 a second event: its own venue, not the first one's.
- 在全市范围内 / 线上 / 云端: a place word or an online act gives no venue.
- a 开幕式 that opens a contest is part of the contest.

Every case is invented (no line comes from a corpus page).  ``ev`` is a part of the event's
name; ``date`` the month and day; ``place`` a part of one of its locations; ``noplace`` a
part no location may contain; ``someorgs`` parts of some organisers; ``count`` its head
count; ``people`` some who take part; ``nopeople`` people who must not.  A traditional
page is read as ingest reads it: simplified.
"""

from __future__ import annotations

import pytest

from kg.ingest.normalize import is_traditional, to_simplified
from kg.ingest.textmap import Mapped
from tests.extract.facts_view import check_event

C = pytest.param
CASES = [
    # 由A主办、B承办的…于D在V举行
    C(
        "由贵州省总工会主办、黔东南州总工会承办的全省职工乡村振兴技能竞赛于6月18日在凯里市职工文化活动中心举行，120名选手参赛。",
        "黔东南苗族侗族自治州",
        {
            "ev": "技能竞赛",
            "someorgs": ["贵州省总工会", "黔东南州总工会"],
            "place": "职工文化活动中心",
            "date": "06-18",
            "count": 120,
        },
        id="hosted-undertaken-province",
    ),
    C(
        "由青海省总工会主办，西宁市总工会承办的职工书画展10月9日在西宁市群众艺术馆开展，展出作品200余幅。",
        "西宁市",
        {"ev": "书画展", "someorgs": ["青海省总工会", "西宁市总工会"], "place": "群众艺术馆", "date": "10-09"},
        id="hosted-undertaken-exhibition",
    ),
    C(
        "近日，由秀英区总工会主办、海秀街道总工会承办的“工会进万家”普法讲座在海秀街道党群服务中心举行，50余名职工参加。",
        "海口市",
        {"ev": "普法讲座", "someorgs": ["秀英区总工会", "海秀街道总工会"], "place": "党群服务中心", "count": 50},
        id="hosted-undertaken-street",
    ),
    C(
        "由呼伦贝尔市总工会主辦、海拉爾區總工會承辦的職工冰雪運動會於1月12日在呼倫湖冰場舉行，300餘名職工參加。",
        "呼伦贝尔市",
        {
            "ev": "运动会",
            "someorgs": ["呼伦贝尔市总工会", "海拉尔区总工会"],
            "place": "呼伦湖",
            "date": "01-12",
            "count": 300,
        },
        id="hosted-undertaken-traditional",
    ),
    # A联合B在V开展…
    C(
        "3月5日，兰州市总工会联合市卫健委在城关区雁滩街道开展“学雷锋”义诊活动，为200余名职工群众提供健康咨询。",
        "兰州市",
        {"ev": "义诊活动", "someorgs": ["兰州市总工会"], "date": "03-05"},
        id="jointly-with-clinic",
    ),
    C(
        "4月20日，汕头市龙湖区总工会联合区人社局在区人力资源市场举办“工会就业服务”专场招聘会，吸引1200余名求职者入场。",
        "汕头市",
        {"ev": "招聘会", "someorgs": ["龙湖区总工会"], "place": "人力资源市场", "date": "04-20"},
        id="jointly-with-fair",
    ),
    C(
        "9月15日，宁夏电力公司工会联合银川市总工会在公司培训中心举办青年职工联谊会，80余名单身青年参加。",
        "银川市",
        {"ev": "联谊会", "someorgs": ["宁夏电力公司工会", "银川市总工会"], "place": "电力公司", "count": 80},
        id="jointly-company-union",
    ),
    # A、B共同举办
    C(
        "5月20日，拉萨市总工会、市妇联共同举办的“最美家庭”分享会在市职工之家举行，60余人参加。",
        "拉萨市",
        {"ev": "分享会", "someorgs": ["拉萨市总工会", "妇女联合会"], "place": "职工之家", "count": 60},
        id="together-hold-lhasa",
    ),
    C(
        "11月3日，太原市总工会和太原市图书馆共同举办职工读书沙龙，40余名职工参加活动。",
        "太原市",
        {"ev": "读书沙龙", "someorgs": ["太原市总工会", "太原市图书馆"], "count": 40},
        id="together-hold-library",
    ),
    # A携手B
    C(
        "6月1日，长沙市天心区总工会携手区妇联在天心阁街道开展“关爱职工子女”亲子活动，30组家庭参加。",
        "长沙市",
        {"ev": "亲子活动", "someorgs": ["天心区总工会", "妇女联合会"], "date": "06-01"},
        id="hand-in-hand-street",
    ),
    C(
        "8月8日，厦门市集美区总工会携手厦门大学附属中山医院举办职工健康讲座，120名职工参加。",
        "厦门市",
        {"ev": "健康讲座", "someorgs": ["集美区总工会", "中山医院"], "count": 120},
        id="hand-in-hand-hospital",
    ),
    # X带队，到P开展“…”活动
    C(
        "1月15日，县总工会主席诸葛明华带队，到县人民医院、县供电公司开展“送温暖”慰问活动，慰问一线职工80余人。",
        "丽水市",
        {"ev": "送温暖", "people": ["诸葛明华"], "someorgs": ["县总工会"], "date": "01-15"},
        id="led-compound-surname",
    ),
    C(
        "7月20日，州总工会副主席迪丽娜尔·买买提带队，到州工业园区开展“送清凉”活动。",
        "昌吉回族自治州",
        {"ev": "送清凉", "people": ["迪丽娜尔·买买提"], "someorgs": ["州总工会"]},
        id="led-uyghur-name",
    ),
    C(
        "8月2日，区总工会党组书记、常务副主席詹晓红带队到坪山街道开展“夏日送清凉”活动，慰问环卫工人150余人。",
        "坪山区",
        {"ev": "送清凉", "people": ["詹晓红"], "someorgs": ["区总工会"], "date": "08-02"},
        id="led-title-chain-no-comma",
    ),
    C(
        "12月28日，市总工会主席冼国强带队，到市公交集团开展“两节”送温暖活动，走访困难职工20户。",
        "佛山市",
        {"ev": "送温暖", "people": ["冼国强"], "someorgs": ["市总工会"]},
        id="led-rare-surname-winter",
    ),
    # A“…宣讲团”走进P，X在Q为…宣讲
    C(
        "4月10日，市总工会“劳模工匠宣讲团”走进市职业技术学院，省劳动模范鲍海军在学院报告厅为300余名师生宣讲。",
        "丽水市",
        {"ev": "宣讲团", "someorgs": ["市总工会"], "people": ["鲍海军"]},
        id="troupe-into-college",
    ),
    C(
        "9月26日，区总工会“工匠精神宣讲团”走进新华街道，全国五一劳动奖章获得者申屠刚在街道会议室作宣讲。",
        "杭州市",
        {"ev": "宣讲团", "someorgs": ["区总工会"], "people": ["申屠刚"]},
        id="troupe-into-street",
    ),
    # 在<area>的<unit>实训基地举办
    C(
        "6月6日，全市电工技能比赛在高新区的山东鲁能电气有限公司实训基地举办，60名选手参赛。",
        "济南市",
        {"ev": "技能比赛", "place": "山东鲁能电气有限公司", "count": 60},
        id="unit-base-in-zone",
    ),
    C(
        "10月16日，全县叉车技能竞赛在县经济开发区的福建宏远物流有限公司实训场地举行，30名叉车司机参赛。",
        "南平市",
        {"ev": "技能竞赛", "place": "福建宏远物流有限公司", "count": 30},
        id="unit-ground-in-county-zone",
    ),
    # 活动现场 counts
    C(
        "5月1日，昆明市总工会在翠湖公园举办“劳动最美丽”游园活动，吸引2000余名职工参与。",
        "昆明市",
        {"ev": "游园活动", "someorgs": ["昆明市总工会"], "place": "翠湖公园", "count": 2000},
        id="count-attract-workers",
    ),
    C(
        "3月8日，县总工会在县文化广场开展“三八”维权宣传活动，发放宣传资料3000余份，服务职工群众500余人次。",
        "赣州市",
        {"ev": "宣传活动", "place": "文化广场", "count": None},
        id="count-person-times-no-count",
    ),
    C(
        "9月10日，区教育工会在区实验小学举办教师节座谈会，区教育局负责人和40名教师代表参加。",
        "南京市",
        {"ev": "座谈会", "someorgs": ["教育工会"], "place": "实验小学", "count": 40},
        id="count-teacher-reps",
    ),
    # a second event 同日下午/当天下午/随后
    C(
        "4月25日上午，市总工会在市会展中心召开劳动模范表彰大会，600余人参加。当天下午，市总工会在市职工之家举办劳模座谈会。",
        "湛江市",
        {"ev": "座谈会", "place": "职工之家", "noplace": "会展中心"},
        id="second-same-afternoon",
    ),
    C(
        "7月1日上午，县总工会在县委党校举办工会干部培训班，80余名工会干部参加。同日下午，县总工会在县职工服务中心召开工作推进会。",
        "上饶市",
        {"ev": "推进会", "place": "职工服务中心", "noplace": "党校"},
        id="second-same-day-afternoon",
    ),
    C(
        "7月1日上午，县总工会在县委党校举办工会干部培训班，80余名工会干部参加。同日下午，县总工会在县职工服务中心召开工作推进会。",
        "上饶市",
        {"ev": "培训班", "place": "党校", "count": 80},
        id="first-before-second",
    ),
    # no venue: a place word
    C(
        "3月至5月，市总工会在全市范围内开展“查保障、促安全”专项行动，覆盖企业300余家。",
        "绵阳市",
        {"ev": "专项行动", "someorgs": ["市总工会"], "noplace": "全市"},
        id="citywide-no-venue",
    ),
    C(
        "今年以来，省总工会在全省范围内组织开展职工技能提升行动，累计培训职工5万余人次。",
        "石家庄市",
        {"ev": "技能提升行动", "someorgs": ["省总工会"], "noplace": "全省", "count": None},
        id="provincewide-no-venue",
    ),
    # 开幕式 part of the event
    C(
        "10月20日，第三届全市职工运动会开幕式在市体育中心举行，1500余名运动员参加。",
        "鄂尔多斯市",
        {"ev": "运动会", "place": "体育中心", "count": 1500, "date": "10-20"},
        id="opening-of-games",
    ),
    C(
        "5月12日，沈阳市总工会第五届职工技能大赛开幕式在沈阳职业技术学院举行，副市长隋建平出席开幕式并宣布大赛开幕。",
        "沈阳市",
        {"ev": "技能大赛", "place": "沈阳职业技术学院", "people": ["隋建平"], "someorgs": ["沈阳市总工会"]},
        id="opening-of-contest-guest",
    ),
    # 线上/云端 events (no venue)
    C(
        "2月10日，市总工会通过线上直播方式举办“职工心理健康”公益讲座，3000余名职工在线收看。",
        "大连市",
        {"ev": "公益讲座", "someorgs": ["市总工会"], "place": None},
        id="online-lecture",
    ),
    C(
        "4月23日，县总工会在云端举办“书香职工”读书分享会，200余名职工参加。",
        "黄冈市",
        {"ev": "读书分享会", "someorgs": ["县总工会"], "place": None, "count": 200},
        id="cloud-reading",
    ),
    # guests attend: participants
    C(
        "6月28日，乌鲁木齐市总工会在市职工文化宫举办“工会心向党”歌咏比赛，市总工会主席库尔班·艾力出席并讲话。",
        "乌鲁木齐市",
        {"ev": "歌咏比赛", "people": ["库尔班·艾力"], "place": "职工文化宫"},
        id="guest-attends-speaks",
    ),
    C(
        "11月18日，哈尔滨工业大学工会在学校体育馆举办教职工趣味运动会，校工会主席欧阳卫东致辞，500余名教职工参加。",
        "哈尔滨市",
        {"ev": "运动会", "people": ["欧阳卫东"], "place": "体育馆", "count": 500, "someorgs": ["哈尔滨工业大学工会"]},
        id="school-union-games",
    ),
    C(
        "9月5日，广西壮族自治区人民医院工会在医院门诊楼前举办“医师节”义诊活动，医院工会主席韦丽萍参加。",
        "南宁市",
        {"ev": "义诊活动", "people": ["韦丽萍"], "place": "人民医院"},
        id="hospital-union-clinic",
    ),
    C(
        "【央广网】记者从江苏省总工会获悉，8月18日，江苏省总工会在南京市玄武湖公园举办“职工健步走”活动，800名职工参加。",
        "南京市",
        {"ev": "健步走", "someorgs": ["江苏省总工会"], "place": "玄武湖公园", "count": 800, "date": "08-18"},
        id="portal-repost-walk",
    ),
    # a second batch: the same shapes, other places and genres
    C(
        "本报讯 9月20日，由江西省总工会主办，九江市总工会、九江市人社局共同承办的"
        "全省汽车维修工技能大赛在九江职业技术学院开赛。",
        "九江市",
        {"ev": "技能大赛", "someorgs": ["江西省总工会", "九江市总工会"], "place": "九江职业技术学院", "date": "09-20"},
        id="hosted-two-undertakers-paper",
    ),
    C(
        "5月15日，黑龙江省总工会联合省卫健委、省医疗保障局在哈尔滨市举办职工医疗互助政策宣讲会。",
        "哈尔滨市",
        {"ev": "宣讲会", "someorgs": ["黑龙江省总工会", "卫生健康委员会"], "date": "05-15"},
        id="jointly-two-partners",
    ),
    C(
        "3月12日，镇总工会联合镇团委、镇妇联在镇中心小学开展植树活动，60余名干部职工参加。",
        "台州市",
        {"ev": "植树活动", "someorgs": ["镇总工会"], "place": "中心小学", "count": 60},
        id="jointly-township",
    ),
    C(
        "10月10日，福州市总工会携手福建省立医院在市职工服务中心开展“职工健康行”义诊活动，为150余名职工提供免费体检。",
        "福州市",
        {"ev": "义诊活动", "someorgs": ["福州市总工会", "福建省立医院"], "place": "职工服务中心"},
        id="hand-in-hand-provincial-hospital",
    ),
    C(
        "6月20日上午，县总工会在县体育馆举办职工篮球赛开幕式，12支代表队参赛。随后，县总工会在县职工之家召开赛事工作会。",
        "抚州市",
        {"ev": "工作会", "place": "职工之家", "noplace": "体育馆"},
        id="second-after-opening",
    ),
    C(
        "12月1日，市总工会通过“云课堂”开展工会干部线上培训，全市600余名工会干部在线参训。",
        "潍坊市",
        {"ev": "培训", "someorgs": ["市总工会"], "place": None},
        id="online-cloud-class",
    ),
    C(
        "4月8日，校工会在学校田径场举办教职工春季健步走活动，吸引300余名教职工参与。",
        "武汉市",
        {"ev": "健步走", "place": "田径场", "count": 300},
        id="school-walk-attract",
    ),
    C(
        "7月6日，县总工会在全县范围内开展“夏送清凉”活动，走访慰问一线职工2000余人次。",
        "遵义市",
        {"ev": "送清凉", "someorgs": ["县总工会"], "noplace": "全县", "count": None},
        id="countywide-person-times",
    ),
    C(
        "1月10日，縣總工會主席司馬秋雲帶隊，到縣人民醫院開展“送溫暖”慰問活動，慰問醫務人員50人。",
        "渭南市",
        {"ev": "送温暖", "people": ["司马秋云"], "someorgs": ["县总工会"], "date": "01-10"},
        id="led-traditional-compound",
    ),
    C(
        "8月12日，区总工会“工会政策宣讲团”走进华为技术有限公司，区总工会副主席谷雨在公司报告厅为200余名员工宣讲工会政策。",
        "东莞市",
        {"ev": "宣讲团", "someorgs": ["区总工会"], "people": ["谷雨"]},
        id="troupe-into-company",
    ),
    C(
        "11月2日，全市焊工职业技能竞赛在开发区的重庆长兴机械有限公司实训基地举行，80名焊工参赛。",
        "重庆市",
        {"ev": "技能竞赛", "place": "重庆长兴机械有限公司", "count": 80},
        id="unit-base-in-bare-zone",
    ),
]


# cases not fixed yet: id -> why
XFAIL: dict[str, str] = {
    "provincewide-no-venue": "…提升行动 unquoted also names a programme (为深入实施职工技能提升行动): no event head",
}
X = pytest.mark.xfail
CASES = [
    pytest.param(*c.values, id=c.id, marks=[X(reason=XFAIL[c.id], strict=True)] if c.id in XFAIL else []) for c in CASES
]


@pytest.mark.parametrize(("text", "region", "want"), CASES)
def test_an_events35b_grammar(extract_text, text, region, want):
    if is_traditional(text):  # as ingest reads a traditional page
        text = to_simplified(Mapped.of(text)).text
    facts = extract_text(text, region=region, date="2027-12-31")
    check_event(facts, want)
