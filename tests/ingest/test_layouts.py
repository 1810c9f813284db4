"""Layouts other than the seeds: web pages, encodings, traditional text, JSON lines,
markdown pages and other byline shapes.  The fixtures in tests/ingest/data are invented
union news written for these tests."""

from __future__ import annotations

import tempfile
from pathlib import Path

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.ingest import read_articles

DATA = Path(__file__).resolve().parent / "data"


def one(path, **kw):
    res = read_articles([str(path)], **kw)
    assert res.skipped == []
    assert len(res.articles) == 1
    return res.articles[0]


def assert_offsets(article, raw, same=lambda a, b: a == b):
    for i, ch in enumerate(article.text):
        if ch != "\n":
            assert same(raw[article.offsets.to_source(i)], ch), (i, ch)


# -- HTML -------------------------------------------------------------------------------


def test_web_article():
    path = DATA / "web_article.html"
    a = one(path)
    assert a.headline == "湖南省总工会举办新就业形态劳动者技能大赛"
    assert a.decks == []
    assert a.date == "2025-03-18"
    assert a.url == "https://example.org/news/2025/0318/1024.html"
    assert a.reporters == ["周明", "陈静"]
    assert a.photographers == ["李强"]
    assert a.byline == "本网讯(通讯员 周明 陈静)"
    assert a.outlet == "本网"
    assert a.body.startswith("3月16日，湖南省首届新就业形态劳动者技能大赛在长沙开赛")
    # a line break inside <p> between Chinese characters is no space; entities decode
    assert "三个项目，既考理论也考实操。" in a.body
    assert "参赛选手刘&芳说" in a.body
    assert a.body.endswith("图为比赛现场。")
    for furniture in (
        "首页",
        "工会动态",
        "浏览次数",
        "来源",
        "百家乐",
        "加微信",
        "王小明",
        "责任编辑",
        "分享到",
        "上一篇",
        "下一篇",
        "打印本页",
        "相关新闻",
        "版权所有",
        "ICP",
        "http",
        "var pv",
        "设为首页",
    ):
        assert furniture not in a.text, furniture
    raw = path.read_text(encoding="utf-8")
    assert_offsets(a, raw)
    assert raw[a.source_start :].startswith(a.headline)


def test_web_page_without_h1_or_byline(tmp_path):
    page = tmp_path / "page.htm"
    page.write_text(
        "<html><head><title>宁夏总工会开展职工疗休养活动 - 宁夏工会网</title>"
        '<meta name="PubDate" content="2025-05-06 09:00"></head><body>'
        "<div class='menu'>首页 | 新闻中心 | 联系我们</div>"
        "<div class='content'><p>来源：宁夏回族自治区总工会</p>"
        "<p>近日，宁夏回族自治区总工会组织一线职工赴六盘山开展疗休养活动，帮助职工缓解工作压力。</p>"
        "<p>（责任编辑：马丽）</p></div></body></html>",
        encoding="utf-8",
    )
    a = one(page)
    assert a.headline == "宁夏总工会开展职工疗休养活动"  # from <title>, site name cut
    assert a.byline is None and a.reporters == []
    assert a.outlet == "宁夏回族自治区总工会"  # from the 来源 line
    assert a.date == "2025-05-06"  # from <meta>, as the page shows no date line
    assert a.body == "近日，宁夏回族自治区总工会组织一线职工赴六盘山开展疗休养活动，帮助职工缓解工作压力。"


def test_the_site_header_above_a_breadcrumb_is_no_headline(tmp_path):
    """A company site copied as text: its name and slogans stand above the breadcrumb,
    the article's headline below it, then the date line."""
    page = tmp_path / "page.txt"
    page.write_text(
        "诚信、务实、担当、创新\n\n    锻造精品、服务社会、共创未来\n\n    宏远重工集团\n\n"
        "    网站首页 > 新闻中心 > 公司动态\n\n"
        "    公司工会举办第五届职工篮球赛\n\n    2024-05-06 09:12:30 宏远重工集团 阅读\n\n"
        "        本报讯（记者 韩立新）5月5日，公司工会举办第五届职工篮球赛，120余名职工参加。\n",
        encoding="utf-8",
    )
    a = one(page)
    assert a.headline == "公司工会举办第五届职工篮球赛"
    assert a.reporters == ["韩立新"]


@pytest.mark.parametrize(
    ("meta", "reporters"),
    [
        ("来源：职工之声 作者：韩雪梅 发布时间：2024-06-03 10:20", ["韩雪梅"]),
        ("作者：记者 邵一鸣 通讯员 贾小川　发布时间：2024-06-03", ["邵一鸣", "贾小川"]),
        ("来源：某市总工会 作者：某市工人报刊社 发布时间：2024-06-03", []),  # an organisation wrote it
        ("作者：办公室 发布时间：2024-06-03", []),  # a name of the shape of a person's, but no surname
    ],
)
def test_the_author_of_a_web_page_meta_line_is_its_reporter(tmp_path, meta, reporters):
    page = tmp_path / "page.txt"
    page.write_text(
        f"区总工会举办职工书法展\n{meta}\n6月1日，区总工会在职工之家举办职工书法展，展出作品80余幅。\n",
        encoding="utf-8",
    )
    a = one(page)
    assert a.headline == "区总工会举办职工书法展"
    assert a.reporters == reporters
    assert a.date == "2024-06-03"


def test_a_byline_beats_the_meta_line_author(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(
        "区总工会举办职工书法展\n作者：韩雪梅 发布时间：2024-06-03\n"
        "本报讯（记者 邵一鸣）6月1日，区总工会举办职工书法展。\n",
        encoding="utf-8",
    )
    assert one(page).reporters == ["邵一鸣"]


@pytest.mark.parametrize(
    ("ending", "reporters", "kept"),
    [
        ("，展出作品80余幅。（韩雪梅）", ["韩雪梅"], "，展出作品80余幅。"),
        ("，展出作品80余幅。\n（韩雪梅 邵一鸣）", ["韩雪梅", "邵一鸣"], "，展出作品80余幅。"),
        ("，展出作品80余幅。（见附件）", [], "，展出作品80余幅。（见附件）"),  # no surname: no one
        ("（韩雪梅）展出作品80余幅。", [], "（韩雪梅）展出作品80余幅。"),  # not after the last sentence
        ("，书法作品的指导老师是（韩雪梅）", [], "指导老师是（韩雪梅）"),  # inside a sentence
    ],
)
def test_names_alone_in_brackets_closing_an_article_are_its_reporters(tmp_path, ending, reporters, kept):
    page = tmp_path / "page.txt"
    page.write_text(f"区总工会举办职工书法展\n6月1日，区总工会举办职工书法展{ending}\n", encoding="utf-8")
    a = one(page)
    assert a.reporters == reporters
    assert a.body.replace("\n", "").endswith(kept)


def test_text_above_a_breadcrumb_stays_when_an_article_has_begun(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(
        "区总工会开展送清凉活动\n\n"
        "7月10日，区总工会为环卫工人送去防暑降温物品，慰问一线职工300余人。\n\n"
        "首页 > 工会动态 > 正文\n\n"
        "区总工会召开全委会\n\n7月12日，区总工会召开三届五次全委会，60名委员出席。\n",
        encoding="utf-8",
    )
    arts = read_articles([str(page)]).articles
    assert [a.headline for a in arts][:1] == ["区总工会开展送清凉活动"]
    assert "7月10日" in arts[0].body


# -- encodings and characters ----------------------------------------------------------

ZHEJIANG = (
    "浙江省总工会开展春送岗位活动\n\n"
    "本报讯（记者 吴晓燕）近日，浙江省总工会在杭州举办２０２５年“春风行动”专场招聘会，"
    "ＡＩ训练师等新岗位受到关注。\n"
)


def test_gbk_file(tmp_path):
    path = tmp_path / "zhejiang.txt"
    path.write_bytes(ZHEJIANG.encode("gbk"))
    a = one(path)
    assert a.headline == "浙江省总工会开展春送岗位活动"
    assert a.reporters == ["吴晓燕"]
    # full-width letters and digits fold; Chinese punctuation stays full-width
    assert "举办2025年“春风行动”专场招聘会，AI训练师" in a.body


def test_utf8_bom_file(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ZHEJIANG.encode("utf-8"))
    a = one(path)
    assert a.headline == "浙江省总工会开展春送岗位活动"
    decoded = ZHEJIANG  # offsets are into the decoded text, BOM excluded
    assert_offsets(
        a,
        decoded,
        same=lambda src, ch: src == ch or src.translate({c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}) == ch,
    )
    assert a.source_start == 0


def test_traditional_page_is_simplified_with_offsets_to_the_original():
    path = DATA / "traditional.txt"
    a = one(path)
    assert a.headline == "广东省总工会举办职工技能竞赛"
    assert a.reporters == ["陈国华"]
    assert a.byline == "本报讯（记者 陈国华）"
    assert "台北市总工会代表应邀观摩。" in a.body
    assert not set("廣東總會舉辦職競賽報訊記陳國華臺") & set(a.text)
    raw = path.read_text(encoding="utf-8")
    conv = opencc.OpenCC("t2s")
    assert_offsets(a, raw, same=lambda src, ch: conv.convert(src) == ch)
    assert raw[a.offsets.to_source(a.text.index("台北"))] == "臺"


def test_simplified_text_is_left_alone(tmp_path):
    path = tmp_path / "s.txt"
    text = "故宫举办乾隆时期文物展，职工参观后表示收获很大。我们后来又去了别的展厅。"
    path.write_text(text, encoding="utf-8")
    a = one(path)
    assert a.body == text  # 乾 would become 干 if the text were (wrongly) converted


# -- JSON lines ---------------------------------------------------------------------------


def test_jsonl_articles_and_broken_line():
    path = DATA / "feed.jsonl"
    res = read_articles([str(path)])
    assert res.files == 1
    assert [str(s) for s in res.skipped] == [f"{path.as_posix()}:3: " + res.skipped[0].reason]
    assert "bad JSON" in res.skipped[0].reason
    a, b, c = res.articles
    assert [x.index for x in res.articles] == [0, 1, 2]
    assert a.headline == "陕西省总工会开展“春送岗位”活动"
    assert a.date == "2025-02-20" and a.url == "https://example.org/a/1"
    assert a.reporters == ["张立"] and a.outlet == "本报"
    assert a.body == (
        "近日，陕西省总工会在西安举办“春送岗位”专场招聘会，工会为求职职工提供岗位3000余个。\n"
        "招聘会现场还设置了维权咨询台。"
    )
    raw = path.read_text(encoding="utf-8")
    # plain characters map onto themselves; an escaped one onto its escape
    i = a.text.index("工会为求职")
    assert raw[a.offsets.to_source(i) : a.offsets.to_source(i) + 6] == "\\u5de5"
    j = a.text.index("西安")
    assert raw[a.offsets.to_source(j)] == "西"
    assert b.headline == "云南省总工会为环卫工人送清凉"  # no title field: the first line heads it
    assert b.reporters == ["杨帆"] and b.outlet == "中工网" and b.date is None
    assert c.headline == "贵州省总工会举办劳模宣讲"
    assert c.date == "2025-04-02"
    assert not c.body.startswith("贵州省总工会举办劳模宣讲")  # the repeated title is not body


def test_jsonl_strict_names_the_line():
    with pytest.raises(InputError, match=r"feed\.jsonl:3: bad JSON"):
        read_articles([str(DATA / "feed.jsonl")], strict=True)


def test_jsonl_date_argument_is_a_fallback():
    res = read_articles([str(DATA / "feed.jsonl")], date="2025-01-01")
    assert [a.date for a in res.articles] == ["2025-02-20", "2025-01-01", "2025-04-02"]


# -- markdown page ------------------------------------------------------------------------


def test_markdown_page_with_several_articles():
    res = read_articles([str(DATA / "multi.md")])
    assert [a.headline for a in res.articles] == [
        "四川省总工会启动“川工之家”服务季",
        "全国职工数字技能提升行动在京启动",
        "山东省总工会为货车司机送清凉",
    ]
    a, b, c = res.articles
    assert all("职工之家 · 第3版" not in x.text for x in res.articles)  # the page title
    assert a.decks == ["——全年将开展百场进园区活动"]
    assert (a.reporters, a.photographers, a.outlet) == (["周明", "陈静"], ["赵亮"], "本网")
    assert "新华社发" not in a.body and "赵亮" not in a.body
    assert (b.reporters, b.outlet, b.byline) == (["王强", "李敏"], "新华社", "新华社北京3月5日电（记者 王强 李敏）")
    assert b.body.startswith("3月5日，全国职工数字技能提升行动启动仪式")
    assert (c.reporters, c.photographers, c.outlet) == (["孙立平"], ["郑爽"], "中工网")
    assert "防暑降温物品和健康手册。" in c.body and "https" not in c.body
    assert c.body.endswith("图为活动现场。")


# -- other byline shapes, slogans, no headline ---------------------------------------------


def test_plain_page_with_other_bylines():
    res = read_articles([str(DATA / "bylines_page.txt")])
    assert [a.headline for a in res.articles] == [
        "江苏省总工会召开全委会议",
        "苏州工业园区为新就业形态劳动者建驿站",
        "常州举办职工篮球联赛",
    ]
    a, b, c = res.articles
    assert all("奋楫扬帆再出发" not in x.text for x in res.articles)  # page slogan
    assert a.decks == ["部署全年六方面重点任务"]
    assert (a.reporters, a.byline, a.outlet) == (["顾晓明", "钱进"], "本报记者 顾晓明 通讯员 钱进", "本报")
    assert a.body.startswith("3月12日，江苏省总工会")
    assert "持续深化工会改革，让职工群众" in a.body  # the break repaired
    assert (b.reporters, b.photographers) == (["沈佳", "高鹏"], ["沈佳"])
    assert b.body.endswith("外卖配送员小刘说。")
    assert (c.reporters, c.outlet) == (["陆远"], "中工网")


def test_article_without_headline():
    a = one(DATA / "no_headline.txt")
    assert a.headline is None
    assert a.reporters == ["林海"]
    assert a.text == a.body
    assert a.body.startswith("近日，河北省总工会在石家庄举办职工心理健康讲座")
    assert "120余名职工参加。" in a.body


# -- city web site: labelled credits, hidden spam, GBK bytes ---------------------------------


def test_city_site_labelled_credits_and_hidden_spam(tmp_path):
    path = DATA / "city_site.html"
    a = one(path)
    assert a.headline == "太原市总工会开展“技能夜校”公益课程"
    assert (a.reporters, a.photographers) == (["郝文静"], ["梁晓峰"])  # 文/X 图/Y
    assert a.byline == "文/郝文静 图/梁晓峰"
    assert a.outlet == "太原市总工会"  # no outlet in the credits: the 来源 field gives it
    assert a.date == "2025-06-03"
    assert a.body.endswith("夜校将逐步覆盖各城区。")
    for furniture in ("手机版", "会员登录", "工会要闻", "博彩", "bc8888", "武婷", "阅读", "打印", "网站地图"):
        assert furniture not in a.text, furniture
    # the same page as its <meta charset> says, in GBK bytes, reads the same
    gbk = tmp_path / "city_site.html"
    gbk.write_bytes(path.read_text(encoding="utf-8").encode("gbk"))
    b = one(gbk)
    assert (b.headline, b.body, b.reporters, b.photographers) == (a.headline, a.body, a.reporters, a.photographers)


def test_header_layers_place_datelines_and_closing_credits():
    res = read_articles([str(DATA / "layered_headers.txt")])
    assert [a.headline for a in res.articles] == [
        "运城市总工会开展夏季安全生产宣讲",
        "山西省职工焊工技能大赛在大同落幕",
        "忻州市总工会为环卫工人送清凉",
    ]
    a, b, c = res.articles
    assert (a.byline, a.reporters, a.outlet) == ("运城讯（通讯员 薛红梅）", ["薛红梅"], None)
    assert a.body.startswith("近日，运城市总工会")
    # 引题 over the main title, 副题 under it: the middle line is the headline
    assert b.decks == ["练就真本领 建功新时代", "86名选手同场竞技"]
    assert b.reporters == ["贾新宇"]
    assert c.reporters == ["韩晓东"] and c.byline == "（通讯员 韩晓东）"
    assert c.body == "近日，忻州市总工会为全市环卫工人送去防暑降温物品，慰问一线职工800余人。"


# -- any text: the offset map stays true ----------------------------------------------------

_PIECES = [
    "工会",
    "职工",
    "本报讯（记者 张三）",
    "实习记者 王五 摄",
    "，",
    "。",
    "、",
    "“",
    "”",
    "\n",
    "\n\n",
    "\u3000",
    " ",
    "ＡＢ１２",
    "## ",
    "**",
    "发布时间：2025-03-18",
    "首页 > 正文",
    "图为现场。",
    "近日",
]


def _same(src: str, ch: str) -> bool:
    return src == ch or (ch == " " and src.isspace()) or ord(src) - 0xFEE0 == ord(ch)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=60), st.sampled_from([".txt", ".md"]))
def test_any_page_keeps_text_and_offsets_consistent(pieces, ext):
    raw = "".join(pieces)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"page{ext}"
        path.write_text(raw, encoding="utf-8")
        try:
            res = read_articles([str(path)])
        except InputError:
            return  # nothing readable in it: refused with a reason, which is fine
    for a in res.articles:
        assert a.text == "\n".join([x for x in (a.headline, *a.decks) if x] + [a.body])
        assert 0 <= a.source_start <= a.source_end <= len(raw)
        for i, ch in enumerate(a.text):
            if ch != "\n":
                assert _same(raw[a.offsets.to_source(i)], ch), (raw, a.text, i)


def test_section_label_related_links_and_a_closing_byline(tmp_path):
    """【栏目】 over the headline and a 相关阅读 list under the article are page furniture;
    a reporters line with no article after it closes the article before it."""
    path = tmp_path / "page.txt"
    path.write_text(
        "【工会新闻】\n"
        "临安区总工会开展“送清凉”慰问活动\n"
        "2025-07-15 08:30:12   来源：杭州日报\n"
        "7月14日，临安区总工会党组书记、常务副主席周红英带队走访慰问一线职工，送去防暑降温物资。\n"
        "据悉，今年以来，临安区总工会共慰问一线职工6000余人次。\n"
        "记者 陈静 通讯员 林晓\n"
        "相关阅读：\n"
        "杭州市总工会启动2025年“送清凉”活动\n"
        "余杭区总工会走访高温岗位职工\n",
        encoding="utf-8",
    )
    a = one(path)
    assert a.headline == "临安区总工会开展“送清凉”慰问活动"
    assert a.reporters == ["陈静", "林晓"]
    assert a.body.endswith("6000余人次。")
    assert "工会新闻" not in a.text and "余杭区" not in a.text and "相关阅读" not in a.text


def test_a_social_media_post_gives_its_date_and_account_and_drops_its_buttons(tmp_path):
    path = tmp_path / "post.txt"
    path.write_text(
        "点击蓝字 关注我们\n"
        "南山区总工会举办“工会开放日”活动\n"
        "深圳市南山区总工会  2025年05月20日 18:30 广东\n"
        "5月18日上午，南山区总工会在南山区职工服务中心举办“工会开放日”活动，150余名劳动者参加。\n"
        "编辑：黄敏\n"
        "往期推荐\n"
        "南山区总工会开展劳模进校园活动\n"
        "点个“在看”，传递温暖\n"
        "阅读原文\n",
        encoding="utf-8",
    )
    a = one(path)
    assert a.headline == "南山区总工会举办“工会开放日”活动"
    assert a.date == "2025-05-20"
    assert a.outlet == "深圳市南山区总工会"
    assert a.body.endswith("150余名劳动者参加。")
    assert "蓝字" not in a.text and "在看" not in a.text and "劳模进校园" not in a.text
