"""Bodies of session 45's organisation family (a company's report, a vote page, a job fair's
list), on invented articles run through NLP and extraction."""

from __future__ import annotations

from kg.ingest.meta_lines import meta_line
from kg.nlp.definitions import definitions
from tests.extract.facts_view import names, parents, placed

_REPORT = (
    "江州瑞丰电子科技股份有限公司（以下简称“瑞丰电子”或“公司”）总部位于江西省九江市濂溪区十里街道，"
    "在南昌市设有生产基地。会议代表来自总部及两个子公司（九江瑞丰精密模具有限公司、南昌瑞丰光电有限公司）。"
)


def test_a_definition_may_give_several_short_forms():
    """（以下简称“瑞丰电子”或“公司”）: each quoted form stands for the name before."""
    (found,) = definitions("江州瑞丰电子科技股份有限公司（以下简称“瑞丰电子”或“公司”）总部位于某地。")
    assert found == (len("江州瑞丰电子科技股份有限公司"), ["瑞丰电子", "公司"])


def test_a_report_company_its_seat_subsidiaries_and_union(extract_text):
    """The company a report defines as 公司 (one of two short forms) lies where its seat is
    (总部位于, after the definition), owns the companies listed after 子公司（, and 公司工会 is
    its union."""
    facts = extract_text(_REPORT + "公司工会主席张明远讲话。")
    company = "江州瑞丰电子科技股份有限公司"
    assert (company, "十里街道") in placed(facts)
    assert {("九江瑞丰精密模具有限公司", company), ("南昌瑞丰光电有限公司", company)} <= parents(facts)
    assert company + "工会" in names(facts, "TradeUnion")


def test_the_defined_company_holds_in_the_pages_later_sections(nlp, gaz):
    """A report cut into sections at its headings: 公司工会 in a later section is still the
    union of the company the first section defined as 公司."""
    from kg.extract.article import ArticleExtractor
    from kg.extract.page import infer_page
    from kg.model.article import Article, article_id

    bodies = [_REPORT, "公司工会现有会员1200名。2026年5月，南昌瑞丰光电有限公司工会成立。"]
    articles = [Article(source="r.txt", index=i, headline=f"6.{i + 1}　概况", body=b) for i, b in enumerate(bodies)]
    docs = [nlp(a.text) for a in articles]
    page = infer_page(docs, articles, gaz, None)
    facts = ArticleExtractor(gaz).extract(docs[1], articles[1], page, article_id(articles[1]))
    unions = names(facts, "TradeUnion")
    assert "江州瑞丰电子科技股份有限公司工会" in unions
    assert unions == {"江州瑞丰电子科技股份有限公司工会", "南昌瑞丰光电有限公司工会"}


def test_a_street_the_registry_lacks_before_a_road_is_the_countys(extract_text):
    """负责鹤鸣街道长虹大街保洁: a township's shape the registry lacks, a road right after it: a
    street of the page's county."""
    facts = extract_text("事迹：负责鹤鸣街道长虹大街保洁九年，被群众称为“马路卫士”。", region="巧家县")
    assert "鹤鸣街道" in names(facts, "AdministrativeArea")
    area = next(ref for ref in facts.entities if ref.name == "鹤鸣街道")
    assert facts.entities[area].parent is not None and facts.entities[area].parent.name == "巧家县"


def test_a_street_office_lies_in_its_street(extract_text):
    """解放路街道办事处, which the registry gives as a form of its street: the office lies in it."""
    facts = extract_text("由历下区总工会主办，解放路街道办事处、济南泉润人力资源有限公司协办。", region="济南市")
    assert ("解放路街道办事处", "解放路街道") in placed(facts)


def test_a_meta_line_with_a_department_and_an_attachment():
    """发布部门：… 附件：….pdf: a meta line (left in, the file's name glued to the body)."""
    meta = meta_line("发布部门：综合办公室　　发布时间：2026-05-02 09:10　　阅读：88　　附件：名单.pdf")
    assert meta is not None and meta.date == "2026-05-02"
    assert meta_line("附件：1．报价明细表.pdf　2．评审结果汇总表.pdf") is None  # (files alone: no meta line)


def test_a_notices_contact_address_places_the_body_it_sends_readers_to(extract_text):
    """请…向公司工会反映。 / 联系人：X　电话：…　地址：某区某街道某路号公司办公楼208室 (the line run
    into the next paragraph): the union lies in the street, and so does its company, whose
    building the address names; not in the district of a union named after the clause."""
    facts = extract_text(
        "大连泓远阀门制造有限公司工会第四次会员代表大会于2026年6月3日召开。\n"
        "对选举结果如有异议，请在公示期内以书面方式向公司工会反映。\n"
        "联系人：周敏　电话：0411-8×××1234　地址：大连市甘井子区泉水街道××路××号公司办公楼208室"
        "公示期满后，结果将报甘井子区总工会审批。",
        region="大连市",
    )
    got = placed(facts)
    assert ("大连泓远阀门制造有限公司工会", "泉水街道") in got
    assert ("大连泓远阀门制造有限公司", "泉水街道") in got
    assert ("大连泓远阀门制造有限公司工会", "甘井子区") not in got


def test_a_note_glossing_a_body_places_it(extract_text):
    """① 某某煤矿：原为地方国营煤矿，位于今某区境内: the note on the body that opens its line says
    where it lay (今: by the area's present name)."""
    facts = extract_text(
        "我1972年进了红岭煤矿。\n　　① 红岭煤矿：原为地方国营煤矿，位于今龙山区境内，2003年关闭。", region="辽源市"
    )
    assert ("红岭煤矿", "龙山区") in placed(facts)


def test_an_areas_aid_centre_lies_in_the_area(extract_text):
    """某市困难职工帮扶中心: the area's institution lies in the area its name opens with."""
    facts = extract_text("2003年，我们建起了通化市困难职工帮扶中心，2019年并入市职工服务中心。", region="通化市")
    assert ("通化市困难职工帮扶中心", "通化市") in placed(facts)


def test_a_kind_of_work_opened_by_an_adjective_names_no_body(extract_text):
    """新建新就业形态行业工会3家: unions of a kind, none named (not 就业形态行业工会, the adjective
    cut off); a station named with its district keeps the whole name."""
    facts = extract_text("今年以来，全县已新建新就业形态行业工会3家。江北区新就业形态劳动者服务站（港城站）揭牌。")
    assert not any("就业形态行业工会" in n for n in names(facts, "TradeUnion"))
    assert "江北区新就业形态劳动者服务站（港城站）" in names(facts, "Place")


def test_labelled_footer_fields_side_by_side_are_a_footer_bar():
    """主办：某市总工会　技术支持：某某科技有限公司: a site's footer, its tech company no body;
    主办 and 承办 alone are an event notice's fields."""
    from kg.ingest.portal_furniture import footer_bar

    assert footer_bar("主办：泸州市总工会 技术支持：泸州云帆数据科技有限公司")
    assert not footer_bar("主办：泸州市总工会　　承办：江阳区总工会")
