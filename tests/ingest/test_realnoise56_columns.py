"""A county media centre's or a union's standing column before a headline, set off by a bar
(文明实践 | 标题, 劳模风采 | 标题), is no part of the headline (all lines invented)."""

from __future__ import annotations

import pytest

from tests.ingest.invented_page import page_articles


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("文明实践 | 苍溪区总工会开展夏送清凉活动", "苍溪区总工会开展夏送清凉活动"),
        ("劳模风采｜扎根一线二十年的焊工罗永平", "扎根一线二十年的焊工罗永平"),
        # (a union's name before the bar is the headline's own subject)
        ("苍溪区总工会 | 夏送清凉进工地", "苍溪区总工会 | 夏送清凉进工地"),
    ],
)
def test_a_standing_column_before_a_bar_is_no_part_of_the_headline(tmp_path, line, headline) -> None:
    page = f"{line}\n\n2025-08-11 21:05:00\n\n8月6日，苍溪区总工会来到两家企业，为一线职工送上防暑降温物资。\n"
    (art,) = page_articles(tmp_path, page)
    assert art.headline == headline


def test_a_date_line_ending_with_its_column_is_the_pages_date(tmp_path) -> None:
    page = (
        "嘉义县劳工总工会正式成立\n\n2025-10-18 快讯\n\n"
        "嘉义县劳工总工会今(18)日举行第一届第一次会员代表大会暨成立大会，会中选出林秀梅担任理事长。\n"
    )
    (art,) = page_articles(tmp_path, page)
    assert art.date == "2025-10-18"
