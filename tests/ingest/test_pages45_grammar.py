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
