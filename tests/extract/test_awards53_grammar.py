"""Awards of session 53 (invented names and places).

A. A giver handing an honour to the one 的 qualifies, the honour's year between 为 and the verb
   (A为2026年度获得“X”的某医院护士长B颁发了奖章): B holds X, not the giver A.
B. A count of people given an honour, then a sentence opening with 其中 whose clauses name some
   of them up to a verb of being honoured (20名职工被授予“X”称号…。其中，A…，B、C等受到表彰):
   each named holds X; the count of bodies (个集体) gives its own honour to no person.
C. A person the page says was put forward for an honour (A已被推荐为2028年全国劳动模范候选人) is its
   candidate: the same honour read as A's epithet elsewhere (全国劳动模范、某公司班长A) is dropped.
"""

from __future__ import annotations

import pytest


def _awards(facts) -> set[tuple[str, str]]:
    return {(ref.name, honour) for ref, honour, _ in facts.awards}


@pytest.mark.parametrize("year", ["2026年度", "去年", ""])
def test_the_giver_before_a_year_and_the_verb_holds_nothing(extract_text, year):
    found = _awards(
        extract_text(
            f"会上，司徒振华为{year}获得“江西省五一劳动奖章”的青禾县中医院外科护士长白玉洁颁发了奖章和证书。",
            region="九江市",
        )
    )
    assert ("白玉洁", "江西省五一劳动奖章") in found
    assert ("司徒振华", "江西省五一劳动奖章") not in found


_AMONG = (
    "会议宣读了表彰决定，15名职工被授予“青禾县劳动模范”称号，8个集体被授予“青禾县工人先锋号”称号。"
    "其中，红星镇果蔬专业合作社理事长欧阳丽君带领社员发展大棚蔬菜，县第二人民医院院长柏文涛扎根基层三十年，"
    "青禾纺织有限公司织布车间主任上官明辉、柳河镇中心小学教师诸葛晓梅等{verb}；"
    "青禾县水务局河道管理站等获评“青禾县工人先锋号”。"
)


def test_people_singled_out_of_a_count_given_an_honour(extract_text):
    found = _awards(extract_text(_AMONG.format(verb="受到表彰"), region="九江市"))
    assert {
        ("欧阳丽君", "青禾县劳动模范"),
        ("柏文涛", "青禾县劳动模范"),
        ("上官明辉", "青禾县劳动模范"),
        ("诸葛晓梅", "青禾县劳动模范"),
    } <= found
    assert not any(h == "青禾县工人先锋号" for n, h in found if n in ("欧阳丽君", "柏文涛"))


def test_people_of_a_qizhong_sentence_with_no_verb_of_honour_hold_nothing(extract_text):
    found = _awards(extract_text(_AMONG.format(verb="作了发言"), region="九江市"))
    assert not any(n in ("欧阳丽君", "柏文涛") for n, _h in found)


_CANDIDATE = (
    "宣讲团团长由全国劳动模范、海东高原机械有限公司维修班长程海峰担任。"
    "程海峰已于2027年10月被推荐为2028年{honour}候选人，尚未评定。"
)


def test_a_candidate_for_an_honour_does_not_hold_it(extract_text):
    found = _awards(extract_text(_CANDIDATE.format(honour="全国劳动模范"), region="海东市"))
    assert ("程海峰", "全国劳动模范") not in found


def test_a_candidate_for_another_honour_keeps_the_one_held(extract_text):
    found = _awards(extract_text(_CANDIDATE.format(honour="全国五一劳动奖章"), region="海东市"))
    assert ("程海峰", "全国劳动模范") in found
