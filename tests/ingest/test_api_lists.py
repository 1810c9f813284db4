"""A news app's saved JSON list API: each item an article, its fields furniture (kg.ingest.api_lists).

All responses here are invented (another province, other names and fields)."""

from __future__ import annotations

import json
from pathlib import Path

from kg.ingest import read_articles
from kg.ingest.api_lists import looks_like_api_list

_ITEMS = [
    {
        "newsId": 88301,
        "newsTitle": "岚山县总工会举办职工乒乓球赛",
        "subTitle": "32支队伍参赛",
        "source_name": "岚山融媒",
        "author": "记者 司马晴川 通讯员 龚晓莉",
        "publish_time": 1938295800,
        "channel": "基层动态",
        "tags": ["文体活动", "岚山县"],
        "readCount": 4410,
        "newsContent": '<p style="text-indent:2em;">6月3日，岚山县总工会在县体育馆举办职工乒乓球赛。</p>'
        '\n<p><img src="/a.jpg" alt="比赛现场（龚晓莉 摄）"></p>',
    },
    {
        "newsId": 88297,
        "newsTitle": "竹溪镇工会走访困难职工",
        "subTitle": "",
        "source_name": "岚山融媒",
        "author": "竹溪镇工会 通讯员 卢巧云",
        "publishTimeStr": "2031-06-01 08:15:00",
        "newsContent": "5月31日，竹溪镇工会走访慰问困难职工12户。",
    },
]
RESPONSE = json.dumps({"code": 200, "message": "ok", "result": {"total": 212, "rows": _ITEMS}}, ensure_ascii=False)


def _read(tmp_path: Path, text: str, name: str = "list.txt"):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return read_articles([str(page)])


def test_a_list_response_is_told_by_its_keys() -> None:
    assert looks_like_api_list(RESPONSE)
    assert looks_like_api_list(json.dumps([{"headline": "某某", "body": "正文"}]))
    assert not looks_like_api_list('{"code": 0, "data": {"total": 3}}')
    assert not looks_like_api_list('岚山县总工会 "title": 一词 "content": 二词')


def test_each_item_is_an_article_with_its_headline_date_and_credits(tmp_path: Path) -> None:
    arts = _read(tmp_path, RESPONSE, "list.xml").articles  # (whatever the suffix, by content)
    assert [a.headline for a in arts] == ["岚山县总工会举办职工乒乓球赛", "竹溪镇工会走访困难职工"]
    assert arts[0].date == "2031-06-04"  # seconds since 1970 in China's time (UTC: 06-03 23:30)
    assert arts[1].date == "2031-06-01"
    assert arts[0].reporters == ["司马晴川", "龚晓莉"]
    assert arts[0].photographers == ["龚晓莉"]  # (only in the picture's alt)
    assert arts[1].reporters == ["卢巧云"]  # (the town's union before 通讯员 is no writer)


def test_the_items_fields_are_no_text_and_the_html_is_read(tmp_path: Path) -> None:
    arts = _read(tmp_path, RESPONSE).articles
    text = "\n".join(a.text for a in arts)
    for furniture in ("基层动态", "文体活动", "4410", "88301", "212", "text-indent", "<p"):
        assert furniture not in text
    assert "32支队伍参赛" in arts[0].text and arts[0].headline != "32支队伍参赛"  # (a subtitle is text)
    assert arts[0].outlet == "岚山融媒"  # (both items' source: whose list it is)


def test_offsets_point_into_the_escaped_source(tmp_path: Path) -> None:
    raw = json.dumps({"list": _ITEMS}, ensure_ascii=True, indent=2)  # (every 汉字 a \\uXXXX escape)
    art = _read(tmp_path, raw).articles[0]
    at = art.text.index("县体育馆")
    start = art.offsets.to_source(at)
    assert raw[start : start + 6] == "\\u53bf"  # 县


def test_items_of_several_outlets_give_the_page_none(tmp_path: Path) -> None:
    items = [dict(_ITEMS[0]), dict(_ITEMS[1], source_name="竹溪镇人民政府")]
    arts = _read(tmp_path, json.dumps({"data": {"list": items}}, ensure_ascii=False)).articles
    assert [a.outlet for a in arts] == [None, None]


def test_malformed_json_is_read_as_text_with_a_warning(tmp_path: Path) -> None:
    result = _read(tmp_path, RESPONSE[:-3] + "\n岚山县总工会举办职工乒乓球赛。")
    assert any("not well-formed" in str(n) for n in result.notes)
    assert result.articles and "岚山县总工会" in result.articles[0].text


def test_a_response_nested_too_deep_is_read_as_text(tmp_path: Path) -> None:
    deep = '{"title": "某某", "content": "正文", "x": ' + "[" * 5000 + "]" * 5000 + "}"
    result = _read(tmp_path, deep)
    assert any("not well-formed" in str(n) for n in result.notes)


def test_escapes_decode_with_their_offsets() -> None:
    from kg.ingest.api_lists import _string

    raw = '"a\\"b\\n\\u5cb3\\u5c71\\ud83d\\ude00x"'
    s = _string(raw, 0)
    assert s.text == 'a"b\n岳山😀x'
    assert [raw[i] for i in s.src] == ["a", "\\", "b", "\\", "\\", "\\", "\\", "x"]
    assert s.src[5:] == (raw.index("\\u5c71"), raw.index("\\ud83d"), raw.index("x"))  # (a pair: one character)
