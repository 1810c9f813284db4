"""Spreadsheets (``.xlsx``): a ledger, a roster or a directory as the workbook holds it.

Unions keep their ledgers of activities, lists of award winners and directories of cadres
in Excel and pass the workbook on.  Its cells are read as the spreadsheet program saves
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
        sheets = [(ws.title, _rows(ws, name)) for ws in book.worksheets]
    finally:
        book.close()
    sheets = [(title, rows) for title, rows in sheets if rows]
    if not sheets:
        raise InputError(name, "empty Excel workbook (no cell holds text)")
    if len(sheets) == 1:
        as_csv = _csv(sheets[0][1])
        if looks_like_ledger(as_csv) or looks_like_message_log(as_csv):
            return as_csv
    parts = []
    for title, rows in sheets:
        head = [] if len(sheets) == 1 or _DEFAULT_SHEET.match(title.strip()) else [title.strip(), ""]
        parts.append("\n".join([*head, *("\t".join(r) for r in rows)]))
    return "\n\n".join(parts) + "\n"


def _rows(ws: object, name: str) -> list[list[str]]:
    """A sheet's rows as text cells, trailing blank cells cut, blank rows at either end dropped."""
    rows: list[list[str]] = []
    for k, values in enumerate(ws.iter_rows(values_only=True)):  # type: ignore[attr-defined]
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
