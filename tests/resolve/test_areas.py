"""Which areas are nodes and what they are part of (kg.resolve.areas), in a build and in
``--update``: areas the texts name, each linked to the nearest named area above it."""

from __future__ import annotations

from kg.gazetteer import Gazetteer
from kg.model.article import Article
from kg.model.evidence import Evidence
from kg.model.facts import ArticleFacts, EntityInfo, EntityRef, RelationFact
from kg.resolve.hubs import merge_hubs
from kg.resolve.merge import Resolver

PROVINCE = EntityRef("AdministrativeArea", "云南省", "530000")
PREFECTURE = EntityRef("AdministrativeArea", "大理白族自治州", "532900")
COUNTY = EntityRef("AdministrativeArea", "宾川县", "532924")
TOWN = EntityRef("AdministrativeArea", "金牛镇", "532924101")


def _item(source: str, *refs: EntityRef) -> tuple[Article, ArticleFacts]:
    article = Article(source=source, index=0, headline=None, body="正文")
    facts = ArticleFacts(article_id=f"article:{source}#0")
    for ref in refs:
        facts.entities[ref] = EntityInfo(ref)
    return article, facts


def _part_of(G) -> set[tuple[str, str]]:
    return {(u, v) for u, v, d in G.edges(data=True) if d["pred"] == "partOf"}


def _areas(G) -> set[str]:
    return {n for n, d in G.nodes(data=True) if d["cls"] == "AdministrativeArea"}


def test_an_area_nobody_names_is_no_node():
    G = Resolver(Gazetteer.default()).build([_item("a.txt", TOWN, COUNTY)])
    assert _areas(G) == {"area:532924101", "area:532924"}
    assert _part_of(G) == {("area:532924101", "area:532924")}


def test_a_named_area_is_part_of_the_nearest_named_one_above_it():
    G = Resolver(Gazetteer.default()).build([_item("a.txt", COUNTY, PROVINCE)])
    assert _areas(G) == {"area:532924", "area:530000"}
    assert _part_of(G) == {("area:532924", "area:530000")}


def test_an_update_puts_a_newly_named_area_between_the_earlier_ones():
    resolver = Resolver(Gazetteer.default())
    old = resolver.build([_item("a.txt", COUNTY, PROVINCE)])
    both = merge_hubs(old, resolver.build([_item("b.txt", PREFECTURE)]))
    at_once = resolver.build([_item("a.txt", COUNTY, PROVINCE), _item("b.txt", PREFECTURE)])
    chain = {("area:532924", "area:532900"), ("area:532900", "area:530000")}
    assert _part_of(both) == _part_of(at_once) == chain


def test_an_area_without_a_code_has_the_level_its_name_supports():
    # 城东街道 is a street in every province that has one: no code, but a township
    street = EntityRef("AdministrativeArea", "城东街道")
    G = Resolver(Gazetteer.default()).build([_item("a.txt", street)])
    assert G.nodes["area:城东街道"]["level"] == "township"
    assert "code" not in G.nodes["area:城东街道"] or not G.nodes["area:城东街道"].get("code")


def test_a_village_is_a_village():
    village = EntityRef("AdministrativeArea", "新庄村", within="532924101")
    G = Resolver(Gazetteer.default()).build([_item("a.txt", village)])
    assert G.nodes["area:532924101/新庄村"]["level"] == "village"


def test_a_corps_regiment_is_part_of_no_county():
    # the registry codes 兵团二十一团 under 和静县, but the corps governs it, not the county
    county = EntityRef("AdministrativeArea", "和静县", "652827")
    regiment = EntityRef("AdministrativeArea", "兵团二十一团", "652827501")
    town = EntityRef("AdministrativeArea", "巴伦台镇", "652827101")
    G = Resolver(Gazetteer.default()).build([_item("a.txt", county, regiment, town)])
    assert _part_of(G) == {("area:652827101", "area:652827")}


def test_one_area_named_with_a_code_and_without_builds():
    """A village the register places (its town's code) and the same name read where no town
    is named: two refs that differ only in a missing code still sort, so the build goes on."""
    placed = EntityRef("AdministrativeArea", "石门村", within="532924101")
    bare = EntityRef("AdministrativeArea", "石门村")
    assert sorted([placed, bare]) == [bare, placed]
    G = Resolver(Gazetteer.default()).build([_item("a.txt", TOWN, placed, bare)])
    assert "石门村" in {d.get("label") for _, d in G.nodes(data=True)}


def test_two_named_areas_of_one_name_are_each_labelled_by_their_container():
    """鼓楼区 of 南京市 and of 福州市 on one page: 南京市鼓楼区 and 福州市鼓楼区, the bare name an
    alias; an area alone of its name keeps it."""
    nanjing = EntityRef("AdministrativeArea", "鼓楼区", "320106")
    fuzhou = EntityRef("AdministrativeArea", "鼓楼区", "350102")
    G = Resolver(Gazetteer.default()).build([_item("a.txt", nanjing, fuzhou, COUNTY)])
    labels = {n: d["label"] for n, d in G.nodes(data=True) if d["cls"] == "AdministrativeArea"}
    assert labels == {"area:320106": "南京市鼓楼区", "area:350102": "福州市鼓楼区", "area:532924": "宾川县"}
    assert "鼓楼区" in G.nodes["area:320106"]["aliases"]


def test_a_post_read_at_an_area_is_no_membership():
    # (青山村党总支书记 read as 党总支书记 at the village: the contract's memberships are bodies')
    article, facts = _item("a.txt", TOWN)
    person, union = EntityRef("Person", "蓝海生"), EntityRef("TradeUnion", "金牛镇总工会")
    facts.entities[person] = EntityInfo(person)
    facts.entities[union] = EntityInfo(union)
    ev = Evidence(facts.article_id, 0, 2, "正文")
    facts.relations.append(RelationFact(person, "post", TOWN, ev, role="党总支书记"))
    facts.relations.append(RelationFact(person, "post", union, ev, role="主席"))
    G = Resolver(Gazetteer.default()).build([(article, facts)])
    posts = {(u, v) for u, v, d in G.edges(data=True) if d["pred"] == "post"}
    assert posts == {("person:蓝海生", "union:金牛镇总工会")}


def test_a_container_the_text_states_stands_in_the_registers_place():
    # (阿勒泰地区 is filed under the province; a page saying it belongs to 伊犁州 gives it that
    # one container, not two: the contract's partOf is the one direct container)
    altay = EntityRef("AdministrativeArea", "阿勒泰地区", "654300")
    ili = EntityRef("AdministrativeArea", "伊犁哈萨克自治州", "654000")
    region = EntityRef("AdministrativeArea", "新疆维吾尔自治区", "650000")
    article, facts = _item("a.txt", altay, ili, region)
    facts.relations.append(RelationFact(altay, "partOf", ili, Evidence(facts.article_id, 0, 2, "正文")))
    G = Resolver(Gazetteer.default()).build([(article, facts)])
    assert _part_of(G) == {("area:654300", "area:654000"), ("area:654000", "area:650000")}
