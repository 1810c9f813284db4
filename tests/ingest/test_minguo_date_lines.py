"""A Taiwan page's date in the Minguo calendar (民國114年3月2日, 更新時間：114-03-02) is a date of
the common era (year 1 is 1912), never a year 114 (all lines invented)."""

from __future__ import annotations

import pytest

from kg.ingest.dates import arabic_dates
from tests.ingest.invented_page import page_articles


@pytest.mark.parametrize(
    ("written", "digits"),
    [
        ("发布日期：民國114年3月2日", "发布日期：2025年3月2日"),
        ("民国99年12月31日", "2010年12月31日"),
        ("更新时间：114-03-02 09:15", "更新时间：2025-03-02 09:15"),
        ("114/3/2", "2025/3/2"),
        # (not a number inside another, nor a clock's time)
        ("编号1114-03-02", "编号1114-03-02"),
        ("2025-03-02 10:14", "2025-03-02 10:14"),
    ],
)
def test_a_minguo_date_in_common_era_digits(written, digits) -> None:
    assert arabic_dates(written) == digits


def test_a_minguo_date_line_is_the_pages_date(tmp_path) -> None:
    page = (
        "台東縣產業總工會辦理勞資講座\n\n作者：林佳蓉　更新時間：114-03-02 09:15\n\n"
        "台東縣產業總工會3月1日在台東市舉辦勞資關係講座，約60名會員參加。\n"
    )
    (art,) = page_articles(tmp_path, page)
    assert art.date == "2025-03-02"
