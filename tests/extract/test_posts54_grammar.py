"""Posts of session 54: the offices of an association's officers (会长, 理事长, 监事会副监事长,
常务理事) — a bare title after a name whose last office was held besides (兼) at another body,
the organ 监事会 before a title, the verbs 接任 and 获增补为, a vote of a board named bare on a
union's own page, a committee named after a union — a provincial department's 处 held at the
department, and a level's union in a round-up's item opening with its place.
All text is invented (the areas are real)."""

from __future__ import annotations

import pytest

from tests.extract.facts_view import posts

LIST = (
    "【本会讯】香港印刷业职工会会长冯志远、理事长马淑仪、副会长司徒永康，"
    "副理事长兼立法会议员卢家辉，名誉会长关德明等主礼。\n"
)


def test_a_bare_title_after_an_office_held_besides_is_at_the_lists_body(extract_text):
    found = posts(extract_text(LIST, region="香港特别行政区"))
    assert ("关德明", "香港印刷业职工会", "名誉会长") in found
    assert ("卢家辉", "香港印刷业职工会", "副理事长") in found
    assert not any(name == "关德明" and body != "香港印刷业职工会" for name, body, _ in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("澳门建筑业职工会监事会副监事长梁丽芳出席。", ("梁丽芳", "澳门建筑业职工会", "监事会副监事长")),
        ("澳门建筑业职工会监事会召集人梁丽芳出席。", ("梁丽芳", "澳门建筑业职工会", "监事会召集人")),
        ("澳门建筑业职工会副监事长梁丽芳出席。", ("梁丽芳", "澳门建筑业职工会", "副监事长")),
        ("澳门建筑业职工会会长陈伟强、监事会副监事长梁丽芳出席。", ("梁丽芳", "澳门建筑业职工会", "监事会副监事长")),
    ],
)
def test_the_board_of_supervisors_before_a_title_is_an_organ_of_the_body(extract_text, text, expected):
    assert expected in posts(extract_text(text + "\n", region="澳门特别行政区"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("梁丽芳接任澳门建筑业职工会监事长。", ("梁丽芳", "澳门建筑业职工会", "监事长")),
        ("常务理事周家乐获增补为澳门建筑业职工会副理事长。", ("周家乐", "澳门建筑业职工会", "副理事长")),
        ("周家乐获选为澳门建筑业职工会理事长。", ("周家乐", "澳门建筑业职工会", "理事长")),
    ],
)
def test_taking_an_office_after_its_holder_or_by_a_passive_is_an_office(extract_text, text, expected):
    assert expected in posts(extract_text(text + "\n", region="澳门特别行政区"))


OWN_PAGE = (
    "【本会讯】由澳门建筑业职工会主办，属下澳门装修业职工会协办的职工技能节于十月三日举行。"
    "澳门装修业职工会会长何志明出席。会上并宣布人事变动：经第六届理事会第二次会议选举，"
    "梁丽芳转任监事会副监事长；常务理事周家乐获增补为副理事长。\n"
)


def test_a_vote_of_a_board_named_bare_on_a_unions_own_page_is_that_unions(extract_text):
    found = posts(extract_text(OWN_PAGE, region="澳门特别行政区"))
    assert ("周家乐", "澳门建筑业职工会", "副理事长") in found
    assert ("梁丽芳", "澳门建筑业职工会", "监事会副监事长") in found
    assert not any(body == "澳门装修业职工会" and name != "何志明" for name, body, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "【本会讯】澳门建筑业职工会会长陈伟强出席。另讯：中山市总工会代表团到访本会，并与本会常务理事邓嘉宝、"
        "常务理事兼妇女事务委员会主任黄慧珊等座谈。",
        "【本会讯】澳门建筑业职工会会长陈伟强出席。另讯：中山市总工会代表团到访本会，并与本会常务理事邓嘉宝、"
        "常务理事兼女职工委员会主任黄慧珊等座谈。",
    ],
)
def test_a_committee_named_bare_after_a_link_at_a_union_is_that_unions(extract_text, text):
    found = posts(extract_text(text + "\n", region="澳门特别行政区"))
    assert ("黄慧珊", "澳门建筑业职工会", "常务理事") in found
    assert any(
        name == "黄慧珊" and body == "澳门建筑业职工会" and role.endswith("委员会主任") for name, body, role in found
    )
    assert not any(body == "中山市总工会" for _, body, _ in found), found


def test_a_committee_named_after_a_union_is_headed_at_the_union(extract_text):
    found = posts(extract_text("会上，黄慧珊接任澳门建筑业职工会妇女事务委员会主任。\n", region="澳门特别行政区"))
    assert ("黄慧珊", "澳门建筑业职工会", "妇女事务委员会主任") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "辽宁省人力资源和社会保障厅职业能力建设处处长张立文出席。",
            ("张立文", "辽宁省人力资源和社会保障厅", "职业能力建设处处长"),
        ),
        (
            "省人社厅职业能力建设处处长张立文出席开幕式。",
            ("张立文", "辽宁省人力资源和社会保障厅", "职业能力建设处处长"),
        ),
    ],
)
def test_a_departments_division_head_holds_the_office_at_the_department(extract_text, text, expected):
    assert expected in posts(extract_text(text + "\n", region="辽宁省"))


ROUND_UP = (
    "6月9日，通化市总工会召开全委会议。通化市总工会党组书记、常务副主席孙立平到会讲话。\n工会动态\n"
    "梅河口市 6月11日，梅河口市总召开表彰会，命名8个单位为“模范职工之家”。市总工会主席郑海涛出席并颁奖。\n"
)


@pytest.mark.parametrize("text", [ROUND_UP, ROUND_UP.replace("梅河口市 6月11日", "【梅河口市】6月11日")])
def test_a_level_word_in_an_item_opening_with_its_place_is_that_places(extract_text, text):
    found = posts(extract_text(text, region="吉林省"))
    assert ("郑海涛", "梅河口市总工会", "主席") in found
    assert not any(name == "郑海涛" and body == "通化市总工会" for name, body, _ in found), found
