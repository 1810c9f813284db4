"""``doc.ents`` after the whole pipeline: model and domain entities combined, by contract class."""

from __future__ import annotations


def ents(nlp, text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in nlp(text).ents}


def test_domain_names_win_and_the_model_fills_in(nlp):
    found = ents(nlp, "北京市朝阳区总工会主席张晓红在美国纽约参观时，与外交部官员座谈。")
    assert found["北京市朝阳区总工会"] == "TradeUnion"  # not 北京市 + 朝阳区 + 总工会
    assert found["张晓红"] == "Person"
    assert found["美国"] == "Place" and found["纽约"] == "Place"  # no node in the graph, still an entity
    assert found["外交部"] == "Organization"
    assert "北京市" not in found and "朝阳区" not in found


def test_a_longer_model_entity_beats_an_area_stem_inside_it(nlp):
    found = ents(nlp, "据新华社报道，会议在京召开。")
    assert found.get("新华社") == "Organization"
    assert "新华" not in found  # 新华 is also a district's stem


def test_references_and_common_words_are_not_entities(nlp):
    found = ents(nlp, "首都职工为和平与友谊发声，资本市场和国际市场回暖。")
    assert "首都" not in found  # a reference to Beijing, not a name
    assert "和平" not in found and "友谊" not in found  # stems of 和平区, 友谊县 used as words
    assert not any(text.endswith("市场") for text in found)


def test_named_venues_with_common_heads_stay(nlp):
    found = ents(nlp, "职工们来到凤凰岭劳模实践基地，又参观了“惠民农贸市场”。")
    assert found.get("凤凰岭劳模实践基地") == "Place"  # a place name before 基地 is enough
    assert found.get("惠民农贸市场") == "Place"  # a quoted name is always a name


def test_names_the_domain_layer_rejects_stay_out(nlp):
    found = ents(nlp, "智能机器人“天轶”为职工答疑，工会主席张晓红作了介绍。")
    assert "天轶" not in found  # the model reads a person; a robot is not one
    assert found.get("张晓红") == "Person"
