"""Organisation names of session 41 (kg.nlp.orgs, kg.nlp.names), on invented text run
through the real pipeline, and on tagged words where the rule hangs on the tagger's
reading."""

from __future__ import annotations


def test_a_farm_named_by_what_it_breeds(labelled):
    """…养殖场, …种植场: farms are bodies (suppliers, employers)."""
    assert "湖州市德清县兴旺生猪养殖场" in labelled("他在湖州市德清县兴旺生猪养殖场工作。", "ORG")


def test_a_trade_name_read_as_a_persons_between_an_area_and_the_ending(tagged_mentions):
    """某镇|鸿鑫麻鸭/PER|养殖场: the tagger's person word sits between the town and the
    farm's ending, so it is the farm's trade name, inside the name."""
    found = tagged_mentions(
        ("来自", "v"), ("崇安县", "LOC"), ("柳溪镇", "LOC"), ("顺发白鹅", "PER"), ("养殖场", "n"), ("的", "u"), ("鹅蛋", "n")
    )
    assert ("崇安县柳溪镇顺发白鹅养殖场", "ORG", "") in found


def test_a_persons_name_after_a_town_is_no_body(labelled):
    """A person's name after a town with no body's ending after it stays a person."""
    assert labelled("柳溪镇胡明远出席。", "ORG") == set()
