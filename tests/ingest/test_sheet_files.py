"""Excel workbooks (.xlsx, and .xls of Excel 97–2003): their sheets' rows as text (kg.ingest.sheet_files).

The workbooks are invented and written here with openpyxl (and xlwt for .xls), as a union's staff fill them."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import read_articles
from kg.ingest.sheet_files import xls_text, xlsx_text
from tests.ingest.workbooks import workbook

ROSTER = [
    ["青川区基层工会主席名册"],
    [],
    ["序号", "单位", "姓名", "职务"],
    [1, "城南街道总工会", "郜立新", "主席"],
    [2.0, None, "韦晓岚", "副主席"],
]


def test_rows_are_lines_with_tab_parted_cells_and_numbers_without_decimals() -> None:
    text = xlsx_text(workbook(("Sheet1", ROSTER)), "r.xlsx")
    assert text == (
        "青川区基层工会主席名册\n\n序号\t单位\t姓名\t职务\n1\t城南街道总工会\t郜立新\t主席\n2\t\t韦晓岚\t副主席\n"
    )


def test_dates_are_days_and_a_named_sheet_heads_its_rows_when_there_are_several() -> None:
    data = workbook(
        ("一季度", [["日期", "活动"], [dt.datetime(2027, 3, 8), "女职工读书会"]]),
        ("Sheet2", [["日期", "活动"], [dt.datetime(2027, 4, 2, 14, 30), "职工趣味运动会"]]),
        ("Sheet3", []),
    )
    assert xlsx_text(data, "b.xlsx") == (
        "一季度\n\n日期\t活动\n2027-03-08\t女职工读书会\n\n日期\t活动\n2027-04-02 14:30\t职工趣味运动会\n"
    )


def test_a_ledger_sheet_is_given_as_csv_for_the_ledgers_reader() -> None:
    rows = [
        ["序号", "日期", "活动名称", "活动地点", "主办单位", "参加人数", "负责人", "备注"],
        [1, dt.date(2027, 6, 18), "职工技能培训", "县职教中心", "河口县总工会", 80, "赵明亮", None],
        [2, dt.date(2027, 6, 25), "困难职工走访", "河口镇", "河口县总工会", 12, "赵明亮", None],
        [3, dt.date(2027, 6, 29), "职工篮球赛", "县体育馆", "河口县总工会", 96, "赵明亮", "延期"],
    ]
    text = xlsx_text(workbook(("台账", rows)), "l.xlsx")
    assert text.splitlines()[1] == "1,2027-06-18,职工技能培训,县职教中心,河口县总工会,80,赵明亮,"
    result_rows = xlsx_text(workbook(("台账", rows[:2])), "l.xlsx")  # (one row: no ledger, a table as text)
    assert result_rows.splitlines()[1].count("\t") == 6


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"PK\x03\x04 broken", "not a readable Excel workbook"), (workbook(("Sheet1", [])), "empty Excel workbook")],
)
def test_a_file_that_is_no_workbook_with_text_says_why(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        xlsx_text(data, "x.xlsx")


def test_a_workbook_is_read_as_an_article(tmp_path: Path) -> None:
    (tmp_path / "roster.xlsx").write_bytes(workbook(("Sheet1", ROSTER)))
    result = read_articles([str(tmp_path)])
    assert [a.headline for a in result.articles] == ["青川区基层工会主席名册"]


def _xls(*sheets: tuple[str, list[list[object]]]) -> bytes:
    """An Excel 97–2003 workbook (BIFF8) as office systems still send them, written with xlwt."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    day = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for title, rows in sheets:
        ws = book.add_sheet(title)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if isinstance(value, dt.date):
                    ws.write(r, c, value, day)
                elif value is not None:
                    ws.write(r, c, value)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_an_old_excel_workbook_reads_as_a_new_one_does() -> None:
    rows = [["岷江区职工技能竞赛获奖名单"], [], ["序号", "姓名", "单位", "奖次", "日期"]]
    rows += [[1.0, "勾晓峰", "岷江区水务公司", "一等奖", dt.date(2027, 5, 12)], [2.0, "冶秀兰", None, "二等奖"]]
    data = _xls(("获奖名单", rows), ("说明", [["颁奖仪式另行通知"]]))
    assert xls_text(data, "w.xls") == (
        "获奖名单\n\n岷江区职工技能竞赛获奖名单\n\n序号\t姓名\t单位\t奖次\t日期\n"
        "1\t勾晓峰\t岷江区水务公司\t一等奖\t2027-05-12\n2\t冶秀兰\t\t二等奖\n\n说明\n\n颁奖仪式另行通知\n"
    )


def test_an_old_workbook_that_is_a_ledger_is_given_as_csv() -> None:
    rows = [
        ["序号", "日期", "活动名称", "活动地点", "主办单位", "参加人数", "负责人", "备注"],
        [1, dt.date(2027, 6, 18), "职工技能培训", "县职教中心", "河口县总工会", 80, "赵明亮", None],
        [2, dt.date(2027, 6, 25), "困难职工走访", "河口镇", "河口县总工会", 12, "赵明亮", None],
        [3, dt.date(2027, 6, 29), "职工篮球赛", "县体育馆", "河口县总工会", 96, "赵明亮", "延期"],
    ]
    assert xls_text(_xls(("Sheet1", rows)), "l.xls").splitlines()[2] == (
        "2,2027-06-25,困难职工走访,河口镇,河口县总工会,12,赵明亮,"
    )


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"\xd0\xcf\x11\xe0 broken", "not a readable Excel 97-2003 workbook"), (_xls(("Sheet1", [])), "empty Excel")],
)
def test_a_file_that_is_no_old_workbook_with_text_says_why(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        xls_text(data, "x.xls")


def test_an_old_workbook_is_read_as_an_article(tmp_path: Path) -> None:
    (tmp_path / "roster.xls").write_bytes(_xls(("Sheet1", ROSTER)))
    result = read_articles([str(tmp_path)])
    assert [a.headline for a in result.articles] == ["青川区基层工会主席名册"]


def test_a_cut_old_workbook_is_refused_without_noise_on_the_terminal(tmp_path: Path) -> None:
    # (in a process of its own: xlrd binds its log file to the stdout of when it is imported)
    cut = tmp_path / "cut.xls"
    cut.write_bytes(_xls(("Sheet1", ROSTER))[:2131])
    script = (
        "import sys\nfrom kg.ingest.sheet_files import xls_text\n"
        "try:\n    xls_text(open(sys.argv[1], 'rb').read(), 'c')\n"
        "except Exception as e:\n    print(type(e).__name__, file=sys.stderr)"
    )
    run = subprocess.run([sys.executable, "-c", script, str(cut)], capture_output=True, text=True, check=True)
    assert (run.stdout, run.stderr) == ("", "InputError\n")
