"""Bodies and places of session 43's organisation family, on invented articles run through
NLP and extraction."""

from __future__ import annotations

from tests.extract.facts_view import names, placed


def test_a_body_written_right_after_a_full_address_lies_in_its_last_area(extract_text):
    """集合地点：某省某市某区某街道某路××号　某中心南门: the address's road and number,
    then the body's name: the body lies in the street, the last area of the address."""
    facts = extract_text(
        "集合时间：8月3日上午8:00。集合地点：江西省九江市浔阳区湓浦街道庐山北路××号　浔阳区职工服务中心南门。",
        region="九江市",
    )
    assert ("浔阳区职工服务中心", "湓浦街道") in placed(facts)


def test_a_venue_placed_by_its_road_and_side_before_of(extract_text):
    """位于某镇某公路东侧的“X”驿站: the road and its side stand between the town and 的; the
    venue still lies in the town."""
    facts = extract_text(
        "今天上午，位于和凤镇宁高公路西侧的“凤栖驿家”户外劳动者驿站正式启用。",
        region="南京市",
    )
    assert any(body.endswith("驿站") and area == "和凤镇" for body, area in placed(facts))


def test_a_union_department_joined_to_a_township_union_is_no_part_of_its_name(extract_text):
    """权益保障部联合某乡总工会 (the tagger reading the township as a verb): the department
    and the joining verb stand before the union's own name, which opens with its township."""
    facts = extract_text("6月28日，权益保障部联合户木乡总工会到厂区走访。", region="保定市")
    unions = names(facts, "TradeUnion")
    assert not any("联合" in name for name in unions)
    assert any(name.endswith("户木乡总工会") for name in unions)


def test_a_quoted_slogan_bringing_a_service_into_parks_is_no_venue(extract_text):
    """“劳动法律服务进园区”专项行动: a campaign carried into parks, no venue of that name."""
    facts = extract_text("区总工会计划于10月在洪蓝街道开展“劳动法律服务进园区”专项行动。", region="南京市")
    assert not any("进园区" in name for name in names(facts, "Place"))


def test_hired_union_workers_name_no_union(extract_text):
    """《某市社会化工会工作者管理办法》: 社会化 describes how union work is staffed; no union
    named 某市社会化工会."""
    facts = extract_text("薪酬按照《南京市社会化工会工作者管理办法》执行，月工资约5000元。", region="南京市")
    assert not any("社会化" in name for name in names(facts, "TradeUnion"))


def _page(nlp, gaz, bodies: list[str]):
    """The facts of each article of one page (one file) whose region is inferred from all."""
    from kg.extract.article import ArticleExtractor
    from kg.extract.page import infer_page
    from kg.model.article import Article, article_id

    arts = [Article(source="booklet.txt", index=i, headline=None, body=b) for i, b in enumerate(bodies)]
    docs = [nlp(a.text) for a in arts]
    page = infer_page(docs, arts, gaz, None)
    return [ArticleExtractor(gaz).extract(d, a, page, article_id(a)) for a, d in zip(arts, docs, strict=True)]


def test_a_level_word_on_a_page_of_one_county_is_that_county_in_every_article(nlp, gaz):
    """A county's booklet cut into pages: the page names one county (and its towns) and no
    other, so 县委 and 县人大常委会 on a page naming no area are that county's."""
    facts = _page(
        nlp,
        gaz,
        [
            "主办：阜平县总工会\n承办：阜平县职工体育协会、龙泉关镇总工会\n阜平县第三届职工运动会在阜平县体育中心举行。",
            "主任：张建国（县委副书记）\n副主任：李红军（县人大常委会副主任、县总工会主席）",
        ],
    )
    orgs = names(facts[1], "Organization")
    assert "中共阜平县委员会" in orgs or any(n.startswith("中共") and "阜平县" in n for n in orgs)
    assert "县委" not in orgs and "县人大常委会" not in orgs


def test_a_bureaus_local_unit_belongs_to_the_bureau_named_only_inside_it(extract_text):
    """安全保卫：县公安局某某派出所: the station is the bureau's unit, and the bureau a body
    though the text names it nowhere else."""
    facts = extract_text("安全保卫：阜平县公安局龙泉关派出所\n医务：阜平县医院", region="保定市")
    unit = next(info for ref, info in facts.entities.items() if ref.name == "阜平县公安局龙泉关派出所")
    assert unit.parent is not None and unit.parent.name == "阜平县公安局"


def test_a_unions_department_after_an_address_places_no_union(extract_text):
    """监督地址：某市某区某路18号市总工会某某工作部: the department is where the reader is sent;
    the union stays where its name places it, not in the district of its address."""
    facts = extract_text("监督地址：九江市浔阳区庐山北路18号市总工会劳动和经济工作部（1206室）", region="九江市")
    assert not any(area == "浔阳区" for _body, area in placed(facts))


def test_a_level_word_and_an_ordinal_name_the_areas_numbered_school(extract_text):
    """总裁判长：某某（县第三中学体育教师、…）: a level word and an ordinal open the name of the
    county's numbered school, which the tagger may read as a common word."""
    facts = extract_text(
        "阜平县第四届职工运动会裁判组\n总裁判长：王志刚（县第四中学体育教师、国家一级裁判员）", region="保定市"
    )
    assert "阜平县第四中学" in names(facts, "Organization")


def test_a_level_word_and_an_ordinal_anchor_a_name_the_tagger_reads_as_a_noun(extract_text):
    """（区第一|中学体育教师）: the tagger's noun 区第一 before a short ending is no common word
    (比赛中学): the level word and the ordinal anchor the district's school."""
    facts = extract_text("溧水区第三届职工运动会裁判组\n裁判长：王志刚（区第一中学体育教师）", region="南京市")
    assert "溧水区第一中学" in names(facts, "Organization")
