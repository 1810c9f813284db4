"""Family bodies, party and government bodies (kg.nlp.gov_bodies, kg.extract.gov_bodies):
committees, governments, congresses and departments by their full names."""

from __future__ import annotations

import pytest

from tests.extract.facts_view import names, parents, posts


def aliases(facts, name: str) -> set[str]:
    return next(info.aliases for ref, info in facts.entities.items() if ref.name == name)


def test_a_committee_glued_to_its_area_is_the_areas_party_committee(extract_text):
    facts = extract_text("近日，株洲市荷塘区委常委、区总工会主席王刚走访慰问环卫职工。")
    committee = "中共株洲市荷塘区委员会"
    assert ("王刚", committee, "常委") in posts(facts)
    assert {"荷塘区委", "株洲市荷塘区委", "中共荷塘区委员会"} <= aliases(facts, committee)


def test_an_area_glued_to_its_committee_is_read_from_the_registry(extract_text):
    # the tagger reads 湘潭县委书记 as one word: the city is found from the registry
    facts = extract_text("近日，湘潭县委书记黄涛来到县总工会调研。")
    assert ("黄涛", "中共湘潭市湘潭县委员会", "书记") in posts(facts)
    assert "湘潭县" in names(facts, "AdministrativeArea")


def test_a_congress_and_a_government_glued_to_their_area(extract_text):
    facts = extract_text("荷塘区人大常委会副主任赵丽、荷塘区人民政府副区长孙强出席活动。", region="株洲市")
    congress = "株洲市荷塘区人民代表大会常务委员会"
    assert ("赵丽", congress, "副主任") in posts(facts)
    assert {"荷塘区人大常委会", "株洲市荷塘区人大常委会"} <= aliases(facts, congress)
    assert ("孙强", "株洲市荷塘区人民政府", "副区长") in posts(facts)


@pytest.mark.parametrize("title", ["旗长", "副旗长"])
def test_a_banners_head_holds_office_at_its_government(extract_text, title):
    # (invented) a 旗 is a county of Inner Mongolia: its 旗长 heads the 旗人民政府, as a 县长
    facts = extract_text(f"旗委副书记、{title}王建国出席并讲话。", region="乌审旗")
    assert ("王建国", "中共鄂尔多斯市乌审旗委员会", "副书记") in posts(facts)
    assert ("王建国", "鄂尔多斯市乌审旗人民政府", title) in posts(facts)


def test_a_level_said_again_after_its_area_names_the_same_bodies(extract_text):
    # 攸县县委, 株洲市市总工会: the area's own level word repeated before the body word
    facts = extract_text("近日，攸县县委常委、县总工会主席刘强和株洲市市总工会主席陈敏走访职工。")
    assert ("刘强", "中共株洲市攸县委员会", "常委") in posts(facts)
    assert ("陈敏", "株洲市总工会", "主席") in posts(facts)
    assert "攸县县委" in aliases(facts, "中共株洲市攸县委员会")
    assert "株洲市市总工会" in aliases(facts, "株洲市总工会")
    # a word that only opens with the level is no repetition (株洲市市场监督管理局)
    facts = extract_text("近日，株洲市市场监督管理局局长陈敏走访职工。")
    assert "株洲市总工会" not in names(facts, "TradeUnion")


def test_a_county_level_city_is_named_alone(extract_text):
    facts = extract_text("醴陵市委副书记周平出席开幕式。")
    assert ("周平", "中共醴陵市委员会", "副书记") in posts(facts)


def test_a_town_party_committee_and_a_street_working_committee(extract_text):
    facts = extract_text("白兔潭镇党委和望城坡街道党工委联合举办职工运动会。", region="湖南省")
    orgs = names(facts, "Organization")
    assert {"中共白兔潭镇委员会", "中共望城坡街道工作委员会"} <= orgs
    assert "望城坡街道党工委" in aliases(facts, "中共望城坡街道工作委员会")


def test_a_committees_department_belongs_to_the_committee(extract_text):
    facts = extract_text("区委副书记王敏、区委宣传部副部长刘洋出席活动。", region="长沙市岳麓区")
    department = "中共长沙市岳麓区委宣传部"
    assert ("刘洋", department, "副部长") in posts(facts)
    assert (department, "中共长沙市岳麓区委员会") in parents(facts)
    assert {"区委宣传部", "岳麓区委宣传部"} <= aliases(facts, department)


def test_a_department_alone_names_no_committee(extract_text):
    # (kg.extract.unnamed_committees: the committee is one only when the text names it)
    facts = extract_text("区委宣传部副部长刘洋出席活动。", region="长沙市岳麓区")
    department = "中共长沙市岳麓区委宣传部"
    assert ("刘洋", department, "副部长") in posts(facts)
    assert "中共长沙市岳麓区委员会" not in names(facts, "Organization")
    assert not any(parent == "中共长沙市岳麓区委员会" for _dept, parent in parents(facts))


def test_a_department_of_a_committee_written_党委_after_its_area(extract_text):
    # a district that writes its committee 党委 (区党委宣传部): the committee's department
    facts = extract_text("（岳麓区党委宣传部供稿）区党委副书记刘洋出席活动。", region="长沙市岳麓区")
    department = "中共长沙市岳麓区委宣传部"
    assert department in names(facts, "Organization")
    assert (department, "中共长沙市岳麓区委员会") in parents(facts)
    assert "岳麓区党委宣传部" in aliases(facts, department)
    assert ("刘洋", "中共长沙市岳麓区委员会", "副书记") in posts(facts)


def test_an_area_whose_registry_name_opens_with_its_city_is_led_by_it_once(extract_text):
    facts = extract_text("屈原管理区委书记张立出席活动。")
    (committee,) = [n for n in names(facts, "Organization") if n.endswith("委员会")]
    assert committee == "中共岳阳市屈原管理区委员会"
    # (the registry's name opens with the city's; a text writes the district without it)
    assert "中共屈原管理区委员会" in aliases(facts, committee)


def test_a_bare_department_in_a_title_chain_is_the_committees(extract_text):
    facts = extract_text("县委常委、统战部部长、县总工会主席石勇出席活动。", region="湘潭市湘潭县")
    department = "中共湘潭市湘潭县委统战部"
    assert ("石勇", department, "部长") in posts(facts)
    assert (department, "中共湘潭市湘潭县委员会") in parents(facts)


def test_a_unions_department_belongs_to_the_union(extract_text):
    facts = extract_text("近日，长沙市总工会权益保障部部长马丽带队开展走访。")
    department = "长沙市总工会权益保障部"
    assert ("马丽", "长沙市总工会", "权益保障部部长") in posts(facts)  # the office is the union's
    assert (department, "长沙市总工会") in parents(facts)


def test_a_level_unions_department_is_named_after_the_resolved_union(extract_text):
    facts = extract_text("县总工会劳动和经济工作部部长钱进介绍了比赛情况。", region="湘潭市湘潭县")
    department = "湘潭县总工会劳动和经济工作部"
    assert ("钱进", "湘潭县总工会", "劳动和经济工作部部长") in posts(facts)
    assert "县总工会劳动和经济工作部" in aliases(facts, department)


def test_a_government_department_of_the_level_in_context(extract_text):
    facts = extract_text("省发改委副主任杨帆出席会议。", region="湖南省")
    assert ("杨帆", "湖南省发展和改革委员会", "副主任") in posts(facts)
    assert "湖南省发改委" in aliases(facts, "湖南省发展和改革委员会")


def test_a_second_department_after_a_unions_department_is_the_same_unions(extract_text):
    facts = extract_text("长沙县总工会权益保障部、劳动和经济工作部部长吴强出席。")
    assert ("长沙县总工会劳动和经济工作部", "长沙县总工会") in parents(facts)
    assert ("吴强", "长沙县总工会", "劳动和经济工作部部长") in posts(facts)


def test_a_congress_standing_committee_written_without_its_last_character(extract_text):
    facts = extract_text("省人大常委副主任、省总工会主席李强讲话。", region="湖南省")
    assert ("李强", "湖南省人民代表大会常务委员会", "副主任") in posts(facts)


def test_a_districts_mass_organisations_department(extract_text):
    facts = extract_text("区群团工作部部长、区总工会主席陈红出席。", region="长沙市天心区")
    assert ("陈红", "长沙市天心区群团工作部", "部长") in posts(facts)
    assert "区群团工作部" in aliases(facts, "长沙市天心区群团工作部")


def test_a_prefectures_bodies_by_the_bare_level_word_州(extract_text):
    facts = extract_text("州政协副主席、州总工会主席高明出席活动。", region="临夏回族自治州")
    assert ("高明", "中国人民政治协商会议临夏回族自治州委员会", "副主席") in posts(facts)
    assert ("高明", "临夏回族自治州总工会", "主席") in posts(facts)


def test_a_banners_committee_by_the_bare_level_word_旗(extract_text):
    facts = extract_text("旗委常委、旗总工会主席王强出席活动。", region="鄂尔多斯市伊金霍洛旗")
    assert ("王强", "中共鄂尔多斯市伊金霍洛旗委员会", "常委") in posts(facts)


def test_an_autonomous_regions_bodies_by_the_bare_level_word_自治区(extract_text):
    # an autonomous region's government is headed by its 主席: 自治区人民政府副主席
    text = "新疆维吾尔自治区召开大会。自治区人民政府副主席刘洋，自治区政协副主席赵敏出席。"
    facts = extract_text(text, region="乌鲁木齐市")
    assert ("刘洋", "新疆维吾尔自治区人民政府", "副主席") in posts(facts)
    assert ("赵敏", "中国人民政治协商会议新疆维吾尔自治区委员会", "副主席") in posts(facts)


def test_bodies_named_bare_in_a_title_chain_are_the_areas(extract_text):
    facts = extract_text("近日，天心区委常委、政法委书记、总工会主席王震走访慰问一线职工。", region="长沙市")
    got = posts(facts)
    assert ("王震", "中共长沙市天心区委政法委员会", "书记") in got
    # (a union by the name the unions' family gives it: 天心区 is one district only)
    assert ("王震", "天心区总工会", "主席") in got
    assert "总工会" not in aliases(facts, "天心区总工会")


def test_a_bare_organ_after_a_company_is_the_companys_not_the_areas(extract_text):
    """天心区委常委、纪委书记 is the district's 纪委; after 公司 in the same sentence it is the company's."""
    facts = extract_text("天心区委常委王震，公司党委副书记、纪委书记李明出席会议。", region="长沙市")
    assert not any("纪律检查" in name for name in names(facts, "Organization"))


def test_a_government_named_bare_after_the_towns_committee(extract_text):
    facts = extract_text("近日，三汇镇党委、政府和镇总工会组织开展慰问活动。", region="达州市渠县")
    assert "三汇镇人民政府" in names(facts, "Organization")


def test_a_zone_named_by_a_city_and_a_common_zone_name_is_that_zone(extract_text):
    facts = extract_text("近日，长沙经济技术开发区群团工作部部长李芳主持会议。")
    assert ("李芳", "长沙经济技术开发区群团工作部", "部长") in posts(facts)


def test_a_traditional_page_names_the_bodies_in_simplified_with_the_printed_forms(nlp, gaz, tmp_path):
    from kg.extract.article import ArticleExtractor
    from kg.extract.page import infer_page
    from kg.ingest import read_articles
    from kg.model.article import article_id

    path = tmp_path / "page.txt"
    path.write_text(
        "荷塘區總工會慰問職工\n近日，株洲市荷塘區委常委、區總工會主席王剛，荷塘區人大常委會副主任趙麗走訪慰問職工。\n"
    )
    (article,) = read_articles([str(path)]).articles
    doc = nlp(article.text)
    facts = ArticleExtractor(gaz).extract(doc, article, infer_page([doc], [article], gaz, None), article_id(article))
    assert "荷塘區委" in aliases(facts, "中共株洲市荷塘区委员会")
    assert "荷塘區人大常委會" in aliases(facts, "株洲市荷塘区人民代表大会常务委员会")
    assert ("王刚", "中共株洲市荷塘区委员会", "常委") in posts(facts)


def test_a_department_after_a_bare_level_word_is_the_areas_in_context(extract_text):
    facts = extract_text("市科技局副局长王明、省住建厅副厅长李强出席。", region="鹤岗市")
    assert ("王明", "鹤岗市科技局", "副局长") in posts(facts)
    # (住建厅, the usual short form, names the department in full)
    assert ("李强", "黑龙江省住房和城乡建设厅", "副厅长") in posts(facts)
    assert "省住建厅" in aliases(facts, "黑龙江省住房和城乡建设厅")
    assert "市科技局" in aliases(facts, "鹤岗市科技局")


def test_the_youth_leagues_committee_named_with_its_area(extract_text):
    facts = extract_text("共青团株洲市委副书记李明出席。", region="株洲市")
    assert posts(facts) == {("李明", "共青团株洲市委员会", "副书记")}
    assert "中共株洲市委员会" not in names(facts, "Organization")
    assert "共青团株洲市委" in aliases(facts, "共青团株洲市委员会")


def test_a_streets_office_bare_after_its_working_committee(extract_text):
    facts = extract_text("望城坡街道党工委副书记、办事处主任刘强陪同调研。", region="湖南省")
    assert ("刘强", "望城坡街道办事处", "主任") in posts(facts)
    assert ("刘强", "中共望城坡街道工作委员会", "副书记") in posts(facts)


def test_the_youth_leagues_committee_by_the_level_with_the_leagues_full_name_before(extract_text):
    facts = extract_text("比赛由区总工会、共青团区委承办。", region="株洲市荷塘区")
    league = "共青团株洲市荷塘区委员会"
    assert {"共青团区委", "团区委", "共青团株洲市荷塘区委"} <= aliases(facts, league)


def test_an_areas_health_commission_by_its_short_form(extract_text):
    facts = extract_text("市卫健委主任王强、荷塘区卫生计生委副主任赵丽出席。", region="株洲市")
    assert ("王强", "株洲市卫生健康委员会", "主任") in posts(facts)
    assert ("赵丽", "株洲市荷塘区卫生和计划生育委员会", "副主任") in posts(facts)


def test_a_zone_the_registry_names_with_its_city_is_not_named_twice(extract_text):
    """The registry names some county-level zones with their city (益阳市大通湖管理区): their
    bodies' names hold the city once, and the name papers print (大通湖管理区管理委员会) is an alias."""
    facts = extract_text("大通湖管理区举办职工运动会。区党委副书记、管委会主任刘洋出席开幕式。", region="益阳市")
    board = "益阳市大通湖管理区管理委员会"
    assert ("刘洋", board, "主任") in posts(facts)
    assert "大通湖管理区管理委员会" in aliases(facts, board)


def test_a_traditional_page_spells_the_names_it_never_printed_whole(nlp, gaz, tmp_path):
    """區委 on a traditional page is 中共长沙市雨花区委员会, labelled in simplified characters;
    its forms in the page's own script (中共雨花區委員會) are aliases, as the page would write them."""
    from kg.extract.article import ArticleExtractor
    from kg.extract.page import infer_page
    from kg.ingest import read_articles
    from kg.model.article import article_id

    path = tmp_path / "page.txt"
    path.write_text("雨花區總工會慰問職工\n近日，雨花區委常委、區總工會主席劉洋走訪慰問職工。\n", encoding="utf-8")
    (article,) = read_articles([str(path)]).articles
    doc = nlp(article.text)
    page = infer_page([doc], [article], gaz, "长沙市")
    facts = ArticleExtractor(gaz).extract(doc, article, page, article_id(article))
    committee = "中共长沙市雨花区委员会"
    assert ("刘洋", committee, "常委") in posts(facts)
    assert {"中共長沙市雨花區委員會", "中共雨花區委員會"} <= aliases(facts, committee)


def test_a_special_administrative_regions_government_is_no_peoples_government(extract_text):
    # 特区 is the level word of the region in context, short for the ending 特别行政区
    facts = extract_text("香港特别行政区行政长官陈志远出席活动。特区政府将加大对职工培训的支持。")
    government = "香港特别行政区政府"
    assert ("陈志远", government, "行政长官") in posts(facts)
    assert "特区政府" in aliases(facts, government)
    assert not any("人民政府" in name for name in names(facts, "Organization"))


def test_a_regions_government_after_its_short_name_and_特区(extract_text):
    facts = extract_text("澳门特区政府日前与工会代表座谈，听取职工意见。")
    assert "澳门特别行政区政府" in names(facts, "Organization")


def test_a_bare_legislative_council_is_the_regions_in_context(extract_text):
    facts = extract_text("香港工联会举办座谈会，立法会议员罗嘉伟出席并发言。", region="香港特别行政区")
    assert ("罗嘉伟", "香港特别行政区立法会", "议员") in posts(facts)


def test_a_taiwanese_citys_government_is_no_peoples_government(extract_text):
    facts = extract_text("台北市总工会举办座谈会，台北市市长萧文俊到场致辞。")
    assert ("萧文俊", "台北市政府", "市长") in posts(facts)
    assert "台北市人民政府" not in names(facts, "Organization")


def test_a_department_named_before_its_heads_title_that_repeats_its_ending(extract_text):
    # 司 and 处 end no organisation's name alone: the head's title (司长, 处长) makes them one
    facts = extract_text("政务司司长梁家明、特区政府劳工处处长何美琪出席活动。", region="香港特别行政区")
    assert ("梁家明", "政务司", "司长") in posts(facts)
    assert ("何美琪", "劳工处", "处长") in posts(facts)


def test_a_department_named_before_a_ranked_heads_title_that_repeats_its_ending(extract_text):
    """劳工处助理处长, 消防署副署长: a rank before the repeated ending (助理, 副, 署理) still
    makes the name before it the department's."""
    facts = extract_text("劳工处助理处长（劳资关系）黄嘉琪、消防署副署长梁国栋出席活动。", region="香港特别行政区")
    assert {"劳工处", "消防署"} <= names(facts, "Organization")


def test_a_department_of_a_bureau_named_before_its_heads_title(extract_text):
    # (invented) 厅 ends a department whose head is its 厅长, though common words name it
    facts = extract_text("劳工事务局局长岑家乐、职业安全健康厅厅长冯敏诗出席活动。", region="澳门特别行政区")
    assert ("冯敏诗", "职业安全健康厅", "厅长") in posts(facts)


def test_a_headed_departments_name_starts_after_a_function_word(extract_text):
    facts = extract_text("工会代表邓志安与财政司副司长孔令文会面。", region="香港特别行政区")
    assert ("孔令文", "财政司", "副司长") in posts(facts)


def test_the_liaison_office_by_its_short_form_is_the_regions(extract_text):
    facts = extract_text("澳门中联办日前走访工会。中联办社工部副部长欧阳倩出席。", region="澳门特别行政区")
    office = "中央人民政府驻澳门特别行政区联络办公室"
    assert office in names(facts, "Organization")
    assert {"澳门中联办", "中联办"} <= aliases(facts, office)


def test_taiwans_authorities_named_as_printed_with_the_heads_title_written_once(extract_text):
    facts = extract_text("台中市总工会举办座谈会，劳动部长叶文卿、台中市议会议长罗振邦与会。")
    assert ("叶文卿", "劳动部", "部长") in posts(facts)
    assert ("罗振邦", "台中市议会", "议长") in posts(facts)


def test_a_legislator_is_a_member_of_the_legislature_not_of_the_body_before(extract_text):
    facts = extract_text("台中市总工会理事长邱正雄、立法委员温佩君出席座谈会。")
    assert ("温佩君", "立法院", "立法委员") in posts(facts)
    assert not any(person == "温佩君" and body == "台中市总工会" for person, body, _ in posts(facts))


def test_a_member_glued_to_the_areas_name_is_a_member_of_its_council(extract_text):
    facts = extract_text("工联会副会长卢志明，观塘区议员简慧珊、台中市议员吕建成出席。")
    assert ("简慧珊", "观塘区议会", "议员") in posts(facts)
    assert ("吕建成", "台中市议会", "议员") in posts(facts)
    assert not any(person == "简慧珊" and body != "观塘区议会" for person, body, _ in posts(facts))


def test_a_member_of_an_area_named_by_its_level_word_alone(extract_text):
    # (东区, 南区: the level written again before the title, as in the council's own name)
    facts = extract_text("工联会东区区议员邝佩玲、葵青区议员卓文轩出席。")
    assert ("邝佩玲", "东区区议会", "议员") in posts(facts)
    assert ("卓文轩", "葵青区议会", "议员") in posts(facts)
    # (a longer name written in full before 区议员 names no council: 葵青区区议会 is none)
    facts = extract_text("葵青区区议员卓文轩出席。")
    assert not any(body == "葵青区区议会" for _, body, _ in posts(facts))


def test_the_heads_of_several_departments_name_no_department(extract_text):
    facts = extract_text("市人社局召开会议，各处处长、该处处长参加。")
    assert not {"各处", "该处"} & names(facts, "Organization")


def test_an_autonomous_regions_government_by_its_long_level_word(extract_text):
    # 自治区 (a level word ending in 区) before 人民政府: the region's government in context
    facts = extract_text("自治区人民政府副主席马明出席表彰大会。", region="宁夏回族自治区")
    assert "宁夏回族自治区人民政府" in names(facts, "Organization")
    assert "自治区人民政府" in aliases(facts, "宁夏回族自治区人民政府")
    assert ("马明", "宁夏回族自治区人民政府", "副主席") in posts(facts)


def test_a_unit_of_an_areas_body_written_short_is_named_after_it_in_full(extract_text):
    # (invented) 市人社局…支队 after the bureau named in full: its unit, under its full name
    facts = extract_text(
        "银川市总工会联合银川市人力资源和社会保障局开展活动。市人社局劳动保障监察支队负责人到场。", region="银川市"
    )
    unit = "银川市人力资源和社会保障局劳动保障监察支队"
    assert (unit, "银川市人力资源和社会保障局") in parents(facts)


def test_a_sumu_is_a_township_its_bodies_are_named_after(extract_text):
    """苏木 is a township of pastoral areas: 苏木党委 and 苏木总工会 after a 苏木's name are its
    party committee and its union, as 镇党委 and 镇总工会 after a town's."""
    facts = extract_text("近日，达尔汗苏木党委副书记、苏木总工会主席巴图那顺走访慰问牧民。")
    assert ("巴图那顺", "中共达尔汗苏木委员会", "副书记") in posts(facts)
    assert ("巴图那顺", "达尔汗苏木总工会", "主席") in posts(facts)


def test_a_unit_of_a_department_written_short_names_the_department_in_full(extract_text):
    """县人社局劳动保障监察大队: the brigade of the county's bureau, which the article names by
    no other word: the bureau is named in full, the brigade belongs to it."""
    facts = extract_text("工作站联合县人社局劳动保障监察大队约谈了公司负责人。", region="攸县")
    bureau = "株洲市攸县人力资源和社会保障局"
    assert bureau in names(facts, "Organization")
    assert (bureau + "劳动保障监察大队", bureau) in parents(facts)


def _located(facts, name: str) -> str | None:
    ref = next(r for r in facts.entities if r.name == name)
    where = facts.entities[ref].located_in
    return where.name if where is not None else None


def test_a_townships_government_lies_in_its_township(extract_text):
    """在镇政府四楼会议室召开: the town hall, inside its town (a county's is placed nowhere)."""
    facts = extract_text("6月11日，从江县洛香镇总工会成立暨第一次会员代表大会在镇政府四楼会议室召开。")
    assert _located(facts, "洛香镇人民政府") == "洛香镇"


def test_a_streets_government_named_in_full_lies_there_and_a_countys_nowhere(extract_text):
    # (invented) another town named in full, and a county's government in the same text
    facts = extract_text("近日，浏阳市大围山镇人民政府与浏阳市人民政府联合召开安全生产会议。", region="长沙市")
    assert _located(facts, "大围山镇人民政府") == "大围山镇"
    assert _located(facts, "浏阳市人民政府") is None


def test_a_districts_court_named_short_is_its_peoples_court(extract_text):
    """区法院 after 某区人民法院: the district's people's court named by the level word and
    the short word, one body (a county's or district's court: 人民法院)."""
    facts = extract_text(
        "近日，江北区人民法院与江北区总工会签订合作协议。区法院副院长陈立主持仪式。", region="重庆市江北区"
    )
    assert "区法院" not in names(facts, "Organization")
    assert ("陈立", "重庆市江北区人民法院", "副院长") in posts(facts)


def test_a_countys_procuratorate_named_short(extract_text):
    facts = extract_text("县检察院检察长王海涛、县总工会主席李娜出席座谈会。", region="湘潭县")
    assert {body for person, body, _ in posts(facts) if person == "王海涛"} == {"湘潭市湘潭县人民检察院"}


def test_a_departments_short_form_after_unplaced_words_is_the_full_form_named(extract_text):
    """师市人社局 … 师市人力资源和社会保障局: one bureau (师市 is no area of the registry)."""
    facts = extract_text(
        "由师市总工会、师市人力资源和社会保障局联合举办培训。师市人社局副局长王明讲话。", region="新疆维吾尔自治区"
    )
    assert "师市人社局" not in names(facts, "Organization")
    assert ("王明", "师市人力资源和社会保障局", "副局长") in posts(facts)


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("淄博市总工会举办培训班，特邀市委党校教授孔令和作辅导。", "中共淄博市委党校"),
        ("会议在中共绵阳市委党校举行，市委宣传部部长王华讲话。", "中共绵阳市委党校"),
        ("柳州市总工会与市委党校联合举办研讨班，市委组织部派员参加。", "中共柳州市委党校"),
    ],
)
def test_a_party_committees_school_is_an_institution_of_its_own(extract_text, text, school):
    facts = extract_text(text)
    assert school in names(facts, "Organization")
    assert not any(child == school for child, _ in parents(facts))


def test_a_party_committees_department_beside_its_school_stays_its_department(extract_text):
    facts = extract_text("会议在中共绵阳市委党校举行，市委宣传部部长王华讲话。")
    assert ("王华", "中共绵阳市委宣传部", "部长") in posts(facts)
    assert not any(dept == "中共绵阳市委宣传部" and "党校" in parent for dept, parent in parents(facts))
    # (the committee itself is named by no word of the text: kg.extract.unnamed_committees)
    facts = extract_text("会议在中共绵阳市委党校举行，市委常委、宣传部部长王华讲话。")
    assert ("中共绵阳市委宣传部", "中共绵阳市委员会") in parents(facts)
