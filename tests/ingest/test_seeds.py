"""The two seed pages, split and credited as a careful reader splits them.

Expected headlines, decks and credits were read off the pages by hand (see the brief
in the task): 000 is a plain-text newspaper page with PDF breaks and a slogan on top,
001 is the same kind of page saved as markdown.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from kg.ingest import read_articles

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
P000 = "000_ba22a2eb888b9f8c.txt"
P001 = "001_97bd104732207407.txt"

# (headline, decks, reporters, photographers)
EXPECTED_000 = [
    ("北京市服务工会第二届委员会第三次全体会议召开", ["在服务大局中不断开创产业工会工作新局面"], ["宗晓畅"], []),
    (
        "“天天都是4·15，携手共筑首都安全防线”主题宣讲活动举办",
        ["6名职工志愿者围绕政治安全、金融安全等主题开展宣讲"],
        ["张晶"],
        ["王辰阳"],
    ),
    ("建外街道总工会与昆明市西山区总工会交流工作", [], ["刘欣欣"], []),
    ("来广营社区卫生服务中心工会开展应急救护培训", [], ["刘欣欣"], []),
    ("经开区“亦城工匠日”主题活动举行", [], ["孙艳"], []),
    ("团建共学提技能", [], [], ["宗晓畅", "高岩"]),
]
EXPECTED_001 = [
    ("全国总工会组织开展全国职工国家安全教育宣讲比赛", [], ["白莹"], []),
    ("北京广播电视台工会举办首届职工足球赛", [], ["盛丽"], ["曹立栋"]),
    ("北京市服务工会系统工会干部培训班举办", [], ["张晶"], ["王辰阳"]),
    ("全国城市供水企业掀起学习劳模争当先进热潮", [], ["边磊"], []),
    ("海淀区总工会组织百名劳模先进义务植树", [], ["宗晓畅"], []),
    ("望京街道职工沟通会开办健康市集", [], ["刘欣欣"], []),
    ("香水园街道总工会为职工架起“沟通桥”", [], ["马超"], []),
]


@pytest.fixture(scope="module")
def result():
    return read_articles([str(SEEDS)])


def _of(result, name):
    return [a for a in result.articles if a.source.endswith(name)]


def test_counts(result):
    assert result.files == 2
    assert result.skipped == []
    assert len(_of(result, P000)) == 6
    assert len(_of(result, P001)) == 7


@pytest.mark.parametrize(("name", "expected"), [(P000, EXPECTED_000), (P001, EXPECTED_001)])
def test_headlines_decks_and_credits(result, name, expected):
    got = [(a.headline, a.decks, a.reporters, a.photographers) for a in _of(result, name)]
    assert got == expected


def test_bylines_and_outlets(result):
    for a in result.articles:
        if a.headline == "团建共学提技能":
            assert a.byline is None  # a photo story: its only credit is the last line
            continue
        assert a.byline == f"本报讯（记者 {a.reporters[0]}）"
        assert a.outlet == "本报"


def test_indexes_and_sources(result):
    for name in (P000, P001):
        arts = _of(result, name)
        assert [a.index for a in arts] == list(range(len(arts)))
        assert {a.source for a in arts} == {name}  # inside the folder given, wherever it lies


def test_slogan_belongs_to_no_article(result):
    for a in result.articles:
        assert "奋力开拓首都工会工作新局面" not in a.text


def test_pdf_breaks_are_joined(result):
    bodies = "\n".join(a.body for a in result.articles)
    for joined in (
        "深入学习贯彻习近平总书记",
        "示范引领者",
        "亦城工匠”代表携手",
        "不断开创产业工会工作新局面。在坚定",
        "举办技能人才高级研修班",
        "建外街道总工会相关负责人介绍。",
        "16名选手分别进入两个赛区",
        "将本次宣讲比赛作为",
        "不断深化产业工人队伍建设改革",
        "当好劳模精神",
        "首场宣讲活动，进一步加强",
    ):
        assert joined in bodies, joined


def test_paragraphs_are_whole_sentences(result):
    """Every body paragraph of these pages ends a sentence; no blank line survives."""
    for a in result.articles:
        assert "\n\n" not in a.text
        for para in a.body.split("\n"):
            assert para and para[-1] in "。！？”", (a.headline, para[-30:])


def test_credits_and_markup_are_out_of_the_body(result):
    for a in result.articles:
        assert not a.body.startswith(("本报讯", "（", "(", "**"))
        assert "**" not in a.text and "#" not in a.text
        for who in a.photographers:
            assert who not in a.body
        assert not a.body.rstrip().endswith(("摄", "摄影报道"))
    first = _of(result, P000)[0]
    assert first.body.startswith("近日，北京市服务工会第二届委员会第三次全体会议召开")
    last = _of(result, P000)[-1]
    assert last.body.startswith("近日，通州商业资产运营集团工会")
    assert last.body.endswith("增强团队的凝聚力和向心力。")


def test_offsets_point_at_the_same_characters(result):
    for a in result.articles:
        raw = (SEEDS / Path(a.source).name).read_text(encoding="utf-8")
        for i, ch in enumerate(a.text):
            if ch != "\n":
                assert raw[a.offsets.to_source(i)] == ch, (a.key, i)
        assert a.headline is not None
        span = raw[a.source_start : a.source_end]
        assert span.lstrip("# ").startswith(a.headline)


def test_articles_do_not_overlap(result):
    for name in (P000, P001):
        arts = _of(result, name)
        for prev, nxt in itertools.pairwise(arts):
            assert prev.source_end <= nxt.source_start


def test_date_argument_fills_in():
    res = read_articles([str(SEEDS / P000)], date="2025-04-08")
    assert {a.date for a in res.articles} == {"2025-04-08"}
    assert {a.date for a in read_articles([str(SEEDS / P000)]).articles} == {None}
