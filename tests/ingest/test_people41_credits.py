"""Credit lines of session 41 (invented names)."""

from __future__ import annotations

from kg.ingest.bylines import labelled_credit_line


def test_the_writers_unit_may_lead_a_labelled_credit_in_brackets():
    c = labelled_credit_line("（区总工会宣传部　文/万雨桐　图/车向阳）")
    assert c is not None
    assert (c.reporters, c.photographers) == (["万雨桐"], ["车向阳"])
