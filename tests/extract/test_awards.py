"""Family awards (kg.extract.awards): honours received, places won."""

from __future__ import annotations

from tests.extract.facts_view import event, participants


def awards(facts) -> set[tuple[str, str]]:
    return {(p.name, honour) for p, honour, _ in facts.awards}


def test_a_winner_takes_part_in_the_main_event(extract_text):
    facts = extract_text(
        "近日，江宁区总工会举办第三届职工乒乓球比赛。王海涛担任裁判长。最终，张小兵夺得冠军。", region="南京市"
    )
    got = participants(event(facts, "乒乓球比赛"))
    assert "张小兵" in got
    assert "王海涛" not in got  # a referee wins nothing


def test_an_honour_given_to_a_person(extract_text):
    facts = extract_text("在全省劳模表彰大会上，李卫国荣获“全国五一劳动奖章”称号。", region="山东省")
    assert awards(facts) == {("李卫国", "全国五一劳动奖章")}


def test_the_holders_of_an_honour_listed_after_it(extract_text):
    facts = extract_text("第二届“泉城工匠”获得者为：王大明、陈小红。", region="济南市")
    assert awards(facts) == {("王大明", "泉城工匠"), ("陈小红", "泉城工匠")}


def test_the_holders_of_an_honour_listed_in_the_next_sentence(extract_text):
    facts = extract_text("会上，为两位“泉城工匠”获得者颁发证书。两位获得者分别是王大明、陈小红。", region="济南市")
    assert awards(facts) == {("王大明", "泉城工匠"), ("陈小红", "泉城工匠")}


def test_a_prize_named_without_quotes(extract_text):
    facts = extract_text("在全市职工书法比赛中，王晓东荣获最佳创意奖。", region="南京市")
    assert ("王晓东", "最佳创意奖") in awards(facts)


def test_a_prize_is_named_without_the_event_it_was_won_at(extract_text):
    facts = extract_text("近日，江宁区总工会举办职工演讲比赛。最终，赵小红荣获演讲比赛银奖。", region="南京市")
    assert ("赵小红", "银奖") in awards(facts)


def test_the_winners_of_places_listed_together_take_part(extract_text):
    # A、B分获第二、三名
    facts = extract_text(
        "近日，江宁区总工会举办第三届职工焊工技能比武。最终，刘长青、赵文华分获第二、三名。", region="南京市"
    )
    assert {"刘长青", "赵文华"} <= participants(event(facts, "技能比武"))


def test_an_organisation_wins_a_title(extract_text):
    facts = extract_text("近日，南京宏达机械有限公司荣获“市工人先锋号”称号。", region="南京市")
    got = {(ref.cls, honour) for ref, honour, _ in facts.awards}
    assert ("Organization", "市工人先锋号") in got, facts.awards


def test_a_union_wins_a_prize(extract_text):
    facts = extract_text("在全市职工运动会上，江宁区总工会荣获优秀组织奖。", region="南京市")
    assert ("江宁区总工会", "优秀组织奖") in {(ref.name, h) for ref, h, _ in facts.awards}


def test_who_gives_an_honour_does_not_receive_it(extract_text):
    facts = extract_text("对获得一等奖的选手，江宁区总工会将授予“江宁工匠”称号。", region="南京市")
    assert awards(facts) == set()


def test_honours_before_a_name_are_held_by_that_person(extract_text):
    facts = extract_text("会上，省劳动模范、首届江城工匠刘建平作了发言。", region="南京市")
    assert {("刘建平", "省劳动模范"), ("刘建平", "江城工匠")} <= awards(facts)


def test_a_bare_title_word_before_a_name_is_no_honour(extract_text):
    facts = extract_text("会上，工匠刘建平作了发言。", region="南京市")
    assert awards(facts) == set()


def test_an_honour_named_without_quotes_after_a_verb_of_naming(extract_text):
    facts = extract_text(
        "近日，重庆宏达机械有限公司被评为2024年度市级模范职工之家，李小梅获评全国三八红旗手。", region="重庆市"
    )
    got = {(ref.cls, ref.name, h) for ref, h, _ in facts.awards}
    assert ("Person", "李小梅", "全国三八红旗手") in got
    assert ("Organization", "重庆宏达机械有限公司", "市级模范职工之家") in got


def test_a_word_of_praise_is_no_honour(extract_text):
    assert awards(extract_text("在本次比赛中，张小兵被评为优秀。", region="重庆市")) == set()


def test_a_quoted_honour_ending_in_its_head_needs_no_title_word(extract_text):
    facts = extract_text("会上，林海机械有限公司钳工组长陈立新获得“全国五一劳动奖章”。", region="重庆市")
    assert ("陈立新", "全国五一劳动奖章") in awards(facts)


def test_a_medal_after_the_bare_verb_of_receiving(extract_text):
    facts = extract_text("林海机械有限公司技术员周建平等5名职工获省五一劳动奖章。", region="重庆市")
    assert ("周建平", "省五一劳动奖章") in awards(facts)


def test_the_giver_names_the_holders_then_the_honour(extract_text):
    facts = extract_text(
        "省总工会决定，授予林海机械有限公司等20个单位省五一劳动奖状；授予周建平、陈立新等56名个人省五一劳动奖章。",
        region="四川省",
    )
    got = {(ref.cls, ref.name, h) for ref, h, _ in facts.awards}
    assert {("Person", "周建平", "省五一劳动奖章"), ("Person", "陈立新", "省五一劳动奖章")} <= got
    assert ("Organization", "林海机械有限公司", "省五一劳动奖状") in got
    assert not any(h == "省五一劳动奖状" for cls, _, h in got if cls == "Person")


def test_a_count_and_the_honour_before_the_list_of_its_holders(extract_text):
    facts = extract_text(
        "这3名省劳动模范分别是：林海机械有限公司高级技师周建平；青山化工公司工程师陈立新；白河镇农民王秀兰。",
        region="四川省",
    )
    want = {(name, "省劳动模范") for name in ("周建平", "陈立新", "王秀兰")}
    assert want <= awards(facts)


def test_the_honour_heading_a_list_of_holders_one_a_line(extract_text):
    """获得X的部分职工：, then one holder a line with unit and job; the list ends at the
    first line that opens with no name (a name later in that line holds nothing)."""
    facts = extract_text(
        "大会表彰了一批先进职工。获得市五一劳动奖章的部分职工：\n"
        "周建平（林海机械有限公司钳工班班长）\n"
        "阿依努尔·沙塔尔（白河镇中心小学教师）\n"
        "会后，陈立新代表获奖职工发言。",
        region="四川省",
    )
    want = {(name, "市五一劳动奖章") for name in ("周建平", "阿依努尔·沙塔尔")}
    assert want <= awards(facts)
    assert "陈立新" not in {name for name, _ in awards(facts)}


def test_a_list_of_people_without_an_honour_holds_none(extract_text):
    facts = extract_text("参赛的3名职工分别是：周建平、陈立新、王秀兰。", region="四川省")
    assert awards(facts) == set()


def test_the_prize_qualifying_its_winner(extract_text):
    facts = extract_text("获得一等奖的周建平说，这次比赛让他收获很大。", region="四川省")
    assert ("周建平", "一等奖") in awards(facts)


def test_a_quoted_honour_right_before_the_name(extract_text):
    facts = extract_text("慰问团看望了“巴蜀工匠”周建平，询问他的身体情况。", region="四川省")
    assert ("周建平", "巴蜀工匠") in awards(facts)


def test_a_short_honour_qualified_by_its_level(extract_text):
    facts = extract_text("慰问组看望了市劳模周建平，询问他的身体情况。", region="四川省")
    assert ("周建平", "市劳模") in awards(facts)


def test_a_title_word_ending_the_line_before_a_name_is_no_honour(extract_text):
    facts = extract_text("区领导慰问劳模\n周建平一行来到困难职工家中。", region="四川省")
    assert awards(facts) == set()


def test_the_winners_given_their_prizes_win_no_prize_named_by_the_verb(extract_text):
    facts = extract_text("副县长周建平出席比赛并为获奖选手颁奖。", region="四川省")
    assert awards(facts) == set()


def test_the_winner_of_a_place_named_after_it_took_part_in_the_main_event(extract_text):
    facts = extract_text("近日，河湾区总工会举办职工技能比赛。获得一等奖的周建平说，收获很大。", region="四川省")
    assert "周建平" in participants(event(facts, "技能比赛"))


def test_results_printed_a_place_a_line(extract_text):
    facts = extract_text(
        "9月3日，江宁区总工会举办第二届职工叉车技能竞赛。比赛结果如下：\n"
        "一等奖：周建平（南京宏达机械有限公司叉车司机）\n"
        "二等奖：陈立新（江宁区物流园职工）、王秀兰（南京恒安仓储有限公司班组长）\n"
        "三等奖：刘长青、赵文华\n"
        "一等奖选手将获推荐申报市五一劳动奖章。",
        region="南京市",
    )
    want = {("周建平", "一等奖"), ("陈立新", "二等奖"), ("王秀兰", "二等奖")}
    want |= {("刘长青", "三等奖"), ("赵文华", "三等奖")}
    assert want <= awards(facts)
    assert {name for name, _ in want} <= participants(event(facts, "叉车技能竞赛"))


def test_results_a_place_a_line_joined_into_one_paragraph(extract_text):
    facts = extract_text(
        "9月3日，江宁区总工会举办第二届职工叉车技能竞赛。比赛结果如下：金奖：周建平（南京宏达机械有限公司叉车司机）"
        "银奖：陈立新（江宁区物流园职工）铜奖：王秀兰。区总工会主席李卫东为选手颁奖。",
        region="南京市",
    )
    assert {("周建平", "金奖"), ("陈立新", "银奖"), ("王秀兰", "铜奖")} <= awards(facts)
    assert "李卫东" not in {name for name, _ in awards(facts)}


def test_the_holders_of_a_received_honour_listed_with_their_units(extract_text):
    facts = extract_text(
        "4月2日，江宁区总工会召开2024年度劳动竞赛表彰大会。表彰环节，获得2024年度区五一劳动奖章的"
        "南京宏达机械有限公司焊工周建平、江宁区物流园叉车司机陈立新，以及获得区工人先锋号的两个班组上台领奖。",
        region="南京市",
    )
    assert {("周建平", "区五一劳动奖章"), ("陈立新", "区五一劳动奖章")} <= awards(facts)
    assert {"周建平", "陈立新"} <= participants(event(facts, "表彰大会"))


def test_a_name_inside_an_item_holds_no_received_honour(extract_text):
    facts = extract_text("获得市五一劳动奖章的周建平团队研发的装置已投入使用。", region="南京市")
    assert ("周建平", "市五一劳动奖章") not in awards(facts)


def test_an_honour_bestowed_on_the_bodies_after_wei(extract_text):
    facts = extract_text(
        "会后，江宁区总工会为南京宏达机械有限公司工会、南京恒安仓储有限公司工会等5个基层工会授予“区模范职工小家”牌匾。",
        region="南京市",
    )
    got = {(ref.name, honour) for ref, honour, _ in facts.awards}
    assert ("南京宏达机械有限公司工会", "区模范职工小家") in got
    assert ("南京恒安仓储有限公司工会", "区模范职工小家") in got
    assert all(ref.name != "江宁区总工会" for ref, _, _ in facts.awards)


def test_an_honour_bestowed_on_a_person_after_wei(extract_text):
    facts = extract_text("副区长李卫东为周建平颁发“江宁工匠”荣誉称号。", region="南京市")
    assert awards(facts) == {("周建平", "江宁工匠")}


def test_an_honour_qualifying_the_one_handed_something_goes_to_that_one(extract_text):
    # 向获评“X”的…张三颁发: the honour is the name's after 的, not the giver's before 向
    facts = extract_text(
        "1月8日，市总工会主席孔德川在平山区走访慰问一线职工，向获评“辽宁五一劳动奖章”的焊工班长钱立民颁发了慰问金。",
        region="辽宁省",
    )
    assert awards(facts) == {("钱立民", "辽宁五一劳动奖章")}


def test_an_honour_qualifying_the_one_given_to_after_wei_or_xiang(extract_text):
    # other givers, 为 and 向, 称号 after the quote, a short honour (市劳动模范)
    facts = extract_text(
        "5月2日，区总工会主席王立平为荣获“全国五一劳动奖章”称号的钳工马春林送上鲜花，"
        "向获得“市劳动模范”的值班长郝建新颁发证书。",
        region="南京市",
    )
    assert awards(facts) == {("马春林", "全国五一劳动奖章"), ("郝建新", "市劳动模范")}


def test_an_honour_held_before_a_job_listed_ahead_of_the_name(extract_text):
    # X劳动模范、高级技师张三: the grade between the honour and the name is no honour
    facts = extract_text(
        "会议表彰了先进个人。晋阳省电力公司劳动模范、高级技师孟长庚等22人获评“先进个人”。", region="山西省"
    )
    assert ("孟长庚", "晋阳省电力公司劳动模范") in awards(facts)


def test_an_honour_held_before_two_jobs_listed_ahead_of_the_name(extract_text):
    # another order and other words: two jobs, a national honour, a talk instead of a list
    facts = extract_text("座谈会上，全国劳动模范、焊工班长、高级工程师邵明川介绍了经验。", region="南京市")
    assert ("邵明川", "全国劳动模范") in awards(facts)


def test_people_honoured_after_the_meeting_says_it_honours_take_part(extract_text):
    # 会议对…进行了表彰。…A，B等22人获评“先进个人”: honoured at the meeting
    facts = extract_text(
        "1月15日，宁川电力有限公司第二届职工代表大会第三次会议召开。会议对2026年度先进集体和先进个人进行了表彰。"
        "高级技师孟长庚，注册安全工程师卢雪宁等22人获评“先进个人”。",
        region="太原市",
    )
    assert {"孟长庚", "卢雪宁"} <= participants(event(facts, "职工代表大会"))


def test_people_honoured_at_the_meeting_opened_by_hui_shang_take_part(extract_text):
    # another opening and verb: 会上，…颁奖, the honour named in the next sentence
    facts = extract_text(
        "3月8日，秀峰区总工会召开女职工工作推进会。会上，为2024年度优秀女职工颁奖。"
        "区人民医院护士长曹丽娟荣获“优秀女职工”称号。",
        region="桂林市",
    )
    assert "曹丽娟" in participants(event(facts, "推进会"))


def test_people_honoured_apart_from_the_meeting_take_no_part(extract_text):
    # an honour said with no sentence of the meeting honouring: no part taken
    facts = extract_text(
        "3月8日，秀峰区总工会召开女职工工作推进会。区人民医院护士长曹丽娟曾荣获“优秀女职工”称号。",
        region="桂林市",
    )
    assert "曹丽娟" not in participants(event(facts, "推进会"))


def test_an_honour_named_in_the_passive_with_its_agent(extract_text):
    # 被公司评为“X”: the agent between 被 and the verb; the clause has no subject of its
    # own, so the honour goes to the person the sentence opens with
    facts = extract_text(
        "近日，江宁区总工会举办职工座谈会。罗志远从事快递工作已有八年，去年被公司评为“服务之星”。", region="南京市"
    )
    assert ("罗志远", "服务之星") in awards(facts)


def test_a_passive_honour_goes_to_the_body_of_its_clause(extract_text):
    facts = extract_text("近日，南京宏达机械有限公司被市总工会授予“工人先锋号”称号。", region="南京市")
    got = {(ref.cls, ref.name, h) for ref, h, _ in facts.awards}
    assert ("Organization", "南京宏达机械有限公司", "工人先锋号") in got


def test_an_honour_held_before_its_holders_body_and_job(extract_text):
    # X劳动模范、Y公司车间主任张三: the holder's own description between, the honour still his
    facts = extract_text("座谈会上，省劳动模范、林海机械有限公司装配车间主任邵明川介绍了经验。", region="南京市")
    assert ("邵明川", "省劳动模范") in awards(facts)


def test_an_unquoted_honour_and_its_holders_word_before_the_name(extract_text):
    # 全国五一劳动奖章获得者、…司机张三: the medal (with its feast day) and 获得者, unquoted
    facts = extract_text("座谈会上，全国五一劳动奖章获得者、林海公交有限公司司机邵明川介绍了经验。", region="南京市")
    assert ("邵明川", "全国五一劳动奖章") in awards(facts)


def test_another_person_between_an_honour_and_a_name_keeps_it(extract_text):
    # 省劳动模范、李四的徒弟张三: the honour is 李四's, not 张三's
    facts = extract_text("座谈会上，省劳动模范、周建平的徒弟邵明川介绍了经验。", region="南京市")
    assert ("邵明川", "省劳动模范") not in awards(facts)


def test_holders_named_by_the_place_they_won_are_its_winners(extract_text):
    # A、B、C分获前三名。…前三名选手被授予“X”称号: those who won that place
    facts = extract_text(
        "5月9日，雨花区职工焊工技能大赛决赛举行。林海公司的邵明川、江南公司的周建平、湘江公司的李卫东分获前三名。"
        "按照比赛规程，前三名选手被授予“雨花工匠”称号。",
        region="长沙市",
    )
    assert {("邵明川", "雨花工匠"), ("周建平", "雨花工匠")} <= awards(facts)


def test_a_bare_title_that_is_a_grade_is_no_honour(extract_text):
    # 负责人、首席技师张三: a grade of the trade; 市首席技师张三 an honour
    facts = extract_text("座谈会上，工作室负责人、首席技师邵明川介绍了经验。", region="南京市")
    assert awards(facts) == set()


def test_an_honour_qualified_by_its_area_said_by_is(extract_text):
    # 张三是江苏省首席技师、高级技师: the honour he is; 是首席技师 alone: a grade
    facts = extract_text("邵明川是江苏省首席技师、高级技师，他带领团队完成革新12项。", region="南京市")
    assert ("邵明川", "江苏省首席技师") in awards(facts)
    assert awards(extract_text("邵明川是首席技师，他带领团队完成革新12项。", region="南京市")) == set()


def test_the_one_holder_of_an_honour_named_before_what_he_does(extract_text):
    # 荣获X奖章的A公司钳工张三代表…发言: the holder, its unit and job first, then a verb
    facts = extract_text("会上，去年荣获省五一劳动奖章的林海机械有限公司钳工邵明川代表劳动者发言。", region="南京市")
    assert ("邵明川", "省五一劳动奖章") in awards(facts)


def test_names_listed_after_an_honour_share_it(extract_text):
    # 省劳动模范A、B: bare names listed after one honour all hold it
    facts = extract_text("座谈会上，全国五一劳动奖章获得者何玉珍、唐建军先后发言。", region="绵阳市")
    assert awards(facts) == {("何玉珍", "全国五一劳动奖章"), ("唐建军", "全国五一劳动奖章")}
    facts = extract_text("交流会上，市劳动模范陈立军、赵春燕、孙海波依次分享了经验。", region="包头市")
    assert awards(facts) == {(n, "市劳动模范") for n in ("陈立军", "赵春燕", "孙海波")}


def test_a_name_with_its_own_title_after_an_honoured_one_does_not_share_it(extract_text):
    facts = extract_text("座谈会上，省劳动模范罗德明、车间主任何玉珍先后发言。", region="绵阳市")
    assert awards(facts) == {("罗德明", "省劳动模范")}


def test_a_quoted_honour_before_its_holders_description(extract_text):
    # “X工匠”、Y公司高级技师张三: the quoted honour is still the name's
    facts = extract_text("“绵州工匠”、四川长虹电器股份有限公司高级技师蒋文博作交流发言。", region="绵阳市")
    assert awards(facts) == {("蒋文博", "绵州工匠")}
    facts = extract_text("活动中，“鹏城工匠”、深圳市地铁集团有限公司维修班班长李铁锋现场演示。", region="深圳市")
    assert awards(facts) == {("李铁锋", "鹏城工匠")}


def test_each_giving_clause_gives_its_own_honour(extract_text):
    # 授予A等N个单位X，授予B等N名职工Y: each clause runs to the next verb of giving
    facts = extract_text(
        "市总工会决定：授予洛阳北方玻璃有限公司等50个单位“洛阳市五一劳动奖状”，"
        "授予王建设等200名职工“洛阳市五一劳动奖章”，授予洛阳轴承集团装配一班等80个集体“洛阳市工人先锋号”。",
        region="洛阳市",
    )
    assert ("王建设", "洛阳市五一劳动奖章") in awards(facts)


def test_an_honour_taken_away_is_no_award(extract_text):
    facts = extract_text(
        "另，原某公司职工张德胜因违纪被开除，决定撤销其2023年获得的“河南省五一劳动奖章”称号，收回奖章和证书。",
        region="河南省",
    )
    assert awards(facts) == set()
    facts = extract_text("经研究，决定取消李明华2022年被评为广州市劳动模范的荣誉称号。", region="广州市")
    assert awards(facts) == set()
    facts = extract_text("2023年，陈小兵荣获“广东省五一劳动奖章”称号。", region="广东省")
    assert awards(facts) == {("陈小兵", "广东省五一劳动奖章")}


def test_the_holders_listed_under_an_honours_heading(extract_text):
    # 二、X奖章（N名）, then the holders one a line, under the places heading their parts
    body = (
        "附件\n一、湖南省五一劳动奖状（20个）\n长沙市：长沙远大住工有限公司\n"
        "二、湖南省五一劳动奖章（50名）\n长沙市：\n刘建国　长沙远大住工有限公司焊工\n"
        "周丽娟（女）　长沙市第一医院护士长\n岳阳市：彭志强　岳阳林纸股份有限公司机修工\n"
        "三、湖南省工人先锋号（30个）\n衡阳市：衡阳钢管集团有限公司炼钢一班"
    )
    got = {a for a in awards(extract_text(body, region="湖南省")) if a[0] in ("刘建国", "周丽娟", "彭志强")}
    assert got == {(n, "湖南省五一劳动奖章") for n in ("刘建国", "周丽娟", "彭志强")}


def test_an_honours_name_in_a_sentence_heads_no_list(extract_text):
    facts = extract_text("近日，湖南省五一劳动奖章获得者风采展播启动。\n刘建国介绍，展播共有十期。", region="湖南省")
    assert awards(facts) == set()


_RESULTS = (
    "经过两天角逐，各工种名次揭晓：\n"
    "挖掘机司机第一名：贺建军（伊泰集团酸刺沟煤矿）\n"
    "电焊工第一名：刘玉梅（伊泰集团机修厂）\n"
)


def test_the_prize_of_a_place_goes_to_who_won_it_in_the_results(extract_text):
    # X第一名：张三 …, then 第一名获一等奖: the prize of the place is its winners'
    facts = extract_text(
        _RESULTS + "闭幕式上，各工种第一名获一等奖，第二名、第三名分获二等奖、三等奖。", region="鄂尔多斯市"
    )
    assert awards(facts) == {("贺建军", "一等奖"), ("刘玉梅", "一等奖")}


def test_an_honour_given_to_a_range_of_places_goes_to_their_winners(extract_text):
    # 授予前三名共6名选手“X”称号: 前三名 holds the first places; “伊泰集团…” names no holder
    facts = extract_text(_RESULTS + "集团授予各工种前三名共6名选手“伊泰集团技术能手”称号。", region="鄂尔多斯市")
    assert awards(facts) == {("贺建军", "伊泰集团技术能手"), ("刘玉梅", "伊泰集团技术能手")}
    # read from the giving clause, lines after the results: a span that opens before it ends
    assert all(ev.start < ev.end for _p, _h, ev in facts.awards)


def test_a_prize_of_a_place_nobody_was_named_for_goes_to_nobody(extract_text):
    facts = extract_text("比赛结果如下：第二名：唐志军（株洲电力机车有限公司）。第一名获一等奖。", region="株洲市")
    assert awards(facts) == set()


def test_a_bare_rank_is_the_place_won_in_the_contest_named_before(extract_text):
    facts = extract_text("近日，江北区总工会举办职工象棋比赛。最终，赵志刚获得第一名。", region="重庆市")
    (holder, honour), *rest = sorted(awards(facts))
    assert not rest and holder == "赵志刚"
    assert honour.endswith("象棋比赛第一名")
    assert "赵志刚" in participants(event(facts, "象棋比赛"))
