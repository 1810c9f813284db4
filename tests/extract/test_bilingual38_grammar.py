# ruff: noqa: E501  (invented pages are written a line of text per line)
"""Bilingual (Chinese–English) pages as a grammar (session 38): a joint venture's newsletter,
a release with English lines.

* B. a line that says its words twice, in Chinese and then in English (【要闻 NEWS】, a
  headline and its translation after a wide space, a label 摄影 Photo by：): the Chinese
  words are the line; an English-only line right under a Chinese one is its translation;
* N. a person named twice (Michael Zhang 张明远, Anna Liu（刘安娜）, 张明远（Michael Zhang）):
  one person, named by the Chinese name; a title before the English name is the Chinese
  one's;
* M. a newsletter's masthead (its issue line with the issue's date, 主办：某某有限公司工会):
  the page is the company's; 公司工会 in its text is that company's union, and the union's
  committees are the union's;
* L. a body or person written only in Latin letters: a name closed by a corporate suffix
  (AG, GmbH, Co., Ltd., Group) is an organisation; a name between a Chinese title and 博士 /
  先生 / 女士, or after Dr. / Mr. / Ms., is a person;
* E. an English section: an English title over English prose heads an article, and the
  note's sign-off (— Dr. NAME, General Manager) credits its writer.

All text is invented; no name or sentence comes from a real page.
"""

from __future__ import annotations

import pytest

from tests.extract.case_tables import marked
from tests.extract.facts_view import names, parents, posts


@pytest.fixture(scope="module")
def read_page(nlp, gaz, tmp_path_factory):
    """Read a page as the build does, extract each article: ([(headline, credited)], facts list)."""
    from kg.extract.article import ArticleExtractor
    from kg.extract.page import infer_page
    from kg.ingest import read_articles
    from kg.model.article import article_id

    folder = tmp_path_factory.mktemp("bilingual38")
    extractor = ArticleExtractor(gaz)

    def run(text: str, name: str):
        page = folder / f"{name}.txt"
        page.write_text(text, encoding="utf-8")
        arts = read_articles([str(page)]).articles
        heads = [(a.headline, sorted(dict.fromkeys([*a.reporters, *a.photographers]))) for a in arts]
        docs = [nlp(a.text) for a in arts]
        facts = []
        for doc, a in zip(docs, arts, strict=True):
            pg = infer_page(docs, arts, gaz, None)
            facts.append(extractor.extract(doc, a, pg, article_id(a)))
        return heads, facts

    return run


def _all(facts, view, *args) -> set:
    out: set = set()
    for f in facts:
        out |= view(f, *args)
    return out


def _masthead(company: str, paper: str, paper_en: str, company_en: str) -> str:
    return (
        f"{paper}　{paper_en}\n"
        f"{company}内部刊物　Internal Newsletter of {company_en}\n"
        "2026年第3期（总第18期）　Issue 3, 2026 (No. 18)　　2026年9月8日\n"
        f"主办：{company}工会　Published by the Trade Union\n"
        "\n"
    )


PAGES = [
    # --- M + N: the masthead's company, its union, posts of people named twice
    pytest.param(
        _masthead(
            "成都锦川汽车电子有限公司", "锦川通讯", "JINCHUAN NEWS", "Chengdu Jinchuan Auto Electronics Co., Ltd."
        )
        + "【要闻 NEWS】\n公司工会召开第二次会员代表大会\n"
        + "　　8月20日，公司工会第二次会员代表大会召开，实到代表64名。在随后召开的二届一次全委会上，装配部经理Peter Wu 吴建川当选为工会主席，Lily Tan 谭晓梅当选为副主席，谭晓梅兼任女职工委员会主任。\n",
        {
            "posts": {
                ("吴建川", "成都锦川汽车电子有限公司", "装配部经理"),
                ("吴建川", "成都锦川汽车电子有限公司工会", "主席"),
                ("谭晓梅", "成都锦川汽车电子有限公司工会", "副主席"),
                ("谭晓梅", "成都锦川汽车电子有限公司工会", "女职工委员会主任"),
            },
            "orgs": {"成都锦川汽车电子有限公司"},
            "persons_not": {"Peter Wu", "Lily Tan"},
            "parents": {("成都锦川汽车电子有限公司工会女职工委员会", "成都锦川汽车电子有限公司工会")},
        },
        id="M01",
    ),
    pytest.param(
        _masthead("苏州澜德精密机械有限公司", "澜德之窗", "LANDE WINDOW", "Suzhou Lande Precision Machinery Co., Ltd.")
        + "【要闻 NEWS】\n公司工会换届选举\n"
        + "　　3月2日，公司工会召开会员大会，选举产生新一届工会委员会和经费审查委员会。质量部经理Helen Gu（顾雅琴）当选为工会主席，Tom Shi 施国良当选为经费审查委员会主任。\n",
        {
            "posts": {
                ("顾雅琴", "苏州澜德精密机械有限公司", "质量部经理"),
                ("顾雅琴", "苏州澜德精密机械有限公司工会", "主席"),
                ("施国良", "苏州澜德精密机械有限公司工会", "经费审查委员会主任"),
            },
            "orgs": {"苏州澜德精密机械有限公司"},
            "persons_not": {"Helen Gu", "Tom Shi"},
        },
        id="M02",
    ),
    pytest.param(
        _masthead("青岛海韵食品有限公司", "海韵人", "HAIYUN PEOPLE", "Qingdao Haiyun Foods Co., Ltd.")
        + "【动态 UPDATES】\n公司工会慰问一线职工\n"
        + "　　7月15日，公司工会主席隋立新（Jason Sui）带队走访冷库、包装车间，为120名一线职工送去防暑降温用品。\n",
        {
            "posts": {("隋立新", "青岛海韵食品有限公司工会", "主席")},
            "persons": {"隋立新"},
            "persons_not": {"Jason Sui"},
        },
        id="M03",
    ),
    # near-miss: a masthead with no company (an area union's bulletin): 公司工会 stays unresolved to it
    pytest.param(
        "工会信息　UNION NEWS\n2026年第5期（总第77期）　　2026年5月6日\n主办：黄岛区总工会\n\n"
        + "区总工会召开全委会议\n"
        + "　　5月6日，黄岛区总工会召开全委会议，区总工会副主席江春燕主持会议。\n",
        {
            "posts": {("江春燕", "黄岛区总工会", "副主席")},
            "orgs_not": {"黄岛区总工会"},
        },
        id="M04",
    ),
    # --- B + E: headlines and credits of a bilingual page
    pytest.param(
        _masthead("无锡德瑞纺机有限公司", "德瑞之声", "DERUI VOICE", "Wuxi Derui Textile Machinery Co., Ltd.")
        + "【要闻 NEWS】\n公司工会举办职工技能比武\nEmployees Compete in Skills Contest\n"
        + "　　6月12日，公司工会举办职工技能比武，85名职工参加车工、钳工两个项目比赛。\n"
        + "　　On June 12, 85 employees joined the skills contest.\n"
        + "（文 Text：工会办公室　摄影 Photo by：Kevin Hua 华振宇）\n\n"
        + "【活动 EVENTS】\n中秋游园会　Mid-Autumn Garden Party\n"
        + "　　9月5日，公司工会在职工食堂举办中秋游园会，300余名职工参加猜灯谜等活动。\n"
        + "（Photo by / 摄影：钱小禾　图片由行政部提供 Courtesy of Admin）\n",
        {
            "heads": [
                ("公司工会举办职工技能比武", ["华振宇"]),
                ("中秋游园会", ["钱小禾"]),
            ],
        },
        id="B01",
    ),
    pytest.param(
        _masthead("昆明滇峰光电有限公司", "滇峰之声", "DIANFENG VOICE", "Kunming Dianfeng Optoelectronics Co., Ltd.")
        + "【要闻 NEWS】\n公司工会举办职工书画展\nStaff Art Exhibition Opens\n"
        + "　　10月9日，公司工会举办职工书画展，展出作品86幅。\n"
        + "（Text：闵晓岚　Photo by：Jack Pu 濮志刚）\n",
        {"heads": [("公司工会举办职工书画展", sorted(["闵晓岚", "濮志刚"]))]},
        id="B11",
    ),
    pytest.param(
        _masthead("大连北辰阀门有限公司", "北辰通讯", "BEICHEN NEWSLETTER", "Dalian Beichen Valve Co., Ltd.")
        + "【要闻 NEWS】\n公司工会开展安全生产月活动\n"
        + "　　6月1日，公司工会启动安全生产月活动，组织职工开展隐患排查。\n"
        + "（摄影 Photo：Anna Qu 曲安娜）\n\n"
        + "【ENGLISH CORNER】\n"
        + "A Letter from the Chairman\n"
        + "Dear colleagues, our plant in Dalian opened ten years ago. When Bergmann Armaturen GmbH and Liaoning Jinfeng Group signed the contract, we had 40 people. Thank you all.\n"
        + "— Dr. Markus Vogel, Chairman of the Board\n",
        {
            "heads": [
                ("公司工会开展安全生产月活动", ["曲安娜"]),
                ("A Letter from the Chairman", ["Markus Vogel"]),
            ],
            "orgs": {"Bergmann Armaturen GmbH", "Liaoning Jinfeng Group"},
            "persons": {"Markus Vogel"},
        },
        id="E01",
    ),
    # --- L: Latin-only people with a Chinese title, and the company's own offices
    pytest.param(
        _masthead("天津瑞驰电梯有限公司", "瑞驰人", "RUICHI PEOPLE", "Tianjin Ruichi Elevator Co., Ltd.")
        + "【要闻 NEWS】\n公司工会举办新春联欢会\n"
        + "　　1月20日，公司工会举办新春联欢会，公司总经理Thomas Becker先生、财务总监Maria Lopez女士出席，400余名职工观看演出。\n",
        {
            "persons": {"Thomas Becker", "Maria Lopez"},
            "posts": {("Thomas Becker", "天津瑞驰电梯有限公司", "总经理")},
        },
        id="L01",
    ),
    pytest.param(
        _masthead("天津瑞驰电梯有限公司", "瑞驰人", "RUICHI PEOPLE", "Tianjin Ruichi Elevator Co., Ltd.")
        + "【要闻 NEWS】\n公司工会举办新春联欢会\n"
        + "　　1月20日，公司工会举办新春联欢会，公司总经理Thomas Becker先生、财务总监Maria Lopez女士出席，400余名职工观看演出。\n",
        {"posts": {("Maria Lopez", "天津瑞驰电梯有限公司", "财务总监")}},
        id="L04",
    ),
    pytest.param(
        _masthead("广州粤海精工有限公司", "粤海精工报", "YUEHAI BULLETIN", "Guangzhou Yuehai Precision Co., Ltd.")
        + "【要闻 NEWS】\n合资双方续签合作协议\n"
        + "　　2月8日，合资双方Kessler Holding AG与Guangdong Nanyue Industrial Group在公司续签合作协议，公司副总经理Dr. Lukas Brandt出席。\n",
        {
            "orgs": {"Kessler Holding AG", "Guangdong Nanyue Industrial Group"},
            "persons": {"Lukas Brandt"},
        },
        id="L02",
    ),
    # near-miss: Latin words that are no body and no person (a slogan, a park, a building, a robot)
    pytest.param(
        _masthead("宁波东港模具有限公司", "东港之声", "DONGGANG VOICE", "Ningbo Donggang Mould Co., Ltd.")
        + "【活动 EVENTS】\n职工趣味运动会　Fun Games Day\n"
        + "　　4月18日，公司工会在Meishan Park举办职工趣味运动会，口号是Safety First, Quality Always，新机器人“Robby”也来助兴，260名职工参加。\n",
        {
            "orgs_not": {"Meishan Park", "Safety First", "Quality Always", "Fun Games Day"},
            "persons_not": {"Robby", "Meishan Park", "Safety First", "Quality Always"},
            "heads": [("职工趣味运动会", [])],
        },
        id="L03",
    ),
]

NOT_YET: dict[str, str] = {}


@pytest.mark.parametrize(("text", "want"), marked(PAGES, NOT_YET))
def test_bilingual38_page(read_page, request, text: str, want: dict) -> None:
    heads, facts = read_page(text, request.node.callspec.id)
    if "heads" in want:
        assert heads == want["heads"]
    if "posts" in want:
        assert want["posts"] <= _all(facts, posts)
    if "orgs" in want:
        assert want["orgs"] <= _all(facts, names, "Organization")
    if "orgs_not" in want:
        assert not (want["orgs_not"] & _all(facts, names, "Organization"))
    if "persons" in want:
        assert want["persons"] <= _all(facts, names, "Person")
    if "persons_not" in want:
        assert not (want["persons_not"] & _all(facts, names, "Person"))
    if "parents" in want:
        assert want["parents"] <= _all(facts, parents)


# --- N/B as line grammar: the Chinese reading of one line of a bilingual page
LINES = [
    pytest.param("【要闻 NEWS】", "【要闻】", id="B02"),
    pytest.param("家庭日暨班组拔河赛　Family Day & Inter-Team Tug-of-War", "家庭日暨班组拔河赛", id="B03"),
    pytest.param("主办：天津某某有限公司工会　Published by the Union", "主办：天津某某有限公司工会", id="B04"),
    pytest.param(
        "（文 Text：工会办公室　摄影 Photo by：Kevin Zhou 周凯文）", "（文：工会办公室　摄影：周凯文）", id="B05"
    ),
    pytest.param("（Photo by / 摄影：柏小雨）", "（摄影：柏小雨）", id="B06"),
    pytest.param(
        "2026年第3期（总第18期）　Issue 3, 2026 (No. 18)　　2026年9月8日",
        "2026年第3期（总第18期）　　2026年9月8日",
        id="B07",
    ),
    pytest.param("生产部经理Michael Zhang 张明远当选为工会主席。", "生产部经理张明远当选为工会主席。", id="N01"),
    pytest.param("人力资源总监Anna Liu（刘安娜）出席。", "人力资源总监刘安娜出席。", id="N02"),
    pytest.param("主编：宇文静（Grace Yuwen）", "主编：宇文静", id="N03"),
    pytest.param("会议由Vice Chairman Leo Fang 方立新主持。", "会议由方立新主持。", id="N08"),  # a title with the name
    pytest.param("柴国庆 Guoqing Chai、乔丽 Li Qiao出席。", "柴国庆、乔丽 Li Qiao出席。", id="N09"),
    pytest.param(
        "潍坊恒润轮胎有限公司（Weifang Hengrun Tyre Co., Ltd.）成立于2009年。",
        "潍坊恒润轮胎有限公司成立于2009年。",
        id="B08",
    ),
    pytest.param("【图片新闻 | PHOTO NEWS】", "【图片新闻】", id="B09"),
    pytest.param(
        "公司工会召开二届三次职代会 | 2nd Workers' Congress, 3rd Session", "公司工会召开二届三次职代会", id="B12"
    ),
    pytest.param("（Text：乔丽　Photo：柴国庆）", "（Text：乔丽　Photo：柴国庆）", id="B10"),  # labels alone stay
    # near-misses: a Latin name with no Chinese one, a letter of a building, an e-mail, an English sentence closing a paragraph
    pytest.param("公司总经理Stefan Krüger博士出席。", "公司总经理Stefan Krüger博士出席。", id="N04"),
    pytest.param("大会在B栋三楼多功能厅召开。", "大会在B栋三楼多功能厅召开。", id="N05"),
    pytest.param("来稿请发至 voice@abc-tj.com.cn，注明部门。", "来稿请发至 voice@abc-tj.com.cn，注明部门。", id="N06"),
    pytest.param("夜班B组获得冠军，CEO Frank Ott到场祝贺。", "夜班B组获得冠军，CEO Frank Ott到场祝贺。", id="N07"),
]


@pytest.mark.parametrize(("line", "want"), LINES)
def test_bilingual38_line(line: str, want: str) -> None:
    from kg.ingest.bilingual import chinese_reading
    from kg.ingest.textmap import Mapped

    assert chinese_reading(Mapped.of(line)).text == want


# --- E as line grammar: an English note's sign-off names its writer; other dashed lines do not
SIGNED = [
    pytest.param("— Dr. Stefan Krüger, General Manager", ["Stefan Krüger"], id="S01"),
    pytest.param("— Ms. Hanna Berg", ["Hanna Berg"], id="S02"),
    pytest.param("—— Paolo Ricci, Plant Director", ["Paolo Ricci"], id="S03"),
    pytest.param("— Thank you all", [], id="S04"),  # near-miss: no name's shape (lower case)
    pytest.param("——王某某", [], id="S05"),  # near-miss: a Chinese sign-off is kg.ingest.signoff's
]


@pytest.mark.parametrize(("line", "want"), SIGNED)
def test_bilingual38_signature(line: str, want: list[str]) -> None:
    from kg.ingest.bilingual import english_signature

    assert english_signature(line) == want


# near-miss pages: English lines that head nothing
PLAIN = [
    pytest.param(
        "区总工会开展职工健步走活动\n　　5月9日，南岸区总工会在滨江公园举办职工健步走活动，600余名职工参加。\n"
        "Walk Together, Stay Healthy\n　　活动设5公里、10公里两条线路。\n",
        ["区总工会开展职工健步走活动"],
        id="E02",
    ),
    pytest.param(
        _masthead("厦门鹭航航空部件有限公司", "鹭航之声", "LUHANG VOICE", "Xiamen Luhang Aero Parts Co., Ltd.")
        + "【要闻 NEWS】\n公司工会举办读书分享会\nBook Sharing Session Held\n"
        + "　　4月23日，公司工会举办读书分享会，60名职工参加。\n"
        + "　　On April 23, sixty colleagues shared the books they love at the union's reading session.\n",
        ["公司工会举办读书分享会"],
        id="E03",
    ),
]


@pytest.mark.parametrize(("text", "want"), PLAIN)
def test_bilingual38_no_english_heads(read_page, request, text: str, want: list[str]) -> None:
    heads, _ = read_page(text, request.node.callspec.id)
    assert [h for h, _ in heads] == want


# --- B as block grammar: which English lines of a bilingual page translate a Chinese one
_P_CN = "6月3日，市总工会举办职工乒乓球赛，120名职工参加。"
_P_EN = "On June 3, some 120 employees joined the table tennis tournament held by the city union."
_T_CN = "市总工会举办职工乒乓球赛"
_T_EN = "City Union Holds Table Tennis Tournament"
BLOCKS = [
    pytest.param([(_T_CN, 1), (_T_EN, 0), (_P_CN, 1), (_P_EN, 0)], [_T_CN, _P_CN], id="T01"),  # right under
    pytest.param([(_T_CN, 1), (_T_EN, 1), (_P_CN, 1), (_P_EN, 1)], [_T_CN, _P_CN], id="T02"),  # across blank lines
    # near-miss: an English section under a Chinese label: its headline and text stay
    pytest.param(
        [(_T_CN, 1), (_P_CN, 0), (_P_EN, 0), ("【英语角】", 1), (_T_EN, 1), (_P_EN, 0)],
        [_T_CN, _P_CN, "【英语角】", _T_EN, _P_EN],
        id="T03",
    ),
    # near-miss: one English line on a Chinese page: no bilingual page, nothing dropped
    pytest.param([(_T_CN, 1), (_P_CN, 0), ("Walk Together, Stay Healthy", 1)], None, id="T04"),
]


@pytest.mark.parametrize(("lines", "want"), BLOCKS)
def test_bilingual38_translations(lines: list, want: list[str] | None) -> None:
    from kg.ingest.bilingual import chinese_blocks
    from kg.ingest.document import Block
    from kg.ingest.textmap import Mapped

    blocks = [Block(Mapped.of(t), None, gap) for t, gap in lines]
    kept = [b.text.text for b in chinese_blocks(blocks)]
    assert kept == (want if want is not None else [t for t, _ in lines])
