"""Credits of session 53: a transliterated name whose parts a full stop joins.

All lines are invented; no name or headline here comes from a real page.
"""

from __future__ import annotations

import pytest

from kg.ingest.bylines import author_credit, photo_credit_line, trailing_photo_credit


@pytest.mark.parametrize(
    ("field", "reporters", "photographers"),
    [
        # a site typing a full stop for the middle dot of a Uyghur name: one name, whole
        ("古再丽努尔.买买提　摄影：阿卜杜拉.艾山", ["古再丽努尔.买买提"], ["阿卜杜拉.艾山"]),
        # a full-width stop, and a dotted name beside a name with the middle dot
        ("米日古丽·吾斯曼　摄影：托合提．肉孜", ["米日古丽·吾斯曼"], ["托合提．肉孜"]),
    ],
)
def test_author_field_with_a_stop_in_a_name(field, reporters, photographers):
    c = author_credit(field)
    assert c is not None
    assert c.reporters == reporters
    assert c.photographers == photographers


@pytest.mark.parametrize(
    ("text", "photographers"),
    [
        ("阿卜杜拉.艾山　摄", ["阿卜杜拉.艾山"]),
    ],
)
def test_photo_credit_with_a_stop_in_a_name(text, photographers):
    c = photo_credit_line(text)
    assert c is not None and c.photographers == photographers


def test_caption_credit_with_a_stop_in_a_name():
    c = trailing_photo_credit("选手在进行葡萄藤修剪比赛（阿卜杜拉.艾山　摄）")
    assert c is not None and c.photographers == ["阿卜杜拉.艾山"]
