"""A page's date line in Chinese numerals (二〇二七年三月廿一日, as Macao and Hong Kong papers
print theirs) is its date, read as one in digits (all lines invented)."""

from __future__ import annotations

import pytest

from kg.ingest.dates import arabic_dates
from tests.ingest.invented_page import page_articles


@pytest.mark.parametrize(
    ("written", "digits"),
    [
        ("二〇二七年三月廿一日", "2027年3月21日"),
        ("二〇二六年十二月三十日 星期三", "2026年12月30日 星期三"),
        ("二零二七年一月五日", "2027年1月5日"),
        ("二〇二七年五月卅一日", "2027年5月31日"),
        ("二〇二七年十月十日", "2027年10月10日"),
    ],
)
def test_a_date_in_chinese_numerals_in_digits(written, digits) -> None:
    assert arabic_dates(written) == digits


def test_a_date_line_in_chinese_numerals_is_the_pages_date(tmp_path) -> None:
    page = (
        "氹仔坊会举办长者健步行\n\n二〇二七年三月廿一日 星期日\n\n"
        "【本报讯】氹仔坊众互助会昨日在海洋花园举办长者健步行，约二百名长者参加。\n"
    )
    (art,) = page_articles(tmp_path, page)
    assert (art.headline, art.date) == ("氹仔坊会举办长者健步行", "2027-03-21")
    assert "二〇二七" not in art.text
