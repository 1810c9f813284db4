"""Session 44's page grammar: headlines and article splits of slide decks, forum threads,
gazetteer chapters and directories (all texts invented: other places, other names)."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.page_reading import read_page_articles

DECK_COVER = """--- 第1页 ---
临川区2031年度乡镇工会主席述职会

聚力强基促发展　用心服务暖人心
——云山镇总工会2031年度工作述职

汇报单位：抚州市临川区云山镇总工会
汇报人：龚启航（镇党委委员、镇总工会主席）
2031年12月18日

--- 第2页 ---
一、基本情况
● 全镇建会单位312家，工会会员1.2万人。
● 5月12日，云山镇总工会在镇文化中心举办职工趣味运动会，120名职工参加。
"""


def test_a_title_over_its_dashed_subtitle_and_the_cover_fields(tmp_path: Path) -> None:
    """A title slide: the title over its ——副题 and the 汇报单位/汇报人 fields, a date line
    under them: the title is the headline, not the subtitle."""
    arts = read_page_articles(tmp_path, DECK_COVER, "deck")
    assert [a[0] for a in arts] == ["聚力强基促发展 用心服务暖人心"]


CHAPTER = """·318·　　　　　　　　　　　　　　　　　　　　　宁川县志（1990—2030）

第十二编　社会团体

第三章　工　会

　　1990年，全县有基层工会96个，会员5120人。2030年底，全县有基层工会240个。

第一节　组织机构

　　一、县总工会
　　1990年，宁川县总工会机关设办公室、组织部，有工作人员6人。

　　　　　　　　　　　　　　　　　　　　　　　　第十二编　社会团体　　·319·

第二节　历次代表大会

第六次代表大会
　　1995年4月8日在县礼堂举行。出席代表140名。大会选举苗承志为主席。

第七次代表大会
　　2001年5月20日在县礼堂举行。出席代表152名。大会选举苗承志为主席。

（本章撰稿：卢映雪）
"""


def test_a_book_chapter_is_one_article_under_its_title(tmp_path: Path) -> None:
    """编/章/节 headings: the chapter is one article headed by its title (its number
    left out); the part's heading, the sections, the subheads and the running heads
    are no article breaks; the chapter's 撰稿 line credits its writer."""
    arts = read_page_articles(tmp_path, CHAPTER, "chapter")
    assert [(a[0], a[1]) for a in arts] == [("工 会", ["卢映雪"])]
    assert "第十二编" not in arts[0][2] and "第七次代表大会" in arts[0][2]


def test_a_chapter_heading_alone_splits_as_before(tmp_path: Path) -> None:
    """A 第N章 line with no 节 below and no 编 above (a novel's serial, a report's part)
    is no book chapter."""
    text = "第三章　新的开始\n\n龚启航走进车间。\n\n他说：“今天开工。”\n"
    arts = read_page_articles(tmp_path, text, "serial")
    assert all(a[0] != "新的开始" for a in arts)
