"""kg.extract.head_words: on a group's own page, the members it names by their trade alone
(钢铁公司, 集团总医院) are the group's.  Invented group, units and names."""

from __future__ import annotations

import pytest

from tests.extract.facts_view import parents


@pytest.fixture
def site_facts(nlp, gaz):
    """The facts of ``body`` on a page whose header prints ``header``."""
    from kg.extract.article import ArticleExtractor
    from kg.extract.page import infer_page
    from kg.model.article import Article, article_id

    def run(body: str, header: str):
        article = Article(source="t.txt", index=0, headline=None, body=body, furniture=[header])
        doc = nlp(article.text)
        page = infer_page([doc], [article], gaz, "长沙市")
        return ArticleExtractor(gaz).extract(doc, article, page, article_id(article))

    return run


_BODY = (
    "湘岳重工集团有限公司所属各单位近日召开会员大会，选举产生代表。现将代表名单公示如下：\n"
    "柯一鸣 机械公司装配车间钳工\n"
    "曹永年（女） 集团职工医院检验科技师\n"
    "钟文博 湘岳技师学院焊接专业教师\n"
    "孔令杰 锻压厂热处理车间主任\n"
    "许文亮 长沙市中心医院护士长\n"
)


def test_a_groups_members_named_by_their_trade_are_the_groups(site_facts):
    facts = site_facts(_BODY, "湘岳重工集团有限公司 首页 新闻中心")
    got = parents(facts)
    group = "湘岳重工集团有限公司"
    assert {("机械公司", group), ("集团职工医院", group), ("湘岳技师学院", group)} <= got, got
    # a works is a member's unit, a city's hospital the city's: neither is the group's
    assert ("锻压厂", group) not in got and ("长沙市中心医院", group) not in got, got


def test_on_a_page_of_no_group_they_stay_alone(site_facts):
    facts = site_facts(_BODY, "湘岳机械有限公司 首页 新闻中心")
    assert ("机械公司", "湘岳机械有限公司") not in parents(facts)
