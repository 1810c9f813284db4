"""Posts as real union sites print them (session 53, realnoise57): a congress named by its
area's unions (某县工会第九次代表大会) is the county federation's, whose committees' heads a
company union's chair elected in between does not take; a name the tagger glued onto 当选为,
or misread before 为 with a body between 为 and the title; a bare 工会 title on a company's
page; an acting head (代主席); an office told before its holder (工会主席由A兼任).
All text is invented (the areas are real)."""

from __future__ import annotations

import pytest

from tests.extract.facts_view import posts

_CONGRESS = (
    "龙游县工会第九次代表大会在县会议中心召开。县总工会第九届委员会第一次全体会议选举章建华为主席，"
    "衢州恒达纸业有限公司工会主席徐丽萍当选为兼职副主席。经费审查委员会第一次会议选举方敏为主任。"
    "大会确认了女职工委员会，刘小燕为女职工委员会主任。\n"
)


@pytest.mark.parametrize(
    "expected",
    [
        ("方敏", "龙游县总工会", "经费审查委员会主任"),
        ("刘小燕", "龙游县总工会", "女职工委员会主任"),
    ],
)
def test_an_areas_congress_is_its_federations_not_a_members_company_union(extract_text, expected):
    found = posts(extract_text(_CONGRESS, region="衢州市"))
    assert expected in found, found
    assert not any(b == "衢州恒达纸业有限公司工会" and n in ("方敏", "刘小燕") for n, b, _ in found), found


def test_a_name_misread_before_wei_with_a_body_after_it_is_elected(extract_text):
    found = posts(extract_text("龙游县总工会召开全委会议。会议选举钱雨为县总工会副主席。\n", region="衢州市"))
    assert ("钱雨", "龙游县总工会", "副主席") in found, found


@pytest.mark.parametrize("name", ["金立新", "余立新"])
def test_a_name_glued_onto_dangxuanwei_is_elected(extract_text, name):
    text = f"龙游县总工会召开全委会议。会议选举产生了新一届领导班子：{name}当选为县总工会主席。\n"
    assert (name, "龙游县总工会", "主席") in posts(extract_text(text, region="衢州市"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "衢州恒达纸业有限公司召开职代会。会议由公司党委副书记、工会主席郑晓东主持，工会副主席祝玲作厂务公开报告。",
            ("祝玲", "衢州恒达纸业有限公司工会", "副主席"),
        ),
        (
            "衢州恒达纸业有限公司召开职代会。市总工会挂职副主席赵宇航列席会议。工会常务副主席祝玲作厂务公开报告。",
            ("祝玲", "衢州恒达纸业有限公司工会", "常务副主席"),
        ),
    ],
)
def test_a_bare_union_title_on_a_companys_page_is_its_unions(extract_text, text, expected):
    assert expected in posts(extract_text(text + "\n", region="衢州市"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("龙游县总工会召开会议。县总工会代主席章建华出席会议并讲话。", ("章建华", "龙游县总工会", "代主席")),
        ("龙游县总工会召开会议。邵建平任县总工会代主席。", ("邵建平", "龙游县总工会", "代主席")),
        ("龙游县总工会召开会议。县总工会主持工作的副主席邵建平出席会议。", ("邵建平", "龙游县总工会", "副主席")),
    ],
)
def test_an_acting_head_is_written_with_dai_or_as_the_deputy_in_charge(extract_text, text, expected):
    assert expected in posts(extract_text(text + "\n", region="衢州市"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "衢州恒达纸业有限公司召开职代会。公司工会主席由党委副书记郑晓东兼任。",
            ("郑晓东", "衢州恒达纸业有限公司工会", "主席"),
        ),
        ("龙游县总工会召开会议。县总工会主席由县人大常委会副主任章建华兼任。", ("章建华", "龙游县总工会", "主席")),
    ],
)
def test_an_office_told_before_its_holder_with_you(extract_text, text, expected):
    assert expected in posts(extract_text(text + "\n", region="衢州市"))


@pytest.mark.parametrize(
    "text",
    [
        "衢州恒达纸业有限公司召开职代会。活动主持由郑晓东担任。",
        "衢州恒达纸业有限公司召开职代会。原工会主席由郑晓东担任。",
    ],
)
def test_no_office_or_a_past_one_told_with_you_is_none(extract_text, text):
    assert not any(n == "郑晓东" for n, _, _ in posts(extract_text(text + "\n", region="衢州市")))


def test_the_head_of_a_task_team_told_with_you_holds_no_office(extract_text):
    text = "衢州恒达纸业有限公司工会开展调研。调研组组长由公司工会主席郑晓东担任。\n"
    found = posts(extract_text(text, region="衢州市"))
    assert not any("组长" in r for _, _, r in found), found


def test_the_proposed_cell_of_a_pretenure_table_is_no_office(extract_text):
    text = (
        "延平区总工会领导干部拟任人选公示\n现将拟任人选公示如下：\n"
        "姓名  性别  出生年月  现任职务  拟任职务\n"
        "温志坚  男  1982.06  区总工会办公室主任  区总工会副主席\n"
        "卢秀英  女  1986.03  区总工会组织部部长  区总工会经审办主任\n"
        "公示期为5个工作日。\n"
    )
    found = posts(extract_text(text, region="南平市"))
    assert ("温志坚", "南平市延平区总工会", "办公室主任") in found or (
        "温志坚",
        "延平区总工会",
        "办公室主任",
    ) in found, found
    assert not any(n == "温志坚" and r == "副主席" for n, _, r in found), found


@pytest.mark.parametrize(
    "expected",
    [
        ("郑晓东", "衢州恒达纸业有限公司工会", "主席"),
        ("方国平", "衢州恒达纸业有限公司", "党委副书记"),
        ("吴丽芬", "衢州恒达纸业有限公司", "副董事长"),
        ("吴丽芬", "衢州恒达纸业有限公司", "财务总监"),
        ("沈涛", "衢州恒达纸业有限公司", "副总经理"),
    ],
)
def test_bare_titles_on_a_company_unions_page_are_the_companys(extract_text, expected):
    text = (
        "衢州恒达纸业有限公司工会召开职代会筹备会议。会议由工会主席郑晓东主持，党委副书记方国平参加会议并讲话。"
        "副董事长、财务总监吴丽芬，副总经理沈涛参加会议。\n"
    )
    assert expected in posts(extract_text(text, region="衢州市"))


def test_an_officers_title_on_a_federations_page_names_no_company(extract_text):
    found = posts(extract_text("衢州市总工会召开会议。党委副书记方国平参加会议并讲话。\n", region="衢州市"))
    assert not any(n == "方国平" for n, _, _ in found), found


def test_a_name_the_tagger_cut_before_xuanbu_is_whole(extract_text):
    text = "龙游县总工会举办技能大赛。县总工会副主席关建军宣布开赛。\n"
    found = posts(extract_text(text, region="衢州市"))
    assert ("关建军", "龙游县总工会", "副主席") in found, found
