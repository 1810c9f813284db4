"""Spreadsheets (``.xlsx``, and ``.xls`` of Excel 97–2003): a ledger, a roster or a directory as the workbook holds it.

Unions keep their ledgers of activities, lists of award winners and directories of cadres
in Excel and pass the workbook on, many still in the older binary format (``.xls``), which
office systems and WPS keep writing.  Its cells are read as the spreadsheet program saves
them as text: a line per row, the cells parted by tabs (a date cell as its day, a whole
number without decimals, a formula as the value it last showed); a sheet's blank rows
end paragraphs, and a workbook of several sheets puts each sheet's own name (not Sheet1)
over its rows.  A single sheet that is a ledger or a log of sent messages by its header
row is given as CSV instead, so that their readers (kg.ingest.ledgers, message_logs)
write its rows as the sentences they stand for.  Offsets of evidence count in the text
this reader gives.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable

from kg.errors import InputError
from kg.ingest.ledgers import looks_like_ledger
from kg.ingest.message_logs import looks_like_message_log

# the most rows read of a sheet: a union's ledger has hundreds; a sheet of a million rows
# is some program's data, not a page
MAX_ROWS = 50_000
# the names a program gives sheets nobody named: no heading
_DEFAULT_SHEET = re.compile(r"^(?:sheet|工作表|表)\s*\d*$", re.I)


def xlsx_text(data: bytes, name: str) -> str:
    """The text of a workbook's sheets; raises InputError saying why the bytes are no
    readable workbook with text."""
    import openpyxl  # (loaded only when a workbook is read)

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # (a damaged zip or part: each kind is "cannot read")
        raise InputError(name, f"not a readable Excel workbook ({type(exc).__name__}: {exc})") from None
    try:
        sheets = [(ws.title, sheet_rows(ws.iter_rows(values_only=True), name)) for ws in book.worksheets]
    finally:
        book.close()
    return sheets_text(sheets, name)


def xls_text(data: bytes, name: str) -> str:
    """The text of an Excel 97–2003 workbook's sheets (``.xls``, read with xlrd); raises
    InputError saying why the bytes are no readable workbook with text."""
    import xlrd  # (loaded only when a workbook is read)

    try:
        # (xlrd prints each quirk of a damaged file to its log file, stdout unless told:
        # what matters to the user is an InputError, the rest would be noise in kg's output)
        book = xlrd.open_workbook(file_contents=data, on_demand=True, logfile=io.StringIO())
    except Exception as exc:  # (a damaged file or an .xlsx renamed: each kind is "cannot read")
        raise InputError(name, f"not a readable Excel 97-2003 workbook ({type(exc).__name__}: {exc})") from None
    try:
        sheets = []
        for k in range(book.nsheets):
            ws = book.sheet_by_index(k)
            rows = ([_xls_value(c, book.datemode) for c in ws.row(r)] for r in range(ws.nrows))
            sheets.append((ws.name, sheet_rows(rows, name)))
    except InputError:
        raise
    except Exception as exc:  # (a sheet damaged past the workbook's header)
        raise InputError(name, f"damaged Excel 97-2003 workbook ({type(exc).__name__}: {exc})") from None
    finally:
        book.release_resources()
    return sheets_text(sheets, name)


def _xls_value(cell: object, datemode: int) -> object:
    """A cell's value as openpyxl would give it: a date cell as a date, an error as nothing."""
    import xlrd

    kind, value = cell.ctype, cell.value  # type: ignore[attr-defined]
    if kind == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate.xldate_as_datetime(value, datemode)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return value
    if kind in (xlrd.XL_CELL_ERROR, xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return None
    if kind == xlrd.XL_CELL_BOOLEAN:
        return bool(value)
    return value


def sheets_text(sheets: list[tuple[str, list[list[str]]]], name: str, kind: str = "Excel workbook") -> str:
    """A workbook's sheets as text (also an OpenDocument spreadsheet's, kg.ingest.open_documents)."""
    sheets = [(title, rows) for title, rows in sheets if rows]
    if not sheets:
        raise InputError(name, f"empty {kind} (no cell holds text)")
    if len(sheets) == 1:
        as_csv = _csv(sheets[0][1])
        if looks_like_ledger(as_csv) or looks_like_message_log(as_csv):
            return as_csv
    parts = []
    for title, rows in sheets:
        head = [] if len(sheets) == 1 or _DEFAULT_SHEET.match(title.strip()) else [title.strip(), ""]
        parts.append("\n".join([*head, *("\t".join(r) for r in rows)]))
    return "\n\n".join(parts) + "\n"


def sheet_rows(values_by_row: Iterable[Iterable[object]], name: str) -> list[list[str]]:
    """A sheet's rows as text cells, trailing blank cells cut, blank rows at either end dropped."""
    rows: list[list[str]] = []
    for k, values in enumerate(values_by_row):
        if k >= MAX_ROWS:
            raise InputError(name, f"Excel sheet too long (over {MAX_ROWS} rows), not read")
        cells = [_cell(v) for v in values]
        while cells and not cells[-1]:
            cells.pop()
        rows.append(cells)
    while rows and not rows[-1]:
        rows.pop()
    while rows and not rows[0]:
        rows.pop(0)
    return rows


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def _csv(rows: list[list[str]]) -> str:
    width = max(len(r) for r in rows)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for r in rows:
        writer.writerow(r + [""] * (width - len(r)))
    return out.getvalue()
