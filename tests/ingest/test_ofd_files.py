"""OFD documents (.ofd, GB/T 33190): pages' text in reading order by position (kg.ingest.ofd_files).

The documents are invented and written here, part by part, as converters write them: text
objects in any order, a character or a run per object, templates holding the running lines."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import InputError
from kg.ingest import read_articles
from kg.ingest.ofd_files import ofd_text

_NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'


def _text(x: float, y: float, text: str, *, size: float = 4.0, delta: str = "", ctm: str = "", code_xy=(0, 0)) -> str:
    """A text object whose box starts at (x, y - size) and whose code's baseline is at y."""
    extra = f' CTM="{ctm}"' if ctm else ""
    dx = f' DeltaX="{delta}"' if delta else ""
    cx, cy = code_xy
    return (
        f'<ofd:TextObject ID="1" Boundary="{x} {y - size} 200 {size * 1.5}" Font="3" Size="{size}"{extra}>'
        f'<ofd:TextCode X="{cx}" Y="{size + cy}"{dx}>{text}</ofd:TextCode></ofd:TextObject>'
    )


def _page(*objects: str, template: bool = False) -> str:
    tpl = '<ofd:Template TemplateID="9" ZOrder="Background"/>' if template else ""
    layer = "".join(objects)
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {_NS}>{tpl}<ofd:Area><ofd:PhysicalBox>0 0 210 297'
        f'</ofd:PhysicalBox></ofd:Area><ofd:Content><ofd:Layer ID="2" Type="Body">{layer}</ofd:Layer>'
        "</ofd:Content></ofd:Page>"
    )


def _ofd(*pages: str, template: str = "", absolute: bool = False, root: str = "Doc_0/Document.xml") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "OFD.xml",
            f'<ofd:OFD {_NS} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>x</ofd:DocID>'
            "<ofd:Title>属性里的标题</ofd:Title><ofd:Author>Admin</ofd:Author></ofd:DocInfo>"
            f"<ofd:DocRoot>{root}</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        )
        listed = "".join(
            f'<ofd:Page ID="{k + 10}" BaseLoc="{"/Doc_0/" if absolute else ""}Pages/Page_{k}/Content.xml"/>'
            for k in range(len(pages))
        )
        z.writestr(
            "Doc_0/Document.xml",
            f"<ofd:Document {_NS}><ofd:CommonData><ofd:MaxUnitID>99</ofd:MaxUnitID>"
            '<ofd:TemplatePage ID="9" BaseLoc="Tpls/Tpl_0/Content.xml"/></ofd:CommonData>'
            f"<ofd:Pages>{listed}</ofd:Pages><ofd:Annotations>Annots/Annotations.xml</ofd:Annotations></ofd:Document>",
        )
        for k, page in enumerate(pages):
            z.writestr(f"Doc_0/Pages/Page_{k}/Content.xml", page)
        if template:
            z.writestr("Doc_0/Tpls/Tpl_0/Content.xml", template)
        z.writestr("Doc_0/Signs/Signatures.xml", "<ofd:Signatures/>")
    return buf.getvalue()


def test_text_objects_are_read_in_reading_order_whatever_order_they_are_written_in() -> None:
    page = _page(
        _text(20, 60, "各基层工会："),
        _text(44, 40, "比赛的通知", size=6),
        _text(20, 40, "关于举办", size=6),  # (a line of two objects, written right one first)
        _text(20, 70, "现将有关事项"),
        _text(44, 70.3, "通知如下。"),  # (the same baseline within a fraction of the size)
        _text(20, 80, "联系人：尹秋禾", delta="g 6 4"),
        _text(90, 80, "电话：7731"),  # (far to the right: a tab, as a table's cells)
    )
    assert (
        ofd_text(_ofd(page), "n.ofd")
        == "关于举办比赛的通知\n各基层工会：\n现将有关事项通知如下。\n联系人：尹秋禾\t电话：7731\n"
    )


def test_a_character_per_object_is_joined_and_latin_words_keep_their_space() -> None:
    chars = [_text(20 + 4 * k, 50, ch) for k, ch in enumerate("职工之家")]
    latin = [_text(20, 60, "APP"), _text(29, 60, "download"), _text(45.5, 60, "下载")]
    assert ofd_text(_ofd(_page(*reversed(chars), *latin)), "n.ofd") == "职工之家\nAPP download下载\n"


def test_codes_place_their_text_inside_the_box_and_a_ctm_scales_it() -> None:
    page = _page(
        _text(20, 90, "第二行", code_xy=(0, 10)),  # (baseline 10 below the box's own: the line after)
        _text(20, 90, "第一行"),
        _text(10, 95, "居中", ctm="2 0 0 2 5 0", size=2),  # (drawn at x 10 + 5, twice as large)
    )
    assert ofd_text(_ofd(page), "n.ofd") == "第一行\n居中\n第二行\n"


def test_pages_follow_the_documents_list_and_templates_signatures_and_properties_stay_out() -> None:
    template = _page(_text(90, 290, "— 1 —"), _text(20, 10, "溪口县总工会办公室"))
    first = _page(_text(20, 40, "第一页的话。"), template=True)
    second = _page(_text(20, 40, "第二页的话。"), template=True)
    for absolute in (False, True):
        text = ofd_text(_ofd(first, second, template=template, absolute=absolute), "n.ofd")
        assert text == "第一页的话。\n第二页的话。\n"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"PK\x03\x04 broken", "no readable zip"),
        (_ofd(_page(_text(1, 1, "x"))).replace(b"OFD.xml", b"OFX.xml"), "no OFD.xml"),
        (_ofd(_page(_text(1, 1, "x")), root="Doc_0/Nothing.xml"), "no text in this OFD"),
        (_ofd(_page()), "no text in this OFD"),
        (_ofd("<ofd:Page"), "damaged OFD document"),
        (_ofd(_page(_text(1, 1, "x")), root="../../etc/Document.xml"), "no text in this OFD"),
    ],
)
def test_a_file_that_is_no_readable_ofd_with_text_says_why(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        ofd_text(data, "n.ofd")


def test_an_ofd_notice_is_built_into_an_article(tmp_path: Path) -> None:
    page = _page(
        _text(20, 60, "7月2日，岚溪县总工会在县职工服务中心举办职工心理健康讲座，"),
        _text(50, 30, "岚溪县总工会举办职工心理健康讲座", size=6),
        _text(20, 68, "120余名职工参加。"),
    )
    (tmp_path / "notice.ofd").write_bytes(_ofd(page))
    result = read_articles([str(tmp_path)])
    assert [a.headline for a in result.articles] == ["岚溪县总工会举办职工心理健康讲座"]
    out = tmp_path / "out"
    run = CliRunner().invoke(main, ["build", str(tmp_path / "notice.ofd"), "-o", str(out), "--no-cache", "--jobs", "1"])
    assert run.exit_code == 0, run.output
    assert "岚溪县总工会" in (out / "graph.ttl").read_text(encoding="utf-8")


def test_a_drawn_tables_cells_set_close_are_parted_but_a_runs_cut_and_its_letter_spacing_are_not() -> None:
    """Cells less than two characters apart are cells still when the gap is clearly wider than
    the letter spacing inside them; a run cut mid-word (no gap) and a spaced masthead cut in two
    (a gap as wide as its letter spacing) stay one."""
    row = [
        _text(20, 50, "7"),
        _text(28, 50, "邬晴川", delta="g 2 4"),  # (digit then Han 1.5 sizes apart: wider than a word space)
        _text(43, 50, "女"),  # (Han after Han 0.75 of a size apart)
        _text(50, 50, "土家族", delta="g 2 4"),
        _text(65, 50, "沅江县纺织厂挡车工", delta="g 8 4"),
    ]
    cut = [_text(20, 60, "职工之家建", delta="g 4 4"), _text(40, 60, "设稳步推进", delta="g 4 4")]
    spaced = [_text(20, 72, "沅江县总", size=10, delta="g 3 13"), _text(72, 72, "工会文件", size=10, delta="g 3 13")]
    latin = [_text(20, 82, "IT"), _text(27, 82, "support")]  # (a word space of 0.75 of a size)
    assert ofd_text(_ofd(_page(*row, *cut, *spaced, *latin)), "n.ofd") == (
        "7\t邬晴川\t女\t土家族\t沅江县纺织厂挡车工\n职工之家建设稳步推进\n沅江县总工会文件\nIT support\n"
    )
