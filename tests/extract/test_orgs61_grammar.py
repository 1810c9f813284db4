"""Organisation names of real union news as a grammar (realnoise61): branches named after their
own bodies, a zone's bodies named short, generic unions.

Every case is invented (no line comes from a page); each gives a text, the region the page is
about and what must (or must not) come out.
"""

from __future__ import annotations

import pytest

from tests.extract.facts_view import parents

C = pytest.param


@pytest.mark.parametrize(
    ("text", "own", "other"),
    [
        C(
            "国网浏阳市供电公司工会走进大围山供电所慰问一线员工。公司工会主席廖志成一行还来到"
            "中国邮政浏阳市分公司集里支局，慰问户外劳动者。",
            ("大围山供电所", "国网浏阳市供电公司"),
            ("中国邮政浏阳市分公司", "国网浏阳市供电公司"),
            id="brand-before-area",
        ),
        C(
            "国网浏阳市供电公司工会走进大围山供电所慰问一线员工。公司工会主席廖志成一行还来到"
            "浏阳农商银行集里支行，慰问户外劳动者。",
            ("大围山供电所", "国网浏阳市供电公司"),
            ("浏阳农商银行集里支行", "国网浏阳市供电公司"),
            id="bank-branch",
        ),
    ],
)
def test_a_branch_named_after_its_own_body_is_no_unit_of_the_pages_company(extract_text, text, own, other):
    """On a company's page (公司 its short form), 某某供电所 named bare is its unit; 中国邮政某市分公司
    and 某某农商银行某某支行 name their own bodies (a brand before the area, a bank's trade word)."""
    facts = extract_text(text, region="长沙市")
    found = parents(facts)
    assert own in found, sorted(found)
    assert other not in found, sorted(found)
