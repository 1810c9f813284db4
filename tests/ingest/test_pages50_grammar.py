"""Session 50's page grammar: a newsletter's numbered items under their column's tags (1.【要闻】
标题), its contents and a mail's cover note over its masthead; a question-and-answer page as
one article under the question; a report's speaker under its title, a congress paper's marks
and a title closed by a spaced-out word; a table's rows between bars read row by row.  All
texts invented: other places, other names, other outlets."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import read_articles
from kg.ingest.bar_rows import bar_rows, is_bar_row
from kg.ingest.document import Block
from kg.ingest.shapes import title_like
from kg.ingest.textmap import Mapped
from kg.nlp.grids import grids, head_kind


def _read(folder: Path, text: str, name: str = "page") -> list:
    page = folder / f"{name}.txt"
    page.write_text(text, encoding="utf-8")
    return read_articles([str(page)]).articles


NEWSLETTER = """各分会主席：
　　您好！现将《青川工会简讯》2031年第4期（总第63期）发送给您，请查阅。

====================
青川工会简讯
2031年第4期（总第63期）
青川市总工会办公室　2031年4月20日
====================

【本期导读】
1. 市总工会举办职工书法比赛
2. 河口区总工会慰问环卫工人

1.【要闻】市总工会举办职工书法比赛
　　4月12日，市总工会在青川市工人文化宫举办职工书法比赛，80名职工参赛。市总工会副主席何立新出席。（记者　孙　涛）

2.【基层】河口区总工会慰问环卫工人
　　4月15日，河口区总工会走访慰问一线环卫工人，送去慰问品。区总工会主席黄明一行参加。（通讯员　林小雨　张　强）
"""


def test_a_newsletters_numbered_items_under_their_tags_are_its_articles(tmp_path: Path) -> None:
    arts = _read(tmp_path, NEWSLETTER)
    # (the cover note, the masthead and the contents head no article; each item is one,
    # its number and its column's tag no words of its headline, its byline its credits)
    assert [(a.headline, a.reporters) for a in arts] == [
        ("市总工会举办职工书法比赛", ["孙涛"]),
        ("河口区总工会慰问环卫工人", ["林小雨", "张强"]),
    ]
    assert not any("本期导读" in a.text or "1. 市总工会" in a.text for a in arts)


@pytest.mark.parametrize(
    ("line", "titled"),
    [
        ("1.【要闻】市总工会举办职工书法比赛", True),
        ("2、【基层】河口区总工会慰问环卫工人", True),
        ("1. 市总工会举办职工书法比赛", False),  # (a list's item: no tag, no headline)
        ("一、【要闻】市总工会举办职工书法比赛", False),  # (a section head's number)
    ],
)
def test_an_items_number_before_its_tag_is_no_list_items(line: str, titled: bool) -> None:
    assert title_like(line) is titled


QA_PAGE = """问途 - 问你所想　　首页　发现　等你来答　　[ 搜索：工会 ]

职场　工会　甘肃

在乡镇总工会当专干累不累？平时都忙些什么？

刚被调到镇总工会当专干，心里没底。想问问干过的朋友，平常都忙些什么？

关注问题　　写回答　　邀请回答　　好问题 12　　添加评论
关注者 96　　被浏览 8,031

查看全部 7 个回答

清水河畔的小周
乡镇工会专干｜第五年
532 人赞同了该回答

谢邀（其实是自己来的）

坐标甘肃临泽县，在沙河镇总工会干了五年。去年6月8号，镇总工会在镇文化广场办了职工拔河比赛，32支队伍参赛。

发布于 2031-05-02 20:11　　编辑于 2031-05-03 09:40 · IP 属地甘肃
▲ 赞同 532　▼　　💬 9 条评论

黑河边的风　　05-02 · 甘肃
拔河比赛有照片吗？　　♡ 7
　　清水河畔的小周（作者）回复 黑河边的风：镇总工会公众号发过　　♡ 3

相关问题
· 乡镇工会专干的出路在哪里？　　11 个回答
· 镇总工会和县总工会哪个忙？　　40 个回答

广告　×
河西走廊自驾8日游｜暑期特惠 2980 元起　　了解更多 ›
"""


def test_a_question_and_answer_page_is_one_article_under_its_question(tmp_path: Path) -> None:
    arts = _read(tmp_path, QA_PAGE)
    assert [a.headline for a in arts] == ["在乡镇总工会当专干累不累？平时都忙些什么？"]
    text, art = arts[0].text, arts[0]
    assert art.date == "2031-05-03"  # (the answer's date line: its last date)
    assert "32支队伍参赛" in text and "镇总工会公众号发过" in text  # (the answer's and the replies' words)
    # the answer's header, its thanks, the commenters' heads and reply addresses, the
    # related questions and the ad are furniture
    for gone in ("清水河畔的小周", "谢邀", "黑河边的风", "个回答", "自驾", "人赞同了该回答", "♡"):
        assert gone not in text


REPORT = """大会文件之三
（供审议）

临泽县总工会第二届经费审查委员会工作报告
——在临泽县总工会第三次代表大会上

马建军
（县总工会党组成员、副主席，经费审查委员会主任）
（2031年6月10日）

各位代表：
　　现在，我代表临泽县总工会第二届经费审查委员会向大会报告工作，请予审议。
　　五年来，县总工会经审会共完成审计项目42个，提出审计建议96条。

— 3 —

临泽县总工会第三届经费审查委员会第一次全体会议
选　举　结　果

　　6月11日，第三届经费审查委员会第一次全体会议召开，应到委员7名，实到7名，选举马建军为主任。

临泽县总工会第三次代表大会秘书处　　　　2031年6月11日
"""


def test_a_congress_papers_report_and_its_election_note(tmp_path: Path) -> None:
    arts = _read(tmp_path, REPORT)
    # (the paper's number and its 供审议 are furniture; the speaker under the title opens the
    # text, no deck, no credit; the spaced-out word closes the second title)
    assert [(a.headline, a.decks, a.reporters) for a in arts] == [
        ("临泽县总工会第二届经费审查委员会工作报告", ["——在临泽县总工会第三次代表大会上"], []),
        ("临泽县总工会第三届经费审查委员会第一次全体会议选举结果", [], []),
    ]
    assert arts[0].text.split("\n")[2].startswith("马建军（县总工会党组成员、副主席")
    assert "大会文件之三" not in arts[0].text and "供审议" not in arts[0].text


SHEET = """　　　　　　沙 河 镇 总 工 会
　　2031年“三八”女职工座谈会签到表

时　　间：2031年3月8日上午9:00
（请用正楷签名）
———————————————————————
|序号| 姓 名 |　单　位　|　职　务　|　联系电话　| 签 名 |
|—— |————|————————|——————|———————|————|
| 1 | 祁玉梅 | 沙河镇总工会 | 主席 | 139 3612 **** | 祁　玉梅 |
丨 2 | 景红霞 | 临泽县沙河镇中心小学 | 教师 | 1389361**** | 景红霞 丨
———————————————————————
　　　　　　　　第1页　共2页

　　沙河镇总工会　2031年“三八”女职工座谈会签到表（续）
|序号| 姓 名 |　单　位　|　职　务　|　联系电话　| 签 名 |
| 3 | 鲁秀兰 | 临泽县宏达枣业有限公司 | 工会主席 | 1359361**** | 鲁秀兰 |
"""


def test_a_sign_in_sheets_table_is_read_row_by_row(tmp_path: Path) -> None:
    arts = _read(tmp_path, SHEET)
    # (the issuer's spaced-out name opens the title; the continued title over page 2 is a
    # running head; no row and no head row heads an article)
    assert [a.headline for a in arts] == ["沙河镇总工会2031年“三八”女职工座谈会签到表"]
    lines = arts[0].text.split("\n")
    # each row a line of its own, its cells closed, the bars of its ends read as bars, the
    # head's rule dropped; the head row over each page kept
    assert "| 1 | 祁玉梅 | 沙河镇总工会 | 主席 | 1393612**** | 祁玉梅 |" in lines
    assert "| 2 | 景红霞 | 临泽县沙河镇中心小学 | 教师 | 1389361**** | 景红霞 |" in lines
    assert lines.count("|序号| 姓名 | 单位 | 职务 | 联系电话 | 签名 |") == 2
    assert not any(line.startswith("|——") for line in lines) and not any("（续）" in line for line in lines)


def test_bar_rows_keep_their_offsets() -> None:
    row = Block(Mapped.of("丨 9 | 柯　文 | 某公司 丨", 100))
    (out,) = bar_rows([row])
    assert out.text.text == "| 9 | 柯文 | 某公司 |" and out.item
    assert out.text.span() == (100, 100 + len(row.text.text))
    assert is_bar_row("| 1 | 某某 | 某单位 |") and not is_bar_row("首页 | 新闻 | 工会 | 法律")


AGREEMENT = """（本件据原件扫描录入，手写内容以【】标注）

            临泽县总工会劳动争议调解委员会
                    调 解 协 议 书

                                   编号：临工调〔2031〕第012号
调解地点：临泽县职工服务中心调解室

申请人：苏红军    性别：男
被申请人：临泽县丰源果蔬有限公司
法定代表人：冯德安    职务：董事长

  经本委员会组织调解，双方自愿达成如下协议：
  一、被申请人于2031年5月31日前支付申请人拖欠工资8600元。
  二、申请人收到款项后，双方劳动关系终结。

调解员：【包文静】
回访记录
回访时间：2031年6月3日　回访方式：电话回访
"""


def test_a_typed_copy_of_an_agreement_is_one_article_under_its_title(tmp_path: Path) -> None:
    arts = _read(tmp_path, AGREEMENT)
    # (the copyist's note over the paper is no title; 协议书 is a document's kind: the paper is
    # one article, its labelled fields and its follow-up record head none)
    assert [a.headline for a in arts] == ["临泽县总工会劳动争议调解委员会调解协议书"]
    assert "本件据原件" not in arts[0].text and "被申请人：临泽县丰源果蔬有限公司" in arts[0].text


OCR_EXPORT = """===== 明眸OCR 3.1 · 识别结果（文本） =====
源文件：扫描_20310512_0930.pdf　　页数：1　　识别模式：表格
提示：置信度低于0.50的字符以□表示，请人工核对。
------------------------------------------

临泽县总工会关于表彰2031年度优秀工会积极分子的决定

各基层工会：
　　经研究，决定授予苏红军等10名同志“2031年度优秀工会积极分子”称号。

------------------------------------------
识别完成：字符 412　手写区域 0　低置信度字符 2
"""


def test_an_ocr_programs_banner_and_statistics_are_no_text(tmp_path: Path) -> None:
    arts = _read(tmp_path, OCR_EXPORT)
    assert [a.headline for a in arts] == ["临泽县总工会关于表彰2031年度优秀工会积极分子的决定"]
    for gone in ("识别结果", "源文件", "置信度", "识别完成"):
        assert gone not in arts[0].text


@pytest.mark.parametrize(("head", "kind"), [("奖次", "honour"), ("联系电话", "other"), ("签名", "other")])
def test_heads_of_a_winners_list_and_a_sign_in_sheet(head: str, kind: str) -> None:
    # (工种 奖次 姓名 工作单位 成绩 over a list of winners; 序号 姓名 单位 职务 联系电话 签名 over
    # a sign-in sheet: a table is read only under heads all known)
    assert head_kind(head) == kind
    text = f"姓名 单位 {head}\n祁玉梅 沙河镇总工会 一等奖\n景红霞 沙河镇中心小学 二等奖\n"
    assert [g.kinds for g in grids(text)] == [("name", "unit", kind)]
