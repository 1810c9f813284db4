"""Credit lines of session 42 (invented names): an oral history's labels."""

from __future__ import annotations

from kg.ingest.bylines import labelled_credit_line


def test_labels_joined_by_a_comma_share_their_names():
    c = labelled_credit_line("采访、整理：夏知秋 邬晨光")
    assert c is not None
    assert (c.reporters, c.photographers) == (["夏知秋", "邬晨光"], [])


def test_the_teller_of_an_oral_history_is_no_writer():
    c = labelled_credit_line("口述：严守拙 整理：温若兰")
    assert c is not None
    assert (c.reporters, c.photographers) == (["温若兰"], [])


def test_an_interviewer_is_credited_as_a_writer():
    c = labelled_credit_line("采访：柏青山")
    assert c is not None
    assert c.reporters == ["柏青山"]
