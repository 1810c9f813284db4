"""kg_events (kg.nlp.events)."""

from __future__ import annotations


def test_an_event_head_and_the_words_before_it(labelled):
    assert labelled("郑州宏达机械有限公司举办技能比赛。", "EVENT") == {"技能比赛"}


def test_a_workshop_of_union_officers_is_an_event(labelled):
    # 研习会: the word Taiwanese and Hong Kong unions use for a training workshop
    assert labelled("工会举办第五期会务研习会。", "EVENT") == {"第五期会务研习会"}


def test_an_action_is_an_event_only_after_a_quoted_title(labelled):
    found = labelled("工会开展“护航夜班”行动，以实际行动关爱职工。", "EVENT")
    assert found == {"“护航夜班”行动"}


def test_gatherings_named_by_their_kind_of_meeting(labelled):
    # 工作会, 茶话会, 文化节: heads of the meetings and festivals unions hold
    assert labelled("召开全市工会工作会。", "EVENT") == {"工会工作会"}
    assert labelled("举办新春劳模茶话会。", "EVENT") == {"新春劳模茶话会"}
    assert labelled("举办第三届职工文化节。", "EVENT") == {"第三届职工文化节"}


def test_an_ordinal_is_part_of_the_name(labelled):
    assert labelled("第三届职工技能大赛在郑州举行。", "EVENT") == {"第三届职工技能大赛"}


def test_a_quoted_name_is_part_of_the_event(labelled):
    assert labelled("开展“安康杯”知识竞赛。", "EVENT") == {"“安康杯”知识竞赛"}


def test_a_short_aside_in_brackets_is_part_of_the_event(labelled):
    assert labelled("召开全体（扩大）会议。", "EVENT") == {"全体（扩大）会议"}


def test_a_determiner_points_at_an_event_without_naming_it(labelled):
    assert labelled("工会组织了系列讲座。", "EVENT") == set()


def test_a_descriptor_does_not_open_an_event_name(labelled):
    assert labelled("举办全市职工技能竞赛。", "EVENT") == {"职工技能竞赛"}


def test_a_verb_phrase_pattern(find):
    assert ("走访慰问困难职工", "EVENT", "verb") in find("2024年5月1日，职工们走访慰问困难职工。")


def test_an_event_inside_a_bodys_name_is_part_of_that_name(labelled):
    assert labelled("郑州市总工会职工技能比赛中心开放。", "EVENT") == set()


def test_a_body_before_the_event_is_part_of_its_name(labelled, tagged_mentions):
    assert labelled("郑州市总工会职工技能大赛开幕。", "EVENT") == {"郑州市总工会职工技能大赛"}
    # the walk takes the whole union, whatever the tags of its words (联合 is a verb)
    union = [("郑州市", "LOC"), ("建筑业", "n"), ("工会", "n"), ("联合", "v"), ("会", "n")]
    found = tagged_mentions(*union, ("职工", "n"), ("技能", "n"), ("大赛", "n"), ("开幕", "v"))
    assert ("郑州市建筑业工会联合会职工技能大赛", "EVENT", "") in found


def test_a_head_of_four_characters_names_an_event_alone(labelled):
    assert labelled("职工们在礼堂举行表彰大会。", "EVENT") == {"表彰大会"}


def test_a_verb_of_the_activity_before_the_head_is_part_of_the_name(labelled):
    assert labelled("区总工会开展职工慰问关爱活动。", "EVENT") == {"职工慰问关爱活动"}


def test_a_verb_that_governs_the_event_is_no_part_of_its_name(labelled):
    assert labelled("选手们顺利进入决赛。", "EVENT") == set()


def test_a_festival_is_part_of_the_name(labelled):
    assert labelled("区总工会开展中秋节慰问关爱活动。", "EVENT") == {"中秋节慰问关爱活动"}


def test_ji_joins_two_names_into_one_event(labelled):
    assert "三江公司工会成立暨首届职工代表大会" in labelled(
        "三江公司工会成立暨首届职工代表大会在厂区礼堂举行。", "EVENT"
    )


def test_he_joins_two_nouns_of_one_name(labelled):
    assert labelled("区总工会举办劳动和技能竞赛。", "EVENT") == {"劳动和技能竞赛"}


def test_he_joins_no_two_events(labelled):
    assert labelled("区总工会举办篮球比赛和职工技能竞赛。", "EVENT") == {"篮球比赛", "职工技能竞赛"}


def test_he_joins_no_noun_to_the_head_alone(labelled):
    # (送去慰问品 is a visit of its own: event_patterns.txt; 慰问品和活动 is none)
    assert labelled("区总工会为职工送去慰问品和活动。", "EVENT") == {"送去慰问品"}


def test_a_name_never_opens_with_a_joiner(labelled):
    assert labelled("送文化进基层和劳模宣讲受到职工欢迎。", "EVENT") == {"送文化进基层", "劳模宣讲"}


def test_a_reading_in_brackets_is_no_part_of_a_name(labelled):
    assert labelled("区总工会举行启动(qǐ)仪式。", "EVENT") == set()


def test_a_head_before_a_noun_modifies_it(labelled):
    assert labelled("工会不断完善技能竞赛机制。", "EVENT") == set()


def test_a_titled_name_before_a_noun_is_still_an_event(labelled):
    assert "第三届职工技能大赛" in labelled("第三届职工技能大赛钳工项目在厂区启动。", "EVENT")


def test_an_activity_held_is_an_event(find):
    assert ("座谈", "EVENT", "verb") in find("随后，与企业负责人进行了座谈。")
    assert ("防暑降温专项检查", "EVENT", "verb") in find("区总工会开展防暑降温专项检查。")


def test_an_activity_before_a_noun_is_no_event(labelled):
    assert labelled("各级工会组织共筹集慰问资金20万元。", "EVENT") == set()


def test_heads_of_ball_games_and_walks(labelled):
    assert labelled("区总工会举办第二届职工乒乓球赛。", "EVENT") == {"第二届职工乒乓球赛"}
    assert labelled("区总工会组织职工徒步走活动。", "EVENT") == {"职工徒步走活动"}


def test_a_campaign_taken_somewhere(labelled):
    assert "送文化进基层活动" in labelled("市总工会启动送文化进基层活动。", "EVENT")


def test_a_visit_to_those_in_need(labelled):
    assert "看望慰问困难企业" in labelled("市总工会看望慰问困难企业。", "EVENT")


def test_an_adjective_alone_before_a_head_is_no_part_of_the_name(labelled):
    assert labelled("来自全市的选手参加了整个比赛。", "EVENT") == set()


def test_an_adjective_before_a_verb_of_the_name_is_part_of_it(labelled):
    assert labelled("区总工会组织职工开展健康游活动。", "EVENT") == {"健康游活动"}


def test_a_head_alone_after_a_word_of_kinds_is_no_event(labelled):
    assert labelled("区总工会开展了一系列活动。", "EVENT") == set()
    assert labelled("区总工会开展了各类主题活动。", "EVENT") == set()


def test_a_meeting_received_is_an_event(find):
    assert ("会见了", "EVENT", "verb") in find("区总工会主席王立新会见了来访的职工交流团。")


def test_an_event_named_inside_a_document_title_is_none(labelled):
    # 《…大会选举办法》 names the rules of an election, not an event the article reports
    found = labelled("大会审议通过了《新桥机械厂第一届工会会员大会选举办法》。", "EVENT")
    assert found == set()


def test_a_campaign_of_publicity_named_with_its_adverb(labelled):
    # 宣传 is the activity the event is, 集中 (an adverb of the verb) part of its name
    assert labelled("荷塘区总工会在新桥广场开展安全生产月集中宣传活动。", "EVENT") == {"安全生产月集中宣传活动"}


def test_a_campaigns_phrase_before_the_head_is_part_of_the_name(labelled):
    # 送清凉 (a phrase of event_patterns.txt) and 慰问活动: one campaign, not 清凉慰问活动
    assert labelled("区总工会开展2024年送清凉慰问活动。", "EVENT") == {"2024年送清凉慰问活动"}
    assert labelled("区总工会开展春节送温暖慰问活动。", "EVENT") >= {"春节送温暖慰问活动"}


def test_an_activity_after_a_verb_of_going_is_an_event(find):
    # 走进X，慰问… / 来到X调研: no verb of holding, the visit is the event
    assert ("调研", "EVENT", "verb") in find("区总工会主席王明来到长沙市某建筑工地调研。")
    assert ("慰问", "EVENT", "verb") in find("区总工会一行走进长沙市第一医院，慰问坚守岗位的医护人员。")
    # (not after 在: 在安全检查中 is no visit)
    assert find("区总工会在安全检查中发现问题。") & {("检查", "EVENT", "verb")} == set()


def test_an_activity_held_after_a_quoted_title(find):
    assert ("“三八”女职工慰问", "EVENT", "verb") in find("区总工会开展“三八”女职工慰问。")


def test_an_adverb_before_the_verb_of_the_name_is_part_of_it(labelled):
    # 无偿 (vd) before 献血, a verb of the activity the event is
    assert labelled("区总工会组织干部开展无偿献血活动。", "EVENT") == {"无偿献血活动"}


def test_a_dialogue_or_a_study_visit_held_is_an_event(find):
    assert ("劳模与青年职工真情对话", "EVENT", "verb") in find("区总工会举办劳模与青年职工真情对话。")
    assert ("观摩", "EVENT", "verb") in find("区总工会组织职工到长沙经开区观摩学习。")


def test_a_plaque_hung_is_an_event_a_case_put_under_supervision_is_not(find):
    assert ("挂牌", "EVENT", "verb") in find("5月20日，雨花区职工服务中心正式挂牌成立。")
    assert not any(lab == "EVENT" for _t, lab, _k in find("近日，雨花区对3起欠薪案件挂牌督办。"))


def test_a_name_right_after_another_goes_on_with_it(labelled):
    # 徒步 ends a titled name, yet 健身竞走活动 right after it is the rest of that name
    found = labelled("区总工会开展第三届“快乐工作”职工徒步健身竞走活动。", "EVENT")
    assert found == {"第三届“快乐工作”职工徒步健身竞走活动"}


def test_a_verb_and_its_object_before_the_head_are_part_of_the_name(labelled):
    # the task of the contest: a verb of one character and its noun, after who does it
    assert labelled("县总工会举办职工剪羊毛技能大赛。", "EVENT") == {"职工剪羊毛技能大赛"}
    assert labelled("工会举办包饺子比赛。", "EVENT") == {"包饺子比赛"}


def test_a_verb_after_an_adverb_is_no_part_of_the_name(labelled):
    assert labelled("选手们在现场看篮球比赛。", "EVENT") == {"篮球比赛"}


def test_an_area_opening_with_a_joiner_keeps_it(labelled):
    # 和静县: an area's name that opens with 和 is no 和 joining two names
    assert labelled("和静县职工篮球比赛在镇上举行。", "EVENT") == {"和静县职工篮球比赛"}


def test_a_quoted_title_held_at_a_place_is_an_event(labelled):
    found = labelled("当天下午，“劳模故事汇·安全课堂”在街道党群服务中心开讲。", "EVENT")
    assert found == {"“劳模故事汇·安全课堂”"}


def test_a_quoted_title_inside_a_clause_is_no_event(labelled):
    assert labelled("职工们高喊“安全第一”在车间举行。", "EVENT") == set()


def test_a_quoted_title_after_its_edition_is_an_event_with_its_bodies(labelled):
    found = labelled("11月3日，雨花区黎托街道第三届“睦邻节”在街道文体广场举行。", "EVENT")
    assert found == {"雨花区黎托街道第三届“睦邻节”"}


def test_goods_brought_to_people_at_a_place_gone_to_are_a_stop_of_relief(labelled):
    # 来到X，为…送去Y: a verb of going, its place, then what is brought there
    found = labelled("随后，工作组来到河东镇的物流园，为80名搬运工人送去冰镇酸梅汤，并检查了休息室。", "EVENT")
    assert "送去冰镇酸梅汤" in found


def test_goods_brought_with_no_place_gone_to_are_no_stop(labelled):
    # (no verb of going before it: 为…送上 alone is what an event already named did)
    found = labelled("工会干部为搬运工人送上冰镇酸梅汤。", "EVENT")
    assert not any(t.startswith("送上") for t in found)


def test_the_activity_a_led_party_does_is_an_event(labelled):
    # 带队走访了X: a verb of leading a party, then its activity
    assert "走访" in labelled("县总工会主席王立新带队走访了东湖镇的6户职工家庭。", "EVENT")
    assert "调研" in labelled("副主席李红带领机关干部调研了三家物流企业。", "EVENT")


def test_a_new_act_at_a_new_place_on_the_same_day_is_an_event(labelled):
    # 同一天/同日/当天下午，X在Y + a verb and its short object: a second act of the main event's
    # day, at a place of its own (a branch venue, a desk set up elsewhere)
    found = labelled(
        "3月2日，市总工会在人民广场举办招聘会。同日，黄河镇总工会在镇文化站设立咨询点，为职工答疑。", "EVENT"
    )
    assert "设立咨询点" in found
    found = labelled("当天下午，青山街道工会在社区服务中心开设报名点。上午的招聘会共有300人参加。", "EVENT")
    assert "开设报名点" in found
    found = labelled(
        "4月9日上午，县总工会举行送岗位活动启动仪式。\n同一天，北岭乡工会在乡政府大院设立分会场，组织村民报名。",
        "EVENT",
    )
    assert "设立分会场" in found


def test_an_act_whose_object_is_another_act_on_the_same_day_is_no_event(labelled):
    # 同日，X在Y组织职工收看大会直播: the watching of the main event, no act of its own; nor
    # a day's word inside a sentence (会议决定同日在Y设立…)
    found = labelled("同日，区总工会在区会议中心组织全体干部收看大会直播。", "EVENT")
    assert not any(t.startswith("组织") for t in found)
    found = labelled("会议要求各镇同日在镇文化站设立咨询点。", "EVENT")
    assert "设立咨询点" not in found
    found = labelled("同日，区总工会在活动现场设立咨询台。", "EVENT")
    assert "设立咨询台" not in found
    found = labelled("同日，市总工会在官网发布通知。", "EVENT")  # (a medium, no place)
    assert "发布通知" not in found


def test_a_ceremony_is_named_with_the_act_it_performs(labelled):
    # 发车仪式, 开园仪式, 授牌仪式: a verb right before a ceremony's head is its act
    found = labelled("3月1日，县总工会2026年“春风行动”返岗专车集中发车仪式在县汽车站举行。", "EVENT")
    assert any(t.endswith("集中发车仪式") for t in found), found
    found = labelled("8月8日，市总工会职工疗休养基地正式开园仪式在千岛湖举行。", "EVENT")
    assert any(t.endswith("正式开园仪式") for t in found), found
    found = labelled("7月1日，鼓楼区工会驿站集中授牌仪式在区职工服务中心举行。", "EVENT")
    assert any(t.endswith("集中授牌仪式") for t in found), found


def test_a_verb_holding_or_attending_a_ceremony_is_no_part_of_its_name(labelled):
    found = labelled("区委常委、区总工会主席杨帆出席仪式并讲话。", "EVENT")
    assert not any(t.startswith("出席") for t in found), found


def test_the_act_a_ceremony_marks_is_part_of_its_name(labelled):
    # X仪式 / X典礼: the verb before the head is the act the ceremony marks (启用, 开工, 结业)
    assert labelled("9月2日，鼓楼区总工会职工书屋启用仪式在区文化馆举行。", "EVENT") == {"鼓楼区总工会职工书屋启用仪式"}
    assert labelled("5月6日，城南新区二期项目开工仪式在工地现场举行。", "EVENT") == {"城南新区二期项目开工仪式"}
    found = labelled("6月30日，市职工学校第三期焊工班结业典礼在校礼堂举行。", "EVENT")
    assert found == {"市职工学校第三期焊工班结业典礼"}


def test_an_adverb_of_a_ceremonys_act_is_part_of_its_name(labelled):
    # 集中启用仪式, 集中揭牌仪式: 集中 says how the act is done
    found = labelled("4月9日，江北区总工会“爱心驿站”集中启用仪式在观音桥街道举行。", "EVENT")
    assert found == {"江北区总工会“爱心驿站”集中启用仪式"}
    found = labelled("4月9日，江北区总工会“爱心驿站”集中揭牌仪式在观音桥街道举行。", "EVENT")
    assert found == {"江北区总工会“爱心驿站”集中揭牌仪式"}


def test_a_verb_of_taking_part_before_a_ceremony_names_no_act(labelled):
    # 出席仪式, 举行仪式: those who attend or hold it, not what it marks
    assert labelled("区领导出席仪式并讲话。", "EVENT") == set()
    assert labelled("区总工会在广场举行仪式。", "EVENT") == set()
