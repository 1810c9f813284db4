"""kg_bodies (kg.nlp.bodies): national bodies, repeated names, the longest names win."""

from __future__ import annotations


def test_a_national_body_known_by_name(nlp):
    doc = nlp("中华全国总工会发布通知。")
    assert [(s.text, s.label_, s._.kg_kind, s._.kg_ref) for s in doc.spans["kg"]] == [
        ("中华全国总工会", "UNION", "national", "中华全国总工会")
    ]


def test_a_union_opening_an_organisations_name_stays_a_mention(find):
    found = find("郑州市总工会职工服务中心开放。")
    assert {("郑州市总工会", "UNION", ""), ("郑州市总工会职工服务中心", "ORG", "")} <= found


def test_the_longest_name_wins(labelled):
    assert labelled("郑州市金水区人民政府办公室工作人员参加。", "ORG") == {"郑州市金水区人民政府办公室"}


def test_a_name_found_once_is_found_wherever_it_is_written(labelled):
    found = labelled("我们与宏达机械有限公司签约，郑州宏达机械有限公司职工参加。", "ORG")
    assert found == {"宏达机械有限公司", "郑州宏达机械有限公司"}
