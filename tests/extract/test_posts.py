"""Family posts (kg.extract.posts): who holds which office where."""

from __future__ import annotations

import pytest

from tests.extract.facts_view import names, parents, posts


def test_titles_before_a_name_are_offices_at_the_body_named_before_them(extract_text):
    facts = extract_text("会上，雨花区总工会党组书记、主席刘洋作工作报告。", region="长沙市")
    assert posts(facts) == {("刘洋", "雨花区总工会", "党组书记"), ("刘洋", "雨花区总工会", "主席")}


def test_titles_joined_by_jian_are_both_held(extract_text):
    facts = extract_text("会上，雨花区总工会副主席兼秘书长刘洋出席。", region="长沙市")
    assert posts(facts) == {("刘洋", "雨花区总工会", "副主席"), ("刘洋", "雨花区总工会", "秘书长")}


def test_each_office_is_held_at_the_body_named_right_before_it(extract_text):
    facts = extract_text("会上，雨花区总工会主席，雨花区人民医院院长刘洋讲话。", region="长沙市")
    assert posts(facts) == {("刘洋", "雨花区总工会", "主席"), ("刘洋", "雨花区人民医院", "院长")}


def test_a_rank_is_an_office_only_at_the_body_written_before_it(extract_text):
    facts = extract_text("会上，雨花区总工会一级调研员刘洋出席。", region="长沙市")
    assert posts(facts) == {("刘洋", "雨花区总工会", "一级调研员")}
    facts = extract_text("会上，雨花区总工会副主席、一级调研员刘洋出席。", region="长沙市")
    assert posts(facts) == {("刘洋", "雨花区总工会", "副主席")}


def test_the_other_names_of_a_list_share_the_offices(extract_text):
    facts = extract_text("会上，雨花区总工会副主席刘洋、李静出席。", region="长沙市")
    assert posts(facts) == {("刘洋", "雨花区总工会", "副主席"), ("李静", "雨花区总工会", "副主席")}


def test_an_election_to_an_office_at_the_body_named(extract_text):
    facts = extract_text("近日，雨花区总工会召开全委会，刘洋当选为雨花区人民医院工会主席。", region="长沙市")
    assert posts(facts) == {("刘洋", "雨花区人民医院工会", "主席")}


def test_an_election_without_a_body_is_at_the_union_named_last(extract_text):
    facts = extract_text("近日，雨花区总工会召开全委会，刘洋当选为主席、党组书记。", region="长沙市")
    assert posts(facts) == {("刘洋", "雨花区总工会", "主席"), ("刘洋", "雨花区总工会", "党组书记")}


def test_the_names_listed_before_the_elected_one_are_elected_too(extract_text):
    facts = extract_text("近日，雨花区总工会召开全委会。李静、王强当选为副主席。", region="长沙市")
    assert posts(facts) == {("李静", "雨花区总工会", "副主席"), ("王强", "雨花区总工会", "副主席")}


def test_an_election_after_a_parenthesis(extract_text):
    facts = extract_text("近日，雨花区总工会召开全委会，刘洋（兼职）当选为副主席。", region="长沙市")
    assert posts(facts) == {("刘洋", "雨花区总工会", "副主席")}


def test_a_vote_before_the_names_and_wei_after_them(extract_text):
    facts = extract_text("近日，雨花区总工会召开全委会，会议补选刘洋、王强为区总工会副主席。", region="长沙市")
    assert posts(facts) == {("刘洋", "雨花区总工会", "副主席"), ("王强", "雨花区总工会", "副主席")}


def test_a_vote_before_the_description_of_the_one_elected(extract_text):
    # the verb, then the elected's ward, job and grade set apart by 、, then the name and 为
    text = (
        "近日，长沙仁和医院召开职工代表大会，大会补选骨科护士长、副主任护师刘洋为医院工会副主席，"
        "补选药剂科主管药师王强为经费审查委员会主任。"
    )
    facts = extract_text(text, region="长沙市")
    assert posts(facts) == {
        ("刘洋", "长沙仁和医院工会", "副主席"),
        ("王强", "长沙仁和医院工会", "经费审查委员会主任"),
    }
    # a company's staff named by their office before the name
    facts = extract_text("星海重工召开会员代表大会，会议选举公司财务部会计李静为星海重工工会副主席。", region="长沙市")
    assert ("李静", "星海重工工会", "副主席") in posts(facts)


def test_names_joined_by_he_in_a_clause_going_on_from_a_vote_are_both_elected(extract_text):
    text = "近日，雨花区总工会召开全委会，选举刘洋为雨花区总工会主席、李静和王强为副主席。"
    facts = extract_text(text, region="长沙市")
    assert posts(facts) == {
        ("刘洋", "雨花区总工会", "主席"),
        ("李静", "雨花区总工会", "副主席"),
        ("王强", "雨花区总工会", "副主席"),
    }


def test_a_committee_head_voted_at_a_union_named_short_is_the_unions_office(extract_text):
    # 乡工会女职工委员会主任: the committee of the 乡工会, not a body of its own
    text = "炼铁乡工会召开会员代表大会，会议补选刘洋为乡工会女职工委员会主任。"
    facts = extract_text(text, region="洱源县")
    assert {(p, b[-5:], r) for p, b, r in posts(facts)} == {("刘洋", "炼铁乡工会", "女职工委员会主任")}


def test_wei_after_names_without_a_vote_is_no_election(extract_text):
    facts = extract_text("近日，雨花区总工会召开全委会，刘洋、王强为职工代表讲解政策。", region="长沙市")
    assert posts(facts) == set()


def test_an_election_to_a_rank_is_no_office(extract_text):
    facts = extract_text("近日，雨花区总工会召开全委会，刘洋当选为一级调研员。", region="长沙市")
    assert posts(facts) == set()


def test_wei_after_a_name_without_a_vote_before_it_is_no_election(extract_text):
    facts = extract_text("会上，雨花区总工会组织慰问，刘洋为副主席李静颁发证书。", region="长沙市")
    assert posts(facts) == set()


# ---------------------------------------------------------------- title chains (issue 12)
def test_a_chain_of_titles_at_three_bodies(extract_text):
    text = "会上，雨花区总工会副主席、长沙远大科技有限公司董事长、雨花区人民医院院长刘洋讲话。"
    facts = extract_text(text, region="长沙市")
    assert posts(facts) == {
        ("刘洋", "雨花区总工会", "副主席"),
        ("刘洋", "长沙远大科技有限公司", "董事长"),
        ("刘洋", "雨花区人民医院", "院长"),
    }


def test_a_qualified_title_is_an_office_at_the_body_before_it(extract_text):
    facts = extract_text("会上，雨花区总工会党组成员、挂职副主席刘洋讲话。", region="长沙市")
    assert posts(facts) == {
        ("刘洋", "雨花区总工会", "党组成员"),
        ("刘洋", "雨花区总工会", "副主席"),
    }  # (挂职: how it is held)


def test_a_title_read_into_a_unions_name_is_split_where_the_name_ends(extract_text):
    # the title finder reads 工会副主席 (organ + title); the union's name ends inside it
    facts = extract_text("会上，长沙远大科技有限公司工会副主席刘洋讲话。", region="长沙市")
    assert posts(facts) == {("刘洋", "长沙远大科技有限公司工会", "副主席")}


def test_the_organs_of_a_company_stay_in_its_titles(extract_text):
    facts = extract_text("会上，长沙远大科技有限公司党委副书记、工会主席、纪委书记刘洋讲话。", region="长沙市")
    assert posts(facts) == {
        ("刘洋", "长沙远大科技有限公司", "党委副书记"),
        ("刘洋", "长沙远大科技有限公司", "工会主席"),
        ("刘洋", "长沙远大科技有限公司", "纪委书记"),
    }


def test_a_title_without_a_body_after_a_name_is_at_that_names_body(extract_text):
    facts = extract_text("会上，雨花区总工会主席刘洋，副主席李静、王强出席。", region="长沙市")
    assert posts(facts) == {
        ("刘洋", "雨花区总工会", "主席"),
        ("李静", "雨花区总工会", "副主席"),
        ("王强", "雨花区总工会", "副主席"),
    }


def test_a_title_without_any_body_is_no_post(extract_text):
    facts = extract_text("会上，副主席刘洋讲话。", region="长沙市")
    assert posts(facts) == set()


# ---------------------------------------------------------------- titles after a name
def test_titles_in_brackets_after_a_name(extract_text):
    facts = extract_text("会上，刘洋（雨花区总工会党组书记、主席）作报告。", region="长沙市")
    assert posts(facts) == {("刘洋", "雨花区总工会", "党组书记"), ("刘洋", "雨花区总工会", "主席")}


def test_titles_between_commas_after_a_name(extract_text):
    facts = extract_text("会上，刘洋，雨花区总工会副主席，介绍了有关情况。", region="长沙市")
    assert posts(facts) == {("刘洋", "雨花区总工会", "副主席")}


def test_entries_of_a_name_and_its_titles_set_apart_by_semicolons(extract_text):
    # NAME，BODY TITLE、TITLE；NAME，BODY TITLE；: the name after ； opens the next entry
    text = "出席仪式的有：刘洋，雨花区总工会党组书记、常务副主席；李静，雨花区人民医院副院长；王强等。"
    facts = extract_text(text, region="长沙市")
    assert posts(facts) == {
        ("刘洋", "雨花区总工会", "党组书记"),
        ("刘洋", "雨花区总工会", "常务副主席"),
        ("李静", "雨花区人民医院", "副院长"),
    }


def test_a_bodiless_title_after_a_name_joined_by_jian_to_an_office_elsewhere(extract_text):
    # 副主席兼某医院院长B right after A's entry: the 副主席 is at A's body, the 院长 at the hospital
    text = "会上，雨花区总工会主席刘洋、副主席兼雨花区人民医院院长李静出席。"
    facts = extract_text(text, region="长沙市")
    assert posts(facts) == {
        ("刘洋", "雨花区总工会", "主席"),
        ("李静", "雨花区总工会", "副主席"),
        ("李静", "雨花区人民医院", "院长"),
    }


def test_a_title_before_the_next_name_is_not_the_one_before(extract_text):
    facts = extract_text("参加活动的有刘洋，雨花区总工会副主席李静。", region="长沙市")
    assert posts(facts) == {("李静", "雨花区总工会", "副主席")}


# ---------------------------------------------------------------- elections (issue 12)
def test_each_list_takes_only_its_own_clauses_office(extract_text):
    text = "近日，雨花区总工会召开全委会，刘洋当选为雨花区总工会主席，李静、王强当选为副主席。"
    facts = extract_text(text, region="长沙市")
    assert posts(facts) == {
        ("刘洋", "雨花区总工会", "主席"),
        ("李静", "雨花区总工会", "副主席"),
        ("王强", "雨花区总工会", "副主席"),
    }


def test_a_vote_goes_on_over_its_clauses_at_the_articles_union(extract_text):
    text = (
        "长沙远大科技有限公司工会成立大会召开，雨花区总工会主席王明出席。"
        "会议选举刘洋同志为工会主席，李静、王强同志为工会副主席。"
    )
    facts = extract_text(text, region="长沙市")
    union = "长沙远大科技有限公司工会"
    assert {p for p in posts(facts) if p[0] != "王明"} == {
        ("刘洋", union, "主席"),
        ("李静", union, "副主席"),
        ("王强", union, "副主席"),
    }


def test_comrade_after_the_name_of_one_elected(extract_text):
    facts = extract_text("近日，雨花区总工会召开全委会，刘洋同志当选为副主席。", region="长沙市")
    assert posts(facts) == {("刘洋", "雨花区总工会", "副主席")}


def test_a_term_between_the_body_and_the_title(extract_text):
    text = "近日，芙蓉区总工会主席王明出席会议，刘洋当选为雨花区总工会第三届委员会主席。"
    facts = extract_text(text, region="长沙市")
    assert ("刘洋", "雨花区总工会", "主席") in posts(facts)


def test_added_to_an_office_after_the_name(extract_text):
    facts = extract_text("近日，雨花区总工会召开全委会，王强增补为雨花区总工会副主席。", region="长沙市")
    assert posts(facts) == {("王强", "雨花区总工会", "副主席")}


def test_an_appointment_before_the_name(extract_text):
    facts = extract_text("近日，长沙远大科技有限公司召开大会，任命刘洋为长沙远大科技有限公司总经理。", region="长沙市")
    assert posts(facts) == {("刘洋", "长沙远大科技有限公司", "总经理")}


def test_titles_across_a_comma_are_the_names_when_they_open_their_clause(extract_text):
    text = "1月5日，雨花区人民医院院长，雨花区总工会主席刘洋到企业走访。"
    want = {("刘洋", "雨花区人民医院", "院长"), ("刘洋", "雨花区总工会", "主席")}
    assert posts(extract_text(text, region="长沙市")) == want
    text = "近日，雨花区总工会召开全委会，王强当选为雨花区总工会主席，雨花区总工会党组书记刘洋当选为常务副主席。"
    assert ("刘洋", "雨花区总工会", "主席") not in posts(extract_text(text, region="长沙市"))


def test_a_bare_general_union_in_a_chain_is_the_union_of_the_area_named_first(extract_text):
    text = "近日，雨花区人民医院院长、总工会主席刘洋到企业走访，雨花区总工会副主席李静陪同。"
    assert ("刘洋", "雨花区总工会", "主席") in posts(extract_text(text, region="长沙市"))
    # no such union named: no post (none is made up)
    text = "近日，雨花区人民医院院长、总工会主席刘洋到企业走访。"
    assert posts(extract_text(text, region="长沙市")) == {("刘洋", "雨花区人民医院", "院长")}


def test_a_bare_general_union_after_a_name_is_the_one_named_before_it(extract_text):
    text = "出席会议的有长沙远大集团总工会主席刘洋、总工会副主席李静。"
    assert ("李静", "长沙远大集团总工会", "副主席") in posts(extract_text(text, region="长沙市"))
    # in its own clause: the area's union, not the one another clause named
    text = "芙蓉区总工会主席王强到街道走访，东湖街道党工委委员、总工会主席刘洋陪同。东湖街道总工会成立十年。"
    assert ("刘洋", "芙蓉区总工会", "主席") not in posts(extract_text(text, region="长沙市"))


def test_comrade_and_ren_after_the_name(extract_text):
    facts = extract_text("近日，经研究决定，刘洋同志任雨花区总工会副主席。", region="长沙市")
    assert posts(facts) == {("刘洋", "雨花区总工会", "副主席")}


def test_a_title_without_a_body_after_he_and_a_name(extract_text):
    facts = extract_text("会上，雨花区总工会主席刘洋和副主席李静出席。", region="长沙市")
    assert ("李静", "雨花区总工会", "副主席") in posts(facts)


def test_a_vote_to_a_unions_committee_is_an_office_at_that_union(extract_text):
    text = (
        "长沙远大科技有限公司工会成立大会召开，雨花区总工会主席王明出席。"
        "会议选举刘洋同志为工会主席，李静同志为经费审查委员会主任，王强同志为女职工委员会主任。"
    )
    facts = extract_text(text, region="长沙市")
    union = "长沙远大科技有限公司工会"
    assert {p for p in posts(facts) if p[0] != "王明"} == {
        ("刘洋", union, "主席"),
        ("李静", union, "经费审查委员会主任"),
        ("王强", union, "女职工委员会主任"),
    }


def test_a_bare_company_after_a_branch_is_the_branchs_company(extract_text):
    text = "远大建设集团有限公司湖南分公司举行技能竞赛。公司党委书记、工会主席王明，分公司经理李强出席。"
    facts = extract_text(text, region="长沙市")
    company, branch = "远大建设集团有限公司", "远大建设集团有限公司湖南分公司"
    assert posts(facts) == {
        ("王明", company, "党委书记"),
        ("王明", company, "工会主席"),
        ("李强", branch, "经理"),
    }


def test_a_bare_company_is_the_company_whose_union_the_article_named(extract_text):
    text = "8月5日，星海重工工会成立大会在园区举行。公司党委书记、董事长王明，区总工会主席李强出席。"
    facts = extract_text(text, region="长沙市")
    assert {p for p in posts(facts) if p[0] == "王明"} == {
        ("王明", "星海重工", "党委书记"),
        ("王明", "星海重工", "董事长"),
    }


def test_the_union_of_a_companys_own_offices_names_no_company(extract_text):
    # 公司机关工会 is the union of the company's offices (its host named by the head word
    # 公司 again): the 公司 of 公司工会 is not its host, so no office is read at the 机关工会
    text = "3月6日，公司机关工会召开座谈会。公司工会副主席马振华出席会议。"
    assert not {p for p in posts(extract_text(text, region="长沙市")) if p[0] == "马振华"}


def test_the_unions_audit_organ_inside_a_title(extract_text):
    text = "湖南省总工会党组成员、经费审查主任李静出席会议。"
    facts = extract_text(text, region="长沙市")
    assert posts(facts) == {
        ("李静", "湖南省总工会", "党组成员"),
        ("李静", "湖南省总工会", "经费审查主任"),
    }


def test_a_level_union_in_a_chain_is_of_the_area_the_chain_named(extract_text):
    text = "株洲市总工会副主席李强出席。醴陵市人大常委会副主任、市总工会主席王明，株洲市总工会经审会主任刘洋参加。"
    facts = extract_text(text, region="湖南省")
    assert ("王明", "醴陵市总工会", "主席") in posts(facts)


# ---------------------------------------------------------------- round 3: forms of the genre
def test_concurrently_holds_after_the_name(extract_text):
    facts = extract_text("经研究决定，刘洋兼任雨花区总工会主席。", region="长沙市")
    assert posts(facts) == {("刘洋", "雨花区总工会", "主席")}


def test_a_profile_writes_the_present_office_after_a_comma(extract_text):
    facts = extract_text("刘洋，现任雨花区总工会副主席，长期从事职工服务工作。", region="长沙市")
    assert posts(facts) == {("刘洋", "雨花区总工会", "副主席")}


def test_a_workshop_head_and_a_team_leader_at_the_company(extract_text):
    text = "湖南远大机械有限公司车间主任刘洋、班组长李静分享了经验。"
    assert posts(extract_text(text, region="长沙市")) == {
        ("刘洋", "湖南远大机械有限公司", "车间主任"),
        ("李静", "湖南远大机械有限公司", "班组长"),
    }


def test_a_named_workshops_head_after_a_bare_company_is_the_companys_office(extract_text):
    # 公司总装车间主任X: the workshop's name before 车间主任, the company named by its kind alone
    text = "长沙远大机械有限公司召开职代会。全国劳动模范、公司总装车间主任刘洋介绍了经验。"
    assert posts(extract_text(text, region="长沙市")) == {("刘洋", "长沙远大机械有限公司", "总装车间主任")}
    text = "湖南星海重工集团召开职代会。会上，集团焊装车间副主任李静发言。"
    assert posts(extract_text(text, region="长沙市")) == {("李静", "湖南星海重工集团", "焊装车间副主任")}


def test_a_deputy_district_head_is_at_the_districts_government(extract_text):
    facts = extract_text("雨花区副区长刘洋出席活动并致辞。", region="长沙市")
    assert posts(facts) == {("刘洋", "长沙市雨花区人民政府", "副区长")}


def test_a_government_head_after_a_party_title_is_not_the_committees(extract_text):
    facts = extract_text("雨花区委副书记、区长刘洋出席活动。", region="长沙市")
    assert posts(facts) == {("刘洋", "中共长沙市雨花区委员会", "副书记"), ("刘洋", "长沙市雨花区人民政府", "区长")}


def test_a_bare_deputy_mayor_is_at_the_government_of_the_city_in_context(extract_text):
    facts = extract_text("长沙市举行职工技能大赛，副市长刘洋出席。", region="长沙市")
    assert posts(facts) == {("刘洋", "长沙市人民政府", "副市长")}


def test_an_appointment_as_deputy_district_head(extract_text):
    facts = extract_text("会议决定任命刘洋为雨花区副区长。", region="长沙市")
    assert posts(facts) == {("刘洋", "长沙市雨花区人民政府", "副区长")}


def test_a_title_after_the_name_is_at_the_body_written_before_the_name(extract_text):
    facts = extract_text("会上，雨花区总工会刘洋主席作了讲话。", region="长沙市")
    assert posts(facts) == {("刘洋", "雨花区总工会", "主席")}


def test_a_chair_after_the_name_is_at_the_union_the_sentence_named(extract_text):
    facts = extract_text("雨花区总工会召开全委会，刘洋主席、李静副主席出席。", region="长沙市")
    assert posts(facts) == {("刘洋", "雨花区总工会", "主席"), ("李静", "雨花区总工会", "副主席")}
    # the body the sentence named last is no union: no post
    assert posts(extract_text("雨花区政协召开常委会议，刘洋主席主持会议。", region="长沙市")) == set()


def test_a_word_on_the_vote_between_the_names_and_the_verb(extract_text):
    text = "雨花区总工会召开全委会，刘洋全票当选为主席，李静、王强分别当选为副主席。"
    assert posts(extract_text(text, region="长沙市")) == {
        ("刘洋", "雨花区总工会", "主席"),
        ("李静", "雨花区总工会", "副主席"),
        ("王强", "雨花区总工会", "副主席"),
    }


def test_re_elected_to_the_office(extract_text):
    facts = extract_text("大会上，刘洋连任雨花区总工会主席。", region="长沙市")
    assert posts(facts) == {("刘洋", "雨花区总工会", "主席")}


def test_a_new_term_before_the_body_elected_to(extract_text):
    facts = extract_text("大会上，刘洋当选为新一届雨花区总工会主席。", region="长沙市")
    assert posts(facts) == {("刘洋", "雨花区总工会", "主席")}


def test_the_secretary_of_the_national_unions_secretariat(extract_text):
    facts = extract_text("中华全国总工会书记处书记刘洋出席会议。", region="长沙市")
    assert posts(facts) == {("刘洋", "中华全国总工会", "书记处书记")}


def test_a_vice_chair_of_the_national_peoples_congress_standing_committee(extract_text):
    facts = extract_text("全国人大常委会副委员长、中华全国总工会主席刘洋出席会议。", region="长沙市")
    assert posts(facts) == {
        ("刘洋", "全国人民代表大会常务委员会", "副委员长"),
        ("刘洋", "中华全国总工会", "主席"),
    }


def test_the_titles_after_a_vote_are_at_the_unions_whose_vote_it_is(extract_text):
    text = "湖南远大科技有限公司工会召开第一次会员大会，选举产生了第一届工会委员会，主席刘洋，副主席李静。"
    union = "湖南远大科技有限公司工会"
    assert posts(extract_text(text, region="长沙市")) == {("刘洋", union, "主席"), ("李静", union, "副主席")}
    # no vote told: the titles are at no body
    text = "湖南远大科技有限公司工会召开第一次会员大会，主席刘洋，副主席李静出席。"
    assert posts(extract_text(text, region="长沙市")) == set()


def test_a_unit_between_the_body_and_the_title_is_the_offices_body(extract_text):
    # (a hospital's 护理部 is written into its head's role at the hospital: test_posts53_grammar)
    text = "湖南远大科技有限公司工程技术部经理刘洋、雨花区交通运输局执法大队大队长李静介绍了情况。"
    facts = extract_text(text, region="长沙市")
    assert posts(facts) == {
        ("刘洋", "湖南远大科技有限公司", "工程技术部经理"),
        ("李静", "雨花区交通运输局执法大队", "大队长"),
    }
    assert ("雨花区交通运输局执法大队", "雨花区交通运输局") in parents(facts)


def test_a_departments_head_written_once_with_the_department(extract_text):
    facts = extract_text("会上，长沙市委常委、宣传部长刘洋讲话。", region="长沙市")
    assert posts(facts) == {("刘洋", "中共长沙市委员会", "常委"), ("刘洋", "中共长沙市委宣传部", "部长")}


def test_titles_in_brackets_after_comrade(extract_text):
    facts = extract_text("会上，刘洋同志（雨花区总工会党组书记、主席）作报告。", region="长沙市")
    assert posts(facts) == {("刘洋", "雨花区总工会", "党组书记"), ("刘洋", "雨花区总工会", "主席")}


def test_a_note_on_the_title_between_it_and_the_name(extract_text):
    facts = extract_text("长沙市总工会副主席（挂职）刘洋出席活动。", region="长沙市")
    assert posts(facts) == {("刘洋", "长沙市总工会", "副主席")}


def test_a_list_of_results_title_colon_names(extract_text):
    text = "雨花区总工会召开第一次全委会，选举结果如下：主席：刘洋；副主席：李静、王强。"
    assert posts(extract_text(text, region="长沙市")) == {
        ("刘洋", "雨花区总工会", "主席"),
        ("李静", "雨花区总工会", "副主席"),
        ("王强", "雨花区总工会", "副主席"),
    }


def test_a_project_department_read_short_is_glued_back_to_its_company(extract_text):
    text = "湖南建工集团长株高速改扩建工程第三标段项目部项目经理刘洋介绍了进展。"
    facts = extract_text(text, region="长沙市")
    unit = "湖南建工集团长株高速改扩建工程第三标段项目部"
    assert posts(facts) == {("刘洋", unit, "项目经理")}
    assert (unit, "湖南建工集团") in parents(facts)


def test_units_listed_before_a_title_are_each_headed_by_the_name(extract_text):
    facts = extract_text("雨花区总工会权益保障部、劳动和经济工作部部长刘洋出席。", region="长沙市")
    assert posts(facts) == {
        ("刘洋", "雨花区总工会", "权益保障部部长"),
        ("刘洋", "雨花区总工会", "劳动和经济工作部部长"),
    }
    # bodies of other kinds listed before a title do not share it
    facts = extract_text("出席活动的有雨花区总工会、雨花区人社局局长刘洋。", region="长沙市")
    assert posts(facts) == {("刘洋", "长沙市雨花区人力资源和社会保障局", "局长")}


def test_a_profile_names_the_present_offices_after_its_facts(extract_text):
    facts = extract_text("刘洋，女，1978年6月生，中共党员，现任雨花区总工会副主席。", region="长沙市")
    assert posts(facts) == {("刘洋", "雨花区总工会", "副主席")}


def test_a_departments_head_written_once_in_brackets_and_in_an_appointment(extract_text):
    facts = extract_text("会上，刘洋（长沙市委常委、宣传部长）讲话。", region="长沙市")
    assert posts(facts) == {("刘洋", "中共长沙市委员会", "常委"), ("刘洋", "中共长沙市委宣传部", "部长")}
    facts = extract_text("会议任命李静为长沙市委宣传部长。", region="长沙市")
    assert posts(facts) == {("李静", "中共长沙市委宣传部", "部长")}


def test_the_head_of_a_unions_own_committee_holds_an_office_of_the_union(extract_text):
    text = "湖南省总工会党组成员、经费审查委员会主任李静，市总工会女工委主任王丽出席会议。"
    facts = extract_text(text, region="长沙市")
    assert ("李静", "湖南省总工会", "经费审查委员会主任") in posts(facts)
    assert ("王丽", "长沙市总工会", "女职工委员会主任") in posts(facts)
    facts = extract_text("星海电力公司工会女工委主任王丽一行来到基层慰问。", region="长沙市")
    assert posts(facts) == {("王丽", "星海电力公司工会", "女职工委员会主任")}


def test_respectively_pairs_the_names_and_the_offices_one_to_one(extract_text):
    text = "会议选举产生了星海重工工会第一届委员会，王明、李强分别当选为主席、副主席。"
    facts = extract_text(text, region="长沙市")
    assert posts(facts) == {("王明", "星海重工工会", "主席"), ("李强", "星海重工工会", "副主席")}
    facts = extract_text("会议选举王明、李强分别为星海重工工会主席、副主席。", region="长沙市")
    assert posts(facts) == {("王明", "星海重工工会", "主席"), ("李强", "星海重工工会", "副主席")}


def test_respectively_pairs_names_with_the_heads_of_two_committees(extract_text):
    text = "星海重工工会召开会员大会，王明、李强分别当选为经费审查委员会主任、女职工委员会主任。"
    facts = extract_text(text, region="长沙市")
    assert posts(facts) == {
        ("王明", "星海重工工会", "经费审查委员会主任"),
        ("李强", "星海重工工会", "女职工委员会主任"),
    }


def test_lines_of_titles_and_names_after_a_vote_are_offices_at_its_union(extract_text):
    text = "会议选举产生了星海重工工会第二届委员会。\n副主席：李强、赵刚\n经审会主任：刘洋"
    facts = extract_text(text, region="长沙市")
    assert ("李强", "星海重工工会", "副主席") in posts(facts)
    assert ("赵刚", "星海重工工会", "副主席") in posts(facts)
    # without a vote told before them, such lines name no body
    facts = extract_text("星海重工工会举办趣味运动会。\n副主席：李强、赵刚", region="长沙市")
    assert not posts(facts)


def test_a_title_spread_by_spaces_to_line_up_a_list(extract_text):
    text = "会议选举产生了星海重工工会第二届委员会。\n主  席：王明\n副主席：李强"
    facts = extract_text(text, region="长沙市")
    assert ("王明", "星海重工工会", "主席") in posts(facts)


def test_lines_of_titles_and_names_under_a_lists_head(extract_text):
    text = "星海重工工会第二届委员会组成人员名单\n主席：王明\n副主席：李强"
    facts = extract_text(text, region="长沙市")
    assert posts(facts) == {("王明", "星海重工工会", "主席"), ("李强", "星海重工工会", "副主席")}


def test_a_sentence_opening_with_a_title_after_a_vote_is_no_line_of_a_list(extract_text):
    # a paragraph of prose after the vote's: 党委书记 is no office of the union voted at
    text = "会议选举产生了星海重工工会第二届委员会，补选李强为副主席。\n党委书记王明在讲话中指出，要关心职工。"
    facts = extract_text(text, region="长沙市")
    assert posts(facts) == {("李强", "星海重工工会", "副主席")}


# ---------------------------------------------------------------- former offices (round 5)
def test_an_office_marked_former_is_no_present_post(extract_text):
    text = "会上，原雨花区总工会主席刘洋，时任雨花区总工会副主席王强，雨花区总工会主席李静出席。"
    facts = extract_text(text, region="长沙市")
    assert posts(facts) == {("李静", "雨花区总工会", "主席")}


def test_a_place_whose_name_holds_the_former_mark_keeps_its_office(extract_text):
    facts = extract_text("会上，平原县总工会主席刘洋讲话。", region="德州市")
    assert ("刘洋", "平原县总工会", "主席") in posts(facts)


# ---------------------------------------------------------------- round 5 forms
def test_names_with_wei_in_the_clauses_after_a_vote_told_in_the_sentence(extract_text):
    text = "会议选举产生了天心区总工会新一届委员会，周敏为主席，何雪梅、罗志刚为副主席。"
    facts = extract_text(text, region="长沙市")
    assert posts(facts) == {
        ("周敏", "天心区总工会", "主席"),
        ("何雪梅", "天心区总工会", "副主席"),
        ("罗志刚", "天心区总工会", "副主席"),
    }


def test_a_new_term_before_a_union_organs_title(extract_text):
    facts = extract_text("长沙华强机械有限公司工会召开会员大会，周敏当选为新一届工会副主席。", region="长沙市")
    assert posts(facts) == {("周敏", "长沙华强机械有限公司工会", "副主席")}


def test_yiji_between_a_name_and_the_next_title(extract_text):
    facts = extract_text("天心区总工会主席周敏以及副主席何雪梅到场。", region="长沙市")
    assert posts(facts) == {("周敏", "天心区总工会", "主席"), ("何雪梅", "天心区总工会", "副主席")}


def test_names_set_apart_by_spaces_in_a_lists_line_share_its_title(extract_text):
    text = "天心区总工会第三届委员会组成人员名单\n主席：周敏\n副主席：何雪梅　罗志刚\n"
    facts = extract_text(text, region="长沙市")
    assert ("罗志刚", "天心区总工会", "副主席") in posts(facts)


def test_names_set_apart_by_spaces_outside_a_list_share_nothing(extract_text):
    facts = extract_text("天心区总工会副主席何雪梅 王强出席。", region="长沙市")
    assert ("王强", "天心区总工会", "副主席") not in posts(facts)


def test_xi_after_a_name_gives_the_offices_named_next(extract_text):
    facts = extract_text("周敏，女，1982年生，系长沙华强机械有限公司工会主席。", region="长沙市")
    assert posts(facts) == {("周敏", "长沙华强机械有限公司工会", "主席")}


def test_a_companys_congress_elects_its_unions_offices(extract_text):
    text = "长沙华强机械有限公司召开第一次工会会员代表大会，会议选举周敏为工会主席，何雪梅为工会副主席。"
    facts = extract_text(text, region="长沙市")
    union = "长沙华强机械有限公司工会"
    assert posts(facts) == {("周敏", union, "主席"), ("何雪梅", union, "副主席")}
    assert union in names(facts, "TradeUnion")


def test_a_named_union_is_the_body_of_a_bare_union_organ_not_a_companys(extract_text):
    text = "天心区总工会指导长沙华强机械有限公司召开会员代表大会，会议选举周敏为工会主席。"
    facts = extract_text(text, region="长沙市")
    assert posts(facts) == {("周敏", "天心区总工会", "主席")}


def test_a_unions_vice_chair_opening_a_clause_is_at_the_union_read_last(extract_text):
    text = "天心区总工会主席周敏主持会议，副主席何雪梅宣读了表彰决定。"
    facts = extract_text(text, region="长沙市")
    assert posts(facts) == {("周敏", "天心区总工会", "主席"), ("何雪梅", "天心区总工会", "副主席")}


def test_a_vice_chair_opening_a_clause_after_a_companys_office_is_no_post(extract_text):
    text = "长沙华强机械有限公司董事长周敏致辞，副主席何雪梅宣读了表彰决定。"
    facts = extract_text(text, region="长沙市")
    assert posts(facts) == {("周敏", "长沙华强机械有限公司", "董事长")}


def test_a_space_between_a_name_and_the_next_title(extract_text):
    facts = extract_text("天心区总工会主席周敏 副主席何雪梅到场。", region="长沙市")
    assert ("何雪梅", "天心区总工会", "副主席") in posts(facts)


def test_names_with_a_note_each_listed_before_an_election(extract_text):
    facts = extract_text("周敏（女）、罗志刚当选为天心区总工会副主席。", region="长沙市")
    assert posts(facts) == {("周敏", "天心区总工会", "副主席"), ("罗志刚", "天心区总工会", "副主席")}


def test_an_organ_title_after_an_office_at_the_companys_union_is_the_companys(extract_text):
    text = "长沙华强机械有限公司工会主席、纪委书记周敏致辞。"
    facts = extract_text(text, region="长沙市")
    assert posts(facts) == {("周敏", "长沙华强机械有限公司工会", "主席"), ("周敏", "长沙华强机械有限公司", "纪委书记")}


def test_a_committee_named_by_its_level_is_the_level_unions(extract_text):
    facts = extract_text("天心区总工会副主席、区女职工委员会主任何雪梅到场。", region="长沙市")
    assert posts(facts) == {("何雪梅", "天心区总工会", "副主席"), ("何雪梅", "天心区总工会", "女职工委员会主任")}


def test_the_short_form_of_the_women_workers_committee(extract_text):
    facts = extract_text("天心区总工会女职委副主任何雪梅到场。", region="长沙市")
    assert posts(facts) == {("何雪梅", "天心区总工会", "女职工委员会副主任")}


def test_the_clauses_of_a_vote_joined_by_dun(extract_text):
    text = "天心区总工会召开全委会，选举周敏为主席、何雪梅为副主席。"
    facts = extract_text(text, region="长沙市")
    assert posts(facts) == {("周敏", "天心区总工会", "主席"), ("何雪梅", "天心区总工会", "副主席")}


def test_an_organ_title_after_an_office_at_a_unit_is_the_units_bodys(extract_text):
    text = "长沙华强机械有限公司综合管理部部长、工会副主席何雪梅到场。"
    facts = extract_text(text, region="长沙市")
    assert posts(facts) == {
        ("何雪梅", "长沙华强机械有限公司", "综合管理部部长"),
        ("何雪梅", "长沙华强机械有限公司", "工会副主席"),
    }


def test_a_list_line_under_a_head_naming_the_leadership(extract_text):
    text = "天心区总工会领导班子\n党组书记、主席：周敏\n党组成员、副主席：何雪梅　罗志刚\n"
    facts = extract_text(text, region="长沙市")
    union = "天心区总工会"
    assert posts(facts) == {
        ("周敏", union, "党组书记"),
        ("周敏", union, "主席"),
        ("何雪梅", union, "党组成员"),
        ("何雪梅", union, "副主席"),
        ("罗志刚", union, "党组成员"),
        ("罗志刚", union, "副主席"),
    }


def test_a_list_goes_on_after_a_line_break(extract_text):
    text = "天心区总工会第三届委员会组成人员名单\n副主席：周敏、何雪梅、\n罗志刚\n"
    facts = extract_text(text, region="长沙市")
    assert ("罗志刚", "天心区总工会", "副主席") in posts(facts)


def test_a_long_label_with_the_unions_name_is_a_line_of_the_list(extract_text):
    text = "天心区总工会第三次代表大会选举结果\n天心区总工会第三届委员会主席：周敏\n副主席：何雪梅\n"
    facts = extract_text(text, region="长沙市")
    assert posts(facts) == {("周敏", "天心区总工会", "主席"), ("何雪梅", "天心区总工会", "副主席")}


def test_titles_after_a_name_and_a_colon_to_the_lines_end(extract_text):
    facts = extract_text("对话人物\n周敏：天心区总工会副主席\n记者：您好。", region="长沙市")
    assert posts(facts) == {("周敏", "天心区总工会", "副主席")}


def test_a_colon_after_a_name_before_what_is_said_is_no_apposition(extract_text):
    facts = extract_text("周敏：天心区总工会主席要带头服务职工。", region="长沙市")
    assert posts(facts) == set()


def test_an_organ_title_after_an_office_at_a_subsidiary_stays_at_the_subsidiary(extract_text):
    facts = extract_text("湘江投资公司河湾水电公司党支部副书记、工会主席周敏出席会议。", region="长沙市")
    held = posts(facts)
    assert ("周敏", "湘江投资公司", "工会主席") not in held
    assert {body for _, body, _ in held} == {next(iter(held))[1]}


def test_a_union_chair_after_an_office_at_a_company_whose_union_is_named_is_that_unions(extract_text):
    company = "湘江远航物流有限公司"
    text = f"{company}举办技能比武。公司党委副书记、工会主席周敏出席。公司工会将给予奖励。"
    held = posts(extract_text(text, region="长沙市"))
    assert held == {("周敏", company, "党委副书记"), ("周敏", company + "工会", "主席")}
    # the company's union never named: the company's 工会主席
    held = posts(extract_text(text.replace("公司工会将", "公司将"), region="长沙市"))
    assert held == {("周敏", company, "党委副书记"), ("周敏", company, "工会主席")}


def test_a_role_a_traditional_page_never_prints_whole_is_spelled_as_it_would(nlp, gaz, tmp_path):
    """女職工委員會，王強任主任: the role 女职工委员会主任 is printed in two places; its
    written form is the page's spelling of the whole (女職工委員會主任)."""
    from kg.extract.article import ArticleExtractor
    from kg.extract.page import infer_page
    from kg.ingest import read_articles
    from kg.model.article import article_id

    path = tmp_path / "page.txt"
    page = "雨花區人民醫院工會召開會員代表大會\n會議協商產生了新一屆工會女職工委員會，王強任主任。\n"
    path.write_text(page, encoding="utf-8")
    (article,) = read_articles([str(path)]).articles
    doc = nlp(article.text)
    facts = ArticleExtractor(gaz).extract(
        doc, article, infer_page([doc], [article], gaz, "长沙市"), article_id(article)
    )
    (post,) = [r for r in facts.relations if r.pred == "post"]
    assert (post.subject.name, post.role, post.role_written) == ("王强", "女职工委员会主任", "女職工委員會主任")


def test_an_acting_office_is_a_kind_of_the_title_not_part_of_the_bodys_name(extract_text):
    """房屋局署理局长 (Hong Kong's acting head), 代理局长: 房屋局 is the body, the office acting."""
    facts = extract_text("房屋局署理局长王大成、县教育局代理局长李明远出席。")
    assert "房屋局署理局" not in names(facts, "Organization")
    assert {("王大成", "房屋局", "署理局长"), ("李明远", "县教育局", "代理局长")} <= posts(facts)


def test_a_government_head_without_its_area_is_no_office_of_the_title_before(extract_text):
    # 市长 where no city is named: neither the province's government nor the 市委's office
    facts = extract_text("会上，市委副书记、市长刘洋出席会议。", region="安徽省")
    assert not {p for p in posts(facts) if p[2] == "市长"}


def test_a_page_calling_its_own_body_wo_yuan_is_the_site_named_in_its_source_line(nlp, gaz, tmp_path):
    # 我院院长X on a hospital's site: the hospital of the 信息来源 line, though the body never names it
    from kg.extract.article import ArticleExtractor
    from kg.extract.page import infer_page
    from kg.ingest import read_articles
    from kg.model.article import article_id

    page = tmp_path / "page.txt"
    page.write_text(
        "妇幼保健院职工之家投入使用\n时间：2024-09-21 信息来源：长沙市雨花区妇幼保健院 浏览：120\n"
        "9月21日下午，我院职工之家投入使用，我院院长刘洋、党总支书记李静出席启用仪式。\n",
        encoding="utf-8",
    )
    (article,) = read_articles([str(page)]).articles
    doc = nlp(article.text)
    facts = ArticleExtractor(gaz).extract(
        doc, article, infer_page([doc], [article], gaz, "长沙市"), article_id(article)
    )
    assert posts(facts) == {
        ("刘洋", "长沙市雨花区妇幼保健院", "院长"),
        ("李静", "长沙市雨花区妇幼保健院", "党总支书记"),
    }


def test_bare_head_and_party_titles_on_a_site_naming_itself_are_its_own(extract_text):
    # 我校 in the headline: the page is the school's; 校长X and 党委书记X opening a sentence are its
    body = "3月5日，长沙明德实验学校第三届教代会召开。校长刘洋作工作报告。党委书记王强在讲话中指出，要办好学校。"
    facts = extract_text(body, headline="我校召开第三届教职工代表大会", region="长沙市")
    assert posts(facts) == {("刘洋", "长沙明德实验学校", "校长"), ("王强", "长沙明德实验学校", "党委书记")}
    # a hospital's: its 副院长, never a head of another kind (主任X)
    body = "5月8日，雨花区仁和医院举办护士节表彰会。副院长李静宣读表彰决定，主任赵刚致辞。"
    facts = extract_text(body, headline="我院举办护士节表彰会", region="长沙市")
    assert posts(facts) == {("李静", "雨花区仁和医院", "副院长")}
    # a news page naming no body as its own: the head of a 院 opening a sentence is the
    # 院's the paragraph named (kind_named_before), a title of no head's kind (主任X) no post
    facts = extract_text(body, headline="仁和医院举办护士节表彰会", region="长沙市")
    assert posts(facts) == {("李静", "雨花区仁和医院", "副院长")}
    # no 院 named before the title: no post
    facts = extract_text("副院长李静宣读表彰决定，主任赵刚致辞。", headline="护士节表彰会举行", region="长沙市")
    assert posts(facts) == set()


def test_a_workplaces_congress_elects_its_own_unions_offices(extract_text):
    # a hospital's congress with a guest union named first: the bare 工会 is the hospital's
    text = (
        "6月3日，云溪区人民医院召开工会第五届会员代表大会，区总工会副主席陈刚出席。"
        "周丽当选工会主席，吴涛当选工会经费审查委员会主任，郑敏当选女工委员会主任。"
        "副院长孙海当选本届工会委员会副主席。"
    )
    facts = extract_text(text, region="岳阳市")
    union = "云溪区人民医院工会"
    assert {
        ("周丽", union, "主席"),
        ("吴涛", union, "经费审查委员会主任"),
        ("郑敏", union, "女工委员会主任"),
        ("孙海", union, "副主席"),
    } <= posts(facts)
    assert ("周丽", "云溪区总工会", "主席") not in posts(facts)
    assert {"云溪区人民医院工会女工委员会", "云溪区人民医院工会经费审查委员会"} <= names(facts, "Organization")


def test_a_defined_short_form_names_its_body_wherever_it_is_written(extract_text):
    text = "近日，辽河晨星石油有限公司第三采油厂（以下简称“采油三厂”）召开职代会。采油三厂党委书记、厂长郝文斌作报告。"
    facts = extract_text(text, region="盘锦市")
    plant = "辽河晨星石油有限公司第三采油厂"
    assert {("郝文斌", plant, "党委书记"), ("郝文斌", plant, "厂长")} <= posts(facts)
    assert "采油三厂" not in names(facts, "Organization")


def test_a_union_named_again_from_its_inner_area_is_the_same_union(extract_text):
    text = "芙蓉街道新园里社区工会获评先进。新园里社区工会主席周红英表示，将继续服务职工。"
    facts = extract_text(text, region="长沙市")
    unions = {n for n in names(facts, "TradeUnion") if "新园里社区" in n}
    assert len(unions) == 1
    assert ("周红英", next(iter(unions)), "主席") in posts(facts)


def test_a_bare_union_opening_a_clause_is_the_articles_only_union(extract_text):
    text = "长沙远大机械有限公司工会举办运动会。工会主席刘洋致辞，工会副主席王芳宣读获奖名单。"
    facts = extract_text(text, region="长沙市")
    union = "长沙远大机械有限公司工会"
    assert {("刘洋", union, "主席"), ("王芳", union, "副主席")} <= posts(facts)
    # with two unions named, the bare 工会 names neither
    text = "长沙远大机械有限公司工会和星沙街道总工会举办运动会。工会主席刘洋致辞。"
    assert not posts(extract_text(text, region="长沙市"))


def test_a_bare_union_opening_a_clause_is_the_workplace_union_named_last(extract_text):
    # two unions in the article: the bare 工会 is the one named last before it, which the
    # sentence before named alone (a federation is never a bare 工会: 总工会主席)
    text = "雨花区总工会走访长沙远大机械有限公司。该公司工会主席刘洋介绍了情况。工会副主席王芳表示，将做好服务。"
    facts = extract_text(text, region="长沙市")
    assert ("王芳", "长沙远大机械有限公司工会", "副主席") in posts(facts)


# ---------------------------------------------------------------- a federation's founding (round 11)
_FEDERATION = "9月5日，雨花区砂子塘街道桂花社区工会联合会召开第一次会员代表大会。雨花区总工会副主席李静出席会议。"


def test_a_federation_named_again_by_its_head_alone_holds_the_offices_voted_there(extract_text):
    # 联合会主席: the federation of unions named last, not the district union named after it
    text = _FEDERATION + "会议选举刘洋为联合会主席，王强为副主席。"
    federation = "砂子塘街道桂花社区工会联合会"
    assert posts(extract_text(text, region="长沙市")) == {
        ("李静", "雨花区总工会", "副主席"),
        ("刘洋", federation, "主席"),
        ("王强", federation, "副主席"),
    }


def test_a_committee_head_voted_bare_is_at_the_federation_whose_congress_it_was(extract_text):
    # the federation's name holds the 工会 of its congress (…工会联合会召开…会员代表大会)
    text = _FEDERATION + "经费审查委员会第一次会议选举周红为经费审查委员会主任。"
    facts = extract_text(text, region="长沙市")
    assert ("周红", "砂子塘街道桂花社区工会联合会", "经费审查委员会主任") in posts(facts)


def test_a_community_named_again_before_its_committee_is_that_communitys_party_committee(extract_text):
    text = _FEDERATION + "赵敏现任桂花社区党委副书记。"
    facts = extract_text(text, region="长沙市")
    assert ("赵敏", "中共桂花社区委员会", "副书记") in posts(facts)


def test_a_vote_adds_each_name_of_a_list_whose_names_come_with_their_own_offices(extract_text):
    # 增补 BODY TITLE A、BODY TITLE B为委员: each name is added, at the union the vote is at
    # (named before the list), not at the union of the last name's own office
    text = (
        "会议补选刘洋为湖南省教育工会第五届委员会主席，增补长沙麓山学院工会主席王强、"
        "株洲市教育工会副主席赵敏为第五届委员会委员。"
    )
    facts = extract_text(text, region="长沙市")
    assert {
        ("王强", "湖南省教育工会", "委员"),
        ("赵敏", "湖南省教育工会", "委员"),
        ("王强", "长沙麓山学院工会", "主席"),
        ("赵敏", "株洲市教育工会", "副主席"),
    } <= posts(facts)
    assert ("赵敏", "株洲市教育工会", "委员") not in posts(facts)


# ---------------------------------------------------------------- round 12 (titles and bodies)
def test_a_bodys_head_written_whole_after_its_name_is_the_bodys_head(extract_text):
    # 支队支队长, read by the title finder as 支队 + 队长: the 支队's 支队长, no unit 支队 of it
    text = "雨花区人力资源和社会保障局劳动保障监察支队支队长刘洋到场。"
    facts = extract_text(text, region="长沙市")
    assert {(p, r) for p, _, r in posts(facts)} == {("刘洋", "支队长")}
    assert all(body.endswith("监察支队") for _, body, _ in posts(facts))


def test_a_department_written_bare_in_the_clause_naming_a_company_is_an_office_there(extract_text):
    # the company's 质检部, the text naming no body of it: 质检部部长 at the company
    company = "湘江远航乳业有限公司"
    text = f"位于雨花区的{company}“冷链工艺创新工作室”负责人是质检部部长刘洋。"
    assert posts(extract_text(text, region="长沙市")) == {("刘洋", company, "质检部部长")}
    # a union is no workplace with departments: 车间主任 after it is no office of it
    assert posts(extract_text("雨花区总工会慰问了车间主任刘洋。", region="长沙市")) == set()


def test_a_unit_opening_an_entry_with_its_head_written_again_is_a_body_of_its_own(extract_text):
    # 、安全生产监察厅厅长X: the unit's last word opens the title, the unit is a body
    text = "雨花区总工会副主席刘洋、安全生产监察厅厅长李静出席。"
    facts = extract_text(text, region="长沙市")
    assert ("李静", "安全生产监察厅", "厅长") in posts(facts)
    assert "安全生产监察厅" in names(facts, "Organization")
    # no word written again (监察室|主任): the words name no body
    facts = extract_text("会上，安全生产监察室主任李静出席。", region="长沙市")
    assert posts(facts) == set()


def test_a_committee_head_after_yuan_held_it_once(extract_text):
    # 因原女职工委员会主任X调…: 原 before the committee (the finder may read 因原 into its name)
    text = "炼铁乡工会召开会员代表大会。因原女职工委员会主任刘洋调县城工作，会议补选李静为乡工会女职工委员会主任。"
    held = posts(extract_text(text, region="洱源县"))
    assert {p for p, _, _ in held} == {"李静"}


def test_a_cooperative_named_again_by_its_type_word_before_a_title(extract_text):
    # 合作社理事长X after the cooperative's full name: the 理事长 of that cooperative
    coop = "白泉村生态茶叶种植专业合作社"
    text = f"慰问组走进{coop}，为合作社社员送去米面。合作社理事长刘洋介绍了今年的收成。"
    assert posts(extract_text(text, region="长沙市")) == {("刘洋", coop, "理事长")}


def test_an_honour_between_the_titles_and_the_name_is_no_office_and_no_gap(extract_text):
    # lists of model workers: unit, office, then the honour, then the name
    text = (
        "疗休养团成员有：长沙星城种植专业合作社理事长、省劳动模范陈秀英；"
        "星海重工有限公司工会主席、全国五一劳动奖章获得者李静。"
    )
    facts = extract_text(text, region="长沙市")
    assert posts(facts) == {("陈秀英", "长沙星城种植专业合作社", "理事长"), ("李静", "星海重工有限公司工会", "主席")}
    facts = extract_text("会上，长沙星城种植专业合作社理事长、湖南省劳动模范王建国发言。", region="长沙市")
    assert posts(facts) == {("王建国", "长沙星城种植专业合作社", "理事长")}


def test_a_companys_legal_representative_is_an_office_at_it(extract_text):
    # 法定代表人 (法人代表): the office of the company named before, or again by 该公司
    text = "工作站联合区人社局约谈了长沙远大建筑劳务有限公司，该公司法定代表人王建国表示将尽快支付工资。"
    facts = extract_text(text, region="长沙市")
    assert posts(facts) == {("王建国", "长沙远大建筑劳务有限公司", "法定代表人")}
    facts = extract_text("长沙远大建筑劳务有限公司法人代表李静到场。", region="长沙市")
    assert posts(facts) == {("李静", "长沙远大建筑劳务有限公司", "法人代表")}


def test_a_communitys_body_named_again_by_the_word_shequ(extract_text):
    # 社区工会联合会 after a mark of the chain or opening a clause: the one named in full before
    text = (
        "11月22日，南城街道总工会在胜和社区开展活动，胜和社区工会联合会承办。"
        "胜和社区党委书记、社区工会联合会主席刘宏图在总结时说，要做好服务。"
    )
    facts = extract_text(text, region="东莞市")
    assert ("刘宏图", "胜和社区工会联合会", "主席") in posts(facts)
    text = "胜和社区工会联合会举办职工运动会。社区工会联合会副主席李静致辞。"
    facts = extract_text(text, region="东莞市")
    assert posts(facts) == {("李静", "胜和社区工会联合会", "副主席")}


def test_gai_and_the_ending_of_a_body_named_before_names_that_body_again(extract_text):
    # 该段, 该厂: the body of that ending named last before the title (not the union)
    facts = extract_text("长沙工务段举办技能比武，该段工会主席刘洋致辞。", region="长沙市")
    assert posts(facts) == {("刘洋", "长沙工务段", "工会主席")}
    facts = extract_text("雨花区总工会走访长沙远大机械厂，该厂厂长李静介绍了生产情况。", region="长沙市")
    assert ("李静", "长沙远大机械厂", "厂长") in posts(facts)


def test_xuexiao_on_a_school_page_names_the_school_whose_bare_titles_are_its_own(extract_text):
    # the page calls the school 学校: its head (校长X) and its party organ's titles (党委书记X)
    # opening a clause are the school's
    text = "3月5日，南京远山理工大学教职工代表大会召开。校长刘洋代表学校作工作报告，党委书记李静讲话。"
    facts = extract_text(text, region="南京市")
    assert posts(facts) == {("刘洋", "南京远山理工大学", "校长"), ("李静", "南京远山理工大学", "党委书记")}


def test_a_title_of_another_organ_before_a_name_in_a_vote_is_at_the_unions_host(extract_text):
    # 选举党委副书记A为工会主席: 党委副书记 is A's present office, the company's, not the union's
    text = "长沙远大科技有限公司工会召开全委会，选举党委副书记刘洋为公司工会主席。"
    facts = extract_text(text, region="长沙市")
    assert posts(facts) == {
        ("刘洋", "长沙远大科技有限公司", "党委副书记"),
        ("刘洋", "长沙远大科技有限公司工会", "主席"),
    }


def test_qiye_before_a_title_names_the_company_named_last(extract_text):
    # 企业工会主席X opening a clause or after 与: the company the text named last; glued to a
    # word before it (民营企业工会主席) it is a kind of body, not that company
    text = "区总工会走访长沙远大科技有限公司，并与企业工会主席刘洋进行了交流。"
    assert posts(extract_text(text, region="长沙市")) == {("刘洋", "长沙远大科技有限公司", "工会主席")}
    text = "区总工会走访长沙远大科技有限公司，企业工会主席刘洋介绍了情况。"
    assert posts(extract_text(text, region="长沙市")) == {("刘洋", "长沙远大科技有限公司", "工会主席")}
    text = "区总工会走访长沙远大科技有限公司，民营企业工会主席刘洋介绍了情况。"
    assert ("刘洋", "长沙远大科技有限公司", "工会主席") not in posts(extract_text(text, region="长沙市"))


def test_a_unit_named_last_names_its_body_again_for_qiye(extract_text):
    # 走进X公司生产车间。企业工会主席A: the unit named last is part of the company 企业 names
    # again — the office is that company's, not the workshop's
    text = "考察团走进长沙远大科技有限公司生产车间。企业工会主席刘洋介绍，车间实行计件工资。"
    assert posts(extract_text(text, region="长沙市")) == {("刘洋", "长沙远大科技有限公司", "工会主席")}
    text = "区总工会调研组来到长沙云帆物流有限公司分拣车间，并与企业工会主席李静座谈。"
    assert posts(extract_text(text, region="长沙市")) == {("李静", "长沙云帆物流有限公司", "工会主席")}


def test_an_assistant_head_of_a_unit_opening_an_entry(extract_text):
    # 助理 qualifies a head's title (助理处长, 助理局长); a unit opening the entry before it
    # whose last word the head repeats is a body of its own; a note on the portfolio may
    # stand between the title and the name
    text = "会上，劳工及福利局副局长王大文、劳工处助理处长（劳资关系）甘慧仪出席。"
    facts = extract_text(text, region="香港特别行政区")
    assert posts(facts) == {("王大文", "劳工及福利局", "副局长"), ("甘慧仪", "劳工处", "助理处长")}


def test_a_school_unions_womens_committee_is_one_of_its_committees(extract_text):
    # 女教职工委员会: a school union's committee of women staff; its head holds an office of
    # the union, labelled with the committee (as 女职工委员会主任)
    text = "南京远山理工大学工会召开全委会，选举李静为女教职工委员会主任。"
    facts = extract_text(text, region="南京市")
    assert posts(facts) == {("李静", "南京远山理工大学工会", "女教职工委员会主任")}


def test_a_title_opening_with_a_units_word_after_a_body_and_the_units_name(extract_text):
    # 某段检修车间主任X: the office is the body's, its role the workshop and the title
    facts = extract_text("会上，长沙机务段装备车间副主任刘洋发言。", region="长沙市")
    assert posts(facts) == {("刘洋", "长沙机务段", "装备车间副主任")}


def test_a_head_title_opening_a_sentence_is_at_the_body_of_its_kind_the_paragraph_visited(extract_text):
    # 来到X医院。院长、主任医师A介绍: 院长 is the head of a 院 — the one the paragraph named last
    # (主任医师 a qualification after it); a 厂长 after a visit to a 厂 likewise
    text = "随后，慰问组来到位于雨花区的长沙仁和康复医院急诊科。院长、主任医师刘洋介绍了值守安排。"
    assert posts(extract_text(text, region="长沙市")) == {("刘洋", "长沙仁和康复医院", "院长")}
    text = "慰问组一行走进长沙远大机械厂，看望一线职工。副厂长李静陪同慰问，并介绍了生产情况。"
    assert posts(extract_text(text, region="长沙市")) == {("李静", "长沙远大机械厂", "副厂长")}


def test_a_body_named_again_by_the_ending_of_its_name_before_titles(extract_text):
    # 来到X检修基地。…在基地党委书记、主任A的陪同下: 基地 names the base visited again; the
    # title after it without a body is at it too
    text = (
        "一早，慰问组来到长沙远航动车检修基地。检修库内灯火通明。"
        "在基地党委书记、主任刘洋的陪同下，慰问组察看了作业现场。"
    )
    assert posts(extract_text(text, region="长沙市")) == {
        ("刘洋", "长沙远航动车检修基地", "党委书记"),
        ("刘洋", "长沙远航动车检修基地", "主任"),
    }
    text = "慰问团走进长沙远航高铁维修基地。库内灯火通明。基地党委副书记李静介绍说，春运期间全员在岗。"
    assert posts(extract_text(text, region="长沙市")) == {("李静", "长沙远航高铁维修基地", "党委副书记")}


def test_the_head_of_a_workers_congress_committee_holds_an_office_of_the_workplace(extract_text):
    # 公司工会副主席、提案工作委员会主任X: the 职代会's committee is the company's (posts/
    # congress_committees.txt), the role the committee and the title
    text = "1月9日，长沙远大科技有限公司召开职工代表大会。公司工会副主席、提案工作委员会主任刘洋作提案工作报告。"
    assert posts(extract_text(text, region="长沙市")) >= {
        ("刘洋", "长沙远大科技有限公司工会", "副主席"),
        ("刘洋", "长沙远大科技有限公司", "提案工作委员会主任"),
    }
    text = "长沙远大机械有限公司一届五次职代会召开，公司党委副书记、民主管理委员会主任李静作报告。"
    assert ("李静", "长沙远大机械有限公司", "民主管理委员会主任") in posts(extract_text(text, region="长沙市"))


def test_a_company_named_in_an_honour_is_not_the_one_gongsi_names_again(extract_text):
    # 国网某省电力公司劳动模范X: a company inside an honour's name; a bare 公司 after it is still
    # the company the page speaks of
    text = (
        "1月9日，长沙远大科技有限公司召开职工代表大会，公司工会主持会议。"
        "湖南远大电力有限公司劳动模范王强获评先进个人。闭幕式上，公司党委委员、工会主席刘洋作总结讲话。"
    )
    assert ("刘洋", "长沙远大科技有限公司工会", "主席") in posts(extract_text(text, region="长沙市"))
    text = (
        "长沙远大科技有限公司举行技能比武。湖南远大建设集团有限公司技术能手王强到场示范。公司总经理李静为获奖选手颁奖。"
    )
    assert ("李静", "长沙远大科技有限公司", "总经理") in posts(extract_text(text, region="长沙市"))


def test_a_banks_own_titles_on_its_unions_page_are_the_banks(extract_text):
    # 行党委书记: the bank named by its head word; 行长 a bank's head; the bank is the host of
    # the union the article is about (青禾农商银行工会 -> 青禾农商银行)
    facts = extract_text(
        "4月2日，青禾农商银行工会举办职工运动会。行党委书记、董事长刘洋，党委副书记、行长李静出席。"
        "本行员工200余人参加。"
    )
    assert posts(facts) == {
        ("刘洋", "青禾农商银行", "党委书记"),
        ("刘洋", "青禾农商银行", "董事长"),
        ("李静", "青禾农商银行", "党委副书记"),
        ("李静", "青禾农商银行", "行长"),
    }


def test_a_department_written_bare_on_a_workplaces_page_is_the_workplaces(extract_text):
    facts = extract_text(
        "4月2日，青禾农商银行工会举办职工运动会。比赛由人力资源部总经理刘洋主持，"
        "裁判由王强，办公室（党委办公室）主任、高级经济师李静组成。"
    )
    assert ("刘洋", "青禾农商银行", "人力资源部总经理") in posts(facts)
    assert ("李静", "青禾农商银行", "办公室（党委办公室）主任") in posts(facts)


def test_an_election_list_goes_on_across_each_names_description(extract_text):
    facts = extract_text(
        "近日，雨花区快递行业工会联合会召开会议，某某快递东站分拣员刘洋、某某快递西站快递员李静当选为副主席。",
        region="长沙市",
    )
    union = "雨花区快递行业工会联合会"
    assert {("刘洋", union, "副主席"), ("李静", union, "副主席")} <= posts(facts)


def test_the_votes_won_between_the_name_and_the_verb(extract_text):
    facts = extract_text("长沙市电子行业工会召开会员代表大会，刘洋以45票当选主席。")
    assert posts(facts) == {("刘洋", "长沙市电子行业工会", "主席")}


def test_bulleted_lines_of_results_after_a_vote_with_a_line_of_names_between(extract_text):
    facts = extract_text(
        "长沙市电子行业工会召开会员代表大会。\n选举结果\n●委员（9席，依姓氏笔划排序）：\n刘洋、李静、王强\n"
        "●常务委员：刘洋、李静\n●常务监事：王强（兼监事会召集人）"
    )
    union = "长沙市电子行业工会"
    assert {("刘洋", union, "常务委员"), ("李静", union, "常务委员")} <= posts(facts)
    # 兼 in brackets after the name: another office at the same body
    assert {("王强", union, "常务监事"), ("王强", union, "监事会召集人")} <= posts(facts)


def test_a_sections_head_after_a_department_is_at_the_department(extract_text):
    facts = extract_text("会上，人力资源社会保障部劳动关系司科长刘洋讲话。")
    assert posts(facts) == {("刘洋", "中华人民共和国人力资源和社会保障部劳动关系司", "科长")}


def test_a_communitys_committee_by_its_short_form_in_a_chain(extract_text):
    facts = extract_text("会上，长沙市雨花区洞井街道桂花社区党委书记、居委会主任刘洋发言。")
    assert ("刘洋", "桂花社区居民委员会", "主任") in posts(facts)


def test_a_department_after_jian_is_written_with_the_next_title_at_the_first_titles_body(extract_text):
    # 兼 ends the first title: no body 副主席兼权益保障部; the department goes with the title after it
    facts = extract_text("长沙县总工会副主席兼权益保障部部长吴强出席。")
    assert posts(facts) == {("吴强", "长沙县总工会", "副主席"), ("吴强", "长沙县总工会", "权益保障部部长")}


def test_a_division_head_names_no_body_and_the_chain_crosses_it(extract_text):
    facts = extract_text("会上，师市党委常委、副师长、副市长刘洋讲话。师市党委指出……", region="五家渠市")
    assert ("刘洋", "师市党委", "常委") in posts(facts)
    assert not {p for p in posts(facts) if p[2] in ("副师长", "师长")}


def test_a_group_named_bare_after_a_chains_mark_is_written_with_its_heads_title(extract_text):
    facts = extract_text(
        "远大科技有限公司召开职代会。会上，远大科技有限公司工会副主席刘洋，机关党委书记、机关代表团团长李静出席。"
    )
    held = {(body, role) for name, body, role in posts(facts) if name == "李静"}
    assert ("远大科技有限公司", "机关代表团团长") in held


def test_a_title_of_another_organ_after_a_union_officers_name_is_the_hosts(extract_text):
    facts = extract_text("远大科技有限公司召开职代会。会上，远大科技有限公司工会副主席刘洋，机关党委书记李静出席。")
    assert ("李静", "远大科技有限公司", "机关党委书记") in posts(facts)


def test_an_election_naming_no_union_before_is_at_the_union_the_article_is_about(extract_text):
    facts = extract_text("经会员代表投票，刘洋以61票当选理事长，远大机械产业工会首位女性理事长由此产生。")
    assert ("刘洋", "远大机械产业工会", "理事长") in posts(facts)


def test_coordinated_bodies_before_as_many_names_go_one_to_one(extract_text):
    facts = extract_text("会上，雨花区、天心区、岳麓区总工会主席刘洋、李静、王强分别作交流发言。", region="长沙市")
    assert posts(facts) == {
        ("刘洋", "雨花区总工会", "主席"),
        ("李静", "天心区总工会", "主席"),
        ("王强", "岳麓区总工会", "主席"),
    }
    facts = extract_text("芙蓉区、开福区总工会主席刘洋、李静出席活动。", region="长沙市")
    assert posts(facts) == {("刘洋", "芙蓉区总工会", "主席"), ("李静", "开福区总工会", "主席")}


def test_coordinated_bodies_before_one_name_are_all_its_offices(extract_text):
    facts = extract_text("会上，长沙市律师协会、长沙市会计师协会会长刘洋讲话。", region="长沙市")
    assert posts(facts) == {("刘洋", "长沙市律师协会", "会长"), ("刘洋", "长沙市会计师协会", "会长")}


def test_a_bare_committee_among_the_offices_of_a_vote_labels_its_title(extract_text):
    facts = extract_text("会议补选刘洋为雨花区总工会第五届委员会委员、常务委员会委员、副主席。", region="长沙市")
    assert posts(facts) == {
        ("刘洋", "雨花区总工会", "委员"),
        ("刘洋", "雨花区总工会", "常务委员会委员"),
        ("刘洋", "雨花区总工会", "副主席"),
    }
    facts = extract_text("全会增补王强为荔湾区总工会委员、常务委员会委员。", region="广州市")
    assert posts(facts) == {("王强", "荔湾区总工会", "委员"), ("王强", "荔湾区总工会", "常务委员会委员")}


def test_a_trade_before_a_bare_qualification_is_no_post(extract_text):
    # 制茶技师, 电气工程师: a qualification in a trade; 焊工首席技师, 总工程师: positions at the unit
    # (首席技师 bare is the skill ladder's top grade: tests/extract/test_posts57_grammar.py)
    facts = extract_text("长沙天宇机械有限公司焊工李静、湖南茶业有限公司制茶技师周明获得表彰。", region="长沙市")
    assert posts(facts) == set()
    facts = extract_text("株洲远航电机有限公司电气工程师王强获评劳动模范。", region="株洲市")
    assert posts(facts) == set()
    text = "湖南茶业有限公司焊工首席技师周明、长沙天宇机械有限公司总工程师李静获得表彰。"
    facts = extract_text(text, region="长沙市")
    assert posts(facts) == {("周明", "湖南茶业有限公司", "焊工首席技师"), ("李静", "长沙天宇机械有限公司", "总工程师")}


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("县总工会经济技术和权益保障部部长欧阳岚主持会议。", ("欧阳岚", "宁都县总工会", "经济技术和权益保障部部长")),
        ("县总工会财务和资产监督管理部副部长邝立新出席。", ("邝立新", "宁都县总工会", "财务和资产监督管理部副部长")),
    ],
)
def test_a_unions_department_of_two_fields_joined_by_and_is_held_at_the_union(extract_text, text, post):
    # (a union's department named for two fields, 10 characters: longer than a unit's name
    # may be otherwise, so the joining 和 lets it through)
    facts = extract_text("3月5日，宁都县总工会在县职工服务中心召开工作会议，" + text, region="宁都县")
    assert post in posts(facts)
