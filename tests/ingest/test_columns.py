"""A PDF page's narrow columns and running heads (kg.ingest.columns, kg.ingest.running_heads):
lines broken wherever the column ended are joined again, inside words, names and a
byline's brackets, and the running head a page repeats mid-article is dropped.  The
pages are invented and wrapped here, at several widths."""

from __future__ import annotations

import pytest

from kg.ingest import read_articles
from kg.ingest.columns import column_width, display_width, open_bracket, wrapped
from kg.ingest.document import Block
from kg.ingest.running_heads import drop_running_heads
from kg.ingest.textmap import Mapped


def _column(paragraph: str, width: int) -> list[str]:
    """A paragraph set in a column ``width`` characters wide, its first line indented."""
    text = "　　" + paragraph
    return [text[i : i + width] for i in range(0, len(text), width)]


def _read(tmp_path, lines: list[str]):
    page = tmp_path / "page.txt"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    res = read_articles([str(page)])
    assert res.skipped == []
    return res.articles


_LEAD = (
    "本报讯（记者 梁思远 通讯员 蔺晓东）5月9日上午，由绵阳市总工会主办、涪城区总工会承办的职工心理健康讲座在"
    "城郊街道四川长青电子科技有限公司职工书屋举行，该公司150余名职工参加。"
)
_MORE = (
    "主讲人、心理咨询师柴文静结合一线职工的工作特点，讲解了情绪管理和压力疏导的方法，"
    "现场还设置了互动答疑环节，职工们踊跃提问，气氛热烈。"
)
_LAST = "据了解，今年涪城区总工会将在辖区企业开展此类讲座二十场，覆盖职工五千人次以上。"
_NOTE = "5月8日，江油市太白街道总工会联合某律师事务所走进建筑工地，为80余名农民工讲解劳动合同知识。（"


@pytest.mark.parametrize("width", [13, 15, 18])
def test_a_page_of_narrow_columns_reads_as_whole_paragraphs(tmp_path, width):
    head = ["3", "2026年5月11日 星期一", "巴蜀职工报", "工会动态", ""]
    again = ["", "工会动态 3", "2026年5月11日 星期一", "巴蜀职工报", ""]
    lines = [*head, "涪城区职工心理健康讲座进企业", "", *_column(_LEAD, width), *_column(_MORE, width)]
    lines += [*again, *_column(_LAST, width), "", "简讯", "", "太白街道送法进工地", ""]
    lines += [*_column(_NOTE + "柏青", width), "吕晓帆）"]
    arts = _read(tmp_path, lines)
    first, note = arts[0], arts[-1]
    assert first.headline == "涪城区职工心理健康讲座进企业"
    assert first.reporters == ["梁思远", "蔺晓东"]
    assert "涪城区总工会承办" in first.body and "四川长青电子科技有限公司职工书屋" in first.body
    assert "覆盖职工五千人次以上" in first.body  # the running head cut nothing off
    assert "巴蜀职工报" not in first.text and "工会动态" not in first.text
    assert note.reporters == ["柏青", "吕晓帆"]


def test_a_column_running_to_its_width_is_found():
    lines = [Block(Mapped.of(x), gap=0) for x in _column(_LEAD + _MORE, 14)]
    assert column_width(lines) in range(26, 31)
    assert wrapped("由绵阳市总工会主办、涪城区总", "工会承办的职工心理健康讲座", 28)


def test_paragraphs_one_to_a_line_have_no_column():
    lines = [Block(Mapped.of(x), gap=0) for x in (_LEAD, _MORE, _LAST, "简讯", "太白街道送法进工地", _NOTE)] * 2
    assert column_width(lines) is None


def test_a_short_line_ends_its_paragraph():
    assert not wrapped("气氛热烈。", "据了解，今年涪城区总工会将", 28)
    assert not wrapped("太白街道送法", "进工地", 28)


def test_a_bracket_left_open_is_closed_by_the_next_line():
    assert open_bracket("本报讯（记者 梁思远 通讯员", "蔺晓东）5月9日上午，")
    assert not open_bracket("本报讯（记者 梁思远）5月9日，", "蔺晓东）")
    assert not open_bracket("该公司（以下简称", "（长青公司）")


def test_a_headline_printed_twice_without_a_page_mark_stays():
    blocks = [
        Block(Mapped.of("关于表彰先进职工之家的决定"), gap=1),
        Block(Mapped.of("各县区总工会："), gap=1),
        Block(Mapped.of("关于表彰先进职工之家的决定"), gap=1),
        Block(Mapped.of("经研究，决定表彰十个先进职工之家。"), gap=1),
    ]
    assert drop_running_heads(blocks) == blocks


def test_a_running_head_needs_its_words_repeated():
    def page(second: str) -> list[Block]:
        return [
            Block(Mapped.of("2026年5月11日"), gap=1),
            Block(Mapped.of("职工之家 2"), gap=0),
            Block(Mapped.of("经研究，决定表彰十个先进职工之家。"), gap=1),
            Block(Mapped.of("2026年5月11日"), gap=1),
            Block(Mapped.of(second), gap=0),
            Block(Mapped.of("各县区工会要学习先进，争创模范职工之家。"), gap=1),
        ]

    assert drop_running_heads(page("劳模风采")) == page("劳模风采")
    kept = [b.text.text for b in drop_running_heads(page("职工之家"))]  # (the dates: meta lines, read later)
    assert "职工之家 2" not in kept and "职工之家" not in kept and len(kept) == 4


def test_a_meta_line_under_each_headline_is_no_running_head():
    blocks = [
        Block(Mapped.of("滨江区总工会开展送清凉活动"), gap=1),
        Block(Mapped.of("滨江区总工会 2026-07-11"), gap=0),
        Block(Mapped.of("7月10日，滨江区总工会为300余名环卫工人送去防暑用品。"), gap=1),
        Block(Mapped.of("滨江区总工会举办职工篮球赛"), gap=1),
        Block(Mapped.of("滨江区总工会 2026-07-12"), gap=0),
        Block(Mapped.of("7月12日，滨江区总工会举办职工篮球赛，16支球队参加。"), gap=1),
    ]
    assert drop_running_heads(blocks) == blocks


def test_a_tables_rows_of_one_width_are_no_column():
    rows = [
        "单位　　　　　人数",
        *(f"{x}街道总工会　　　{n}" for x, n in zip("东南西北中上下左右", range(3, 12), strict=True)),
    ]
    blocks = [Block(Mapped.of(r.replace("\u3000\u3000", "\u3000")), gap=0) for r in rows]
    assert column_width(blocks) is None
    assert not wrapped("东街道总工会 3", "南街道总工会 4", 14)


def test_lines_longer_than_any_printed_column_share_no_width():
    # paragraphs of one length, each longer than a printed column's line: no wrap to join
    long = (_MORE * 3)[:130]
    assert column_width([Block(Mapped.of(long), gap=0) for _ in range(12)]) is None
    assert column_width([Block(Mapped.of(long[:40]), gap=0) for _ in range(12)]) == display_width(long[:40])


def test_a_long_report_title_padded_to_its_page_number_is_a_running_head():
    # (a PDF's text pads the head out to the page number: counted without the spaces, and a
    # report's full title runs longer than a paper's name)
    head = "云岭股份 2031年度环境、社会及治理（ESG）报告" + " " * 40
    blocks = [
        Block(Mapped.of(head + "27"), gap=1),
        Block(Mapped.of("公司工会现有会员6,120名，下设3个分会。"), gap=1),
        Block(Mapped.of(head + "28"), gap=1),
        Block(Mapped.of("2031年9月，公司工会举办第四届职工技能比武，88名选手参赛。"), gap=1),
    ]
    kept = [b.text.text for b in drop_running_heads(blocks)]
    assert kept == [blocks[1].text.text, blocks[3].text.text]
