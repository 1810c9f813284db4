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
