"""Venues (kg.nlp.venues, through kg_bodies)."""

from __future__ import annotations

from kg.nlp.venues import quoted_around


def test_a_venue_ending_after_a_name(find):
    assert ("郑州市二七广场", "PLACE", "") in find("郑州市二七广场举行升旗仪式。")


def test_a_named_institutions_building_is_a_venue(labelled):
    """宁波东湖职业学院实训楼: a building word (实训楼, 办公楼) after an institution's name; the
    word alone (新建的办公楼) names no venue."""
    assert labelled("比赛在宁波东湖职业学院实训楼举行。", "PLACE") == {"宁波东湖职业学院实训楼"}
    assert labelled("职工们在新建的办公楼前合影。", "PLACE") == set()


def test_a_room_on_a_floor_of_a_bodys_building_is_no_venue_of_its_own(find, labelled):
    """在乡人民政府四楼会议室召开: the room is in the house of the body named before its floor,
    which names the place; a room told apart by its floor alone (三楼会议室) is a venue."""
    found = find("大会在乡人民政府四楼会议室召开。")
    assert not {t for t, label, _ in found if label == "PLACE"}
    assert ("乡人民政府", "ORG", "level-body") in found
    assert labelled("会议在三楼会议室召开。", "PLACE") == {"三楼会议室"}


def test_a_common_noun_ending_needs_a_proper_word(labelled):
    assert labelled("资本市场持续发展，工业基地建设加快。", "PLACE") == set()


def test_opening_hours_are_part_of_the_name(labelled):
    assert labelled("24小时智慧骑手驿站投入使用。", "PLACE") == {"24小时智慧骑手驿站"}


def test_a_quoted_venue_name(labelled):
    assert labelled("‘建外i家公共区域职工之家’开放。", "PLACE") == {"建外i家公共区域职工之家"}


def test_a_quoted_name_before_an_activity_word_names_the_activity(labelled):
    """“法律服务进驿站”活动: the campaign of taking legal help to the stations, no station."""
    assert "法律服务进驿站" not in labelled("区总工会在千峰路工会驿站开展“法律服务进驿站”活动。", "PLACE")
    assert "温馨驿站" in labelled("区总工会在“温馨驿站”开展义诊。", "PLACE")


def test_a_venue_written_as_one_word(labelled):
    # LAC reads 大剧场 as one word: its head 大 is part of the name
    assert labelled("走进新建的露天大剧场。", "PLACE") == {"露天大剧场"}


def test_a_unions_own_home_is_its_venue(find, labelled):
    """某镇总工会职工之家 (gold c129): the union's home for its members is a venue, the union
    named inside it; its service units (某区总工会职工服务中心) stay its own bodies."""
    assert labelled("郑州市总工会职工之家开放。", "PLACE") == {"郑州市总工会职工之家"}
    assert labelled("郑州市总工会职工服务中心开放。", "PLACE") == set()


def test_quoted_around_stops_at_a_sentence_mark():
    assert quoted_around("‘职工之家’", 1, 5) == 1
    assert quoted_around("‘新建，职工之家’", 4, 8) is None


def test_a_common_head_names_a_venue_where_the_event_is_held(labelled):
    assert "雁塔区公共文化中心" in labelled("近日，雁塔区总工会在雁塔区公共文化中心举办职工书画展。", "PLACE")
    assert "滨江花园三期项目" in labelled("区建筑业劳动竞赛启动仪式在滨江花园三期项目隆重举行。", "PLACE")


def test_a_common_head_without_a_proper_word_names_no_venue(labelled):
    assert labelled("公司工会在公司会议室召开职工代表座谈会。", "PLACE") == set()


def test_a_village_is_named_without_its_areas(find):
    # a village after its township is an area of its own (kg.nlp.areas); either way its
    # name is the village's alone, never the areas written before it
    found = {(t, lab) for t, lab, _ in find("区总工会在城关区城关镇青山村开展送清凉活动。")}
    assert found & {("青山村", "PLACE"), ("青山村", "AREA")}
    assert not {t for t, _ in found if t.endswith("青山村") and t != "青山村"}


def test_each_venue_of_a_list_framed_as_the_events_place(labelled):
    # 赴A、B开展: the list between the opener and the verb, each venue by its own head
    found = labelled("区总工会赴城关镇青山村、禾丰岭村开展送清凉活动。", "PLACE")
    assert "禾丰岭村" in found


def test_a_venue_ending_inside_a_longer_word_names_no_venue(labelled):
    """服务站点 (service stations at large): 服务站 ends inside the word, no venue; a station
    named with its community is one."""
    assert labelled("他们到困难职工家庭、户外劳动者服务站点等走访慰问。", "PLACE") == set()
    assert "青岚社区户外劳动者服务站" in labelled("他们来到青岚社区户外劳动者服务站走访慰问。", "PLACE")


def test_a_framed_palace_of_culture_of_the_level(labelled):
    # 宫 (文化宫, 青少年宫) as a framed head: one LAC word after 在 is still the venue
    assert "区新职工文化宫" in labelled("联欢会在区新职工文化宫举行。", "PLACE")


def test_a_venue_of_a_kind_after_a_numeral_and_measure_word_names_none(labelled):
    # 在沪上一家酒店: a hotel, not one named (沪上一家酒店 is no venue)
    assert labelled("区总工会在沪上一家酒店举办职工联谊会。", "PLACE") == set()
    assert labelled("区总工会在市区两所学校开展宣讲活动。", "PLACE") == set()


def test_a_room_named_by_its_number_floor_or_size(labelled):
    assert "大会议室" in labelled("公司在大会议室召开职工大会。", "PLACE")
    assert "三楼会议室" in labelled("座谈会在三楼会议室举行。", "PLACE")
    assert "第二多功能厅" in labelled("培训在第二多功能厅举行。", "PLACE")


def test_a_venue_after_the_ground_is_set_there(labelled):
    # 主会场设在X、分会场设在Y: nothing follows the venue but a mark
    found = labelled("大会主会场设在第三报告厅、分会场设在五楼会议室。", "PLACE")
    assert {"第三报告厅", "五楼会议室"} <= found
    assert "区青少年宫" in labelled("活动地点设在区青少年宫，欢迎参加。", "PLACE")


def test_a_room_of_a_body_framed_as_the_place_is_the_bodys(labelled):
    # (invented) 在乡人民政府四楼会议室召开: held at the government, its room no venue
    assert labelled("大会在乡人民政府四楼会议室召开。", "PLACE") == set()
    assert "乡人民政府" in labelled("大会在乡人民政府四楼会议室召开。", "ORG")


def test_a_plants_control_centre_is_a_venue(labelled):
    # (invented) a station's 集控中心: where the operators work, no body — named so even
    # where no 在…举行 frames it as the place
    assert "青河水电站集控中心" in labelled("青河水电站集控中心的值班员参加了比武。", "PLACE")


def test_a_room_on_a_floor_of_a_venue_building_names_the_building(labelled):
    """在县职工服务中心三楼多功能厅举行: the room is on a floor of a venue of its own, which
    is where the event is held; a body's house (乡人民政府四楼会议室) still names none."""
    assert labelled("县总工会在县职工服务中心三楼多功能厅举行发放仪式。", "PLACE") == {"县职工服务中心"}
    assert labelled("区工会在区职工文化活动中心二楼报告厅召开座谈会。", "PLACE") == {"区职工文化活动中心"}
    assert labelled("大会在乡人民政府四楼会议室召开。", "PLACE") == set()


def test_a_venue_after_jia_leaves_jia_out(labelled):
    """假X大厦举行 (Hong Kong's written 在): 假 frames the venue, the tagger may read it into
    the name."""
    found = labelled("联合会今日假油尖旺区佐敦海员职工大厦三楼礼堂举行周年大会。", "PLACE")
    assert found == {"油尖旺区佐敦海员职工大厦"}
    assert labelled("工会昨日假观塘区职工大厦举行周年晚会。", "PLACE") == {"观塘区职工大厦"}


def test_a_field_told_by_its_number_is_a_framed_venue(labelled):
    """在一五二团三连机采棉示范田举行: a field (…田) framed as the event's place, told apart by
    the numbers of its units though no word is proper; a count of places names none."""
    assert labelled("决赛在一五二团三连机采棉示范田举行。", "PLACE") == {"一五二团三连机采棉示范田"}
    assert labelled("观摩会在3号水稻试验田举行。", "PLACE") == {"3号水稻试验田"}
    assert labelled("现场会在村里的示范田召开。", "PLACE") == set()
    assert labelled("活动在二十多个车间开展。", "PLACE") == set()


def test_a_venue_to_be_opened_is_a_plan_no_place(labelled):
    """明年将于X区开设Y服务站, 计划新建Y驿站: the venue does not stand yet; one opened (去年于X区
    开设Y) or built (在新建的Y举行) does."""
    assert labelled("她透露，明年初将于观塘区开设东九龙会员服务站。", "PLACE") == set()
    assert labelled("区总工会计划年内新建石桥职工驿站。", "PLACE") == set()
    assert labelled("去年于观塘区开设东九龙会员服务站。", "PLACE") == {"九龙会员服务站"}
    assert labelled("区总工会在新建的石桥职工驿站举行揭牌仪式。", "PLACE") == {"石桥职工驿站"}


def test_a_room_on_a_floor_is_no_venue_named_from_the_floor_word(labelled):
    """公司调度大楼五楼会议中心: the walk back stops at the floor's number (五); what is left
    (楼会议中心) opens with the floor word and names nothing."""
    text = "1月15日至16日，公司第二届职工代表大会第三次会议在公司调度大楼五楼会议中心召开。"
    assert not [p for p in labelled(text, "PLACE") if p.startswith("楼")]


def test_a_room_on_another_floor_of_another_building_is_none_either(labelled):
    # (invented) a project department's office building, another floor
    assert not [p for p in labelled("会议在项目部办公大楼四楼会议中心召开。", "PLACE") if p.startswith("楼")]


def test_compass_points_tagged_as_a_locality_word_sit_inside_a_parks_name(labelled):
    """浙川（苍溪）东西部协作产业园: 东西部 is read as a locality word; the name goes on before it
    (and before the bracketed area)."""
    text = "下午，考察团一行前往位于陵江镇的浙川（苍溪）东西部协作产业园，走进苍溪浙广鞋业有限公司生产车间。"
    assert "浙川（苍溪）东西部协作产业园" in labelled(text, "PLACE")


def test_other_compass_points_inside_another_parks_name(labelled):
    # (invented) 南部, 西北部 in other parks of two provinces' cooperation
    assert "湘赣（萍乡）南部合作产业园" in labelled("代表们参观了湘赣（萍乡）南部合作产业园。", "PLACE")
    assert "粤桂（梧州）西北部协作产业园" in labelled("代表们参观了粤桂（梧州）西北部协作产业园。", "PLACE")


def test_a_level_word_before_a_common_venue_head_names_no_place(labelled):
    """市市场监管局: the tagger reads 市市场 as one word; a level word and 市场 name no market."""
    assert "市市场" not in labelled("征求市纪委监委、市人社局、市市场监管局等部门意见。", "PLACE")


def test_a_countys_market_regulator_is_no_market_either(labelled):
    # (invented) another level, the regulator opening the sentence
    assert "县市场" not in labelled("县市场监管局、县人社局负责人参加。", "PLACE")


def test_a_room_read_from_its_floor_word_on_is_no_venue(labelled):
    """大楼五楼会议中心, the tagger splitting 五|楼: the name may not start at the floor's 楼 or
    层, cut from its number (楼会议中心 names nothing)."""
    found = labelled("大会在公司调度大楼五楼会议中心召开。", "PLACE")
    assert not any(p.startswith(("楼", "层")) for p in found)
    found = labelled("年会在集团办公大楼12层会议中心举行。", "PLACE")
    assert not any(p.startswith(("楼", "层")) for p in found)
