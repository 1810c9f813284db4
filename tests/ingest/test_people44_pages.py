"""Pages of session 44 (invented text): a forum thread's opening post is its text and a
news item it quotes whole is an article of its own; a book's chapter is one article
headed by its title and credited by its closing （本章撰稿：X）; a deck's title over its
dashed 副题 stays the headline above the cover's labelled fields."""

from __future__ import annotations

import tempfile
from pathlib import Path

from kg.ingest import read_articles

RULE = "─" * 20


def _floor(label: str, who: str, body: str, when: str = "2027-8-2 21:05", badge: str = "") -> str:
    stats = "中级会员　UID 1234　帖子 12　积分 40　威望 1　注册时间 2022-3-4\n"
    return f"{RULE}\n{label}　{who}{badge}\n{stats}发表于 {when}\n{body}\n\n"


THREAD = (
    "云梦论坛 - 孝感人的网上家园\n首页 | 论坛 | 招聘求职\n\n"
    "[经验分享] 车间里的那次劳动竞赛，工会给我们撑了腰（附新闻）　[精华]\n\n"
    + _floor(
        "楼主",
        "府河边的老彭",
        "我在镇上的电机厂干了八年钳工，今年总算赶上一次像样的比赛。\n"
        "下面是镇工会发的新闻：\n\n[quote]\n"
        "隔蒲镇总工会举办电机行业钳工技能比武\n"
        "　　7月15日，隔蒲镇总工会在镇电机产业园举办钳工技能比武，60余名职工参赛。\n"
        "（文/图　晏秋池）\n[/quote]\n\n"
        "——————\n手上有活，心里不慌。\n回复　引用　举报　支持(12)　反对(0)",
        when="2027-8-2 20:10",
    )
    + _floor("沙发", "汉川的晨风", "支持楼主！我们厂也想搞比赛。")
    + _floor("板凳", "城隍潭钓鱼的", "回复 沙发 汉川的晨风：问问你们工会")
    + _floor("地板", "府河边的老彭", "谢谢大家捧场")
    + _floor("5楼", "隔蒲工会", "感谢分享！比武是7月15日举办的。", badge="　　认证：隔蒲镇总工会")
    + _floor("6楼", "槐荫路的小鹿", "顶一个")
)


def test_a_threads_post_and_the_news_it_quotes_are_its_articles(read_page) -> None:
    assert read_page(THREAD) == [
        ("车间里的那次劳动竞赛，工会给我们撑了腰（附新闻）", []),
        ("隔蒲镇总工会举办电机行业钳工技能比武", ["晏秋池"]),
    ]


def test_a_threads_official_reply_is_read_and_its_first_floor_dates_it() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "thread.txt"
        page.write_text(THREAD, encoding="utf-8")
        post = read_articles([str(page)]).articles[0]
    assert "电机厂" in post.body and "比武是7月15日举办的" in post.body
    assert post.date == "2027-08-02"  # the opening floor's 发表于, not a member's 注册时间


CHAPTER = (
    "·201·　　　　　　　　　　　　　　　　　　　　云溪县志（2001—2020）\n\n"
    "第十编　社会团体\n\n"
    "第二章　妇　联\n\n"
    "　　2001年，全县有基层妇联组织96个。\n\n"
    "第一节　组织机构\n\n"
    "　　县妇联机关设办公室、权益部，有工作人员6人。\n\n"
    "第二节　主要工作\n\n"
    "　　2010年5月，县妇联举办首届巾帼技能大赛，参赛妇女88人。\n\n"
    "（本章撰稿：闵秋禾）\n"
)


def test_a_books_chapter_is_one_article_credited_at_its_end(read_page) -> None:
    assert read_page(CHAPTER) == [("妇 联", ["闵秋禾"])]


DECK = (
    "--- 第1页 ---\n"
    "溪北区2027年度街道工会主席述职会\n\n"
    "同心筑梦暖人心　携手奋进谱新篇\n"
    "——云岭街道总工会2027年度工作述职\n\n"
    "汇报单位：溪北区云岭街道总工会\n"
    "汇报人：章远帆（街道总工会主席）\n"
    "2027年12月18日\n\n"
    "--- 第2页 ---\n"
    "一、基本情况\n"
    "● 辖区建会单位320家，覆盖职工1.2万人。\n"
)


def test_a_decks_title_over_its_dashed_subtitle_is_the_headline(read_page) -> None:
    assert read_page(DECK)[0][0] == "同心筑梦暖人心 携手奋进谱新篇"
