"""Awards of session 49: a filled recommendation form (invented names and places).

A. A form's section of honours: its label cell may wrap (曾获 / 荣誉) with the first item in
   the next cell; each item a year, the honour (“X”提名奖 a prize named by its quoted honour)
   and its giver in brackets; held by whom the form's 姓名 field names (a unit's form after a
   person's: its 集体名称 field's unit, never the person above it).
B. An opinion field granting the honour and naming no holder (同意授予X奖章) gives it to the
   form's subject; a recommendation (同意推荐) or a pending opinion (（待审）) gives nothing.
C. The form's 姓名 field may be printed in the furniture above the text: its name is the form's
   person when the text names them too.
"""

from __future__ import annotations

import pytest


def _awards(facts) -> set[tuple[str, str]]:
    return {(ref.name, honour) for ref, honour, _ in facts.awards}


_PERSON_FORM = (
    "2027年甘肃省五一劳动奖章（个人）推荐审批表\n"
    "推荐单位（盖章）：敦煌市总工会　　填表日期：2027年3月2日\n"
    "姓　　名\t上官明远\t性　　别\t男\n"
    "工作单位及职务\t敦煌市鸣沙光伏发电有限公司运维班长\n"
    "曾获\n"
    "荣誉\t2020年　敦煌市劳动模范（敦煌市人民政府）\n"
    "\t2022年　酒泉市五一劳动奖章（酒泉市总工会）\n"
    "\t2024年　“酒泉工匠”提名奖（酒泉市总工会）\n"
    "主要事迹\n"
    "上官明远同志2010年进厂，一直从事光伏电站运维工作，带出徒弟12名。\n"
    "单位意见\t同意推荐。\n"
    "市总工会意见\t同意推荐。\n"
    "省总工会意见\t同意授予甘肃省五一劳动奖章。（甘工发〔2027〕9号）\n"
)

_UNIT_FORM = (
    "2027年甘肃省工人先锋号（集体）推荐审批表\n"
    "集体名称\t敦煌市鸣沙光伏发电有限公司运维班\n"
    "负责人\t欧阳青禾（班长）\n"
    "曾获\n"
    "荣誉\t2023年　酒泉市工人先锋号\n"
    "主要事迹\n"
    "运维班负责电站日常巡检，三年无安全事故。\n"
    "单位意见\t同意推荐。\n"
    "省总工会意见\t（待审）\n"
)


def test_a_forms_honours_are_its_persons(extract_text):
    found = _awards(extract_text(_PERSON_FORM + _UNIT_FORM, region="酒泉市"))
    assert {
        ("上官明远", "敦煌市劳动模范"),
        ("上官明远", "酒泉市五一劳动奖章"),
        ("上官明远", "酒泉工匠提名奖"),
        ("上官明远", "甘肃省五一劳动奖章"),
    } <= found
    assert ("上官明远", "酒泉工匠") not in found
    # (the unit's form: its honours are the unit's, its pending honour no one's)
    assert not any(h in ("酒泉市工人先锋号", "甘肃省工人先锋号") for n, h in found if n in ("上官明远", "欧阳青禾"))


@pytest.mark.parametrize("opinion", ["同意推荐。", "（待审）", "同意推荐，报省总工会审定。"])
def test_a_recommendation_grants_nothing(extract_text, opinion):
    text = _PERSON_FORM.replace("同意授予甘肃省五一劳动奖章。（甘工发〔2027〕9号）", opinion)
    found = _awards(extract_text(text, region="酒泉市"))
    assert ("上官明远", "甘肃省五一劳动奖章") not in found


def test_the_name_field_in_the_furniture(nlp, gaz):
    from kg.extract.article import ArticleExtractor
    from kg.extract.page import infer_page
    from kg.model.article import Article, article_id

    body = _PERSON_FORM.split("工作单位及职务")[1]
    article = Article(
        source="form.txt",
        index=0,
        headline="工作单位及职务" + body.split("\n")[0],
        body=body.split("\n", 1)[1],
        furniture=["2027年甘肃省五一劳动奖章（个人）推荐审批表", "姓 名 上官明远 性 别 男"],
    )
    doc = nlp(article.text)
    page = infer_page([doc], [article], gaz, "酒泉市")
    found = _awards(ArticleExtractor(gaz).extract(doc, article, page, article_id(article)))
    assert {("上官明远", "敦煌市劳动模范"), ("上官明远", "甘肃省五一劳动奖章")} <= found


def test_a_tables_name_heading_is_no_forms_field(extract_text):
    text = (
        "姓名\t单位\t职务\n"
        "闵若川\t敦煌市总工会\t副主席\n"
        "司马青云，男，1975年出生，敦煌市鸣沙光伏发电有限公司高级技师。\n"
        "主要荣誉\n"
        "2021年　甘肃省劳动模范\n"
    )
    found = _awards(extract_text(text, region="酒泉市"))
    assert ("司马青云", "甘肃省劳动模范") in found
