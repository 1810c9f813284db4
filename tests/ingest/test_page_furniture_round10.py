"""Page furniture of round 10: an e-paper's bars (its page labels in a row, the issue's
date beside its buttons, the paper's name beside 数字报), its imprint at the foot (主办：…
出版：… 地址：…), a stack of briefs with a bullet before each headline and a unit's short
signature closing each item.

All pages are invented; no name, outlet or headline here comes from a real page.
"""

from __future__ import annotations

import pytest

from kg.ingest.bars import contact_line, imprint_line
from kg.ingest.boilerplate import is_furniture
from kg.ingest.bylines import closing_names
from tests.ingest.invented_page import HEAD, LEAD, MORE, page_articles


@pytest.mark.parametrize(
    "line",
    [
        "河湾工人报 数字报",
        "2024年06月03日 星期一　往期回顾　|　PDF下载",
        "第01版：要闻　第02版：综合　第03版：基层　上一版　下一版",
    ],
)
def test_an_epaper_bar_is_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["2024年06月03日 星期一", "河湾工人报", HEAD])
def test_a_date_or_a_name_alone_is_no_bar(line):
    assert not is_furniture(line)


def test_an_imprint_line_is_furniture():
    assert imprint_line("主办：河湾市总工会　出版：河湾工人报社　地址：河湾市东城区新华路8号　广告热线：0000-1234567")


def test_an_event_notices_organisers_stay():
    assert not imprint_line("主办：河湾市总工会 承办：河湾区总工会")
    assert not is_furniture("主办：河湾市总工会 承办：河湾区总工会")


def test_an_epaper_page_keeps_only_its_articles(tmp_path):
    text = (
        "河湾工人报 数字报\n2024年06月03日 星期一　往期回顾　|　PDF下载\n"
        "第01版：要闻　第02版：综合　上一版　下一版\n\n"
        f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n"
        "主办：河湾市总工会　出版：河湾工人报社　地址：河湾市东城区新华路8号　广告热线：0000-1234567\n"
    )
    (a,) = page_articles(tmp_path, text)
    assert a.headline == HEAD
    assert a.date == "2024-06-03"
    assert "数字报" not in a.text and "主办" not in a.text and "新华路" not in a.text


BRIEF_1 = "6月2日，河湾区总工会在区文化馆举办职工摄影展，展出作品60幅。（湾工）"
BRIEF_2 = "6月1日，东岭区总工会举办女职工插花沙龙，30名女职工参加。（岭宣）"


def test_a_stack_of_bulleted_briefs_signed_by_units(tmp_path):
    text = f"{HEAD}\n\n{LEAD}\n\n■ 河湾区职工摄影展开展\n{BRIEF_1}\n\n■ 东岭区总工会举办插花沙龙\n{BRIEF_2}\n"
    arts = page_articles(tmp_path, text)
    assert [a.headline for a in arts] == [HEAD, "河湾区职工摄影展开展", "东岭区总工会举办插花沙龙"]
    assert "东岭区" not in arts[1].text
    assert all(a.reporters == [] for a in arts)


@pytest.mark.parametrize(("tail", "names"), [("（岭宣）", None), ("（林一帆）", ["林一帆"]), ("（林工）", None)])
def test_a_units_two_character_signature_credits_no_one(tail, names):
    c = closing_names(LEAD + tail)
    assert (c.reporters if c else None) == names


@pytest.mark.parametrize("line", ["查询：0000 1234（林小姐）", "联系电话：0000-1234567", "咨询：林老师 0000-1234567"])
def test_a_contact_line_is_furniture(line):
    assert contact_line(line) and is_furniture(line)


@pytest.mark.parametrize("line", ["查询：河湾区总工会权益保障部", "联系职工，服务职工。"])
def test_a_contact_label_without_a_number_is_no_contact_line(line):
    assert not is_furniture(line)


def test_a_releases_contact_person_is_not_in_its_text(tmp_path):
    (a,) = page_articles(tmp_path, f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n查询：0000 1234（林小姐）\n")
    assert "林小姐" not in a.text
