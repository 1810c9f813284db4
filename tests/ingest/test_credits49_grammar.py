"""Credits of session 49's pages (invented names): a news video's closing credits.

A. A closing credit cue prints a label and its names on each of its lines (编导：X over
   摄像：Y  Z): each line is a credit of its own, never run into the next one's label.
B. 编导 (a video's writer-director) credits the writer; 摄像 and 航拍 the camera, each name of
   a run split by spaces; 监制, 策划, 剪辑, 配音, 鸣谢 are staff or thanks, credited to no one, and
   a studio after 航拍 is a unit, no person.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import read_articles
from kg.ingest.bylines import labelled_credit_line
from kg.ingest.subtitles import read_subtitles

# a track of a news video from another town, its closing credits two labels a cue
SRT = """1
00:00:01,000 --> 00:00:03,000
湖畔茶园开采忙

2
00:00:04,000 --> 00:00:06,000
4月8日 青溪县总工会在云岭镇

3
00:00:06,100 --> 00:00:08,800
举办采茶技能比赛 共有52名职工参加

4
00:00:12,000 --> 00:00:14,000
监制：闵若川
策划：祁东篱

5
00:00:14,100 --> 00:00:16,000
编导：骆晴川
摄像：符星野  管澄溪

6
00:00:16,100 --> 00:00:18,000
航拍：云岭飞鹰航拍工作室
剪辑：岑柳白

7
00:00:18,100 --> 00:00:20,000
配音：AI主播“小青”
鸣谢：青溪县云岭茶业有限公司
"""


def test_a_cue_of_credit_labels_is_a_line_each() -> None:
    blocks = [b.text.text for b in read_subtitles(SRT)[0].blocks]
    assert "编导：骆晴川" in blocks and any(b.startswith("摄像：符星野") for b in blocks)
    assert not any("骆晴川摄像" in b or "闵若川策划" in b for b in blocks)


def test_the_videos_writer_and_camera_are_credited(tmp_path: Path) -> None:
    page = tmp_path / "video.srt"
    page.write_text(SRT, encoding="utf-8")
    arts = read_articles([str(page)]).articles
    reporters = {n for a in arts for n in a.reporters}
    photographers = {n for a in arts for n in a.photographers}
    assert reporters == {"骆晴川"} and photographers == {"符星野", "管澄溪"}
    assert not any("鸣谢" in a.body for a in arts)  # (thanks: a staff line, no text)


@pytest.mark.parametrize(
    ("line", "reporters", "photographers"),
    [
        ("编导：骆晴川", ["骆晴川"], []),
        ("摄像：符星野  管澄溪", [], ["符星野", "管澄溪"]),
        ("航拍：符星野", [], ["符星野"]),
    ],
)
def test_video_credit_labels(line: str, reporters: list[str], photographers: list[str]) -> None:
    c = labelled_credit_line(line)
    assert c is not None and c.reporters == reporters and c.photographers == photographers


@pytest.mark.parametrize(
    "line",
    [
        "航拍：云岭飞鹰航拍工作室",
        "鸣谢：青溪县云岭茶业有限公司",
        "鸣谢：祁东篱",
        "配音：AI主播“小青”",
        "监制：闵若川",
        "剪辑：岑柳白",
    ],
)
def test_staff_thanks_and_studios_credit_no_one(line: str) -> None:
    assert labelled_credit_line(line) is None
