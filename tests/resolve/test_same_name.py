"""One rule for people of the same name, one merge of nodes: in a build and in ``--update``.

Invented names and bodies throughout; each test fails when the rule it names is removed.
"""

from __future__ import annotations

from kg.graph.model import add_node, add_relation, merge_node, new_graph
from kg.model.article import Article
from kg.model.evidence import Evidence
from kg.model.facts import ArticleFacts, EntityRef, RelationFact
from kg.resolve.hubs import person_mapping
from kg.resolve.merge import Resolver
from kg.resolve.people import PersonProfile
from kg.resolve.short_names import short_names

NAME = "柏青禾"
BODY = "云杉市木器厂工会"
OTHER = "云杉市石材厂工会"


def test_two_credited_journalists_agree():
    assert PersonProfile(credit=True).agrees(PersonProfile(credit=True))
    assert not PersonProfile(credit=True).agrees(PersonProfile())


def test_posts_at_one_body_agree():
    assert PersonProfile(orgs={BODY}).agrees(PersonProfile(orgs={BODY}))
    assert not PersonProfile(orgs={BODY}).agrees(PersonProfile(orgs={OTHER}))


def test_a_post_where_the_other_is_named_agrees_both_ways():
    assert PersonProfile(orgs={BODY}).agrees(PersonProfile(bodies={BODY}))
    assert PersonProfile(bodies={BODY}).agrees(PersonProfile(orgs={BODY}))


def test_named_beside_one_body_alone_does_not_agree():
    assert not PersonProfile(bodies={BODY}).agrees(PersonProfile(bodies={BODY}))


def _item(source: str, *, credited: bool = False, post: str | None = None, beside: str | None = None):
    article = Article(source=source, index=0, headline="标题", body="正文")
    facts = ArticleFacts(article_id=f"article:{source}#0")
    person = EntityRef("Person", NAME)
    facts.entity(person)
    ev = Evidence(facts.article_id, 0, 2, "正文")
    if credited:
        facts.reporters.append(person)
    for body in filter(None, (post, beside)):
        facts.entity(EntityRef("TradeUnion", body))
    if post:
        facts.relations.append(RelationFact(person, "post", EntityRef("TradeUnion", post), ev, role="主席"))
    return article, facts


def test_a_build_merges_people_of_two_files_only_when_they_agree():
    people = Resolver(None).person_ids(
        [_item("a.txt", post=BODY), _item("b.txt", beside=BODY), _item("c.txt", beside=OTHER)]
    )
    assert people[("a.txt", NAME)] == people[("b.txt", NAME)] == f"person:{NAME}"
    assert people[("c.txt", NAME)] == f"person:{NAME}~2"


def _hub(person: str, *, post: str | None = None, article: str = "article:a.txt#0"):
    G = new_graph()
    add_node(G, article, "Article", "标题")
    add_node(G, person, "Person", NAME, mentions=1)
    add_relation(G, article, "mentions", person, Evidence(article, 0, 2, "正文"))
    if post:
        add_node(G, f"union:{post}", "TradeUnion", post)
        add_relation(G, person, "post", f"union:{post}", Evidence(article, 0, 2, "正文"), role="主席")
    return G


def test_an_update_uses_the_same_rule():
    old = _hub(f"person:{NAME}", post=BODY)
    agreeing = _hub(f"person:{NAME}", post=BODY, article="article:b.txt#0")
    stranger = _hub(f"person:{NAME}", post=OTHER, article="article:c.txt#0")
    assert person_mapping(old, agreeing) == {f"person:{NAME}": f"person:{NAME}"}
    assert person_mapping(old, stranger) == {f"person:{NAME}": f"person:{NAME}~2"}


def test_merging_a_node_unites_aliases_adds_mentions_and_keeps_the_first_label():
    G = new_graph()
    add_node(G, "union:甲", "TradeUnion", "甲工会", mentions=2, aliases={"甲会"}, level=None)
    merge_node(
        G, "union:甲", {"cls": "TradeUnion", "label": "甲总工会", "mentions": 3, "aliases": ["甲工"], "level": "x"}
    )
    node = G.nodes["union:甲"]
    assert node["label"] == "甲工会" and node["mentions"] == 5
    assert node["aliases"] == {"甲会", "甲工"}
    assert node["level"] == "x"  # filled where it was None
    merge_node(G, "union:甲", {"level": "y", "code": None})
    assert node["level"] == "x" and "code" in node  # kept; a new key comes along


def test_merging_unites_evidence_lists():
    ev1, ev2 = Evidence("article:a#0", 0, 2, "甲"), Evidence("article:b#0", 0, 2, "乙")
    G = new_graph()
    merge_node(G, "event:会", {"cls": "Event", "label": "会", "literal_evidence": {"date": [ev2]}})
    merge_node(G, "event:会", {"literal_evidence": {"date": [ev1, ev2]}, "awards": {"奖": [ev1]}})
    assert G.nodes["event:会"]["literal_evidence"] == {"date": [ev1, ev2]}
    assert G.nodes["event:会"]["awards"] == {"奖": [ev1]}


def test_a_group_named_without_its_holding_companys_legal_form_is_that_company():
    # (invented) X集团 and X集团控股有限公司 in one file: one company
    article = Article(source="h.txt", index=0, headline="标题", body="正文")
    facts = ArticleFacts(article_id="article:h.txt#0")
    for name in ("青岚建工集团", "青岚建工集团控股有限公司"):
        facts.entity(EntityRef("Organization", name))
    short = short_names([(article, facts)], None)
    assert short[("h.txt", "Organization", "青岚建工集团")] == "青岚建工集团控股有限公司"


def _bodies_item(source: str, *names: str):
    article = Article(source=source, index=0, headline="标题", body="正文")
    facts = ArticleFacts(article_id=f"article:{source}#0")
    for name in names:
        facts.entity(EntityRef("TradeUnion", name))
    return article, facts


def test_a_level_union_named_bare_is_one_body_per_file_and_a_named_one_is_shared():
    # (invented) two counties' papers each write 县总工会 for their own county's union
    G = Resolver(None).build(
        [_bodies_item("a.txt", "县总工会", "云杉县总工会"), _bodies_item("b.txt", "县总工会", "云杉县总工会")]
    )
    bare = [n for n, d in G.nodes(data=True) if d.get("label") == "县总工会"]
    assert len(bare) == 2
    assert len([n for n, d in G.nodes(data=True) if d.get("label") == "云杉县总工会"]) == 1
