"""Posts as a grammar (stress round titles33b): title chains with bodies between, titles after a
name, elections and appointments, one title over a list, no spill-over, former posts, jobs, and
party/government bodies named in full by the page's area.

All lines are invented; no name or sentence here comes from a real page.
"""

from __future__ import annotations

import pytest

from kg.ingest.normalize import is_traditional, to_simplified
from kg.ingest.textmap import Mapped
from tests.extract.facts_view import posts

CASES = [
    # --- title chains before a name, bodies between
    (
        "C01 区委常委、组织部部长、区总工会主席",
        "会上，新城区委常委、组织部部长、区总工会主席鲍晓峰讲话。",
        "西安市",
        {
            ("鲍晓峰", "中共西安市新城区委员会", "常委"),
            ("鲍晓峰", "中共西安市新城区委组织部", "部长"),
            ("鲍晓峰", "西安市新城区总工会", "主席"),
        },
    ),
    (
        "C02 市人大常委会副主任、市总工会主席",
        "昆明市人大常委会副主任、市总工会主席段永明出席并讲话。",
        "昆明市",
        {("段永明", "昆明市人民代表大会常务委员会", "副主任"), ("段永明", "昆明市总工会", "主席")},
    ),
    (
        "C03 县政协副主席、县总工会主席",
        "仪式上，富源县政协副主席、县总工会主席禄红梅致辞。",
        "曲靖市",
        {
            ("禄红梅", "中国人民政治协商会议曲靖市富源县委员会", "副主席"),
            ("禄红梅", "富源县总工会", "主席"),
        },
    ),
    (
        "C04 公司党委书记、董事长",
        "吉林化纤集团有限责任公司党委书记、董事长宋德武出席。",
        "吉林市",
        {
            ("宋德武", "吉林化纤集团有限责任公司", "党委书记"),
            ("宋德武", "吉林化纤集团有限责任公司", "董事长"),
        },
    ),
    (
        "C05 医院工会主席 with a party title before",
        "兰州大学第一医院党委副书记、工会主席尉迟静讲话。",
        "兰州市",
        {("尉迟静", "兰州大学第一医院", "党委副书记"), ("尉迟静", "兰州大学第一医院", "工会主席")},
    ),
    (
        "C06 街道党工委书记",
        "五一广场街道党工委书记欧阳春出席活动。",
        "福州市",
        {("欧阳春", "五一广场街道党工委", "书记")},
    ),
    (
        "C07 镇党委书记、镇长 chain",
        "会上，塘厦镇党委书记、镇长诸葛明先后讲话。",
        "东莞市",
        {("诸葛明", "中共塘厦镇委员会", "书记"), ("诸葛明", "塘厦镇人民政府", "镇长")},
    ),
    (
        "C08 市委副书记、市长",
        "银川市委副书记、市长马晓东出席并致辞。",
        "银川市",
        {("马晓东", "中共银川市委员会", "副书记"), ("马晓东", "银川市人民政府", "市长")},
    ),
    (
        "C09 省总工会党组书记、常务副主席",
        "贵州省总工会党组书记、常务副主席龙飞出席。",
        "贵阳市",
        {("龙飞", "贵州省总工会", "党组书记"), ("龙飞", "贵州省总工会", "常务副主席")},
    ),
    (
        "C10 副市长 alone is an office at its city's government, never written",
        "哈尔滨市副市长冷艳主持会议。",
        "哈尔滨市",
        {("冷艳", "哈尔滨市人民政府", "副市长")},
    ),
    # --- titles after a name
    (
        "C11 X，区总工会主席",
        "出席活动的有黄凯，越秀区总工会主席。",
        "广州市",
        {("黄凯", "越秀区总工会", "主席")},
    ),
    (
        "C12 X（公司工会主席）",
        "座谈中，韦丽华（柳州钢铁集团有限公司工会主席）介绍了经验。",
        "柳州市",
        {("韦丽华", "柳州钢铁集团有限公司工会", "主席")},
    ),
    (
        "C13 X（学校校长）",
        "发言人有：覃海（南宁市第三中学校长）、黎明（南宁市滨湖路小学副校长）。",
        "南宁市",
        {("覃海", "南宁市第三中学", "校长"), ("黎明", "南宁市滨湖路小学", "副校长")},
    ),
    # --- elections and appointments
    (
        "C14 选举X为主席",
        "会议选举仝晓光为海淀区总工会主席。",
        "北京市",
        {("仝晓光", "海淀区总工会", "主席")},
    ),
    (
        "C15 X当选主席 (the union of the page)",
        "日前，和平区总工会召开第五次代表大会，赫连飞当选主席。",
        "天津市",
        {("赫连飞", "天津市和平区总工会", "主席")},
    ),
    (
        "C16 X同志当选为…主席",
        "大会上，蒲红英同志当选为绵阳市总工会主席。",
        "绵阳市",
        {("蒲红英", "绵阳市总工会", "主席")},
    ),
    (
        "C17 增补X为副主席",
        "会议增补邬海涛为鄞州区总工会副主席。",
        "宁波市",
        {("邬海涛", "鄞州区总工会", "副主席")},
    ),
    (
        "C18 补选X为主席",
        "全委会以无记名投票方式补选晏红为江岸区总工会主席。",
        "武汉市",
        {("晏红", "江岸区总工会", "主席")},
    ),
    (
        "C19 …第N届委员会 between body and title",
        "会议选举庹明为黔江区总工会第四届委员会主席。",
        "重庆市",
        {("庹明", "黔江区总工会", "主席")},
    ),
    (
        "C20 X当选为…第N届委员会主席",
        "经过投票，单于朗当选为歙县总工会第十五届委员会主席。",
        "黄山市",
        {("单于朗", "歙县总工会", "主席")},
    ),
    (
        "C21 聘任X为…",
        "会上，区总工会聘任冼丽为天河区职工法律服务站站长。",
        "广州市",
        {("冼丽", "天河区职工法律服务站", "站长")},
    ),
    (
        "C22 任命X为…",
        "经研究，任命阮建华为台江区总工会办公室主任。",
        "福州市",
        {("阮建华", "台江区总工会办公室", "主任")},
    ),
    (
        "C23 选举A为主席，B、C为副主席",
        "会议选举产生了新一届领导班子，选举桂林为城关区总工会主席，扎西、卓玛为副主席。",
        "拉萨市",
        {
            ("桂林", "拉萨市城关区总工会", "主席"),
            ("扎西", "拉萨市城关区总工会", "副主席"),
            ("卓玛", "拉萨市城关区总工会", "副主席"),
        },
    ),
    # --- no spill-over
    (
        "C24 X当选主席，A、B当选为副主席",
        "近日，青秀区总工会召开全委会，韩冰当选主席，梁宇、农小燕当选为副主席。",
        "南宁市",
        {
            ("韩冰", "青秀区总工会", "主席"),
            ("梁宇", "青秀区总工会", "副主席"),
            ("农小燕", "青秀区总工会", "副主席"),
        },
    ),
    (
        "C25 X当选为主席；A当选为经审会主任",
        "大会选举产生了新一届委员会。和静县总工会召开会议，艾力当选为主席，古丽当选为经费审查委员会主任。",
        "巴音郭楞蒙古自治州",
        {
            ("艾力", "和静县总工会", "主席"),
            ("古丽", "和静县总工会", "经费审查委员会主任"),
        },
    ),
    # --- one title before a list
    (
        "C26 区总工会副主席A、B",
        "金水区总工会副主席牛青、庞海燕出席活动。",
        "郑州市",
        {("牛青", "金水区总工会", "副主席"), ("庞海燕", "金水区总工会", "副主席")},
    ),
    (
        "C27 副主席A、B、C陪同",
        "市总工会副主席蔺涛、钭晓、母建军陪同调研。",
        "太原市",
        {
            ("蔺涛", "太原市总工会", "副主席"),
            ("钭晓", "太原市总工会", "副主席"),
            ("母建军", "太原市总工会", "副主席"),
        },
    ),
    # --- former posts give none
    (
        "C28 原…主席 gives none",
        "原姑苏区总工会主席邹建国受邀参加座谈。",
        "苏州市",
        set(),
    ),
    (
        "C29 曾任 gives none",
        "邹建国曾任姑苏区总工会主席，现已退休。",
        "苏州市",
        set(),
    ),
    (
        "C30 退休职工 gives none",
        "退休职工代表、原南钢集团工会副主席叶春和发言。",
        "南京市",
        set(),
    ),
    # --- jobs and qualifications give none
    (
        "C31 焊工 gives none",
        "大连造船厂焊工贺明明获得表彰。",
        "大连市",
        set(),
    ),
    (
        "C32 高级技师 gives none",
        "国网山东电力公司高级技师卞超作了交流发言。",
        "济南市",
        set(),
    ),
    (
        "C33 车间主任 is a post but 钳工 is not",
        "包钢集团炼铁厂钳工郎建华与车间工人一起检修。",
        "包头市",
        set(),
    ),
    # --- more chains and genres
    (
        "C34 traditional characters (converted at ingest, as a page's are)",
        "會上，灣仔區總工會主席黎嘉欣致辭。",
        None,
        {("黎嘉欣", "湾仔区总工会", "主席")},
    ),
    (
        "C35 title after name in a WeChat line",
        "【现场】夏侯杰，坪山区总工会副主席，带队走访企业。",
        "深圳市",
        {("夏侯杰", "坪山区总工会", "副主席")},
    ),
    (
        "C36 a TV script: 记者从…获悉，…主席X表示",
        "记者从裕华区总工会获悉，区总工会主席乜小军表示，今年将新建驿站20个。",
        "石家庄市",
        {("乜小军", "裕华区总工会", "主席")},
    ),
    (
        "C37 区委副书记、区长",
        "会上，雁塔区委副书记、区长闫东讲话。",
        "西安市",
        {("闫东", "中共西安市雁塔区委员会", "副书记"), ("闫东", "西安市雁塔区人民政府", "区长")},
    ),
    (
        "C38 县委常委、县总工会主席",
        "临泽县委常委、县总工会主席查文出席。",
        "张掖市",
        {("查文", "中共张掖市临泽县委员会", "常委"), ("查文", "临泽县总工会", "主席")},
    ),
    (
        "C39 副县长 alone, a Tibetan name of four",
        "德钦县副县长此里卓玛出席开幕式。",
        "迪庆藏族自治州",
        {("此里卓玛", "迪庆藏族自治州德钦县人民政府", "副县长")},
    ),
    (
        "C40 乡党委书记",
        "会上，麻阳镇党委书记滕飞作表态发言。",
        "怀化市",
        {("滕飞", "中共麻阳镇委员会", "书记")},
    ),
    (
        "C41 school union chair after a name in brackets",
        "经验交流会上，邵敏（长春市实验中学工会主席）发言。",
        "长春市",
        {("邵敏", "长春市实验中学工会", "主席")},
    ),
    (
        "C42 区人大常委会主任 alone",
        "鼓楼区人大常委会主任戚建国出席。",
        "南京市",
        {("戚建国", "南京市鼓楼区人民代表大会常务委员会", "主任")},
    ),
    (
        "C43 市委组织部副部长",
        "合肥市委组织部副部长钮方出席会议。",
        "合肥市",
        {("钮方", "中共合肥市委组织部", "副部长")},
    ),
    (
        "C45 补选 a rare surname the tagger cuts (亓|晓东)",
        "大会补选亓晓东为莱芜区总工会副主席。",
        "济南市",
        {("亓晓东", "莱芜区总工会", "副主席")},
    ),
    (
        "C46 选举 before no name",
        "会议选举产生了新一届委员会，任命书已经下发。",
        "济南市",
        set(),
    ),
    (
        "C47 names each with 同志 joined by 和",
        "经过选举，欧阳丽同志和符强同志当选为市总工会副主席。",
        "海口市",
        {("欧阳丽", "海口市总工会", "副主席"), ("符强", "海口市总工会", "副主席")},
    ),
    (
        "C48 a former company union's office after a list mark",
        "老劳模代表、原玉柴集团工会主席黄德清发言。",
        "玉林市",
        set(),
    ),
    (
        "C44 当选 with 同志 and a list",
        "经过选举，蔡敏同志、鞠强同志当选为市总工会副主席。",
        "常州市",
        {("蔡敏", "常州市总工会", "副主席"), ("鞠强", "常州市总工会", "副主席")},
    ),
]


# cases not read yet, and why
NOT_YET = {
    "C06": "the tagger reads 五一 of 五一广场街道 as a date: the street's name loses it",
    "C20": "a compound surname (单于) the tagger reads as an adjective: no person",
    "C40": "麻阳镇 where the city also has 麻阳县: the town's committee not placed",
    "C39": "a Tibetan name of four (此里卓玛) is read as 卓玛 alone: its first half is no surname",
}


def _case(label: str, text: str, region: str | None, expected: set) -> object:
    key = label.split()[0]
    marks = [pytest.mark.xfail(reason=NOT_YET[key], strict=True)] if key in NOT_YET else []
    return pytest.param(label, text, region, expected, id=key, marks=marks)


@pytest.mark.parametrize(("label", "text", "region", "expected"), [_case(*c) for c in CASES])
def test_titles_grammar(extract_text, label, text, region, expected):
    if is_traditional(text):
        # a traditional page is converted when read (kg.ingest.normalize), before the NLP
        text = to_simplified(Mapped.of(text)).text
    assert posts(extract_text(text, region=region)) == expected, label
