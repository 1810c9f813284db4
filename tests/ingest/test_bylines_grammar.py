"""Grammar stress of bylines and credits (session 33, round 2): short invented pages, each a
byline or credit form of real union news, run through the real reader and extractor.

What must come out is the article's credits (reporters, photographers) and that staff
named as furniture (编辑, 审核, 监制, 责编 …) are no persons.  All text is invented.
"""

from __future__ import annotations

import pytest

from kg.ingest import read_articles
from tests.extract.facts_view import names

L = "5月20日，{u}举办职工技能竞赛，来自全市的120名职工参加比赛。"


def _lead(unit: str) -> str:
    return L.format(u=unit)


# (page, reporters, photographers, furniture names that must be no person)
CASES: list[tuple[str, list[str], list[str], list[str]]] = [
    # outlet + 讯 + one role
    (f"甘州区总工会举办技能竞赛\n本报讯（记者 马文涛）{_lead('甘州区总工会')}", ["马文涛"], [], []),
    # several roles in one parenthesis, names split by 、
    (
        f"西城区总工会举办技能竞赛\n本报讯（记者 胡晓燕 通讯员 刘强、蒋一鸣）{_lead('西城区总工会')}",
        ["胡晓燕", "刘强", "蒋一鸣"],
        [],
        [],
    ),
    # outlet with a date and 电
    (f"省总工会举办技能竞赛\n新华社南宁5月20日电（记者 覃海燕）{_lead('广西壮族自治区总工会')}", ["覃海燕"], [], []),
    # a paper's 讯 with the city
    (
        f"武侯区总工会举办技能竞赛\n成都日报讯（记者 敬小川 实习生 冉静）{_lead('武侯区总工会')}",
        ["敬小川", "冉静"],
        [],
        [],
    ),
    # 消息
    (f"市总工会举办技能竞赛\n本报消息（通讯员 诸葛明华）{_lead('包头市总工会')}", ["诸葛明华"], [], []),
    # outlet with a second outlet in parentheses
    (
        f"县总工会举办技能竞赛\n本报讯（记者 阿依古丽）（新疆日报）{_lead('伊宁县总工会')}",
        ["阿依古丽"],
        [],
        [],
    ),
    (
        f"县总工会举办技能竞赛\n新疆日报（新疆日报网）讯（记者 米热古丽 通讯员 王建新）{_lead('伊宁县总工会')}",
        ["米热古丽", "王建新"],
        [],
        [],
    ),
    # 特约记者, 见习记者
    (
        f"区总工会举办技能竞赛\n本报讯（特约记者 欧阳晓东 见习记者 岑丽）{_lead('南沙区总工会')}",
        ["欧阳晓东", "岑丽"],
        [],
        [],
    ),
    # 融媒体记者, 全媒体记者
    (f"市总工会举办技能竞赛\n本报讯（融媒体记者 卢思远）{_lead('赣州市总工会')}", ["卢思远"], [], []),
    (
        f"市总工会举办技能竞赛\n本报讯（全媒体记者 晏子琪 通讯员 邬军）{_lead('九江市总工会')}",
        ["晏子琪", "邬军"],
        [],
        [],
    ),
    # 首席记者
    (f"省总工会举办技能竞赛\n本报讯（首席记者 庞大海）{_lead('河北省总工会')}", ["庞大海"], [], []),
    # roles with colons
    (
        f"区总工会举办技能竞赛\n本报讯（记者：司徒静 通讯员：黎明辉）{_lead('越秀区总工会')}",
        ["司徒静", "黎明辉"],
        [],
        [],
    ),
    # names split by spaces
    (f"市总工会举办技能竞赛\n本报讯（记者 巩亮 邵婷婷）{_lead('淄博市总工会')}", ["巩亮", "邵婷婷"], [], []),
    # a date in the dateline of a site
    (f"镇工会举办技能竞赛\n中工网讯 5月21日，记者 贺兰山报道：{_lead('兰溪镇工会')}", ["贺兰山"], [], []),
    # 报道 closing the parenthesis
    (f"街道工会举办技能竞赛\n本报讯（记者 欧阳雪 报道）{_lead('沙河街道总工会')}", ["欧阳雪"], [], []),
    # credits at the end
    (f"区总工会举办技能竞赛\n{_lead('南岸区总工会')}\n（记者 聂小雨）", ["聂小雨"], [], []),
    (f"区总工会举办技能竞赛\n{_lead('南岸区总工会')}（记者 聂小雨 通讯员 靳波）", ["聂小雨", "靳波"], [], []),
    (f"县总工会举办技能竞赛\n文/龙启明\n{_lead('凤凰县总工会')}", ["龙启明"], [], []),
    (f"县总工会举办技能竞赛\n文｜龙启明\n{_lead('凤凰县总工会')}", ["龙启明"], [], []),
    (f"县总工会举办技能竞赛\n{_lead('凤凰县总工会')}\n撰稿：龙启明", ["龙启明"], [], []),
    (f"县总工会举办技能竞赛\n{_lead('凤凰县总工会')}\n供稿：凤凰县总工会", [], [], []),
    (
        f"县总工会举办技能竞赛\n{_lead('凤凰县总工会')}\n撰稿：龙启明 编辑：麻晓晓 审核：田永刚",
        ["龙启明"],
        [],
        ["麻晓晓", "田永刚"],
    ),
    # photo credits
    (f"区总工会举办技能竞赛\n{_lead('鼓楼区总工会')}\n郑海峰 摄", [], ["郑海峰"], []),
    (f"区总工会举办技能竞赛\n{_lead('鼓楼区总工会')}\n本报记者 郑海峰摄", [], ["郑海峰"], []),
    (f"区总工会举办技能竞赛\n{_lead('鼓楼区总工会')}\n郑海峰 摄（新华社）", [], ["郑海峰"], []),
    (f"区总工会举办技能竞赛\n{_lead('鼓楼区总工会')}\n摄影：郑海峰", [], ["郑海峰"], []),
    (f"区总工会举办技能竞赛\n{_lead('鼓楼区总工会')}\n图/郑海峰", [], ["郑海峰"], []),
    (f"区总工会举办技能竞赛\n{_lead('鼓楼区总工会')}\n图文：郑海峰", ["郑海峰"], ["郑海峰"], []),
    (f"区总工会举办技能竞赛\n{_lead('鼓楼区总工会')}\n通讯员供图", [], [], []),
    (f"区总工会举办技能竞赛\n{_lead('鼓楼区总工会')}\n（区总工会供图）", [], [], []),
    # text and photo credits together
    (
        f"区总工会举办技能竞赛\n{_lead('鼓楼区总工会')}\n文/邱雅琴 图/郑海峰 编辑/卜凡",
        ["邱雅琴"],
        ["郑海峰"],
        ["卜凡"],
    ),
    # WeChat footer
    (
        f"市总工会举办技能竞赛\n{_lead('铜仁市总工会')}\n来源：铜仁市总工会\n编辑：杨珊珊\n审核：吴德胜\n监制：石国庆",
        [],
        [],
        ["杨珊珊", "吴德胜", "石国庆"],
    ),
    (
        f"市总工会举办技能竞赛\n{_lead('铜仁市总工会')}\n文字：龙小凤\n图片：姚远\n责编：杨珊珊",
        ["龙小凤"],
        ["姚远"],
        ["杨珊珊"],
    ),
    # TV / radio scripts
    (f"市总工会举办技能竞赛\n{_lead('绵阳市总工会')}\n（记者 何晓东 摄像 蒲建军）", ["何晓东"], ["蒲建军"], []),
    (
        f"市总工会举办技能竞赛\n记者 何晓东 摄像 蒲建军\n{_lead('绵阳市总工会')}\n编辑：邓丽 责编：罗文",
        ["何晓东"],
        ["蒲建军"],
        ["邓丽", "罗文"],
    ),
    (
        f"市总工会举办技能竞赛\n本台消息（记者 单于飞 摄像 刘一鸣）{_lead('呼和浩特市总工会')}",
        ["单于飞"],
        ["刘一鸣"],
        [],
    ),
    # traditional characters
    (
        "區總工會舉辦技能競賽\n本報訊（記者 鍾嘉欣 通訊員 黃偉倫）5月20日，區總工會舉辦職工技能競賽。",
        ["钟嘉欣", "黄伟伦"],
        [],
        [],
    ),
    ("區總工會舉辦技能競賽\n5月20日，區總工會舉辦職工技能競賽。\n（記者 鍾嘉欣 攝）", [], ["钟嘉欣"], []),
    # company, school, hospital
    (
        f"公司工会举办技能竞赛\n本报讯（通讯员 喻明 邢佳）{_lead('中铁十二局集团公司工会')}",
        ["喻明", "邢佳"],
        [],
        [],
    ),
    (f"学校工会举办技能竞赛\n{_lead('华中师范大学工会')}\n（通讯员 苏晓 供稿）", ["苏晓"], [], []),
    (f"医院工会举办技能竞赛\n{_lead('湘雅医院工会')}\n文/图 符晓丽", ["符晓丽"], ["符晓丽"], []),
    # a portal repost
    (
        f"市总工会举办技能竞赛\n来源：工人日报\n本报讯（记者 窦勇）{_lead('大连市总工会')}\n责任编辑：苗苗",
        ["窦勇"],
        [],
        ["苗苗"],
    ),
    # township
    (f"乡工会举办技能竞赛\n本报讯（通讯员 冼海 韦小红）{_lead('东兰县长乐镇工会')}", ["冼海", "韦小红"], [], []),
    # compound surname, space-padded two-character name
    (f"市总工会举办技能竞赛\n本报讯（记者 上官婉 通讯员 皇甫军）{_lead('晋城市总工会')}", ["上官婉", "皇甫军"], [], []),
    # an editor of the page closes the text
    (
        f"市总工会举办技能竞赛\n本报讯（记者 万青）{_lead('鹤岗市总工会')}\n（编辑 柴静怡）",
        ["万青"],
        [],
        ["柴静怡"],
    ),
    # 记者 X 通讯员 Y 文/图 under the headline
    (
        f"市总工会举办技能竞赛\n本报记者 牛振华 通讯员 刘畅 文/图\n{_lead('郑州市总工会')}",
        ["牛振华", "刘畅"],
        ["牛振华", "刘畅"],
        [],
    ),
    # a bulletin with 报送
    (f"区总工会举办技能竞赛\n{_lead('城关区总工会')}\n（城关区总工会 报送）", [], [], []),
]


@pytest.fixture(scope="module")
def read_and_extract(nlp, gaz, tmp_path_factory):
    """Read one invented page with the real reader, then extract its facts."""
    from kg.extract.article import ArticleExtractor
    from kg.extract.page import infer_page
    from kg.model.article import article_id

    extractor = ArticleExtractor(gaz)
    folder = tmp_path_factory.mktemp("bylines")

    def run(text: str, n: int):
        page = folder / f"page{n}.txt"
        page.write_text(text + "\n", encoding="utf-8")
        (article,) = read_articles([str(page)]).articles
        doc = nlp(article.text)
        facts = extractor.extract(doc, article, infer_page([doc], [article], gaz, None), article_id(article))
        return article, facts

    return run


@pytest.mark.parametrize(("n", "case"), list(enumerate(CASES)))
def test_credits_of_the_page(read_and_extract, n, case):
    text, reporters, photographers, furniture = case
    _article, facts = read_and_extract(text, n)
    assert [r.name for r in facts.reporters] == reporters
    assert [r.name for r in facts.photographers] == photographers
    assert not set(furniture) & names(facts, "Person")
