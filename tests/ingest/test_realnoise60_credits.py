"""Credits as real wire pages set them (realnoise60; every page invented).

A wire's dateline alone on its line (某社某地某月某日电), its reporter's line under it (某社记者 X),
then the text: one article, the reporter credited, the dateline's outlet its outlet
(kg.ingest.shapes.dateline_alone)."""

from __future__ import annotations

import pytest

from tests.ingest.invented_page import HEAD, LEAD, MORE, page_articles


@pytest.mark.parametrize(
    ("dateline", "credit", "people"),
    [
        ("新华社合肥6月1日电", "新华社记者林一帆", ["林一帆"]),
        ("新华社合肥6月1日电", "新华社记者 林一帆 王小明", ["林一帆", "王小明"]),
        ("本报讯", "记者 林一帆 通讯员 王小明", ["林一帆", "王小明"]),
    ],
)
def test_a_reporters_line_under_a_dateline_alone_credits_its_article(tmp_path, dateline, credit, people):
    (a,) = page_articles(tmp_path, f"{HEAD}\n\n{dateline}\n\n{credit}\n\n{LEAD}\n\n{MORE}\n")
    assert a.headline == HEAD
    assert a.reporters == people
    assert a.body.startswith("6月1日") or LEAD in a.body


def test_a_second_articles_byline_after_text_still_opens_it(tmp_path):
    # (after an article's text, another byline with people opens the next one, as before)
    text = f"{HEAD}\n\n新华社合肥6月1日电\n\n{LEAD}\n\n新华社记者林一帆\n\n{MORE}\n"
    found = page_articles(tmp_path, text)
    assert found[0].headline == HEAD
    assert LEAD in found[0].body
