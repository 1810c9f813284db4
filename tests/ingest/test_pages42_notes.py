"""A social note's page (session 42, invented text): its top bar with a search box, the
author's name over a follow button, the location tag over the note's date line, the
comment thread's heading with its count first, and an official account's comment kept
as text among the readers' dropped ones."""

from __future__ import annotations

from kg.ingest import read_articles
from kg.ingest.genre_furniture import location_tags, search_bar
from kg.ingest.meta_lines import meta_line
from kg.ingest.page_furniture import official_comment, opens_comments
from kg.ingest.post_dates import post_date_line

NOTE = (
    "首页　市集　私信　我的　　　[搜索想看的内容]\n\n"
    "橙子味的小周\n＋关注\n\n"
    "赣州打工人的周末🌟区工会的读书会真香💡✨\n\n"
    "上周六参加了章贡区总工会办的职工读书会，来了八十多个人，大家一起读书聊天，还送了新书。\n\n"
    "听说下个月还要办一场，想去的可以关注一下。\n\n"
    "📍 郁孤台\n编辑于 06-14　IP属地：江西\n\n"
    "共 31 条评论　　按时间 ▾\n\n"
    "赣江边的云：真好啊，我们单位也想去\n06-14　江西　　♡ 5　回复\n\n"
    "章贡工会 官方：谢谢分享！本次读书会由章贡区总工会主办，共有85名职工参加。\n06-15　江西　　♡ 9　回复\n"
)


def test_a_notes_page_is_one_article_under_its_title(tmp_path) -> None:
    page = tmp_path / "note.txt"
    page.write_text(NOTE, encoding="utf-8")
    arts = read_articles([str(page)]).articles
    assert [a.headline for a in arts] == ["赣州打工人的周末🌟区工会的读书会真香"]
    assert arts[0].printed_headline == "赣州打工人的周末🌟区工会的读书会真香💡✨"  # its closing emoji printed
    assert "共有85名职工参加" in arts[0].text  # the official account's comment
    assert "赣江边的云" not in arts[0].text  # a reader's
    assert "橙子味的小周" not in arts[0].text and "郁孤台" not in arts[0].text


def test_a_search_box_among_short_words_is_a_top_bar() -> None:
    assert search_bar("首页　市集　私信　我的　[搜索想看的内容]")
    assert search_bar("推荐　关注　[ 搜索 ]　登录")
    assert not search_bar("我们去 [搜索]")


def test_a_pin_over_the_notes_date_line_is_its_location_tag() -> None:
    assert location_tags(["读书会结束了。", "📍 郁孤台", "编辑于 06-14 IP属地：江西"]) == {1}
    assert location_tags(["📍 7月9日 · 某某街道", "某某工会走进企业。"]) == set()


def test_a_notes_date_line_may_print_month_and_day_alone() -> None:
    p = post_date_line("编辑于 06-14 IP属地：江西")
    assert p is not None and p.date is None and p.labelled


def test_the_comments_count_may_open_their_heading() -> None:
    assert opens_comments("共 31 条评论　按时间 ▾")
    assert not opens_comments("共 31 条")


def test_an_official_accounts_comment_is_its_bodys_statement() -> None:
    assert official_comment("章贡工会 官方：谢谢分享！")
    assert not official_comment("赣江边的云：真好啊")


def test_a_portals_share_buttons_close_its_meta_line() -> None:
    m = meta_line("2027-08-02 09:15　　来源：公司供稿　　字号：A+ A-　　分享：微信 微博 QQ")
    assert m is not None and m.date == "2027-08-02" and m.outlet == "公司供稿"
