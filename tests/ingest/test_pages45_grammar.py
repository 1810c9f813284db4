"""Session 45's page grammar: a report's chapter whose sections are numbered under the
chapter's number (all texts invented: other places, other names)."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.page_reading import read_page_articles

REPORT_CHAPTER = """云岭股份 2031年度社会责任报告                                  27

第五章　员工关爱与工会建设

5.1　民主管理

　　2031年4月9日，公司第二届职工代表大会第三次会议在总部召开，实到代表96名。

5.2　工会组织

　　公司工会现有会员6,120名，下设3个分会。

表5-1　关键绩效指标

指标              单位     2030年     2031年
工会会员人数      人       5,880      6,120

5.3　技能提升

　　2031年9月，公司工会举办第四届职工技能比武，88名选手参赛。
"""


def test_a_report_chapter_with_numbered_sections_is_one_article(tmp_path: Path) -> None:
    """第五章 with 5.1 / 5.2 / 5.3 under it: one article headed by the chapter's title (no
    number); the sections, the table and the running head head none."""
    arts = read_page_articles(tmp_path, REPORT_CHAPTER, "report")
    assert [a[0] for a in arts] == ["员工关爱与工会建设"]
    assert "88名选手参赛" in arts[0][2]


def test_sections_numbered_under_another_chapter_are_no_sign(tmp_path: Path) -> None:
    """Sections numbered under another number (2.1 under 第五章) say nothing of the chapter."""
    text = REPORT_CHAPTER.replace("5.1　", "2.1　").replace("5.2　", "2.2　").replace("5.3　", "2.3　")
    arts = read_page_articles(tmp_path, text, "report2")
    assert [a[0] for a in arts] != ["员工关爱与工会建设"]


VOTE_PAGE = """×　关闭　　　　　　洪城工会　　　　　　···

【投票】寻找2031“洪城最美工匠”网络投票

[banner图]　寻找洪城最美工匠　礼赞新时代劳动者

参与人数　6,210　　累计投票　30,554　　访问量　88,902

距投票结束还有：02天 10时 16分 05秒

■ 活动规则
投票时间：2031年5月6日8:00—5月15日20:00
投票规则：每个微信号每天可投3票

[ 请输入选手姓名或编号　　　　🔍搜索 ]

【最新】【排行榜】【活动介绍】

01号　涂文涛
单位：南昌江铃精工有限公司
职务：装配车间钳工
事迹：从业22年，带出徒弟30余名。
票数：3,862　　排名：第2名　　【投票】

02号　熊慧琴
单位：南昌市洪都医院
职务：护士长
事迹：扎根急诊一线15年。
票数：4,415　　排名：第1名　　【投票】

03号　喻国华
单位：南昌市公交运输集团有限责任公司
职务：驾驶员
事迹：安全行车80万公里。
票数：2,106　　排名：第3名　　【投票】

—— 加载更多 ——
"""


def test_a_vote_pages_cards_are_entries_of_its_one_text(tmp_path: Path) -> None:
    """01号　某某 over 单位：/职务：/事迹：/票数： lines, card after card: entries of the page's
    one text under its title; the search box, the row of tabs and the load-more button are
    furniture, no headline."""
    arts = read_page_articles(tmp_path, VOTE_PAGE, "vote")
    assert [a[0] for a in arts] == ["寻找2031“洪城最美工匠”网络投票"]
    text = arts[0][2]
    assert "单位：南昌市洪都医院" in text and "03号" in text
    for furniture in ("请输入", "排行榜", "加载更多"):
        assert furniture not in text


def test_a_marked_box_of_fields_on_a_page_of_cards_is_the_pages_own(tmp_path: Path) -> None:
    """■ 组织单位 over 主办：/承办：/协办：, after the cards: a box of the same page (its
    organisers are the vote's), not an article headed 组织单位."""
    page = VOTE_PAGE + (
        "\n■ 组织单位\n主办：南昌市总工会\n承办：南昌日报社\n协办：南昌江铃精工有限公司工会\n"
        "活动咨询：0791-86×××××（工作日）\n\n本投票由第三方提供，微信仅提供信息存储空间服务\n"
    )
    arts = read_page_articles(tmp_path, page, "box")
    assert [a[0] for a in arts] == ["寻找2031“洪城最美工匠”网络投票"]
    assert "主办：南昌市总工会" in arts[0][2]
