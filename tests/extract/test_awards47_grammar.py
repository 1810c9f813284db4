"""Awards of session 47: a prize alone on its line heads the rows of its winners."""

from __future__ import annotations


def _awards(facts) -> set[tuple[str, str]]:
    return {(ref.name, honour) for ref, honour, _ in facts.awards}


_POSTER = (
    "热烈祝贺我县职工在全市职工技能大赛中获佳绩\n"
    "金奖\n"
    "钳工项目　　柏云舟　岳阳长岭精工机械有限公司\n"
    "银奖\n"
    "银奖\n"
    "插花员项目　　单湘江　平江县三市镇花艺工作室\n"
    "铜奖\n"
    "叉车司机项目　　欧阳汨罗　汨罗市新市镇顺达物流公司\n"
    "叉车司机项目　　欧阳汨罗　汨罗市新市镇顺达物流公司\n"
    "团体铜奖　　岳阳县代表队\n"
    "优秀组织奖　　岳阳县总工会\n"
    "岳阳县总工会\n"
)


def test_each_row_under_a_prize_heading_holds_the_prize(extract_text):
    found = _awards(extract_text(_POSTER, region="岳阳市"))
    assert {("柏云舟", "金奖"), ("单湘江", "银奖"), ("欧阳汨罗", "铜奖")} <= found
    assert not any(honour == "铜奖" and name != "欧阳汨罗" for name, honour in found)


def test_a_row_printed_twice_is_one_award(extract_text):
    facts = extract_text(_POSTER, region="岳阳市")
    assert sum(1 for ref, honour, _ in facts.awards if (ref.name, honour) == ("欧阳汨罗", "铜奖")) == 1


def test_rows_of_names_and_units_under_a_prize_heading(extract_text):
    text = "一等奖\n柏云舟　岳阳长岭精工机械有限公司\n单湘江　平江县花艺工作室\n二等奖\n欧阳汨罗　汨罗市顺达物流公司\n"
    found = _awards(extract_text(text, region="岳阳市"))
    assert {("柏云舟", "一等奖"), ("单湘江", "一等奖"), ("欧阳汨罗", "二等奖")} <= found


def test_bare_places_going_on_a_series_share_its_item(extract_text):
    text = (
        "5月1日，公司举办职工拔河比赛。经评比：男子组第一名林志远（装配车间），第二名贺晓梅（质检部），"
        "第三名欧阳晓峰（仓储部）；团体一等奖：装配车间分工会。"
    )
    found = _awards(extract_text(text, region="岳阳市"))
    assert {("林志远", "男子组第一名"), ("贺晓梅", "男子组第二名"), ("欧阳晓峰", "男子组第三名")} <= found


def test_a_bare_place_after_a_sentence_end_opens_no_series(extract_text):
    text = "男子组第一名林志远（装配车间）。会后，第二名贺晓梅发言。"
    found = _awards(extract_text(text, region="岳阳市"))
    assert ("林志远", "男子组第一名") in found
    assert not any(name == "贺晓梅" for name, _ in found)


def test_a_name_before_a_colon_is_no_subject_of_a_later_verb(extract_text):
    text = "访谈摘录：周海涛：车间去年新上了两条产线，工友们干劲很足，技术员刘振宇获得2027年“湖南省五一劳动奖章”。"
    found = _awards(extract_text(text, region="长沙市"))
    assert ("刘振宇", "湖南省五一劳动奖章") in found
    assert not any(name == "周海涛" for name, _ in found)


def test_a_quoted_title_after_a_copula_is_what_the_subject_is(extract_text):
    text = "获得钳工金奖的林志远今年31岁，是汨罗市总工会推荐的“汨罗工匠”，已在车间工作12年。"
    assert ("林志远", "汨罗工匠") in _awards(extract_text(text, region="岳阳市"))
    text = "林志远说，这次比赛的奖品是一台“智能工匠”。"
    assert not any(honour == "智能工匠" for _, honour in _awards(extract_text(text, region="岳阳市")))
