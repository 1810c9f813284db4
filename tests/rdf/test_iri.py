"""Instance IRIs: readable, safe in Turtle, one-to-one and stable."""

from __future__ import annotations

from urllib.parse import unquote

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef

from kg.errors import KgError
from kg.model.evidence import Evidence
from kg.rdf.iri import encode_segment, membership_iri, node_iri, normalise_base, role_iri, statement_iri
from kg.rdf.vocab import DEFAULT_BASE_IRI

FORBIDDEN = set(' <>"{}|^`\\#?') | {chr(c) for c in range(0x21)} | {"\x7f"}


def key_of(iri: str, base: str = DEFAULT_BASE_IRI) -> tuple[str, str]:
    kind, _, key = iri[len(base) :].partition("/")
    return unquote(kind), unquote(key)


def test_areas_and_chinese_names_read_as_they_are():
    assert node_iri("area:110105") == URIRef(DEFAULT_BASE_IRI + "area/110105")
    assert node_iri("union:北京市总工会") == URIRef(DEFAULT_BASE_IRI + "union/北京市总工会")
    assert node_iri("person:张伟~2") == URIRef(DEFAULT_BASE_IRI + "person/张伟~2")
    assert role_iri("副主席") == URIRef(DEFAULT_BASE_IRI + "role/副主席")


def test_event_and_article_ids_keep_slashes_and_encode_the_hash():
    iri = str(node_iri("event:seeds/a b.txt#3/1"))
    assert iri == DEFAULT_BASE_IRI + "event/seeds/a%20b.txt%233/1"
    assert str(node_iri("article:seeds/a.txt#0")) == DEFAULT_BASE_IRI + "article/seeds/a.txt%230"


def test_unsafe_characters_are_percent_encoded():
    iri = str(node_iri('org:A&B "X" <Y> #1 %20 ?q {}|^`\\ 全角\u3000空格\u200b'))
    rest = iri[len(DEFAULT_BASE_IRI) :]
    assert not FORBIDDEN & set(rest)
    assert "\u3000" not in rest and "\u200b" not in rest
    assert "全角" in rest
    assert key_of(iri) == ("org", 'A&B "X" <Y> #1 %20 ?q {}|^`\\ 全角\u3000空格\u200b')


def test_slash_is_kept_only_where_asked_whatever_was_encoded_before():
    for _ in range(2):
        assert encode_segment("a/b", keep_slash=True) == "a/b"
        assert encode_segment("a/b") == "a%2Fb"
    assert str(node_iri("a/b:c/d")) == DEFAULT_BASE_IRI + "a%2Fb/c/d"


def test_dot_segments_cannot_be_collapsed():
    iri = str(node_iri("event:../x/./y#0/1"))
    assert "/../" not in iri and "/./" not in iri
    assert key_of(iri) == ("event", "../x/./y#0/1")


@given(kind=st.sampled_from(["union", "org", "person", "event", "article", "place"]), key=st.text(min_size=1))
def test_any_key_gives_a_safe_iri_that_decodes_back(kind, key):
    iri = str(node_iri(f"{kind}:{key}"))
    assert not FORBIDDEN & set(iri[len(DEFAULT_BASE_IRI) :])
    assert key_of(iri) == (kind, key)  # decoding gives the id back, so the mapping is one-to-one
    g = Graph()
    g.parse(data=f"<{iri}> <http://example.org/p> 1 .", format="turtle")
    assert next(iter(g.subjects())) == URIRef(iri)


def test_base_is_configurable_and_gets_a_separator():
    assert str(node_iri("area:110105", "https://example.org/kg")) == "https://example.org/kg/area/110105"
    assert str(node_iri("area:110105", "https://example.org/kg#")) == "https://example.org/kg#area/110105"
    assert normalise_base(None) == DEFAULT_BASE_IRI


@pytest.mark.parametrize("bad", ["no-scheme/x/", "https://exa mple.org/", "https://example.org/<x>/"])
def test_bad_base_is_a_user_error(bad):
    with pytest.raises(KgError):
        node_iri("area:110105", bad)


def test_memberships_and_statements_are_named_by_what_they_stand_for():
    m1 = membership_iri("person:赵丽君", "union:北京市总工会", "副主席")
    assert m1 == membership_iri("person:赵丽君", "union:北京市总工会", "副主席")
    assert m1 != membership_iri("person:赵丽君", "union:北京市总工会", "党组成员")
    assert m1 != membership_iri("person:赵丽君副", "union:北京市总工会", "主席")
    assert str(m1).startswith(DEFAULT_BASE_IRI + "membership/")

    s, p, o = "<http://e/s>", "<http://e/p>", Literal("x", lang="zh").n3()
    e1 = Evidence("article:a#0", 0, 5, "句子。", 0.9)
    e2 = Evidence("article:a#0", 0, 5, "句子。", 0.8)
    assert statement_iri(s, p, o, e1) == statement_iri(s, p, o, e1)
    assert statement_iri(s, p, o, e1) != statement_iri(s, p, o, e2)
    assert statement_iri(s, p, o, None, "gazetteer") != statement_iri(s, p, o, e1)
    assert statement_iri(s, p, o, e1, base="https://example.org/") != statement_iri(s, p, o, e1)
