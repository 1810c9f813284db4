"""Markdown notes with a YAML front matter (session 46, invented text): the front matter's
title, date and author are the note's headline, date and writer, the note is one article
under it (its headings are parts of its text), each list item, quote and table row is a
line of its own, and what the markup adds that no sentence says is furniture (checkboxes,
code spans, tags, a table's rule row)."""

from __future__ import annotations

import pytest

from kg.ingest import read_articles
from kg.ingest.body_credits import named_credit
from kg.ingest.document import Block, without
from kg.ingest.formats import looks_like_markdown, read_markdown, read_txt
from kg.ingest.md_notes import front_matter, is_table_rule, note_line, slash_days, without_code
from kg.ingest.repair import repair_breaks
from kg.ingest.textmap import Mapped

NOTE = (
    "---\n"
    "title: 5月调研+季度例会 随手记\n"
    "date: 2031-05-20\n"
    "tags: [调研, 例会]\n"
    "author: 岩温\n"
    "---\n\n"
    "# 5月调研笔记（某县总工会 办公室）\n\n"
    "> 自己看的，正式稿以 `某工发〔2031〕3号` 为准。\n\n"
    "## 一、下乡调研（5/12）\n\n"
    "- 见到：\n"
    "  - **龙开富** —— 镇党委副书记、镇总工会主席\n"
    "  - **杨秀芬** —— 镇总工会副主席，苗族，去年刚从白水乡调来\n"
    "  - 石阿三 —— 合作社工会小组长（待核实）\n"
    "- 情况：\n"
    "  - 镇总下辖基层工会 12个，会员约900人，其中外出务工会员占一半\n"
    "  - 职工书屋在建，缺书架和电脑，报了预算 8000元，待县总审\n"
    "- 问题：驿站晚上没人值守 #待整理\n\n"
    "## 二、季度例会\n\n"
    "- 时间：**2031年5月8日下午**\n"
    "- 地点：县总工会会议室\n\n"
    "| 乡镇 | 新会员 | 备注 |\n"
    "|---|:---:|---|\n"
    "| 青山镇 | 40 | 企业多 |\n"
    "| 白水乡 | 12 | 见上 |\n\n"
    "## 三、待办\n\n"
    "- [x] 整理调研记录\n"
    "- [ ] 报表 → 见 [县总工会通知](https://example.org/notice)\n\n"
    "#待整理 #周五交\n"
)


def _note(tmp_path, text: str = NOTE):
    page = tmp_path / "note.txt"
    page.write_text(text, encoding="utf-8")
    return read_articles([str(page)]).articles


def test_a_front_matter_gives_the_notes_headline_date_and_writer(tmp_path) -> None:
    (a,) = _note(tmp_path)  # one article: the headings are parts of the note, no headlines
    assert a.headline == "5月调研+季度例会 随手记"
    assert a.date == "2031-05-20"
    assert a.reporters == ["岩温"]  # a Dai name: the author field is read whole, no surname asked
    assert "tags" not in a.text and "调研, 例会" not in a.text and "---" not in a.text
    assert "一、下乡调研（5月12日）" in a.text.split("\n")  # a heading is a line of the text


def test_the_notes_items_quotes_and_rows_are_lines_of_their_own(tmp_path) -> None:
    (a,) = _note(tmp_path)
    lines = a.text.split("\n")
    assert "见到：" in lines
    # the spaced dash is an apposition's comma: the name and its titles one clause
    assert "龙开富，镇党委副书记、镇总工会主席" in lines
    assert "杨秀芬，镇总工会副主席，苗族，去年刚从白水乡调来" in lines and "石阿三，合作社工会小组长（待核实）" in lines
    assert (
        "镇总下辖基层工会 12个，会员约900人，其中外出务工会员占一半" in lines
        and "职工书屋在建，缺书架和电脑，报了预算 8000元，待县总审" in lines
    )
    assert "时间：2031年5月8日下午" in lines and "地点：县总工会会议室" in lines
    assert [x for x in lines if "｜" in x] == ["乡镇｜新会员｜备注", "青山镇｜40｜企业多", "白水乡｜12｜见上"]


def test_checkboxes_code_spans_tags_and_urls_are_furniture(tmp_path) -> None:
    (a,) = _note(tmp_path)
    assert "某工发" not in a.text and "`" not in a.text  # a code span
    assert "[x]" not in a.text and "[ ]" not in a.text and "整理调研记录" in a.text
    assert "#" not in a.text and "待整理" not in a.text  # tags, in a line or on their own
    assert "县总工会通知" in a.text and "example.org" not in a.text  # a link's text stays
    assert "---" not in a.text and ":---:" not in a.text  # the table's rule row


def test_a_md_file_with_a_front_matter_is_one_article_too(tmp_path) -> None:
    page = tmp_path / "note.md"
    page.write_text(NOTE, encoding="utf-8")
    (a,) = read_articles([str(page)]).articles
    assert a.headline == "5月调研+季度例会 随手记"


def test_a_front_matter_is_key_lines_between_fences() -> None:
    fm = front_matter('---\ntitle: "引号里的标题"\nauthors: [甲某, 乙某]\nlist:\n  - 一项\n---\n正文。')
    assert fm is not None
    assert fm.fields["title"].text == "引号里的标题"
    assert fm.fields["authors"].text == "甲某、乙某"
    folded = front_matter("---\ntitle: >-\n  折行的\n  标题\nauthor:\n  - 甲某\n  - 乙某\n# 注释\n---\n正文。")
    assert folded is not None
    assert (folded.fields["title"].text, folded.fields["author"].text) == ("折行的标题", "甲某、乙某")
    assert front_matter("---\n这是一条分隔线下的正文\n---\n正文。") is None  # a rule over text
    assert front_matter("正文。\n---\ntitle: x\n---\n") is None  # only where the file opens
    assert looks_like_markdown("---\ntitle: 标题\n---\n正文。")
    assert not looks_like_markdown("正文。\n---\n正文。")


def test_without_a_front_matter_markdown_is_read_as_before() -> None:
    (doc,) = read_markdown("## 标题一\n\n正文一。\n\n## 标题二\n\n正文二。\n")
    assert not doc.one_article and doc.title is None and doc.author is None
    (doc,) = read_txt("---\ntitle: 标题\nauthor: 某某\n---\n正文。\n")
    assert doc.one_article and doc.title is not None and doc.title.text == "标题" and doc.author == "某某"


def test_a_list_item_is_never_the_rest_of_the_line_above() -> None:
    (doc,) = read_markdown("- 见到：\n  - 张某某，主任，刚调来\n  - 李某某，副主任\n> 一句话\n")
    assert [b.item for b in doc.blocks] == [True, True, True, True]
    assert len(repair_breaks(doc.blocks)) == 4
    wrapped = "会议要求，各基层工会要认真做好职工服务工作，\n切实维护职工合法权益。\n"
    (doc,) = read_markdown(wrapped)  # a plain paragraph's wrap still joins
    assert len(repair_breaks(doc.blocks)) == 1
    (doc,) = read_markdown("- " + wrapped.replace("\n切", "\n- 切"))  # two items do not
    assert len(repair_breaks(doc.blocks)) == 2


def test_a_table_rule_row_is_no_text() -> None:
    assert is_table_rule("|---|:---:|---|")
    assert is_table_rule("| --- | --- |")
    assert not is_table_rule("| 甲 | 乙 |")


@pytest.mark.parametrize(
    ("value", "names"),
    [("岩温", ["岩温"]), ("玉香、岩罕", ["玉香", "岩罕"]), ("某某区总工会", None), ("橙子味的小周呀", None)],
)
def test_a_named_author_field_is_read_whole(value: str, names: list[str] | None) -> None:
    credit = named_credit(value)
    assert (credit.reporters if credit else None) == names


def test_a_dropped_line_leaves_the_next_item_an_item() -> None:
    blocks = [
        Block(Mapped.of("见到：")),
        Block(Mapped.of("广告"), gap=0),
        Block(Mapped.of("张某某，主任"), gap=0, item=True),
    ]
    kept = without(blocks, {1})
    assert [(b.text.text, b.gap, b.item) for b in kept] == [("见到：", 1, False), ("张某某，主任", 1, True)]


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("郑某某 —— 镇总工会主席", "郑某某，镇总工会主席"),
        ("郑某某（白族）—— 公司工会主席", "郑某某（白族），公司工会主席"),
        ("郑某某 — 主任", "郑某某，主任"),
        ("郑某某 -- 主任", "郑某某，主任"),
        ("——全年将开展百场活动", "——全年将开展百场活动"),  # a deck's dash opens its line
        ("5月11—12日", "5月11—12日"),  # a span of days: no spaces
        ("[x] 整理记录 `草稿.docx` #待办", "整理记录"),
        ("| 甲镇 | 12 | 备注 |", "甲镇｜12｜备注"),
    ],
)
def test_a_notes_line_without_its_markup(line: str, read: str) -> None:
    assert note_line(without_code(Mapped.of(line))).text.strip() == read


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("（4/13—4/14）", "（4月13日—4月14日）"),
        ("4/20前 报表", "4月20日前 报表"),
        ("（4/14 下午，某镇）", "（4月14日 下午，某镇）"),
        ("会员占1/3，", "会员占1/3，"),  # a share, no day
        ("13/4 或 4/32", "13/4 或 4/32"),  # no month 13, no day 32
        ("约400人次/季", "约400人次/季"),
    ],
)
def test_a_dated_notes_month_and_day_are_a_date(line: str, read: str) -> None:
    assert slash_days(Mapped.of(line)).text == read


def test_an_undated_notes_slash_stays(tmp_path) -> None:
    (a,) = _note(tmp_path, NOTE.replace("date: 2031-05-20\n", ""))
    assert "一、下乡调研（5/12）" in a.text.split("\n")
