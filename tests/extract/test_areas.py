"""Family areas (kg.extract.areas): area mentions to the registry's areas, or zones it lacks."""

from __future__ import annotations


def areas(facts) -> dict[str, tuple[str | None, str | None]]:
    """name -> (code, container's code) of the article's areas."""
    return {ref.name: (ref.code, ref.within) for ref in facts.entities if ref.cls == "AdministrativeArea"}


def test_an_ambiguous_district_is_the_one_of_the_city_named_before(extract_text):
    assert areas(extract_text("福州市总工会近日组织职工体检。鼓楼区总工会也参加了活动。"))["鼓楼区"][0] == "350102"
    assert areas(extract_text("南京市总工会近日组织职工体检。鼓楼区总工会也参加了活动。"))["鼓楼区"][0] == "320106"


def test_the_capital_is_beijing(extract_text):
    facts = extract_text("首都劳动奖章获得者座谈会在京召开。")
    assert areas(facts) == {"北京市": ("110000", None)}
    assert "首都" in facts.entities[next(r for r in facts.entities if r.name == "北京市")].aliases


def test_a_bare_stem_counts_only_inside_the_pages_region(extract_text):
    assert areas(extract_text("近日，海淀职工书屋开放。", region="北京市")) == {"海淀区": ("110108", None)}
    assert areas(extract_text("近日，海淀职工书屋开放。", region="成都市")) == {}


def test_a_zone_the_registry_lacks_is_inside_the_area_its_name_opens_with(extract_text):
    facts = extract_text("近日，岳阳临港新区总工会举办职工运动会。", region="湖南省")
    assert areas(facts)["岳阳临港新区"] == (None, "430600")
    zone = next(r for r in facts.entities if r.name == "岳阳临港新区")
    assert facts.entities[zone].parent.name == "岳阳市"


def test_a_community_is_inside_the_street_named_around_it(extract_text):
    facts = extract_text("近日，天心区坡子街街道总工会在西牌楼社区举办职工集体婚礼。", region="长沙市")
    assert areas(facts)["西牌楼社区"] == (None, "430103002")


def test_an_ambiguous_district_is_the_one_of_the_city_named_before_the_pages_region(extract_text):
    # the page is about Fujian (Fuzhou has a 鼓楼区), but the text named Nanjing last
    facts = extract_text("南京市总工会近日组织职工体检。鼓楼区总工会也参加了活动。", region="福建省")
    assert areas(facts)["鼓楼区"][0] == "320106"


def test_a_short_name_defined_for_a_zone_is_that_zone(extract_text):
    facts = extract_text(
        "近日，岳阳临港新区（以下简称“临港新区”）举办职工运动会。临港新区总工会主席刘洋致辞。", region="湖南省"
    )
    assert areas(facts)["岳阳临港新区"] == (None, "430600")
    assert ("刘洋", "岳阳临港新区总工会", "主席") in {
        (r.subject.name, r.object.name, r.role) for r in facts.relations if r.pred == "post"
    }


# -- never the first of many: a name the registry has several times needs evidence -------------


def test_a_street_of_many_without_evidence_keeps_no_code(extract_text):
    # 平湖街道 is in three provinces' registries; nothing on this page says which
    facts = extract_text("近日，平湖街道总工会为环卫工人送去防暑用品。")
    assert areas(facts)["平湖街道"] == (None, None)


def test_a_street_of_many_is_the_one_inside_the_area_named_before(extract_text):
    facts = extract_text("近日，马鞍山市雨山区平湖街道总工会为环卫工人送去防暑用品。")
    assert areas(facts)["平湖街道"][0] == "340504001"


def test_a_street_of_many_is_the_one_inside_an_area_named_after_it(extract_text):
    # the evidence may come later in the article: an area with one meaning only (the
    # page's region, the province, has two 城东街道 and picks neither)
    facts = extract_text("近日，城东街道总工会开展职工健步走活动。古田县总工会有关负责人出席。")
    assert areas(facts)["城东街道"][0] == "350922001"


def test_a_street_of_many_is_the_one_inside_the_pages_region(extract_text):
    facts = extract_text("近日，平湖街道总工会为环卫工人送去防暑用品。", region="安徽省")
    assert areas(facts)["平湖街道"][0] == "340504001"


def test_a_district_of_two_cities_is_not_the_first_without_evidence(extract_text):
    # 青山区 of Baotou and of Wuhan: with nothing said, neither
    facts = extract_text("近日，青山区总工会举办职工篮球赛。")
    assert areas(facts).get("青山区", (None, None))[0] is None


def test_a_bare_zone_ending_is_no_area(extract_text):
    # 保税区 alone is the common noun, whatever zone of that bare name a registry lists
    facts = extract_text("近日，保税区企业职工参加了技能比赛。")
    assert "保税区" not in areas(facts)


# -- villages and townships the registry lacks ---------------------------------------------------


def test_a_village_after_its_township_is_part_of_it(extract_text):
    facts = extract_text("近日，宾川县金牛镇新庄村的农民工代表参加了技能培训。")
    assert areas(facts)["新庄村"] == (None, "532924101")
    village = next(r for r in facts.entities if r.name == "新庄村")
    assert facts.entities[village].parent.name == "金牛镇"


def test_a_township_the_registry_lacks_before_its_village_is_part_of_the_county(extract_text):
    facts = extract_text("近日，宾川县总工会一行来到青杉乡柏溪村，慰问修路工人。")
    assert areas(facts)["青杉乡"] == (None, "532924")
    township = next(r for r in facts.entities if r.name == "青杉乡")
    assert facts.entities[township].parent.name == "宾川县"
    village = next(r for r in facts.entities if r.name == "柏溪村")
    assert facts.entities[village].parent.name == "青杉乡"


def test_a_village_word_is_no_village(extract_text):
    facts = extract_text("近日，宾川县金牛镇农村职工参加了技能培训，乡村振兴有了新活力。")
    assert not any(name.endswith("村") for name in areas(facts))


def test_a_village_of_a_township_placed_nowhere_is_part_of_it(extract_text):
    facts = extract_text("近日，职工志愿者来到青杉乡柏溪村，慰问修路工人。")
    village = next(r for r in facts.entities if r.name == "柏溪村")
    assert facts.entities[village].parent.name == "青杉乡"


def test_a_village_written_again_is_the_village_read_after_its_township(extract_text):
    """The village opening its cooperative's name is the one read after its township; the
    cooperative, a body of the village's residents, lies in it."""
    facts = extract_text("旗总工会一行来到达尔汗苏木额尔敦陶日嘎查，走进额尔敦陶日嘎查牧民肉羊养殖专业合作社。")
    assert areas(facts)["额尔敦陶日嘎查"] == (None, "150223213")
    cooperative = next(r for r in facts.entities if r.name == "额尔敦陶日嘎查牧民肉羊养殖专业合作社")
    assert facts.entities[cooperative].located_in.name == "额尔敦陶日嘎查"


def test_a_venue_named_with_its_county_and_a_towns_stem_lies_in_the_town(extract_text):
    """宁城县八里罕工业园区 after 前往八里罕镇: named after the town of the county that holds it."""
    facts = extract_text("近日，慰问组前往八里罕镇，看望在宁城县八里罕工业园区值守的一线职工。")
    park = next(r for r in facts.entities if r.name == "宁城县八里罕工业园区")
    assert facts.entities[park].located_in.code == "150429103"


def test_a_regions_union_written_with_its_regions_name_lies_in_it(extract_text):
    """澳门工会联合总会 (a body of the national list) opens with its region's name: it lies
    there; written short (工联总会) it names no region, and no area is made from it."""
    facts = extract_text("近日，澳门工会联合总会举办职工运动会。")
    union = next(r for r in facts.entities if r.name == "澳门工会联合总会")
    assert facts.entities[union].located_in.code == "820000"
    facts = extract_text("近日，工联总会举办职工运动会。")
    assert areas(facts) == {}


def test_a_companys_premises_are_not_placed_by_its_trade_name(extract_text):
    """大连远帆重工有限公司实训基地: the city opens the company's name (where it is
    registered), not where the base lies."""
    facts = extract_text("近日，全市职工焊工技能比武在大连远帆重工有限公司实训基地举行。")
    base = next(r for r in facts.entities if r.name == "大连远帆重工有限公司实训基地")
    assert facts.entities[base].located_in is None


# -- a name inside a longer word is no area --------------------------------------------------------


def test_a_stem_inside_a_longer_word_is_no_area(extract_text):
    # 新城 (西安市新城区) inside the place word 新城东, 大兴 (北京市大兴区) inside the idiom 大兴土木
    assert "新城区" not in areas(extract_text("近日，新城东片区职工服务站揭牌。", region="西安市"))
    assert "大兴区" not in areas(extract_text("春节刚过，各地大兴土木，职工干劲十足。", region="北京市"))
    # the stem as a word of its own is the district
    assert areas(extract_text("市总工会到大兴调研职工服务工作。", region="北京市"))["大兴区"][0] == "110115"


# -- region evidence from the page's furniture ---------------------------------------------------


def test_an_outlet_named_after_a_place_is_evidence_of_the_pages_region(nlp, gaz):
    from kg.extract.article import ArticleExtractor
    from kg.extract.page import infer_page
    from kg.model.article import Article, article_id

    def facts_with(outlet: str | None):
        article = Article(
            source="t.txt", index=0, headline=None, body="近日，平湖街道总工会为环卫工人送去防暑用品。", outlet=outlet
        )
        doc = nlp(article.text)
        page = infer_page([doc], [article], gaz)
        return ArticleExtractor(gaz).extract(doc, article, page, article_id(article))

    # 马鞍山日报 is Anhui's paper, and Anhui has one 平湖街道; a paper named after no place says nothing
    assert areas(facts_with("马鞍山日报"))["平湖街道"][0] == "340504001"
    assert areas(facts_with("工人日报"))["平湖街道"] == (None, None)


def test_a_county_outlet_makes_its_county_the_pages_region(nlp, gaz):
    from kg.extract.page import infer_page
    from kg.model.article import Article

    article = Article(
        source="t.txt", index=0, headline=None, body="近日，县总工会为环卫工人送去防暑用品。", outlet="宾川县融媒体中心"
    )
    page = infer_page([nlp(article.text)], [article], gaz)
    assert page.region == ["530000", "532900", "532924"]


def test_an_area_opening_a_companys_or_an_outlets_name_is_no_area_of_the_text(extract_text):
    """湖北某某集团有限公司, 湖北日报: the province is evidence, not a place the text names;
    the same province named alone is one."""
    facts = extract_text("近日，湖北青禾集团有限公司工会举办职工运动会，湖北日报记者到场采访。")
    assert "湖北省" not in areas(facts)
    facts = extract_text("近日，湖北青禾集团有限公司工会举办职工运动会，来自湖北各地的职工参加。")
    assert "湖北省" in areas(facts)


def test_an_area_written_in_full_before_a_company_places_it(extract_text):
    """某某区某某有限公司: a qualifier, so the district is an area of the text."""
    facts = extract_text("近日，江夏区青禾机械有限公司工会举办职工运动会。", region="武汉市")
    assert "江夏区" in areas(facts)


def test_a_new_district_without_its_city_is_part_of_the_city_named_before(extract_text):
    """某某新区 as one place word: a zone of the city the text named last; 产业新区 is no name."""
    facts = extract_text("近日，南宁市总工会慰问组到白鹭新区企业开展夏送清凉慰问活动。")
    assert areas(facts).get("白鹭新区") == (None, "450100")
    facts = extract_text("近日，南宁市总工会慰问组到产业新区企业开展夏送清凉慰问活动。")
    assert "产业新区" not in areas(facts)


# -- areas beyond the NBS file: Taiwan, Hong Kong, Macao; former names -------------------------


def test_taiwans_counties_and_districts_are_areas(extract_text):
    facts = extract_text("屏东县总工会与高雄市总工会日前在凤山区一家饭店联合举办劳资关系座谈会。")
    found = areas(facts)
    assert (found["屏东县"][0] or "").startswith("71")
    assert {"屏东县", "高雄市", "凤山区"} <= set(found)
    assert found["凤山区"][0][:4] == found["高雄市"][0][:4]  # Kaohsiung's, not Guangxi's 凤山县


def test_a_former_county_name_is_the_city_it_became(extract_text):
    facts = extract_text("日前，萧山县总工会举办职工书法比赛，全县三百余名职工参加。", region="浙江省")
    assert areas(facts) == {"萧山县": ("330109", None)}  # named as the text knew it, with today's code


def test_bodies_named_after_a_former_name_keep_it(extract_text):
    # the text knows 萧山 as a county: its 县委 and 县政府 are the county's, as then named
    facts = extract_text("萧山县总工会举办职工书法比赛。县委副书记王立新、副县长陈春华出席。", region="浙江省")
    bodies = {body for person, body, _ in _posts(facts) if person in ("王立新", "陈春华")}
    assert bodies and all("萧山县" in body for body in bodies), bodies


def _people(facts) -> set[str]:
    return {ref.name for ref in facts.entities if ref.cls == "Person"}


def test_a_bare_stem_of_a_county_the_text_names_is_no_person(extract_text):
    # the tagger reads 华宁 as a name; the text has named 华宁县 before
    facts = extract_text("华宁县总工会开展送清凉活动，助力华宁高质量发展。")
    assert "华宁" not in _people(facts)
    assert set(areas(facts)) == {"华宁县"}


def test_a_bare_stem_in_a_list_under_the_city_the_text_names_is_an_area(extract_text):
    # 庆元 is read as a name by the tagger; 丽水市 holds 庆元县
    facts = extract_text("丽水市总工会表彰先进，莲都、青田、缙云、遂昌、松阳、云和、庆元等代表队获奖。")
    assert "庆元" not in _people(facts)
    assert areas(facts)["庆元县"][0] == "331126"


def _posts(facts) -> set[tuple[str, str, str]]:
    return {(r.subject.name, r.object.name, r.role) for r in facts.relations if r.pred == "post"}


def test_a_city_union_is_the_pages_city_not_the_capital_its_people_travel_to(extract_text):
    facts = extract_text(
        "全国五一劳动奖章表彰大会即将在北京举行。日前，市总工会为我市赴京受表彰的职工送行，市总工会主席周文华出席。",
        region="株洲市",
    )
    assert ("周文华", "株洲市总工会", "主席") in _posts(facts)
    assert "北京市总工会" not in {r.name for r in facts.entities if r.cls == "TradeUnion"}


def test_a_city_union_after_the_capital_is_the_capitals_on_its_own_page(extract_text):
    facts = extract_text("全市职工技能大赛在北京举行。市总工会主席周文华出席。", region="北京市")
    assert ("周文华", "北京市总工会", "主席") in _posts(facts)


def test_an_area_name_glued_inside_a_firms_name_far_from_the_page_is_no_area(extract_text):
    # 昌吉 is a prefecture in Xinjiang; 华昌吉建材公司 is a firm's trade name on a Zhuzhou page
    facts = extract_text("近日，芦淞区总工会副主席李红来到建设路华昌吉建材公司，开展送清凉活动。", region="株洲市")
    assert set(areas(facts)) == {"芦淞区"}


def test_an_area_opening_a_firms_name_still_places_it(extract_text):
    facts = extract_text("近日，芦淞区总工会副主席李红来到芦淞区华昌建材公司，开展送清凉活动。", region="株洲市")
    assert set(areas(facts)) == {"芦淞区"}
    assert areas(facts)["芦淞区"][0] == "430203"


def test_a_registry_unit_named_by_a_common_noun_is_no_area(extract_text):
    # the registry lists a township-level unit called just 农场 (and 林场, 园艺场 …)
    facts = extract_text("近日，慰问团来到金穗农场和翠峰林场，看望一线职工。", region="株洲市")
    assert areas(facts) == {}


def test_a_street_stands_for_its_street_office_where_the_grammar_says_area(extract_text):
    facts = extract_text("近日，西城区总工会联合金融街开展送清凉活动，慰问一线职工。", region="北京市")
    assert areas(facts)["金融街街道"][0] == "110102011"
    assert "金融街" in facts.entities[next(r for r in facts.entities if r.name == "金融街街道")].aliases


def test_a_street_named_as_a_road_is_no_area(extract_text):
    facts = extract_text("近日，西城区总工会副主席李红来到金融街一家银行，慰问一线职工。", region="北京市")
    assert set(areas(facts)) == {"西城区"}


def test_an_autonomous_regions_union_by_its_level_word(extract_text):
    facts = extract_text("近日，自治区总工会副主席李明到南宁市调研职工服务工作。", region="广西壮族自治区")
    assert ("李明", "广西壮族自治区总工会", "副主席") in _posts(facts)


def test_a_compass_district_alone_is_no_area(extract_text):
    # 南区 is a district of Hong Kong and of two Taiwanese cities, and a plain word of the genre
    facts = extract_text("近日，厂区南区车间的职工在北区食堂参加了安全生产知识竞赛。", region="株洲市")
    assert not {"南区", "北区"} & set(areas(facts))


def test_a_citys_nickname_is_the_city_only_on_a_page_about_it(extract_text):
    # 哈市 on a page of a district of Harbin: the city, where the event is held
    facts = extract_text("5月12日，道里区总工会在哈市举办职工读书分享会。", region="哈尔滨市")
    assert areas(facts)["哈尔滨市"][0] == "230100"
    assert [r.name for r, _ in facts.events[0].locations] == ["哈尔滨市"]
    # elsewhere, or on a page of no known area, it is no guess (and decides no region)
    assert "哈尔滨市" not in areas(extract_text("5月12日，雨花区总工会在哈市举办职工读书分享会。", region="长沙市"))
    assert areas(extract_text("5月12日，某公司工会在沪上举办职工联谊会。")) == {}


def test_villages_listed_without_their_township_lie_in_the_one_named_last(extract_text):
    """洛香镇…其中洛香村、新安村等6个村: the villages are the town's."""
    facts = extract_text("据悉，从江县洛香镇目前已建立基层工会18个，其中洛香村、新安村等6个村工会联合会。")
    found = areas(facts)
    assert found["洛香村"] == (None, "522633102") and found["新安村"] == (None, "522633102")


def test_villages_listed_after_a_street_named_in_an_earlier_sentence(extract_text):
    # (invented) another shape: the township in the sentence before, the villages joined by 和
    facts = extract_text("天心区坡子街街道召开会议。王庄村和李集村的党支部书记作了发言。", region="长沙市")
    assert areas(facts)["王庄村"] == (None, "430103002")
