"""Bodies read by their grammar (session 50): a past office's mark before a body's name, words
glued before a county's or a city's federation, a body referred to as 本委员会 after a verb,
classes of firms and of areas, the short forms of a branch company and of a cooperative, and
the endings of a grain depot, a cooperatives' federation, a works and a design studio."""

from __future__ import annotations

import pytest

from tests.extract.facts_view import names, relations


def _bodies(facts) -> set[str]:
    return names(facts, "TradeUnion") | names(facts, "Organization")


@pytest.mark.parametrize(
    ("text", "region", "union"),
    [
        ("2025年对原南木林县总工会主席的离任审计发现问题3个。", "日喀则市", "南木林县总工会"),
        ("会议由新圩镇总工会主持。原镇总工会主席韦立新因工作调动，不再担任该职务。", "来宾市", None),
        ("| 7 | 覃春兰 | 县总工会（退休） | 原县总工会副主席 | 0772-42***** |", "来宾市", None),
    ],
)
def test_a_past_offices_mark_opens_no_bodys_name(extract_text, text, region, union):
    """原|县总工会主席, 原|武宣县总工会主席: 原 marks the office a past one; the body is the one
    named after it (the level's in context, or the area's), never 原县总工会."""
    bodies = _bodies(extract_text(text, region=region))
    assert not any(b.startswith("原") for b in bodies), bodies
    assert union is None or union in bodies, bodies


@pytest.mark.parametrize(
    "text",
    ["审计中督促市总工会及时拨付经费。", "· 事业编进县总工会，和去乡镇比哪个好？"],
)
def test_words_glued_before_a_federations_level_word_are_no_part_of_it(extract_text, text):
    """审计中督促|市总工会, 事业编进|县总工会: no county or city of the register ends there, so the
    words are the clause's and the body is the level's federation in context."""
    bodies = _bodies(extract_text(text, region="钦州市"))
    assert not any("督促" in b or "编进" in b for b in bodies), bodies


@pytest.mark.parametrize(
    ("text", "union"), [("灵山县总工会召开全委会。", "灵山县总工会"), ("青原市总工会召开全委会。", "青原市总工会")]
)
def test_a_federation_named_after_a_county_or_a_two_character_stem_keeps_its_name(extract_text, text, union):
    """A county of the register, or a stem of two characters the register lacks (a city of an
    invented page, which may end in 原 too): the name, not the level's."""
    bodies = _bodies(extract_text(text, region="钦州市"))
    assert union in bodies, bodies


@pytest.mark.parametrize("text", ["经本委员会主持调解，双方达成如下协议：", "请将收据复印件交本委员会备案。"])
def test_this_committee_after_a_glued_verb_is_no_name(extract_text, text):
    """经本|委员会, 复印件交本|委员会: 本委员会 is the committee the page speaks of, the words
    before it the clause's: no organisation of that name."""
    assert not any(b.endswith("本委员会") for b in _bodies(extract_text(text))), _bodies(extract_text(text))


@pytest.mark.parametrize(
    "text",
    ["三是小微企业工会经费管理还不够规范。", "对灵山县、浦北县等边远县总工会实行现场审计。", "偏远县总工会经费不足。"],
)
def test_classes_of_firms_and_of_areas_name_no_union(extract_text, text):
    """小微企业工会, 边远县总工会: the unions of a class of firms or of areas, none named."""
    unions = names(extract_text(text, region="钦州市"), "TradeUnion")
    assert not any(u.startswith(("小微", "边远", "偏远")) for u in unions), unions


def test_a_branch_named_after_its_parents_name_without_the_legal_form_is_the_branch(extract_text):
    """某某矿业有限公司东山分公司 … 某某矿业东山分公司: the parent's own name, its legal form
    left out, and the branch's: one body."""
    text = "| 3 | 黎志强 | 金桥鑫达矿业有限公司东山分公司 | 班长 |\n| 4 | 韦红 | 鑫达矿业东山分公司 | 工会主席 |"
    bodies = names(extract_text(text, region="钦州市"), "Organization")
    assert "金桥鑫达矿业有限公司东山分公司" in bodies and "鑫达矿业东山分公司" not in bodies, bodies


def test_a_cooperative_named_by_its_trade_name_is_the_cooperative(extract_text):
    """灵山县禾丰水稻专业合作社 … 禾丰合作社: its trade name and 合作社, one body."""
    text = "| 3 | 黎志强 | 灵山县禾丰水稻专业合作社 | 理事长 |\n| 4 | 韦红 | 禾丰合作社（列席） | 社员 |"
    bodies = names(extract_text(text, region="钦州市"), "Organization")
    assert "灵山县禾丰水稻专业合作社" in bodies and "禾丰合作社" not in bodies, bodies


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("| 16 | 黄德明 | 浦北县粮食储备库 | 保管员 |", "浦北县粮食储备库"),
        ("| 18 | 梁晓光 | 浦北县农村信用合作联社 | 工会主席 |", "浦北县农村信用合作联社"),
        ("焊工 二等奖 陆春生 浦北县张黄镇宏发家具厂 91.20", "浦北县张黄镇宏发家具厂"),
        ("灵山县檀圩镇木兰设计工作室设计师陈小梅获三等奖。", "檀圩镇木兰设计工作室"),
    ],
)
def test_a_depot_a_cooperatives_federation_a_works_and_a_studio_are_bodies(extract_text, text, body):
    """…粮食储备库, …农村信用合作联社, …家具厂, …设计工作室 after their areas: bodies (named from
    the innermost area on, as every body is)."""
    bodies = names(extract_text(text), "Organization")
    assert body in bodies, bodies


def test_a_workroom_named_after_a_model_worker_stays_no_firm(extract_text):
    """“某某劳模创新工作室”: a workroom, no firm (only a design studio is one)."""
    bodies = names(extract_text("市总工会为“黄文强劳模创新工作室”授牌。", region="钦州市"), "Organization")
    assert not any(b.endswith("工作室") for b in bodies), bodies


def test_a_committee_after_the_unions_of_several_areas_is_none_of_a_named_union(extract_text):
    """10个县（区）总工会经审会主任: the committees of unions no name gives, not the committee of
    the union named before them in the sentence."""
    text = "市总工会经审会举办培训班，灵山县总工会承办，10个县（区）总工会经审会主任参加。"
    bodies = names(extract_text(text, region="钦州市"), "Organization")
    assert not any(b.startswith("灵山县") for b in bodies), bodies


def test_an_area_the_page_says_another_belongs_to_is_its_container(extract_text):
    """某地区在行政上属于某自治州: the page's own statement, whatever the register files it under;
    a question says nothing."""
    facts = extract_text("对，阿勒泰地区在行政上属于伊犁哈萨克自治州，业务上对接地区总工会。")
    assert ("阿勒泰地区", "伊犁哈萨克自治州") in relations(facts, "partOf"), relations(facts, "partOf")
    facts = extract_text("阿勒泰地区属于伊犁哈萨克自治州吗？")
    assert ("阿勒泰地区", "伊犁哈萨克自治州") not in relations(facts, "partOf")
