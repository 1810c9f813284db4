"""A work ledger (工作台账) saved as CSV: each row one activity (kg.ingest.ledgers).

The ledger here is invented (another province, other names)."""

from __future__ import annotations

from pathlib import Path

from kg.ingest import read_articles
from kg.ingest.ledgers import looks_like_ledger

LEDGER = """崇仁县总工会2031年第一季度活动台账,,,,,,,,
序号,日期,活动名称,活动地点,主办单位,协办单位,参加人数,负责人,备注
1,2031/1/9,“冬日暖心”送温暖启动仪式,县职工服务中心,县总工会,"县民政局,县卫健委",约90人,邹明远（副主席）,
2,,职工法律咨询台,县职工服务中心,县总工会,抚临律师事务所,,"邹明远
（县总工会法律工作部部长）",与序号1同场
3,2031-02-17,“春风送岗”招聘会,县人力资源市场,县总工会,县人社局,2600人次,何晓岚,
4,3月6日,女职工插花沙龙,县总工会二楼会议室,县总工会,,"30组（约60人）",何晓岚,
5,3月20日,职工乒乓球赛,礼陂镇中学,县总工会,礼陂镇总工会,48,邹明远（副主席）,已取消（场地维修）
6,3月18日,户外劳动者义诊,巴山镇广场,县总工会,县中医院,,何晓岚,延期至3月25日
7,3月28日,职工法律讲座,礼陂镇文化站,礼陂镇总工会,,35,邹明远（法律工作部部长）,
合计,,,,,,约2800,,
填报人：何晓岚,,,,审核人：邹明远,,,填报日期：2031年4月2日,
"""


def _read(tmp_path: Path, text: str, name: str = "ledger.csv"):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return read_articles([str(page)])


def _article(tmp_path: Path, name: str = "ledger.txt"):
    (art,) = _read(tmp_path, LEDGER, name).articles
    return art


def test_a_ledger_is_told_by_its_header_row() -> None:
    assert looks_like_ledger(LEDGER)
    # prose with commas, or a table of other labels, is no ledger
    assert not looks_like_ledger("崇仁县总工会举办活动,职工参加,气氛热烈,效果良好,各方满意,下次再办,共同努力。\n")
    assert not looks_like_ledger("姓名,性别,民族,出生年月\n张三,男,汉,1980.1\n李四,女,汉,1982.3\n")


def test_title_row_is_the_headline_and_the_form_date_the_page_date(tmp_path: Path) -> None:
    art = _article(tmp_path)
    assert art.headline == "崇仁县总工会2031年第一季度活动台账"
    assert art.date == "2031-04-02"
    # the header, the 合计 row and the signature row are no text of the article
    assert not [w for w in ("序号", "合计", "填报人", "审核人", "约2800") if w in art.text]


def test_each_row_is_one_sentence_with_its_cells_in_place(tmp_path: Path) -> None:
    lines = [line for line in _article(tmp_path, "ledger.csv").body.split("\n") if line]
    first = lines[0]
    # a quoted cell holding a comma: two bodies; a date in the ledger's year; 约90人: 90
    assert first.startswith("2031年1月9日，县总工会主办、县民政局协办、县卫健委协办的“冬日暖心”送温暖启动仪式")
    assert "在县职工服务中心举行" in first and "90人参加" in first
    # a post naming no body is one at the row's host
    assert "负责人为：县总工会副主席邹明远" in first


def test_a_blank_date_a_broken_cell_visits_and_groups(tmp_path: Path) -> None:
    lines = [line for line in _article(tmp_path).body.split("\n") if line]
    second = next(line for line in lines if "法律咨询台" in line)
    assert second.startswith("2031年1月9日，")  # the row above's date (merged cells)
    assert "县总工会法律工作部部长邹明远" in second  # a line break in a cell is one person
    third = next(line for line in lines if "招聘会" in line)
    assert "人参加" not in third  # 2600人次 counts visits, not persons
    fourth = next(line for line in lines if "插花沙龙" in line)
    assert "60人参加" in fourth


def test_cancelled_and_postponed_rows(tmp_path: Path) -> None:
    text = _article(tmp_path).body
    assert "乒乓球赛" not in text  # cancelled: no activity named
    assert "县总工会、礼陂镇总工会" in text  # its bodies are still named
    assert "2031年3月25日，" in text and "3月18日" not in text  # held the day it was put off to


def test_offsets_point_into_the_ledger(tmp_path: Path) -> None:
    art = _article(tmp_path)
    at = art.text.index("县民政局")
    assert LEDGER[art.offsets.to_source(at) : art.offsets.to_source(at) + 4] == "县民政局"


def test_a_malformed_ledger_is_read_as_text_with_a_warning(tmp_path: Path) -> None:
    broken = LEDGER.replace('"县民政局,县卫健委"', '"县民政局,县卫健委', 1)  # a quote left open
    result = _read(tmp_path, broken)
    assert len(result.notes) == 1 and "not well formed" in str(result.notes[0])
    assert result.articles and any("县职工服务中心" in a.text for a in result.articles)


def test_the_rows_events_their_dates_organisers_and_counts(tmp_path: Path, extract_text) -> None:
    art = _article(tmp_path)
    facts = extract_text(art.body, headline=art.headline, region="抚州市", date=art.date)
    by_name = {e.ref.name: e for e in facts.events}
    first = next(e for n, e in by_name.items() if "启动仪式" in n)
    assert first.date is not None and first.date[0] == "2031-01-09"
    assert first.count is not None and first.count[0] == 90
    organisers = {r.name for r, _ in first.organizers}
    assert any("民政局" in o for o in organisers) and any("卫生健康" in o for o in organisers)
    assert not any("乒乓球赛" in n for n in by_name)  # cancelled: no event
    fair = next(e for n, e in by_name.items() if "招聘会" in n)
    assert fair.count is None  # 人次


def test_the_person_in_charge_takes_part(extract_text) -> None:
    # 负责人为：X, as a ledger's row is written (or a notice's): X is at the event
    text = "3月5日，南丰县总工会主办的职工读书会在县图书馆举行，负责人为：县总工会副主席甘立新。"
    facts = extract_text(text, region="抚州市", date="2031-03-10")
    (event,) = [e for e in facts.events if "读书会" in e.ref.name]
    assert [r.name for r, _ in event.participants] == ["甘立新"]


def test_a_clipped_post_is_the_fuller_one_another_row_gives(tmp_path: Path) -> None:
    lines = [line for line in _article(tmp_path).body.split("\n") if line]
    talk = next(line for line in lines if "法律讲座" in line)
    # 法律工作部部长 is 县总工会法律工作部部长 (row 2), not an office at the row's host
    assert "负责人为：县总工会法律工作部部长邹明远" in talk
