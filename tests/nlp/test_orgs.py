"""Organisations (kg.nlp.orgs, through kg_bodies)."""

from __future__ import annotations

import pytest

from kg.nlp.bodies import BodyFinder
from kg.nlp.spans import Anchors


def test_an_organisation_ending(find):
    assert ("郑州宏达机械有限公司", "ORG", "") in find("郑州宏达机械有限公司举办技能比赛。")


def test_a_title_that_opens_with_a_body_ending_is_no_body(labelled):
    # (郑州市委, the city's party committee, is a body: kg.nlp.gov_bodies)
    assert not any(name.endswith("党组") for name in labelled("郑州市委党组成员出席。", "ORG"))


def test_a_team_made_of_departments_is_not_its_departments(labelled):
    assert labelled("市环保局研究室联队获得冠军。", "ORG") == {"市环保局"}


def test_an_organisation_named_again_by_its_type_word(find):
    assert ("该集团", "ORG", "head") in find("该集团党委书记出席会议。")


def test_a_type_word_counting_the_body_whole_is_no_body(labelled):
    """全集团公司职工, 全公司: the whole of the company named before, not a company called 全…."""
    found = labelled("去年，全集团公司职工共提出合理化建议800余条，全公司创效200万元。", "ORG")
    assert not any(name.startswith("全") for name in found)


def test_a_unions_committee_named_bare(find):
    assert ("女职工委员会", "ORG", "committee") in find("女职工委员会主任李红讲话。")


def test_a_quoted_team_name(find):
    assert ("郑州市青年志愿服务队", "ORG", "quoted") in find("“郑州市青年志愿服务队”成立。")


def test_bodies_of_the_area_in_context(find):
    found = find("区政协、县政府领导出席。")
    assert {("区政协", "ORG", "level-body"), ("县政府", "ORG", "level-body")} <= found


def test_a_short_ending_after_a_common_word_is_no_name(labelled):
    assert labelled("今后要把比赛中学到的经验带回车间。", "ORG") == set()


def test_a_venue_ending_makes_a_venue_not_a_body(labelled):
    assert labelled("雁塔区会议中心举行会议。", "ORG") == set()


def test_a_body_of_a_union_opens_with_the_union(labelled, tagged_mentions):
    assert "郑州市总工会职工服务中心" in labelled("郑州市总工会职工服务中心开放。", "ORG")
    # the walk left from 中心 stops at 联合 (a word that ends names), inside the union's name
    words = [("郑州市", "LOC"), ("建筑业", "n"), ("工会", "n"), ("联合", "v"), ("会", "n")]
    found = tagged_mentions(*words, ("职工", "n"), ("服务", "vn"), ("中心", "n"), ("开放", "v"))
    assert ("郑州市建筑业工会联合会职工服务中心", "ORG", "") in found


def org_candidates(work_before, text: str) -> set[str]:
    """The organisation names kg.nlp.orgs proposes, before the longest names win."""
    work = work_before(text, "kg_bodies")
    bodies = BodyFinder()
    anchors = Anchors(len(work.tokens.text), work.found)
    unions = bodies.unions(work.tokens, anchors)
    return {work.tokens.text[f.start : f.end] for f in bodies.orgs(work.tokens, anchors, unions)}


def test_a_body_ending_right_before_工会_is_part_of_the_union(work_before):
    assert "郑州宏达机械有限公司" not in org_candidates(work_before, "郑州宏达机械有限公司工会召开会议。")


def test_a_name_with_a_union_ending_is_no_organisation(work_before):
    assert org_candidates(work_before, "郑州市企业工会联席委员会成立。") == set()


def test_organisation_heads_of_sanatoria_projects_presses_and_bank_branches(labelled):
    found = labelled("韶山休养院、湘潭工人疗养院、中建五局三公司湘潭项目部和湖南工人报刊社参加活动。", "ORG")
    assert {"韶山休养院", "湘潭工人疗养院", "中建五局三公司湘潭项目部", "湖南工人报刊社"} <= found
    assert "建设银行股份有限公司湘潭分行" in labelled("建设银行股份有限公司湘潭分行举办讲座。", "ORG")


def test_a_bracketed_group_inside_a_company_name(labelled):
    found = labelled("贵州湘江酒厂(集团)公司总经理出席。", "ORG")
    assert found == {"贵州湘江酒厂(集团)公司"}


def test_a_body_word_opening_a_title_in_a_chain_is_no_bare_body(find):
    found = find("区政府副区长、党委书记王明，区委常委、总工会主席李强出席。")
    assert ("总工会", "ORG", "chain-body") in found
    assert not any(text == "党委" for text, _, _ in found)


def test_a_level_word_before_the_verb_委托_is_no_committee(labelled):
    assert labelled("区委托第三方机构开展职工满意度调查。", "ORG") == set()


def test_a_department_with_和_inside_is_one_name(labelled):
    # (invented) the tagger cuts these at 和
    found = labelled("县发展和改革局与石门县文化广电和旅游局共同举办职工文艺汇演。", "ORG")
    assert {"县发展和改革局", "石门县文化广电和旅游局"} <= found


def test_联合_opening_a_bodys_ending_does_not_cut_the_name(labelled):
    # (invented) 联合 joins two bodies elsewhere; here it is part of 联合会
    assert "区残疾人联合会东城职业培训中心" in labelled("区残疾人联合会东城职业培训中心举办技能培训。", "ORG")


def test_a_bracketed_area_inside_a_company_name(labelled):
    # (invented) half- and full-width brackets
    assert "鹏达精密五金（深圳）有限公司" in labelled("鹏达精密五金（深圳）有限公司举办职工运动会。", "ORG")
    assert "康拓电子（中国）有限公司" in labelled("近日，康拓电子（中国）有限公司举办职工技能大赛。", "ORG")


def test_a_comma_the_tagger_reads_into_a_name_ends_it(labelled):
    # (invented) LAC reads 北京，华远物流有限公司深圳分公司 as one place word
    found = labelled("华远物流有限公司总部设在北京，华远物流有限公司深圳分公司近日成立工会。", "ORG")
    assert "华远物流有限公司深圳分公司" in found
    assert not any("，" in name for name in found)


def test_a_chamber_of_commerce_is_an_organisation(labelled):
    assert any(n.endswith("浙江企业商会") for n in labelled("北京市浙江企业商会组织会员企业参加招聘会。", "ORG"))


def test_a_department_after_a_bare_type_word_is_no_name(labelled):
    # (invented) 公司技术部: the company named before, by its type word
    found = labelled("滇中水务堰塞湖公司工程技术部负责人介绍情况。公司技术部人员参加。", "ORG")
    assert "滇中水务堰塞湖公司工程技术部" in found
    assert "公司技术部" not in found


def test_a_works_read_in_one_word_with_the_office_after_it(tagged_mentions):
    """炼钢总厂综合管理室 as one ORG word after a company's name: the works (总厂) ends the
    unit; the office after it is no unit of the company."""
    found = tagged_mentions(
        ("鑫达实业有限公司", "ORG"), ("炼钢总厂综合管理室", "ORG"), ("值班", "v"), ("调度员", "n"), ("王建民", "PER")
    )
    assert ("鑫达实业有限公司炼钢总厂", "ORG", "") in found


def test_a_title_joined_to_the_next_by_jian_ends_the_bodys_name(labelled):
    """…公司总工程师兼技术委员会主任: two titles at the company, not a body named across them."""
    found = labelled("恒达电气技术股份有限公司总工程师兼技术委员会主任李建国作报告。", "ORG")
    assert found == {"恒达电气技术股份有限公司"}


def test_railway_units_and_geological_teams_are_bodies(labelled):
    assert "南昌车务段" in labelled("南昌车务段的职工参加比赛。", "ORG")
    orgs = labelled("江西省地质矿产勘查开发局912地质队工程师王强出席。", "ORG")
    assert "江西省地质矿产勘查开发局912地质队" in orgs


def test_a_maternal_and_child_health_hospital_is_a_body(labelled):
    assert "株洲市妇幼保健院" in labelled("株洲市妇幼保健院院长刘洋讲话。", "ORG")


def test_a_company_before_its_team_word_is_still_a_body(labelled):
    assert "株洲恒达机械有限公司" in labelled("来自株洲恒达机械有限公司代表队的选手获得冠军。", "ORG")


def test_the_items_of_a_list_of_firms_closed_by_等企业_are_bodies(labelled):
    found = labelled("参赛队伍来自宇通客车、比亚迪汽车、吉利汽车等知名企业。", "ORG")
    assert {"宇通客车", "比亚迪汽车", "吉利汽车"} <= found
    assert labelled("教育、卫生等单位派员参加。", "ORG") == set()
    assert labelled("走访了乡镇的基层干部、融媒体中心等重点单位。", "ORG") <= {"融媒体中心"}


def test_an_ending_the_tagger_glues_to_the_words_before_still_ends_a_body(tagged_mentions):
    found = tagged_mentions(("株洲县", "ORG"), ("绿源", "ORG"), ("蔬菜", "n"), ("种植专业合作社", "vn"), ("理事", "n"))
    assert ("株洲县绿源蔬菜种植专业合作社", "ORG", "") in found


def test_plants_mines_and_press_branches_are_organisations(labelled):
    # a plant, a mine and a news agency's branch office end their names like any body
    assert "红柳村采油厂" in labelled("红柳村采油厂厂长、党委副书记王建国出席。", "ORG")
    assert "新华社江西分社" in labelled("新华社江西分社、省电视台记者参加采访。", "ORG")


def test_a_bureau_joined_with_ji_is_one_body(labelled):
    # Hong Kong's bureaus join two fields with 及, which the tagger reads as a conjunction
    assert "劳工及福利局" in labelled("劳工及福利局局长陈大文到场慰问工人。", "ORG")


def test_a_group_named_a_joint_one_is_one_body(labelled):
    # 联合 ends a name elsewhere (A联合B举办); 联合集团 is the group's own ending
    assert "江南出版联合集团" in labelled("江南日报报业集团、江南出版联合集团参加。", "ORG")


def test_a_works_named_by_its_trade_and_厂(labelled):
    # 胶厂, 制胶厂: a trade's works (bare 厂 ends too many words: 全厂, 进厂)
    orgs = labelled("青松胶厂党支部书记马立华、东岗第一制胶厂班长罗春燕参加座谈。", "ORG")
    assert {"青松胶厂", "东岗第一制胶厂"} <= orgs


def test_a_bodys_name_the_tagger_reads_as_a_place_still_ends_at_its_ending(tagged_mentions):
    # 幼儿园 glued into one LOC word with the place and name before it: the word is the body
    found = tagged_mentions(("马丽", "PER"), ("（", "w"), ("塔城市向阳花园幼儿园", "LOC"), ("教师", "n"), ("）", "w"))
    assert ("塔城市向阳花园幼儿园", "ORG", "") in found


def test_a_public_service_station_is_a_body(labelled):
    # a county's or township's station (兽医站, 农技站), opening with its area
    assert "伊宁县草原兽医站" in labelled("王芳是伊宁县草原兽医站兽医。", "ORG")
    assert "红星镇农技站" in labelled("红星镇农技站站长李强出席。", "ORG")
    # a common word before the ending names no station
    assert labelled("镇里设立了兽医站。", "ORG") == set()


def test_a_sanitation_station_and_a_working_station_are_bodies(labelled):
    # (invented) a street's 环卫所 and a union's 工作站, opening with their areas
    orgs = labelled("株洲市荷塘区月塘街道环卫所清扫工刘芳在株洲市总工会职工法律援助工作站咨询。", "ORG")
    assert {"株洲市荷塘区月塘街道环卫所", "株洲市总工会职工法律援助工作站"} <= orgs
    # a common word before the ending names no station
    assert labelled("今年全市新建劳模创新工作站12家。", "ORG") == set()


def test_a_station_named_bare_in_a_chain_of_titles_is_a_body(labelled):
    # (invented) between 、 and its head's title: the unit the officer heads
    assert "职工法律援助工作站" in labelled("市总工会副主席、职工法律援助工作站站长赵明出席。", "ORG")


def test_a_clause_after_a_companys_union_is_no_unit_of_the_company(labelled):
    # (invented) 公司工会同时授予…: an adverb and a verb after the union, no department's name
    orgs = labelled("公司工会同时授予分公司运维班“公司青年文明号”称号。", "ORG")
    assert not [o for o in orgs if "授予" in o]


def test_a_company_the_tagger_reads_as_a_person_in_a_tables_row(find):
    """序号 姓名 单位及职务: after a person's name the tagger may read a whole company's name
    as another person's (江港物流有限公司/PER); no person's name ends as a company's does."""
    assert ("芜湖江港物流有限公司", "ORG", "") in find("2 孙庆华 芜湖江港物流有限公司门机司机")


def test_a_company_tagged_as_a_person_after_a_name_and_a_mark(tagged_mentions):
    found = tagged_mentions(
        ("获奖者", "n"),
        ("：", "w"),
        ("林雪梅", "PER"),
        ("，", "w"),
        ("合肥恒裕包装材料有限公司", "PER"),
        ("质检员", "n"),
    )
    assert ("合肥恒裕包装材料有限公司", "ORG", "") in found


def test_a_works_named_by_what_it_makes_after_its_town(labelled):
    assert "无为市红庙镇振红羽毛制品厂" in labelled("无为市红庙镇振红羽毛制品厂车间主任葛春兰", "ORG")
    assert "长丰县下塘镇兴旺食品厂" in labelled("长丰县下塘镇兴旺食品厂厂长王海涛介绍经验。", "ORG")


def test_a_works_word_after_a_common_word_names_no_works(labelled):
    assert labelled("他在镇上一家服装厂打工，后来到食品厂上班。", "ORG") == set()


def test_a_branch_the_tagger_reads_as_a_place_is_an_organisation(labelled):
    """鹿城支行/LOC: a name ending as a bank's branch does (支行) is a body, whatever the tagger says."""
    assert "鹿城支行" in labelled("表彰了鹿城支行郁晓岚、总行营业部孙倩。", "ORG")


def test_a_head_offices_business_department_is_an_organisation(labelled):
    """总行营业部: the 营业部 ending names a body; bare (支行、营业部和分行) it names none."""
    assert "总行营业部" in labelled("表彰了鹿城支行郁晓岚、总行营业部孙倩。", "ORG")
    assert "营业部" not in labelled("全行18个支行、营业部和分行推荐选手。", "ORG")


def test_a_description_closed_by_a_kind_word_is_no_part_of_the_name(labelled):
    """爱心企业|湖南青禾饮料有限公司: a caring company, then its name (an area opens it)."""
    assert labelled("爱心企业湖南青禾饮料有限公司捐赠了矿泉水。", "ORG") == {"湖南青禾饮料有限公司"}
    assert labelled("共建单位长沙恒远物流有限公司参加活动。", "ORG") == {"长沙恒远物流有限公司"}
    assert "中国企业联合会" in labelled("中国企业联合会发布报告。", "ORG")


def test_a_listed_company_whose_ending_the_tagger_glued_into_a_verb(labelled):
    """长沙飞驰即时配送有限公司 (即时/d 配送有限公司/v) after another company and 、: the whole item."""
    found = labelled("来自长沙恒远物流有限公司、长沙飞驰即时配送有限公司两家企业的骑手参加。", "ORG")
    assert found == {"长沙恒远物流有限公司", "长沙飞驰即时配送有限公司"}


def test_a_joining_word_read_into_a_name_after_a_union_joins_two_bodies(labelled):
    """岳麓区总工会与区司法局 (与/ORG in one run): the union, then the bureau; 和 inside a
    department's name (人力资源和社会保障厅) joins no bodies."""
    text = "11月2日，湖南省长沙市岳麓区总工会与区司法局联合设立的职工法律援助工作站揭牌。"
    assert labelled(text, "ORG") == {"区司法局"}
    assert "湖南省人力资源和社会保障厅" in labelled("湖南省人力资源和社会保障厅与湖南省总工会联合举办比赛。", "ORG")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("王芳　洛阳市偃师区首阳山街道中心小学教师", "洛阳市偃师区首阳山街道中心小学"),
        ("张伟　兰州市城关区皋兰路街道中心小学教师", "兰州市城关区皋兰路街道中心小学"),
        ("李明　禹州市神垕镇钧瓷文化产业园管理中心研发员", "禹州市神垕镇钧瓷文化产业园管理中心"),
    ],
)
def test_a_body_ending_glued_into_a_place_word_after_an_area_names_a_body(labelled, text, body):
    assert body in labelled(text, "ORG")


def test_a_place_word_that_is_an_area_and_the_ending_alone_names_no_new_body(labelled):
    assert not labelled("活动在广场中心举行。", "ORG")


@pytest.mark.parametrize(
    "text, name",
    [
        ("下午3:45桂林漓江轴承有限公司召开职工大会。", "桂林漓江轴承有限公司"),
        ("1. 上午8:00湘潭远航纺织有限公司工会开展义诊。", "湘潭远航纺织有限公司"),
    ],
)
def test_a_clock_times_minutes_are_no_part_of_the_name_after_it(labelled, text, name):
    found = labelled(text, "ORG") | labelled(text, "UNION")
    assert name in found or name + "工会" in found, found
    assert not any(f[0].isdigit() for f in found), found
