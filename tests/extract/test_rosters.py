"""Leader rosters (kg.extract.rosters): the offices of lines "NAME  TITLE-CHAIN", in a
roster article of the furniture or in a text.  Invented rosters and names."""

from __future__ import annotations

import pytest

from tests.extract.facts_view import names, posts


@pytest.fixture
def roster_facts(nlp, gaz):
    """The facts of a roster article (Article.roster) of ``lines``."""
    from kg.extract.article import ArticleExtractor
    from kg.extract.page import infer_page
    from kg.model.article import Article, article_id

    def run(lines: str, region: str | None = None, roster: bool = True):
        article = Article(source="t.txt", index=1, headline=None, body=lines, roster=roster)
        doc = nlp(article.text)
        page = infer_page([doc], [article], gaz, region)
        return ArticleExtractor(gaz).extract(doc, article, page, article_id(article))

    return run


def test_each_line_gives_its_person_offices_at_the_body_before_each_title(roster_facts):
    facts = roster_facts("林一帆 全国总工会党组书记、副主席\n许文 全国总工会书记处书记、党组成员")
    union = "中华全国总工会"
    assert posts(facts) == {
        ("林一帆", union, "党组书记"),
        ("林一帆", union, "副主席"),
        ("许文", union, "书记处书记"),
        ("许文", union, "党组成员"),
    }


def test_a_bracketed_jian_is_no_part_of_the_role_and_a_candidate_holds_no_office(roster_facts):
    facts = roster_facts("林一帆 全国总工会副主席（兼）\n许文 全国总工会副主席，全国妇联副主席（兼）候选人")
    assert posts(facts) == {
        ("林一帆", "中华全国总工会", "副主席"),
        ("许文", "中华全国总工会", "副主席"),
    }


def test_offices_at_several_bodies_and_an_area_body_by_its_province(roster_facts):
    facts = roster_facts("林一帆 全国总工会主席\n许文 湖南省政协副主席、省总工会主席、全国总工会副主席（兼）")
    assert {
        ("许文", "中国人民政治协商会议湖南省委员会", "副主席"),
        ("许文", "湖南省总工会", "主席"),
        ("许文", "中华全国总工会", "副主席"),
    } <= posts(facts)


def test_a_bare_department_in_a_unions_chain_is_the_unions(roster_facts):
    facts = roster_facts("林一帆 全国总工会主席\n许文 全国总工会党组成员，组织部部长")
    assert ("许文", "中华全国总工会", "组织部部长") in posts(facts)


def test_a_stationed_discipline_group_is_one_body(roster_facts):
    line = "许文 中央纪委国家监委驻全国总工会机关纪检监察组组长、全国总工会党组成员"
    facts = roster_facts(f"林一帆 全国总工会主席\n{line}")
    group = "中央纪委国家监委驻全国总工会机关纪检监察组"
    assert group in names(facts, "Organization")
    assert {("许文", group, "组长"), ("许文", "中华全国总工会", "党组成员")} <= posts(facts)


def test_roster_lines_in_a_text_are_read_when_several_follow_one_another(roster_facts):
    lines = "领导班子成员\n林一帆 湘江区总工会党组书记、主席\n许 文 湘江区总工会副主席"
    facts = roster_facts(lines, region="长沙市", roster=False)
    assert {("林一帆", "湘江区总工会", "主席"), ("许文", "湘江区总工会", "副主席")} <= posts(facts)


def test_one_such_line_alone_in_a_text_is_no_roster(roster_facts):
    facts = roster_facts("区总工会举办职工书法展\n林一帆 湘江区总工会主席\n活动吸引了200余名职工参加。", roster=False)
    assert ("林一帆", "湘江区总工会", "主席") not in posts(facts)


def test_a_chain_opening_with_a_title_is_at_the_body_of_the_rosters_label(roster_facts):
    facts = roster_facts("全国总工会领导班子\n林一帆 党组书记、主席\n许文 副主席（兼）")
    assert posts(facts) == {
        ("林一帆", "中华全国总工会", "党组书记"),
        ("林一帆", "中华全国总工会", "主席"),
        ("许文", "中华全国总工会", "副主席"),
    }


def test_without_a_label_a_chain_opening_with_a_title_has_no_body(roster_facts):
    facts = roster_facts("林一帆 党组书记、主席\n许文 副主席（兼）")
    assert posts(facts) == set()


def test_a_roster_article_gives_offices_and_no_events(roster_facts):
    facts = roster_facts("林一帆 湘江区总工会主席，参加职工运动会开幕式\n许文 湘江区总工会副主席，出席劳模座谈会")
    assert ("许文", "湘江区总工会", "副主席") in posts(facts)
    assert facts.events == []


def test_a_rosters_places_say_nothing_of_the_pages_region(nlp, gaz):
    from kg.extract.page import infer_page
    from kg.model.article import Article

    article = Article(source="t.txt", index=0, headline="区总工会举办书法展", body="活动吸引了200余名职工参加。")
    roster = Article(
        source="t.txt", index=1, headline=None, body="林一帆 湖南省总工会主席\n许文 湖南省政协副主席", roster=True
    )
    page = infer_page([nlp(article.text), nlp(roster.text)], [article, roster], gaz)
    assert page.region == []


def test_one_entry_under_its_groups_header_on_its_line_is_read(extract_text):
    text = (
        "二、长沙市五一劳动奖章（100名）\n岳麓区：王强 湘江机械有限公司焊工\n"
        "浏阳市：赵永强 浏阳金穗水稻种植专业合作社理事长\n宁乡市：李静（女） 宁乡市第一中学教师\n"
    )
    assert posts(extract_text(text, region="长沙市")) == {("赵永强", "浏阳金穗水稻种植专业合作社", "理事长")}
    text = "会议议程\n主持人：周敏 雨花区总工会副主席\n"
    assert posts(extract_text(text, region="长沙市")) == {("周敏", "雨花区总工会", "副主席")}
    # (no header: a name and a chain alone on a line may be a fragment of a sentence)
    assert posts(extract_text("浏阳金穗水稻种植专业合作社\n赵永强 理事长发言\n", region="长沙市")) == set()
