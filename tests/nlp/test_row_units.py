"""kg.nlp.row_units: the unit a list's row names after its person, named short by its trade
(invented rows, spaced as ingestion leaves them)."""

from __future__ import annotations

from kg.nlp.row_units import prize_row_units, row_units

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


_PRIZE_ROWS = (
    "金奖\n"
    "插花员项目 柏云舟 平江县三市镇荷香茶社\n"
    "钳工项目 欧阳晓峰 汨罗市新市镇顺发农机修理部（汨罗市）\n"
    "银奖\n"
    "电工项目 林志远 岳阳县荣家湾镇工业园联合工会\n"
    "叉车司机项目 贺晓梅 岳阳县荣家湾镇社区服务站\n"
    "团体银奖 岳阳县代表队\n"
)


def test_the_last_cell_of_a_winners_row_is_their_unit():
    found = [_PRIZE_ROWS[a:b] for a, b in prize_row_units(_PRIZE_ROWS)]
    # (a 服务站 ends no unit; a row of another prize is no winner's)
    assert found == ["平江县三市镇荷香茶社", "汨罗市新市镇顺发农机修理部", "岳阳县荣家湾镇工业园联合工会"]


def test_a_winners_unit_is_a_body_and_a_union_a_union(labelled):
    assert "平江县三市镇荷香茶社" in labelled(_PRIZE_ROWS, "ORG")
    assert "岳阳县荣家湾镇工业园联合工会" in labelled(_PRIZE_ROWS, "UNION")
