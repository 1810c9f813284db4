"""Events of notices, results, live reports and case studies, as a grammar (session 40).

- a hall inside a named venue, by its own short name or size (某殡仪馆松柏厅, 某会议中心大礼堂,
  perhaps with the venue's address in brackets between): the venue is the event's place,
  the hall names nothing;

Every case is invented (no line comes from a corpus page).  Keys as in
:func:`tests.extract.facts_view.check_event`.
"""

from __future__ import annotations

import pytest

from tests.extract.facts_view import check_event, names

C = pytest.param
CASES = [
    # -- a hall of a named venue ------------------------------------------------------------
    C(
        "3月2日上午，柯德明同志遗体告别仪式在荆州市殡仪馆松柏厅举行。",
        "荆州市",
        {"ev": "告别仪式", "place": "荆州市殡仪馆", "noplace": "松柏厅"},
        id="named-hall-of-venue",
    ),
    C(
        "5月9日上午，南阳市工会第九次代表大会在南阳市会议中心大礼堂开幕。",
        "南阳市",
        {"ev": "代表大会", "place": "南阳市会议中心", "noplace": "大礼堂"},
        id="great-hall-of-venue",
    ),
    C(
        "今天上午9时，南阳市工会第九次代表大会将在位于宛城区白河新区的南阳市会议中心大礼堂开幕。",
        "南阳市",
        {"ev": "代表大会", "place": "南阳市会议中心", "noplace": "白河新区"},
        id="great-hall-of-venue-lying-in-area",
    ),
    C(
        "柯德明同志遗体告别仪式定于2027年3月2日上午9时，在荆州市殡仪馆（沙市区）松柏厅举行。"
        "3月2日上午，柯德明同志遗体告别仪式在荆州市殡仪馆松柏厅举行。",
        "荆州市",
        {"ev": "告别仪式", "place": "荆州市殡仪馆", "noplace": "松柏厅", "date": "03-02"},
        id="hall-after-bracketed-address",
    ),
]


@pytest.mark.parametrize(("text", "region", "want"), CASES)
def test_events40(extract_text, text, region, want):
    check_event(extract_text(text, region=region, date="2027-06-01"), want)


def test_hall_names_no_place(extract_text):
    facts = extract_text("5月9日上午，南阳市工会第九次代表大会在南阳市会议中心大礼堂开幕。", region="南阳市")
    assert "大礼堂" not in names(facts, "Place"), names(facts, "Place")
    assert "南阳市会议中心" in names(facts, "Place"), names(facts, "Place")
