"""Names of places and bodies of session 56's pages (invented text).

A. A town the registry names by a one-character stem and its ending doubled (X镇镇) is
   written with one ending (X镇), unless that is an everyday word (古镇, 新镇).
B. A joining verb and a level's one character (联合镇) after an adverb or a pronoun is the
   verb before a body named by its level (还将联合|镇卫生院), no town.
C. A bureau of culture, tourism and broadcasting (县文化旅游和广播电视局) keeps the 和 of its name.
D. A word of three opening with a surname that the tagger took for a pronoun (那丽娟) right
   after an office is a name.
E. Two characters glued before a route's kind (某绥高速, 某某铁路) are the initials of the
   places it joins, no person; a project unit's name goes on over them and the works it is
   named by (某绥高速改扩建项目部).
F. A venue framed as an event's place is named by a river's name of three, whatever the
   tagger calls it (小凌河/a 冰雪乐园); a station a party sets off from (从某站出发) is a place.
G. A shop named by an area, a street of it and a trade name (某区某巷老刘家餐厅) is a body; so
   is a courier's outlet named by brand, trade and place (某某速运某镇网点).
H. A row's cell of four read as two surnames and a given name (安全生产) is no name when the
   tagger reads two words of no name in it (安全/ad 生产/vn).
I. A union's assembly or committee named bare before 制度 (坚持职工代表大会制度) is the system of
   such bodies, no body.
"""

from __future__ import annotations

import pytest


def test_a_town_of_a_doubled_ending_is_written_with_one(gaz) -> None:
    assert [a.name for a in gaz.lookup("淮镇")] == ["淮镇镇"]


@pytest.mark.parametrize("word", ["古镇", "新镇", "旧镇"])
def test_an_everyday_word_is_no_doubled_town(gaz, word) -> None:
    assert word + word[-1] not in {a.name for a in gaz.lookup(word)}


def test_a_town_of_one_ending_is_found_in_text(labelled) -> None:
    assert "淮镇" in labelled("下个月，县总工会还将在淮镇、陌南镇各办一场招聘会。", "AREA")


def test_an_old_town_is_no_area(labelled) -> None:
    assert not labelled("游客在古镇里逛了一整天。", "AREA")


@pytest.mark.parametrize(
    "text",
    ["驿站下一步还将联合镇卫生院开展体检。", "他们也联合乡卫生院开展义诊。", "服务站已联合镇派出所开展巡查。"],
)
def test_a_joining_verb_before_a_level_body_is_no_town(labelled, text) -> None:
    assert not {a for a in labelled(text, "AREA") if a.startswith("联合")}


@pytest.mark.parametrize("text", ["招聘会在联合镇举办。", "联合镇卫生院开展义诊。"])
def test_the_town_named_so_stays_an_area(labelled, text) -> None:
    assert "联合镇" in labelled(text, "AREA")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("本届比赛由县总工会主办，县文化旅游和广播电视局承办。", "县文化旅游和广播电视局"),
        ("宁远县文化广播电视和旅游局局长张三出席。", "宁远县文化广播电视和旅游局"),
    ],
)
def test_a_bureau_of_culture_and_broadcasting_keeps_its_he(labelled, text, name) -> None:
    assert name in labelled(text, "ORG")


@pytest.mark.parametrize(
    "text",
    ["市总工会副主席那丽娟到车站为劳模送行。", "县总工会副主席那秀芳到场指导。"],
)
def test_a_name_read_as_a_pronoun_after_an_office_is_a_name(labelled, text) -> None:
    assert {n for n in labelled(text, "PERSON") if n.startswith("那")}


def test_a_pronoun_after_an_office_names_no_one(labelled) -> None:
    assert not labelled("副主席那些人到了。", "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "该公司承建的宁绥高速改扩建工程进展顺利。",
        "宁绥铁路全线通车。",
        "龙江路桥集团有限公司宁绥高速改扩建项目部总工程师",
    ],
)
def test_the_initials_of_a_route_are_no_person(labelled, text) -> None:
    assert "宁绥" not in labelled(text, "PERSON")


def test_a_project_unit_keeps_its_route_and_works(labelled) -> None:
    orgs = labelled("龙江路桥集团有限公司宁绥高速改扩建项目部总工程师王强说。", "ORG")
    assert any(o.endswith("宁绥高速改扩建项目部") for o in orgs)
    assert "扩建项目部" not in orgs


def test_a_river_read_as_an_adjective_is_a_proper_word(tagged) -> None:
    from kg.nlp.tokens import Tokens
    from kg.nlp.venues import feature_word

    doc = tagged(("运动会", "n"), ("在", "p"), ("大柳河", "a"), ("冰雪", "n"), ("乐园", "n"), ("开幕", "v"))
    tk = Tokens(doc)
    assert feature_word(tk, 4, 9)
    assert not feature_word(tk, 7, 9)


def test_a_park_named_after_a_river_is_a_framed_venue(labelled) -> None:
    text = "3月2日，县第二届职工冰雪运动会在小柳河冰雪乐园开幕，300余名职工参赛。"
    assert "小柳河冰雪乐园" in labelled(text, "PLACE")


def test_a_station_a_party_sets_off_from_is_a_place(labelled) -> None:
    text = "5月8日一早，市总工会组织的首批劳模疗休养团从锦州站出发。"
    assert "锦州站" in labelled(text, "PLACE")


@pytest.mark.parametrize("text", ["队伍从公司出发。", "慰问团从市总工会机关出发。"])
def test_setting_off_from_a_body_names_no_place(labelled, text) -> None:
    assert not labelled(text, "PLACE")


def test_a_shop_named_by_its_area_and_street_is_a_body(labelled) -> None:
    text = "区总工会为某某餐饮管理有限公司、城南区幸福巷老刘家羊肉餐厅授予“示范企业”牌匾。"
    assert "城南区幸福巷老刘家羊肉餐厅" in labelled(text, "ORG")


@pytest.mark.parametrize("text", ["会后大家在城南区幸福巷一家餐厅用餐。", "活动在城南区人民路的老王餐厅举行。"])
def test_a_shop_described_after_a_street_is_no_named_body(labelled, text) -> None:
    assert not {o for o in labelled(text, "ORG") if o.startswith("城南区")}


def test_a_courier_outlet_named_by_brand_and_place_is_a_body(labelled) -> None:
    text = "活动中，顺捷速运城关网点负责人王明当选工会主席。"
    assert "顺捷速运城关网点" in labelled(text, "ORG")
    assert "顺捷" not in labelled(text, "PERSON")


def test_a_phrase_of_two_words_in_a_name_cell_is_no_name(labelled) -> None:
    assert not labelled("05　安全生产　　高温作业“八不准”", "PERSON")


def test_a_married_womans_name_in_a_cell_stays_a_name(labelled) -> None:
    assert "陈李美玲" in labelled("3　陈李美玲　女　某公司经理", "PERSON")


def test_the_system_of_assemblies_is_no_body(labelled) -> None:
    text = "主席在讲话中要求新一届工会委员会坚持职工代表大会制度，把各项条款落实到班组。"
    assert "职工代表大会" not in labelled(text, "ORG")


def test_a_committee_named_bare_stays_a_body(labelled) -> None:
    assert "女职工委员会" in labelled("会议审议了女职工委员会工作报告。", "ORG")
