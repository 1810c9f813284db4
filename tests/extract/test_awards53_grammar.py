"""Awards of session 53 (invented names and places).

A. A giver handing an honour to the one 的 qualifies, the honour's year between 为 and the verb
   (A为2026年度获得“X”的某医院护士长B颁发了奖章): B holds X, not the giver A.
B. A count of people given an honour, then a sentence opening with 其中 whose clauses name some
   of them up to a verb of being honoured (20名职工被授予“X”称号…。其中，A…，B、C等受到表彰):
   each named holds X; the count of bodies (个集体) gives its own honour to no person.
C. A person the page says was put forward for an honour (A已被推荐为2028年全国劳动模范候选人) is its
   candidate: the same honour read as A's epithet elsewhere (全国劳动模范、某公司班长A) is dropped.
D. Items listed with the head they share and a place, won respectively (A、B（…）、C分别获得钳工、焊工、
   电工工种第一名): the k-th name holds the k-th item's place, when the lists are as long.
E. A giving verb with no holders of its own after a clause handing a class something (区总工会为
   各工种前三名颁发奖杯，授予“X”称号): the people who won those places, as read before, hold X.
F. A quoted honour with the area qualifying it: an annex table titled 2027年度某县“金牌职工”名单, its
   cells parted by tabs, gives each row's person 某县“金牌职工”; so does 命名A等3名同志为2027年度
   某县“金牌职工” to A.
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


_RESULTS = (
    "6月5日下午大赛闭幕，韦建国、欧阳振华（青禾精密机械有限公司）、贺丽娟（青禾顺达物流有限公司）"
    "分别获得{items}第一名。区总工会为各工种前三名颁发奖杯和证书，授予“青禾区技术能手”称号。"
)


def test_items_listed_and_won_respectively(extract_text):
    found = _awards(extract_text(_RESULTS.format(items="钳工、焊工、电工工种"), region="九江市"))
    assert {("韦建国", "钳工工种第一名"), ("欧阳振华", "焊工工种第一名"), ("贺丽娟", "电工工种第一名")} <= found


def test_items_fewer_than_the_names_are_not_paired(extract_text):
    found = _awards(extract_text(_RESULTS.format(items="钳工、焊工工种"), region="九江市"))
    assert not any(h.endswith("工种第一名") for _n, h in found)


def test_a_class_handed_cups_before_the_giving_verb_holds_its_honour(extract_text):
    found = _awards(extract_text(_RESULTS.format(items="钳工、焊工、电工工种"), region="九江市"))
    assert {("韦建国", "青禾区技术能手"), ("欧阳振华", "青禾区技术能手"), ("贺丽娟", "青禾区技术能手")} <= found


_DECISION = (
    "一、命名欧阳建国等3名同志为2027年度修水县“金牌职工”，每人奖励2000元；\n"
    "附件1\n"
    "2027年度修水县“金牌职工”名单\n"
    "序号\t姓名\t性别\t民族\t工作单位及职务\n"
    "1\t欧阳建国\t男\t汉族\t修水县自来水公司水质检测员\n"
    "2\t柏丽华\t女\t汉族\t修水县中医院护士长\n"
    "3\t韦志刚\t男\t壮族\t青禾机械制造有限公司钳工\n"
)


def test_a_tables_quoted_honour_keeps_its_area(extract_text):
    found = _awards(extract_text(_DECISION, region="九江市"))
    assert {
        ("欧阳建国", "修水县“金牌职工”"),
        ("柏丽华", "修水县“金牌职工”"),
        ("韦志刚", "修水县“金牌职工”"),
    } <= found


def test_named_as_an_honour_with_its_year_and_area(extract_text):
    found = _awards(extract_text(_DECISION.split("\n", 1)[0], region="九江市"))
    assert ("欧阳建国", "修水县“金牌职工”") in found
