"""kg_quantities (kg.nlp.quantities)."""

from __future__ import annotations

from kg.nlp.quantities import times_and_counts


def test_three_ways_of_writing_a_date(labelled):
    found = labelled("2023年4月举办，2023-04-05结束，5月1日开始。", "TIME")
    assert found == {"2023年4月", "2023-04-05", "5月1日"}


def test_head_counts_in_digits_and_in_words():
    found = {(f.start, f.end, f.label, f.count) for f in times_and_counts("三十余名职工和两支队伍，120人参加。")}
    assert found == {(0, 4, "COUNT", 30), (7, 9, "COUNT", 2), (12, 16, "COUNT", 120)}


def test_visits_and_zero_are_no_head_count():
    assert times_and_counts("参观达300人次，0名缺席。") == []


def test_tens_of_thousands_in_figures():
    found = [(f.start, f.end, f.count) for f in times_and_counts("1.5万名职工和3万余人参与。")]
    assert found == [(0, 5, 15000), (8, 12, 30000)]


def test_an_unsaid_number_is_no_count():
    assert times_and_counts("数十名职工、几百人参加。") == []


def test_a_figure_set_off_by_a_space():
    """Web pages pad figures with spaces (共有 45 名选手); a space after words is none."""
    found = [(f.start, f.end, f.count) for f in times_and_counts("共有 45 名选手、两 名裁判")]
    assert found == [(3, 7, 45)]


def test_a_zero_inside_a_number_in_words_holds_a_place():
    """Formal reports write counts in words with a zero between (实到一百零六名)."""
    found = [(f.start, f.end, f.count) for f in times_and_counts("实到一百零六名，另有二千零五十人观看。")]
    assert found == [(2, 7, 106), (10, 16, 2050)]


def test_a_rank_is_no_head_count():
    """第一名 / 第12名 / 第二十名 rank a winner; the 三十一名 beside them still count."""
    found = [f.count for f in times_and_counts("获得第一名、第12名和第二十名的三十一名选手")]
    assert found == [31]
