"""Event attributes in new genres, as a grammar (session 47).

- 【又讯】同日上午，…: an item's bracketed label before the words of the day said last does not
  hide them — the second item's event is on the day of the event told before it.

Every case is invented (no line comes from a corpus page).  Keys as in
:func:`tests.extract.facts_view.check_event`.
"""

from __future__ import annotations

from tests.extract.facts_view import check_event

SECOND_ITEM = (
    "5月9日，宁化县总工会在城南镇文化广场举办2028年职工拔河比赛，12支代表队共96名职工参赛。\n"
    "【简讯】同日下午，安远镇总工会在安远镇职工之家开展“安全生产进车间”培训活动，30余名职工参加。\n"
)


def test_item_label_before_same_day_word(extract_text):
    facts = extract_text(SECOND_ITEM, headline="宁化县总工会举办职工拔河比赛", region="三明市宁化县", date="2028-05-10")
    check_event(facts, {"ev": "培训活动", "date": "05-09"})
