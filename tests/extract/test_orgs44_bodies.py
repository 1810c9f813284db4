"""Bodies and places of session 44's organisation family, on invented articles run through
NLP and extraction."""

from __future__ import annotations

from tests.extract.facts_view import names, placed


def test_a_station_named_with_its_site_in_brackets_is_one_place_in_that_street(extract_text):
    """职工爱心驿站（某街道某路站）: the bracket tells one station of the network from the
    others; it is part of the name, and the station lies in the street the bracket opens with."""
    facts = extract_text(
        "5月8日，东湖区总工会建设的职工爱心驿站（豫章街道解放路站）正式启用，环卫工人可在此饮水、休息。",
        region="南昌市",
    )
    places = names(facts, "Place")
    assert "职工爱心驿站（豫章街道解放路站）" in places
    assert ("职工爱心驿站（豫章街道解放路站）", "豫章街道") in placed(facts)


def test_a_bracket_that_names_no_site_stays_out_of_the_venue(extract_text):
    """某驿站（试运行）: a note in brackets, no station's site, is no part of the name."""
    facts = extract_text("5月8日，青山湖区职工爱心驿站（试运行）向环卫工人开放。", region="南昌市")
    assert not any("试运行" in name for name in names(facts, "Place"))


def test_a_definition_verb_glued_to_a_level_union_is_no_part_of_its_name(extract_text):
    """上级补助收入：指县总工会从上级工会取得的收入 — 指 (means) glued to the union's short
    form by the tagger opens no union's name."""
    facts = extract_text(
        "宁陵县总工会2027年部门预算说明。二、上级补助收入：指县总工会从上级工会取得的非财政补助收入。",
        region="商丘市",
    )
    assert not any(name.startswith("指") for name in names(facts, "TradeUnion"))


def test_departments_set_up_by_a_union_are_no_department_named_with_the_verb(extract_text):
    """县总工会内设办公室、权益保障部: the union sets up departments listed after the verb;
    no body named 县总工会内设办公室."""
    facts = extract_text(
        "睢县总工会是县委领导的群众组织。县总工会内设办公室、权益保障部2个机构；1995年县总工会机关设办公室、女工部。",
        region="商丘市",
    )
    bodies = names(facts, "Organization") | names(facts, "TradeUnion")
    assert not any("内设" in name or "机关设" in name for name in bodies)


def test_units_listed_after_an_inline_child_field_belong_to_the_body_of_the_sentence(extract_text):
    """某县总工会内设…；下属事业单位2个：A、B: the listed units are the union's, the venue-named
    one (某县工人文化宫) an institution under it."""
    facts = extract_text(
        "睢县总工会是县委领导的群众组织。县总工会内设办公室、权益保障部2个机构；"
        "下属事业单位2个：睢县工人文化宫、睢县职工服务中心（加挂县困难职工帮扶中心牌子）。",
        region="商丘市",
    )
    under = {(r.subject.name, r.object.name) for r in facts.relations if r.pred == "subOrganizationOf"}
    under |= {(ref.name, info.parent.name) for ref, info in facts.entities.items() if info.parent}
    assert ("睢县工人文化宫", "睢县总工会") in under
    assert ("睢县职工服务中心", "睢县总工会") in under


def test_a_bare_committee_unit_after_a_union_names_the_unions_committee(extract_text):
    """县总工会内设办公室、经费审查委员会办公室: the office of the committee, written bare, is
    of the union named before; the committee is a body of that union."""
    facts = extract_text(
        "睢县总工会是县委领导的群众组织。县总工会内设办公室、权益保障部、经费审查委员会办公室3个机构。",
        region="商丘市",
    )
    assert "睢县总工会经费审查委员会" in names(facts, "Organization")


def test_a_part_time_union_chair_names_no_union(extract_text):
    """配备兼职工会主席: how the chair serves (兼职), no union named 兼职工会."""
    facts = extract_text("1998年，其余各乡镇相继建会，配备兼职工会主席。", region="酒泉市")
    assert not any(name.startswith(("兼职", "专职")) for name in names(facts, "TradeUnion"))


def test_a_level_word_and_the_workers_served_name_the_areas_service_body(extract_text):
    """区职工法律援助工作站, 县困难职工帮扶中心: a bare level word, the workers the body serves,
    and an ending common words stand before: the area's own body."""
    facts = extract_text(
        "金塔县总工会概况。2003年，成立县困难职工帮扶中心，2019年并入县职工服务中心。今年以来，区职工法律援助工作站共受理案件23件。",
        region="酒泉市",
    )
    bodies = names(facts, "Organization")
    assert any(name.endswith("县困难职工帮扶中心") for name in bodies)
    assert any(name.endswith("区职工法律援助工作站") for name in bodies)


def test_a_day_word_glued_to_a_level_union_is_no_part_of_its_name(extract_text):
    """第二天区总工会权益保障部回了电话: the day (第二天) glued by the tagger before the union."""
    facts = extract_text(
        "我在肃州区打工。抱着试试的心态打了电话。第二天区总工会权益保障部一个女同志就回了电话。",
        region="酒泉市",
    )
    assert not any(name.startswith("第二天") for name in names(facts, "TradeUnion"))


def test_a_local_unit_written_after_its_department_and_of_is_its_unit(extract_text):
    """区人社局的劳动保障监察大队: the department's local unit, named after it."""
    facts = extract_text(
        "肃州区总工会联合区人社局的劳动保障监察大队约谈总包，欠薪全部追回。",
        region="酒泉市",
    )
    units = {ref.name: info for ref, info in facts.entities.items() if ref.cls == "Organization"}
    unit = next((n for n in units if n.endswith("劳动保障监察大队")), None)
    assert unit is not None and units[unit].parent is not None
    assert units[unit].parent.name.endswith(("人社局", "人力资源和社会保障局"))


def test_a_shopping_street_framed_as_where_an_event_starts_is_a_place(extract_text):
    """在某某步行街启动“夏送清凉”活动: the shopping street where it is held is a venue."""
    facts = extract_text("7月8日，南坪街道总工会在南坪步行街启动“夏送清凉”活动，160余名环卫工人参加。", region="重庆市")
    assert "南坪步行街" in names(facts, "Place")


def test_a_filling_station_and_a_post_office_branch_are_bodies(extract_text):
    """运营单位：中国石化某某加油站 / 某某邮政城区支局: units of their companies, bodies."""
    facts = extract_text(
        "站点由中国石化泸州龙马加油站运营。另一站点由泸州纳溪邮政城区支局运营。",
        region="泸州市",
    )
    bodies = names(facts, "Organization")
    assert any(name.endswith("龙马加油站") for name in bodies)
    assert any(name.endswith("邮政城区支局") for name in bodies)


def _areas(facts) -> list[str]:
    return [ref.name for ref in facts.entities if ref.cls == "AdministrativeArea"]


def test_a_township_renamed_a_town_is_one_area_when_both_names_are_written(extract_text):
    """鸭暖乡 … 2024年撤乡设镇 … 鸭暖镇: the text names the town too; the township is that
    town under its former name, one area, not two."""
    facts = extract_text(
        "1998年，临泽县鸭暖乡工会成立。2024年，鸭暖乡撤乡设镇，鸭暖乡工会更名为鸭暖镇总工会。",
        region="张掖市",
    )
    areas = _areas(facts)
    assert areas.count("鸭暖镇") == 1 and "鸭暖乡" not in areas


def test_a_township_written_only_by_its_former_name_stays_as_written(extract_text):
    """鸭暖乡 alone (the registry has 鸭暖镇): the area as written, part of its county."""
    facts = extract_text("1998年，临泽县鸭暖乡工会成立，首任主席由乡党委副书记兼任。", region="张掖市")
    assert "鸭暖乡" in _areas(facts)


def test_a_bracket_naming_the_kind_of_station_is_no_site_of_it(extract_text):
    """某镇职工服务中心（工会驿站）: the bracket says what kind of station the centre is, its
    second name, no site of a network: the centre's name ends before it."""
    facts = extract_text("6月3日，临江镇职工服务中心（工会驿站）正式启用。", region="南通市")
    assert not any("（" in name for name in names(facts, "Place") | names(facts, "Organization"))


def test_a_company_name_before_a_design_institute_runs_on(extract_text):
    """某某集团有限公司设计研究院工会: 设 of 设计 opens no break after the company's name."""
    facts = extract_text("杨帆当选蓉城钢铁集团有限公司设计研究院工会主席。", region="成都市")
    assert any(name.endswith("设计研究院工会") for name in names(facts, "TradeUnion"))
