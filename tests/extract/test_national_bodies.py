"""National bodies (bodies/national_bodies.tsv, kg.nlp.bodies): the central organs, the
ministries, the people's organisations and the national unions, by their official names
whatever short form a text prints."""

from __future__ import annotations

from tests.extract.facts_view import names, posts


def aliases(facts, name: str) -> set[str]:
    return next(info.aliases for ref, info in facts.entities.items() if ref.name == name)


def test_a_ministry_by_its_short_form_has_its_official_name(extract_text):
    facts = extract_text("近日，人社部、国资委联合印发通知，部署技能人才工作。")
    ministry = "中华人民共和国人力资源和社会保障部"
    assert {ministry, "国务院国有资产监督管理委员会"} <= names(facts, "Organization")
    assert {"人社部", "人力资源社会保障部", "人力资源和社会保障部"} <= aliases(facts, ministry)


def test_an_office_at_a_peoples_organisation_by_its_short_form(extract_text):
    facts = extract_text("全国妇联副主席周雅出席启动仪式。")
    assert ("周雅", "中华全国妇女联合会", "副主席") in posts(facts)


def test_a_central_department_and_office_by_their_short_forms(extract_text):
    facts = extract_text("中宣部、中央文明办和全国总工会日前联合发布榜单。")
    assert {"中共中央宣传部", "中央精神文明建设指导委员会办公室"} <= names(facts, "Organization")
    assert "中华全国总工会" in names(facts, "TradeUnion")


def test_a_short_form_inside_another_word_is_no_national_body(extract_text):
    facts = extract_text("该公司安全总监韩立介绍了经验。")
    assert "中华全国总工会" not in names(facts, "TradeUnion")


def test_a_form_after_a_level_word_is_the_areas_body(extract_text):
    facts = extract_text("区应急管理部会同区总工会开展安全检查。", region="株洲市")
    assert "中华人民共和国应急管理部" not in names(facts, "Organization")
    facts = extract_text("市国资委主任郭林出席。", region="株洲市")
    assert "国务院国有资产监督管理委员会" not in names(facts, "Organization")


def test_a_short_form_before_men_is_a_kind_of_department(extract_text):
    facts = extract_text("各级财政部门要保障工会经费。")
    assert "中华人民共和国财政部" not in names(facts, "Organization")


def test_a_department_of_the_national_union(extract_text):
    facts = extract_text("全国总工会宣传教育部部长林涛出席。")
    assert ("林涛", "中华全国总工会", "宣传教育部部长") in posts(facts)


def test_the_secretariat_of_the_national_union_is_an_organ_of_it(extract_text):
    facts = extract_text("全总书记处书记许文、书记处第一书记顾军到企业调研。")
    assert ("许文", "中华全国总工会", "书记处书记") in posts(facts)
    assert ("顾军", "中华全国总工会", "书记处第一书记") in posts(facts)


def test_the_youth_leagues_committee_of_a_level(extract_text):
    facts = extract_text("团省委副书记方晴出席活动并颁奖。", region="湖南省")
    assert ("方晴", "共青团湖南省委员会", "副书记") in posts(facts)
    assert "中共湖南省委员会" not in names(facts, "Organization")


def test_an_office_at_the_national_congress(extract_text):
    facts = extract_text("全国人大常委会副委员长孙平出席会议。")
    assert ("孙平", "全国人民代表大会常务委员会", "副委员长") in posts(facts)


def test_the_peoples_organisations_of_an_area_by_the_level_word(extract_text):
    facts = extract_text("省工商联副主席方晴、省科协主席林雪出席活动。", region="湖南省")
    assert ("方晴", "湖南省工商业联合会", "副主席") in posts(facts)
    assert ("林雪", "湖南省科学技术协会", "主席") in posts(facts)


def test_a_ministry_merged_away_since_by_the_name_an_older_article_prints(extract_text):
    facts = extract_text("铁道部、农业部和全国总工会联合召开表彰会。")
    assert {"中华人民共和国铁道部", "中华人民共和国农业部"} <= names(facts, "Organization")
    assert "农业部" in aliases(facts, "中华人民共和国农业部")


def test_a_special_administrative_regions_union_federation_by_its_short_form(extract_text):
    facts = extract_text("今天工联会举办劳动节酒会，工联会理事长陈家明致辞。澳门工联总会亦派员出席。")
    assert {"香港工会联合会", "澳门工会联合总会"} <= names(facts, "TradeUnion")
    assert "工联会" in aliases(facts, "香港工会联合会")


def test_a_short_form_of_several_regions_federations_is_the_one_of_the_region(extract_text):
    """工联会 on a Macao page is the Macao federation (named in full before, and the page's
    region), not Hong Kong's; it is located in the region its name opens with."""
    facts = extract_text("澳门工会联合总会属下两个工会合办讲座，工联会理事长梁家明致辞。", region="澳门特别行政区")
    assert names(facts, "TradeUnion") == {"澳门工会联合总会"}
    assert "工联会" in aliases(facts, "澳门工会联合总会")
    assert ("梁家明", "澳门工会联合总会", "理事长") in posts(facts)
    located = {ref.name: info.located_in.name for ref, info in facts.entities.items() if info.located_in}
    assert located["澳门工会联合总会"] == "澳门特别行政区"
    # on a page of Hong Kong, Hong Kong's
    facts = extract_text("工联会今日举办就业讲座，工联会理事长梁家明致辞。", region="香港特别行政区")
    assert names(facts, "TradeUnion") == {"香港工会联合会"}


def test_a_companys_department_named_like_a_ministry_is_no_ministry(extract_text):
    # 集团公司安全环保部: the company's department; 环保部 alone is the ministry
    facts = extract_text("湘岳重工集团有限公司召开安全生产会议，集团公司安全环保部负责人柯一鸣通报情况。")
    assert "中华人民共和国环境保护部" not in names(facts, "Organization"), names(facts, "Organization")
    facts = extract_text("会议由环保部有关负责同志主持。")
    assert "中华人民共和国环境保护部" in names(facts, "Organization"), names(facts, "Organization")


def test_a_short_form_glued_after_an_adjective_is_a_units_compound_name(extract_text):
    # 安全环保部 in a roster: the firm's department, its name run on from an adjective
    facts = extract_text("报名名单：\n1. 邵青禾 安全环保部（领队）\n2. 伍岚 财务部\n")
    assert "中华人民共和国环境保护部" not in names(facts, "Organization"), names(facts, "Organization")
    facts = extract_text("市总工会会同环保部专家开展检查。")
    assert "中华人民共和国环境保护部" in names(facts, "Organization"), names(facts, "Organization")


def test_another_nations_body_of_the_same_name_is_not_chinas(extract_text):
    # (中华民国全国总工会: Taiwan's federation, 某国全国…: a foreign one, never the ACFTU)
    facts = extract_text("中华民国全国总工会副理事长罗国栋、台南市总工会理事长施明辉到场祝贺。")
    assert "中华全国总工会" not in names(facts, "TradeUnion")
    assert ("罗国栋", "中华民国全国总工会", "副理事长") in posts(facts)
    facts = extract_text("中国全国总工会代表团出席会议，团长许文致辞。")
    assert "中华全国总工会" in names(facts, "TradeUnion")
