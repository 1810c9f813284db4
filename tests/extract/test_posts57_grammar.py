"""Posts of session 57: an office the text says its holder no longer holds (不再担任) is
dropped when the tagger misses the name opening the clause, and with the committee the role
holds (经费审查委员会主任); a department whose name joins fields of work by 和 in a county's
own order (市旅游和文化广电体育局); a former office then the one moved to (原…主席A已调任…);
a company's trade name alone before its head's title (某香源负责人A); the skill ladder's top
grade bare after the unit (公司首席技师A) is a grade, no office.
All text is invented (the areas are real)."""

from __future__ import annotations

from tests.extract.facts_view import posts

RELEASED = (
    "3月9日，鹿邑县总工会第九次代表大会召开。县人大常委会副主任、县总工会主席冀长河代表县总工会第八届委员会作工作报告。"
    "县总工会第八届经费审查委员会主任乔建民作经费审查工作报告。\n"
    "冀长河因年龄原因不再担任县总工会主席，继续担任县人大常委会副主任；乔建民不再担任经费审查委员会主任。\n"
)


def test_an_office_no_longer_held_is_no_post_though_the_tagger_missed_the_name(extract_text):
    # the tagger reads 冀|长河 where the name opens the clause: the holder read elsewhere is the one
    found = posts(extract_text(RELEASED, region="鹿邑县"))
    assert not any(name == "冀长河" and role == "主席" for name, _, role in found), found
    assert any(name == "冀长河" and role == "副主任" for name, _, role in found), found


def test_an_office_no_longer_held_with_its_committee_in_the_role(extract_text):
    found = posts(extract_text(RELEASED, region="鹿邑县"))
    assert not any(name == "乔建民" for name, _, _ in found), found


def test_a_department_joining_fields_in_its_own_order(extract_text):
    text = "儋州市人大常委会副主任、市总工会主席王海城，市旅游和文化广电体育局党组成员、副局长云海鹏出席大会。\n"
    found = posts(extract_text(text, region="儋州市"))
    assert ("云海鹏", "儋州市旅游和文化广电体育局", "副局长") in found, found
    assert ("云海鹏", "儋州市旅游和文化广电体育局", "党组成员") in found, found


def test_words_joined_by_and_with_no_area_before_name_no_department(extract_text):
    facts = extract_text("会议强调，要推动经济和社会发展局面持续向好。\n", region="儋州市")
    assert not any(ref.name.endswith("发展局") for ref in facts.entities), facts.entities


def test_a_former_office_then_the_one_moved_to(extract_text):
    text = "今年3月，何晓霞当选为街道总工会主席，她的前任、原街道总工会主席安立军已调任区总工会副主席。\n"
    found = posts(extract_text(text, region="秦州区"))
    assert ("安立军", "秦州区总工会", "副主席") in found, found
    assert not any(name == "安立军" and role == "主席" for name, _, role in found), found


def test_a_trade_name_alone_before_its_heads_title(extract_text):
    text = (
        "新授牌的爱心商户有平凉麦穗香餐饮有限公司和平凉德润大药房。麦穗香负责人妥春兰说，店里早就在门口摆了茶水桶。\n"
    )
    found = posts(extract_text(text, region="平凉市"))
    assert ("妥春兰", "平凉麦穗香餐饮有限公司", "负责人") in found, found


def test_the_ladders_top_grade_bare_after_the_unit_is_no_post(extract_text):
    found = posts(extract_text("会上，天津海润智能装备有限公司首席技师孟凡林代表获命名工作室发言。\n", region="天津市"))
    assert not any(name == "孟凡林" for name, _, _ in found), found
    found = posts(extract_text("天津海润智能装备有限公司焊工首席技师孟凡林等受到表彰。\n", region="天津市"))
    assert ("孟凡林", "天津海润智能装备有限公司", "焊工首席技师") in found, found
