"""PowerPoint decks (.pptx): slides in the deck's order, their notes after them (kg.ingest.slide_files).

The decks are invented and written here, part by part, as PowerPoint and WPS write them."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import InputError
from kg.ingest import read_articles
from kg.ingest.slide_files import pptx_text

_NS = (
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
)
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def _sp(*paragraphs: str, ph: str | None = None) -> str:
    kind = "" if ph is None else f'<p:ph type="{ph}"/>' if ph else "<p:ph/>"
    paras = "".join(
        "<a:p>"
        + "".join(f"<a:r><a:rPr/><a:t>{r}</a:t></a:r>" if r != "<br>" else "<a:br/>" for r in p.split("|"))
        + "<a:endParaRPr/></a:p>"
        for p in paragraphs
    )
    return (
        f"<p:sp><p:nvSpPr><p:cNvPr/><p:cNvSpPr/><p:nvPr>{kind}</p:nvPr></p:nvSpPr><p:txBody>{paras}</p:txBody></p:sp>"
    )


def _table(*rows: list[str]) -> str:
    def cell(text: str) -> str:
        attrs = ' hMerge="1"' if text == "<h>" else ' vMerge="1"' if text == "<v>" else ""
        shown = "" if attrs else text
        return f"<a:tc{attrs}><a:txBody><a:p><a:r><a:t>{shown}</a:t></a:r></a:p></a:txBody></a:tc>"

    body = "".join("<a:tr>" + "".join(cell(c) for c in row) + "</a:tr>" for row in rows)
    return (
        "<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr/><p:nvPr/></p:nvGraphicFramePr><a:graphic><a:graphicData>"
        f"<a:tbl>{body}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>"
    )


def _slide(*shapes: str, show: bool = True) -> str:
    hidden = "" if show else ' show="0"'
    return f"<p:sld {_NS}{hidden}><p:cSld><p:spTree><p:nvGrpSpPr/>{''.join(shapes)}</p:spTree></p:cSld></p:sld>"


def _rels(*targets: tuple[str, str, str]) -> str:
    items = "".join(f'<Relationship Id="{i}" Type="{_TYPE}{t}" Target="{p}"/>' for i, t, p in targets)
    return f'<Relationships xmlns="{_RELS}">{items}</Relationships>'


def _pptx(
    slides: list[str], *, order: list[int] | None = None, notes: dict[int, str] | None = None, deck: str = ""
) -> bytes:
    """A deck whose slide parts are numbered as written and shown in ``order`` (indices);
    ``deck``: presentation.xml as given instead."""
    order = list(range(len(slides))) if order is None else order
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        ids = "".join(f'<p:sldId id="{256 + k}" r:id="rId{k + 2}"/>' for k in order)
        deck = deck or f"<p:presentation {_NS}><p:sldIdLst>{ids}</p:sldIdLst></p:presentation>"
        z.writestr("ppt/presentation.xml", deck)
        rels = [(f"rId{k + 2}", "slide", f"slides/slide{k + 1}.xml") for k in range(len(slides))]
        z.writestr("ppt/_rels/presentation.xml.rels", _rels(("rId1", "slideMaster", "slideMasters/m1.xml"), *rels))
        for k, slide in enumerate(slides):
            z.writestr(f"ppt/slides/slide{k + 1}.xml", slide)
            if notes and k in notes:
                z.writestr(
                    f"ppt/slides/_rels/slide{k + 1}.xml.rels",
                    _rels(
                        ("rId1", "slideLayout", "../slideLayouts/l1.xml"),
                        ("rId9", "notesSlide", f"/ppt/notesSlides/n{k}.xml"),
                    ),
                )
                z.writestr(f"ppt/notesSlides/n{k}.xml", notes[k])
        z.writestr("ppt/slideLayouts/l1.xml", _slide(_sp("单击此处添加标题", ph="title")))
    return buf.getvalue()


def _notes(*shapes: str) -> str:
    return _slide(*shapes).replace("<p:sld ", "<p:notes ").replace("</p:sld>", "</p:notes>")


def test_slides_follow_the_decks_order_title_first_runs_joined_and_furniture_left_out() -> None:
    first = _slide(
        _sp("全年新建工会|组织", "发展会员|<br>|2400人"),
        _sp("2027年工作回顾", ph="title"),
        _sp("8", ph="sldNum"),
        _sp("2027年12月", ph="dt"),
        _sp("鹤川县总工会", ph="ftr"),
    )
    second = _slide(_sp("下一步打算", ph="ctrTitle"), _sp("深化产改", ph=""))
    hidden = _slide(_sp("备用页", ph="title"), show=False)
    data = _pptx([second, first, hidden], order=[1, 0, 2])
    assert pptx_text(data, "d.pptx") == "2027年工作回顾\n全年新建工会组织\n发展会员\n2400人\n\n下一步打算\n深化产改\n"


def test_groups_tables_and_a_slides_speaker_notes_are_read_their_placeholders_left_out() -> None:
    group = (
        "<p:grpSp><p:nvGrpSpPr/><p:grpSpPr/>"
        + _sp("帮扶困难职工")
        + "<p:grpSp>"
        + _sp("发放慰问金")
        + "</p:grpSp></p:grpSp>"
    )
    alternate = (
        f"<mc:AlternateContent><mc:Choice>{_sp('图示')}</mc:Choice>"
        f"<mc:Fallback>{_sp('图示')}</mc:Fallback></mc:AlternateContent>"
    )
    table = _table(["项目", "人数", "金额"], ["春送岗位", "<h>", "—"], ["金秋助学", "35", "<v>"])
    slide = _slide(_sp("帮扶工作", ph="title"), group, alternate, table)
    notes = _notes(_sp("", ph="sldImg"), _sp("慰问金由县财政和工会经费共同列支。", ph="body"), _sp("3", ph="sldNum"))
    text = pptx_text(_pptx([slide], notes={0: notes}), "d.pptx")
    assert text == (
        "帮扶工作\n帮扶困难职工\n发放慰问金\n图示\n项目\t人数\t金额\n春送岗位\t—\n金秋助学\t35\n"
        "慰问金由县财政和工会经费共同列支。\n"
    )


def test_a_deck_saved_as_strict_open_xml_is_read_alike() -> None:
    strict = {
        "openxmlformats.org/presentationml/2006/main": "oclc.org/ooxml/presentationml/main",
        "openxmlformats.org/drawingml/2006/main": "oclc.org/ooxml/drawingml/main",
        "openxmlformats.org/officeDocument/2006/relationships": "oclc.org/ooxml/officeDocument/relationships",
    }
    notes = {0: _notes(_sp("会上表彰了先进集体。", ph="body"))}
    data = _pptx([_slide(_sp("双代会召开", ph="title"), _sp("选举产生新一届委员会"))], notes=notes)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            part = src.read(info).decode()
            for old, new in strict.items():
                part = part.replace(old, new)
            dst.writestr(info.filename, part)
    assert pptx_text(out.getvalue(), "d.pptx") == "双代会召开\n选举产生新一届委员会\n会上表彰了先进集体。\n"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"PK\x03\x04 broken", "no readable zip"),
        (_pptx([_slide(_sp("x"))]).replace(b"ppt/presentation.xml", b"ppt/presentatioX.xml"), "no ppt/presentation"),
        (_pptx([_slide(_sp("x"))], deck=f"<p:presentation {_NS}><p:sldIdLst"), "damaged PowerPoint deck"),
        (_pptx([_slide(_sp("8", ph="sldNum"))]), "empty PowerPoint deck"),
    ],
)
def test_a_file_that_is_no_readable_deck_says_why(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        pptx_text(data, "d.pptx")


def test_a_deck_is_built_into_an_article(tmp_path: Path) -> None:
    slide = _slide(
        _sp("枫亭镇总工会举办职工技能比武", ph="title"),
        _sp("5月9日，枫亭镇总工会在镇文体中心举办职工技能比武，80余名职工参加。"),
    )
    (tmp_path / "deck.pptx").write_bytes(_pptx([slide]))
    result = read_articles([str(tmp_path)])
    assert [a.headline for a in result.articles] == ["枫亭镇总工会举办职工技能比武"]
    out = tmp_path / "out"
    run = CliRunner().invoke(main, ["build", str(tmp_path / "deck.pptx"), "-o", str(out), "--no-cache", "--jobs", "1"])
    assert run.exit_code == 0, run.output
    assert "枫亭镇总工会" in (out / "graph.ttl").read_text(encoding="utf-8")


def test_a_title_set_over_two_lines_is_one_line_and_a_slide_numbers_field_is_left_out() -> None:
    """The title box's break (or second paragraph) is where the box was full: one title, the
    deck's headline whole; Latin words keep a space.  A text box holding the slide's number
    as a field (not a placeholder) is no text either."""
    number = (
        '<p:sp><p:nvSpPr><p:cNvPr/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:txBody><a:p><a:fld id="{1}" type="slidenum">'
        "<a:t>7</a:t></a:fld></a:p></p:txBody></p:sp>"
    )
    title = _slide(
        _sp("湄江县总工会2029年|<br>|职工服务工作要点", ph="ctrTitle"),
        _sp("汇报人：闻雁秋", ph="subTitle"),
        number,
    )
    latin = _slide(_sp("APP", "Guide|<br>|2029", ph="title"))
    assert pptx_text(_pptx([title, latin]), "d.pptx") == (
        "湄江县总工会2029年职工服务工作要点\n汇报人：闻雁秋\n\n\nAPP Guide 2029\n"
    )
