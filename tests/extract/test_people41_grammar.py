"""Posts, persons, awards and credits of session 41 (invented texts, other names and places)."""

from __future__ import annotations

from tests.extract.facts_view import names, posts


def test_a_rank_before_a_former_office_is_the_grade_kept_on_leaving_it(extract_text):
    facts = extract_text("会上，雨花区总工会二级调研员、原副主席刘洋担任评委。", region="长沙市")
    assert posts(facts) == set()
    facts = extract_text("会上，雨花区总工会二级调研员刘洋担任评委。", region="长沙市")
    assert posts(facts) == {("刘洋", "雨花区总工会", "二级调研员")}


def test_a_pronoun_holding_an_office_now_is_the_one_person_named_before(extract_text):
    facts = extract_text("周立新日均配送50余单。她现任雨花区快递行业联合工会副主席（兼职），常年为骑手讲解交通安全。")
    assert posts(facts) == {("周立新", "雨花区快递行业联合工会", "副主席")}
    facts = extract_text("周立新向王志刚学艺。他现任雨花区快递行业联合工会副主席。")
    assert posts(facts) == set()
    facts = extract_text("周立新日均配送50余单。他曾任雨花区快递行业联合工会副主席。")
    assert posts(facts) == set()


def test_a_taiwan_unions_secretary_general_with_a_compound_surname(extract_text):
    facts = extract_text("桃园市客运业产业工会总干事张廖美华、台南市纺织业职业工会总干事范姜秀玲介绍了做法。")
    assert posts(facts) == {
        ("张廖美华", "桃园市客运业产业工会", "总干事"),
        ("范姜秀玲", "台南市纺织业职业工会", "总干事"),
    }


def _awards(facts) -> set[tuple[str, str]]:
    return {(ref.name, honour) for ref, honour, _ in facts.awards}


_SELECTION = (
    "经专家评审，最终评出3名“雨花最美工匠”和1个“雨花最美班组”。现将事迹简介刊发如下。\n"
    "■ 邓志远　长沙新材料有限公司焊工\n邓志远从事焊接工作20年。\n"
    "■ 柯美玲（女）　雨花区人民医院护士长\n柯美玲从事护理工作16年。\n"
    "■ 雷振华　长沙通达物流有限公司驾驶员\n雷振华安全行车100万公里。\n"
    "■ 最美班组：长沙电力有限公司检修班\n该班组现有成员12人。"
)


def test_each_bullet_block_of_a_selection_holds_its_honour_when_the_count_agrees(extract_text):
    got = _awards(extract_text(_SELECTION, region="长沙市"))
    assert {("邓志远", "雨花最美工匠"), ("柯美玲", "雨花最美工匠"), ("雷振华", "雨花最美工匠")} <= got
    fewer = _SELECTION.replace("评出3名", "评出4名")
    assert not any(h == "雨花最美工匠" for _, h in _awards(extract_text(fewer, region="长沙市")))


def test_the_winners_of_a_quoted_selections_prize_listed_after_de_shi(extract_text):
    text = "获得2027年度“雨花最美工匠”提名奖的是：邓志远（长沙新材料有限公司）、柯美玲（雨花区人民医院）。"
    got = _awards(extract_text(text, region="长沙市"))
    assert {("邓志远", "雨花最美工匠提名奖"), ("柯美玲", "雨花最美工匠提名奖")} <= got


def test_a_name_after_an_office_may_end_in_a_place_final_the_tagger_cut_off(extract_text):
    for name in ("郑向店", "刘建社"):  # (the tagger reads 郑向|店, and 刘建社 whole)
        facts = extract_text(f"金桂茶叶专业合作社理事长{name}是省劳动模范，他介绍了经历。", region="长沙市")
        assert (name, "金桂茶叶专业合作社", "理事长") in posts(facts)


def test_a_quoted_stage_name_with_its_real_name_in_brackets_is_no_other_person(extract_text):
    facts = extract_text("网红主播“洞庭湖二丫”（本名 万晓雅）和“岳阳鱼哥”（本名 龚铁山）轮番上阵。", region="岳阳市")
    assert names(facts, "Person") == {"万晓雅", "龚铁山"}


def test_a_description_set_off_after_the_titles_leaves_them_the_names(extract_text):
    text = "大家来到长沙精工模具有限公司参观。公司副总经理、技术骨干江海涛向来宾展示了模具。"
    assert ("江海涛", "长沙精工模具有限公司", "副总经理") in posts(extract_text(text, region="长沙市"))


def test_a_mark_of_time_between_a_body_and_its_title(extract_text):
    def got(chain: str) -> set:
        return posts(extract_text(f"会上，{chain}刘洋讲话。", region="长沙市"))

    assert got("雨花区总工会现任秘书长") == {("刘洋", "雨花区总工会", "秘书长")}
    assert got("雨花区总工会原副主席") == set()
    assert got("雨花区总工会原副主席、现任秘书长") == {("刘洋", "雨花区总工会", "秘书长")}
    assert got("雨花区总工会前理事长、现任顾问") == {("刘洋", "雨花区总工会", "顾问")}


def test_a_present_office_at_a_body_of_its_own_is_held_after_a_past_one(extract_text):
    text = "曾任雨花区总工会主席、现任湖南省总工会副主席的刘洋出席会议。"
    assert ("刘洋", "湖南省总工会", "副主席") in posts(extract_text(text, region="长沙市"))
