"""Constructions of real union news, session 53 (invented names and places).

A. 县总工会为“某镇职工之家”揭牌 / 举行揭牌仪式，为某驿站揭牌: the unveiling is named by what it
   unveils (某镇职工之家揭牌仪式), not by the bare verb (kg.extract.unveiled).
B. 授予某港务集团装卸二队“X”称号: a company's crew (队) is a unit of it and holds the honour; a
   crew written after its mine (…公司某煤矿综采一队) leaves the mine a body of its own, and a
   company's 代表队 is a side at a contest, no unit (bodies/unit_endings.txt, kg.nlp.company_units).
C. 该所所长X: the 供电所 named before, pointed back at — no body called 该所 (kg.extract.units).
D. 会长Michael Wong黄家明: a name in Latin letters before the Han one is the same person's; the
   title before both is theirs (kg.extract.posts).
E. 某县级市总工会在市会议中心召开…: on a prefecture's paper, a venue said short by 市 in a
   sentence that named the county-level city before it is that city's (kg.extract.bodies).
F. 向某公司二分厂三工段二班授予全国总工会“工人先锋号”称号: a numbered branch's own units
   after it (kg.nlp.company_units); the union right after 授予 names the honour's giver, the
   holder stands after 向 (kg.extract.honour_lists).
G. 命名A车间等60个先进班组为某市工人先锋号: the honour unquoted, ending with an honour's head
   (kg.extract.honour_series).
H. 增补X为市总工会十五届委员会委员、常委、副主席: a term without 第, with its committee's word
   (kg.extract.offices).
"""

from __future__ import annotations

import pytest


def _awards(facts) -> set[tuple[str, str]]:
    return {(ref.name, honour) for ref, honour, _ in facts.awards}


def _posts(facts) -> set[tuple[str, str, str]]:
    return {(r.subject.name, r.object.name, r.role) for r in facts.relations if r.pred == "post"}


@pytest.mark.parametrize(
    ("text", "headline", "name"),
    [
        # A. the object of 为 before 揭牌, quoted
        (
            "4月18日上午，枫亭县总工会为“南垟镇职工之家”揭牌。县总工会主席骆青山出席揭牌仪式。",
            "枫亭县总工会为“南垟镇职工之家”揭牌",
            "“南垟镇职工之家”揭牌仪式",
        ),
        # (举行揭牌仪式, then 为X揭牌: the ceremony of X, without the verb of holding)
        (
            "9月9日，桐溪区总工会在北河街道举行揭牌仪式，为北河街道快递小哥暖心驿站揭牌。",
            "桐溪区首个快递小哥驿站启用",
            "北河街道快递小哥暖心驿站揭牌仪式",
        ),
        # (X正式揭牌启用, a headline's short name: the body's fuller one, the event's own head kept)
        (
            "9月21日上午，仁寿县工人文化宫正式揭牌启用。县委书记骆志强出席揭牌活动。",
            "县工人文化宫正式揭牌启用",
            "仁寿县工人文化宫揭牌活动",
        ),
        # (为驿站揭牌: a word for a kind, no name; the ceremony still loses 举行)
        ("9月9日，桐溪区总工会举行揭牌仪式，区总工会主席共同为驿站揭牌。", "桐溪区工会动态", "揭牌仪式"),
    ],
)
def test_an_unveiling_is_named_by_what_it_unveils(extract_text, text, headline, name):
    events = extract_text(text, headline=headline).events
    assert name in {e.ref.name for e in events}


def test_a_companys_crew_holds_its_honour(extract_text):
    text = "4月27日，澄江市总工会授予澄江港务集团装卸三队、澄江建工集团城西项目部“澄江市工人先锋号”称号。"
    found = _awards(extract_text(text, headline="澄江市表彰一批工人先锋号"))
    assert ("澄江港务集团装卸三队", "澄江市工人先锋号") in found
    assert "澄江港务集团" not in {name for name, _ in found}


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # (a crew after its mine: the mine stays the body named, no unit of the company over it)
        (
            "采煤机司机第一名：邝守义（龙岭煤业有限公司石沟煤矿综采一队）",
            "龙岭煤业有限公司石沟煤矿",
            "龙岭煤业有限公司石沟煤矿综采一队",
        ),
        # (a company's 代表队: its side at the games, no unit)
        (
            "10　龙岭瓷业有限公司代表队　　邝守义（公司副总经理）",
            "龙岭瓷业有限公司",
            "龙岭瓷业有限公司代表队",
        ),
    ],
)
def test_a_crew_read_only_as_a_companys_own_unit(extract_text, text, wanted, unwanted):
    names = {ref.name for ref in extract_text(text, headline="龙岭职工技能比武结果揭晓").entities}
    assert wanted in names
    assert unwanted not in names


def test_a_word_pointing_back_at_a_station_names_no_body(extract_text):
    text = "近日，国网澄江市供电公司江口供电所荣获“云南省工人先锋号”称号。该所所长任峻峰介绍，全所现有职工41人。"
    facts = extract_text(text, headline="江口供电所获评工人先锋号")
    assert ("任峻峰", "国网澄江市供电公司江口供电所", "所长") in _posts(facts)
    assert "该所" not in {ref.name for ref in facts.entities}


def test_a_latin_name_before_the_han_one_keeps_the_title(extract_text):
    text = (
        "香港印刷业职工会昨日在油麻地举办职安健讲座，约90名会员参加。该会主席Kenneth Lau刘家辉致辞，"
        "香港印刷业职工会副主席Maria Costa 苏雅琳出席。"
    )
    posts = _posts(extract_text(text, headline="香港印刷业职工会举办职安健讲座"))
    assert {("刘家辉", "香港印刷业职工会", "主席"), ("苏雅琳", "香港印刷业职工会", "副主席")} <= posts


def test_a_venue_said_short_is_the_county_level_citys_named_before(extract_text):
    text = "3月11日，醴陵市总工会在市会议中心召开职工代表座谈会，30名职工代表参加。"
    facts = extract_text(text, headline="醴陵市总工会召开职工代表座谈会", region="株洲市")
    names = {ref.name for ref in facts.entities if ref.cls == "Place"}
    assert "醴陵市会议中心" in names


def test_a_numbered_branchs_team_holds_the_honour_given_after_to(extract_text):
    text = "4月28日，全国机械冶金建材工会向澧水电机有限公司二分厂三工段二班授予全国总工会“工人先锋号”荣誉称号。"
    found = _awards(extract_text(text, headline="喜报"))
    assert found == {("澧水电机有限公司二分厂三工段二班", "全国工人先锋号")}


def test_teams_named_as_an_unquoted_honour(extract_text):
    text = "经市委同意，市总工会决定，命名沅陵重型机械有限公司铸造车间等60个先进班组为沅陵县工人先锋号。"
    found = _awards(extract_text(text, headline="沅陵县表彰工人先锋号"))
    assert ("沅陵重型机械有限公司铸造车间", "沅陵县工人先锋号") in found


def test_a_term_without_its_ordinal_mark(extract_text):
    text = "1月15日，临江市总工会召开十五届三次全委（扩大）会议。会议增补孔德明为市总工会十五届委员会常委、副主席。"
    posts = _posts(extract_text(text, headline="临江市总工会召开全委会议"))
    assert {("孔德明", "临江市总工会", "副主席"), ("孔德明", "临江市总工会", "常委")} <= posts
