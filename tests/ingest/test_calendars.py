"""Saved iCalendar exports: each entry a record of one activity, the format's furniture no
entity, cancelled and planned entries no event (kg.ingest.calendars).

The calendar is invented (another province, other names)."""

from __future__ import annotations

from pathlib import Path

from kg.ingest import read_articles
from kg.ingest.calendars import looks_like_calendar

ICS = (
    "BEGIN:VCALENDAR\r\n"
    "VERSION:2.0\r\n"
    "PRODID:-//Lumen Soft//DeskCal 2.0//ZH\r\n"
    "X-WR-CALNAME:龙泉县总工会·活动日历\r\n"
    "BEGIN:VTIMEZONE\r\n"
    "TZID:Asia/Shanghai\r\n"
    "BEGIN:STANDARD\r\n"
    "DTSTART:19700101T000000\r\n"
    "END:STANDARD\r\n"
    "END:VTIMEZONE\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:0410-abc@lqzgh-cal.cn\r\n"
    "DTSTAMP:20310601T010000Z\r\n"
    "DTSTART;TZID=Asia/Shanghai:20310410T093000\r\n"
    "SUMMARY:龙泉县第二届职工厨艺比赛\r\n"
    "LOCATION:丽水市龙泉县剑池街道青瓷路18号 龙泉县职工文化宫\r\n"
    "ORGANIZER;CN=龙泉县总工会:mailto:wtb@lqzgh-cal.cn\r\n"
    "ATTENDEE;CN=叶青松;ROLE=CHAIR:mailto:wtb@lqzgh-cal.cn\r\n"
    "CATEGORIES:文体活动\r\n"
    "STATUS:CONFIRMED\r\n"
    "DESCRIPTION:【活动回顾】比赛由县总工会主办\\，县总工会副主席季\r\n"
    " 松岚致辞。来自全县企业的76名职工参加比赛。\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:0505-def@lqzgh-cal.cn\r\n"
    "DTSTAMP:20310601T010000Z\r\n"
    "DTSTART;VALUE=DATE:20310505\r\n"
    "SUMMARY:【已取消】龙泉县职工羽毛球赛\r\n"
    "LOCATION:丽水市龙泉县兰巨乡 兰巨乡文体中心\r\n"
    "STATUS:CANCELLED\r\n"
    "DESCRIPTION:因场地维修取消。\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:0720-ghi@lqzgh-cal.cn\r\n"
    "DTSTAMP:20310601T010000Z\r\n"
    "DTSTART;VALUE=DATE:20310720\r\n"
    "SUMMARY:龙泉县职工子女书法班\r\n"
    "STATUS:CONFIRMED\r\n"
    "DESCRIPTION:【招生预告】计划招收80人。\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:0503-jkl@lqzgh-cal.cn\r\n"
    "DTSTAMP:20310601T010000Z\r\n"
    "DTSTART;VALUE=DATE:20310503\r\n"
    "RRULE:FREQ=WEEKLY;COUNT=8\r\n"
    "SUMMARY:职工瑜伽课（每周六）\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:0520-mno@lqzgh-cal.cn\r\n"
    "DTSTAMP:20310601T010000Z\r\n"
    "DTSTART;VALUE=DATE:20310520\r\n"
    "SUMMARY:送法进企业宣讲会\r\n"
    "STATUS:TENTATIVE\r\n"
    "END:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def _read(tmp_path: Path, text: str, name: str = "calendar.txt"):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8", newline="")
    return read_articles([str(page)])


def test_a_calendar_is_told_by_its_content(tmp_path: Path) -> None:
    assert looks_like_calendar(ICS)
    assert not looks_like_calendar("龙泉县总工会举办比赛。BEGIN:VCALENDAR")
    for name in ("calendar.txt", "calendar.ics"):
        assert [a.headline for a in _read(tmp_path, ICS, name).articles][:2] == [
            "龙泉县第二届职工厨艺比赛",
            "龙泉县职工羽毛球赛",
        ]


def test_folds_rejoined_escapes_read_fields_labelled(tmp_path: Path) -> None:
    first = _read(tmp_path, ICS).articles[0]
    assert first.date == "2031-04-10"
    assert "县总工会副主席季松岚致辞" in first.body  # (the fold cut the name: 季 / 松岚)
    assert "主办，县总工会" in first.body  # (\\， read as ，)
    assert "时间：2031年4月10日" in first.body
    assert "地点：龙泉县职工文化宫" in first.body
    assert "地址：丽水市龙泉县剑池街道青瓷路18号" in first.body
    assert "主办单位：龙泉县总工会" in first.body
    assert "主持：叶青松" in first.body


def test_the_exports_furniture_is_no_text(tmp_path: Path) -> None:
    text = "\n".join(a.text for a in _read(tmp_path, ICS).articles)
    for furniture in ("Lumen", "PRODID", "UID", "mailto", "lqzgh", "DTSTAMP", "CONFIRMED", "文体活动", "Asia/Shanghai"):
        assert furniture not in text


def test_cancelled_tentative_future_and_repeating_entries_are_not_held(tmp_path: Path) -> None:
    held = {a.headline: not a.unheld for a in _read(tmp_path, ICS).articles}
    assert held == {
        "龙泉县第二届职工厨艺比赛": True,
        "龙泉县职工羽毛球赛": False,  # STATUS:CANCELLED
        "龙泉县职工子女书法班": False,  # after the export (DTSTAMP)
        "职工瑜伽课（每周六）": False,  # RRULE: a schedule
        "送法进企业宣讲会": False,  # STATUS:TENTATIVE
    }


def test_offsets_point_into_the_calendar(tmp_path: Path) -> None:
    first = _read(tmp_path, ICS).articles[0]
    at = first.body.index("季松岚")
    start = first.offsets.to_source(first.body_offset + at)
    assert ICS[start] == "季"


def test_a_broken_calendar_is_read_with_a_warning(tmp_path: Path) -> None:
    cut = ICS[: ICS.index("BEGIN:VEVENT\r\nUID:0505")] + "BEGIN:VEVENT\r\nSUMMARY:龙泉县职工拔河赛\r\n"
    res = _read(tmp_path, cut)
    assert [a.headline for a in res.articles] == ["龙泉县第二届职工厨艺比赛", "龙泉县职工拔河赛"]
    assert any("cut short" in str(n) for n in res.notes)


def test_an_entry_not_held_names_no_event(nlp, gaz, tmp_path: Path) -> None:
    from kg.extract.article import ArticleExtractor
    from kg.extract.page import infer_page
    from kg.model.article import article_id

    extractor = ArticleExtractor(gaz)
    events: dict[str, list[str]] = {}
    places: set[str] = set()
    for article in _read(tmp_path, ICS).articles:
        doc = nlp(article.text)
        facts = extractor.extract(doc, article, infer_page([doc], [article], gaz, None), article_id(article))
        events[article.headline or ""] = [e.ref.name for e in facts.events]
        places |= {ref.name for ref in facts.entities if ref.cls in ("Place", "Organization")}
        if not article.unheld:
            (held,) = facts.events
            assert held.date is not None and held.date[0].endswith("04-10")
            assert held.count is not None and held.count[0] == 76
    assert events["龙泉县职工羽毛球赛"] == []
    assert events["送法进企业宣讲会"] == []
    assert events["龙泉县职工子女书法班"] == []
    assert "兰巨乡文体中心" in places  # (an entry not held still names its venue)


def test_a_service_day_is_an_event(extract_text) -> None:
    """服务日 heads an event's name (“…”志愿服务日, 法律服务日), as 开放日 does."""
    facts = extract_text(
        "时间：2031年3月5日\n地点：剑池广场\n4月5日，县总工会在剑池广场开展志愿服务，42名志愿者参加。",
        headline="“学雷锋·职工在行动”志愿服务日",
        region="龙泉县",
        date="2031-03-05",
    )
    assert any(e.ref.name.endswith("志愿服务日") for e in facts.events)
