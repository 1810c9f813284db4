"""Family events (kg.extract.events): the events an article names, one per distinct event."""

from __future__ import annotations

from tests.extract.facts_view import event, event_names, organizers, participants


def test_an_event_held_by_a_union(extract_text):
    facts = extract_text("近日，雨花区总工会举办职工读书分享会。", region="长沙市")
    assert event_names(facts) == ["职工读书分享会"]


def test_a_name_of_three_characters_is_no_event(extract_text):
    assert extract_text("近日，雨花区总工会推广读书会。", region="长沙市").events == []


def test_a_name_of_three_characters_right_after_a_verb_of_holding_is_an_event(extract_text):
    # 召开座谈会 / 举办了茶话会: the head alone, held
    assert event_names(extract_text("近日，雨花区总工会召开座谈会。", region="长沙市")) == ["座谈会"]
    assert event_names(extract_text("近日，雨花区总工会举办了茶话会。", region="长沙市")) == ["茶话会"]


def test_what_a_congress_decided_is_no_event_of_the_article(extract_text):
    facts = extract_text(
        "近日，雨花区总工会召开全委会，要求认真贯彻落实省总工会第十五次代表大会精神。", region="长沙市"
    )
    assert event_names(facts) == ["全委会"]  # (the meeting held, not the congress)


def test_a_planned_kind_of_event_is_no_event(extract_text):
    facts = extract_text(
        "近日，雨花区总工会举办职工读书分享会。下一步，区总工会将开展职工健步走活动。", region="长沙市"
    )
    assert event_names(facts) == ["职工读书分享会"]


def test_a_titled_event_to_come_is_no_event(extract_text):
    # a 第N届 title keeps an event only when the text says something of its own: a plan to send
    # winners to one says nothing of it, and the area inside its name places nothing
    facts = extract_text(
        "5月20日，雨花区总工会举办职工技能竞赛，120名选手参赛。各项目第一名将由区总工会推荐参加长沙市第十届职工技能大赛。",
        region="长沙市",
    )
    assert event_names(facts) == ["职工技能竞赛"]


def test_a_titled_event_to_come_with_its_date_is_an_event(extract_text):
    facts = extract_text(
        "5月20日，雨花区总工会举办职工技能竞赛，120名选手参赛。各项目第一名将于8月10日参加长沙市第十届职工技能大赛。",
        region="长沙市",
    )
    assert event_names(facts) == ["职工技能竞赛", "长沙市第十届职工技能大赛"]


def test_an_event_the_unions_must_hold_is_no_event(extract_text):
    # 要 (must): a directive, whoever gives it (区总工会主席王立新要求，…)
    facts = extract_text(
        "近日，雨花区总工会召开全委会。区总工会主席王立新要求，各级工会要围绕中心工作，办好职工技能竞赛。",
        region="长沙市",
    )
    assert event_names(facts) == ["全委会"]


def test_an_event_a_period_counts_from_is_no_event(extract_text):
    # X以来 / X召开以来: an earlier meeting the article looks back to
    facts = extract_text(
        "1月9日，雨花区总工会召开三届四次全委会。区总工会副主席邓若溪报告，三届三次全委会以来共走访企业210家。",
        region="长沙市",
    )
    assert event_names(facts) == ["三届四次全委会"]
    facts = extract_text(
        "3月2日，湘江机械厂召开第五届职工代表大会第二次会议。自上届职工代表大会召开以来，工厂新增岗位300个。",
        region="长沙市",
    )
    assert event_names(facts) == ["第五届职工代表大会第二次会议"]


def test_an_event_an_official_asks_for_is_no_event(extract_text):
    # 要求 / 号召 open what is asked for: the events named there are not held
    facts = extract_text(
        "近日，雨花区总工会召开全委会。会议结束时，区总工会主席钟立本要求各基层工会办好职工篮球联赛。",
        region="长沙市",
    )
    assert event_names(facts) == ["全委会"]
    facts = extract_text(
        "近日，雨花区总工会举办职工读书分享会。区总工会号召广大职工积极参加劳动技能竞赛，争当岗位能手。",
        region="长沙市",
    )
    assert event_names(facts) == ["职工读书分享会"]


def test_an_act_done_again_and_again_is_no_event(extract_text):
    # 三次约谈双方 / 多次走访慰问: the steps of a story told, or a habit, not one event held
    facts = extract_text(
        "11月3日，雨花区总工会举办劳动争议调解培训班。培训中，调解员讲述了一起案件：调解员三次约谈双方，最终促成和解。",
        region="长沙市",
    )
    assert event_names(facts) == ["劳动争议调解培训班"]
    facts = extract_text(
        "5月8日，雨花区总工会召开全委会。区总工会副主席邓若溪入职以来多次走访慰问困难职工家庭。",
        region="长沙市",
    )
    assert event_names(facts) == ["全委会"]


def test_a_collective_of_two_unions_organising_stands_for_the_unions_named_before(extract_text):
    # 两地工会召开座谈会: the two unions named before it organise it
    facts = extract_text(
        "5月6日，宁波市鄞州区总工会考察团来到黔西市。黔西市总工会主席罗云开陪同考察。"
        "当天上午，两地工会在黔西市职工服务中心召开劳务协作座谈会。",
        region="黔西市",
    )
    assert sorted(organizers(event(facts, "座谈会"))) == ["鄞州区总工会", "黔西市总工会"]
    facts = extract_text(
        "8月12日，长沙市总工会与湘潭市总工会负责人一同来到昭山示范区。随后，双方工会联合举办职工技能交流会。",
        region="长沙市",
    )
    assert sorted(organizers(event(facts, "交流会"))) == ["湘潭市总工会", "长沙市总工会"]


def test_an_event_named_in_what_an_official_says_is_no_event(extract_text):
    facts = extract_text(
        "近日，雨花区总工会举办职工读书分享会。区总工会负责人表示，要把职工健步走活动办好。", region="长沙市"
    )
    assert event_names(facts) == ["职工读书分享会"]


def test_a_planned_event_with_a_date_is_an_event(extract_text):
    facts = extract_text(
        "近日，雨花区总工会举办职工读书分享会。下一步，区总工会将于5月1日开展职工健步走活动。", region="长沙市"
    )
    assert event_names(facts) == ["职工读书分享会", "职工健步走活动"]


def test_visits_named_by_the_same_verb_are_one_event(extract_text):
    facts = extract_text("近日，雨花区总工会慰问困难职工。区总工会负责人走访慰问了环卫工人。", region="长沙市")
    assert event_names(facts) == ["慰问困难职工"]
    assert "走访慰问了环卫工人" in facts.events[0].aliases


def test_the_signers_take_part_in_the_signing(extract_text):
    facts = extract_text(
        "近日，雨花区人民医院与雨花区总工会签订集体合同，院长刘洋代表医院、主席李静代表工会签订了集体合同。",
        region="长沙市",
    )
    assert participants(event(facts, "签订了")) == {"刘洋", "李静"}


def test_this_event_named_again_is_the_articles_event(extract_text):
    facts = extract_text("近日，洞井街道总工会举办职工沟通会。此次职工座谈活动共收集意见20条。", region="长沙市")
    assert event_names(facts) == ["职工沟通会"]
    assert "职工座谈活动" in facts.events[0].aliases


def test_another_event_after_a_verb_is_not_this_event(extract_text):
    facts = extract_text("近日，洞井街道总工会举办职工沟通会。此次活动中，王强举办了职工座谈活动。", region="长沙市")
    assert event_names(facts) == ["职工沟通会", "职工座谈活动"]


def test_the_same_quoted_title_is_one_event_named_by_its_longer_name(extract_text):
    facts = extract_text(
        "近日，雨花区总工会举办第二届“书香雨花”读书月活动。“书香雨花”读书月活动将持续一个月。", region="长沙市"
    )
    assert event_names(facts) == ["第二届“书香雨花”读书月活动"]
    assert facts.events[0].aliases == {"“书香雨花”读书月活动"}


def test_the_same_name_without_its_year_and_area_is_one_event(extract_text):
    facts = extract_text(
        "近日，洞井街道总工会举办2025年洞井街道职工沟通会。会后，职工沟通会收集的意见被整理成册。", region="长沙市"
    )
    assert event_names(facts) == ["2025年洞井街道职工沟通会"]


def test_two_bodies_meeting(extract_text):
    facts = extract_text("近日，雨花区总工会与天心区总工会交流工作。", region="长沙市")
    assert participants(event(facts, "交流工作")) == {"雨花区总工会", "天心区总工会"}


def test_this_event_before_a_verb_names_another_thing(extract_text):
    facts = extract_text(
        "近日，洞井街道总工会举办职工沟通会。本次沟通会作为全区职工服务月系列活动的一部分，受到欢迎。",
        region="长沙市",
    )
    assert event_names(facts) == ["职工沟通会", "职工服务月系列活动"]


def test_the_longer_name_named_later_names_the_event(extract_text):
    facts = extract_text(
        "近日，雨花区总工会举办“书香雨花”读书月活动。第二届“书香雨花”读书月活动将持续一个月。", region="长沙市"
    )
    assert event_names(facts) == ["第二届“书香雨花”读书月活动"]
    assert facts.events[0].aliases == {"“书香雨花”读书月活动"}


def test_a_short_name_defined_inside_an_events_name_is_no_part_of_it(extract_text):
    facts = extract_text(
        "近日，以“匠心筑梦”为主题的2025年岳阳临港新区（以下简称“临港新区”）“临港工匠日”主题活动举行。",
        region="湖南省",
    )
    assert event_names(facts) == ["2025年岳阳临港新区“临港工匠日”主题活动"]


def test_an_event_on_a_converted_page_is_found_by_its_name_as_printed(nlp, gaz, tmp_path):
    from kg.extract.article import ArticleExtractor
    from kg.extract.page import infer_page
    from kg.ingest import read_articles
    from kg.model.article import article_id

    path = tmp_path / "page.txt"
    path.write_text(
        "康樂區總工會舉辦職工趣味運動會\n5月8日，康樂區總工會在體育館舉辦職工趣味運動會。\n", encoding="utf-8"
    )
    (article,) = read_articles([str(path)]).articles
    doc = nlp(article.text)
    facts = ArticleExtractor(gaz).extract(doc, article, infer_page([doc], [article], gaz, None), article_id(article))
    assert any("職工趣味運動會" in e.aliases for e in facts.events), [(e.ref.name, e.aliases) for e in facts.events]


def test_the_main_event_is_the_one_the_lead_says_is_held(extract_text):
    facts = extract_text("经过前期岗位练兵和选拔培训，江北区第二届职工技能大赛于8月3日启动。", region="重庆市")
    assert facts.events[0].ref.name.endswith("职工技能大赛"), event_names(facts)


def test_a_preparation_made_is_no_plan(extract_text):
    facts = extract_text("各单位做了充分准备，江北区总工会与企业进行了集体协商的签约。", region="重庆市")
    assert any("签约" in n for n in event_names(facts)), event_names(facts)


def test_a_name_said_again_shorter_is_the_same_event(extract_text):
    facts = extract_text(
        "近日，江北区总工会举办第二届职工技能大赛。据介绍，职工技能大赛共有20名选手参赛。", region="重庆市"
    )
    assert event_names(facts) == ["第二届职工技能大赛"]


def test_a_second_event_of_the_same_day_is_its_own(extract_text):
    facts = extract_text(
        "5月8日上午，江北区总工会举办第二届职工技能大赛。同日下午，区总工会召开基层工会主席座谈会。",
        region="重庆市",
    )
    assert len(facts.events) == 2, event_names(facts)
    assert facts.events[0].ref.name == "第二届职工技能大赛"


def test_a_seasons_campaign_is_the_campaign_named_without_its_season(extract_text):
    # 夏送清凉 (the summer's 送清凉) and 送清凉 said again: one campaign
    facts = extract_text(
        "7月5日，荷塘区总工会开展夏送清凉活动。今年以来，区总工会持续送清凉，惠及职工2000余人。",
        region="株洲市",
    )
    names = [e.ref.name for e in facts.events if "送清凉" in e.ref.name or "送清凉" in "".join(e.aliases)]
    assert len(names) == 1, names


def test_a_visit_in_the_headline_and_the_lead_is_one_event(extract_text):
    # 走访慰问X困难职工 (headline) and 进行春节前走访慰问 (lead): one visit, the activity's
    facts = extract_text(
        "1月19日下午，荷塘区总工会副主席周立新、女工部部长李华，对新桥厂部分困难职工进行春节前走访慰问。",
        headline="荷塘区总工会走访慰问新桥厂部分困难职工",
        region="株洲市",
    )
    assert len([n for n in event_names(facts) if "慰问" in n]) == 1


def test_a_part_of_a_joint_meeting_said_again_is_the_joint_meeting(extract_text):
    # A代表[大会]暨B大会, then A代表大会 alone: the part before 暨 shares the head of the last
    facts = extract_text(
        "4月15日，新桥机械有限公司第三次工会会员代表暨第二届一次职工代表大会召开。"
        "第三次工会会员代表大会听取了工会工作报告，公司工会主席周立新出席会议。",
        region="株洲市",
    )
    assert len(facts.events) == 1
    assert "周立新" in participants(facts.events[0])


def test_the_bodies_an_activity_is_held_with_take_part_and_organise_nothing(extract_text):
    # 与A、B负责人进行了座谈: A and B take part in the talk; B, right before the verb, is
    # no subject holding it
    facts = extract_text(
        "3月5日，株洲市总工会副主席周立新来到攸县。随后，与攸县总工会、新桥机械有限公司负责人进行了座谈。",
        region="株洲市",
    )
    talk = event(facts, "座谈")
    assert {"攸县总工会", "新桥机械有限公司"} <= participants(talk)
    assert talk.organizers == []


def test_two_bodies_joined_by_yu_both_hold_the_activity(extract_text):
    facts = extract_text("3月5日，荷塘区总工会与荷塘区应急管理局开展安全生产专项检查。", region="株洲市")
    assert set(organizers(event(facts, "专项检查"))) == {"荷塘区总工会", "荷塘区应急管理局"}


def test_a_campaigns_phrase_and_its_name_are_one_event(extract_text):
    # the headline's 送温暖 (a verb phrase) and the body's 送温暖活动 (a name): one campaign
    facts = extract_text(
        "1月8日，区总工会主席周立新到辖区企业开展送温暖活动。",
        headline="雨花区总工会开展送温暖、走访慰问活动",
        region="长沙市",
    )
    assert [n for n in event_names(facts) if "送温暖" in n] == ["送温暖活动"]


def test_a_ceremonys_verb_and_its_name_are_one_event(extract_text):
    # 授牌 (a verb phrase) and 授牌仪式上 (the ceremony named again): one event
    facts = extract_text(
        "近日，雨花区总工会一行到辖区企业为获评“模范职工之家”的单位授牌。授牌仪式上，区总工会主席王立新宣读了表彰决定。",
        region="长沙市",
    )
    assert [n for n in event_names(facts) if "授牌" in n] == ["授牌仪式"]


def test_a_courses_opening_ceremony_named_alone_is_the_courses_event(extract_text):
    # (the ceremony's place is the course's: one event, not two halves)
    facts = extract_text("5月12日，雨花区总工会举办职工技能培训班，开班仪式在区职工服务中心举行。", region="长沙市")
    assert event_names(facts) == ["职工技能培训班"]
    assert {r.name for r, _ in facts.events[0].locations} == {"雨花区职工服务中心"}
    facts = extract_text(
        "5月12日，雨花区总工会基层工会主席培训班在区职工服务中心开班。区总工会主席李红出席开班典礼并讲话。",
        region="长沙市",
    )
    assert event_names(facts) == ["雨花区总工会基层工会主席培训班"]
    assert participants(facts.events[0]) == {"李红"}


def test_who_a_body_gathers_for_an_activity_is_no_part_of_its_name(extract_text):
    # 组织X开展Y / 组织X参观: X does the activity; a modifier of the activity stays (专项督查)
    facts = extract_text("5月12日，雨花区总工会组织职工开展走访慰问。", region="长沙市")
    assert event_names(facts) == ["走访慰问"]
    facts = extract_text("5月12日，雨花区总工会组织全体机关干部参观学习。", region="长沙市")
    assert event_names(facts) == ["参观学习"]
    assert event_names(extract_text("5月12日，雨花区总工会组织专项督查。", region="长沙市")) == ["专项督查"]


def test_a_course_named_by_what_it_improves_and_opened_by_a_rally(extract_text):
    # 能力提升培训班: 提升 stands inside the name; 开班动员会 opens a 训练营 too
    facts = extract_text(
        "5月12日，雨花区工会干部能力提升培训班在区职工服务中心开班。区总工会主席李红出席开班式。",
        region="长沙市",
    )
    assert event_names(facts) == ["雨花区工会干部能力提升培训班"]
    facts = extract_text(
        "5月12日，雨花区总工会工会干部实务训练营在区职工服务中心举行。区总工会主席李红出席开班动员会。",
        region="长沙市",
    )
    assert event_names(facts) == ["雨花区总工会工会干部实务训练营"]


def test_how_long_an_event_lasts_is_no_part_of_its_name(extract_text):
    facts = extract_text("5月12日，雨花区总工会组织45名一线职工赴张家界市进行为期5天的疗休养活动。", region="长沙市")
    assert event_names(facts) == ["疗休养活动"]


def test_an_expo_is_an_event(extract_text):
    facts = extract_text(
        "雨花区总工会在区职工服务中心举办“春风送岗”就业及职业技能博览，30家企业设摊招聘。", region="长沙市"
    )
    assert any(name.endswith("博览") for name in event_names(facts))


def test_a_petition_at_a_place_gone_to_is_an_event(extract_text):
    facts = extract_text("雨花区某物流公司工会组织约60名会员到区政府前请愿，要求公司补发加班费。", region="长沙市")
    assert any(name.endswith("请愿") for name in event_names(facts))


def test_bringing_relief_money_is_a_visit_of_the_union_before_it(extract_text):
    # 县总工会为…送去慰问金: the union, before those it is done for, visits them
    facts = extract_text("6月3日，雨花区总工会为15户困难职工家庭送去慰问金共计3万元。", region="长沙市")
    visit = event(facts, "慰问")
    assert organizers(visit) == ["雨花区总工会"]


def test_relief_money_raised_is_no_visit(extract_text):
    facts = extract_text("6月3日，雨花区总工会共筹集慰问金3万元。", region="长沙市")
    assert event_names(facts) == []


def test_meetings_of_two_bodies_ending_alike_are_two_events(extract_text):
    # 经费审查委员会第一次会议 is not the 第一届委员会第一次会议 named before it
    facts = extract_text(
        "5月6日，雨花区总工会召开第一次会员代表大会。随后召开的第一届委员会第一次会议选举王立新为主席；"
        "经费审查委员会第一次会议选举李秀英为主任。",
        region="长沙市",
    )
    names = event_names(facts)
    assert "第一届委员会第一次会议" in names
    assert "经费审查委员会第一次会议" in names


def test_those_a_meeting_elects_take_part_in_it(extract_text):
    facts = extract_text(
        "5月6日，雨花区总工会召开第一次会员代表大会。随后召开的第一届委员会第一次会议选举王立新为主席，"
        "赵丽君、孙建华为副主席；经费审查委员会第一次会议选举李秀英为主任。",
        region="长沙市",
    )
    assert participants(event(facts, "第一届委员会")) >= {"王立新", "赵丽君", "孙建华"}
    assert "李秀英" not in participants(event(facts, "第一届委员会"))


def test_a_union_founded_at_its_meeting_after_its_areas_organises_it(extract_text):
    facts = extract_text(
        "9月18日，龙华区中山街道博爱社区工会联合会成立大会在社区党群服务中心召开。",
        headline="博爱社区工会联合会成立",
        region="海口市",
    )
    # (named in full in the body, the headline's short form its alias)
    assert organizers(facts.events[0]) == ["龙华区中山街道博爱社区工会联合会"]


def test_a_quoted_day_that_is_held_is_an_event(extract_text):
    # 合办的「…体验日」 / 举办“…宣传周”: a day or week held
    facts = extract_text("南湖区总工会合办的「职工安全体验日」昨日举行。", region="嘉兴市")
    assert event_names(facts) == ["「职工安全体验日」"]
    facts = extract_text("近日，南湖区总工会举办“职工安全宣传周”。", region="嘉兴市")
    assert event_names(facts) == ["“职工安全宣传周”"]


def test_a_quoted_day_of_the_calendar_is_no_event(extract_text):
    facts = extract_text("在“世界读书日”来临之际，南湖区总工会举办职工读书分享会。", region="嘉兴市")
    assert event_names(facts) == ["职工读书分享会"]


def test_a_group_counselling_session_is_an_event(extract_text):
    # 开展了首场“…”团体辅导: a counselling session held
    facts = extract_text("近日，南湖区总工会开展了首场“减压·同行”团体辅导，60余名职工参加。", region="嘉兴市")
    assert event_names(facts) == ["首场“减压·同行”团体辅导"]


def test_a_visit_to_see_workers_after_going_to_a_place_is_an_event(extract_text):
    # 前往X镇，看望…: the visit, held there
    facts = extract_text("1月13日，南湖区总工会副主席邝志远带队前往新兴街道，看望坚守岗位的一线职工。", region="嘉兴市")
    assert "看望" in event_names(facts)


def test_an_employer_summoned_is_an_event_of_those_who_summon(extract_text):
    # 联合人社局监察大队约谈了…负责人: a summons held over unpaid wages, the bodies doing it its organisers
    facts = extract_text(
        "雨花区总工会联合雨花区人力资源和社会保障局约谈了长沙恒顺建筑劳务有限公司负责人。", region="长沙市"
    )
    summons = event(facts, "约谈")
    assert any(o.endswith("雨花区人力资源和社会保障局") for o in organizers(summons))
    # (a rule or system of summons is no event held)
    assert event_names(extract_text("雨花区总工会建立了欠薪约谈机制。", region="长沙市")) == []


def test_a_plaque_presented_and_books_given_are_events(extract_text):
    """为X授予“模范职工小家”牌匾 (a 授牌 written out) and 为书屋赠送图书 (books given) are acts of
    the day; a title conferred on a person (被授予“…奖章”) is an award, no event."""
    facts = extract_text(
        "10月9日，市总工会为红星机械厂工会、城关社区工会等5个基层工会授予“市模范职工小家”牌匾，"
        "并为城关社区职工书屋赠送图书300册。",
        region="嘉兴市",
    )
    names = event_names(facts)
    assert any("模范职工小家" in n for n in names)
    assert "赠送图书" in names
    assert organizers(event(facts, "模范职工小家")) == ["嘉兴市总工会"]
    assert event_names(extract_text("近日，劳模李青山被授予“全国五一劳动奖章”。", region="嘉兴市")) == []


def test_the_same_meeting_of_two_bodies_is_two_events(extract_text):
    """经费审查委员会第一次会议 and 女职工委员会第一次会议: one core once the bodies are left out,
    yet two meetings; the same body's meeting said again is one."""
    facts = extract_text(
        "12月3日，红星机械厂工会第一次会员代表大会召开。大会选举产生了工会委员会、经费审查委员会和"
        "女职工委员会。同日召开的经费审查委员会第一次会议选举林素梅为主任，女职工委员会第一次会议选举"
        "陶小溪为主任。",
        region="嘉兴市",
    )
    names = event_names(facts)
    assert "经费审查委员会第一次会议" in names and "女职工委员会第一次会议" in names


def test_a_stop_of_a_visit_in_its_paragraph_is_part_of_the_visit(extract_text):
    """…带队走访慰问困难职工家庭…随后前往X公司，看望…: 看望 alone is a stop of the visit told
    before it in the paragraph; in a paragraph of its own (另一路…看望…) a visit of its own."""
    one = extract_text(
        "8月3日，县总工会主席韩雪松带队走访慰问困难职工家庭。随后，一行人前往青岩食品有限公司，看望在一线坚守的职工。",
        region="定西市",
    )
    assert len(one.events) == 1
    two = extract_text(
        "8月3日，县总工会主席韩雪松带队走访慰问困难职工家庭。\n另一路由副主席何晓岚带队前往青岩食品有限公司，看望一线职工。",
        region="定西市",
    )
    assert len(two.events) == 2


def test_a_stop_in_a_paragraph_going_on_with_the_days_tour_is_part_of_the_visit(extract_text):
    """A visit told stop by stop, a paragraph a stop: a paragraph opening 随后/下午 (the day's
    tour going on) tells a stop of the visit before it, its people the visit's."""
    facts = extract_text(
        "1月8日，省总工会主席邹明远一行在宜宾市走访慰问坚守岗位的一线职工。\n"
        "一早，一行人来到宜宾港务集团码头。\n"
        "随后，一行人来到翠屏区人民医院，看望了连续值守的护士长邱映雪。",
        region="宜宾市",
    )
    assert len(facts.events) == 1
    other = extract_text(
        "12月30日，市总工会副主席岑立夫带队走访慰问环卫工人。\n"
        "下午，慰问组前往江城建材有限公司，看望节日期间加班的职工，公司经理柯振宇陪同。",
        region="宜宾市",
    )
    assert len(other.events) == 1
    assert "柯振宇" in participants(other.events[0])


def test_a_contests_final_said_after_its_whole_name_is_the_contest(extract_text):
    # the headline reports the contest, the lead its final: one event with the final's day
    facts = extract_text(
        "雨花区第二届职工焊工技能大赛落幕\n"
        "5月12日，由雨花区总工会主办的雨花区第二届职工焊工技能大赛决赛在区职业技能实训基地举行。"
        "经过角逐，周建平获得一等奖。",
        region="长沙市",
    )
    assert len(facts.events) == 1, event_names(facts)
    assert "周建平" in participants(facts.events[0])
    facts = extract_text(
        "5月12日，雨花区第二届职工焊工技能大赛在区职业技能实训基地举行。雨花区第二届职工焊工技能大赛颁奖仪式上，"
        "区总工会主席李红为获奖选手颁奖。",
        region="长沙市",
    )
    assert len(facts.events) == 1, event_names(facts)


def test_a_stop_of_relief_is_named_with_the_place_gone_to(extract_text):
    # 来到X，为…送去Y: a stop of its own, told apart from the day's other stops by its place
    facts = extract_text(
        "7月8日，雨花区总工会启动夏季慰问活动。下午，慰问组来到东山街道的物流园，为80名搬运工人送去冰镇酸梅汤。",
        region="长沙市",
    )
    stop = event(facts, "送去冰镇酸梅汤")
    assert "来到东山街道的物流园送去冰镇酸梅汤" in stop.aliases


def test_an_event_said_to_come_next_week_is_no_event(extract_text):
    # 下周举行 / 即将开幕: a word of planning between the name and its verb of holding
    facts = extract_text("近日，雨花区总工会举办职工读书分享会。另悉，职工篮球联赛下周举行。", region="长沙市")
    assert event_names(facts) == ["职工读书分享会"]


def test_a_name_in_a_hashtag_is_no_event(extract_text):
    # #职工技能大赛: a topic the post is filed under, not an event it reports
    facts = extract_text("近日，雨花区总工会举办职工读书分享会。\n#职工技能大赛 #读书", region="长沙市")
    assert event_names(facts) == ["职工读书分享会"]


def test_a_prize_giving_after_a_contest_is_part_of_it(extract_text):
    # …决赛在X举行。…A为获奖选手颁奖: the contest's prize-giving, no event of its own
    facts = extract_text(
        "5月6日，雨花区总工会举办的第三届职工演讲比赛决赛在区文化馆举行。比赛结束后，区总工会主席王立新为获奖选手颁奖。",
        region="长沙市",
    )
    assert event_names(facts) == ["第三届职工演讲比赛决赛"]


def test_a_stop_of_relief_is_held_at_the_place_gone_to(extract_text):
    # 来到X街道的Y，为…送去Z: the place gone to, though a clause (and many words) stand between
    facts = extract_text(
        "7月8日，雨花区总工会启动夏季慰问活动。下午，慰问组来到同升街道的城东物流产业园区，为在烈日下装卸货物的80多名搬运工人和快递员送去冰镇酸梅汤。",
        region="长沙市",
    )
    stop = event(facts, "送去冰镇酸梅汤")
    assert [ref.name for ref, _ in stop.locations] == ["同升街道"]


def test_a_stop_of_the_days_tour_is_organised_by_the_main_events_organiser(extract_text):
    # 当天下午，慰问组又来到X: the same party goes on, though it names no body
    facts = extract_text(
        "7月8日上午，雨花区总工会在区职工服务中心举行夏季慰问活动启动仪式。"
        "当天下午，慰问组又来到同升街道的物流园，为80名搬运工人送去冰镇酸梅汤。",
        region="长沙市",
    )
    stop = event(facts, "送去冰镇酸梅汤")
    assert organizers(stop) == ["雨花区总工会"]


def test_the_other_party_of_a_split_visit_goes_on_with_the_days_tour(extract_text):
    # 仪式结束后，…兵分两路。一路…\n另一路由B带队前往X，看望…: both stops on the main event's day
    facts = extract_text(
        "7月8日上午，雨花区总工会在区职工服务中心举行夏季慰问活动启动仪式。\n"
        "仪式结束后，慰问组兵分两路。一路由副主席李红带队，来到同升街道的物流园，为80名搬运工人送去冰镇酸梅汤。\n"
        "另一路由主席王立新带队前往黎托街道，看望在工地坚守岗位的一线职工。",
        region="长沙市",
    )
    for part in ("送去冰镇酸梅汤", "看望"):
        stop = event(facts, part)
        assert stop.date is not None and stop.date[0].endswith("07-08"), part
        assert organizers(stop) == ["雨花区总工会"], part


def test_a_named_event_of_the_days_tour_is_organised_by_the_main_events_organiser(extract_text):
    # 当天下午，“X”在Y开讲: an event of the tour named by its title, no body said
    facts = extract_text(
        "7月8日上午，雨花区总工会在区职工服务中心举行夏季慰问活动启动仪式。\n"
        "当天下午，“劳模进驿站·清凉讲堂”在同升街道党群服务中心开讲，60余名快递员参加。",
        region="长沙市",
    )
    talk = event(facts, "清凉讲堂")
    assert organizers(talk) == ["雨花区总工会"]


def test_a_bare_head_watched_or_lasting_is_the_event_just_named(extract_text):
    # …决赛在X举行。A等观摩比赛 / …培训班开班，学员参加为期三天的培训: no event of its own
    facts = extract_text(
        "6月3日，雨花区第二届职工电工技能大赛决赛在区职业技能实训基地举行。区总工会主席李卫东等观摩比赛。",
        region="长沙市",
    )
    assert event_names(facts) == ["雨花区第二届职工电工技能大赛决赛"]
    facts = extract_text(
        "4月9日，雨花区总工会女职工干部培训班在区委党校开班，60名学员参加为期三天的培训。",
        region="长沙市",
    )
    assert [name.endswith("培训班") for name in event_names(facts)] == [True]


def test_the_bodies_a_plaque_is_given_to_take_part_and_hold_nothing(extract_text):
    # 为A、B等N个基层工会授予“X”牌匾: the unions given the plaque take part
    facts = extract_text(
        "10月9日，市总工会为红星机械厂工会、城关社区工会等5个基层工会授予“市模范职工小家”牌匾。",
        region="嘉兴市",
    )
    plaque = next(e for e in facts.events if "模范职工小家" in e.ref.name)
    assert {"红星机械厂工会", "城关社区工会"} <= participants(plaque)
    assert organizers(plaque) == ["嘉兴市总工会"]


def test_a_prize_giving_is_the_contests_not_the_drills_named_in_passing(extract_text):
    # …比武在X举行。…参加了前期的岗位练兵。…A为获奖选手颁奖: the contest held, not the drills
    facts = extract_text(
        "6月3日，雨花区职工电工技能比武在区职业技能实训基地举行。"
        "该公司此次组织200余名职工参加了前期的岗位练兵。区总工会主席李卫东为获奖选手颁奖。",
        region="长沙市",
    )
    contest = next(e for e in facts.events if e.ref.name.endswith("技能比武"))
    assert "颁奖" in contest.aliases


def test_an_act_done_where_one_went_is_named_with_the_place(extract_text):
    # 来到X，察看… / 走进X慰问…: as a stop of relief, the visit is told apart by where it is
    facts = extract_text(
        "7月2日上午，鹿城区总工会举行送清凉活动启动仪式。当天下午，区总工会主席韩立一行来到桂花镇，察看设在物流园内的职工驿站。",
        region="温州市",
    )
    assert any("来到桂花镇" in a for e in facts.events for a in e.aliases), event_names(facts)
    facts = extract_text("11月5日，县总工会副主席陶然带队走进鑫达建材有限公司，慰问一线职工。", region="定西市")
    assert any("走进鑫达建材有限公司" in a for e in facts.events for a in e.aliases), event_names(facts)
    facts = extract_text("随后，检查组深入南湖街道调研户外劳动者服务站点建设。", region="嘉兴市")
    assert any("深入南湖街道" in a for e in facts.events for a in e.aliases), event_names(facts)


def test_an_act_with_no_going_before_it_has_no_place_in_its_name(extract_text):
    facts = extract_text("7月2日，鹿城区总工会主席韩立带队察看了职工驿站。", region="温州市")
    assert facts.events and not any(a.startswith(("来到", "走进")) for e in facts.events for a in e.aliases)


def test_a_branch_venue_set_up_on_the_same_day_is_a_second_event(extract_text):
    # 同一天，X镇总工会在Y设立分会场: another act at another place of the main event's day,
    # on its day, held by its own union
    facts = extract_text(
        "3月2日上午，平阳县总工会在县职工服务中心举行春风行动招聘会。\n同一天，麻步镇总工会在镇便民服务中心设立分会场，为60余名群众办理求职登记。",
        region="温州市",
    )
    assert len(facts.events) == 2, event_names(facts)
    second = facts.events[1]
    assert "分会场" in second.ref.name and second.date is not None and second.date[0].endswith("03-02")


def test_a_closing_ceremony_named_alone_is_the_stage_of_the_contest_before_it(extract_text):
    # …决赛在X举行。…闭幕式暨颁奖仪式上，…: the contest's last stage, not an event of its own
    facts = extract_text(
        "10月9日至11日，滨海新区第五届职工焊工技能大赛决赛在区职业技能实训基地举行。88名选手参加比赛。"
        "11日下午的闭幕式暨颁奖仪式上，区总工会主席韩立为获奖选手颁发证书。",
        region="天津市",
    )
    assert len(facts.events) == 1, event_names(facts)
    facts = extract_text(
        "5月20日，鹿城区总工会举办的第三届职工厨艺比赛在区职工服务中心举行。比赛结束后举行了颁奖仪式，"
        "区总工会副主席陶然出席颁奖仪式。",
        region="温州市",
    )
    assert len(facts.events) == 1, event_names(facts)


def test_a_closing_ceremony_with_no_event_held_before_it_is_an_event(extract_text):
    facts = extract_text("12月2日，县总工会2026年度先进集体颁奖典礼在县文化中心举行。", region="温州市")
    assert len(facts.events) == 1, event_names(facts)


def test_goods_brought_later_in_a_paragraph_of_the_days_tour_are_its_stop(extract_text):
    # 当天下午，…来到X，察看…。…A为N名Y送上Z: one stop at X, its count and people the bringing's
    cases = (
        "7月8日上午，鹿城区总工会举行送清凉活动启动仪式。\n"
        "当天下午，慰问组又来到南郊街道，察看设在公交首末站的户外劳动者驿站。该驿站由街道工会共建。"
        "区总工会副主席陶然为30余名环卫工人送上防暑药品。",
        "6月3日，县总工会在县职工服务中心召开夏季安全生产座谈会。\n"
        "随后，检查组前往滨河物流园，检查防暑降温措施落实情况。园区工会主席高飞为80名分拣员送去绿豆汤。",
        "1月20日，市总工会在市民广场举办春节送温暖集中慰问活动。\n"
        "下午，一行人来到城北高铁站工地，调研春节期间留岗职工的生活保障。项目部工会为留岗的50名农民工送上年货礼包。",
    )
    for text in cases:
        facts = extract_text(text, region="温州市")
        assert len(facts.events) == 2, event_names(facts)
        stop = facts.events[1]
        assert any(a.startswith(("送上", "送去")) for a in stop.aliases) or stop.ref.name.startswith(("送上", "送去"))
        assert stop.count is not None, event_names(facts)


def test_goods_brought_in_a_paragraph_not_going_on_with_the_day_are_no_stop(extract_text):
    facts = extract_text(
        "7月8日，鹿城区总工会主席韩立来到南郊街道，察看户外劳动者驿站。\n街道工会为环卫工人送上防暑药品。",
        region="温州市",
    )
    assert not any(e.ref.name.startswith("送上") for e in facts.events), event_names(facts)
