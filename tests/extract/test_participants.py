"""Family participants (kg.extract.participants): who attends, who organises apart."""

from __future__ import annotations

import pytest

from tests.extract.facts_view import event, organizers, participants


def test_a_person_who_attends_takes_part_in_the_event_named_last_before(extract_text):
    facts = extract_text(
        "近日，秀峰区总工会举办职工篮球赛。随后，区总工会召开工作推进会，区总工会主席陈国平出席并讲话。",
        region="桂林市",
    )
    assert "陈国平" in participants(event(facts, "工作推进会"))
    assert "陈国平" not in participants(event(facts, "篮球赛"))


def test_a_speaker_at_the_meeting_takes_part_in_the_main_event(extract_text):
    # 会上: the sentence is about the article's main event, not the one named last
    facts = extract_text(
        "近日，秀峰区总工会举办职工篮球赛。随后，区总工会召开工作推进会。会上，区总工会副主席李文军讲话。",
        region="桂林市",
    )
    assert "李文军" in participants(event(facts, "篮球赛"))
    assert "李文军" not in participants(event(facts, "工作推进会"))


def test_a_person_without_a_verb_of_attending_takes_no_part(extract_text):
    facts = extract_text(
        "近日，秀峰区总工会举办职工篮球赛。区总工会主席陈国平表示，比赛丰富了职工生活。", region="桂林市"
    )
    assert "陈国平" not in participants(event(facts, "篮球赛"))


def test_organisers_stated_in_a_later_sentence_organise_the_main_event(extract_text):
    facts = extract_text(
        "近日，第五届全市职工书法大赛在市文化馆开幕。本次大赛由临沂市总工会、临沂市文联联合主办，兰山区总工会承办。",
        region="临沂市",
    )
    # (临沂市文联 is the city's 文学艺术界联合会: its official name, the short form an alias)
    assert organizers(event(facts, "书法大赛")) == ["临沂市总工会", "临沂市文学艺术界联合会", "兰山区总工会"]


def test_organisers_stated_after_an_events_head_organise_the_event_it_names_again(extract_text):
    # the headline's 决赛 is the main event; 大赛由X主办 names the 大赛 again
    facts = extract_text(
        "10月22日，2025年秀峰区职工技能大赛电工、焊工两个项目的决赛在区职业技术学校举行。"
        "大赛由秀峰区总工会、秀峰区人力资源和社会保障局联合主办。",
        headline="秀峰区职工技能大赛决赛收官",
        region="桂林市",
    )
    (contest,) = [e for e in facts.events if e.ref.name.endswith("大赛")]
    assert "秀峰区总工会" in organizers(contest)


def test_organisers_of_another_event_named_in_their_sentence_are_not_the_main_events(extract_text):
    facts = extract_text(
        "近日，第五届全市职工书法大赛在市文化馆开幕。另外，第二届职工摄影展由兰山区总工会主办。",
        region="临沂市",
    )
    assert "兰山区总工会" not in organizers(event(facts, "书法大赛"))


def test_organisers_of_this_event_named_again_organise_the_main_event(extract_text):
    facts = extract_text(
        "近日，第五届全市职工书法大赛在市文化馆开幕。本次职工书法大赛由临沂市总工会主办。", region="临沂市"
    )
    assert organizers(event(facts, "第五届")) == ["临沂市总工会"]


def test_people_listed_before_the_verb_of_attending_all_take_part(extract_text):
    facts = extract_text(
        "3月8日，临川区总工会举办女职工插花比赛。区人大常委会副主任、区总工会主席周建平，"
        "区总工会副主席吴玉兰，区妇联主席郑晓红等领导出席活动。",
        region="抚州市",
    )
    assert {"周建平", "吴玉兰", "郑晓红"} <= participants(event(facts, "插花比赛"))


def test_a_list_split_at_semicolons_is_one_list(extract_text):
    facts = extract_text(
        "3月8日，临川区总工会举办女职工插花比赛。区总工会主席周建平；区总工会副主席吴玉兰；"
        "区妇联主席郑晓红等出席活动。",
        region="抚州市",
    )
    assert {"周建平", "吴玉兰"} <= participants(event(facts, "插花比赛"))


def test_the_list_after_attended_by_takes_part(extract_text):
    facts = extract_text(
        "3月8日，临川区总工会举办女职工插花比赛。出席本次活动的有区总工会主席周建平，区妇联主席郑晓红。",
        region="抚州市",
    )
    assert {"周建平", "郑晓红"} <= participants(event(facts, "插花比赛"))


def test_a_list_ending_in_others_before_the_verb_takes_part(extract_text):
    facts = extract_text(
        "3月8日，临川区总工会举办女职工插花比赛。区总工会主席周建平，区妇联主席郑晓红和各单位女职工共80余人参加活动。",
        region="抚州市",
    )
    assert {"周建平", "郑晓红"} <= participants(event(facts, "插花比赛"))


def test_people_who_go_to_or_lead_the_event_take_part(extract_text):
    facts = extract_text(
        "7月15日，区总工会主席周建平一行来到城南工业园，开展夏季送清凉慰问活动。区总工会副主席吴玉兰陪同慰问。",
        region="抚州市",
    )
    assert {"周建平", "吴玉兰"} <= participants(event(facts, "送清凉"))


def test_people_attending_after_a_sentence_naming_two_events_take_part_in_both(extract_text):
    facts = extract_text(
        "3月8日，临川区女职工技能竞赛启动仪式暨插花比赛在区文化馆举行。区总工会主席周建平出席活动。",
        region="抚州市",
    )
    for e in facts.events:
        if "启动仪式" in e.ref.name or "插花比赛" in e.ref.name:
            assert "周建平" in participants(e)


def test_organisers_stated_apart_organise_the_events_named_with_the_main_one(extract_text):
    facts = extract_text(
        "6月5日，全市建筑业劳动竞赛启动仪式和职工篮球比赛在滨江花园项目举行。本次竞赛由临沂市总工会主办。",
        region="临沂市",
    )
    for e in facts.events:
        if "启动仪式" in e.ref.name or "篮球比赛" in e.ref.name:
            assert organizers(e) == ["临沂市总工会"]
    assert len([e for e in facts.events if "启动仪式" in e.ref.name or "篮球比赛" in e.ref.name]) == 2


def test_a_person_carrying_gifts_to_the_event_takes_part(extract_text):
    facts = extract_text(
        "1月5日，兰山区总工会主席周建平带着米面油等慰问品，为环卫站职工开展冬季送温暖活动。", region="临沂市"
    )
    assert "周建平" in participants(event(facts, "送温暖"))


def test_people_attending_after_the_lead_take_part_in_the_headlines_event_it_names(extract_text):
    # the lead names the headline's event again (merged, it keeps the headline's place)
    # with a second one joined by 暨: who attends after it takes part in both
    facts = extract_text(
        "5月12日，宏远集团2024年职工技能竞赛启动仪式暨电工、焊工技能比赛在该集团实训基地举行。"
        "市总工会副主席周立新，集团工会主席韩文斌出席仪式。",
        headline="宏远集团举行2024年职工技能竞赛启动仪式",
        region="洛阳市",
    )
    assert "周立新" in participants(event(facts, "启动仪式"))


def test_the_object_of_attending_names_the_event_attended(extract_text):
    # 出席活动 after a second event: the one whose name ends with 活动, not the last named
    facts = extract_text(
        "4月8日，2024年全市职工职业技能竞赛启动活动在滨江产业园举行。当天，全市“工匠进企业”专项行动也正式启动。"
        "市总工会主席郑明远，副主席许丽华出席活动。",
        region="宁波市",
    )
    assert "郑明远" in participants(event(facts, "启动活动"))
    assert "郑明远" not in participants(event(facts, "专项行动"))


def test_the_bodies_invited_take_part_in_the_main_event(extract_text):
    facts = extract_text(
        "近日，长丰县总工会举办职工健康关爱活动。活动中，长丰县总工会邀请了长丰县人民医院和长丰县中医院开展义诊服务。",
        region="合肥市",
    )
    assert {"长丰县人民医院", "长丰县中医院"} <= participants(event(facts, "健康关爱活动"))


def test_the_people_invited_take_part_in_the_main_event(extract_text):
    facts = extract_text(
        "9月12日，长丰县总工会在县职工服务中心举办职工健康关爱活动。活动邀请长丰县人民医院主治医师周晓岚开展健康讲座。",
        region="合肥市",
    )
    assert "周晓岚" in participants(event(facts, "健康关爱活动"))


def test_a_person_who_comes_in_person_takes_part(extract_text):
    facts = extract_text("4月12日，天心区总工会举办职工书法比赛。区总工会主席王立新亲临现场。", region="长沙市")
    assert participants(event(facts, "书法比赛")) == {"王立新"}


def test_the_bodies_named_as_sponsoring_units_organise_the_main_event(extract_text):
    facts = extract_text(
        "4月12日，天心区职工书法比赛在坡子街街道举行。本次比赛主办单位为天心区总工会，承办单位为坡子街街道总工会。",
        region="长沙市",
    )
    assert organizers(event(facts, "书法比赛")) == ["天心区总工会", "坡子街街道总工会"]


def test_a_person_who_declares_the_event_open_takes_part(extract_text):
    facts = extract_text(
        "4月12日，天心区职工书法比赛在坡子街街道举行。区总工会主席王立新宣布比赛开幕。", region="长沙市"
    )
    assert participants(event(facts, "书法比赛")) == {"王立新"}


def test_a_person_who_gives_the_welcome_speech_takes_part(extract_text):
    facts = extract_text("4月12日，天心区总工会举办职工书法比赛。坡子街街道党工委书记李少文致欢迎辞。", region="长沙市")
    assert participants(event(facts, "书法比赛")) == {"李少文"}


@pytest.mark.parametrize(
    "act", ["为比赛揭牌", "为获奖单位授牌", "对作品进行点评", "应邀担任评委", "到赛场调研", "致开幕辞", "致闭幕辞"]
)
def test_a_person_who_acts_at_the_event_takes_part(extract_text, act):
    facts = extract_text(f"4月12日，天心区总工会举办职工书法比赛。书法家协会主席李少文{act}。", region="长沙市")
    assert participants(event(facts, "书法比赛")) == {"李少文"}


def test_a_person_under_whose_lead_the_event_is_held_takes_part(extract_text):
    facts = extract_text("近日，在区总工会主席王立新的带领下，天心区总工会干部走访慰问困难职工。", region="长沙市")
    assert participants(event(facts, "慰问")) == {"王立新"}


def test_people_who_accompany_the_visit_take_part(extract_text):
    # 随行: those who go along with the leaders take part in the visit named before
    facts = extract_text(
        "1月15日，天心区总工会举办职工书法比赛。区总工会办公室主任李少文、坡子街街道工会主席张海燕随行。",
        region="长沙市",
    )
    assert participants(event(facts, "书法比赛")) == {"李少文", "张海燕"}


def test_the_people_who_do_the_event_to_others_take_part(extract_text):
    # A、B，对困难职工进行走访慰问: the subjects of 对…进行 do the event
    facts = extract_text(
        "1月15日，天心区总工会副主席王立新、女职工部部长张海燕，对部分困难职工进行春节前走访慰问。",
        region="长沙市",
    )
    assert participants(event(facts, "慰问")) == {"王立新", "张海燕"}


def test_the_people_listed_after_this_events_fenbie_take_part(extract_text):
    # 这次…的N名…分别是：A；B: the people the article's event is about, listed with titles
    facts = extract_text(
        "3月2日上午，雁山区总工会举行欢送仪式，欢送我区3名省级劳动模范赴省城参会。"
        "这次受表彰的3名劳动模范分别是：桂林某某机械有限公司高级技师黄振邦；"
        "雁山区某某小学教师谢文琳；雁山区某某农业合作社理事长苏德明。",
        region="桂林市",
    )
    assert {"黄振邦", "谢文琳", "苏德明"} <= set(participants(event(facts, "欢送仪式")))


def test_people_attending_after_the_lead_take_part_in_the_event_it_names_again_past_a_caption(extract_text):
    # a photo caption under the headline names another event (揭牌仪式): the lead names the
    # headline's event again (merged, it keeps the headline's place), so those attending
    # after the lead take part in it, not in the caption's
    facts = extract_text(
        "新桥镇总工会揭牌仪式。李明 摄\n"
        "3月30日上午，新桥镇总工会成立暨第一次会员代表大会在镇政府礼堂召开。"
        "县总工会主席周立新、新桥镇党委书记韩文斌出席会议。",
        headline="新桥镇总工会成立暨第一次会员代表大会召开",
        region="株洲市",
    )
    assert {"周立新", "韩文斌"} <= participants(event(facts, "代表大会"))


@pytest.mark.parametrize(
    "said",
    ["副市长王建明代表市长刘国华出席并致辞。", "副市长王建明受市长刘国华委托出席并致辞。"],
)
def test_one_standing_in_for_another_takes_part_alone(extract_text, said):
    # A代表市长B出席 / A受B委托出席: A attends, B is away
    facts = extract_text("近日，秀峰区总工会举办职工篮球赛，" + said, region="桂林市")
    got = participants(event(facts, "篮球赛"))
    assert "王建明" in got
    assert "刘国华" not in got


def test_a_workers_representative_still_attends(extract_text):
    # 职工代表B出席: 代表 is B's title here, no one stands in
    facts = extract_text("近日，秀峰区总工会举办职工篮球赛，职工代表刘国华出席。", region="桂林市")
    assert "刘国华" in participants(event(facts, "篮球赛"))


@pytest.mark.parametrize("colon", ["：", ":", "︰"])
def test_the_guests_listed_after_their_role_take_part(extract_text, colon):
    facts = extract_text(
        f"近日，秀峰区总工会举办职工篮球赛。担任主礼嘉宾有{colon}区委书记王建明，区总工会主席刘国华。",
        region="桂林市",
    )
    got = participants(event(facts, "篮球赛"))
    assert {"王建明", "刘国华"} <= set(got)


def test_a_person_who_goes_to_a_place_with_dao_takes_part(extract_text):
    # X到Y开展…: the person goes there to hold the event
    facts = extract_text("1月8日，区总工会主席周立新到辖区企业开展送温暖活动。", region="长沙市")
    assert participants(event(facts, "送温暖")) == {"周立新"}


def test_a_person_takes_part_in_the_dated_event_his_sentence_names_after_him(extract_text):
    # a page of two reports: the leader of the second visit is not at the first event
    facts = extract_text(
        "4月12日，天心区总工会举办职工书法比赛。"
        "7月3日，区总工会主席王立新一行走进长沙市第一医院，慰问坚守岗位的医护人员。",
        region="长沙市",
    )
    assert participants(event(facts, "慰问")) == {"王立新"}
    assert participants(event(facts, "书法比赛")) == set()


def test_those_listed_after_a_clause_of_attending_take_part(extract_text):
    # …两名代表赴长沙参会，分别是A、B: the delegates listed attend the congress
    facts = extract_text(
        "湖南省工会第十八次代表大会近日召开，天心区有两名代表赴长沙参会，分别是区总工会主席周立新、长沙卷烟厂技师陈小燕。",
        region="长沙市",
    )
    assert participants(event(facts, "代表大会")) == {"周立新", "陈小燕"}


def test_the_winners_of_a_place_listed_after_a_colon_take_part(extract_text):
    # 一等奖获得者：A（X公司）, a list under a heading, no 为
    facts = extract_text(
        "10月22日，雨花区第二届厨艺技能比赛决赛在区职工服务中心举行。经过实操比拼，获奖名单如下：\n"
        "一等奖获得者：钟雅琳（长沙味源餐饮有限公司）\n"
        "二等奖获得者：邝志远（长沙湘厨餐饮有限公司）、龚丽萍（长沙味源餐饮有限公司）",
        region="长沙市",
    )
    assert {"钟雅琳", "邝志远", "龚丽萍"} <= set(participants(event(facts, "厨艺技能比赛")))


def test_the_winners_of_a_place_listed_after_a_contest_take_part_in_it(extract_text):
    facts = extract_text(
        "近日，雨花区总工会举办职工读书分享会。在此前举行的雨花区第二届“厨艺技能比赛”中，"
        "一等奖获得者为长沙味源餐饮有限公司的钟雅琳，二等奖获得者为邝志远、龚丽萍。",
        region="长沙市",
    )
    assert {"钟雅琳", "邝志远", "龚丽萍"} <= set(participants(event(facts, "厨艺技能比赛")))


def test_who_teaches_at_a_lecture_takes_part(extract_text):
    # A和B为60余名环卫工人讲授…
    facts = extract_text(
        "7月17日，雨花区总工会在区职工服务中心举行防暑知识讲座，区总工会副主席钟雅琳和医生邝志远为60余名环卫工人讲授急救方法。",
        region="长沙市",
    )
    assert {"钟雅琳", "邝志远"} <= participants(event(facts, "防暑知识讲座"))


def test_who_presents_the_contest_takes_part(extract_text):
    # A介绍了赛事安排: at the contest
    facts = extract_text(
        "10月22日，雨花区第二届厨艺技能比赛在区职工服务中心举行。区人社局副局长邝志远介绍了赛事安排。",
        region="长沙市",
    )
    assert "邝志远" in participants(event(facts, "厨艺技能比赛"))


def test_who_speaks_at_the_meeting_takes_part(extract_text):
    # 会上，X作了交流发言
    facts = extract_text(
        "11月6日，雨花区总工会召开第三次会员代表大会。会上，长沙味源餐饮有限公司经理邝志远作了交流发言。",
        region="长沙市",
    )
    assert "邝志远" in participants(event(facts, "会员代表大会"))


def test_who_acts_right_after_the_occasion_opening_a_sentence_takes_part(extract_text):
    # 活动中，X为新会员佩戴徽章 / 授牌仪式上，X为…授牌: the one who acts there, after a body and titles
    facts = extract_text(
        "11月6日，雨花区总工会在井湾子街道举办职工读书分享会。"
        "活动中，雨花区总工会党组书记、常务副主席邝志远为新会员佩戴工会徽章。",
        region="长沙市",
    )
    assert "邝志远" in participants(event(facts, "读书分享会"))
    facts = extract_text(
        "一辆大巴车5日上午从雨花区工人文化宫驶出。\n欢送仪式上，雨花区总工会主席邝志远为疗休养团授旗。",
        region="长沙市",
    )
    assert "邝志远" in participants(event(facts, "欢送仪式"))
    # (a person after a verb of the clause is no subject acting there: 活动中，记者看到邝志远…)
    facts = extract_text(
        "11月6日，雨花区总工会举办读书分享会。活动中，记者看到快递员邝志远正在读书。",
        region="长沙市",
    )
    assert "邝志远" not in participants(event(facts, "读书分享会"))


def test_who_presents_a_titled_report_takes_part(extract_text):
    # 院长X作《2024年工作报告》
    facts = extract_text(
        "3月5日，长沙恒丰机械有限公司第三届职工代表大会第二次会议召开。总经理邝志远作《2024年公司工作报告》。",
        region="长沙市",
    )
    assert "邝志远" in participants(event(facts, "职工代表大会"))


def test_who_presents_a_report_titled_by_ti_wei_takes_part(extract_text):
    # 董事长X作题为《…》的工作报告: the title introduced by 题为
    facts = extract_text(
        "1月9日，宁川电力有限公司第二届职工代表大会第三次会议召开。"
        "公司董事长柯振宇作题为《守牢安全底线　奋力开创新局面》的工作报告。",
        region="太原市",
    )
    assert "柯振宇" in participants(event(facts, "职工代表大会"))


def test_who_gives_a_speech_titled_by_ti_wei_at_a_forum_takes_part(extract_text):
    # another event and speech: 作了题为《…》的主旨演讲 at a forum
    facts = extract_text(
        "6月3日，秀峰区总工会举办劳模工匠论坛。全国劳动模范邵明川作了题为《一颗螺丝钉的三十年》的主旨演讲。",
        region="桂林市",
    )
    assert "邵明川" in participants(event(facts, "论坛"))


def test_those_the_meeting_named_by_its_head_elects_take_part(extract_text):
    # 经无记名投票，大会补选A为工会副主席，补选B为…: the article's meeting elects them
    facts = extract_text(
        "3月5日，长沙恒丰机械有限公司第三届职工代表大会第二次会议召开。"
        "经无记名投票，大会补选钳工邝志远为公司工会副主席，补选会计刘秋红为经费审查委员会主任。",
        region="长沙市",
    )
    assert {"邝志远", "刘秋红"} <= participants(event(facts, "职工代表大会"))


def test_who_arrives_at_the_scene_takes_part(extract_text):
    # X也带着12名司机到场
    facts = extract_text(
        "11月6日，雨花区总工会举办职工读书分享会。长沙顺达网约车服务有限公司工会主席邝志远也带着12名司机到场。",
        region="长沙市",
    )
    assert "邝志远" in participants(event(facts, "读书分享会"))


def test_the_meeting_named_again_by_this_and_its_head_is_the_last_named(extract_text):
    # 本次大会 after a past congress named in passing: who speaks next speaks at this one
    facts = extract_text(
        "3月5日，长沙恒丰机械有限公司第三届职工代表大会第二次会议召开。"
        "刘秋红作三届一次职代会提案落实情况报告。本次大会共征集提案30件。"
        "党委书记邝志远在讲话中指出，要抓好提案办理。",
        region="长沙市",
    )
    assert "邝志远" in participants(event(facts, "第二次会议"))


def test_a_person_handing_something_over_to_those_named_at_length_takes_part(extract_text):
    # 为…颁发: the verb stands far after the name, past the recipients' words
    facts = extract_text(
        "5月6日，秀峰区总工会在区文化馆举办职工趣味运动会。区总工会副主席陈国平为评选出的12支优胜队伍和个人颁发奖杯。",
        region="桂林市",
    )
    assert "陈国平" in participants(event(facts, "运动会"))


def test_a_person_bringing_goods_to_workers_takes_part(extract_text):
    facts = extract_text(
        "7月8日，叠彩区总工会在叠彩区职工服务中心举办职工健康讲座。"
        "区总工会主席李文军向在烈日下作业的环卫工人和外卖骑手送上绿豆汤和防暑药品。",
        region="桂林市",
    )
    assert "李文军" in participants(event(facts, "讲座"))


def test_a_list_closed_by_deng_handing_over_together_takes_part(extract_text):
    # A，B等一起为…送上: the list closed by 等 and an adverb of acting together
    facts = extract_text(
        "7月8日，叠彩区总工会在叠彩区职工服务中心举办职工健康讲座。"
        "区总工会主席李文军，区总工会副主席陈国平等一起为环卫工人和外卖骑手送上绿豆汤。",
        region="桂林市",
    )
    assert {"李文军", "陈国平"} <= participants(event(facts, "讲座"))


def test_a_person_serving_others_on_the_day_takes_part(extract_text):
    # A当天即为…解答: a service done for others on the occasion
    facts = extract_text(
        "5月6日，秀峰区总工会在区职工服务中心举办职工法律服务日活动。律师陈国平当天即为一名快递员解答了劳动合同问题。",
        region="桂林市",
    )
    assert "陈国平" in participants(event(facts, "法律服务日"))


def test_people_who_watch_the_contest_take_part(extract_text):
    facts = extract_text(
        "6月3日，秀峰区总工会在区体育馆举办职工拔河比赛。区总工会副主席陈国平，区人社局副局长李文军观看比赛。",
        region="桂林市",
    )
    assert {"陈国平", "李文军"} <= participants(event(facts, "拔河比赛"))


def test_a_person_leading_a_party_takes_part_in_the_visit_named_after_in_the_sentence(extract_text):
    # the sentence before named the campaign; 带队前往X，看望…: the visit is the leader's too
    facts = extract_text(
        "1月13日，秀峰区总工会启动“送温暖”活动。随后，区总工会主席陈国平带队前往大河乡，看望在工地坚守岗位的一线职工。",
        region="桂林市",
    )
    assert "陈国平" in participants(event(facts, "看望"))


def test_a_person_speaking_on_a_topic_takes_part(extract_text):
    # 就…作了发言: the verb far after the name, past the topic's words
    facts = extract_text(
        "11月6日，雨花区总工会召开第三届委员会第二次全体会议。会上，区总工会委员陈国平就职工心理健康服务作了发言。",
        region="长沙市",
    )
    assert "陈国平" in participants(event(facts, "全体会议"))


def test_bodies_addressing_the_meeting_take_part(extract_text):
    facts = extract_text(
        "11月6日，雨花区总工会召开第三届委员会第二次全体会议。会上，雨花区教育工会和雨花区卫生工会作了经验交流。",
        region="长沙市",
    )
    assert {"雨花区教育工会", "雨花区卫生工会"} <= participants(event(facts, "全体会议"))


def test_people_in_a_partys_list_closed_by_yixing_take_part(extract_text):
    # A带队，B，X局负责人及企业工会主席一行12人来…: B goes with the party, titles and bodies between
    facts = extract_text(
        "9月22日，临安区总工会主席俞晓梅带队，区总工会副主席沈志坚，区人力资源和社会保障局相关负责人"
        "及部分企业工会主席一行12人来苍溪县考察交流。",
        region="广元市",
    )
    assert {"俞晓梅", "沈志坚"} <= participants(event(facts, "考察交流"))


def test_people_in_a_delegations_list_take_part(extract_text):
    # another shape: no leader's word, two names, then bodies' staff before 一行 and the visit
    facts = extract_text(
        "5月10日，宝鸡市总工会副主席乔光远，市劳模协会秘书长范春梅，市总工会有关部室负责人及企业工会主席一行10人"
        "到温州市总工会考察交流。",
        region="宝鸡市",
    )
    assert {"乔光远", "范春梅"} <= participants(event(facts, "考察交流"))


def test_a_speaker_at_the_closing_session_takes_part_in_the_main_event(extract_text):
    # 闭幕式上: the meeting's own session, not the earlier meeting named last before
    facts = extract_text(
        "1月15日，宁川电力有限公司第二届职工代表大会第三次会议召开。二届二次职代会以来共征集提案53件。"
        "闭幕式上，公司工会主席邵丽娟作总结讲话。",
        region="太原市",
    )
    assert "邵丽娟" in participants(event(facts, "第三次会议"))


def test_a_speaker_at_the_opening_session_takes_part_in_the_main_event(extract_text):
    # another session and order: 开幕式上 after a training course named in between
    facts = extract_text(
        "7月2日，秀峰区第三届职工运动会开幕。运动会前，区总工会举办了裁判员培训班。开幕式上，区总工会主席陈国平致辞。",
        region="桂林市",
    )
    assert "陈国平" in participants(event(facts, "运动会"))
    assert "陈国平" not in participants(event(facts, "培训班"))


def test_the_one_a_visitor_shakes_hands_with_takes_part(extract_text):
    # 同高级技师、班组长A握手交谈: the one met at the visit, titles between 同 and the name
    facts = extract_text(
        "1月21日，副省长钟华亭一行在抚顺市走访慰问一线职工。钟华亭登上作业平台，同高级技师、班组长庞立山握手交谈。",
        region="辽宁省",
    )
    assert "庞立山" in participants(event(facts, "走访慰问"))


def test_the_one_visited_after_kanwang_takes_part(extract_text):
    # another verb and order: 看望了…的环卫工人A，then 与B亲切交谈
    facts = extract_text(
        "1月20日，市总工会主席吕春阳走访慰问坚守岗位的一线职工。在环卫所，吕春阳看望了连续五个春节在岗的环卫工人"
        "韩桂英，并与站长贺建平亲切交谈。",
        region="沈阳市",
    )
    assert {"韩桂英", "贺建平"} <= participants(event(facts, "走访慰问"))


def test_one_talked_about_after_tong_takes_no_part(extract_text):
    # 同A一起 with no verb of meeting after the name: nothing read
    facts = extract_text(
        "1月20日，市总工会主席吕春阳走访慰问一线职工。据介绍，环卫工人韩桂英同丈夫一起在岗过年。", region="沈阳市"
    )
    assert "韩桂英" not in participants(event(facts, "走访慰问"))


def test_the_members_of_the_judging_panel_take_part(extract_text):
    # 评委由A，B及外聘评委组成: the judges named take part in the main event
    facts = extract_text(
        "6月3日，秀峰区总工会在区文化馆举办职工书法比赛。评委由区文联副主席陈国平，书法家协会秘书长李文军及外聘评委组成。",
        region="桂林市",
    )
    assert {"陈国平", "李文军"} <= participants(event(facts, "书法比赛"))


def test_a_stop_of_the_main_events_party_is_organised_by_its_organisers(extract_text):
    # 当天下午，慰问组又来到X，开展…: the party named by its word alone is the main event's
    facts = extract_text(
        "7月15日上午，雨花区总工会在东塘街道举行“夏送清凉”专项行动启动仪式。"
        "当天下午，慰问组又来到左家塘街道的长沙恒丰机械有限公司，开展走访慰问活动。",
        region="长沙市",
    )
    assert organizers(event(facts, "走访慰问")) == ["雨花区总工会"]


def test_a_person_who_urges_others_at_the_event_takes_part(extract_text):
    facts = extract_text(
        "7月15日，雨花区总工会开展走访慰问活动。区总工会主席陈国平叮嘱企业负责人做好防暑工作。",
        region="长沙市",
    )
    assert "陈国平" in participants(event(facts, "走访慰问"))


def test_people_serving_as_the_guests_take_part(extract_text):
    # A、B，以及C担任主礼嘉宾: the guests of honour
    facts = extract_text(
        "11月8日，雨花区总工会在区职工活动中心举行第五届会员代表大会。"
        "区人社局副局长陈国平、区妇联主席李红梅，以及区政协委员王立新担任主礼嘉宾。",
        region="长沙市",
    )
    assert {"陈国平", "李红梅", "王立新"} <= participants(event(facts, "会员代表大会"))


def test_the_members_listed_and_the_leader_of_the_party_take_part(extract_text):
    # 疗休养团成员…，其中有：A；B / 团长由C担任: the party's people go on the trip
    facts = extract_text(
        "7月8日，湖南省总工会在长沙举行欢送仪式。"
        "疗休养团成员来自全省各行各业，其中有：长沙恒丰机械有限公司焊工、全国劳动模范陈国平；"
        "株洲市公交公司驾驶员李红梅。疗休养团团长由省总工会劳模服务中心副主任王立新担任。",
        region="湖南省",
    )
    assert {"陈国平", "李红梅", "王立新"} <= participants(event(facts, "欢送仪式"))


def test_an_unorganised_event_at_the_main_events_occasion_is_organised_by_its_organisers(extract_text):
    # 当天下午，“X讲堂”在Y开讲: no body named before it, a doing of the main event's organisers
    facts = extract_text(
        "7月15日上午，雨花区总工会在东塘街道举行“夏送清凉”专项行动启动仪式。"
        "当天下午，“劳模进驿站·清凉讲堂”在左家塘街道党群服务中心开讲。",
        region="长沙市",
    )
    assert organizers(event(facts, "清凉讲堂")) == ["雨花区总工会"]


def test_a_person_explaining_a_topic_takes_part(extract_text):
    # A结合《…》讲解…: a verb of explaining right after the topic, no 作…报告
    facts = extract_text(
        "3月24日，雨花区总工会举办基层工会主席培训班。"
        "湖南湘江律师事务所律师陈国平结合《湖南省工会劳动法律监督条例》讲解劳动争议预防与调处。",
        region="长沙市",
    )
    assert "陈国平" in participants(event(facts, "培训班"))


def test_an_official_who_comes_out_to_receive_takes_part(extract_text):
    # A出面接下陈情书: coming out in person at the event
    facts = extract_text(
        "3月18日，雨花区某企业工会组织会员到区政府前陈情。区人社局局长陈国平出面接下陈情书。",
        region="长沙市",
    )
    assert "陈国平" in participants(event(facts, "陈情"))


def test_a_speaker_in_a_paragraph_after_another_event_takes_part_in_the_main_event(extract_text):
    # 其后…召开第一次全体会议。\n A致辞时表示: a new paragraph returns to the article's event
    facts = extract_text(
        "5月9日，秀峰区总工会举行第三届职工代表大会。其后，区总工会委员会召开第一次全体会议。\n"
        "区总工会主席陈国平致辞时表示，要为职工多办实事。",
        region="桂林市",
    )
    assert "陈国平" in participants(event(facts, "职工代表大会"))
    assert "陈国平" not in participants(event(facts, "第一次全体会议"))


def test_those_a_meeting_elects_after_a_comma_take_part_in_it(extract_text):
    # 委员会随即召开第一次全体会议，推选A为主席: the vote after the meeting's clause is its own
    facts = extract_text(
        "5月9日，秀峰区总工会召开第三次会员代表大会。大会选出委员十五名。"
        "其后委员会召开第一次全体会议，推选陈国平为主席，李红梅、王立新为副主席。",
        region="桂林市",
    )
    assert participants(event(facts, "第一次全体会议")) >= {"陈国平", "李红梅", "王立新"}


def test_the_one_summoned_for_a_talk_takes_part(extract_text):
    # 约谈了该公司负责人A，: the one summoned is met at the talk
    facts = extract_text(
        "10月12日，秀峰区总工会联合区人社局约谈了桂林某建筑劳务公司负责人陈国平，督促其支付拖欠的工资。",
        region="桂林市",
    )
    assert "陈国平" in participants(event(facts, "约谈"))


def test_who_is_reported_saying_something_at_a_meeting_for_talk_takes_part(extract_text):
    # 座谈会: A建议… is A speaking at it (unlike 表示 after a 篮球赛, see above)
    facts = extract_text(
        "3月5日，秀峰区总工会召开环卫职工座谈会。职工们踊跃发言，区环卫所职工陈国平建议增设户外休息驿站。",
        region="桂林市",
    )
    assert "陈国平" in participants(event(facts, "座谈会"))


def test_a_list_of_attendees_going_on_with_people_not_named(extract_text):
    # A，B，X部负责人以及各参赛单位带队领导参加开幕式: the named ones attend
    facts = extract_text(
        "9月14日，集团第十届职工技术比武决赛在左云县职工培训中心举行。左云煤业公司党委书记宁守义，"
        "公司工会主席贺云冈，集团人力资源部、安全监察部负责人以及各参赛单位带队领导参加开幕式。",
        region="大同市",
    )
    assert {"宁守义", "贺云冈"} <= set(participants(event(facts, "技术比武决赛")))
    facts = extract_text(
        "3月8日，南宁市总工会女职工读书分享会在市图书馆举行。市总工会副主席黄丽萍，"
        "各县区总工会女职工委员会主任和企业女职工代表共120余人参加活动。",
        region="南宁市",
    )
    assert "黄丽萍" in participants(event(facts, "读书分享会"))


def test_a_clause_of_its_own_after_a_name_is_no_list_of_attendees(extract_text):
    facts = extract_text(
        "3月8日，南宁市总工会女职工读书分享会在市图书馆举行。分享嘉宾中的李红梅，退休后组织社区女职工参加读书活动。",
        region="南宁市",
    )
    assert "李红梅" not in participants(event(facts, "读书分享会"))


_TWO_EVENTS = (
    "1月21日上午，市总工会召开全委会议。同日下午，2027年全市工会干部业务能力提升培训班在市职工服务中心开班。"
    "市总工会副主席宋立群作开班动员，特邀市委党校教授王志强作专题辅导。"
)


def test_who_gives_an_address_takes_part(extract_text):
    # A作开班动员 / A作专题辅导: an address given at the event
    facts = extract_text(_TWO_EVENTS, region="淄博市")
    assert "宋立群" in participants(event(facts, "培训班"))


def test_the_people_invited_take_part_in_the_event_their_paragraph_named_last(extract_text):
    facts = extract_text(_TWO_EVENTS, region="淄博市")
    assert "王志强" in participants(event(facts, "培训班"))
    assert "王志强" not in participants(event(facts, "全委会议"))
    # (a paragraph of its own: the main event)
    facts = extract_text("4月2日，涪城区总工会举办职工心理健康讲座。\n活动特邀心理专家王林授课。", region="绵阳市")
    assert "王林" in participants(event(facts, "心理健康讲座"))


def test_who_leads_a_party_after_an_adverb_of_how_takes_part(extract_text):
    # A专程带队来…, A亲自带领…: the adverb says how A goes
    facts = extract_text(
        "2月16日上午，宁蒗彝族自治县总工会在县职工服务中心广场举行就业招聘会。"
        "宁波甬鑫汽车零部件有限公司工会主席应海波专程带队来宁蒗招工。",
        region="丽江市",
    )
    assert "应海波" in participants(event(facts, "招聘会"))
    lecture = "4月2日，涪城区总工会举办职工心理健康讲座。"
    facts = extract_text(lecture + "区总工会主席李娟亲自带领工作人员布置会场。", region="绵阳市")
    assert "李娟" in participants(event(facts, "心理健康讲座"))


def test_a_past_visit_after_an_adverb_is_no_taking_part(extract_text):
    lecture = "4月2日，涪城区总工会举办职工心理健康讲座。"
    facts = extract_text(lecture + "区总工会主席李娟曾经到过北京学习。", region="绵阳市")
    assert "李娟" not in participants(event(facts, "心理健康讲座"))


def test_those_the_meeting_elects_after_its_way_of_voting_take_part(extract_text):
    # 会议以无记名投票方式，补选A为… / 会议通过举手表决，选举B为… / 会议还增补C为…
    facts = extract_text(
        "1月21日，淄博市总工会十五届三次全委（扩大）会议在市职工服务中心召开。"
        "会议以无记名投票方式，补选宋立群为市总工会副主席，选举韩雪梅为市总工会经费审查委员会主任。会议还增补孟博山为委员。",
        region="淄博市",
    )
    assert {"宋立群", "韩雪梅", "孟博山"} <= participants(event(facts, "全委（扩大）会议"))
    facts = extract_text(
        "3月5日，雨花区总工会召开第三届委员会第二次全体会议。会议通过举手表决，选举刘洋为区总工会副主席。",
        region="长沙市",
    )
    assert "刘洋" in participants(event(facts, "全体会议"))


def test_an_election_after_the_meeting_is_over_is_not_the_meetings(extract_text):
    facts = extract_text(
        "3月5日，雨花区总工会召开第三届委员会第二次全体会议。会议以后，街道工会选举了刘洋为主席。", region="长沙市"
    )
    assert "刘洋" not in participants(event(facts, "全体会议"))
