"""Damaged office packages (.odt, .ods, .odp, .pptx, .ofd, .docx): each mutation is read or refused in one line.

Small invented files of each format are damaged at random (a fixed seed): bytes flipped in
the zip and in its XML parts (stored, so that the damage reaches the XML parser and not only
the zip's checksums), the file cut short.  Every result is text or an InputError of one
line; never another exception (a traceback for the user).  A build of a damaged file
through the command line says one line and ends non-zero."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import InputError
from kg.ingest import CONTAINERS
from tests.ingest import test_ofd_files as ofd
from tests.ingest import test_open_documents as odf
from tests.ingest import test_slide_files as pptx
from tests.ingest import test_word_files as docx


def _samples() -> dict[str, bytes]:
    table = (
        "<table:table><table:table-row><table:table-cell>"
        + odf._p("甲")
        + "</table:table-cell></table:table-row></table:table>"
    )
    return {
        ".odt": odf._odf(odf._p("云岭镇<text:span>工会</text:span><text:s text:c='2'/>成立") + table),
        ".ods": odf._odf(table.replace("<table:table>", '<table:table table:name="名册">'), "spreadsheet"),
        ".odp": odf._odf("<draw:page>" + odf._frame("工作回顾", "title") + "</draw:page>", "presentation"),
        ".pptx": pptx._pptx(
            [pptx._slide(pptx._sp("工作回顾", ph="title"), pptx._table(["项目", "人数"], ["助学", "35"]))],
            notes={0: pptx._notes(pptx._sp("备注的话。", ph="body"))},
        ),
        ".ofd": ofd._ofd(ofd._page(ofd._text(20, 40, "第一行", delta="g 2 4"), ofd._text(20, 50, "第二行"))),
        ".docx": docx._docx(docx._p("云岭镇", "工会成立") + "<w:tbl>" + docx._row("项目", "人数") + "</w:tbl>"),
    }


def _stored(data: bytes) -> bytes:
    """The same package with its parts stored uncompressed (damage then reaches the XML)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info))
    return out.getvalue()


def _mutations(data: bytes, rng: random.Random, n: int) -> list[bytes]:
    found = []
    for k in range(n):
        b = bytearray(data)
        if k % 5 == 4:
            found.append(bytes(b[: rng.randrange(len(b))]))
            continue
        for _ in range(rng.randint(1, 8)):
            at = rng.randrange(len(b))
            b[at] = rng.choice([rng.randrange(256), ord("<"), ord(">"), ord("&"), 0])
        found.append(bytes(b))
    return found


@pytest.mark.parametrize("suffix", [".odt", ".ods", ".odp", ".pptx", ".ofd", ".docx"])
def test_a_damaged_package_is_text_or_one_line_saying_why(suffix: str) -> None:
    rng = random.Random(20261207)
    good = _samples()[suffix]
    read = CONTAINERS[suffix]
    assert read(good, f"x{suffix}").strip()
    refused = 0
    for data in [*_mutations(good, rng, 150), *_mutations(_stored(good), rng, 250)]:
        try:
            text = read(data, f"x{suffix}")
        except InputError as exc:
            refused += 1
            assert "\n" not in str(exc), str(exc)
        else:
            assert isinstance(text, str)
    assert refused > 0


def test_a_build_of_a_damaged_file_says_one_line_and_ends_non_zero(tmp_path: Path) -> None:
    good = _stored(_samples()[".ofd"])
    bad = tmp_path / "notice.ofd"
    bad.write_bytes(good.replace(b"<ofd:Pages>", b"<ofd:Pages<"))
    result = CliRunner().invoke(main, ["build", str(bad), "-o", str(tmp_path / "out"), "--no-cache", "--jobs", "1"])
    assert result.exit_code != 0
    assert "Traceback" not in result.output and "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if "notice.ofd" in line]
    assert len(errors) == 1 and "damaged OFD document" in errors[0], result.stderr
