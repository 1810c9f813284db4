"""Honours as a grammar (awards34b): who holds which honour, in the forms news prints them.

Every case is invented (no line comes from a corpus page).  Each case gives the text, the
region the page is about and what must (or must not) come out:

- ``has``: (holder, honour) pairs that must be read; ``cls``: (class, holder, honour) triples;
- ``any``: at least one of these pairs is read (the level before a quoted honour may or may not be kept);
- ``not_pairs``: (holder, honour) pairs that must not be read;
- ``not_held``: names that may hold no honour; ``none``: no honour at all is read (第一名 is a
  place, not an honour: the prize it brings is);
- ``traditional``: the text is read as ingest reads a traditional page, in simplified characters.
"""

from __future__ import annotations

import pytest

from kg.ingest.normalize import t2s_converter
from tests.extract.facts_view import check_awards

C = pytest.param


def XF(reason: str) -> pytest.MarkDecorator:
    """A case the awards stage cannot fix: the reason is in another stage."""
    return pytest.mark.xfail(reason=reason, strict=True)


CASES = [
    # --- a person receives a quoted title
    C(
        "在全省劳模表彰会上，邬建勋荣获“全国五一劳动奖章”。",
        "浙江省",
        {"has": [("邬建勋", "全国五一劳动奖章")]},
        id="ronghuo-medal",
    ),
    C(
        "经层层推选，哈尔滨电机厂焊工欧阳春明获评“龙江工匠”。",
        "哈尔滨市",
        {"has": [("欧阳春明", "龙江工匠")]},
        id="huoping-craftsman",
    ),
    C(
        "近日，遵义市第一人民医院护士长冉秋菊被评为“贵州省三八红旗手”。",
        "遵义市",
        {"has": [("冉秋菊", "贵州省三八红旗手")]},
        id="beipingwei-quoted",
    ),
    C(
        "昆明钢铁集团公司炉长段跃华被授予“云南省劳动模范”荣誉称号。",
        "昆明市",
        {"has": [("段跃华", "云南省劳动模范")]},
        id="beishouyu-rongyu",
    ),
    C(
        "諸葛明軒榮獲“全國五一勞動獎章”。",
        "福建省",
        {"has": [("诸葛明轩", "全国五一劳动奖章")], "traditional": True},
        id="traditional-ronghuo",
    ),
    C(
        "柳州工程机械公司钳工覃志勇获得“八桂工匠”称号。",
        "柳州市",
        {"has": [("覃志勇", "八桂工匠")]},
        id="huode-chenghao",
    ),
    C(
        "拉萨市城关区环卫工次仁卓玛荣获“全国劳动模范”称号。",
        "拉萨市",
        {"has": [("次仁卓玛", "全国劳动模范")]},
        id="tibetan-name",
    ),
    C(
        "乌鲁木齐市公交集团驾驶员买买提·吐尔逊被评为“自治区劳动模范”。",
        "乌鲁木齐市",
        {"has": [("买买提·吐尔逊", "自治区劳动模范")]},
        id="uyghur-name",
    ),
    # --- a year or a level before the honour
    C(
        "兰州石化公司操作工鲜于浩荣获2025年度“陇原工匠”称号。",
        "兰州市",
        {"has": [("鲜于浩", "陇原工匠")]},
        id="year-before-quote",
    ),
    C(
        "大连港集团装卸工谷春雷获评2026年度全国五一劳动奖章。",
        "大连市",
        {"has": [("谷春雷", "全国五一劳动奖章")]},
        id="year-before-bare",
        marks=XF("LAC reads 装卸工谷春雷 as one ORG token after 港集团: no PERSON to hold the honour"),
    ),
    C(
        "海口市美兰区教师符小燕荣获省级“巾帼建功标兵”称号。",
        "海口市",
        {"any": [("符小燕", "省级巾帼建功标兵"), ("符小燕", "巾帼建功标兵")]},
        id="level-before-quote",
    ),
    # --- units receive titles
    C(
        "近日，赣州稀土集团有限公司工会被命名为“全国模范职工之家”。",
        "赣州市",
        {"cls": [("TradeUnion", "赣州稀土集团有限公司工会", "全国模范职工之家")]},
        id="union-mingming",
    ),
    C(
        "宜宾五粮液股份有限公司包装车间荣获“全国工人先锋号”。",
        "宜宾市",
        {"has": [("宜宾五粮液股份有限公司包装车间", "全国工人先锋号")]},
        id="workshop-pioneer",
    ),
    C(
        "在本次竞赛中，临沂市总工会获得优秀组织奖。",
        "临沂市",
        {"has": [("临沂市总工会", "优秀组织奖")]},
        id="union-organising-prize",
    ),
    C(
        "包头钢铁集团有限责任公司荣获“内蒙古自治区五一劳动奖状”。",
        "包头市",
        {"has": [("包头钢铁集团有限责任公司", "内蒙古自治区五一劳动奖状")]},
        id="company-award-certificate",
    ),
    C(
        "西宁市城北区朝阳街道总工会被评为先进集体。",
        "西宁市",
        {"has": [("城北区朝阳街道总工会", "先进集体")]},
        id="street-union-collective",
    ),
    C(
        "本次表彰中，贵阳市总工会、遵义市总工会获优秀组织奖。",
        "贵州省",
        {"has": [("贵阳市总工会", "优秀组织奖"), ("遵义市总工会", "优秀组织奖")]},
        id="bodies-listed-prize",
    ),
    C(
        "沙志刚劳模创新工作室被命名为“省级示范性劳模创新工作室”。",
        "唐山市",
        {"not_held": ["沙志刚"]},
        id="studio-named-not-person",
    ),
    # --- the giver names holders then the honour
    C(
        "市总工会决定，授予滕晓峰、阙丽萍等10名职工“鹭岛工匠”称号。",
        "厦门市",
        {"has": [("滕晓峰", "鹭岛工匠"), ("阙丽萍", "鹭岛工匠")], "not_held": ["市总工会"]},
        id="shouyu-deng-n",
    ),
    C(
        "会上，省总工会为官春燕、司马志强颁发“齐鲁工匠”奖牌和证书。",
        "山东省",
        {"has": [("官春燕", "齐鲁工匠"), ("司马志强", "齐鲁工匠")]},
        id="wei-banfa-paizi",
        marks=XF("LAC reads 为官 as a word (为官春燕 -> 春燕): the surname 官 after 为 is a names-stage split"),
    ),
    C(
        "区总工会命名陶建国、邱晓东为“金牌职工”。",
        "揭阳市",
        {"has": [("陶建国", "金牌职工"), ("邱晓东", "金牌职工")]},
        id="mingming-wei",
    ),
    C(
        "授予太原重工股份有限公司等5个单位“山西省五一劳动奖状”。",
        "太原市",
        {"has": [("太原重工股份有限公司", "山西省五一劳动奖状")]},
        id="shouyu-units",
    ),
    C(
        "市总工会决定，命名宜昌船舶柴油机有限公司工会、夷陵区总工会为“模范职工之家”。",
        "宜昌市",
        {"has": [("宜昌船舶柴油机有限公司工会", "模范职工之家"), ("夷陵区总工会", "模范职工之家")]},
        id="mingming-units",
    ),
    C("市总工会拟命名许文杰为“荆楚工匠”，现予公示。", "武汉市", {"none": True}, id="ni-mingming-notice"),
    C("庞立新获“全国技术能手”称号。", "营口市", {"has": [("庞立新", "全国技术能手")]}, id="bare-huo-quoted"),
    # --- lists by rank
    C(
        "本次大赛决出一等奖1名、二等奖2名。一等奖：蒲立军（攀钢集团）；二等奖：贲小雨、易天明。",
        "攀枝花市",
        {"has": [("蒲立军", "一等奖"), ("贲小雨", "二等奖"), ("易天明", "二等奖")]},
        id="rank-list-semicolon",
    ),
    C(
        "获奖名单如下：\n一等奖：晏春生\n二等奖：乐正阳、单海燕\n三等奖：卜文杰",
        "南昌市",
        {"has": [("晏春生", "一等奖"), ("乐正阳", "二等奖"), ("单海燕", "二等奖"), ("卜文杰", "三等奖")]},
        id="rank-list-lines",
    ),
    C(
        "决赛中，来自鞍钢集团的甘立伟获得第一名，庞海波获得第二名。",
        "鞍山市",
        {"none": True},
        id="places-first-second",
    ),
    C("经过激烈角逐，韶关钢铁的植永康夺得金奖。", "韶关市", {"has": [("植永康", "金奖")]}, id="gold-prize"),
    C(
        "焊工组比赛中，佟德胜、闫晓光、尉迟刚分获一、二、三等奖。",
        "沈阳市",
        {"has": [("佟德胜", "一等奖"), ("闫晓光", "二等奖"), ("尉迟刚", "三等奖")]},
        id="fenhuo-ranks",
    ),
    C(
        "在决赛中，龙海峰、甄丽分别获得金奖和银奖。",
        "桂林市",
        {"has": [("龙海峰", "金奖"), ("甄丽", "银奖")], "not_pairs": [("龙海峰", "银奖"), ("甄丽", "金奖")]},
        id="fenbie-gold-silver",
    ),
    C(
        "钟离雪、上官婉分别荣获一等奖、二等奖。",
        "淮南市",
        {"has": [("钟离雪", "一等奖"), ("上官婉", "二等奖")], "not_pairs": [("上官婉", "一等奖")]},
        id="fenbie-ronghuo-compound-surnames",
    ),
    C(
        "经推荐，栾海涛被推荐为“河北工匠”候选人。",
        "石家庄市",
        {"none": True},
        id="recommended-candidate",
    ),
    C(
        "柴明、冼国华分获第一、二名。",
        "佛山市",
        {"none": True},
        id="fenhuo-places-no-award",
    ),
    # --- label blocks
    C(
        "“最美职工”获得者：岳红梅　敖志远　阮小青",
        "合肥市",
        {"has": [("岳红梅", "最美职工"), ("敖志远", "最美职工"), ("阮小青", "最美职工")]},
        id="label-block-holders",
    ),
    C(
        "“江淮工匠”名单：\n戚光明（安徽江淮汽车集团）\n钮春华（马鞍山钢铁股份有限公司）",
        "安徽省",
        {"has": [("戚光明", "江淮工匠"), ("钮春华", "江淮工匠")]},
        id="label-list-lines",
    ),
    # --- tables
    C(
        "姓名\t单位\t奖项\n蓝海涛\t梧州市供电局\t一等奖\n莫翠英\t梧州市自来水公司\t二等奖",
        "梧州市",
        {"has": [("蓝海涛", "一等奖"), ("莫翠英", "二等奖")]},
        id="table-tabs",
    ),
    # --- WeChat / TV genres
    C(
        "【喜报】我市环卫工人聂桂兰荣获“全国最美职工”称号！",
        "株洲市",
        {"has": [("聂桂兰", "全国最美职工")]},
        id="wechat-xibao",
    ),
    C(
        "（播音员）今天上午，我省劳模代表储国栋获颁全国五一劳动奖章。",
        "安徽省",
        {"has": [("储国栋", "全国五一劳动奖章")]},
        id="tv-huoban",
    ),
    C(
        "恭喜！我校教师皇甫晓雯荣获“全国优秀教师”称号。",
        "开封市",
        {"has": [("皇甫晓雯", "全国优秀教师")]},
        id="school-teacher",
    ),
    C(
        "宁夏回族自治区人民医院医生马晓东获“自治区五一劳动奖章”。",
        "银川市",
        {"has": [("马晓东", "自治区五一劳动奖章")]},
        id="hospital-doctor",
    ),
    C("青岛港码头工人许振超当选“齐鲁大工匠”。", "青岛市", {"has": [("许振超", "齐鲁大工匠")]}, id="dangxuan-craftsman"),
    # --- near misses: nominations and public notices
    C("市总工会拟推荐阎小军为全国五一劳动奖章候选人。", "长治市", {"none": True}, id="nominated-candidate"),
    C(
        "现将拟表彰的“三晋工匠”人选公示如下：霍建平、郝文丽。",
        "太原市",
        {"not_held": ["霍建平", "郝文丽"]},
        id="gongshi-candidates",
    ),
    C("经申报，苟明德申报“巴蜀工匠”称号。", "成都市", {"none": True}, id="applies-for"),
    # --- near misses: studios named after people, money
    C("沙志刚劳模创新工作室成立于2020年。", "唐山市", {"none": True}, id="studio-named-after-person"),
    C("市总工会为卢桂芳发放慰问金2000元。", "襄阳市", {"none": True}, id="consolation-money"),
    C("会上为获奖选手谭志勇发放奖金5000元。", "湘潭市", {"not_held": ["奖金"], "none": True}, id="bonus-money"),
    # --- near misses: slogans and event names in quotes
    C("莘国强在“当好主人翁、建功新时代”主题活动中发言。", "聊城市", {"none": True}, id="slogan-quote"),
    C("邵建华参加了“匠心筑梦”职工技能大赛。", "邵阳市", {"none": True}, id="event-name-quote"),
    C(
        "荣获“全国五一劳动奖章”的任志飞在会上作报告。",
        "晋中市",
        {"has": [("任志飞", "全国五一劳动奖章")]},
        id="honour-qualifies-name",
    ),
    # --- honours of the past held as history only when said so
    C(
        "曾获“全国劳动模范”称号的翟永胜，如今已是公司总工程师。",
        "保定市",
        {"has": [("翟永胜", "全国劳动模范")]},
        id="past-honour-ceng",
    ),
    C(
        "巩红旗先后荣获全国五一劳动奖章、全国劳动模范等称号。",
        "洛阳市",
        {"has": [("巩红旗", "全国五一劳动奖章"), ("巩红旗", "全国劳动模范")]},
        id="xianhou-two-honours",
    ),
]


@pytest.mark.parametrize(("text", "region", "want"), CASES)
def test_honour_grammar(extract_text, text: str, region: str, want: dict) -> None:
    if want.get("traditional"):
        text = t2s_converter().convert(text)
    check_awards(extract_text(text, region=region), want)
