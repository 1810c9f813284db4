"""Credit lines of session 42 (invented names): an oral history's labels."""

from __future__ import annotations

from kg.ingest.bylines import labelled_credit_line, trailing_people_credit
from kg.ingest.meta_lines import meta_line


def test_labels_joined_by_a_comma_share_their_names():
    c = labelled_credit_line("采访、整理：夏知秋 邬晨光")
    assert c is not None
    assert (c.reporters, c.photographers) == (["夏知秋", "邬晨光"], [])


def test_the_teller_of_an_oral_history_is_no_writer():
    c = labelled_credit_line("口述：严守拙 整理：温若兰")
    assert c is not None
    assert (c.reporters, c.photographers) == (["温若兰"], [])


def test_an_interviewer_is_credited_as_a_writer():
    c = labelled_credit_line("采访：柏青山")
    assert c is not None
    assert c.reporters == ["柏青山"]


def test_a_rewrites_closing_credit_names_the_source_papers_reporters():
    c = trailing_people_credit("活动持续到傍晚。（综合《滨江晨报》记者 屈文渊 通讯员 桐工宣）")
    assert c is not None
    assert c.reporters == ["屈文渊"]  # (桐工宣: a union publicity desk's pen name)


def test_a_date_line_may_print_the_weekday_before_the_clock_and_its_zone():
    m = meta_line("2027年6月3日 星期四 09:30（多伦多时间）　来源：综合报道　本报记者 岑慧思　浏览：812")
    assert m is not None and m.date == "2027-06-03" and m.author is not None and "岑慧思" in m.author


def test_a_meta_lines_reporter_by_role_stays_beside_a_closing_byline(read_page):
    page = (
        "某某华文网\n\n侨乡工会办起读书会\n\n"
        "2027年6月3日 星期四 09:30（多伦多时间）　来源：综合报道　本报记者 岑慧思\n\n"
        "　　【本报讯】据报道，某某市总工会日前举办侨界职工读书会，60余人参加。"
        "（综合《滨江晨报》记者 屈文渊）\n"
    )
    assert read_page(page) == [("侨乡工会办起读书会", ["屈文渊", "岑慧思"])]
