"""Region evidence and areas from the page's furniture (kg.extract.page.furniture_places).

Ingestion keeps aside what the dropped furniture says of whose page it is (a site
header, a breadcrumb, a 来源 value: ``Article.furniture``); its places are evidence of the
page's region, and an area it names as a text would (alone, or in its union's or
government's name) is a node.
"""

from __future__ import annotations

from kg.model.facts import EntityRef
from tests.extract.facts_view import posts
from tests.extract.test_areas import areas


def _facts(nlp, gaz, body: str, furniture: list[str]):
    from kg.extract.article import ArticleExtractor
    from kg.extract.page import infer_page
    from kg.model.article import Article, article_id

    article = Article(source="t.txt", index=0, headline=None, body=body, furniture=furniture)
    doc = nlp(article.text)
    page = infer_page([doc], [article], gaz)
    return page, ArticleExtractor(gaz).extract(doc, article, page, article_id(article))


def test_a_source_line_picks_the_meaning_of_an_ambiguous_district(nlp, gaz):
    body = "近日，鼓楼区总工会为环卫工人送去防暑用品。"
    assert areas(_facts(nlp, gaz, body, ["福州市鼓楼区总工会"])[1])["鼓楼区"][0] == "350102"
    assert areas(_facts(nlp, gaz, body, ["首页 > 基层动态 > 南京市总工会"])[1])["鼓楼区"][0] == "320106"


def test_a_name_with_many_meanings_in_the_furniture_is_no_evidence(nlp, gaz):
    # 鼓楼区 alone is Fuzhou's, Nanjing's, Xuzhou's, Kaifeng's: never the first of them
    page, facts = _facts(nlp, gaz, "近日，鼓楼区总工会为环卫工人送去防暑用品。", ["鼓楼区总工会"])
    assert page.region == []
    assert areas(facts)["鼓楼区"][0] is None


def test_the_city_of_a_source_line_is_an_area_of_the_page(nlp, gaz):
    page, facts = _facts(nlp, gaz, "近日，区总工会举办职工乒乓球赛，60余名职工参加。", ["淄博市淄川区总工会"])
    assert page.region == ["370000", "370300", "370302"]
    assert areas(facts) == {"淄博市": ("370300", None), "淄川区": ("370302", None)}


def test_a_news_sites_name_is_evidence_but_names_no_area(nlp, gaz):
    page, facts = _facts(nlp, gaz, "近日，职工乒乓球赛在区体育馆举行。", ["淄博新闻网 > 本地新闻"])
    assert page.region[:2] == ["370000", "370300"]
    assert "淄博市" not in areas(facts)


def test_a_menu_of_places_says_nothing_of_the_page(gaz):
    from kg.extract.page import furniture_places

    assert furniture_places(["首页 福州市 厦门市 泉州市 漳州市"], gaz) == []
    nested = furniture_places(["首页 > 福建省 > 福州市总工会"], gaz)
    assert [p.codes for p in nested] == [("350000",), ("350100",)]
    assert [p.named for p in nested] == [True, True]


def _unions(facts) -> dict[str, tuple[str | None, set[str]]]:
    """name -> (the area it is located in, its aliases) of the article's unions."""
    return {
        ref.name: (info.located_in.name if info.located_in else None, info.aliases)
        for ref, info in facts.entities.items()
        if ref.cls == "TradeUnion"
    }


def test_the_union_a_breadcrumb_names_is_a_union_of_the_page(nlp, gaz):
    _, facts = _facts(nlp, gaz, "近日，职工乒乓球赛在区体育馆举行。", ["首页 > 基层动态 > 淄博市总工会"])
    assert _unions(facts) == {"淄博市总工会": ("淄博市", set())}


def test_the_union_of_a_source_line_is_the_one_the_text_names_by_its_level(nlp, gaz):
    _, facts = _facts(nlp, gaz, "近日，区总工会举办职工乒乓球赛，60余名职工参加。", ["淄博市淄川区总工会"])
    assert _unions(facts) == {"淄川区总工会": ("淄川区", {"区总工会", "淄博市淄川区总工会"})}


def test_a_government_named_as_the_sites_name_is_a_body_of_the_page(nlp, gaz):
    _, facts = _facts(nlp, gaz, "近日，县总工会举办职工乒乓球赛。", ["欢迎访问 湘潭县人民政府! 今天是"])
    govs = {ref.name: info.aliases for ref, info in facts.entities.items() if ref.name.endswith("人民政府")}
    assert govs == {"湘潭市湘潭县人民政府": {"湘潭县人民政府"}}


def test_a_local_media_body_of_the_source_line_is_an_organisation_of_the_page(nlp, gaz):
    _, facts = _facts(nlp, gaz, "近日，区总工会举办职工乒乓球赛。", ["淄川区融媒体中心"])
    assert EntityRef("Organization", "淄川区融媒体中心") in facts.entities


def test_a_companys_own_site_names_the_company_its_bare_公司_means(nlp, gaz):
    """青岚八局　某某有限公司 as the site's header: 公司工会 in a text naming no company is that
    company's union; without the header, 公司 names no company."""
    body = "3月5日，公司工会召开职工代表座谈会，公司工会副主席周明远主持。"
    company = "青岚铁路建设第八工程局有限公司"
    _, facts = _facts(nlp, gaz, body, [f"青岚八局　{company}", "首页 | 新闻中心 | 工会工作"])
    assert ("周明远", company + "工会", "副主席") in posts(facts)
    _, bare = _facts(nlp, gaz, body, ["首页 | 新闻中心 | 工会工作"])
    assert not any(o.startswith(company) for _, o, _ in posts(bare))


def test_a_known_body_of_the_furniture_keeps_its_own_name(nlp, gaz):
    """香港工会联合会 in a site's header is the federation the text calls 工联会, not a union
    named after the area's full name (香港特别行政区工会联合会)."""
    _, facts = _facts(nlp, gaz, "工联会今日举办就业博览，约500名市民入场。", ["香港工会联合会 HKFTU"])
    unions = {ref.name for ref in facts.entities if ref.cls == "TradeUnion"}
    assert unions == {"香港工会联合会"}


def test_units_named_bare_on_a_companys_own_site_are_the_companys(nlp, gaz):
    company = "青岚铁路建设第八工程局有限公司"
    body = (
        "3月5日，公司工会召开座谈会，公司工会副主席周明远主持。桥梁分公司党委书记陈立强、隧道项目部经理王海介绍了情况。"
    )
    _, facts = _facts(nlp, gaz, body, [f"青岚八局　{company}"])
    got = {(r.name, i.parent.name) for r, i in facts.entities.items() if i.parent is not None}
    assert {("桥梁分公司", company), ("隧道项目部", company)} <= got
    _, bare = _facts(nlp, gaz, body, ["首页 | 新闻中心 | 工会工作"])
    assert not any(i.parent is not None and i.parent.name == company for i in bare.entities.values())


def test_a_zone_the_registry_lacks_after_its_city_names_no_body_of_the_city(gaz):
    # (invented) a zone's management committee as a site's name: not the city's 管委会
    from kg.extract.page import furniture_places

    (place,) = furniture_places(["德阳高新区管委会"], gaz)
    assert place.rest == "高新区管委会"
    assert not place.named


def test_a_sites_greeting_opens_no_step_of_its_name(gaz):
    # (invented) 欢迎访问 before the site's name
    from kg.extract.page import furniture_places

    (place,) = furniture_places(["欢迎访问江油市总工会网站"], gaz)
    assert place.rest.startswith("总工会")
