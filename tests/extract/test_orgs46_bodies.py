"""Bodies of session 46's organisation family (an invitation letter, notes, a host's script, a
handbook), on invented articles run through NLP and extraction."""

from __future__ import annotations

from tests.extract.facts_view import names, parents, placed


def test_an_areas_class_of_firms_a_period_and_a_series_name_no_union(extract_text):
    """某市企业工会建设 (the city's enterprise unions), 年度工会干部培训 (the year's union work),
    “某某工会论坛” (a forum's name): no union; the city's federation still is one."""
    facts = extract_text(
        "鹤岗市总工会举办第三届“松花工会论坛”，形成《鹤岗市企业工会建设情况报告》，计入年度工会干部培训学时。"
    )
    assert names(facts, "TradeUnion") == {"鹤岗市总工会"}


def test_an_everyday_named_district_in_a_list_of_its_siblings(extract_text):
    """前进区、东风区、郊区总工会: 郊区, an everyday word, is the city's district of that name
    when written in a list right after a sibling district of the same city."""
    facts = extract_text("铜陵市总工会召开会议，铜官区、义安区、郊区总工会主席参加。", region="铜陵市")
    assert "郊区" in names(facts, "AdministrativeArea")
    assert ("郊区总工会", "郊区") in {(a.removeprefix("铜陵市"), b) for a, b in placed(facts)}


def test_an_everyday_word_alone_is_no_district(extract_text):
    """城郊区域: 郊区 inside words, after no sibling district, names no area."""
    facts = extract_text("铜陵市总工会慰问郊区农民工。", region="铜陵市")
    assert "郊区" not in names(facts, "AdministrativeArea")


def test_an_ethnic_township_written_with_its_nationality(extract_text):
    """四排赫哲族乡 where the registry writes 四排乡: the registry's township, and its union lies there."""
    facts = extract_text("嘉宾：王海（饶河县四排赫哲族乡总工会主席）。", region="双鸭山市")
    township = next(ref for ref in facts.entities if ref.cls == "AdministrativeArea" and ref.name.startswith("四排"))
    assert township.code and township.code.startswith("230524")
    assert any(b == township.name for _a, b in placed(facts))


def test_a_hall_on_a_floor_before_a_bracket_that_says_where(extract_text):
    """某宫四楼报告厅（位于某区）, 某宾馆一楼大厅（某区）: the venue lies in the area."""
    facts = extract_text(
        "地点：鹤岗市工人文化宫四楼报告厅（位于向阳区）。报到地点：鹤岗松花宾馆一楼大厅（工农区）。", region="鹤岗市"
    )
    assert {("鹤岗市工人文化宫", "向阳区"), ("鹤岗松花宾馆", "工农区")} <= placed(facts)


def test_a_companys_quoted_staff_home(extract_text):
    """某某有限公司“职工之家”（位于某区）: the company's staff home, a venue named without the
    quotes, lies in the district; the company is not placed by it."""
    facts = extract_text("现场教学：鹤岗兴安煤矿机械有限公司“职工之家”（位于兴山区）。", region="鹤岗市")
    home = "鹤岗兴安煤矿机械有限公司职工之家"
    assert home in names(facts, "Place")
    assert (home, "兴山区") in placed(facts)
    assert not any(a == "鹤岗兴安煤矿机械有限公司" for a, _ in placed(facts))
    assert not parents(facts) or all(a != home for a, _ in parents(facts))


def test_a_venue_on_an_honourees_line_with_a_job_is_their_unit(extract_text):
    """王某　某县某镇快递服务站投递员 (a list of honourees): the station is the person's unit, an
    organisation, not a venue."""
    facts = extract_text(
        "接下来为获得“醴陵市五一劳动奖章”的个人颁奖。请获奖代表上台领奖：\n"
        "　　周明亮　醴陵市孙家湾镇快递服务站分拣员\n"
        "　　请刘国华同志为他们颁奖。",
        region="醴陵市",
    )
    assert any(n.endswith("孙家湾镇快递服务站") for n in names(facts, "Organization"))
    assert not any(n.endswith("快递服务站") for n in names(facts, "Place"))


def test_the_streets_staff_homes_name_no_venue(extract_text):
    """在各街道职工之家增设健身角: the homes of every street, none named."""
    facts = extract_text("东城街道、西城街道的骑手参赛。区总工会将在各街道职工之家增设健身角。", region="禹会区")
    assert not names(facts, "Place")


def test_a_hotel_named_with_a_districts_stem_is_not_placed_by_it(extract_text):
    """城中宾馆 (城中, the stem of 城中区): a trade name; the hotel is not placed in the district."""
    facts = extract_text("大会在柳州市城中区会议中心举行。代表报到（城中宾馆一楼大厅）。", region="柳州市")
    assert "城中宾馆" in names(facts, "Place")
    assert not any(a == "城中宾馆" for a, _ in placed(facts))


def test_a_bare_hall_is_no_venue(extract_text):
    """开幕式（大礼堂）: a hall's size and kind name no venue."""
    facts = extract_text("9月16日上午，开幕式暨第一次全体会议（大礼堂）召开。")
    assert "大礼堂" not in names(facts, "Place")


def test_a_venue_named_again_by_its_head_before_located(extract_text):
    """某区会议中心 … 会议中心位于某街道: the venue named in full lies in the street."""
    facts = extract_text(
        "大会在柳州市城中区会议中心举行。\n乘车：区政府统一发车；会议中心位于潭中街道，请将车辆停放在地下停车场。",
        region="柳州市",
    )
    assert any(a.endswith("城中区会议中心") and b == "潭中街道" for a, b in placed(facts))


def test_a_unions_staff_home_is_a_venue(extract_text):
    """地点：某镇总工会职工之家 / 地址：某区某镇: the union's home for its members is a venue (not a
    unit the union runs, as its 职工服务中心 is), placed by the address."""
    facts = extract_text("青年职工联谊会\n地点：杨和镇总工会职工之家\n地址：佛山市高明区杨和镇\n主办单位：杨和镇总工会")
    assert any(n.endswith("杨和镇总工会职工之家") for n in names(facts, "Place"))
    assert any(a.endswith("杨和镇总工会职工之家") and b == "杨和镇" for a, b in placed(facts))


def test_a_townships_culture_station_is_an_organisation(extract_text):
    """某镇文化站协办 (the tagger glues the verb to it): the township's culture station, a body."""
    facts = extract_text("罗坳镇总工会主办、罗坳镇文化站协办的职工篮球赛在镇中心广场举行。", region="于都县")
    assert any(n.endswith("罗坳镇文化站") for n in names(facts, "Organization"))


def test_an_address_given_for_a_bodys_building_places_the_body(extract_text):
    """地点：某区技工学校实训楼 / 地址：某区某街道…: the school's building stands in the street, and
    so does the school."""
    facts = extract_text(
        "职工技能竞赛\n地点：佛山市高明区职业技术学校实训楼\n地址：佛山市高明区荷城街道西江新城\n"
        "竞赛由区总工会主办，区职业技术学校承办。"
    )
    assert any(a.endswith("高明区职业技术学校") and b == "荷城街道" for a, b in placed(facts))


def test_an_area_someone_was_transferred_from_is_no_context(extract_text):
    """镇总工会副主席，去年刚从勐养镇调来 … 镇政府: the town hall is the visited township's, not
    the one the officer came from."""
    facts = extract_text(
        "走访景洪市嘎洒镇总工会。见到副主席李岩，去年刚从勐养镇调来。看了镇职工书屋（镇政府旁边）。", region="景洪市"
    )
    assert any(n.endswith("嘎洒镇人民政府") for n in names(facts, "Organization"))
    assert not any(n.endswith("勐养镇人民政府") for n in names(facts, "Organization"))


def test_a_township_the_registry_names_with_its_countys_name(extract_text):
    """| 王屋镇 | 58 |: the registry's 济源市王屋镇, written without the city's name."""
    facts = extract_text("| 镇（街道） | 新会员 |\n|---|---|\n| 王屋镇 | 58 |", region="济源市")
    assert any(ref.code == "419001109" for ref in facts.entities if ref.cls == "AdministrativeArea")
