"""OFD documents (``.ofd``, GB/T 33190): a notice or a report in China's fixed-layout format.

Government and union sites publish notices and reports as OFD where they once put a PDF,
and office systems file them so.  An OFD is a zip: ``OFD.xml`` names each document's root
(``ofd:DocBody/ofd:DocRoot``, its ``ofd:DocInfo`` being the file's properties, not text),
the document's ``Document.xml`` lists its pages in order (``ofd:Pages/ofd:Page BaseLoc``),
and each page's ``Content.xml`` holds layers of text objects: ``ofd:TextObject`` with a
``Boundary="x y w h"`` (millimetres from the page's top left), a ``Size`` and an optional
``CTM``, holding ``ofd:TextCode`` runs placed at ``X``, ``Y`` (the baseline) inside it.
A path in a BaseLoc is relative to the file that names it (from the package's root when
it starts with ``/``).

Converters write the objects in any order (by font, by layer, a character per object), so
the text is put in reading order by position, as a viewer's copy gives it: runs on one
baseline (within a fraction of their size) are a line, read left to right; lines top to
bottom; a gap of two characters or more within a line a tab (a table's cells, a signature's
name and date, so that the readers of table rows read them); a page's lines after the
previous page's.  A narrower gap between two runs is a cell's edge too when it is clearly
wider than the letter spacing inside either run: half a character between Han text (which
has no word spaces: a converter's cut inside a word leaves no gap at all), a whole one where
Latin letters or digits border it (a word space is narrower); a drawn table's cells are
often set that close (性别 民族 工作单位).  The text then goes through the repairs of any text a fixed layout gives
(kg.ingest.repair), as a PDF's does.

Left out: templates (``ofd:Template``, the running header, footer and page number every
page repeats, as the Word reader leaves headers out), signatures and seals (``Signs``),
annotations (``Annots``), attachments, pictures and paths.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from kg.errors import InputError
from kg.ingest.zip_parts import Package, local, resolve

_KIND = "OFD document"
_ROOT = "OFD.xml"
# the most pages and text runs read: a long report has a few hundred pages
MAX_PAGES = 5000
MAX_RUNS = 2_000_000
# a run's baseline within this part of its size of a line's is on that line
_SAME_LINE = 0.45
# a gap of this many character sizes (or more) within a line parts it with a tab
_TAB_GAP = 2.0
# a gap this much wider (in sizes) than the runs' own letter spacing parts two cells: between
# Han text, and where a Latin letter or digit borders it (wider than a word space)
_CELL_GAP = 0.5
_LATIN_CELL_GAP = 1.0
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ASCII_WORD = re.compile(r"[0-9A-Za-z]")


@dataclass
class _Run:
    x: float  # left edge, page millimetres
    y: float  # baseline
    end: float  # right edge (estimated from its advances)
    size: float
    text: str
    spacing: float = 0.0  # the widest letter spacing inside it (an advance beyond its glyph)


def ofd_text(data: bytes, name: str) -> str:
    """The text of an OFD's pages in reading order; raises InputError saying why the bytes
    are no readable OFD with text."""
    package = Package(data, name, _KIND, ".ofd")
    if not package.has(_ROOT):
        raise InputError(name, f"not an {_KIND} (no {_ROOT} in the package)")
    pages: list[str] = []
    for body in _children(package.xml(_ROOT), "DocBody"):
        root = next((el for el in body if local(el) == "DocRoot"), None)
        doc_part = _part(package, _ROOT, root.text if root is not None else "")
        if not doc_part:
            continue
        for page_part in _pages(package, doc_part, name):
            runs = list(_runs(package.xml(page_part), name))
            pages.append("\n".join(_lines(runs)))
    text = "\n".join(p for p in pages if p.strip()).strip("\n")
    if not text.strip():
        raise InputError(name, f"no text in this {_KIND} (pages of images, a scan? run OCR on it first)")
    return text + "\n"


def _children(el: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in el if local(c) == name]


def _part(package: Package, base: str, target: str | None) -> str:
    """The part a BaseLoc names, relative to ``base`` (else, as some writers put it, from the root)."""
    if not target or not target.strip():
        return ""
    for part in (resolve(base, target), resolve("", target)):
        if part and package.has(part):
            return part
    return ""


def _pages(package: Package, doc_part: str, name: str) -> Iterator[str]:
    pages = [p for el in _children(package.xml(doc_part), "Pages") for p in _children(el, "Page")]
    if len(pages) > MAX_PAGES:
        raise InputError(name, f"{_KIND} too long (over {MAX_PAGES} pages), not read")
    for page in pages:
        part = _part(package, doc_part, page.get("BaseLoc"))
        if part:
            yield part


def _runs(page: etree._Element, name: str) -> Iterator[_Run]:
    """The text runs of a page's content layers (templates not followed)."""
    count = 0
    for content in _children(page, "Content"):
        for obj in content.iter("{*}TextObject"):  # (in layers and page blocks, whatever the namespace)
            for run in _object_runs(obj):
                count += 1
                if count > MAX_RUNS:
                    raise InputError(name, f"{_KIND} page too large (over {MAX_RUNS} text runs), not read")
                yield run


def _object_runs(obj: etree._Element) -> Iterator[_Run]:
    box = _numbers(obj.get("Boundary"), 4)
    ctm = _numbers(obj.get("CTM"), 6) if obj.get("CTM") else [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    if box is None or ctm is None:
        return
    a, b, c, d, e, f = ctm
    scale = abs(d) or abs(a) or 1.0
    size = abs(_float(obj.get("Size"), 3.5)) * scale or 3.5
    x = y = 0.0
    for code in obj.iterchildren("{*}TextCode"):
        text = code.text or ""
        x = _float(code.get("X"), x)
        y = _float(code.get("Y"), y)
        steps = _steps(code.get("DeltaX"), text, size / scale)
        width = _advance(steps, text, size / scale) * abs(a or 1.0)
        spacing = _spacing(steps, text, size / scale) * abs(a or 1.0)
        px, py = a * x + c * y + e, b * x + d * y + f
        if text.strip():
            yield _Run(box[0] + px, box[1] + py, box[0] + px + width, size, text, spacing)
        x += width / abs(a or 1.0)  # (a code without X goes on where the last ended)


def _numbers(value: str | None, n: int) -> list[float] | None:
    found = [_float(v, 0.0) for v in _NUMBER.findall(value or "")]
    return found[:n] if len(found) >= n else None


def _float(value: str | None, default: float) -> float:
    try:
        number = float(value) if value is not None else default
    except ValueError:
        return default
    return number if abs(number) < 1e7 else default


def _steps(delta: str | None, text: str, size: float) -> list[float]:
    """A run's glyph advances as its ``DeltaX`` gives them (numbers, ``g N D`` for N advances
    of D), at most one fewer than its characters."""
    steps: list[float] = []
    tokens = (delta or "").split()
    k = 0
    while k < len(tokens) and len(steps) < len(text):
        if tokens[k] == "g" and k + 2 < len(tokens):
            times = int(_float(tokens[k + 1], 1))
            steps.extend([_float(tokens[k + 2], size)] * max(0, min(times, len(text))))
            k += 3
        else:
            steps.append(_float(tokens[k], size))
            k += 1
    return steps[: max(len(text) - 1, 0)]


def _glyphs(text: str, size: float) -> list[float]:
    """Glyph widths when nothing says: a full-width character a size, any other half."""
    return [size if ord(ch) > 0x2E7F else size / 2 for ch in text]


def _advance(steps: list[float], text: str, size: float) -> float:
    """A run's width: its glyphs' advances and the last glyph's size."""
    if not text:
        return 0.0
    guess = _glyphs(text, size)
    return sum(steps[k] if k < len(steps) else guess[k] for k in range(len(text) - 1)) + guess[-1]


def _spacing(steps: list[float], text: str, size: float) -> float:
    """The widest letter spacing inside a run: an advance beyond its glyph's width."""
    return max((step - glyph for step, glyph in zip(steps, _glyphs(text, size), strict=False)), default=0.0)


def _lines(runs: list[_Run]) -> Iterator[str]:
    """Runs in reading order: a line per baseline (top to bottom), left to right within it."""
    runs.sort(key=lambda r: (r.y, r.x))
    line: list[_Run] = []
    for run in runs:
        if line and abs(run.y - line[0].y) > _SAME_LINE * max(run.size, line[0].size):
            yield _joined(line)
            line = []
        line.append(run)
    if line:
        yield _joined(line)


def _joined(line: list[_Run]) -> str:
    line.sort(key=lambda r: r.x)
    out = line[0].text
    end = line[0].end
    spacing = line[0].spacing
    for run in line[1:]:
        gap = run.x - end
        size = max(run.size, 0.1)
        latin = bool(_ASCII_WORD.match(run.text[:1]) or _ASCII_WORD.match(out[-1:]))
        cell = (_LATIN_CELL_GAP if latin else _CELL_GAP) * size + max(spacing, run.spacing, 0.0)
        if gap >= min(_TAB_GAP * size, cell):
            out += "\t"
        elif gap >= 0.3 * size and latin:
            out += " "
        out += run.text
        end = max(end, run.end)
        spacing = run.spacing
    return out.strip()
