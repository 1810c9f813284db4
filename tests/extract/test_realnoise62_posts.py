"""Posts of real union news read as a grammar (realnoise62; names and bodies invented, areas real)."""

from __future__ import annotations

import pytest

from tests.extract.facts_view import posts


@pytest.mark.parametrize(
    ("unit", "union"),
    [
        ("湄潭县档案馆", "湄潭县档案馆工会"),
        ("农行凯里市营盘坡支行", "农行凯里市营盘坡支行工会"),
        ("雷山县广播电视台", "雷山县广播电视台工会"),
    ],
)
def test_a_public_units_congress_elects_its_own_unions_chair(extract_text, unit, union):
    """某档案馆召开第一次工会会员大会，A当选为工会主席: a public service unit or a bank's branch
    holds its staff's congress as a company does; the bare 工会 is its own union."""
    body = f"12月4日，{unit}召开第一次工会会员大会，选举产生了第一届工会委员会。周晓梅当选为工会主席。"
    found = posts(extract_text(body, region="黔东南苗族侗族自治州", date="2026-12-06"))
    assert ("周晓梅", union, "主席") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("共青团和龙市委书记李强出席。", ("李强", "共青团和龙市委员会", "书记")),
        (
            "5月30日，敦化市总工会联合共青团敦化市委员会举办职工诵读比赛。共青团敦化市委书记马超为获奖选手颁奖。",
            ("马超", "共青团敦化市委员会", "书记"),
        ),
        ("中共和龙市委副书记金海出席。", ("金海", "中共和龙市委员会", "副书记")),
    ],
)
def test_an_areas_committee_after_a_glued_league_or_party_name(extract_text, text, expected):
    """共青团和龙|市委书记: the tagger glues the area's stem to 共青团 (or 中共); the area ends
    inside the word its level character opens (市委), so the committee is that area's league's."""
    found = posts(extract_text(text, region="延边朝鲜族自治州", date="2026-06-01"))
    assert expected in found, found


_LEADERS = (
    "工联会第四十届常务理事会昨晚举行第一次会议，推选出新一届负责人，何美玲、陈志伟分别连任会长及理事长。"
    "梁家豪、黄丽珊亦连任副会长，饮食业职工会理事长吴文华则新当选成为副会长。"
)


@pytest.mark.parametrize(
    "expected",
    [
        ("梁家豪", "香港工会联合会", "副会长"),
        ("黄丽珊", "香港工会联合会", "副会长"),
        ("吴文华", "香港工会联合会", "副会长"),
        ("陈志伟", "香港工会联合会", "理事长"),
    ],
)
def test_a_clause_going_on_with_its_adverbs_still_elects(extract_text, expected):
    """A、B亦连任副会长, X则新当选成为副会长: the adverbs of a clause going on from the one
    before (亦, 也, 则) and of a first term (新), two together, stand between the names and the verb."""
    found = posts(extract_text(_LEADERS, region="香港特别行政区", date="2026-04-14"))
    assert expected in found, found


def test_another_also_elected_takes_the_office(extract_text):
    body = "平塘县总工会第五届委员会第一次全体会议召开，王芳当选为主席，李明也当选为副主席。"
    found = posts(extract_text(body, region="黔南布依族苗族自治州", date="2026-04-14"))
    assert ("李明", "平塘县总工会", "副主席") in found, found


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        (
            "工联总会陈志强副会长、黄美玲助理秘书长应邀出席会议。",
            "澳门特别行政区",
            ("黄美玲", "澳门工会联合总会", "助理秘书长"),
        ),
        ("市总工会王建国主席、李红副主席出席会议。", "遵义市", ("李红", "遵义市总工会", "副主席")),
    ],
)
def test_a_list_of_names_addressed_by_titles_after_a_body_is_all_the_bodys(extract_text, text, region, expected):
    """BODY A副会长、B助理秘书长: the names after 、, each addressed by its title, hold their
    offices at the body the first name is glued after (as Macau and Hong Kong news print them)."""
    found = posts(extract_text(text, region=region, date="2026-06-10"))
    assert expected in found, found


def test_a_list_of_names_addressed_after_no_body_holds_nothing(extract_text):
    found = posts(extract_text("会议由王建国主持，李红、张明副主席出席。", region="遵义市", date="2026-06-10"))
    assert not [p for p in found if p[0] in ("李红", "张明")], found
