"""Posts of session 58: the body whose board sat and voted, a unit within a company before the
title, … .  All text is invented (the areas are real)."""

from __future__ import annotations

from tests.extract.facts_view import posts


def test_a_board_named_after_its_body_votes_that_bodys_offices(extract_text):
    """某协会第三届理事会第一次会议，选举A为会长，B、C为副会长: the association's offices, not
    those of the union named before (a guest's, or the article's)."""
    text = (
        "黄山市总工会主席林立出席。座谈会上，全国劳动模范王宏达讲述了经历。"
        "座谈会前召开的黄山市摄影家协会第三届理事会第一次会议，选举王宏达为会长，李春燕、赵建新为副会长。"
    )
    found = posts(extract_text(text, region="黄山市"))
    assert ("王宏达", "黄山市摄影家协会", "会长") in found
    assert ("李春燕", "黄山市摄影家协会", "副会长") in found
    assert ("赵建新", "黄山市摄影家协会", "副会长") in found
    assert not any(b == "黄山市总工会" and n != "林立" for n, b, _ in found)


def test_a_unions_own_board_still_votes_the_unions_offices(extract_text):
    text = "黄山市总工会主席林立出席。黄山市总工会第十五届委员会第二次全体会议选举王宏达为常务副主席。"
    assert ("王宏达", "黄山市总工会", "常务副主席") in posts(extract_text(text, region="黄山市"))


def test_a_companys_branch_and_its_department_go_into_the_role_at_the_company(extract_text):
    """现任某公司屯溪运营中心客户服务部经理: a branch of the company (中心) and a department of
    it, glued before the title, are one unit of the company's: the office is the company's,
    both written into the role — after the name and before it alike."""
    after = posts(extract_text("胡秀英现任安徽华联物流有限公司屯溪运营中心客户服务部经理。", region="黄山市"))
    assert ("胡秀英", "安徽华联物流有限公司", "屯溪运营中心客户服务部经理") in after
    before = posts(extract_text("安徽华联物流有限公司屯溪运营中心客户服务部经理胡秀英出席。", region="黄山市"))
    assert ("胡秀英", "安徽华联物流有限公司", "屯溪运营中心客户服务部经理") in before


def test_a_companys_branch_read_as_one_body_still_gives_the_companys_office(extract_text):
    """The company named before (协办), the branch is read whole as one body (某公司屯溪运营中心):
    the department and title after it are the company's all the same."""
    text = (
        "仪式由黄山市总工会主办，安徽华联物流有限公司协办。胡秀英现任安徽华联物流有限公司屯溪运营中心客户服务部经理。"
    )
    found = posts(extract_text(text, region="黄山市"))
    assert ("胡秀英", "安徽华联物流有限公司", "屯溪运营中心客户服务部经理") in found


def test_a_branchs_own_head_stays_at_the_branch(extract_text):
    found = posts(extract_text("安徽华联物流有限公司屯溪运营中心经理胡秀英出席。", region="黄山市"))
    assert ("胡秀英", "安徽华联物流有限公司屯溪运营中心", "经理") in found
