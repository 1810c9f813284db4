"""Awards of session 55 (invented names and places).

A. “X”获得者 then the names with no mark between (“X”获得者A、B、C等5人): the first name holds X too.
B. 为获评“X”的N名同志颁发证书，A、B等受到表彰 (or 为N名“X”颁发证书，…): the people of the next clause,
   up to its verb of being honoured, hold X; a clause with no such verb gives nothing.
C. A place won with 取得, in the item set before the verb (由A在电工项目取得第三名): A holds the
   item's place.
D. <item><place>为<unit的><job>A (美发师冠军为某公司的发型师A): A holds the item's place; a clause
   the name does not end (冠军为A颁奖) gives nothing.
E. A winners' list under labels alone on their lines with a note (获奖个人（部分）): a label of
   the holders' kind stands for the honour given to that kind above; a row's person holds it,
   wherever the cell (姓名　工种　单位 or 单位　姓名), a name the tagger missed in the first or last
   cell of a person's row too; a line of bodies set apart by gaps holds one each.
"""

from __future__ import annotations

import pytest


def _awards(facts) -> set[tuple[str, str]]:
    return {(ref.name, honour) for ref, honour, _ in facts.awards}


# A ------------------------------------------------------------------------------------------


def test_holders_named_right_after_the_word_of_holders(extract_text):
    body = "颁奖环节，与会领导为2026年度“青川工匠”获得者喻志坤、卓晓云、祁振东等6人颁发了证书和奖牌。"
    found = _awards(extract_text(body, region="青川县"))
    assert {("喻志坤", "青川工匠"), ("卓晓云", "青川工匠"), ("祁振东", "青川工匠")} <= found


# B ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "handed",
    [
        "会上，区人大常委会副主任郝振邦为获评“云溪区优秀工会积极分子”的12名同志颁发证书，",
        "会上，区人大常委会副主任郝振邦为12名“云溪区优秀工会积极分子”颁发荣誉证书，",
    ],
)
def test_people_honoured_after_a_class_handed_its_honour(extract_text, handed):
    body = handed + "湘江街道总工会主席柴丽雯、岳华纺织有限公司工会主席卢志勇等受到表彰。"
    found = _awards(extract_text(body, region="岳阳市"))
    honour = "云溪区优秀工会积极分子"
    assert {("柴丽雯", honour), ("卢志勇", honour)} <= found


def test_a_clause_after_the_class_saying_no_honouring_gives_nothing(extract_text):
    body = (
        "会上，区人大常委会副主任郝振邦为获评“云溪区优秀工会积极分子”的12名同志颁发证书，"
        "湘江街道总工会主席柴丽雯主持颁奖仪式。"
    )
    found = _awards(extract_text(body, region="岳阳市"))
    assert ("柴丽雯", "云溪区优秀工会积极分子") not in found


# C ------------------------------------------------------------------------------------------


def test_a_place_taken_in_the_item_set_before_the_verb(extract_text):
    body = "第五届长江中游职工技能大赛昨日闭幕。江西队则由九江选手邬振宇在钳工项目取得第二名，为该队历届最佳成绩。"
    found = _awards(extract_text(body, region="九江市"))
    assert ("邬振宇", "钳工项目第二名") in found


# D ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("copula", ["为", "是"])
def test_an_items_place_whose_winner_ends_the_clause(extract_text, copula):
    body = (
        "第五届长江中游职工技能大赛昨日闭幕。赛果方面，焊工冠军由九江永昌重工有限公司技师邬振宇夺得；"
        f"茶艺师冠军{copula}九江庐峰茶业有限公司的评茶员仇雅静。"
    )
    found = _awards(extract_text(body, region="九江市"))
    assert ("仇雅静", "茶艺师冠军") in found


def test_a_place_given_for_by_its_winner_is_no_copula(extract_text):
    body = "第五届长江中游职工技能大赛昨日闭幕。茶艺师冠军为九江庐峰茶业有限公司赢得荣誉，仇雅静表示很激动。"
    found = _awards(extract_text(body, region="九江市"))
    assert not any(name == "仇雅静" for name, _ in found)


# E ------------------------------------------------------------------------------------------

_LISTS = (
    "5月8日，长兴市2026年度职工技能竞赛表彰会召开。会上，15名职工被授予“长兴市技术标兵”称号，"
    "8个班组被授予“长兴市先进班组”称号；市总工会另命名6个单位为“竞赛组织奖单位”。部分获奖名单如下：\n"
    "获奖班组（部分）\n"
    "长兴华腾机械有限公司装配一班\n"
    "长兴临河水务有限公司\n"
    "竞赛组织奖单位（部分）\n"
    "东岙镇总工会　西塘镇总工会　南浔区总工会\n"
    "获奖个人（排名不分先后）\n"
    "蒲江源　钳工　长兴华腾机械有限公司\n"
    "付大同　电工　长兴临河水务有限公司\n"
    "韩洛川　焊工　长兴华腾机械有限公司\n"
    "长兴市中心医院　柴阳城\n"
    "长兴市第一中学　葛青岚\n"
    "这些先进典型来自生产一线。"
)


def test_a_kind_label_stands_for_the_honour_given_to_that_kind(extract_text):
    found = _awards(extract_text(_LISTS, region="长兴县"))
    people = {"蒲江源", "付大同", "韩洛川", "柴阳城", "葛青岚"}
    assert {(p, "长兴市技术标兵") for p in people} <= found
    assert not any(honour == "竞赛组织奖单位" for name, honour in found if name in people)


def test_a_line_of_bodies_set_apart_holds_one_each(extract_text):
    found = _awards(extract_text(_LISTS, region="长兴县"))
    unions = {name for name, honour in found if honour == "竞赛组织奖单位"}
    assert {"东岙镇总工会", "西塘镇总工会", "南浔区总工会"} <= unions


def test_a_unit_first_row_is_its_persons(extract_text):
    found = _awards(extract_text(_LISTS, region="长兴县"))
    assert ("长兴市中心医院", "长兴市技术标兵") not in found
    assert ("长兴市第一中学", "长兴市技术标兵") not in found


def test_a_row_of_a_unit_and_a_job_names_no_person(extract_text):
    body = (
        "会上，15名职工被授予“长兴市技术标兵”称号。部分获奖名单如下：\n"
        "获奖个人（部分）\n"
        "长兴华腾机械有限公司　钳工组长\n"
        "长兴临河水务有限公司　高级工\n"
    )
    found = _awards(extract_text(body, region="长兴县"))
    assert not any(name in {"钳工组长", "高级工"} for name, _ in found)


def test_a_kind_label_ends_the_list_above_though_it_stand_for_nothing(extract_text):
    body = (
        "会上，市总工会命名6个单位为“竞赛组织奖单位”，并表彰了一批先进个人。部分名单如下：\n"
        "竞赛组织奖单位（部分）\n"
        "东岙镇总工会　西塘镇总工会\n"
        "获奖个人（部分）\n"
        "蒲江源　钳工　长兴华腾机械有限公司\n"
        "长兴市中心医院　柴阳城\n"
    )
    found = _awards(extract_text(body, region="长兴县"))
    assert ("东岙镇总工会", "竞赛组织奖单位") in found
    assert not any(name in {"蒲江源", "柴阳城"} for name, _ in found)


def test_a_row_of_a_teams_list_is_the_teams_not_its_leaders(extract_text):
    body = (
        "竞赛表彰名单如下：\n"
        "◆ 示范班组（2个）：\n"
        "· BX-1标 清溪河大桥钢筋班 班组长 祁振东\n"
        "· BX-2标 岭口隧道掘进班 班组长 卓晓云\n"
    )
    found = _awards(extract_text(body, region="黔江区"))
    assert not any(name in {"祁振东", "卓晓云"} for name, _ in found)


def test_a_label_over_a_tables_heads_leaves_the_table_to_its_reader(extract_text):
    body = (
        "会议对5个先进集体和10名先进个人进行表彰。部分获奖名单如下：\n"
        "先进个人（部分）\n"
        "姓 名\n单位\n职务/工种\n奖 项\n"
        "喻志坤\n一工区\n工区长\n劳动竞赛先进个人\n"
        "卓晓云\n中心试验室\n试验员\n技术能手\n"
    )
    found = _awards(extract_text(body, region="怀化市"))
    assert ("喻志坤", "先进个人") not in found
    assert ("卓晓云", "先进个人") not in found


def test_holders_named_as_a_noun_receive_nothing(extract_text):
    body = "本次宣讲团由市总工会从全市各级劳动模范、五一劳动奖章获得者和“兴安工匠”中遴选的9名成员组成。"
    found = _awards(extract_text(body, region="乌兰察布市"))
    assert not any(honour == "兴安工匠" for _, honour in found)


def test_a_label_with_a_note_before_its_colon(extract_text):
    body = "会上，20名职工被授予“兴和市技术标兵”称号。\n技术标兵（排名不分先后）：韩洛川、葛青岚、邵文华\n"
    found = _awards(extract_text(body, region="兴和县"))
    assert {("韩洛川", "兴和市技术标兵"), ("葛青岚", "兴和市技术标兵"), ("邵文华", "兴和市技术标兵")} <= found


def test_rows_under_a_list_announced_with_no_label(extract_text):
    body = (
        "会上，50名职工被授予“兴和市技术标兵”称号，部分获奖名单如下：\n"
        "付大同　电工　兴和临河水务有限公司\n"
        "兴和市中心医院　柴阳城\n"
        "会议还部署了下一阶段工作。"
    )
    found = _awards(extract_text(body, region="兴和县"))
    assert {("付大同", "兴和市技术标兵"), ("柴阳城", "兴和市技术标兵")} <= found


def test_a_list_announced_under_two_honours_is_no_ones(extract_text):
    body = (
        "会上，50名职工被授予“兴和市技术标兵”称号，20名职工被授予“兴和市岗位能手”称号，部分获奖名单如下：\n"
        "付大同　电工　兴和临河水务有限公司\n"
    )
    found = _awards(extract_text(body, region="兴和县"))
    assert not any(name == "付大同" for name, _ in found)


@pytest.mark.parametrize("label", ["获奖职工（部分）", "受表彰职工名单", "获奖个人"])
def test_a_label_naming_the_listed_people(extract_text, label):
    body = (
        "会上，6个班组被授予“兴和市先进班组”称号，30名职工被授予“兴和市岗位能手”称号。部分获奖名单如下：\n"
        "获奖班组（部分）\n"
        "兴和华腾机械有限公司装配一班\n"
        f"{label}\n"
        "付大同　电工　兴和临河水务有限公司\n"
        "兴和市中心医院　柴阳城\n"
    )
    found = _awards(extract_text(body, region="兴和县"))
    assert {("付大同", "兴和市岗位能手"), ("柴阳城", "兴和市岗位能手")} <= found


def test_an_honour_the_giver_after_you_gives_the_subject(extract_text):
    body = (
        "9月6日，青川县第二届职工茶艺技能大赛举行。\n"
        "一等奖：喻志坤（青川县茶叶公司）\n"
        "一等奖获得者由县总工会授予“青川县技术标兵”称号。"
    )
    found = _awards(extract_text(body, region="青川县"))
    assert ("喻志坤", "青川县技术标兵") in found
