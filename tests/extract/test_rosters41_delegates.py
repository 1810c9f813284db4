"""A list of delegates (代表名单公示): sections headed by a delegation and its count, each row a
name with notes in brackets, then a unit and a job, some with an office.  The offices
(kg.extract.rosters), the honours noted after a name (kg.extract.honour_epithets) and the
section labels (kg.extract.honour_labels).  Invented list and names."""

from __future__ import annotations

from tests.extract.facts_view import check_awards, posts

_LIST = (
    "临江机械集团有限公司工会第三次会员代表大会代表名单公示如下：\n"
    "一、铸造公司代表团（5名）\n"
    "柯一鸣 临江铸造有限公司装配车间钳工\n"
    "林秀珍（女） 临江铸造有限公司党委副书记、工会主席\n"
    "周德明（劳模） 临江铸造有限公司熔炼车间炉前工\n"
    "许文亮（女）（少数民族） 临江铸造有限公司工会副主席\n"
    "曹永年 临江铸造有限公司质检站检验员\n"
)


def test_an_office_between_rows_of_jobs_is_read(extract_text):
    # the rows without an office (钳工, 炉前工) keep the list going; a name's notes are no part
    # of the row's shape
    facts = extract_text(_LIST, region="长沙市")
    got = posts(facts)
    assert ("林秀珍", "临江铸造有限公司", "党委副书记") in got, got
    assert ("许文亮", "临江铸造有限公司工会", "副主席") in got, got


def test_an_honour_noted_after_a_name_is_held_and_a_delegation_is_no_honour(extract_text):
    facts = extract_text(_LIST, region="长沙市")
    check_awards(facts, {"has": [("周德明", "劳模")], "not_held": ["柯一鸣", "林秀珍", "曹永年"]})


def test_a_companys_union_chair_in_a_chain_is_the_named_unions(extract_text):
    # 党委副书记、工会主席 after the company: its union is named on the next rows (…公司工会副主席)
    facts = extract_text(_LIST, region="长沙市")
    got = posts(facts)
    assert ("林秀珍", "临江铸造有限公司工会", "主席") in got, got
    assert ("林秀珍", "临江铸造有限公司", "工会主席") not in got, got


def test_one_office_in_a_section_of_jobs_is_read(extract_text):
    section = (
        "二、服务单位联合代表团（4名）\n"
        "柯一鸣 临江物流有限公司铁路运输部调车长\n"
        "曹永年（女） 临江职工医院检验科技师\n"
        "钟文博 临江机械设计院工会主席\n"
        "孔令杰 临江物流有限公司机车司机\n"
    )
    facts = extract_text(section, region="长沙市")
    assert ("钟文博", "临江机械设计院工会", "主席") in posts(facts), posts(facts)
