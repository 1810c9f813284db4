"""A village's and a residents' district's party branch: a title short for the organ and its office
(村支书: the 书记 of the village's 党支部),
held at that organ as the long form (村党支部书记) is.

All lines are invented; no name or sentence here comes from a real page.
"""

from __future__ import annotations

from tests.extract.facts_view import posts


def test_a_village_secretary_written_short_is_its_branch_secretary(extract_text):
    facts = extract_text("南昌县莲塘镇石桥村支书冉大明参加会议。", region="南昌市")
    assert posts(facts) == {("冉大明", "中共石桥村支部委员会", "书记")}


def test_the_short_and_the_long_form_name_one_office(extract_text):
    short = extract_text("南昌县莲塘镇柏树村支书戚晓峰发言。", region="南昌市")
    long = extract_text("南昌县莲塘镇柏树村党支部书记戚晓峰发言。", region="南昌市")
    assert posts(short) == posts(long) == {("戚晓峰", "中共柏树村支部委员会", "书记")}


def test_a_residents_district_has_the_party_branch_of_a_community(extract_text):
    # 居民区 (a residents' district of a street) is governed as a 社区 is: its 党总支 a body of its own
    facts = extract_text("徐汇区枫林街道槐荫居民区党总支书记宁秋菊参加会议。", region="上海市")
    assert posts(facts) == {("宁秋菊", "中共槐荫居民区总支部委员会", "书记")}
