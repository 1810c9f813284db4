"""OpenDocument files (.odt, .ods, .odp, flat .fodt): the text as the office suite shows it (kg.ingest.open_documents).

The documents are invented and written here, part by part, as LibreOffice and WPS write them."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import InputError
from kg.ingest import read_articles
from kg.ingest.open_documents import odf_text

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)
_MIME = {
    "text": "application/vnd.oasis.opendocument.text",
    "spreadsheet": "application/vnd.oasis.opendocument.spreadsheet",
    "presentation": "application/vnd.oasis.opendocument.presentation",
}


def _content(body: str, kind: str = "text") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS} office:version="1.3">'
        f"<office:body><office:{kind}>{body}</office:{kind}></office:body></office:document-content>"
    )


def _odf(body: str, kind: str = "text", *, styles: str = "", meta: str = "") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), _MIME[kind])  # (first and stored, as the format asks)
        z.writestr("content.xml", _content(body, kind))
        z.writestr("styles.xml", f"<office:document-styles {_NS}>{styles}</office:document-styles>")
        z.writestr("meta.xml", f"<office:document-meta {_NS}><office:meta>{meta}</office:meta></office:document-meta>")
        z.writestr("META-INF/manifest.xml", "<manifest/>")
    return buf.getvalue()


def _p(text: str) -> str:
    return f"<text:p>{text}</text:p>"


def test_spans_spaces_tabs_and_breaks_are_the_line_as_written() -> None:
    body = (
        '<text:h text:outline-level="1">关于举办全县职工'
        '<text:span text:style-name="T1">象棋</text:span>比赛的通知</text:h>'
        '<text:p>联系人：<text:tab/>尹秋禾<text:line-break/>电话：<text:s text:c="3"/>7731</text:p>'
        "<text:p>各<text:s/>基层工会：</text:p>"
    )
    assert (
        odf_text(_odf(body), "n.odt")
        == "关于举办全县职工象棋比赛的通知\n联系人：\t尹秋禾\n电话：   7731\n各 基层工会：\n"
    )


def test_lists_are_a_line_an_item_and_a_table_a_line_a_row_with_tab_parted_cells() -> None:
    body = (
        "<text:list><text:list-item>" + _p("一是组织报名。") + "</text:list-item>"
        "<text:list-item>"
        + _p("二是赛前培训。")
        + "<text:list><text:list-item>"
        + _p("（一）规则讲解")
        + "</text:list-item></text:list>"
        "</text:list-item></text:list>"
        '<table:table table:name="表1"><table:table-column table:number-columns-repeated="3"/>'
        "<table:table-header-rows><table:table-row>"
        + "".join(f"<table:table-cell>{_p(c)}</table:table-cell>" for c in ("序号", "姓名", "单位"))
        + "</table:table-row></table:table-header-rows>"
        f"<table:table-row><table:table-cell>{_p('1')}</table:table-cell>"
        f"<table:table-cell>{_p('柯望舒')}</table:table-cell>"
        f"<table:table-cell>{_p('河口镇')}{_p('总工会')}</table:table-cell></table:table-row>"
        f'<table:table-row><table:table-cell table:number-columns-spanned="2">{_p("合计")}</table:table-cell>'
        "<table:covered-table-cell/><table:table-cell>" + _p("1人") + "</table:table-cell></table:table-row>"
        '<table:table-row><table:table-cell table:number-columns-repeated="3"/></table:table-row>'
        "</table:table>" + _p("县总工会")
    )
    assert odf_text(_odf(body), "n.odt") == (
        "一是组织报名。\n二是赛前培训。\n（一）规则讲解\n"
        "序号\t姓名\t单位\n1\t柯望舒\t河口镇 总工会\n合计\t1人\n\n县总工会\n"
    )


def test_notes_leave_their_mark_and_follow_their_paragraph_and_changes_comments_and_furniture_stay_out() -> None:
    body = (
        '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>'
        + _p("三天")
        + "</text:deletion></text:changed-region></text:tracked-changes>"
        '<text:sequence-decls><text:sequence-decl text:name="Table"/></text:sequence-decls>'
        '<text:p>会期两天<text:change text:change-id="c1"/>，<text:change-start text:change-id="c2"/>食宿自理'
        '<text:change-end text:change-id="c2"/>。<office:annotation><dc:creator>审稿人</dc:creator>'
        '<text:p>再核实</text:p></office:annotation>全县共有职工<text:note text:note-class="footnote">'
        "<text:note-citation>1</text:note-citation><text:note-body>"
        + _p("数据来源：县统计局2026年年报。")
        + "</text:note-body></text:note>8600人。<text:soft-page-break/>请各单位于5月前报名。</text:p>"
        "<text:table-of-content><text:index-body><text:p>一、总则\t1</text:p></text:index-body></text:table-of-content>"
        '<text:p><draw:frame draw:name="图1"><draw:image><svg:title>照片</svg:title></draw:image>'
        "<draw:text-box>" + _p("图为比赛现场") + "</draw:text-box></draw:frame>正文</text:p>"
    )
    styles = "<office:master-styles><style:master-page><style:header>" + _p("县总工会文件") + "</style:header>"
    data = _odf(
        body, styles=styles + "</style:master-page></office:master-styles>", meta="<dc:creator>Admin</dc:creator>"
    )
    assert odf_text(data, "n.odt") == (
        "会期两天，食宿自理。全县共有职工8600人。请各单位于5月前报名。\n数据来源：县统计局2026年年报。\n正文\n图为比赛现场\n"
    )


@pytest.mark.parametrize(
    ("kind", "body", "expected"),
    [
        ("text", _p("青石乡工会成立"), "青石乡工会成立\n"),
        (
            "spreadsheet",
            "<table:table><table:table-row><table:table-cell>" + _p("会员") + "</table:table-cell>"
            '<table:table-cell office:value-type="float" office:value="36">' + _p("36.0") + "</table:table-cell>"
            "</table:table-row></table:table>",
            "会员\t36\n",
        ),
    ],
)
def test_a_flat_document_is_read_as_the_package(kind: str, body: str, expected: str) -> None:
    flat = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document {_NS} office:mimetype="{_MIME[kind]}">'
        "<office:meta><dc:title>属性</dc:title></office:meta>"
        f"<office:body><office:{kind}>{body}</office:{kind}></office:body></office:document>"
    )
    assert odf_text(flat.encode(), "n.fodt") == expected


def test_a_spreadsheet_is_its_sheets_rows_as_the_workbook_reader_gives_them() -> None:
    def cell(value: str, attrs: str = "") -> str:
        return f"<table:table-cell {attrs}>{_p(value)}</table:table-cell>"

    rows = (
        f"<table:table-row>{cell('日期')}{cell('活动')}{cell('人数')}</table:table-row>"
        "<table:table-row>"
        + cell("2027年3月8日", 'office:value-type="date" office:date-value="2027-03-08"')
        + cell("女职工读书会")
        + cell("1,200.00", 'office:value-type="float" office:value="1200"')
        + '<table:table-cell table:number-columns-repeated="1020"/></table:table-row>'
        '<table:table-row table:number-rows-repeated="4"><table:table-cell table:number-columns-repeated="1024"/>'
        "</table:table-row>"
        "<table:table-row>"
        + cell("合计")
        + "<table:table-cell/>"
        + cell("2", 'office:value-type="float" office:value="2"')
        + "</table:table-row>"
        '<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/>'
        "</table:table-row>"
    )
    body = f'<table:table table:name="一季度">{rows}</table:table><table:table table:name="Sheet2"/>'
    assert odf_text(_odf(body, "spreadsheet"), "s.ods") == (
        "日期\t活动\t人数\n2027-03-08\t女职工读书会\t1200\n\n合计\t\t2\n"
    )


def _frame(text: str, cls: str = "") -> str:
    kind = f' presentation:class="{cls}"' if cls else ""
    return f"<draw:frame{kind}><draw:text-box>{_p(text)}</draw:text-box></draw:frame>"


def test_a_presentation_is_its_slides_in_order_title_first_notes_after_furniture_left_out() -> None:
    slide1 = (
        '<draw:page draw:name="p1">'
        + _frame("全年建会入会38家", "outline")
        + _frame("2027年工作回顾", "title")
        + _frame("8", "page-number")
        + _frame("溪山县总工会", "footer")
        + '<presentation:notes><draw:page-thumbnail presentation:class="page"/>'
        + _frame("其中新就业形态企业12家。", "notes")
        + "</presentation:notes></draw:page>"
    )
    slide2 = '<draw:page draw:name="p2">' + _frame("下一步打算", "title") + "</draw:page>"
    text = odf_text(_odf(slide1 + slide2, "presentation"), "d.odp")
    assert text == "2027年工作回顾\n全年建会入会38家\n其中新就业形态企业12家。\n\n下一步打算\n"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"PK\x03\x04 broken", "no readable zip"),
        (_odf("").replace(b"content.xml", b"contenX.xml"), "no content.xml"),
        (_odf("<text:p>未闭合</text:span>"), "damaged OpenDocument file"),
        (_odf(_p("") + _p("  ")), "empty OpenDocument text"),
        (b"<office:document", "damaged OpenDocument file"),
    ],
)
def test_a_file_that_is_no_readable_opendocument_says_why(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        odf_text(data, "n.odt")


def test_an_entity_is_not_expanded() -> None:
    bomb = (
        f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "工会工会工会工会">]><office:document {_NS}>'
        "<office:body><office:text><text:p>会员&a;</text:p></office:text></office:body></office:document>"
    )
    assert "工会工会" not in odf_text(bomb.encode(), "n.fodt")


def test_repeated_cells_that_would_unpack_to_too_much_text_are_refused() -> None:
    cell = f'<table:table-cell table:number-columns-repeated="1000">{_p("工会" * 5000)}</table:table-cell>'
    row = f'<table:table-row table:number-rows-repeated="1000">{cell}</table:table-row>'
    for body, kind in (
        (f'<table:table table:name="名册">{row}</table:table>', "spreadsheet"),
        (f"<table:table>{row}</table:table>", "text"),
    ):
        with pytest.raises(InputError, match="repeated cells pass the limit"):
            odf_text(_odf(body, kind), "b.ods")


def test_an_opendocument_notice_is_built_into_an_article(tmp_path: Path) -> None:
    body = _p("桐溪区总工会举办职工书画展") + _p("6月3日，桐溪区总工会在区文化馆举办职工书画展，60余名职工参加。")
    (tmp_path / "notice.odt").write_bytes(_odf(body))
    (tmp_path / "broken.odt").write_bytes(b"PK\x03\x04")
    result = read_articles([str(tmp_path)])
    assert [a.headline for a in result.articles] == ["桐溪区总工会举办职工书画展"]
    assert [e.path.endswith("broken.odt") for e in result.skipped] == [True]
    out = tmp_path / "out"
    run = CliRunner().invoke(main, ["build", str(tmp_path / "notice.odt"), "-o", str(out), "--no-cache", "--jobs", "1"])
    assert run.exit_code == 0, run.output
    assert "桐溪区总工会" in (out / "graph.ttl").read_text(encoding="utf-8")
