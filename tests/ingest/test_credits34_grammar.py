"""Grammar stress of credits, script headers and bulletins (session 34): short invented
pages run through the real reader, checking which articles come out, their headlines and
the people each credits (reporters and photographers together).

The grammars:

* G1 a labelled credit line may carry a source field (来源：某单位) and a label whose value
  is a unit (图：某部): the unit credits no one, the names of the other labels are credited;
* G2 a role word glued to a word no surname opens, in brackets alone on its line
  (【记者出镜】, 【记者手记】), is a script's or a column's label, no byline;
* G3 a broadcast script's header is a block of fields (栏目：, 播出时间：, 记者：…) where the
  field 标题： holds the headline;
* G4 a printed bulletin (工作简报, 工作动态, 信息专报) carries a masthead (内部资料, 第N期,
  某某办公室编印 date) and a contents list repeating the items' headlines; each item is an
  article, closed by its writer's credit (（某单位 姓名）, （某单位供稿）).

All text is invented.
"""

from __future__ import annotations

import pytest

from kg.ingest import read_articles

P1 = "5月20日，{u}举办职工技能竞赛，来自全区的120名职工参加比赛，竞赛设电工、焊工两个项目。"
P2 = "据介绍，{u}今年还将组织各类培训班十余期，帮助职工提升技能水平。"


def _body(unit: str) -> str:
    return P1.format(u=unit) + "\n" + P2.format(u=unit)


def _one(head: str, unit: str, credit: str) -> str:
    return f"{head}\n{_body(unit)}\n{credit}\n"


# (page, [(headline, credited people in any order)])
Case = tuple[str, list[tuple[str, list[str]]]]

G1: list[Case] = [
    (
        _one("港南区总工会举办职工技能竞赛", "港南区总工会", "（来源：港南区总工会　文：苏婉清　图：区总工会宣传部）"),
        [("港南区总工会举办职工技能竞赛", ["苏婉清"])],
    ),
    (
        _one("城关镇总工会举办职工技能竞赛", "城关镇总工会", "（来源：城关镇总工会　文：尉迟明月　摄影：雷振宇）"),
        [("城关镇总工会举办职工技能竞赛", ["尉迟明月", "雷振宇"])],
    ),
    (
        _one("市一中教育工会举办教职工技能竞赛", "市一中教育工会", "（文：庹嘉禾　图：学校工会办公室）"),
        [("市一中教育工会举办教职工技能竞赛", ["庹嘉禾"])],
    ),
    (
        _one("县人民医院工会举办护理技能竞赛", "县人民医院工会", "（图：院工会　文：覃小满）"),
        [("县人民医院工会举办护理技能竞赛", ["覃小满"])],
    ),
    (
        _one("矿业公司工会举办职工技能竞赛", "矿业公司工会", "来源：矿业公司工会　文：上官云飞　图：公司党群工作部"),
        [("矿业公司工会举办职工技能竞赛", ["上官云飞"])],
    ),
    (
        _one("东湖街道总工会举办职工技能竞赛", "东湖街道总工会", "（来源：东湖街道总工会　文／图：喻晓峰）"),
        [("东湖街道总工会举办职工技能竞赛", ["喻晓峰"])],
    ),
    (
        _one("高新区总工会举办职工技能竞赛", "高新区总工会", "（供稿：高新区总工会　撰稿：阙立新　摄影：融媒体中心）"),
        [("高新区总工会举办职工技能竞赛", ["阙立新"])],
    ),
    (
        _one("林业局工会举办职工技能竞赛", "林业局工会", "文：司马青　图：局工会办公室"),
        [("林业局工会举办职工技能竞赛", ["司马青"])],
    ),
    (
        _one("水务集团工会举办职工技能竞赛", "水务集团工会", "（文　诸葛芳　图　集团工会）"),
        [("水务集团工会举办职工技能竞赛", ["诸葛芳"])],
    ),
    # near-misses: a source alone, a unit alone: no person
    (
        _one("铁路局工会举办职工技能竞赛", "铁路局工会", "（来源：铁路局工会宣传部）"),
        [("铁路局工会举办职工技能竞赛", [])],
    ),
    (
        _one("区交通运输工会举办职工技能竞赛", "区交通运输工会", "（图：区交通运输工会办公室）"),
        [("区交通运输工会举办职工技能竞赛", [])],
    ),
]

_SCRIPT_TEXT = (
    "（配音）5月20日，{u}举办职工技能竞赛，来自全县的120名职工参加比赛。\n"
    "（画面：选手比赛）\n（配音）据介绍，{u}今年还将组织培训班十余期。"
)

G2: list[Case] = [
    (
        "县总工会举办职工技能竞赛\n"
        + _SCRIPT_TEXT.format(u="临湘市总工会")
        + "\n【记者出镜】\n“我现在是在比赛现场。”\n临湘市融媒体中心记者　龚雪松　报道\n",
        [("县总工会举办职工技能竞赛", ["龚雪松"])],
    ),
    (
        "区总工会举办职工技能竞赛\n"
        + _body("罗湖区总工会")
        + "\n【记者手记】\n技能竞赛让职工有了展示的舞台。\n（记者　卜晓晨）\n",
        [("区总工会举办职工技能竞赛", ["卜晓晨"])],
    ),
    (
        "镇总工会举办职工技能竞赛\n"
        + _SCRIPT_TEXT.format(u="大坪镇总工会")
        + "\n【记者连线】\n“现场气氛热烈。”\n记者：蒲思远　摄像：哈斯\n",
        [("镇总工会举办职工技能竞赛", ["蒲思远", "哈斯"])],
    ),
    (
        "集团工会举办职工技能竞赛\n" + _body("能源集团工会") + "\n【记者观察】\n竞赛已连续举办五届。\n",
        [("集团工会举办职工技能竞赛", [])],
    ),
    (
        "县总工会举办职工技能竞赛\n" + _SCRIPT_TEXT.format(u="沅江市总工会") + "\n记者　闵晓东　出镜\n",
        [("县总工会举办职工技能竞赛", ["闵晓东"])],
    ),
    # a lower third (字幕：记者 X, 字幕：X 职务) is the script's text, no headline
    (
        "县总工会为环卫工人送清凉\n（记者　龙小溪　田野）今天上午，县总工会为全县300名环卫工人送去清凉物资。\n"
        "【记者出镜】\n字幕：记者　龙小溪\n“我现在在活动现场。”\n"
        "据了解，县总工会今年共投入资金20万元开展送清凉活动。\n",
        [("县总工会为环卫工人送清凉", ["龙小溪", "田野"])],
    ),
    (
        "镇总工会成立快递行业工会联合会\n（记者　扈明月）昨天，沙溪镇快递行业工会联合会成立，辖区45名快递员参加。\n"
        "【同期声】\n字幕：鄢春生　沙溪镇总工会主席\n“我们要让快递小哥有个家。”\n联合会下一步将建设驿站。\n",
        [("镇总工会成立快递行业工会联合会", ["扈明月"])],
    ),
    # labels in square brackets (【记者】X 【摄像】Y); a caption so labelled credits no one
    (
        "【标题】县总工会为环卫工人送清凉\n【记者】龙小溪　【摄像】田野\n"
        "【导语】今天上午，县总工会为全县300名环卫工人送去清凉物资。\n【正文】据了解，县总工会今年共投入资金20万元。\n",
        [("县总工会为环卫工人送清凉", ["龙小溪", "田野"])],
    ),
    (
        "区总工会举办职工技能竞赛\n" + _body("雨湖区总工会") + "\n【图】活动现场\n【文】郦小川\n",
        [("区总工会举办职工技能竞赛", ["郦小川"])],
    ),
    # a reporter credited in square brackets is still a credit, and a glued one, with a
    # surname or without (a Tibetan name)
    (
        "县总工会举办职工技能竞赛\n" + _body("堆龙德庆区总工会") + "\n（记者扎西　通讯员格桑）\n",
        [("县总工会举办职工技能竞赛", ["扎西", "格桑"])],
    ),
    (
        "县总工会举办职工技能竞赛\n" + _body("石门县总工会") + "\n【记者覃思远】\n",
        [("县总工会举办职工技能竞赛", ["覃思远"])],
    ),
    (
        "区总工会举办职工技能竞赛\n" + _body("江北区总工会") + "\n【记者　谯文静】\n",
        [("区总工会举办职工技能竞赛", ["谯文静"])],
    ),
]


def _script(fields_over: str, fields_under: str, head: str, unit: str, close: str) -> str:
    page = f"{fields_over}\n标题：{head}\n{fields_under}\n{_SCRIPT_TEXT.format(u=unit)}\n{close}\n"
    return page.replace("\n\n", "\n")


G3: list[Case] = [
    (
        _script(
            "栏目：《通道新闻》　时长：1′30″\n出镜记者：吴晓林　摄像：粟明亮",
            "",
            "通道县总工会走访慰问环卫工人",
            "通道县总工会",
            "编辑：杨帆",
        ),
        [("通道县总工会走访慰问环卫工人", ["吴晓林", "粟明亮"])],
    ),
    (
        _script(
            "栏目：《湘阴新闻》　播出时间：2027年5月21日 18:30\n稿件编号：XY-0521-02　时长：2′05″\n"
            "记者：邝明辉　侯晓雪　摄像：侯晓雪　通讯员：巫春燕　配音：喻欣然\n主持人：龙一鸣　后期：杭子俊",
            "",
            "湘阴县职工技能竞赛开赛",
            "湘阴县总工会",
            "湘阴县融媒体中心记者　邝明辉　侯晓雪　报道",
        ),
        [("湘阴县职工技能竞赛开赛", ["邝明辉", "侯晓雪", "巫春燕"])],
    ),
    (
        _script(
            "节目：《今日海安》　播出时间：2027年6月2日 07:00\n类别：民生·工会　时长：1′48″",
            "记者：栾晓光　摄像：蔺伟",
            "海安市总工会为户外劳动者送清凉",
            "海安市总工会",
            "编辑：岳佳　审核：申屠明",
        ),
        [("海安市总工会为户外劳动者送清凉", ["栾晓光", "蔺伟"])],
    ),
    (
        _script(
            "栏目：《职工之声》广播　播出时间：2027年7月1日 12:00\n主持人：庞晓彤　监制：缪海东",
            "",
            "铁路职工技能比武决出十强",
            "铁路局工会",
            "记者：公孙志强　通讯员：牟晓丽",
        ),
        [("铁路职工技能比武决出十强", ["公孙志强", "牟晓丽"])],
    ),
    (
        "电视新闻播出稿\n标题：县医院工会开展护理技能比武\n栏目：《城步新闻》　时长：2′10″\n"
        "记者：蓝晓月　摄像：杨光明\n" + _SCRIPT_TEXT.format(u="城步县人民医院工会") + "\n",
        [("县医院工会开展护理技能比武", ["蓝晓月", "杨光明"])],
    ),
    (
        "栏目：《新闻联播》　播出时间：2027年5月21日 19:00\n"
        "文章标题：开发区总工会举办职工运动会\n记者：丁一　摄像：郁明\n" + _SCRIPT_TEXT.format(u="开发区总工会") + "\n",
        [("开发区总工会举办职工运动会", ["丁一", "郁明"])],
    ),
]


def _bulletin(masthead: str, heads: list[str], units: list[str], credits: list[str], contents: bool) -> str:
    rule = "━━━━━━━━━━━━━━━━━━━━"
    lines = [masthead, rule]
    if contents:
        lines += ["【本期导读】", *(f"● {h}" for h in heads), rule]
    for h, u, c in zip(heads, units, credits, strict=True):
        lines += [h, P1.format(u=u), P2.format(u=u), c]
    lines += [rule, "报：省总工会", "发：各县区总工会", rule, "签发：冷建华　　责任编辑：游晓芳", "（共印50份）"]
    return "\n".join(lines) + "\n"


_MAST1 = "内部资料　注意保存\n\n工　作　简　报\n\n第12期（总第203期）\n\n凉山州总工会办公室编印　　　　2027年6月9日"
_MAST2 = "工会工作动态\n\n第3期\n\n南川区总工会办公室　　　　　　2027年3月15日"
_MAST3 = "信息专报\n\n〔2027〕第5期\n\n黔东南州总工会编　　　　2027年8月1日"

G4: list[Case] = [
    (
        _bulletin(
            _MAST1,
            ["西昌市总工会举办职工技能竞赛", "会理市总工会开展送清凉活动", "德昌县总工会召开全委会议"],
            ["西昌市总工会", "会理市总工会", "德昌县总工会"],
            ["（西昌市总工会　阿苏拉则）", "（会理市总工会供稿）", "（德昌县总工会　宇文晓雪）"],
            True,
        ),
        [
            ("西昌市总工会举办职工技能竞赛", ["阿苏拉则"]),
            ("会理市总工会开展送清凉活动", []),
            ("德昌县总工会召开全委会议", ["宇文晓雪"]),
        ],
    ),
    (
        _bulletin(
            _MAST2,
            ["水江镇总工会举办职工技能竞赛", "区教育工会开展教职工运动会"],
            ["水江镇总工会", "区教育工会"],
            ["（水江镇总工会　冉小红）", "（区教育工会　敖明杰）"],
            False,
        ),
        [("水江镇总工会举办职工技能竞赛", ["冉小红"]), ("区教育工会开展教职工运动会", ["敖明杰"])],
    ),
    (
        _bulletin(
            _MAST3,
            ["凯里市总工会举办职工技能竞赛", "榕江县总工会开展劳动竞赛", "雷山县总工会成立职工书屋"],
            ["凯里市总工会", "榕江县总工会", "雷山县总工会"],
            ["（凯里市总工会　潘阿妹）", "（榕江县总工会　杨秀英）", "（雷山县总工会供稿）"],
            True,
        ),
        [
            ("凯里市总工会举办职工技能竞赛", ["潘阿妹"]),
            ("榕江县总工会开展劳动竞赛", ["杨秀英"]),
            ("雷山县总工会成立职工书屋", []),
        ],
    ),
    (
        _bulletin(
            "内部资料\n\n集团工会工作简报\n\n第2期（总第41期）\n\n集团公司工会办公室编印　　2027年2月28日",
            ["第一分公司工会举办职工技能竞赛", "第二分公司工会开展安康杯竞赛"],
            ["第一分公司工会", "第二分公司工会"],
            ["（第一分公司工会　司徒晓敏）", "（第二分公司工会　毛立群）"],
            True,
        ),
        [("第一分公司工会举办职工技能竞赛", ["司徒晓敏"]), ("第二分公司工会开展安康杯竞赛", ["毛立群"])],
    ),
    (
        _bulletin(
            "工作简报\n\n第9期\n\n市教育工会编印　　2027年10月12日",
            ["实验小学工会举办教职工技能竞赛", "职业技术学院工会开展教学比武", "市二中工会组织教职工体检"],
            ["实验小学工会", "职业技术学院工会", "市二中工会"],
            ["（实验小学工会　褚一帆）", "（职业技术学院工会　谷梁晓）", "（市二中工会　廉洁）"],
            False,
        ),
        [
            ("实验小学工会举办教职工技能竞赛", ["褚一帆"]),
            ("职业技术学院工会开展教学比武", ["谷梁晓"]),
            ("市二中工会组织教职工体检", ["廉洁"]),
        ],
    ),
]

G4 += [
    (
        _bulletin(
            "工会信息专报\n\n第21期\n\n市直机关工会工作委员会编印　　2027年11月3日",
            ["市财政局工会举办职工技能竞赛", "市税务局工会开展趣味运动会", "市交通局工会组织职工体检"],
            ["市财政局工会", "市税务局工会", "市交通局工会"],
            ["（市财政局工会　柴小薇　供稿）", "（报送单位：市税务局工会　撰稿：计云舒）", "（信息员：饶志鹏）"],
            True,
        ),
        [
            ("市财政局工会举办职工技能竞赛", ["柴小薇"]),
            ("市税务局工会开展趣味运动会", ["计云舒"]),
            ("市交通局工会组织职工体检", ["饶志鹏"]),
        ],
    ),
]

CASES: list[Case] = [*G1, *G2, *G3, *G4]
# cases the rules of this round do not reach yet: (index in CASES, why)
XFAIL: dict[int, str] = {}


@pytest.mark.parametrize(
    "n",
    [
        pytest.param(i, id=f"case{i}", marks=[pytest.mark.xfail(reason=XFAIL[i], strict=True)] if i in XFAIL else [])
        for i in range(len(CASES))
    ],
)
def test_articles_and_credits(read_page, n: int) -> None:
    text, want = CASES[n]
    got = read_page(text, n)
    assert got == [(h, sorted(p)) for h, p in want]


@pytest.mark.parametrize(
    ("header", "date"),
    [
        (
            "栏目：《桃源新闻》　播出时间：2027年9月3日 19:30　频道：桃源电视台\n稿件编号：TY-0903-01　时长：1′50″",
            "2027-09-03",
        ),
        ("栏目：《职工之声》　播出日期：2027-10-08\n类别：广播·工会", "2027-10-08"),
    ],
)
def test_a_script_airs_on_its_date(tmp_path, header: str, date: str) -> None:
    """A broadcast script's header of fields is furniture; its air date is the article's."""
    page = tmp_path / "script.txt"
    head = "桃源县总工会举办职工技能竞赛"
    page.write_text(f"{header}\n标题：{head}\n{_SCRIPT_TEXT.format(u='桃源县总工会')}\n", encoding="utf-8")
    (article,) = read_articles([str(page)]).articles
    assert (article.headline, article.date) == (head, date)
    assert "栏目" not in article.text
