"""Elections and appointments as a grammar (round elections34b): the results of a congress or
a committee's plenary as union sites, papers and bulletins print them (选举产生…，A当选为主席;
大会选举A为主席，B为常务副主席; label lines 主席：A 副主席：B　C), the committees' heads elected
at the union (经费审查委员会主任, 女职工委员会主任), by-elections and appointments (增补, 补选,
任命, 聘任), and the near misses that name no office: removals (免去…职务, 不再担任),
candidates (候选人, 拟任, 公示), former offices (原, 曾任), who presides or votes.

All lines are invented; no name or sentence here comes from a real page.
"""

from __future__ import annotations

import pytest

from kg.ingest.normalize import is_traditional, to_simplified
from kg.ingest.textmap import Mapped
from tests.extract.facts_view import posts

CASES = [
    # --- a congress's results: 选举产生…委员会，A当选为主席，B、C当选为副主席
    (
        "E01 选举产生了第N届委员会，A当选为主席，B、C当选为副主席",
        "齐齐哈尔市总工会第十六次代表大会选举产生了第十六届委员会，邵建国当选为主席，吕红梅、司马骏当选为副主席。",
        "齐齐哈尔市",
        {
            ("邵建国", "齐齐哈尔市总工会", "主席"),
            ("吕红梅", "齐齐哈尔市总工会", "副主席"),
            ("司马骏", "齐齐哈尔市总工会", "副主席"),
        },
    ),
    (
        "E02 大会选举A为主席，B为常务副主席，C、D（女）、E为副主席",
        "昆明市总工会第十三次代表大会闭幕。大会选举段志刚为主席，普丽华为常务副主席，杨勇、李芳（女）、何军为副主席。",
        "昆明市",
        {
            ("段志刚", "昆明市总工会", "主席"),
            ("普丽华", "昆明市总工会", "常务副主席"),
            ("杨勇", "昆明市总工会", "副主席"),
            ("李芳", "昆明市总工会", "副主席"),
            ("何军", "昆明市总工会", "副主席"),
        },
    ),
    (
        "E03 a county union's congress: 选举A同志为主席，B同志为副主席",
        "凤凰县总工会第九次会员代表大会在县城召开。会议选举田茂林同志为县总工会主席，龙秀英同志为副主席。",
        "湘西土家族苗族自治州",
        {
            ("田茂林", "凤凰县总工会", "主席"),
            ("龙秀英", "凤凰县总工会", "副主席"),
        },
    ),
    (
        "E04 分别: A、B、C分别当选为主席、常务副主席、副主席",
        "兰州市总工会第十四届委员会第一次全体会议召开，马向东、冶海燕、慕容平分别当选为主席、常务副主席、副主席。",
        "兰州市",
        {
            ("马向东", "兰州市总工会", "主席"),
            ("冶海燕", "兰州市总工会", "常务副主席"),
            ("慕容平", "兰州市总工会", "副主席"),
        },
    ),
    (
        "E05 a committee's plenary votes for its union (第N届委员会第一次全体会议选举A为主席)",
        "柳州市总工会第十五届委员会第一次全体会议选举韦振华为主席，覃丽为副主席。",
        "柳州市",
        {("韦振华", "柳州市总工会", "主席"), ("覃丽", "柳州市总工会", "副主席")},
    ),
    (
        "E06 a company's union congress: 选举A为工会主席",
        "中国石化江汉油田分公司工会第四次会员代表大会召开，大会选举皮建军为工会主席。",
        "潜江市",
        {("皮建军", "中国石化江汉油田分公司工会", "主席")},
    ),
    (
        "E07 a hospital's union: 当选为新一届工会主席",
        "绵阳市中心医院工会换届选举大会举行，蒲晓琳当选为新一届工会主席。",
        "绵阳市",
        {("蒲晓琳", "绵阳市中心医院工会", "主席")},
    ),
    (
        "E08 a university's union: 选举A为校工会主席",
        "西北农林科技大学第五次教职工代表大会暨工会会员代表大会选举郝文博为校工会主席。",
        "咸阳市",
        {("郝文博", "西北农林科技大学工会", "主席")},
    ),
    (
        "E09 a township's union: 镇总工会第一次会员代表大会，A当选镇总工会主席",
        "长乐镇总工会第一次会员代表大会召开，符海燕当选镇总工会主席，云飞当选副主席。",
        "海口市",
        {("符海燕", "长乐镇总工会", "主席"), ("云飞", "长乐镇总工会", "副主席")},
    ),
    (
        "E10 a street's union: 街道总工会 … 选举A为主席",
        "南京路街道总工会召开第二次会员代表大会，选举戚明珠为街道总工会主席。",
        "上海市",
        {("戚明珠", "南京路街道总工会", "主席")},
    ),
    # --- the heads of the union's committees, elected at the union
    (
        "E11 经费审查委员会主任 elected at the union",
        "鄂尔多斯市总工会第六次代表大会召开，大会选举白音为主席，乌兰为经费审查委员会主任。",
        "鄂尔多斯市",
        {
            ("白音", "鄂尔多斯市总工会", "主席"),
            ("乌兰", "鄂尔多斯市总工会", "经费审查委员会主任"),
        },
    ),
    (
        "E12 女职工委员会主任 elected at the union",
        "泉州市总工会召开第十四次代表大会，庄雅琴当选为女职工委员会主任。",
        "泉州市",
        {("庄雅琴", "泉州市总工会", "女职工委员会主任")},
    ),
    (
        "E13 经审会主任 by 分别 after a chair",
        "赣州市章贡区总工会第三次代表大会选举赖春生为主席，钟秀兰、温良分别当选为经费审查委员会主任、"
        "女职工委员会主任。",
        "赣州市",
        {
            ("赖春生", "章贡区总工会", "主席"),
            ("钟秀兰", "章贡区总工会", "经费审查委员会主任"),
            ("温良", "章贡区总工会", "女职工委员会主任"),
        },
    ),
    # --- by-elections and appointments
    (
        "E14 增补A为副主席",
        "遵义市总工会十三届五次全委会议召开，会议增补冉光荣为市总工会副主席。",
        "遵义市",
        {("冉光荣", "遵义市总工会", "副主席")},
    ),
    (
        "E15 补选A为主席",
        "阿勒泰地区总工会召开第九届委员会第三次全体会议，补选努尔兰为地区总工会主席。",
        "阿勒泰地区",
        {("努尔兰", "阿勒泰地区总工会", "主席")},
    ),
    (
        "E16 A增补为副主席 (当选-side verb)",
        "在日前召开的常州市总工会十五届三次全委会上，蒋丽华增补为市总工会副主席。",
        "常州市",
        {("蒋丽华", "常州市总工会", "副主席")},
    ),
    (
        "E17 递补A为委员 names no chair: 委员 of the committee",
        "泰安市总工会召开全委会，会议选举韩雪为市总工会副主席。",
        "泰安市",
        {("韩雪", "泰安市总工会", "副主席")},
    ),
    (
        "E18 任命A为…中心主任 (an appointment at a named body)",
        "经研究决定，任命濮阳晨为南宁市职工服务中心主任。",
        "南宁市",
        {("濮阳晨", "南宁市职工服务中心", "主任")},
    ),
    (
        "E19 聘任A为…副主任",
        "衡阳市总工会聘任上官婷为衡阳市职工法律援助中心副主任。",
        "衡阳市",
        {("上官婷", "衡阳市职工法律援助中心", "副主任")},
    ),
    (
        "E20 名誉主席 is a post",
        "大会推举欧阳德明为名誉主席，选举许凤为主席。会议由临沂市总工会召开。",
        "临沂市",
        {("欧阳德明", "临沂市总工会", "名誉主席"), ("许凤", "临沂市总工会", "主席")},
    ),
    # --- label lines of a results list
    (
        "E21 当选名单: 主席：A / 副主席：B　C (names spaced)",
        "贵阳市总工会第十二届委员会第一次全体会议选举结果\n当选名单\n主席：龙建平\n副主席：吴晓梅　石磊　潘云\n",
        "贵阳市",
        {
            ("龙建平", "贵阳市总工会", "主席"),
            ("吴晓梅", "贵阳市总工会", "副主席"),
            ("石磊", "贵阳市总工会", "副主席"),
            ("潘云", "贵阳市总工会", "副主席"),
        },
    ),
    (
        "E22 label lines with 、 and 按姓氏笔画为序",
        "西宁市总工会第十届委员会第一次全体会议选举结果\n主席：祁国栋\n"
        "副主席（按姓氏笔画为序）：马成林、李秀兰、皇甫杰\n",
        "西宁市",
        {
            ("祁国栋", "西宁市总工会", "主席"),
            ("马成林", "西宁市总工会", "副主席"),
            ("李秀兰", "西宁市总工会", "副主席"),
            ("皇甫杰", "西宁市总工会", "副主席"),
        },
    ),
    (
        "E23 label lines with （兼职）（挂职） notes after names",
        "银川市总工会第九届委员会第一次全体会议选举结果\n主席：纳海龙\n副主席：丁文（兼职）、拓跋英（挂职）\n",
        "银川市",
        {
            ("纳海龙", "银川市总工会", "主席"),
            ("丁文", "银川市总工会", "副主席"),
            ("拓跋英", "银川市总工会", "副主席"),
        },
    ),
    (
        "E24 常务委员会委员 list: the 委员 are posts at the union",
        "拉萨市总工会第七届委员会第一次全体会议选举结果\n主席：次仁多吉\n常务委员会委员：次仁多吉、卓玛、格桑\n",
        "拉萨市",
        {
            ("次仁多吉", "拉萨市总工会", "主席"),
            ("次仁多吉", "拉萨市总工会", "常务委员会委员"),
            ("卓玛", "拉萨市总工会", "常务委员会委员"),
            ("格桑", "拉萨市总工会", "常务委员会委员"),
        },
    ),
    # --- genres
    (
        "E25 a WeChat post's 喜讯 line",
        "【喜讯】热烈祝贺单春梅当选为大连市总工会副主席！",
        "大连市",
        {("单春梅", "大连市总工会", "副主席")},
    ),
    (
        "E26 a TV script: 记者 … 大会选举A为主席",
        "（主持人）今天上午，三亚市总工会第七次代表大会胜利闭幕。大会选举黎明辉为市总工会主席。",
        "三亚市",
        {("黎明辉", "三亚市总工会", "主席")},
    ),
    (
        "E27 traditional characters: 大會選舉A為主席 (read as ingestion converts the page)",
        "廈門市總工會第十三次代表大會閉幕，大會選舉陳志偉為主席，林美華、黃國強為副主席。",
        "厦门市",
        {
            ("陈志伟", "厦门市总工会", "主席"),
            ("林美华", "厦门市总工会", "副主席"),
            ("黄国强", "厦门市总工会", "副主席"),
        },
    ),
    (
        "E28 a province's union, compound surnames",
        "山西省总工会第十五次代表大会选举产生新一届领导班子，司徒建华当选为省总工会主席，端木红、令狐海当选为副主席。",
        "山西省",
        {
            ("司徒建华", "山西省总工会", "主席"),
            ("端木红", "山西省总工会", "副主席"),
            ("令狐海", "山西省总工会", "副主席"),
        },
    ),
    (
        "E29 a district's union named by area: 区总工会 with the city's site",
        "青岛市崂山区总工会第五次代表大会召开，代表们选举官明远为区总工会主席，尉迟芳为副主席。",
        "青岛市",
        {("官明远", "崂山区总工会", "主席"), ("尉迟芳", "崂山区总工会", "副主席")},
    ),
    (
        "E30 a 联合会 election: 行业工会联合会",
        "温州市鞋革行业工会联合会成立大会召开，项国平当选为联合会主席，诸葛慧当选为副主席。",
        "温州市",
        {
            ("项国平", "温州市鞋革行业工会联合会", "主席"),
            ("诸葛慧", "温州市鞋革行业工会联合会", "副主席"),
        },
    ),
    # --- near misses: no office
    (
        "E31 near miss: 免去…职务",
        "会议决定，免去岳飞龙的市总工会副主席职务。会议由宜昌市总工会召开。",
        "宜昌市",
        set(),
    ),
    (
        "E32 near miss: 不再担任",
        "因工作调动，钟离强不再担任鹤壁市总工会主席。",
        "鹤壁市",
        set(),
    ),
    (
        "E33 near miss: 候选人",
        "会议审议通过了衡水市总工会主席候选人名单，郗建为主席候选人。",
        "衡水市",
        set(),
    ),
    (
        "E34 near miss: 拟任",
        "根据工作需要，庞雨拟任晋城市总工会副主席，现予公示。",
        "晋城市",
        set(),
    ),
    (
        "E35 near miss: 公示 of nominees, 拟提名为",
        "现将有关情况公示如下：栾玉，拟提名为丹东市总工会副主席人选。",
        "丹东市",
        set(),
    ),
    (
        "E36 near miss: 原 before a title (a former office)",
        "原漯河市总工会主席仉立新出席会议。",
        "漯河市",
        set(),
    ),
    (
        "E37 near miss: 曾任 (an office held once)",
        "宓建国，男，曾任开封市总工会主席，现已退休。",
        "开封市",
        set(),
    ),
    (
        "E38 the presider keeps his own office, takes none of the vote's",
        "会议由六盘水市总工会副主席郎宏主持。会议选举包青为主席。",
        "六盘水市",
        {("郎宏", "六盘水市总工会", "副主席"), ("包青", "六盘水市总工会", "主席")},
    ),
    (
        "E39 no title spills to the names after: 出席 after a vote",
        "滁州市总工会第八次代表大会选举储建设为主席。市委常委、组织部部长沈涛出席会议。",
        "滁州市",
        {
            ("储建设", "滁州市总工会", "主席"),
            ("沈涛", "中共滁州市委员会", "常委"),
            ("沈涛", "中共滁州市委组织部", "部长"),
        },
    ),
    (
        "E40 免去 then 任命: only the new office",
        "会议决定：免去葛明的主席职务；任命邬晓燕为黄石市总工会主席。",
        "黄石市",
        {("邬晓燕", "黄石市总工会", "主席")},
    ),
    (
        "E41 who votes takes no office: 代表们投票",
        "茂名市总工会第九次代表大会上，冼宏伟等286名代表投票选举产生了新一届委员会。",
        "茂名市",
        set(),
    ),
    (
        "E42 等同志当选为副主席",
        "汕头市总工会第十二次代表大会召开，翁志坚当选为主席，蔡晓红、郑少雄等同志当选为副主席。",
        "汕头市",
        {
            ("翁志坚", "汕头市总工会", "主席"),
            ("蔡晓红", "汕头市总工会", "副主席"),
            ("郑少雄", "汕头市总工会", "副主席"),
        },
    ),
    (
        "E43 a bulletin's 公报: 全会选举A为主席，选举B为经费审查委员会主任",
        "本溪市总工会第十一届委员会第一次全体会议公报\n全会选举关东升为市总工会主席，"
        "选举姜丽为市总工会经费审查委员会主任。",
        "本溪市",
        {
            ("关东升", "本溪市总工会", "主席"),
            ("姜丽", "本溪市总工会", "经费审查委员会主任"),
        },
    ),
    (
        "E44 a radio script: 替补A为副主席",
        "据本台消息，日喀则市总工会召开全委会，会议替补扎西为市总工会副主席。",
        "日喀则市",
        {("扎西", "日喀则市总工会", "副主席")},
    ),
    (
        "E45 a plain 委员 list of the whole committee names no office",
        "淄博市总工会第十五届委员会第一次全体会议选举结果\n主席：鲍文祥\n委员：鲍文祥、邢雪、郇强\n",
        "淄博市",
        {("鲍文祥", "淄博市总工会", "主席")},
    ),
    (
        "E46 label lines of the committees' heads: 经费审查委员会主任：A / 女职工委员会主任：B",
        "保定市总工会第十四届委员会第一次全体会议选举结果\n主席：甄立国\n经费审查委员会主任：谷丽\n"
        "女职工委员会主任：檀雪梅\n",
        "保定市",
        {
            ("甄立国", "保定市总工会", "主席"),
            ("谷丽", "保定市总工会", "经费审查委员会主任"),
            ("檀雪梅", "保定市总工会", "女职工委员会主任"),
        },
    ),
    (
        "E47 选举A为兼职副主席 (a kind of the title)",
        "株洲市总工会第十届委员会第五次全体会议选举易军为兼职副主席。",
        "株洲市",
        {("易军", "株洲市总工会", "兼职副主席")},
    ),
    (
        "E48 near miss: 不再担任…，另有任用",
        "经研究，阙海涛同志不再担任三明市总工会副主席职务，另有任用。",
        "三明市",
        set(),
    ),
    (
        "E49 near miss: a 公示 block's 拟任职务 line",
        "任职前公示\n姓名：邰晓东\n拟任职务：抚州市总工会副主席\n",
        "抚州市",
        set(),
    ),
    (
        "E50 no office spills to the guests named after a vote",
        "锦州市总工会第十四次代表大会选举吕光明为主席。市人大常委会副主任苑华、市政协副主席巩立新等出席。",
        "锦州市",
        {
            ("吕光明", "锦州市总工会", "主席"),
            ("苑华", "锦州市人民代表大会常务委员会", "副主任"),
            ("巩立新", "中国人民政治协商会议锦州市委员会", "副主席"),
        },
    ),
    (
        "E51 near miss: 退休 and 原 before a title",
        "已退休的原宿州市总工会副主席滑建民也来到现场。",
        "宿州市",
        set(),
    ),
    (
        "E52 聘请…为名誉副主席: an honorary office at the union, the honour before the name no office",
        "会上，吉林市总工会聘请全国劳动模范晏清为吉林市总工会名誉副主席。",
        "吉林市",
        {("晏清", "吉林市总工会", "名誉副主席")},
    ),
    (
        "E53 聘请A为…名誉主席, A described by the company's 总经理",
        "大会聘请公司总经理宗泽宇为宝钢湛江钢铁有限公司工会名誉主席。",
        "湛江市",
        {("宗泽宇", "宝钢湛江钢铁有限公司工会", "名誉主席"), ("宗泽宇", "宝钢湛江钢铁有限公司", "总经理")},
    ),
    (
        "E54 near miss: 拟推荐…为…候选人 in a notice",
        "经研究，拟推荐邝志华为佛山市总工会副主席候选人。",
        "佛山市",
        set(),
    ),
    (
        "E55 a board's members (监事（3席）：) name no office",
        "苏州纺织业职工工会第二届会员代表大会选举结果\n常务理事：卞志刚\n监事（3席）：厉红、寇振、滕玉\n",
        "苏州市",
        {("卞志刚", "苏州纺织业职工工会", "常务理事")},
    ),
    (
        "E56 常务监事：A, a standing member's line",
        "苏州纺织业职工工会第二届会员代表大会选举结果\n常务理事：卞志刚\n常务监事：厉红\n",
        "苏州市",
        {("卞志刚", "苏州纺织业职工工会", "常务理事"), ("厉红", "苏州纺织业职工工会", "常务监事")},
    ),
]


# cases not read yet, and why
NOT_YET: dict[str, str] = {
    "E02": "the tagger reads 普丽华为 as one organisation: the name in a vote's clause is the names family's",
    "E08": "校工会 names the school's union by 校 alone: no head word makes 校 the university named before",
    "E15": "the tagger reads the Kazakh name 努尔兰 as a place: a name without a Han surname in a vote's slot",
    "E24": "the tagger reads the Tibetan name 次仁多吉 as a quantity (the 常务委员会委员 list itself is read)",
    "E53": "公司 in the description before the name (公司总经理X) is read as the union named after it (bodies)",
    "E44": "the tagger reads the Tibetan name 扎西 as a verb: a name without a Han surname in a vote's slot",
}


def _case(label: str, text: str, region: str | None, expected: set) -> object:
    key = label.split()[0]
    marks = [pytest.mark.xfail(reason=NOT_YET[key], strict=True)] if key in NOT_YET else []
    return pytest.param(label, text, region, expected, id=key, marks=marks)


@pytest.mark.parametrize(("label", "text", "region", "expected"), [_case(*c) for c in CASES])
def test_elections34_grammar(extract_text, label, text, region, expected):
    if is_traditional(text):  # (ingestion converts a traditional page before the pipeline reads it)
        text = to_simplified(Mapped(text, range(len(text)))).text
    assert posts(extract_text(text, region=region)) == expected, label
