"""Awards of session 49 (invented names and places).

A. A published list of an honour's holders (2028年某市五一劳动奖章名单中，A（…）获奖): the people
   of the clause after it, before its verb (获奖, 入选), hold the honour; a list of people only
   proposed or put forward (拟表彰名单, 推荐名单) gives none.
B. A prize said to be a person's with 是 (一等奖是某厂的A): the name right after 是 or after the
   的 of its one qualifying word holds the prize — in speech also when the speaker lost the name
   and another supplies it in a clause of its own opening with 是 (……叫什么来着——，是我们厂的
   A); a name qualifying another word (某厂的那个) holds nothing.
"""

from __future__ import annotations

import pytest


def _awards(facts) -> set[tuple[str, str]]:
    return {(ref.name, honour) for ref, honour, _ in facts.awards}


@pytest.mark.parametrize(
    ("text", "holders", "honour"),
    [
        (
            "另，省总工会5月3日公布的2027年江西省五一劳动奖章名单中，我县符春来（赣州南康家具有限公司木工）获奖，"
            "相关宣传请跟进。",
            {"符春来"},
            "江西省五一劳动奖章",
        ),
        (
            "在今年的赣州市劳动模范获得者名单上，邝秋云、钟立平入选。",
            {"邝秋云", "钟立平"},
            "赣州市劳动模范",
        ),
    ],
)
def test_the_people_on_an_honours_list_hold_it(extract_text, text, holders, honour):
    found = _awards(extract_text(text, region="赣州市"))
    assert {(h, honour) for h in holders} <= found


@pytest.mark.parametrize(
    "text",
    [
        "省总工会公布了2027年江西省五一劳动奖章拟表彰名单，我县符春来（赣州南康家具有限公司木工）在列。",
        "2027年江西省五一劳动奖章推荐名单中，我县符春来（赣州南康家具有限公司木工）入选。",
    ],
)
def test_a_list_of_people_put_forward_gives_nothing(extract_text, text):
    found = _awards(extract_text(text, region="赣州市"))
    assert ("符春来", "江西省五一劳动奖章") not in found


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("最后评出一等奖一个、二等奖两个。一等奖是南康家具厂的符春来，二等奖是邝秋云和钟立平。", "符春来"),
        (
            "最后评出一等奖一个、二等奖三个。一等奖是南康家具厂的那个，叫，叫什么来着——"
            "家具厂工会（手机） 00:02:11滕主席，是我们厂的邝秋云，油漆车间的。",
            "邝秋云",
        ),
        (  # (the name given in the next turn of a transcript, under its speaker's head line)
            "龚主席（区总）  00:01:40\n最后评出一等奖一个、二等奖三个。一等奖是南康家具厂的那个，叫，叫什么来着——\n"
            "家具厂工会（手机）  00:02:11\n龚主席，是我们厂的邝秋云，油漆车间的。\n",
            "邝秋云",
        ),
    ],
)
def test_a_prize_is_its_winners(extract_text, text, holder):
    found = _awards(extract_text(text, region="赣州市"))
    assert (holder, "一等奖") in found
    assert not any(h == "一等奖" and n != holder for n, h in found)


def test_a_name_qualifying_the_prize_winner_holds_nothing(extract_text):
    found = _awards(extract_text("一等奖是符春来的徒弟，大家都为他高兴。", region="赣州市"))
    assert ("符春来", "一等奖") not in found
