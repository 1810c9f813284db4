"""Posts of session 49: an officers' directory saved from a spreadsheet (its rows written
again as a text table's rows by kg.ingest.officer_tables), a video's lower third (a name over
its chain of offices, kg.ingest.subtitles) and a company's 人力总监.  All text is invented
(the areas are real)."""

from __future__ import annotations

import pytest

from kg.ingest.formats import lines_to_blocks
from kg.ingest.repair import repair_breaks
from kg.ingest.subtitles import read_subtitles
from kg.ingest.textmap import Mapped
from tests.extract.facts_view import posts

DIRECTORY = "\n".join(
    [
        "南湖区总工会基层工会干部名录",
        "序号\t片区\t单位\t姓名\t职务\t办公电话\t备注",
        "一、区总工会机关",
        "1\t区总工会\t嘉兴市南湖区总工会\t苏明远\t党组书记、主席\t86XX1001\t兼区人大常委会副主任",
        "2\t\t（同上）\t林晓彤\t副主席\t86XX1002\t",
        "二、街道及企业工会",
        "3\t\t嘉兴青禾软件有限公司工会\t祁雨桐\t主席\t—\t企业人力总监兼",
        "4\t\t（同上）\t谷长河\t原主席\t—\t已调离",
        "5\t\t嘉兴市南湖区新兴街道总工会\t梅若溪\t副主席（主持工作）\t86XX3001\t",
        "合计：基层工会 4 个",
    ]
)


def _read(text: str) -> str:
    return "\n".join(b.text.text for b in repair_breaks(lines_to_blocks(Mapped.of(text))))


def test_a_directorys_rows_give_each_holder_the_offices_at_the_rows_unit(extract_text):
    found = posts(extract_text(_read(DIRECTORY), region="南湖区"))
    assert ("苏明远", "南湖区总工会", "党组书记") in found
    assert ("苏明远", "南湖区总工会", "主席") in found
    assert any(n == "苏明远" and r == "副主任" and "人民代表大会常务委员会" in b for n, b, r in found)
    # （同上）: the unit of the row above
    assert ("林晓彤", "南湖区总工会", "副主席") in found
    # 企业人力总监兼 in a company union's row: an office at the company
    assert ("祁雨桐", "嘉兴青禾软件有限公司工会", "主席") in found
    assert ("祁雨桐", "嘉兴青禾软件有限公司", "人力总监") in found
    # 副主席（主持工作）: the office is 副主席
    assert ("梅若溪", "南湖区新兴街道总工会", "副主席") in found
    # 原主席, 已调离: no post now
    assert not any(n == "谷长河" for n, _, _ in found)


TRACK = """1
00:00:01,000 --> 00:00:04,000
5月8日，江东区总工会在滨江街道举办职工读书分享会。

2
00:00:06,000 --> 00:00:08,000
祁雨桐
区委常委、宣传部部长，区总工会主席

3
00:00:08,100 --> 00:00:10,000
读书让我们走得更远。
"""


def test_a_lower_third_names_its_persons_offices(extract_text):
    text = "\n".join(b.text.text for b in read_subtitles(TRACK)[0].blocks)
    found = posts(extract_text(text, region="杭州市"))
    assert any(n == "祁雨桐" and r == "部长" and b.endswith("宣传部") for n, b, r in found)
    assert any(n == "祁雨桐" and r == "主席" and b.endswith("区总工会") for n, b, r in found)


@pytest.mark.parametrize(
    ("text", "held", "gone"),
    [
        # 原 inside a link, after its body: that link's; the next link's own body is held now
        (
            "出席：宁陕县总工会原主席、安康市劳动模范协会副会长钟启明。",
            ("钟启明", "安康市劳动模范协会", "副会长"),
            "宁陕县总工会",
        ),
        # near-miss: a bare title after it shares the body and the past
        ("出席：宁陕县总工会原主席、秘书长钟启明。", None, "宁陕县总工会"),
    ],
)
def test_a_past_mark_inside_a_link_is_that_links(extract_text, text, held, gone):
    found = posts(extract_text(text, region="安康市"))
    if held is not None:
        assert held in found
    assert not any(n == "钟启明" and b == gone for n, b, _ in found)


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # 工区主任X opening a clause after the 工区 was named whole: that 工区's
        (
            "陕西秦川公路养护有限公司汉阴养护工区负责国道汉阴段的日常养护。工区主任邓建波同志带领职工抢通道路。",
            ("邓建波", "陕西秦川公路养护有限公司汉阴养护工区", "主任"),
        ),
        # near-miss: no 工区 named before: no body
        ("国道汉阴段已经抢通。工区主任邓建波同志带领职工连夜值守。", None),
    ],
)
def test_a_work_area_named_by_its_kind_is_the_one_named_last(extract_text, text, held):
    found = posts(extract_text(text, region="安康市"))
    if held is None:
        assert not any(n == "邓建波" for n, _, _ in found)
    else:
        assert held in found
