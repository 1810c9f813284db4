"""A video's subtitle track (SubRip, WebVTT): the words said, in paragraphs; the cue
numbers, time lines and tags no text (kg.ingest.subtitles).

The tracks are invented (another city, other names)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import read_articles
from kg.ingest.subtitles import looks_like_subtitles, read_subtitles

# a track without punctuation: a space where a comma would be, a sentence cut by cue ends
SRT = """1
00:00:01,000 --> 00:00:03,000
职工书屋开进工地

2
00:00:05,000 --> 00:00:07,200
近日 江东区总工会在滨江街道

3
00:00:07,300 --> 00:00:09,800
<i>举办职工读书分享会</i>

4
00:00:09,900 --> 00:00:12,000
共有60余名职工参加

5
00:00:13,000 --> 00:00:15,000
林晓彤
区总工会副主席

6
00:00:15,100 --> 00:00:17,000
{\\an8}读书让我们走得更远

7
00:00:20,000 --> 00:00:21,000
编导：苏明远

8
00:00:21,100 --> 00:00:22,000
摄像：钟楚文
"""

# a track with punctuation: cues without an end run on into the next
VTT = """WEBVTT

NOTE 由剪辑软件导出

intro
00:01.000 --> 00:04.000
<v 旁白>4月9日上午，南湖区总工会在

00:04.100 --> 00:07.000
南湖区职工服务中心举办法律知识讲座。
"""


def _blocks(text: str) -> list[str]:
    return [b.text.text for b in read_subtitles(text)[0].blocks]


def test_a_track_is_told_by_its_time_lines() -> None:
    assert looks_like_subtitles(SRT) and looks_like_subtitles(VTT)
    assert not looks_like_subtitles("会议时间：09:00:00,000 --> 会后\n江东区总工会召开会议。")


def test_cues_run_on_in_paragraphs_and_get_the_commas_a_track_leaves_out() -> None:
    blocks = _blocks(SRT)
    assert blocks[0] == "职工书屋开进工地"  # (a pause after it: a line of its own)
    # a space and a cue's end are commas; a cue opening with a venue's verb runs on (在X | 举办)
    assert blocks[1] == "近日，江东区总工会在滨江街道举办职工读书分享会，共有60余名职工参加。"


def test_a_caption_and_a_label_cue_are_lines_of_their_own() -> None:
    blocks = _blocks(SRT)
    # a name over its title (though it follows closely): the chain before the name, as a
    # report prints a person's offices
    assert "区总工会副主席林晓彤。" in blocks
    assert "读书让我们走得更远" in blocks  # (the caption's neighbour is no part of it)
    assert blocks[-2:] == ["编导：苏明远", "摄像：钟楚文"]


@pytest.mark.parametrize(
    ("cue", "line"),
    [
        ("苏明远\n区委常委、宣传部部长，区总工会主席", "区委常委、宣传部部长，区总工会主席苏明远。"),
        # near-misses: a title line of parts set apart by gaps, or one ending with no title,
        # stays after the name
        ("钟楚文\n江东农业研究所 高级农艺师 裁判长", "钟楚文　江东农业研究所 高级农艺师 裁判长"),
        ("祁雨桐\n滨江街道桃农", "祁雨桐　滨江街道桃农"),
    ],
)
def test_a_lower_thirds_title_chain_is_written_before_the_name(cue: str, line: str) -> None:
    track = f"1\n00:00:01,000 --> 00:00:03,000\n{cue}\n\n2\n00:00:09,000 --> 00:00:10,000\n读书让我们走得更远。\n"
    assert line in _blocks(track)


def test_a_punctuated_track_runs_cues_on_without_a_comma() -> None:
    assert _blocks(VTT) == ["4月9日上午，南湖区总工会在南湖区职工服务中心举办法律知识讲座。"]


@pytest.mark.parametrize(("name", "text"), [("video.srt", SRT), ("video.vtt", VTT), ("video.txt", SRT)])
def test_the_formats_marks_are_no_text_and_offsets_point_into_the_file(tmp_path: Path, name: str, text: str) -> None:
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    res = read_articles([str(page)])
    assert not res.skipped
    body = "\n".join(a.text for a in res.articles)
    for mark in ("-->", "00:0", "<i>", "an8", "WEBVTT", "NOTE", "旁白", "intro"):
        assert mark not in body
    article = next(a for a in res.articles if "总工会" in a.body)
    at = article.body.index("总工会")
    assert text[article.offsets.to_source(article.body_offset + at)] == "总"
