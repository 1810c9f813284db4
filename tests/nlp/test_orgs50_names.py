"""Names of session 50's body family, on invented tagged text: a past office's mark the tagger
glues into a union's name, and a class of areas before a level word."""

from __future__ import annotations


def test_a_past_offices_mark_glued_to_a_level_word_leaves_the_levels_union(tagged_mentions):
    """原镇总|工会|主席: the town's union in context, its chair a past one."""
    found = tagged_mentions(("原镇总", "n"), ("工会", "n"), ("主席", "n"), ("金立国", "PER"), ("因", "p"))
    assert ("镇总工会", "UNION", "level") in found, found
    assert not any(t.startswith("原") for t, label, _ in found if label == "UNION"), found


def test_a_remote_areas_federation_after_a_list_names_no_union(tagged_mentions):
    """仲巴县、萨嘎县等|边远县总工会: the unions of such counties, none named by the words."""
    found = tagged_mentions(
        ("对", "p"),
        ("仲巴县", "LOC"),
        ("、", "w"),
        ("萨嘎县", "LOC"),
        ("等", "u"),
        ("边远县总工会", "ORG"),
        ("实行", "v"),
    )
    assert not any(t.startswith("边远") for t, _, _ in found), found


def test_a_verb_of_building_before_a_venues_head_names_no_venue(tagged_mentions):
    """送温暖、建|驿站 (建 read as LOC): building stations, no station named 建驿站."""
    found = tagged_mentions(("三", "m"), ("、", "w"), ("送温暖", "v"), ("、", "w"), ("建", "LOC"), ("驿站", "n"))
    assert not any(label == "PLACE" for _, label, _ in found), found
