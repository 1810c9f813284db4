"""kg.nlp.row_units: the unit a list's row names after its person, named short by its trade
(invented rows, spaced as ingestion leaves them)."""

from __future__ import annotations

from kg.nlp.row_units import row_units

_ROWS = (
    "一、机修公司代表团（4名）\n"
    "柯建新 锻压厂热处理车间主任\n"
    "沙马阿果（女）（少数民族） 机修公司质检站检验员\n"
    "田野 集团公司工会副主席\n"
    "许一帆 机修公司工会主席\n"
    "周德明 集团职工医院放射科技师\n"
)


def _units(text: str) -> list[str]:
    return [text[a:b] for a, b in row_units(text)]


def test_the_unit_opening_a_rows_second_cell_is_a_body():
    # the shortest run to a workplace's ending; not 集团公司 (the type word) nor a union's host
    assert _units(_ROWS) == ["锻压厂", "机修公司", "集团职工医院"]


def test_a_row_alone_names_no_unit():
    assert _units("活动现场\n柯建新 锻压厂热处理车间主任\n活动吸引了200余名职工参加。") == []


def test_a_rows_unit_is_an_organisation(labelled):
    assert {"锻压厂", "机修公司"} <= labelled(_ROWS, "ORG")
