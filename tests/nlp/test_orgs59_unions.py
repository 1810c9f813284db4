"""Union names as real pages join them (realnoise59): two unions the tagger read as one run, and
a short federation joined to a class of unions."""

from __future__ import annotations


def test_two_unions_joined_by_and_the_tagger_read_as_one_run(tagged_mentions):
    # (invented) 某镇总工会和某乡工会, tagged as one ORG word
    words = (("走访", "v"), ("梅林镇总工会和高坪乡工会", "ORG"))
    found = {t for t, label, _ in tagged_mentions(*words, ("。", "w")) if label == "UNION"}
    assert {"梅林镇总工会", "高坪乡工会"} <= found


def test_a_short_federation_and_the_townships_unions_name_no_township_union(find):
    # (invented) 某市总和乡镇工会: the city's federation written short, then the townships' unions as a class
    found = {(t, kind) for t, label, kind in find("听取了宁安市总和乡镇工会的工作汇报。") if label == "UNION"}
    assert ("宁安市总", "listed") in found
    assert not {t for t, _ in found if t.startswith("乡镇")}


def test_a_word_of_belonging_the_tagger_cut_ends_the_units_name(tagged_mentions):
    # (invented) 某总会辖|下职…委员会: 辖下 cut across two words, the committee's name after it
    words = (("澳门", "ORG"), ("街坊会联合", "ORG"), ("总会", "v"), ("辖", "v"), ("下职", "n"), ("业安全委员会", "ORG"))
    found = {t for t, label, _ in tagged_mentions(*words, ("日前", "TIME"), ("举办", "v")) if label == "ORG"}
    assert "职业安全委员会" in found
    assert not {t for t in found if t.startswith("下")}


def test_a_union_named_after_a_word_of_belonging_is_the_members(labelled):
    # (invented) 某集团下属某公司工会 read as one word
    assert "宏达建材有限公司工会" in labelled("长江集团下属宏达建材有限公司工会举办活动。", "UNION")
