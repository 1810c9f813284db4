"""Posts of session 55: a congress's vote of its committees at the congress's union though the
delegates it elects go to another level's congress, an office the vote gives to another while
moving its holder up, a second office told with 系 after a name's 为 clause, a job whose field
stands between the body and a title (某公司生产技术总监), and no office at a unit named by its
word alone (项目部工会).
All text is invented (the areas are real)."""

from __future__ import annotations

import pytest

from kg.ingest.normalize import is_traditional, to_simplified
from kg.ingest.textmap import Mapped
from tests.extract.facts_view import posts

CONGRESS = (
    "6月3日，石门县总工会第九次代表大会在县会议中心召开。常德市总工会副主席陈建国到会祝贺。"
    "县总工会党组书记、常务副主席赵德胜作工作报告，第八届经费审查委员会主任刘春兰作经费审查工作报告。"
    "大会选举产生了县总工会第九届委员会委员21名、经费审查委员会委员5名，以及出席常德市工会第七次代表大会的代表9名。"
    "当天下午，县总工会第九届委员会召开第一次全体会议，选举赵德胜为县总工会主席，钱文华为常务副主席，"
    "孙丽、李建为副主席（李建为兼职副主席，系湖南鲁丰机械有限公司工会主席）。"
    "同日召开的县总工会第九届经费审查委员会第一次会议选举周丽华为经费审查委员会主任。\n"
)


@pytest.fixture(scope="module")
def congress(extract_text):
    return posts(extract_text(CONGRESS))


def test_a_committee_vote_is_at_the_congress_union_not_the_one_delegates_go_to(congress):
    assert ("周丽华", "石门县总工会", "经费审查委员会主任") in congress
    assert not any(body == "常德市总工会" and name != "陈建国" for name, body, _ in congress), congress


def test_an_office_given_to_another_while_its_holder_moves_up_is_held_no_more(congress):
    assert ("赵德胜", "石门县总工会", "主席") in congress
    assert ("赵德胜", "石门县总工会", "党组书记") in congress
    assert ("钱文华", "石门县总工会", "常务副主席") in congress
    assert ("赵德胜", "石门县总工会", "常务副主席") not in congress


def test_a_second_office_told_with_xi_after_a_names_clause(congress):
    assert ("李建", "石门县总工会", "副主席") in congress
    assert ("李建", "湖南鲁丰机械有限公司工会", "主席") in congress


@pytest.mark.parametrize(
    "text",
    [
        # the sitting chair reports; the vote elects another, the chair to nothing: still written so
        "5月8日，澧县大堰垱镇工会第三次会员代表大会召开。镇工会主席孟庆生代表第二届委员会作工作报告。"
        "随后召开的第三届委员会第一次全体会议选举谭红英为大堰垱镇工会主席。",
        # the outgoing term's officer reporting stays (the vote elects another, the holder to nothing)
        "5月8日，澧县总工会第九次代表大会召开。第八届经费审查委员会主任孟庆生作经费审查工作报告。"
        "同日召开的县总工会第九届经费审查委员会第一次会议选举谭红英为经费审查委员会主任。",
    ],
)
def test_a_sitting_office_no_vote_moves_its_holder_from_stands(extract_text, text):
    found = posts(extract_text(text + "\n"))
    assert any(name == "孟庆生" for name, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("湖南鲁丰机械有限公司生产技术总监王建明介绍了经验。", ("王建明", "湖南鲁丰机械有限公司", "生产技术总监")),
        (
            "全国劳动模范、常德湘北牛业发展有限公司养殖技术总监吴秀兰讲述了创业故事。",
            ("吴秀兰", "常德湘北牛业发展有限公司", "养殖技术总监"),
        ),
    ],
)
def test_a_field_before_a_title_after_a_body_is_the_jobs_word(extract_text, text, expected):
    assert expected in posts(extract_text(text + "\n"))


def test_a_union_named_by_its_units_word_alone_holds_no_office(extract_text):
    text = (
        "7月12日，澧县总工会副主席彭文军来到城南安置房项目工地慰问一线职工。"
        "在项目部搭建的“职工驿站”里，项目部工会主席孙立平介绍了驿站的服务。\n"
    )
    found = posts(extract_text(text))
    assert ("彭文军", "澧县总工会", "副主席") in found
    assert not any(name == "孙立平" for name, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("竞赛特邀省工艺美术大师、石门县蜡染协会原会长杨秀云担任评委。", "杨秀云"),
        ("获奖职工包括常德金华酒店管理有限公司中厨厨师长梁志豪等20人。", "梁志豪"),
    ],
)
def test_a_mark_of_time_or_a_trades_head_before_a_title_is_no_field(extract_text, text, name):
    found = posts(extract_text(text + "\n"))
    assert not any(n == name for n, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "会议选举王红梅为县总工会主席，李建为兼职副主席（湖南鲁丰机械有限公司工会主席）。",
        "会议选举王红梅为县总工会主席，李建为副主席（兼职，湖南鲁丰机械有限公司工会主席）。",
        "王红梅当选为县总工会主席，李建当选为兼职副主席（湖南鲁丰机械有限公司工会主席）。",
        "會議選舉王紅梅為縣總工會主席，李建為副主席（兼職，湖南魯豐機械有限公司工會主席）。",
    ],
)
def test_a_bracket_after_a_votes_office_names_the_ones_own_office_besides(extract_text, text):
    text = "5月9日，石门县总工会第八次代表大会召开。" + text
    if is_traditional(text):  # (ingestion converts a traditional page before the pipeline reads it)
        text = to_simplified(Mapped(text, range(len(text)))).text
    found = posts(extract_text(text + "\n"))
    assert ("李建", "石门县总工会", "副主席") in found
    assert ("李建", "湖南鲁丰机械有限公司工会", "主席") in found
    assert not any(name == "王红梅" and body != "石门县总工会" for name, body, _ in found), found


@pytest.mark.parametrize(
    "note",
    ["（李建为兼职副主席，系湖南鲁丰机械有限公司工会主席）", "（李建为兼职副主席，现任湖南鲁丰机械有限公司工会主席）"],
)
def test_a_names_clause_then_a_profiles_verb_gives_the_office_after_it(extract_text, note):
    text = "5月9日，石门县总工会第八次代表大会召开。会议选举王红梅为县总工会主席，张强、李建为副主席" + note + "。\n"
    found = posts(extract_text(text))
    assert ("李建", "湖南鲁丰机械有限公司工会", "主席") in found
    assert not any(name == "张强" and body != "石门县总工会" for name, body, _ in found), found


def test_delegates_a_vote_sends_to_attend_another_congress_leave_the_vote_at_its_union(extract_text):
    text = CONGRESS.replace("以及出席常德市工会", "以及参加常德市工会")
    found = posts(extract_text(text))
    assert ("周丽华", "石门县总工会", "经费审查委员会主任") in found
