"""Posts of session 44: a statement's table head, a slide's bullet layout, a gazetteer's table
of office holders.  All text is invented (the areas are real)."""

from __future__ import annotations

from tests.extract.facts_view import posts

BUDGET_HEAD = (
    "表一　部门收支总表\n"
    "编制单位：湄潭县总工会　　单位负责人：罗启明　　单位：万元\n"
    "收　入\t预算数\t支　出\t预算数\n"
)


def test_the_head_of_a_statement_table_names_the_body_its_unit_head_leads(extract_text):
    found = posts(extract_text("湄潭县总工会2027年部门预算公开说明\n\n" + BUDGET_HEAD, region="遵义市"))
    assert ("罗启明", "湄潭县总工会", "负责人") in found
    # a head field whose label names no body: whose head it is the line does not say
    bare = BUDGET_HEAD.replace("编制单位：湄潭县总工会", "数据口径：湄潭县总工会")
    assert not posts(extract_text("湄潭县总工会2027年部门预算公开说明\n\n" + bare, region="遵义市"))
