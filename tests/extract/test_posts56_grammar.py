"""Posts of session 56: a branch's page on its group's site (the headline opens with the branch)
has the branch's bare titles and departments; a unit of a company (队, 站, 项目部) gives the
office at the company, the unit in the role; an office marked 原 or retired is no current post.
All text is invented (the areas are real)."""

from __future__ import annotations

import pytest

from tests.extract.facts_view import posts

GROUP = "湖北楚峰电力集团有限公司"
BRANCH = GROUP + "襄阳分公司"


def _on_site(nlp, gaz, headline: str | None, body: str, furniture: list[str]):
    from kg.extract.article import ArticleExtractor
    from kg.extract.page import infer_page
    from kg.model.article import Article, article_id

    article = Article(source="t.txt", index=0, headline=headline, body=body, date=None, furniture=furniture)
    doc = nlp(article.text)
    page = infer_page([doc], [article], gaz, None)
    return ArticleExtractor(gaz).extract(doc, article, page, article_id(article))


BRANCH_BODY = (
    f"3月2日，{BRANCH}第二届职工代表大会在分公司机关会议室召开。集团公司党委副书记、工会主席王建华到会指导。"
    "分公司党委书记、执行董事李明远，党委副书记、总经理张泽宇出席会议。\n"
    "会上，财务部经理刘金山作财务预决算报告。\n"
)


def test_a_branchs_page_on_its_groups_site_has_the_branchs_bare_offices(nlp, gaz):
    found = posts(_on_site(nlp, gaz, "襄阳分公司召开二届一次职代会", BRANCH_BODY, ["基层动态", GROUP, "襄阳分公司"]))
    assert (("张泽宇", BRANCH, "总经理")) in found, found
    assert (("张泽宇", BRANCH, "党委副书记")) in found, found
    assert (("刘金山", BRANCH, "财务部经理")) in found, found
    assert not any(body == GROUP and name in ("张泽宇", "刘金山") for name, body, _ in found), found


def test_the_groups_own_page_keeps_the_groups_bare_offices(nlp, gaz):
    body = f"3月2日，{GROUP}召开年度工作会议。{BRANCH}总经理李明远发言，党委副书记、总经理张泽宇作报告。\n"
    found = posts(_on_site(nlp, gaz, "集团公司召开年度工作会议", body, [GROUP]))
    assert ("张泽宇", GROUP, "总经理") in found, found


def test_a_station_listed_on_a_branchs_page_is_the_branchs_unit(nlp, gaz):
    body = BRANCH_BODY + "检修车间电气一班班长罗正清、宜城光伏电站站长蒙建华被授予“襄阳分公司劳动模范”称号。\n"
    found = posts(_on_site(nlp, gaz, "襄阳分公司召开二届一次职代会", body, ["基层动态", GROUP, "襄阳分公司"]))
    assert ("蒙建华", BRANCH, "宜城光伏电站站长") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("湖南湘江港务有限公司装卸三队队长李春河介绍了经验。", ("李春河", "湖南湘江港务有限公司", "装卸三队队长")),
        ("岳阳华容新能源有限公司东山光伏电站站长周海波说。", ("周海波", "岳阳华容新能源有限公司", "东山光伏电站站长")),
    ],
)
def test_a_companys_team_or_station_gives_the_office_at_the_company(extract_text, text, expected):
    assert expected in posts(extract_text(text + "\n"))


def test_a_governments_team_stays_a_body_of_its_own(extract_text):
    found = posts(extract_text("岳阳县人力资源和社会保障局劳动保障监察大队大队长陈立新讲话。\n"))
    assert not any(body.endswith("社会保障局") for _, body, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # the project's name glued between the company and its 项目部 read as a person's (娄邵)
        "湖南潇湘路桥建设集团有限公司娄邵高速改扩建项目部总工程师王国强介绍了工程进展。",
        "湖南潇湘路桥建设集团有限公司湘黔高速改扩建项目部总工程师王国强介绍了工程进展。",
    ],
)
def test_a_companys_project_department_gives_its_staffs_office_at_the_company(extract_text, text):
    facts = extract_text(text + "\n")
    assert ("王国强", "湖南潇湘路桥建设集团有限公司", "总工程师") in posts(facts), posts(facts)
    assert not [r.name for r in facts.entities if r.name == "扩建项目部"]


ROWS = (
    "序号\n姓名\n性别\n民族\n单位及职务\n"
    "1\n李永哲\n男\n朝鲜族\n湖南鲁丰机械有限公司质检部经理\n"
    "2\n王春生\n男\n满族\n长沙市芙蓉区环境卫生服务中心原清扫一队队长\n"
    "3\n张建明\n男\n汉族\n湖南鲁丰机械有限公司装配车间主任（2027年12月退休）\n"
)


def test_a_former_mark_before_a_unit_or_a_retired_note_leaves_no_current_post(extract_text):
    found = posts(extract_text(ROWS))
    assert ("李永哲", "湖南鲁丰机械有限公司", "质检部经理") in found, found
    assert not any(name in ("王春生", "张建明") for name, _, _ in found), found


@pytest.mark.parametrize("group", [GROUP, "集团公司"])
def test_a_moves_month_before_its_verb_and_a_department_after_the_body(extract_text, group):
    text = f"3月2日，{BRANCH}召开职代会。原分公司工会主席赵光荣于2027年9月调任{group}安全环保部副经理。\n"
    found = posts(extract_text(text))
    # (集团公司 is the group named by its type word: its name as the article resolves it)
    assert any(p[0] == "赵光荣" and GROUP.startswith(p[1]) and p[2] == "安全环保部副经理" for p in found), found
    assert not any(name == "赵光荣" and body.endswith("工会") for name, body, _ in found), found


def test_a_body_read_with_the_word_before_a_former_mark_holds_a_past_office(extract_text):
    # the name finder reads 因原分公司 as one name: its 原 still marks the office held once
    text = f"3月2日，{BRANCH}召开职代会。因原分公司工会主席赵光荣已调任集团公司工会副主席，大会进行了补选。\n"
    found = posts(extract_text(text))
    assert not any(name == "赵光荣" and role == "主席" for name, _, role in found), found


def test_a_sessions_role_is_no_link_of_the_chain(nlp, gaz):
    body = BRANCH_BODY + "会议由分公司综合管理部经理、职代会秘书长钱国斌主持。\n"
    found = posts(_on_site(nlp, gaz, "襄阳分公司召开二届一次职代会", body, ["基层动态", GROUP, "襄阳分公司"]))
    assert ("钱国斌", BRANCH, "综合管理部经理") in found, found
    assert not any(role.endswith("秘书长") for _, _, role in found), found


def test_a_unit_describing_the_one_a_vote_elects_is_the_pages_workplaces(nlp, gaz):
    body = (
        BRANCH_BODY
        + "女职工委员会第一次会议选举检修车间党支部书记吴秀芬为女职工委员会主任。"
        + "会议选举运行车间主任孙德胜为工会副主席。\n"
    )
    found = posts(_on_site(nlp, gaz, "襄阳分公司召开二届一次职代会", body, ["基层动态", GROUP, "襄阳分公司"]))
    assert ("吴秀芬", BRANCH, "检修车间党支部书记") in found, found
    assert ("孙德胜", BRANCH, "运行车间主任") in found, found
