"""Excel workbooks written by the tests: named sheets of rows, as bytes (openpyxl)."""

from __future__ import annotations

import io

import openpyxl


def workbook(*sheets: tuple[str, list[list[object]]]) -> bytes:
    """A workbook with these sheets (title, rows), in this order."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        ws = book.create_sheet(title)
        for row in rows:
            ws.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
