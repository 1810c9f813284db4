"""What an event's sentence says of it (kg.extract.event_details): organisers, place, date, count."""

from __future__ import annotations

import pytest

from tests.extract.facts_view import event, organizers


def locations(ev) -> list[str]:
    return [ref.name for ref, _ in ev.locations]


def test_the_organisers_named_by_you_zhuban(extract_text):
    facts = extract_text("近日，由雨花区总工会、天心区总工会联合主办的职工读书分享会在区图书馆举行。", region="长沙市")
    assert organizers(event(facts, "读书分享会")) == ["雨花区总工会", "天心区总工会"]


def test_the_bodies_that_set_up_a_venue_open_it(extract_text):
    # A与B联合设立的X在Y揭牌: who set up what is unveiled organises the unveiling
    facts = extract_text(
        "3月8日，雨花区总工会与区人社局联合设立的职工维权服务站在东塘街道职工服务中心揭牌。", region="长沙市"
    )
    assert organizers(event(facts, "揭牌")) == ["雨花区总工会", "长沙市雨花区人力资源和社会保障局"]


def test_the_page_own_union_named_by_ben_hui_organises(extract_text):
    # 本会于…召开…: 本会 is the union the article is about
    facts = extract_text(
        "长沙恒丰机械有限公司工会现有会员860名。本会于3月8日在区职工活动中心召开第二届第一次会员代表大会。",
        region="长沙市",
    )
    assert organizers(event(facts, "会员代表大会")) == ["长沙恒丰机械有限公司工会"]


def test_the_organiser_is_the_subject_of_the_verb(extract_text):
    facts = extract_text("雨花区总工会近日组织开展职工读书分享会。", region="长沙市")
    assert organizers(event(facts, "读书分享会")) == ["雨花区总工会"]


def test_a_body_after_zai_or_lianhe_is_not_the_subject(extract_text):
    facts = extract_text("近日，雨花区总工会在天心区总工会举办职工读书分享会。", region="长沙市")
    assert organizers(event(facts, "读书分享会")) == ["雨花区总工会"]


def test_a_body_going_on_a_persons_title_chain_is_not_the_subject(extract_text):
    facts = extract_text("近日，长沙市总工会二级巡视员、权益保障部部长刘洋率队开展送温暖活动。", region="长沙市")
    assert organizers(event(facts, "送温暖")) == ["长沙市总工会"]


def test_the_last_body_of_a_persons_title_chain_is_the_subject(extract_text):
    facts = extract_text("近日，雨花区人大常委会副主任、区总工会主席刘洋到黄花镇开展送温暖活动。", region="长沙市")
    assert organizers(event(facts, "送温暖")) == ["雨花区总工会"]


def test_the_subject_opening_the_sentence_when_the_clause_has_none(extract_text):
    facts = extract_text("近日，雨花区总工会，联合天心区文联，举办职工读书分享会。", region="长沙市")
    assert organizers(event(facts, "读书分享会")) == ["雨花区总工会"]


def test_the_subject_right_before_a_verb_phrase(extract_text):
    facts = extract_text("近日，雨花区总工会走访慰问困难职工。", region="长沙市")
    assert organizers(event(facts, "慰问")) == ["雨花区总工会"]


def test_a_meeting_named_after_its_body_is_organised_by_it(extract_text):
    facts = extract_text("近日，雨花区总工会第五届委员会第二次全体会议召开。", region="长沙市")
    assert organizers(event(facts, "全体会议")) == ["雨花区总工会"]


def test_the_place_after_zai(extract_text):
    facts = extract_text("近日，雨花区总工会在洞井街道举办职工读书分享会。", region="长沙市")
    assert locations(event(facts, "读书分享会")) == ["洞井街道"]


def test_a_venue_after_its_area(extract_text):
    facts = extract_text("近日，雨花区总工会在洞井街道洞井职工之家举办职工读书分享会。", region="长沙市")
    assert locations(event(facts, "读书分享会")) == ["洞井街道洞井职工之家"]


def test_a_union_is_no_venue(extract_text):
    facts = extract_text("近日，雨花区总工会在长沙市总工会召开职工代表座谈会。", region="长沙市")
    assert locations(event(facts, "座谈会")) == ["长沙市"]


def test_a_venue_after_weiyu_and_the_verb(extract_text):
    facts = extract_text(
        "近日，雨花区总工会举办职工读书分享会，活动在位于洞井街道的洞井职工之家进行。", region="长沙市"
    )
    assert locations(event(facts, "读书分享会")) == ["洞井职工之家"]


def test_an_area_naming_the_event(extract_text):
    facts = extract_text("近日，2025年雨花区职工读书分享会开幕。", region="长沙市")
    assert locations(event(facts, "读书分享会")) == ["雨花区"]


def test_the_date_of_the_events_sentence(extract_text):
    facts = extract_text(
        "近日，雨花区总工会举办职工健步走活动。2024年9月3日，区总工会还举办了职工读书分享会。", region="长沙市"
    )
    assert event(facts, "读书分享会").date[:2] == ("2024-09-03", "date")
    assert event(facts, "健步走").date is None


def test_how_many_took_part(extract_text):
    facts = extract_text("近日，雨花区总工会举办职工读书分享会，60名职工参加。", region="长沙市")
    assert event(facts, "读书分享会").count[0] == 60


def test_how_many_took_part_said_in_the_next_sentence(extract_text):
    facts = extract_text("近日，雨花区总工会举办职工读书分享会。全区60名职工参加了活动。", region="长沙市")
    assert event(facts, "读书分享会").count[0] == 60


def test_players_before_others(extract_text):
    facts = extract_text("近日，雨花区总工会举办职工乒乓球比赛，200名观众观赛，48名选手参赛。", region="长沙市")
    assert event(facts, "乒乓球比赛").count[0] == 48


def test_new_members_are_no_head_count(extract_text):
    facts = extract_text("近日，雨花区总工会举办职工读书分享会，活动吸纳30名职工入会。", region="长沙市")
    assert event(facts, "读书分享会").count is None


def test_people_who_join_the_union_are_no_head_count(extract_text):
    facts = extract_text("近日，雨花区总工会举办职工读书分享会，现场18名外卖骑手扫码加入工会。", region="长沙市")
    assert event(facts, "读书分享会").count is None


def test_those_who_join_count_at_a_drive_to_join(extract_text):
    # the drive to join is named before the count: those who join are who took part
    lead = "6月3日，雨花区总工会举行{}职工驿站揭牌仪式，60名快递员现场填表入会。"
    assert event(extract_text(lead.format("快递员集中入会暨"), region="长沙市"), "职工驿站揭牌仪式").count[0] == 60
    assert event(extract_text(lead.format(""), region="长沙市"), "职工驿站揭牌仪式").count is None


@pytest.mark.parametrize(
    "said",
    ["全公司现有职工会员1.2万名，劳动竞赛将覆盖所有车间", "该企业拥有职工3200余人", "全区现有在册会员8600人"],
)
def test_the_staff_of_a_body_is_no_head_count(extract_text, said):
    facts = extract_text(f"近日，雨花区总工会举办职工技能竞赛。{said}。", region="长沙市")
    assert event(facts, "技能竞赛").count is None
    lead = extract_text(f"近日，雨花区总工会举办职工技能竞赛，{said}。", region="长沙市")
    assert event(lead, "技能竞赛").count is None


def test_a_count_in_quotes_is_no_head_count(extract_text):
    facts = extract_text("近日，雨花区总工会举办职工读书分享会，主题为“100名职工读好书”。", region="长沙市")
    assert event(facts, "读书分享会").count is None


def test_a_count_of_teams_is_no_head_count(extract_text):
    facts = extract_text("近日，雨花区总工会举办职工篮球赛，共有16支代表队参赛。", region="长沙市")
    assert event(facts, "篮球赛").count is None


def test_a_body_after_zai_is_not_the_subject_of_a_verb_phrase(extract_text):
    facts = extract_text("近日，雨花区总工会在洞井街道总工会慰问困难职工。", region="长沙市")
    assert organizers(event(facts, "慰问")) == ["雨花区总工会"]


def test_a_venue_with_a_common_head_after_zai_and_an_adverb(extract_text):
    facts = extract_text("6月5日，区建筑业劳动竞赛启动仪式暨砌筑比赛在滨江花园三期项目隆重举行。", region="长沙市")
    assert locations(event(facts, "启动仪式")) == ["滨江花园三期项目"]


def test_the_place_visited_with_fu_is_the_events(extract_text):
    facts = extract_text("7月10日，雨花区总工会赴青山村开展夏季送清凉慰问活动。", region="长沙市")
    assert locations(event(facts, "送清凉")) == ["青山村"]


def test_a_village_after_areas_of_several_levels(extract_text):
    facts = extract_text("7月10日，雨花区总工会在雨花区同升街道青山村开展夏季送清凉慰问活动。", region="长沙市")
    assert locations(event(facts, "送清凉")) == ["青山村"]


def test_a_body_after_a_verb_of_going_is_no_organiser(extract_text):
    facts = extract_text(
        "7月10日，区总工会副主席李文军前往长沙卷烟厂、湘江建设集团等地开展送清凉慰问活动。", region="长沙市"
    )
    assert "长沙卷烟厂" not in organizers(event(facts, "送清凉"))
    assert "湘江建设集团" not in organizers(event(facts, "送清凉"))


def test_how_many_took_part_said_after_who_attended(extract_text):
    facts = extract_text(
        "近日，雨花区总工会举办职工读书分享会。区总工会主席李文军出席活动。全区60余名职工参加了活动。", region="长沙市"
    )
    assert event(facts, "读书分享会").count[0] == 60


def test_visits_counted_are_no_head_count(extract_text):
    facts = extract_text("近日，雨花区总工会举办职工读书分享会。全区职工300人次参加了活动。", region="长沙市")
    assert event(facts, "读书分享会").count is None


def test_the_body_under_whose_organisation_the_event_is_held(extract_text):
    facts = extract_text("近日，在雨花区总工会的组织下，辖区企业职工读书分享会在区图书馆举行。", region="长沙市")
    assert organizers(event(facts, "读书分享会")) == ["雨花区总工会"]
    assert locations(event(facts, "读书分享会")) == ["雨花区图书馆"]  # (the district's, as 区总工会 is)


def test_bodies_joined_to_the_subject_organise_with_it(extract_text):
    facts = extract_text("近日，雨花区总工会联合雨花区妇联、雨花区团委举办职工读书分享会。", region="长沙市")
    assert organizers(event(facts, "读书分享会")) == [
        "雨花区总工会",
        "长沙市雨花区妇女联合会",
        "共青团长沙市雨花区委员会",
    ]


def test_a_body_after_zai_joined_to_nothing_is_no_organiser(extract_text):
    facts = extract_text("近日，雨花区总工会在雨花区妇联举办职工读书分享会。", region="长沙市")
    assert organizers(event(facts, "读书分享会")) == ["雨花区总工会"]


def test_the_body_whose_party_a_person_leads_organises(extract_text):
    facts = extract_text(
        "2月6日，县委常委、县总工会主席王建林带领崇阳县总工会党员干部一行，对部分企业困难职工进行走访慰问。",
        region="咸宁市",
    )
    assert organizers(event(facts, "走访慰问")) == ["崇阳县总工会"]


def test_the_subject_of_juxing_before_the_name_organises(extract_text):
    facts = extract_text("4月12日，天心区总工会举行了职工书法比赛。", region="长沙市")
    assert organizers(event(facts, "书法比赛")) == ["天心区总工会"]


def test_the_bodies_named_with_their_parts_after_you(extract_text):
    facts = extract_text(
        "4月12日，由天心区总工会主办、坡子街街道总工会承办的职工书法比赛在坡子街街道举行。", region="长沙市"
    )
    assert organizers(event(facts, "书法比赛")) == ["天心区总工会", "坡子街街道总工会"]


def test_the_bodies_named_with_their_parts_before_the_name(extract_text):
    facts = extract_text("4月12日，天心区总工会主办、坡子街街道总工会承办的职工书法比赛举行。", region="长沙市")
    assert organizers(event(facts, "书法比赛")) == ["天心区总工会", "坡子街街道总工会"]


def test_the_organisers_said_after_the_name_in_its_sentence(extract_text):
    facts = extract_text("4月12日，职工书法比赛在坡子街街道举行，比赛由天心区总工会主办。", region="长沙市")
    assert organizers(event(facts, "书法比赛")) == ["天心区总工会"]


def test_the_organisers_of_the_next_event_are_not_this_ones(extract_text):
    facts = extract_text(
        "4月12日，职工书法比赛在坡子街街道举行，由天心区总工会主办的职工象棋比赛同日开赛。", region="长沙市"
    )
    assert organizers(event(facts, "书法比赛")) == []


def test_the_place_after_yu(extract_text):
    facts = extract_text("4月12日，天心区总工会于橘子洲公园举办职工健步走活动。", region="长沙市")
    assert locations(event(facts, "健步走")) == ["橘子洲公园"]


def test_the_place_before_a_verb_of_ending_after_an_adverb(extract_text):
    facts = extract_text("天心区职工象棋比赛日前在坡子街体育馆圆满落下帷幕。", region="长沙市")
    assert locations(event(facts, "象棋比赛")) == ["坡子街体育馆"]


def test_a_date_between_yu_and_zai_is_no_part_of_the_place(extract_text):
    facts = extract_text("天心区总工会于4月12日在青园村开展送清凉活动。", region="长沙市")
    assert locations(event(facts, "送清凉")) == ["青园村"]


def test_yu_before_the_subject_is_no_verb_of_going(extract_text):
    facts = extract_text("近日，致力于服务职工的天心区总工会举办职工读书分享会。", region="长沙市")
    assert organizers(event(facts, "读书分享会")) == ["天心区总工会"]


def test_the_place_after_dao_and_before_the_verb(extract_text):
    facts = extract_text("4月12日，天心区总工会副主席王立新带队到坡子街街道开展送清凉活动。", region="长沙市")
    assert locations(event(facts, "送清凉")) == ["坡子街街道"]


def test_a_body_that_only_guides_is_no_organiser(extract_text):
    facts = extract_text(
        "4月12日，由天心区总工会指导，坡子街街道总工会主办的职工书法比赛在坡子街街道举行。", region="长沙市"
    )
    assert organizers(event(facts, "书法比赛")) == ["坡子街街道总工会"]


def test_the_place_said_in_the_next_sentence(extract_text):
    facts = extract_text("4月12日，天心区总工会举办职工象棋比赛。比赛在坡子街体育馆进行。", region="长沙市")
    assert locations(event(facts, "象棋比赛")) == ["坡子街体育馆"]


def test_the_place_set_in_a_later_clause(extract_text):
    facts = extract_text("4月12日，天心区总工会举办职工健步走活动，活动地点设在橘子洲公园。", region="长沙市")
    assert locations(event(facts, "健步走")) == ["橘子洲公园"]


def test_the_place_of_another_kind_of_event_in_the_next_sentence_is_no_place(extract_text):
    facts = extract_text("4月12日，天心区总工会举办职工象棋比赛。座谈会在坡子街体育馆召开。", region="长沙市")
    assert locations(event(facts, "象棋比赛")) == []


def test_how_many_took_part_said_when_the_event_is_named_again(extract_text):
    facts = extract_text(
        "4月12日，天心区总工会开展送清凉活动。\n工作人员为环卫工人送去防暑用品。\n此次活动惠及户外劳动者80余人。",
        region="长沙市",
    )
    assert event(facts, "送清凉").count[0] == 80


def test_an_area_in_brackets_inside_the_name_hosts_the_event(extract_text):
    facts = extract_text("昨天，全省职工书法（岳阳）邀请赛圆满闭幕。", region="湖南省")
    assert locations(event(facts, "邀请赛")) == ["岳阳市"]


def test_a_page_stamp_dates_no_event(extract_text):
    # an archive line under the article (headline, 2010-07-21, 2010年07月21日 星期三) is the
    # page's, not the day the event was held
    facts = extract_text(
        "本报长沙7月20日讯 今天，天心区总工会开展职工送清凉活动。\n"
        "长沙晚报 要闻 天心区职工送清凉活动 2010-07-21 第2版 2010年07月21日 星期三",
        headline="天心区总工会开展职工送清凉活动",
        region="长沙市",
    )
    dates = {e.date[0] for e in facts.events if e.date}
    assert "2010-07-21" not in dates
    assert dates <= {"2010-07-20", "--07-20"}


def test_a_theme_between_the_verb_and_the_event_keeps_the_subject(extract_text):
    # 开展以…为主题的X: the theme is the event's modifier, the subject of 开展 still organises
    facts = extract_text(
        "近日，雨花区总工会开展以“劳动创造幸福，奋斗成就梦想，匠心守护家园”为主题的职工读书分享会。",
        region="长沙市",
    )
    assert organizers(event(facts, "读书分享会")) == ["雨花区总工会"]


def test_the_events_listed_after_the_verb_share_its_subject(extract_text):
    # 举办A、B、C等: each of the list is organised by the subject of 举办
    facts = extract_text(
        "4月，雨花区总工会陆续举办了第三届职工篮球友谊赛、第五届雨花区职工羽毛球邀请赛、雨花区职工趣味运动会等活动。",
        region="长沙市",
    )
    assert organizers(event(facts, "趣味运动会")) == ["雨花区总工会"]


def test_a_body_before_the_years_event_organises_it(extract_text):
    # 雨花区总工会2024年送文化进基层活动启动: the body the event is named after
    facts = extract_text("2月2日，雨花区总工会2024年送文化进基层活动启动。", region="长沙市")
    assert organizers(event(facts, "送文化进基层")) == ["雨花区总工会"]


def test_the_body_of_the_officer_who_makes_the_visit_organises_it(extract_text):
    # 湖南省总工会副主席A、B，对…进行走访慰问: the officer acts for the body
    facts = extract_text(
        "1月19日下午，雨花区总工会副主席王立新、女职工部部长张海燕，对部分困难职工进行春节前走访慰问。",
        region="长沙市",
    )
    assert organizers(event(facts, "慰问")) == ["雨花区总工会"]


def test_a_count_in_a_sentence_opening_with_the_event_at_hand_says_how_many(extract_text):
    # 活动中，为80余名困难职工送去…: those the event reached are counted, as 此次活动… would
    facts = extract_text(
        "1月3日，雨花区总工会开展送温暖活动。工会干部深入企业与职工座谈交流。"
        "活动中，为坚守在一线的80余名困难职工送去米、面、油等生活物资。",
        region="长沙市",
    )
    assert event(facts, "送温暖").count[0] == 80


def test_a_total_on_the_day_said_apart_says_how_many(extract_text):
    # 当天共有N名…: the event's day and a word of a sum open the sentence
    facts = extract_text(
        "1月3日，雨花区总工会开展送温暖活动。工会干部深入企业与职工座谈交流。"
        "当天共有60余名困难职工领到米、面、油等生活物资。",
        region="长沙市",
    )
    assert event(facts, "送温暖").count[0] == 60


def test_spectators_at_the_scene_are_no_head_count(extract_text):
    # N名职工在现场观看: those watching from the scene do not take part
    facts = extract_text(
        "6月3日，秀峰区总工会在区体育馆举办职工拔河比赛。区总工会主席陈国平出席，300余名职工在现场观看。",
        region="桂林市",
    )
    assert event(facts, "拔河比赛").count is None


def test_a_final_is_counted_by_who_reached_it_not_by_an_earlier_round(extract_text):
    # X比赛决赛: 12名选手进入决赛 counts it, not the 40 of the 初赛
    facts = extract_text(
        "6月3日，秀峰区总工会职工书法比赛决赛在区文化馆举行。"
        "本次比赛自4月启动，各基层工会共推荐40名选手参加初赛，经过评审，10名选手进入决赛。",
        region="桂林市",
    )
    assert event(facts, "决赛").count[0] == 10


def test_a_sum_attending_replaces_a_count_of_those_the_event_was_for(extract_text):
    # 为97名学生发放助学金 … 共70余人参加: the sum of those attending is the count
    facts = extract_text(
        "8月26日上午，雨花区总工会在区职工服务中心举行金秋助学金发放仪式，为全区97名困难职工子女发放助学金。"
        "区总工会主席陈国平出席。各街道工会负责人、受助学生及家长代表共70余人参加。",
        region="长沙市",
    )
    assert event(facts, "发放仪式").count[0] == 70


def test_the_main_and_side_grounds_set_in_a_later_sentence(extract_text):
    # 本次会议主会场设在X、分会场设在Y: both grounds are the meeting's places
    facts = extract_text(
        "4月12日，天心区总工会召开第三届职工代表大会。本次会议主会场设在第三报告厅、分会场设在五楼会议室。",
        region="长沙市",
    )
    assert sorted(locations(event(facts, "职工代表大会"))) == ["五楼会议室", "第三报告厅"]


def test_the_body_visited_before_a_verb_phrase_is_no_organiser(extract_text):
    # 到X调研: X is where the visit goes, not the body the event is named after
    facts = extract_text("9月2日，市总工会党组书记王明一行到雨花区总工会调研。", region="长沙市")
    assert "雨花区总工会" not in organizers(event(facts, "调研"))


def test_winners_counted_are_no_head_count(extract_text):
    # 共有40人获奖 / 12名选手荣获…: how many won, not how many took part
    facts = extract_text("5月20日，雨花区总工会举办职工读书分享会，共有40人获奖。", region="长沙市")
    assert event(facts, "读书分享会").count is None
    facts = extract_text("5月20日，雨花区总工会举办职工书法比赛，12名选手荣获一等奖。", region="长沙市")
    assert event(facts, "书法比赛").count is None


def test_the_place_gone_to_in_the_clause_of_a_verb_phrase(extract_text):
    # 到A、B为…的单位授牌: far from the verb, still in its clause
    facts = extract_text(
        "近日，雨花区总工会一行到长沙市第一医院、雨花区人民医院为获评2024年度“模范职工之家”“职工书屋示范点”荣誉称号的单位授牌。",
        region="长沙市",
    )
    assert locations(event(facts, "授牌")) == ["长沙市第一医院"]


def test_the_place_gone_to_for_the_meeting(extract_text):
    # 赴X参会: X is where the meeting is held
    facts = extract_text("湖南省工会第十八次代表大会近日召开，天心区有两名代表赴长沙参会。", region="长沙市")
    assert locations(event(facts, "代表大会")) == ["长沙市"]


def test_the_lowest_area_opening_the_name_hosts_the_event(extract_text):
    # 长沙市雨花区…运动会: the district, not the city above it
    facts = extract_text("近日，长沙市雨花区“快乐健身”职工趣味运动会开幕。", region="长沙市")
    assert locations(event(facts, "运动会")) == ["雨花区"]


def test_a_count_in_another_part_of_the_headline_is_none_of_the_events(extract_text):
    facts = extract_text(
        "南湖区总工会今天组织约40名职工代表到区政府门前请愿，要求企业补发工资。",
        headline="某纺织公司拖欠500人工资 区总工会组织职工请愿",
        region="嘉兴市",
        date="2024-05-09",
    )
    assert event(facts, "请愿").count[0] == 40


def test_a_total_of_those_taking_part_is_the_count(extract_text):
    # 实到…，列席…，共N人参加: the sum counts them all, its parts do not
    facts = extract_text(
        "5月6日，雨花区总工会召开第三届委员会第二次全体会议。会议实到委员21名，各街道工会主席等15人列席，共36人参加。",
        region="长沙市",
    )
    assert facts.events[0].count[0] == 36


def test_the_organisers_of_hebande(extract_text):
    # 由A、B合办的X: both organise it
    facts = extract_text("近日，由雨花区总工会、天心区总工会合办的职工读书分享会在区图书馆举行。", region="长沙市")
    assert organizers(event(facts, "读书分享会")) == ["雨花区总工会", "天心区总工会"]


def test_the_place_after_jia(extract_text):
    # 假X举行: 假 is the written 在 of Hong Kong and Macau reports
    facts = extract_text("近日，南湖区总工会假新兴街道举行职工读书分享会。", region="嘉兴市")
    assert locations(event(facts, "读书分享会")) == ["新兴街道"]


def test_an_area_whose_venue_follows_de_hosts_the_event(extract_text):
    # 在X街道的Y举行: the venue, not read as a place, stands in the area
    facts = extract_text("南湖区总工会主办的职工读书分享会，昨日下午在新兴街道的一处职工书屋举行。", region="嘉兴市")
    assert locations(event(facts, "读书分享会")) == ["新兴街道"]


def test_how_many_took_part_said_after_the_sentence_of_its_sponsors(extract_text):
    # 大赛由A主办，B承办。…86名选手晋级决赛。: the sponsors' sentence stops no search
    facts = extract_text(
        "10月22日，2025年南湖区职工技能大赛决赛在区职工服务中心举行。大赛由南湖区总工会主办，"
        "新兴街道总工会承办。经过初赛选拔，来自全区20家企业的86名选手晋级决赛。",
        region="嘉兴市",
    )
    assert event(facts, "技能大赛").count[0] == 86


def test_the_area_of_weiyu_when_the_venue_is_no_place(extract_text):
    # 在位于X镇的Y举行, Y read as no place: X
    facts = extract_text(
        "10月22日，2025年南湖区职工技能大赛决赛，在位于新兴街道的嘉兴远航职业技术学院二号楼举行。", region="嘉兴市"
    )
    assert locations(event(facts, "技能大赛")) == ["新兴街道"]


@pytest.mark.parametrize(
    ("text", "head", "union"),
    [
        # 选举产生了X工会第三届委员会…随后召开的第三届委员会第一次全体会议: X's
        (
            "11月6日，新兴街道工会召开第三次会员代表大会，选举产生了新兴街道工会第三届委员会委员9名。"
            "随后召开的第三届委员会第一次全体会议上，选举邝志远为主席。",
            "全体会议",
            "南湖区新兴街道工会",
        ),
        # 四届一次全委会 said short: the 第四届委员会 the text names after X工会 before it
        (
            "11月6日，新兴街道工会召开第四次会员代表大会，选举产生了新兴街道工会第四届委员会委员9名。"
            "在随后召开的四届一次全委会上，选举邝志远为主席。",
            "全委会",
            "南湖区新兴街道工会",
        ),
        # 一届一次委员会议 said short, the committee's sitting with 委员会议 for 全委会
        (
            "6月3日，新兴街道总工会成立暨第一次会员代表大会召开。大会选举产生了新兴街道总工会第一届委员会，"
            "邝志远当选为主席。随后召开的一届一次委员会议推选程丽君为女职工委员会主任。",
            "委员会议",
            "南湖区新兴街道总工会",
        ),
        # 二届一次全体委员会议, a company union's, its committee elected by a congress
        (
            "5月20日，嘉兴远航机械有限公司工会召开第二次会员代表大会，选举产生了嘉兴远航机械有限公司"
            "工会第二届委员会委员7名。在随后召开的二届一次全体委员会议上，程丽君当选为工会主席。",
            "全体委员会议",
            "嘉兴远航机械有限公司工会",
        ),
        # the committee named without its body (选举产生联合会第一届委员会): the congress's union
        (
            "11月6日，新兴街道工会联合会第一次会员代表大会在街道党群服务中心召开，选举产生联合会第一届委员会委员7名。"
            "随后召开的第一届委员会第一次会议选举邝志远为主席。",
            "第一届委员会第一次会议",
            "南湖区新兴街道工会联合会",
        ),
    ],
)
def test_a_committee_meeting_named_without_its_body_is_organised_by_the_committees_union(
    extract_text, text, head, union
):
    facts = extract_text(text, region="嘉兴市")
    assert organizers(event(facts, head)) == [union]


def test_the_venue_a_party_sets_off_from(extract_text):
    # 骑行队伍从X出发: where a ride or trip starts is the event's place
    facts = extract_text("3月5日，雨花区职工骑行活动的队伍从长沙市雨花区工人文化宫出发。", region="长沙市")
    assert locations(event(facts, "骑行活动")) == ["雨花区工人文化宫"]


def test_a_ceremony_named_as_the_setting_after_a_lead_that_names_no_event(extract_text):
    # the lead sets the scene (where the party leaves from, how many go); the next sentence
    # names the ceremony as its setting, its union's officer opening the clause after it
    facts = extract_text(
        "一辆大巴车5日上午从长沙市雨花区工人文化宫驶出，车上坐着32名一线职工。"
        "他们将前往张家界市休养。\n"
        "欢送仪式上，长沙市总工会党组书记、常务副主席刘安平为疗休养团授旗。",
        region="长沙市",
        date="2024-06-06",
    )
    send_off = event(facts, "欢送仪式")
    assert locations(send_off) == ["雨花区工人文化宫"]
    assert send_off.count[0] == 32
    assert organizers(send_off) == ["长沙市总工会"]
    assert send_off.date[:2] == ("2024-06-05", "date")


def test_a_meeting_in_a_room_of_its_own_premises_is_at_the_organisation(extract_text):
    # X公司职代会在公司三楼会议室召开: the room is no place of the graph, the company is where
    text = "3月5日，长沙恒丰机械有限公司第三届职工代表大会第二次会议在办公楼三楼会议室召开。"
    facts = extract_text(text, region="长沙市")
    assert locations(event(facts, "职工代表大会")) == ["长沙恒丰机械有限公司"]
    # (a union is no venue)
    facts = extract_text("3月5日，雨花区总工会第三届委员会第二次全体会议在办公楼三楼会议室召开。", region="长沙市")
    assert locations(event(facts, "全体会议")) == []


def test_an_event_a_workplace_union_holds_in_a_room_is_at_its_organisation(extract_text):
    # A公司工会…举办的X在大楼五楼多功能厅举行: the room is on the union's organisation's premises
    text = (
        "长沙恒丰机械有限公司近年来效益稳步提升。5月6日，长沙恒丰机械有限公司工会举办的职工演讲比赛"
        "在办公大楼五楼多功能厅举行。"
    )
    facts = extract_text(text, region="长沙市")
    assert locations(event(facts, "演讲比赛")) == ["长沙恒丰机械有限公司"]


def test_a_venue_named_after_a_company_is_on_the_companys_premises(extract_text):
    # 在X有限公司实训基地举行: the venue, and the company it belongs to
    facts = extract_text(
        "9月2日，雨花区总工会主办的职工焊工技能竞赛在长沙恒丰机械有限公司实训基地举行。", region="长沙市"
    )
    assert "长沙恒丰机械有限公司" in locations(event(facts, "技能竞赛"))
    assert ("Organization", "长沙恒丰机械有限公司") in {(r.cls, r.name) for r in facts.entities}


def test_a_body_naming_its_event_before_the_festivals_it_is_held_for_organises_it(extract_text):
    facts = extract_text(
        "1月10日，秀峰区总工会2026年元旦春节“送温暖”活动启动仪式在区职工服务中心举行，100余名职工参加。",
        region="桂林市",
    )
    assert organizers(event(facts, "启动仪式")) == ["秀峰区总工会"]


def test_a_count_attending_the_meeting_its_clause_hosts_counts_that_meeting(extract_text):
    # …主持座谈会，…共30余人参加: said paragraphs after the 座谈会 was named, not the count of
    # the event named just before it (慰问困难职工)
    facts = extract_text(
        "9月22日，临安区总工会考察团来苍溪县考察交流。当天上午，两地工会在县职工服务中心召开劳务协作座谈会。"
        "双方签订了框架协议。临安区总工会向苍溪县总工会捐赠帮扶资金20万元，用于慰问困难职工。"
        "县总工会常务副主席邹德川主持座谈会，双方工会干部、企业代表共30余人参加。",
        region="广元市",
    )
    assert event(facts, "座谈会").count[0] == 30
    assert all(e.count is None or e.count[0] != 30 for e in facts.events if "座谈会" not in e.ref.name)


def test_a_count_attending_the_activity_counts_the_main_event(extract_text):
    # another head and order: 参加活动 closing the page names the main event by 活动
    facts = extract_text(
        "11月25日，沙坪区人民法院与沙坪区总工会签订合作协议，并为劳动争议调解工作室揭牌。"
        "院长祝云川致辞。仪式后，首席调解员介绍了一起案件。区总工会有关负责人和职工代表40余人参加活动。",
        region="重庆市",
    )
    assert event(facts, "揭牌").count[0] == 40


def test_the_count_after_a_clause_of_the_process_leading_up_is_the_events(extract_text):
    # 经过…岗位练兵和层层选拔，N名选手…: the event looked back to neither ends the reading
    # of the event before nor takes the count
    facts = extract_text(
        "9月14日至16日，集团第十届职工技术比武决赛在左云县职工培训中心举行。"
        "经过各单位近半年的岗位练兵和层层选拔，来自集团所属14家企业的146名选手参加比拼。",
        region="大同市",
    )
    assert event(facts, "技术比武决赛").count[0] == 146
    assert all(e.count is None for e in facts.events if "岗位练兵" in e.ref.name)
    facts = extract_text(
        "5月20日，襄阳市总工会第三届职工焊工技能大赛决赛在襄州区举行。"
        "历经三个月的网上练兵活动，全市38家企业的96名焊工参加决赛。",
        region="襄阳市",
    )
    assert event(facts, "技能大赛决赛").count[0] == 96


def test_another_event_in_the_next_sentence_keeps_its_count(extract_text):
    facts = extract_text(
        "5月20日，襄阳市总工会第三届职工焊工技能大赛决赛在襄州区举行。随后，市总工会召开了职工座谈会，共有50名职工参加。",
        region="襄阳市",
    )
    assert event(facts, "技能大赛决赛").count is None


def test_those_attending_an_activity_attend_the_class_of_it_named_before(extract_text):
    # 共150余人参加培训: the 培训班 named before (培训 + 班), not the meeting before it
    facts = extract_text(
        "1月21日上午，市总工会召开全委会议。同日下午，2027年全市工会干部业务能力提升培训班在市职工服务中心开班。"
        "市总工会副主席宋立群作开班动员，特邀市委党校教授王志强作专题辅导。各区县总工会负责同志共150余人参加培训。",
        region="淄博市",
    )
    assert event(facts, "培训班").count[0] == 150
    assert event(facts, "全委会议").count is None


def test_a_venue_in_the_organisers_jurisdiction_is_in_its_area(extract_text):
    # 走进辖区一处工地: no venue named, the area of the organiser (辖区), the lowest its name holds
    facts = extract_text(
        "4月12日，十堰市张湾区车城路街道总工会联合湖北汉江明正律师事务所，"
        "走进辖区一处在建住宅项目工地开展“送法进工地”活动，为60余名建筑工人讲解劳动法律知识。",
        region="十堰市",
    )
    assert locations(event(facts, "送法进工地")) == ["车城路街道"]
    facts = extract_text(
        "7月5日，佛山市南海区桂城街道总工会走进辖区企业开展“送清凉”活动，为200余名一线职工送上防暑降温物资。",
        region="佛山市",
    )
    assert locations(event(facts, "送清凉")) == ["桂城街道"]


def test_no_jurisdiction_said_puts_the_event_nowhere(extract_text):
    facts = extract_text(
        "7月5日，佛山市南海区桂城街道总工会开展“送清凉”活动，为200余名一线职工送上防暑降温物资。", region="佛山市"
    )
    assert locations(event(facts, "送清凉")) == []


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("5月1日上午，全市职工表彰大会在位于芙蓉区的湖南职工文化中心大剧场举行。", "长沙市"),
        ("4月2日，全县劳模座谈会在位于城关镇的县职工服务中心三楼会议室召开。", "临夏回族自治州"),
        ("9月9日，职工技能比武在位于二道区的长春远航培训基地举行。", "长春市"),
    ],
)
def test_an_area_inside_the_venues_opener_has_a_span_that_opens_before_it_closes(extract_text, text, region):
    # 在位于X区的Y举行: the area read inside the opener; its evidence runs from the opener to
    # the area's end, never backwards (a backward span broke the contract's evidence shape)
    facts = extract_text(text, region=region)
    spans = [(ev.start, ev.end) for e in facts.events for _ref, ev in e.locations]
    assert spans and all(a <= b for a, b in spans), spans


def test_the_count_of_those_attending_not_of_those_serving(extract_text):
    # 律师X等3人现场解答…，50余名职工参加: the lawyers serve, the workers attend
    facts = extract_text(
        "当天，区总工会在商业广场开展“法律服务进园区”活动，律师顾长风等3人现场解答职工咨询，50余名职工参加。",
        region="绍兴市",
    )
    assert event(facts, "法律服务进园区").count[0] == 50


def test_a_count_with_its_noun_before_attending_counts_the_main_event(extract_text):
    # 来自…的120多名职工参加活动: the noun between the count and the verb of attending
    facts = extract_text(
        "4月2日，城关镇总工会举办新就业形态劳动者集中入会仪式。会场座无虚席。"
        "来自全镇快递网点和外卖站点的120多名职工参加活动。",
        region="天水市",
    )
    assert event(facts, "集中入会仪式").count[0] == 120


def test_a_count_with_its_noun_before_attending_stays_with_the_event_of_its_sentence(extract_text):
    # 举办“X”，…80余名职工参加活动: the 活动 is X, named in the same sentence, not the main event
    facts = extract_text(
        "近日，南湖街道总工会开展“送健康进楼宇”系列活动。"
        "6月5日下午，街道总工会举办“职工心理健康大讲堂”，辖区快递员和外卖骑手70余名职工参加活动。",
        region="嘉兴市",
    )
    assert event(facts, "心理健康大讲堂").count[0] == 70
