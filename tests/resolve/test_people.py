"""Person merging (kg.resolve.merge.Resolver) and short names (kg.resolve.short_names)
across articles, on invented facts: who is one person, and which short name stands for
which full name."""

from __future__ import annotations

import pytest

from kg.model.article import Article
from kg.model.evidence import Evidence
from kg.model.facts import ArticleFacts, EntityInfo, EntityRef, RelationFact
from kg.resolve.merge import Resolver
from kg.resolve.short_names import short_names


def person(name: str) -> EntityRef:
    return EntityRef("Person", name)


def union(name: str) -> EntityRef:
    return EntityRef("TradeUnion", name)


def org(name: str) -> EntityRef:
    return EntityRef("Organization", name)


def item(
    source: str,
    *refs: EntityRef,
    posts: tuple[tuple[EntityRef, EntityRef], ...] = (),
    reporters: tuple[EntityRef, ...] = (),
    index: int = 0,
) -> tuple[Article, ArticleFacts]:
    """An article of ``source`` naming ``refs``; ``posts``: (person, body) a person holds a post at."""
    article = Article(source=source, index=index, headline=None, body="正文")
    facts = ArticleFacts(article_id=f"article:{source}#{index}")
    for ref in (*refs, *reporters):
        facts.entities[ref] = EntityInfo(ref)
    evidence = Evidence(facts.article_id, 0, 2, "正文")
    facts.relations = [RelationFact(p, "post", body, evidence) for p, body in posts]
    facts.reporters = list(reporters)
    return article, facts


@pytest.fixture
def resolver(gaz) -> Resolver:
    return Resolver(gaz)


# -- person_ids ----------------------------------------------------------------------------


def test_a_name_is_one_person_within_a_file(resolver):
    items = [item("a.txt", person("林晓峰"), index=0), item("a.txt", person("林晓峰"), index=1)]
    assert resolver.person_ids(items) == {("a.txt", "林晓峰"): "person:林晓峰"}


def test_the_same_name_in_two_files_is_two_people_without_more(resolver):
    items = [item("a.txt", person("林晓峰")), item("b.txt", person("林晓峰"))]
    assert resolver.person_ids(items) == {("a.txt", "林晓峰"): "person:林晓峰", ("b.txt", "林晓峰"): "person:林晓峰~2"}


def test_naming_the_same_bodies_alone_does_not_merge(resolver):
    body = union("青石县总工会")
    items = [item("a.txt", person("林晓峰"), body), item("b.txt", person("林晓峰"), body)]
    assert resolver.person_ids(items)[("b.txt", "林晓峰")] == "person:林晓峰~2"


def test_two_credited_journalists_of_one_name_are_one(resolver):
    items = [item("a.txt", reporters=(person("林晓峰"),)), item("b.txt", reporters=(person("林晓峰"),))]
    assert set(resolver.person_ids(items).values()) == {"person:林晓峰"}


def test_one_credited_and_one_named_are_two(resolver):
    items = [item("a.txt", reporters=(person("林晓峰"),)), item("b.txt", person("林晓峰"))]
    assert resolver.person_ids(items)[("b.txt", "林晓峰")] == "person:林晓峰~2"


def test_posts_at_the_same_body_merge(resolver):
    p, body = person("林晓峰"), union("青石县总工会")
    items = [item("a.txt", p, posts=((p, body),)), item("b.txt", p, posts=((p, body),))]
    assert set(resolver.person_ids(items).values()) == {"person:林晓峰"}


def test_a_post_at_a_body_the_earlier_file_names_merges(resolver):
    p, body = person("林晓峰"), union("青石县总工会")
    items = [item("a.txt", p, body), item("b.txt", p, body, posts=((p, body),))]
    assert set(resolver.person_ids(items).values()) == {"person:林晓峰"}


def test_a_body_named_where_the_earlier_file_gave_a_post_merges(resolver):
    p, body = person("林晓峰"), union("青石县总工会")
    items = [item("a.txt", p, body, posts=((p, body),)), item("b.txt", p, body)]
    assert set(resolver.person_ids(items).values()) == {"person:林晓峰"}


def test_posts_at_different_bodies_do_not_merge(resolver):
    p, x, y = person("林晓峰"), union("青石县总工会"), union("白沙县总工会")
    items = [item("a.txt", p, x, posts=((p, x),)), item("b.txt", p, y, posts=((p, y),))]
    assert resolver.person_ids(items)[("b.txt", "林晓峰")] == "person:林晓峰~2"


def test_a_later_file_joins_the_first_cluster_that_agrees(resolver):
    p, x, y = person("林晓峰"), union("青石县总工会"), union("白沙县总工会")
    items = [
        item("a.txt", p, x, posts=((p, x),)),
        item("b.txt", p, posts=((p, y),)),
        item("c.txt", p, posts=((p, y),)),
    ]
    ids = resolver.person_ids(items)
    assert (ids[("a.txt", "林晓峰")], ids[("b.txt", "林晓峰")], ids[("c.txt", "林晓峰")]) == (
        "person:林晓峰",
        "person:林晓峰~2",
        "person:林晓峰~2",
    )


def test_other_relations_with_the_same_body_do_not_merge(resolver):
    p, body = person("林晓峰"), union("青石县总工会")
    evidence = Evidence("article:x", 0, 2, "正文")
    items = [item("a.txt", p), item("b.txt", p)]
    for _, facts in items:
        facts.relations.append(RelationFact(p, "memberOf", body, evidence))
    assert resolver.person_ids(items)[("b.txt", "林晓峰")] == "person:林晓峰~2"


def test_files_are_clustered_in_order_of_their_names(resolver):
    items = [item("b.txt", person("林晓峰")), item("a.txt", person("林晓峰"))]
    assert resolver.person_ids(items)[("a.txt", "林晓峰")] == "person:林晓峰"


# -- short_names ---------------------------------------------------------------------------


def test_a_streets_union_is_its_general_union(resolver):
    items = [item("a.txt", union("青石街道总工会"), union("青石街道工会"))]
    assert short_names(items, resolver.gaz) == {("a.txt", "TradeUnion", "青石街道工会"): "青石街道总工会"}


def test_short_names_hold_within_a_file(resolver):
    items = [item("a.txt", union("青石街道总工会")), item("b.txt", union("青石街道工会"))]
    assert short_names(items, resolver.gaz) == {}


def test_a_companys_union_without_its_legal_form(resolver):
    items = [item("a.txt", union("长江智造集团工会"), union("长江智造集团有限公司工会"))]
    assert short_names(items, resolver.gaz) == {("a.txt", "TradeUnion", "长江智造集团工会"): "长江智造集团有限公司工会"}


def test_a_company_without_its_legal_form(resolver):
    items = [item("a.txt", org("长江智造集团"), org("长江智造集团有限公司"))]
    assert short_names(items, resolver.gaz) == {("a.txt", "Organization", "长江智造集团"): "长江智造集团有限公司"}


def test_the_first_full_name_in_code_point_order_wins(resolver):
    items = [item("a.txt", org("长江智造集团"), org("长江智造集团股份有限公司"), org("长江智造集团有限公司"))]
    assert short_names(items, resolver.gaz)[("a.txt", "Organization", "长江智造集团")] == "长江智造集团有限公司"


def test_a_name_too_short_to_tell_is_kept(resolver):
    items = [item("a.txt", org("长江"), org("长江公司"))]
    assert short_names(items, resolver.gaz) == {}


def test_names_of_another_class_are_not_full_names(resolver):
    items = [item("a.txt", union("青石街道工会"), org("青石街道总工会"))]
    assert short_names(items, resolver.gaz) == {}
