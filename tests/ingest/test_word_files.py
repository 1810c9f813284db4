"""Word documents (.docx): the body's text as Word holds it (kg.ingest.word_files).

The documents are invented and built here, part by part, as Word writes them."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import read_articles
from kg.ingest.word_files import docx_text

_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
)


def _p(*runs: str) -> str:
    return "<w:p>" + "".join(f'<w:r><w:t xml:space="preserve">{r}</w:t></w:r>' for r in runs) + "</w:p>"


def _row(*cells: str) -> str:
    return "<w:tr>" + "".join(f"<w:tc>{_p(c)}</w:tc>" for c in cells) + "</w:tr>"


def _docx(body: str, *, header: str = "", core: str = "") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(
            "[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
        )
        document = f'<?xml version="1.0" encoding="UTF-8"?><w:document {_NS}><w:body>{body}</w:body></w:document>'
        z.writestr("word/document.xml", document)
        if header:
            z.writestr("word/header1.xml", f"<w:hdr {_NS}>{_p(header)}</w:hdr>")
        if core:
            z.writestr("docProps/core.xml", core)
    return buf.getvalue()


def test_runs_word_cut_are_joined_and_tabs_and_breaks_kept() -> None:
    body = (
        '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>关于举办全区职工</w:t></w:r>'
        '<w:proofErr w:type="spellStart"/>'
        "<w:r><w:rPr><w:b/></w:rPr><w:t>乒乓球</w:t></w:r><w:r><w:t>比赛的通知</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>联系人：</w:t></w:r><w:r><w:tab/><w:t>苗青</w:t></w:r><w:r><w:br/><w:t>电话：5512</w:t></w:r></w:p>"
    )
    assert docx_text(_docx(body), "n.docx") == "关于举办全区职工乒乓球比赛的通知\n联系人：\t苗青\n电话：5512\n"


def test_deleted_text_field_codes_and_a_drawings_fallback_are_no_text() -> None:
    body = (
        "<w:p><w:r><w:t>会期两天</w:t></w:r><w:del><w:r><w:delText>三天</w:delText></w:r></w:del>"
        '<w:ins><w:r><w:t>，</w:t></w:r></w:ins><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        "<w:r><w:t>食宿自理</w:t></w:r></w:p>"
        "<w:p><w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent>"
        f"{_p('图为比赛现场')}</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>"
        f"{_p('图为比赛现场')}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        "<w:r><w:t>正文</w:t></w:r></w:p>"
    )
    assert docx_text(_docx(body), "n.docx") == "会期两天，食宿自理\n正文\n图为比赛现场\n"


def test_a_tracked_moves_source_is_left_out_and_its_destination_kept() -> None:
    body = (
        '<w:p><w:moveFromRangeStart w:id="1" w:name="move1"/><w:moveFrom w:id="2"><w:r><w:t>报名截至5月底。</w:t></w:r>'
        '</w:moveFrom><w:moveFromRangeEnd w:id="1"/><w:r><w:t>各单位踊跃参加。</w:t></w:r></w:p>'
        '<w:p><w:moveToRangeStart w:id="3" w:name="move1"/><w:moveTo w:id="4"><w:r><w:t>报名截至5月底。</w:t></w:r>'
        '</w:moveTo><w:moveToRangeEnd w:id="3"/></w:p>'
        '<w:moveTo w:id="5">' + _p("新增一段。") + "</w:moveTo>"
    )
    assert docx_text(_docx(body), "n.docx") == "各单位踊跃参加。\n报名截至5月底。\n新增一段。\n"


def test_a_paragraph_whose_mark_was_deleted_runs_on_into_the_next_and_comments_stay_out() -> None:
    gone = '<w:pPr><w:rPr><w:del w:id="7" w:author="审稿"/></w:rPr></w:pPr>'
    moved = '<w:pPr><w:rPr><w:moveFrom w:id="8" w:author="审稿"/></w:rPr></w:pPr>'
    body = (
        f'<w:p>{gone}<w:r><w:t>乡总工会为</w:t></w:r><w:commentRangeStart w:id="0"/></w:p>'
        '<w:p><w:r><w:t>困难职工送去慰问金。</w:t></w:r><w:commentRangeEnd w:id="0"/>'
        '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r></w:p>'
        f'<w:p>{gone}<w:del w:id="9"><w:r><w:delText>整段删去。</w:delText></w:r></w:del></w:p>'
        f"<w:p>{moved}<w:r><w:t>共计</w:t></w:r></w:p>" + _p("3万元。")
    )
    data = _docx(body)
    with zipfile.ZipFile(io.BytesIO(data), "a") as z:
        z.writestr(
            "word/comments.xml", f'<w:comments {_NS}><w:comment w:id="0">{_p("金额再核")}</w:comment></w:comments>'
        )
    assert docx_text(data, "n.docx") == "乡总工会为困难职工送去慰问金。\n共计3万元。\n"


def test_a_table_is_a_line_per_row_with_cells_split_by_tabs() -> None:
    cell_of_two = "<w:tc>" + _p("城西街道") + _p("总工会") + "</w:tc>"
    body = (
        _p("附件：获奖名单")
        + "<w:tbl>"
        + _row("序号", "姓名", "单位")
        + f"<w:tr><w:tc>{_p('1')}</w:tc><w:tc>{_p('岳明川')}</w:tc>{cell_of_two}</w:tr>"
        + "</w:tbl>"
        + _p("区总工会")
    )
    expected = "附件：获奖名单\n序号\t姓名\t单位\n1\t岳明川\t城西街道 总工会\n区总工会\n"
    assert docx_text(_docx(body), "n.docx") == expected


def test_headers_and_the_files_properties_are_not_the_pages_text() -> None:
    core = "<cp:coreProperties><dc:creator>Administrator</dc:creator></cp:coreProperties>"
    data = _docx(_p("各基层工会：") + _p("现将有关事项通知如下。"), header="某某县总工会文件", core=core)
    text = docx_text(data, "n.docx")
    assert "文件" not in text and "Administrator" not in text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"PK\x03\x04 broken", "no readable zip"),
        (b"just text", "no readable zip"),
        (_docx("").replace(b"word/document.xml", b"word/documenX.xml"), "no word/document.xml"),
        (_docx("<w:p><w:r><w:t>未闭合</w:r></w:p>"), "damaged Word document"),
        (_docx(_p("") + _p("  ")), "empty Word document"),
    ],
)
def test_a_file_that_is_no_readable_word_document_says_why(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        docx_text(data, "n.docx")


def test_a_word_notice_is_read_as_an_article_and_a_bad_one_skipped(tmp_path: Path) -> None:
    body = _p("关于开展", "职工读书月活动的通知") + _p("各基层工会：")
    body += _p("区总工会定于4月23日在区图书馆举办职工读书分享会。")
    (tmp_path / "notice.docx").write_bytes(_docx(body))
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04")
    result = read_articles([str(tmp_path)])
    assert [a.headline for a in result.articles] == ["关于开展职工读书月活动的通知"]
    assert [e.path.endswith("broken.docx") for e in result.skipped] == [True]
