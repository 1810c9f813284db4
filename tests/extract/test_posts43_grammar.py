"""Posts of session 43: a programme booklet's team table, a transcript's speaker label, a
department head led by a union's officer.  All text is invented (the areas are real)."""

from __future__ import annotations

from tests.extract.facts_view import posts

# the booklet's page break makes the table's first row the head of what follows
FIRST_ROW = "1　　大塘镇代表队　　　　王立新　　　　陈亮"
TEAMS = (
    "2　　寿安街道代表队　　　刘海燕（街道总工会主席）　　张强\n"
    "3　　西来镇代表队　　　　何明（镇总工会副主席）　　李强\n"
)


def test_a_level_word_in_a_team_row_is_the_area_opening_the_row(extract_text):
    found = posts(extract_text(TEAMS, headline=FIRST_ROW, region="蒲江县"))
    assert ("刘海燕", "寿安街道总工会", "主席") in found
    assert ("何明", "蒲江县西来镇总工会", "副主席") in found
    assert not any(body.startswith("大塘镇") for _, body, _ in found)


def test_a_department_led_by_a_unions_officer_is_the_unions(extract_text):
    text = "8月3日上午，蒲江县总工会副主席陈立带领权益保障部部长王云、干事李泉来到大塘镇一家企业。"
    found = posts(extract_text(text, region="蒲江县"))
    assert ("王云", "蒲江县总工会", "权益保障部部长") in found
    # no leader's body before the verb: whose department it is the text does not say
    bare = posts(extract_text("陈立带领权益保障部部长王云来到企业。", region="蒲江县"))
    assert not any(name == "王云" for name, _, _ in bare)


def awards(facts) -> set[tuple[str, str]]:
    return {(ref.name, honour) for ref, honour, _ in facts.awards}


LETTER = (
    "我叫李秀英，是成都川润物流有限公司叉车司机王建国的爱人，女儿王小丽今年上初一。"
    "去年10月，老王在仓库值夜班时突然晕倒。"
    "老王在仓库干了二十年，2023年还被公司评为“十佳叉车司机”，他最放心不下的就是这个家。"
)


def test_lao_and_a_surname_is_the_one_grown_up_of_that_surname_named_before(extract_text):
    found = awards(extract_text(LETTER, region="成都市"))
    assert ("王建国", "十佳叉车司机") in found
    assert not any(name == "王小丽" for name, _ in found)


def test_lao_and_a_surname_two_grown_ups_share_is_no_one(extract_text):
    text = LETTER.replace("女儿王小丽今年上初一", "同事王立军也在码头")
    assert not any(name.startswith("王") for name, _ in awards(extract_text(text, region="成都市")))


def test_a_bracket_after_the_second_name_of_a_spaced_list_is_that_names_alone(extract_text):
    text = "委员：周冬梅 吴立国（县老年体育协会副会长） 马跃平\n（五）裁判组\n"
    found = posts(extract_text(text, headline="主任：孙立新", region="蒲江县"))
    assert ("吴立国", "蒲江县老年体育协会", "副会长") in found
    assert not any(name in ("周冬梅", "马跃平") for name, _, _ in found)


def test_a_bureaus_section_head_holds_the_office_at_the_bureau(extract_text):
    text = "成员：何明（县总工会宣传教育部部长） 王立（县文化广电和旅游局群众体育股股长）\n"
    found = posts(extract_text(text, headline="主任：孙立新", region="蒲江县"))
    assert any(
        name == "王立" and body.endswith("蒲江县文化广电和旅游局") and role == "群众体育股股长"
        for name, body, role in found
    )
    assert not posts(extract_text("会上，成都川润控股董事长王立发言。", region="蒲江县"))


def test_a_level_words_field_system_union_is_one_union(extract_text):
    found = posts(extract_text("会上，县卫生健康系统工会主席王立发言。", region="蒲江县"))
    assert ("王立", "蒲江县卫生健康系统工会", "主席") in found
    facts = extract_text("她指出，全省教育系统工会会员已达42.6万人。", region="蒲江县")
    assert not [ref for ref in facts.entities if ref.cls == "TradeUnion"]


def test_the_offices_party_committee_and_its_union_committee_in_one_chain(extract_text):
    found = posts(extract_text("会上，县直机关工委副书记、工会工委主任何明发言。", region="蒲江县"))
    assert ("何明", "中共成都市蒲江县直属机关工作委员会", "副书记") in found
    assert ("何明", "蒲江县直机关工会工作委员会", "主任") in found
    facts = extract_text("参赛单位为各乡镇总工会，县直机关工会工作委员会，县教育工会。", region="蒲江县")
    assert "蒲江县直机关工会工作委员会" in {ref.name for ref in facts.entities if ref.cls == "TradeUnion"}


def test_the_chains_union_committee_of_a_county_the_page_never_names(extract_text):
    found = posts(extract_text("6 县直机关代表队 周志勇（县直机关工委副书记、工会工委主任） 李伟\n"))
    assert ("周志勇", "县直机关工会工作委员会", "主任") in found


def test_a_township_written_with_its_former_level_word_is_the_registrys_town(extract_text):
    text = "4　　成佳乡代表队　　　　何明（乡总工会主席）　　李强\n"
    facts = extract_text(text, headline=FIRST_ROW, region="蒲江县")
    assert ("何明", "成佳乡总工会", "主席") in posts(facts)
    # no such town in the page's region: no area (the word is the page's, not the registry's)
    elsewhere = extract_text(text, headline=FIRST_ROW, region="拉萨市")
    assert not any(ref.name == "成佳乡" for ref in elsewhere.entities)
    assert not any(body == "成佳乡总工会" for _, body, _ in posts(elsewhere))
