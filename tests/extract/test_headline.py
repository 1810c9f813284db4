"""Family headline (kg.extract.headline): the headline's event is the body's."""

from __future__ import annotations

from tests.extract.facts_view import event, event_names, organizers


def test_the_headlines_event_is_the_event_the_body_reports(extract_text):
    facts = extract_text(
        "近日，永川区总工会组织干部职工开展“绿色永川”义务植树系列活动。",
        headline="永川区总工会开展义务植树",
        region="重庆市",
    )
    assert event_names(facts) == ["“绿色永川”义务植树系列活动"]
    assert "义务植树" in facts.events[0].aliases


def test_a_headline_of_a_generic_head_is_not_merged(extract_text):
    # 活动 / 会议 alone say too little to find the body's event
    facts = extract_text(
        "近日，永川区总工会在兴龙湖公园开展了职工健步走活动。", headline="永川区总工会开展读书活动", region="重庆市"
    )
    assert len(facts.events) == 2, event_names(facts)


def test_a_headline_of_a_generic_head_merges_with_the_body_event_ending_in_its_words(extract_text):
    facts = extract_text(
        "9月12日，江北区总工会到辖区企业开展双节慰问关爱活动。",
        headline="江北区总工会开展中秋节慰问关爱活动",
        region="重庆市",
    )
    assert event_names(facts) == ["双节慰问关爱活动"]
    assert "中秋节慰问关爱活动" in facts.events[0].aliases


def test_a_headline_event_named_whole_inside_the_body_event(extract_text):
    facts = extract_text(
        "近日，江北区总工会举办“劳动最美”宣传活动暨职工书屋揭牌仪式。",
        headline="江北区总工会举办“劳动最美”宣传活动",
        region="重庆市",
    )
    assert event_names(facts) == ["“劳动最美”宣传活动暨职工书屋揭牌仪式"]


def test_a_headline_naming_a_titled_campaign_is_that_campaign(extract_text):
    # the headline's 冬送温暖 is the title in quotes of the body's 2025年“冬送温暖”专项行动
    facts = extract_text(
        "1月以来，北碚区总工会启动2025年“冬送温暖”专项行动，走访慰问困难职工。",
        headline="北碚区总工会“冬送温暖”走进基层",
        region="重庆市",
    )
    campaign = event(facts, "2025年“冬送温暖”专项行动")
    assert "冬送温暖" in campaign.aliases
    assert "冬送温暖" not in event_names(facts)


def test_the_merged_headline_event_is_the_main_event(extract_text):
    facts = extract_text(
        "经过前期选拔培训，江北区第二届职工乒乓球赛于8月3日在区体育馆举行。",
        headline="江北区举办职工乒乓球赛",
        region="重庆市",
    )
    assert "乒乓球赛" in facts.events[0].ref.name, event_names(facts)


def test_the_headlines_subject_organises_the_main_event_the_body_gives_none(extract_text):
    # the body names the event by its short title only, with no subject
    facts = extract_text(
        "近日，“三送”活动在新华街道文化广场举行，活动为一线职工送去健康咨询和法律服务。",
        headline="城南区总工会开展工会服务职工三送活动",
        region="长沙市",
    )
    assert organizers(event(facts, "三送")) == ["城南区总工会"]


def test_a_union_before_the_headlines_event_organises_it(extract_text):
    # X总工会百场竞赛…: no verb, the union holds the event the headline names
    facts = extract_text(
        "3月18日，岳麓区“巾帼建新功”劳动和技能竞赛启动仪式在区职工服务中心举行，全区200余名选手参赛。",
        headline="岳麓区总工会百项竞赛比拼技能",
        region="长沙市",
    )
    assert organizers(event(facts, "劳动和技能竞赛")) == ["岳麓区总工会"]


def test_a_union_taking_part_in_the_headlines_event_does_not_organise_it(extract_text):
    facts = extract_text(
        "3月18日，全省职工技能大赛在长沙开幕，来自各市州的300余名选手参赛。",
        headline="岳麓区总工会参加全省职工技能大赛",
        region="长沙市",
    )
    assert organizers(event(facts, "技能大赛")) == []


def test_a_headline_verb_phrase_is_the_act_the_body_reports_first(extract_text):
    # X里送清凉 over …走进Y，为…送去凉茶: the headline sums up the act the body tells
    facts = extract_text(
        "8月5日，永川区总工会副主席李红带队走进双石镇茶园，为40余名采茶工人送去凉茶和毛巾。",
        headline="永川区总工会茶园里送清凉",
        region="重庆市",
    )
    assert len(facts.events) == 1, event_names(facts)
    assert "送清凉" in facts.events[0].aliases


def test_a_plaque_hung_in_the_headline_is_the_ceremony_the_body_reports(extract_text):
    # …挂牌启用 / …授牌 in the headline: an act done at an occasion, the ceremony held below
    facts = extract_text(
        "5月6日上午，江宁区总工会“职工书屋”集中启用仪式在东山街道文化中心举行。区总工会主席杨帆出席。",
        headline="江宁区首批20家“职工书屋”挂牌启用",
        region="南京市",
    )
    assert len(facts.events) == 1, event_names(facts)
    assert "挂牌" in facts.events[0].aliases
    facts = extract_text(
        "9月3日，高新区总工会在园区服务中心召开劳模创新工作室推进会。会上，区总工会为12家工作室授牌。",
        headline="高新区总工会为12家劳模创新工作室授牌",
        region="成都市",
    )
    assert len(facts.events) == 1, event_names(facts)
