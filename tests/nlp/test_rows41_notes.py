"""kg.nlp.rows: a list of delegates under a section's heading with its count (（9名）), each
row a name with its notes in brackets (（女）（少数民族）（劳模）) and a unit with a job; and
the people kg_people reads from those rows (invented rows, spaced as ingestion leaves them)."""

from __future__ import annotations

from kg.nlp.rows import listed_name_cells

_LIST = (
    "二、机修公司代表团（4名）\n"
    "柯建新 机修公司装配车间钳工\n"
    "沙马阿果（女）（少数民族） 机修公司质检站检验员\n"
    "田野（劳模） 机修公司锻造车间锻工\n"
    "俄木拉且（少数民族）（劳模） 机修公司动力站运行工\n"
)


def test_a_list_rows_names_are_read_past_their_notes():
    # several notes after a name are no part of it, and no end of the list
    names = [_LIST[a:b] for a, b in listed_name_cells(_LIST)]
    assert names == ["柯建新", "沙马阿果", "田野", "俄木拉且"]


def test_a_common_word_and_a_yi_name_in_a_lists_rows_are_people(labelled):
    # 田野 (a common word) after a row with notes; 俄木拉且 opens with a Yi clan's name word, no Han surname
    assert {"田野", "俄木拉且", "沙马阿果"} <= labelled(_LIST, "PERSON")
