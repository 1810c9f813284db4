"""Bodies and their places of session 59's pages (invented text).

A. A county-level city of a 州 (or a 地区) that a page names again and again, and no other
   county: the page is about that city, so its bare 市 (市人力资源和社会保障局) is the city's,
   one body with the short form the sentence resolves later (市人社局). Under a prefecture
   that is a city too, 市 stays that city's.
B. A field's commission named short, 委 for 委员会 (区交通运输委, 市发展改革委): the area's
   commission in full.
C. A company's own venue placed by an area said with 的 before the company's name
   (在某开发区的某某有限公司职工之家): the company is there too; not when a clause places the
   venue alone (职工之家位于某区).
D. A company named with the stem of the page's county (惠水某某电子科技有限公司) is named short
   by its trade name and ending (某某电子公司), as with the county's name in full.
E. A company named before a quoted project's site (某某建设有限公司“某某家园”安置房项目工地) is a
   body, the site a place.
"""

from __future__ import annotations

from tests.extract.facts_view import names, posts

_LEAD = (
    "6月2日，{city}餐饮行业工资集体协商签约仪式举行。仪式由{city}总工会、市人力资源和社会保障局、"
    "市工商业联合会联合主办。市人大常委会副主任、市总工会主席李成浩，市人社局副局长张立出席。"
)


def test_a_county_level_city_of_a_prefecture_named_zhou_owns_the_bare_city_word(extract_text) -> None:
    facts = extract_text(_LEAD.format(city="凯里市"), headline="凯里市餐饮行业签订工资集体合同")
    bodies = names(facts, "Organization")
    assert {"凯里市人力资源和社会保障局", "凯里市工商业联合会"} <= bodies
    assert not any(b.startswith("市") for b in bodies)
    assert ("李成浩", "凯里市人民代表大会常务委员会", "副主任") in posts(facts)


def test_a_county_level_city_of_a_city_prefecture_leaves_it_the_city(extract_text) -> None:
    """东宁市 of 牡丹江市: a bare 市 may be the prefecture's, which the rule does not take away."""
    facts = extract_text(_LEAD.format(city="东宁市"), headline="东宁市餐饮行业签订工资集体合同")
    assert "牡丹江市工商业联合会" in names(facts, "Organization")


def test_a_fields_commission_named_short_is_the_commission_in_full(extract_text) -> None:
    text = "活动由区总工会、区交通运输委联合主办。区交通运输委党委书记、主任周志远，市发展改革委副主任吴明出席。"
    facts = extract_text(text, region="江北区")
    bodies = names(facts, "Organization")
    assert {"宁波市江北区交通运输委员会", "宁波市发展和改革委员会"} <= bodies
    assert not any(b.endswith("运输委") for b in bodies)
    assert ("周志远", "宁波市江北区交通运输委员会", "主任") in posts(facts)


def test_a_companys_placed_venue_places_the_company(extract_text) -> None:
    text = "5月8日，签约仪式在东兴边境经济合作区的东兴鑫海食品有限公司职工之家举行。"
    facts = extract_text(text, region="东兴市")
    placed = {(r.subject.name, r.object.name) for r in facts.relations if r.pred == "locatedIn"}
    assert ("东兴鑫海食品有限公司", "东兴边境经济合作区") in placed


def test_a_venue_placed_by_its_own_clause_leaves_the_company_unplaced(extract_text) -> None:
    """某某公司职工之家位于某区: said of the venue alone, not of the company's other premises."""
    text = "现场教学在鹤城重型机械股份有限公司职工之家进行，职工之家位于向阳区。"
    facts = extract_text(text, region="佳木斯市")
    placed = {r.subject.name for r in facts.relations if r.pred == "locatedIn"}
    assert "鹤城重型机械股份有限公司" not in placed


def test_a_companys_trade_name_after_the_pages_county_stem_is_the_company(extract_text) -> None:
    """惠水… of the page's 惠水县: the stem is the area before the company's own name, so its
    trade name and ending (某某电子公司) is the company written short, and its union the company's."""
    text = "县总工会走访惠水星联电子科技有限公司，慰问一线职工。星联电子公司工会主席韦丽介绍了情况。"
    facts = extract_text(text, region="惠水县")
    assert "星联电子公司" not in names(facts, "Organization")
    assert ("韦丽", "惠水星联电子科技有限公司工会", "主席") in posts(facts)


def test_a_company_before_a_quoted_project_site_is_a_body(extract_text) -> None:
    """某某建设有限公司“某某家园”安置房项目工地: the site is a place, the company that builds it a body."""
    text = "当天下午，服务队来到昭苏宏远路桥建设有限公司“天山新苑”安置房项目工地，为工人讲解法律知识。"
    facts = extract_text(text, region="昭苏县")
    assert "昭苏宏远路桥建设有限公司" in names(facts, "Organization")
