"""The pieces: credit grammar, line shapes, PDF repair, clean-up, offsets, dates."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.errors import KgError
from kg.ingest.boilerplate import is_breadcrumb, is_furniture
from kg.ingest.bylines import (
    byline_at_start,
    labelled_credit_line,
    people_line,
    photo_credit_line,
    trailing_people_credit,
    trailing_photo_credit,
)
from kg.ingest.dates import check_date_arg, parse_date
from kg.ingest.document import Block
from kg.ingest.meta_lines import meta_line
from kg.ingest.normalize import clean_line, fold_width, is_traditional, to_simplified
from kg.ingest.repair import repair_breaks
from kg.ingest.shapes import ends_sentence, is_slogan, title_like
from kg.ingest.staff_lines import strip_editor_tail
from kg.ingest.textmap import Mapped

# -- bylines --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "raw", "outlet", "reporters"),
    [
        ("本报讯（记者 张晶）近日，", "本报讯（记者 张晶）", "本报", ["张晶"]),
        ("本报讯(记者 刘欣欣)近日，", "本报讯(记者 刘欣欣)", "本报", ["刘欣欣"]),
        ("本网讯(通讯员 周明 陈静)日前，", "本网讯(通讯员 周明 陈静)", "本网", ["周明", "陈静"]),
        ("中工网讯（记者 赵文）日前，", "中工网讯（记者 赵文）", "中工网", ["赵文"]),
        (
            "新华社北京3月5日电（记者 王强 李敏）3月5日，",
            "新华社北京3月5日电（记者 王强 李敏）",
            "新华社",
            ["王强", "李敏"],
        ),
        (
            "本报广州3月5日讯（记者 陈国华、林小雨）",
            "本报广州3月5日讯（记者 陈国华、林小雨）",
            "本报",
            ["陈国华", "林小雨"],
        ),
        ("本报记者 宗晓畅 通讯员 高岩 近日，", "本报记者 宗晓畅 通讯员 高岩", "本报", ["宗晓畅", "高岩"]),
        ("(记者 马超 通讯员 黄磊)近日，", "(记者 马超 通讯员 黄磊)", None, ["马超", "黄磊"]),
        ("本报讯 记者 张三 通讯员 李四 近日，", "本报讯 记者 张三 通讯员 李四", "本报", ["张三", "李四"]),
        (
            "工人日报－中工网记者 张三 通讯员 李四 近日，",
            "工人日报－中工网记者 张三 通讯员 李四",
            "工人日报－中工网",
            ["张三", "李四"],
        ),
        ("新疆日报讯（记者 买买提·艾力）近日，", "新疆日报讯（记者 买买提·艾力）", "新疆日报", ["买买提·艾力"]),
        ("本报讯（实习记者 王辰阳）近日", "本报讯（实习记者 王辰阳）", "本报", ["王辰阳"]),
    ],
)
def test_bylines(text, raw, outlet, reporters):
    c = byline_at_start(text)
    assert c is not None
    assert (c.raw, c.outlet, c.reporters) == (raw, outlet, reporters)
    assert text[: c.end].strip() == raw


@pytest.mark.parametrize(
    "text",
    [
        "国家电网电力公司工会举办技能比武。",  # 网 + 电 is not a dateline without a date
        "本报记者近日从市总工会获悉，",  # no name after the role
        "记者近日从延庆区香水园街道总工会了解到，",
        "本报记者 曹立栋 摄",  # a photo credit
        "本报记者 宗晓畅 通讯员 高岩 摄影报道",
        "近日，市总工会举办培训。",
    ],
)
def test_not_bylines(text):
    assert byline_at_start(text) is None


@pytest.mark.parametrize(
    ("text", "photographers"),
    [
        ("实习记者 王辰阳 摄", ["王辰阳"]),
        ("本报记者 宗晓畅 通讯员 高岩 摄影报道", ["宗晓畅", "高岩"]),
        ("赵亮摄(新华社发)", ["赵亮"]),
        ("赵亮 摄（新华社发）", ["赵亮"]),
        ("本报记者 曹立栋 摄", ["曹立栋"]),
        ("（买买提·艾力 摄）", ["买买提·艾力"]),
        ("通讯员 李四 供图", ["李四"]),
        ("张三 李四/摄", ["张三", "李四"]),
    ],
)
def test_photo_credit_lines(text, photographers):
    c = photo_credit_line(text)
    assert c is not None and c.photographers == photographers and c.reporters == []


@pytest.mark.parametrize(
    ("text", "kept", "photographers"),
    [
        ("参加活动。 实习记者 王辰阳 摄", "参加活动。", ["王辰阳"]),
        ("图为活动现场。赵亮摄(新华社发)", "图为活动现场。", ["赵亮"]),
        ("团结共建。（通讯员 李四 供图）", "团结共建。", ["李四"]),
        ("区总工会主席致辞 摄影 钟海涛", "区总工会主席致辞", ["钟海涛"]),  # a caption, its label first
    ],
)
def test_trailing_photo_credits(text, kept, photographers):
    c = trailing_photo_credit(text)
    assert c is not None and c.photographers == photographers
    assert text[: c.start].strip() == kept


@pytest.mark.parametrize(
    "text",
    [
        "组织职工拍摄",
        "活动结束后，大家一起拍摄",
        "他说：“这是我第一次来。”",
        "职工们学习摄影 技术",
        "活动现场 图 办公室",
    ],
)
def test_prose_is_no_photo_credit(text):
    assert trailing_photo_credit(text) is None and photo_credit_line(text) is None


def test_editor_is_no_reporter():
    assert people_line("责任编辑：王小明") is None
    assert people_line("本报记者 宗晓畅 通讯员 高岩").reporters == ["宗晓畅", "高岩"]
    m = strip_editor_tail(Mapped.of("职工纷纷点赞。（责任编辑：王小明）"))
    assert m.text == "职工纷纷点赞。"


@pytest.mark.parametrize(
    ("line", "staff"),
    [
        ("责任编辑 王小明", True),  # the label without its colon
        ("（编辑 王小明 校对 李红）", True),
        ("统筹 王小明 视频 李红、周立", True),
        ("设计 新颖", False),  # a label's word before common words: no one named
        ("（文 王小明 编辑 李红）", False),  # a credit among them: read as credits
    ],
)
def test_a_line_of_staff_without_colons_is_furniture(line, staff):
    assert is_furniture(line) is staff


def test_a_closing_bracket_of_staff_without_colons_is_dropped():
    m = strip_editor_tail(Mapped.of("职工纷纷点赞。（编辑 王小明 校对 李红）"))
    assert m.text == "职工纷纷点赞。"
    assert strip_editor_tail(Mapped.of("职工纷纷点赞。（设计 新颖）")).text == "职工纷纷点赞。（设计 新颖）"


# -- line shapes and repair -----------------------------------------------------------------


def test_shapes():
    assert ends_sentence("…的决心和信心。") and ends_sentence("“这是好事。”") and ends_sentence("真好！")
    assert not ends_sentence("打造“天天都是4·15”") and not ends_sentence("不断")
    assert title_like("“天天都是4·15，携手共筑首都安全防线”主题宣讲活动举办")
    assert not title_like("据介绍，全国总工会以“4·15”全民国家安全教育日设立10周年为契机，将本次宣讲")
    assert not title_like("一、加强思想政治引领")  # a numbered section head
    assert not title_like("本报记者 曹立栋 摄")
    assert is_slogan("深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面")
    assert not is_slogan("北京市服务工会第二届委员会第三次全体会议召开")


def blocks(*lines: str, gap: int = 1) -> list[Block]:
    out, pos = [], 0
    for line in lines:
        out.append(Block(Mapped.of(line, pos), gap=gap))
        pos += len(line) + 2
    return out


def texts(bs: list[Block]) -> list[str]:
    return [b.text.text for b in bs]


def test_repair_joins_words_and_sentences_broken_across_blank_lines():
    got = repair_breaks(
        blocks(
            "工会组织将按照全国总工会工作部署和北京市总工会工作格局有关要求，深入学习",
            "贯彻习近平总书记关于工人阶级和工会工作的重要论述。",
            "活动现场，参赛选手表达出争做坚定捍卫者、示范",
            "引领者、积极传播者的决心和信心。",
        )
    )
    assert texts(got) == [
        "工会组织将按照全国总工会工作部署和北京市总工会工作格局有关要求，深入学习贯彻习近平总书记关于工人阶级和工会工作的重要论述。",
        "活动现场，参赛选手表达出争做坚定捍卫者、示范引领者、积极传播者的决心和信心。",
    ]
    # offsets survive the join: the second half still points at the second source line
    first = "工会组织将按照全国总工会工作部署和北京市总工会工作格局有关要求，深入学习"
    assert got[0].text.src[len(first)] == len(first) + 2
    assert got[0].text.offset_map().runs == ((0, 0, len(first)), (len(first), len(first) + 2, 25))


def test_repair_keeps_headlines_decks_and_credits_apart():
    lines = (
        "深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面",
        "北京市服务工会第二届委员会第三次全体会议召开",
        "在服务大局中不断开创产业工会工作新局面",
        "本报讯（记者 宗晓畅）近日，北京市服务工会第二届委员会第三次全体会议召开。",
        "市总工会相关部门负责人等参加活动。",
        "团建共学提技能",
        "近日，通州商业资产运营集团工会携手该集团财务部举办团建共学活动。",
        "本报记者 宗晓畅 通讯员 高岩 摄影报道",
    )
    assert texts(repair_breaks(blocks(*lines))) == list(lines)


def test_repair_does_not_swallow_the_next_headline():
    """A paragraph missing its full stop, then a headline with a byline: two articles."""
    lines = (
        "活动现场，来自全市各行业的职工代表参加了比赛并纷纷表示收获很大，今后将继续参加",
        "常州举办职工篮球联赛",
        "中工网讯（记者 陆远）日前，常州市第五届职工篮球联赛开幕。",
    )
    assert texts(repair_breaks(blocks(*lines))) == list(lines)


def test_repair_joins_after_a_comma_even_if_short():
    assert texts(repair_breaks(blocks("活动现场，", "职工们热情高涨。"))) == ["活动现场，职工们热情高涨。"]


def test_soft_wraps_inside_blank_separated_paragraphs():
    bs = blocks("第一段写到这里被折行了，这一行足够长而且没有标点结尾的地方", "接着写完。", "第二段。")
    bs[1].gap = 0
    assert texts(repair_breaks(bs)) == [
        "第一段写到这里被折行了，这一行足够长而且没有标点结尾的地方接着写完。",
        "第二段。",
    ]


# -- clean-up -------------------------------------------------------------------------------


def test_width_and_space_folding_keep_chinese_punctuation():
    raw = "\u3000\u3000ＦＥＳＣＯ外企工会于２０２５年（一季度）：\xa0举办\t活动\u200b。"
    m = clean_line(fold_width(Mapped.of(raw)))
    assert m.text == "FESCO外企工会于2025年（一季度）： 举办 活动。"
    assert m.src[0] == 2  # still points into the original


def test_traditional_detection_and_conversion():
    assert is_traditional("廣東省總工會舉辦職工技能競賽")
    assert not is_traditional("北京市总工会举办职工技能竞赛，乾隆时期的文物也来了")
    m = to_simplified(Mapped.of("臺北市總工會", 10))
    assert m.text == "台北市总工会" and m.src == tuple(range(10, 16))


def test_breadcrumbs_with_or_without_their_label():
    assert is_breadcrumb("首页 > 工会动态 > 正文")
    assert is_breadcrumb("当前位置：首页 > 新闻中心 > 基层动态")
    assert is_breadcrumb("您现在的位置: 首页 » 工会要闻")
    assert is_breadcrumb("工会动态 > 基层来稿 > 正文")  # closed by a navigation word
    assert is_breadcrumb("基层信息 >> 返回 您当前所在位置:某市总工会 > 基层信息 > 要闻")  # the reader's position
    assert not is_breadcrumb("区总工会举办职工篮球赛")
    assert not is_breadcrumb("分享到：微信 微博")  # furniture, but no breadcrumb
    assert not is_breadcrumb("时间：8时 > 9时")


def test_meta_lines_and_furniture():
    meta = meta_line("发布时间：2025-03-18 10:20 来源：广东省总工会 浏览次数：356")
    assert meta is not None and (meta.date, meta.outlet) == ("2025-03-18", "广东省总工会")
    assert meta_line("日期：2025年4月8日") is not None
    assert meta_line("2025年4月8日 星期二").date == "2025-04-08"
    assert meta_line("时间：2025年4月1日 地点：职工之家") is None  # an event notice, not furniture
    assert meta_line("2025年4月8日，市总工会召开会议。") is None
    for line in (
        "首页 > 工会动态 > 正文",
        "打印本页 关闭窗口",
        "版权所有 © 广东省总工会 粤ICP备12345678号",
        "澳门百家乐官网 加微信 888",
        "https://example.com/x",
        "上一篇：某某活动举行",
        "分享到：微信 微博",
        "信息详情",
        "国内统一刊号:CN99-0001 某某日报社出版",
    ):
        assert is_furniture(line), line
    for line in (
        "市总工会开展打击网络赌博、博彩宣传活动，提醒广大职工远离风险。",
        "团建共学提技能",
        "首页设计大赛在工会举办",
    ):
        assert not is_furniture(line), line


# -- offsets --------------------------------------------------------------------------------


@given(st.text(alphabet="工会职工 ，。\u3000Ａ1", max_size=60), st.integers(0, 500))
def test_mapped_rewrites_keep_offsets(text, start):
    src = Mapped.of(text, start)
    m = clean_line(fold_width(src)).sub(r"，", "")
    omap = m.offset_map()
    for i, ch in enumerate(m.text):
        original = text[omap.to_source(i) - start]
        assert original == ch or (ch == " " and original in " \u3000") or ord(original) - 0xFEE0 == ord(ch)


def test_offset_map_skips_joiners():
    m = Mapped.join("\n", [Mapped.of("标题", 5), Mapped.of("正文。", 20)])
    omap = m.offset_map()
    assert omap.runs == ((0, 5, 2), (3, 20, 3))
    assert [omap.to_source(i) for i in (0, 1, 3, 5)] == [5, 6, 20, 22]


@given(st.lists(st.one_of(st.just(-1), st.integers(0, 12)), max_size=40))
def test_offset_map_runs_are_the_maximal_stretches_of_consecutive_sources(src):
    m = Mapped("x" * len(src), src)
    runs = m.offset_map().runs
    covered = [i for c, _, n in runs for i in range(c, c + n)]
    assert covered == [i for i, s in enumerate(src) if s != -1]  # each known offset once, in order
    for c, s, n in runs:
        assert n > 0 and src[c : c + n] == list(range(s, s + n))
    for (c1, s1, n1), (c2, s2, _) in itertools.pairwise(runs):
        assert not (c2 == c1 + n1 and s2 == s1 + n1)  # would have been one run


# -- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2025-03-18", "2025-03-18"),
        ("2025/3/8 09:00", "2025-03-08"),
        ("2025年4月8日", "2025-04-08"),
        ("2025.04.08", "2025-04-08"),
        ("2025-04", "2025-04"),
        ("2025年4月", "2025-04"),
        ("2025", "2025"),
        ("2025-02-30", None),
        ("三月八日", None),
    ],
)
def test_parse_date(text, iso):
    assert parse_date(text) == iso


def test_date_argument():
    assert check_date_arg("2025-04-08") == "2025-04-08"
    assert check_date_arg(None) is None
    with pytest.raises(KgError):
        check_date_arg("2025/04/08")


@pytest.mark.parametrize(
    ("text", "reporters", "photographers"),
    [
        ("文：陶某某 图：戴某", ["陶某某"], ["戴某"]),
        ("文/张三 图/李四 王五", ["张三"], ["李四", "王五"]),
        ("摄影：赵六", [], ["赵六"]),
        ("记者：孙七", ["孙七"], []),
        ("文字:钱八 图片:周九", ["钱八"], ["周九"]),  # 图片 opens the next label, it is no name
        ("撰稿：吴十 郑一 摄影：王二", ["吴十", "郑一"], ["王二"]),
    ],
)
def test_labelled_credit_lines(text, reporters, photographers):
    c = labelled_credit_line(text)
    assert c is not None and (c.reporters, c.photographers) == (reporters, photographers)


@pytest.mark.parametrize("text", ["图为活动现场", "文明城市创建", "文化：传承与创新"])
def test_not_labelled_credit_lines(text):
    assert labelled_credit_line(text) is None


def test_closing_reporters_credit():
    c = trailing_people_credit("今年将把服务送进更多企业。（通讯员 彭某某）")
    assert c is not None and c.reporters == ["彭某某"] and c.raw == "（通讯员 彭某某）"
    assert trailing_people_credit("活动由市总工会（记者站）主办") is None


def test_roleless_photo_credits_need_a_surname():
    """Without a role word, only names that start with a surname are credited."""
    assert photo_credit_line("活动现场 张三 摄").photographers == ["张三"]
    assert photo_credit_line("欧阳明 摄").photographers == ["欧阳明"]
    assert photo_credit_line("现场 摄") is None
    assert photo_credit_line("记者 艾现场 摄").photographers == ["艾现场"]  # a role vouches for the name


@pytest.mark.parametrize(
    ("line", "wrote"),
    [
        ("（通讯员 张明 文/摄）", True),
        ("本报记者 李华 文／图", True),
        ("记者 王强 文并摄", True),
        ("实习记者 王辰阳 摄", False),
        ("赵亮摄(新华社发)", False),
    ],
)
def test_text_and_photo_credit_credits_both(line, wrote):
    from kg.ingest.bylines import photo_credit_line

    c = photo_credit_line(line)
    assert c is not None and len(c.photographers) == 1
    assert c.reporters == (c.photographers if wrote else [])


def test_text_and_photo_credit_after_the_last_sentence():
    from kg.ingest.bylines import trailing_photo_credit

    c = trailing_photo_credit("活动吸引了200余名职工参加。（通讯员 张明文/摄）")
    assert c is not None and c.reporters == c.photographers == ["张明"]


def test_a_pinyin_reading_in_brackets_is_no_part_of_the_text():
    line = Mapped.of("近日，區(qū)委書（shū）記來到亳(bó)州。", 100)
    cleaned = clean_line(line)
    assert cleaned.text == "近日，區委書記來到亳州。"
    assert cleaned.src[cleaned.text.index("委")] == 100 + line.text.index("委")  # offsets kept


@pytest.mark.parametrize("text", ["工会(ABC)开展活动", "年报（2025）发布", "活动(shu)举行", "(qū)委开会"])
def test_brackets_that_are_no_pinyin_reading_stay(text):
    assert clean_line(Mapped.of(text)).text == text
