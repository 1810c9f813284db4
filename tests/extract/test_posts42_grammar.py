"""Posts of session 42: a bargaining side's spokesman, a company's fact box, a workshop's head."""

from __future__ import annotations

from tests.extract.facts_view import posts
from tests.ingest.page_reading import read_page_articles


def test_a_bargaining_sides_spokesman_is_no_office_and_keeps_the_titles_before_it(extract_text):
    text = (
        "长沙湘江机械有限公司（以下简称“公司”）召开职代会。公司工会女职工委员会主任李静发言。"
        "会后，公司党委副书记、工会主席、职工方首席代表刘洋与公司董事、副总经理、企业方首席代表王强签字。"
    )
    found = posts(extract_text(text, region="长沙市"))
    assert {
        ("刘洋", "长沙湘江机械有限公司", "党委副书记"),
        ("刘洋", "长沙湘江机械有限公司工会", "主席"),
        ("王强", "长沙湘江机械有限公司", "董事"),
        ("王强", "长沙湘江机械有限公司", "副总经理"),
    } <= found
    assert not any(role.endswith("首席代表") for _, _, role in found)


def test_a_workshop_named_by_its_process_is_the_company_s_unit(extract_text):
    found = posts(extract_text("会上，长沙湘江机械有限公司缝纫车间主任刘洋发言。", region="长沙市"))
    assert ("刘洋", "长沙湘江机械有限公司", "缝纫车间主任") in found
    assert not posts(extract_text("雨花区总工会慰问车间主任刘洋。", region="长沙市"))


def test_a_workshop_opening_the_clause_after_a_company_the_sentence_is_set_in(extract_text):
    found = posts(extract_text("在长沙湘江机械有限公司，装配车间主任刘洋被工友们叫作“刘一刀”。", region="长沙市"))
    assert ("刘洋", "长沙湘江机械有限公司", "装配车间主任") in found


def test_a_pronoun_elected_holds_the_office_of_the_one_person_named_before(extract_text):
    text = "刘洋是长沙湘江机械有限公司的焊工。今年3月，她当选长沙市总工会兼职副主席。"
    assert ("刘洋", "长沙市总工会", "副主席") in posts(extract_text(text, region="长沙市"))
    text = "刘洋和李静是同事。今年3月，她当选长沙市总工会兼职副主席。"
    assert not posts(extract_text(text, region="长沙市"))


def test_the_officer_fields_of_a_company_s_fact_box_are_offices_at_the_company_it_names(extract_text):
    box = (
        "公司全称：长沙湘江机械股份有限公司\n上市日期：2020-06-29　　所属行业：通用设备制造业\n"
        "法定代表人：刘洋　　董事会秘书：李静\n"
    )
    found = posts(extract_text("长沙湘江机械股份有限公司召开职代会。\n\n公司资料\n" + box, region="长沙市"))
    assert {
        ("刘洋", "长沙湘江机械股份有限公司", "法定代表人"),
        ("李静", "长沙湘江机械股份有限公司", "董事会秘书"),
    } <= found
    # no name field above: whose officers the fields are the text does not say
    assert not posts(
        extract_text("长沙湘江机械股份有限公司召开职代会。\n\n法定代表人：刘洋　　董事会秘书：李静\n", region="长沙市")
    )


def test_a_bracket_glossing_who_a_union_s_leader_was_names_the_union_s_offices(extract_text):
    text = (
        "昨天去参加了雨花区总工会办的联谊会。\n"
        "开场是区总工会领导讲话（后来看“雨花工会”公众号才知道是党组书记、常务副主席刘洋，讲得很短）\n"
    )
    found = posts(extract_text(text, region="长沙市"))
    assert {("刘洋", "雨花区总工会", "党组书记"), ("刘洋", "雨花区总工会", "常务副主席")} <= found
    text = (
        "昨天去参加了雨花区总工会办的联谊会。\n"
        "开场是区总工会领导讲话（后来问了长沙市总工会才知道是党组书记、常务副主席刘洋）\n"
    )
    assert not posts(extract_text(text, region="长沙市"))


def test_a_profile_sentence_opening_with_xianren_is_the_profile_s_person_s_office(extract_text):
    text = (
        "　　【编者按】刘洋，1952年生，湖南浏阳人，中共党员。1971年参加工作，在湘江煤矿井下采煤十余年，"
        "此后长期从事工会工作，曾任长沙市雨花区总工会主席、长沙市总工会主席，2012年退休。"
        "现任长沙市劳动模范协会名誉会长。\n"
    )
    assert posts(extract_text(text, region="长沙市")) == {("刘洋", "长沙市劳动模范协会", "名誉会长")}
    assert not posts(extract_text("刘洋向李静学艺。现任长沙市劳动模范协会名誉会长。", region="长沙市"))
    header = "采访、整理：李静\n采访地点：长沙市雨花区寓所\n"
    assert not posts(extract_text(header + "1971年参加工作。现任长沙市劳动模范协会名誉会长。", region="长沙市"))


def test_a_profile_a_printed_page_wrapped_is_one_paragraph_when_read(tmp_path):
    """The lines a book's page wrapped mid-word are joined by ingest (kg.ingest.repair), so the
    paragraph that names the profile's person reaches the line of its 现任 sentence."""
    page = (
        "刘洋口述\n\n"
        "　　【编者按】刘洋，1952年生，湖南浏阳人，中共党员。1971年参加工作，在湘江煤\n"
        "矿井下采煤十余年，此后长期从事工会工作，曾任长沙市雨花区总工会主席、长沙市总\n"
        "工会主席，2012年退休。现任长沙市劳动模范协会名誉会长。\n"
    )
    texts = [text for _headline, _credits, text in read_page_articles(tmp_path, page, "profile")]
    assert any("刘洋，1952年生" in line and "现任" in line for text in texts for line in text.splitlines())
