"""A working document's cover: its title over a spaced genre word is one headline, the
document one article (kg.ingest.cover_titles); a script's stage directions credit no one.

All pages here are invented (other places, other names)."""

from __future__ import annotations

from pathlib import Path

from kg.ingest.cover_titles import spaced_genre
from tests.ingest.page_reading import read_page_articles

SCRIPT = """内部资料　会后收回

岭南县庆祝“三八”国际妇女节表彰大会
主　持　词
（第二稿　县总工会女职工部　3月3日改）

时间：2031年3月7日（星期五）上午9:00
地点：岭南县工人文化宫三楼会议室
主持人：县总工会副主席　上官明霞

会议议程
一、宣读表彰决定
二、颁奖

各位领导、同志们：
　　大家上午好！现在开会。
　　进行第一项：请县总工会女职工部部长宣慧琳同志宣读表彰决定。
（宣读完毕）
　　进行第二项：颁奖。（全体起立）
"""

HANDBOOK = """云岗市青溪区总工会
第三次会员代表大会

会　议　手　册

二〇三一年十月九日
青溪区文化中心

一、会议须知
1．代表凭代表证入场。
二、会议日程
10月9日（星期四）
9:00—11:30 开幕式暨第一次全体会议（文化中心大礼堂）
主持：汪海川（区总工会常务副主席）
"""


def test_a_title_over_a_spaced_genre_word_is_one_headline(tmp_path: Path) -> None:
    arts = read_page_articles(tmp_path, SCRIPT, "script")
    assert [a[0] for a in arts] == ["岭南县庆祝“三八”国际妇女节表彰大会主持词"]


def test_a_title_of_two_lines_over_the_genre_word_makes_one_article(tmp_path: Path) -> None:
    arts = read_page_articles(tmp_path, HANDBOOK, "handbook")
    assert [a[0] for a in arts] == ["云岗市青溪区总工会第三次会员代表大会会议手册"]
    assert "开幕式暨第一次全体会议" in arts[0][2]  # (its timetable is the handbook's own text)


def test_a_stage_direction_in_brackets_credits_no_one(tmp_path: Path) -> None:
    arts = read_page_articles(tmp_path, SCRIPT, "script")
    assert arts[0][1] == []  # (宣读完毕 opens with the surname 宣: no writer all the same)


def test_only_a_genre_word_spaced_out_on_its_line_is_one() -> None:
    assert spaced_genre("会　务　手　册") == "会务手册"
    assert spaced_genre("主 持 词") == "主持词"
    assert spaced_genre("主持词") is None  # (a cover prints it spaced)
    assert spaced_genre("工 会 动 态") is None  # (a column's name spaced out: no genre)
