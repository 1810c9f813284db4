"""The one loader of word lists (kg.lexicon.load) and the Han character classes (kg.lexicon.chars)."""

from __future__ import annotations

import re

from kg.lexicon import entries, lexicon, table, words
from kg.lexicon.chars import CJK_TEXT, HAN, HAN_COMMON, HAN_WITH_COMPAT
from kg.lexicon.load import content_lines

INVENTED = "# 头注：整行注释\n甲工会 # 行尾注释\n乙协会\t# 制表符后的注释\n\n   \nC#语言\n丙#丁\n甲工会\n"


def test_a_comment_starts_a_line_or_follows_a_space_or_tab():
    assert content_lines(INVENTED) == ["甲工会", "乙协会", "C#语言", "丙#丁", "甲工会"]


def test_an_indented_comment_is_a_comment():
    assert content_lines("  # 缩进的注释\n词\n") == ["词"]


def test_table_columns_keep_their_tabs_and_lose_the_comment():
    assert content_lines("首都\t110000\t# 北京\n") == ["首都\t110000"]


def test_the_shipped_lists_load_and_hold_no_comment_text():
    """Every list of kg/data/lexicon and kg/data/ingest loads; no entry starts with # or
    ends a line with a comment the rule missed."""
    from importlib import resources

    data = resources.files("kg.data")
    for folder in ("lexicon", "ingest"):
        for item in data.joinpath(folder).iterdir():
            got = entries(f"{folder}/{item.name}")
            assert got, item.name
            assert not any(e.startswith("#") or re.search(r"\s#", e) for e in got), item.name


def test_words_are_longest_first_and_unique():
    got = words("union_suffixes.txt")
    assert list(got) == sorted(set(got), key=lambda w: (-len(w), w))


def test_entries_keep_file_order_each_once():
    from importlib import resources

    raw = resources.files("kg.data").joinpath("ingest", "date_labels.txt").read_text(encoding="utf-8")
    expected = tuple(dict.fromkeys(line.strip() for line in content_lines(raw)))
    assert entries("ingest/date_labels.txt") == expected and len(expected) > 1


def test_the_lexicon_reads_its_tables():
    lex = lexicon()
    assert table("titles.tsv", header=True) and lex.titles
    assert all(kind in ("post", "rank") for kind in lex.titles.values())
    assert all(len(row) == 2 for row in table("capital.tsv"))


def test_han_classes_are_nested_as_their_names_say():
    common, han, compat, text = (re.compile(f"[{c}]") for c in (HAN_COMMON, HAN, HAN_WITH_COMPAT, CJK_TEXT))
    assert common.match("工") and han.match("工") and compat.match("工") and text.match("工")
    rare = "\u3400"  # Extension A
    assert not common.match(rare) and han.match(rare) and compat.match(rare) and text.match(rare)
    compatibility = "\uf900"
    assert not han.match(compatibility) and compat.match(compatibility) and not text.match(compatibility)
    assert text.match("，") and text.match("Ａ") and not han.match("，")
    assert not any(p.match("a") for p in (common, han, compat, text))
