"""Items of one event counted in its sentence (kg.extract.tallies, kg.extract.event_counts):

- I1 a name counted right before it by two or more at the end of a list (参加拔河、跳绳等6个
  项目比赛) is the items of the event the paragraph tells, not an event of its own; one
  counted by 一 (举办了一场篮球赛) is one event.
- I2 a sum of people taking part in such items (共312名职工参加A、B等6个项目比赛) is the count
  of the main event; not without the word of a sum, nor when the clause names another event.
- M1 (below) one event told twice on its day, once with words left out, is one event.

Every case is invented.  Keys as in ``tests.extract.facts_view.check_event``.
"""

from __future__ import annotations

import pytest

from tests.extract.facts_view import check_event

C = pytest.param

CASES = [
    C(
        "6月8日，由嘉兴秀禾纺织有限公司工会主办的“秀禾家庭日”在南湖区月河历史街区举行。"
        "来自四个车间的18支代表队共240名职工参加拔河、踢毽子等7个项目比赛。",
        "嘉兴市",
        {"ev": "家庭日", "date": "06-08", "count": 240},
        id="i2-sum-of-items-counts-the-day",
    ),
    C(
        "6月8日，由嘉兴秀禾纺织有限公司工会主办的“秀禾家庭日”在南湖区月河历史街区举行。"
        "来自四个车间的18支代表队共240名职工参加拔河、踢毽子等7个项目比赛。",
        "嘉兴市",
        {"none": "项目比赛"},
        id="i1-counted-items-no-event",
    ),
    C(
        "4月12日，淮安市清江浦区总工会举办了一场职工篮球赛，60名职工参加。",
        "淮安市",
        {"ev": "篮球赛", "date": "04-12", "count": 60},
        id="near-i1-one-match-is-an-event",
    ),
    C(
        "6月8日，由嘉兴秀禾纺织有限公司工会主办的“秀禾家庭日”在南湖区月河历史街区举行。"
        "240名职工参加拔河、踢毽子等7个项目比赛。",
        "嘉兴市",
        {"ev": "家庭日", "nocount": 240},
        id="near-i2-no-sum",
    ),
]


@pytest.mark.parametrize(("text", "region", "want"), CASES)
def test_items_of_an_event(extract_text, text, region, want):
    check_event(extract_text(text, region=region, date="2027-06-20"), want)


# M1 one event told twice on its day, the second time with words left out (a headline's
# 桐庐职工子女爱心托管班 over the lead's 2027年桐庐县职工子女暑期爱心托管班): one event; two
# events of different days keep apart.
MERGED = [
    C(
        "桐庐职工子女爱心托管班开班\n\n"
        "7月6日，由桐庐县总工会主办的2027年桐庐县职工子女暑期爱心托管班在城南街道党群服务中心开班，首批40名职工子女入班。",
        "杭州市",
        1,
        id="m1-headline-shortened",
    ),
    C(
        "7月6日，桐庐县总工会举办职工子女暑期爱心托管班开班仪式。8月20日，桐庐县总工会举办职工子女爱心托管班结业仪式。",
        "杭州市",
        2,
        id="near-m1-other-day",
    ),
]


@pytest.mark.parametrize(("text", "region", "n"), MERGED)
def test_an_event_told_twice_is_one(extract_text, text, region, n):
    names = [e.ref.name for e in extract_text(text, region=region, date="2027-07-07").events if "托管班" in e.ref.name]
    assert len(names) == n, names
