"""The one loader of word lists (kg.lexicon.load) and the Han character classes (kg.lexicon.chars)."""

from __future__ import annotations

import ast
import dataclasses
import re
from collections import defaultdict
from pathlib import Path

import kg
from kg.lexicon import entries, lexicon, table, words
from kg.lexicon.chars import CJK_TEXT, HAN, HAN_COMMON, HAN_WITH_COMPAT
from kg.lexicon.load import content_lines, lines, list_names

PACKAGE = Path(kg.__file__).resolve().parent
DATA = PACKAGE / "data" / "lexicon"
LIST_NAME = re.compile(r"[a-z_]+/[a-z_]+\.(?:txt|tsv)")

INVENTED = "# 头注：整行注释\n甲工会 # 行尾注释\n乙协会\t# 制表符后的注释\n\n   \nC#语言\n丙#丁\n甲工会\n"


def test_a_comment_starts_a_line_or_follows_a_space_or_tab():
    assert content_lines(INVENTED) == ["甲工会", "乙协会", "C#语言", "丙#丁", "甲工会"]


def test_an_indented_comment_is_a_comment():
    assert content_lines("  # 缩进的注释\n词\n") == ["词"]


def test_table_columns_keep_their_tabs_and_lose_the_comment():
    assert content_lines("首都\t110000\t# 北京\n") == ["首都\t110000"]


def test_the_shipped_lists_load_and_hold_no_comment_text():
    """Every list of kg/data/lexicon loads; no entry starts with # or ends a line with a
    comment the rule missed."""
    assert len(list_names()) > 50
    for name in list_names():
        got = entries(name)
        assert got, name
        assert not any(e.startswith("#") or re.search(r"\s#", e) for e in got), name


def test_words_are_longest_first_and_unique():
    got = words("unions/union_suffixes.txt")
    assert list(got) == sorted(set(got), key=lambda w: (-len(w), w))


def test_no_shipped_list_holds_an_entry_twice():
    """The loader keeps one of each, so a repeat is harmless when read, but it is a sign
    that two hands added the same word to one list without seeing the other's line."""
    for name in list_names():
        raw = content_lines((DATA / name).read_text(encoding="utf-8"))
        seen = [e for e in raw if raw.count(e) > 1]
        assert not seen, (name, sorted(set(seen)))


def test_entries_keep_file_order_each_once():
    raw = (DATA / "pages" / "date_labels.txt").read_text(encoding="utf-8")
    expected = tuple(dict.fromkeys(line.strip() for line in content_lines(raw)))
    assert entries("pages/date_labels.txt") == expected and len(expected) > 1


def test_the_lexicon_reads_its_tables():
    lex = lexicon()
    assert table("posts/titles.tsv", header=True) and lex.titles
    assert all(kind in ("post", "rank") for kind in lex.titles.values())
    assert all(len(row) == 2 for row in table("areas/capital.tsv"))


def test_han_classes_are_nested_as_their_names_say():
    common, han, compat, text = (re.compile(f"[{c}]") for c in (HAN_COMMON, HAN, HAN_WITH_COMPAT, CJK_TEXT))
    assert common.match("工") and han.match("工") and compat.match("工") and text.match("工")
    rare = "\u3400"  # Extension A
    assert not common.match(rare) and han.match(rare) and compat.match(rare) and text.match(rare)
    compatibility = "\uf900"
    assert not han.match(compatibility) and compat.match(compatibility) and not text.match(compatibility)
    assert text.match("，") and text.match("Ａ") and not han.match("，")
    assert not any(p.match("a") for p in (common, han, compat, text))


def _names_in_code() -> dict[str, set[str]]:
    """The list names (``family/file``) that the modules of kg/ hold as strings (a
    loader's argument, a component's ``default_config``), each with the modules that
    hold it.  Docstrings do not count: a list a docstring names is read by no one."""
    found: dict[str, set[str]] = defaultdict(set)
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)}
        for node in ast.walk(tree):
            text = node.value if isinstance(node, ast.Constant) and id(node) not in docs else None
            if isinstance(text, str) and LIST_NAME.fullmatch(text):
                found[text].add(path.relative_to(PACKAGE).as_posix())
    return found


def test_every_list_lives_in_a_family_folder_whose_readme_names_it():
    """Lists are grouped by the family they serve; each folder's README.md says what its
    lists are for and who reads them, so it names every list there and no list elsewhere."""
    assert [p.name for p in DATA.iterdir() if not p.is_dir()] == []
    for family in DATA.iterdir():
        readme = (family / "README.md").read_text(encoding="utf-8")
        here = {p.name for p in family.iterdir() if p.name != "README.md"}
        named = set(re.findall(r"[a-z_]+\.(?:txt|tsv)", readme))
        assert here and here == named, family.name


def test_no_entry_list_is_in_two_files():
    """The same list never in two places: two files with the same entries (in any order,
    whatever their comments) are one list copied, which will drift apart."""
    seen: dict[frozenset[str], str] = {}
    for name in list_names():
        key = frozenset(entries(name))
        assert key not in seen, f"{name} holds the same entries as {seen.get(key)}"
        seen[key] = name


def test_every_list_is_read_by_a_module_and_every_name_read_is_a_list():
    """A list no module names is dead data (as award_patterns.tsv once was); a name no
    list answers fails only when its component is first built."""
    read = _names_in_code()
    assert sorted(set(list_names()) - set(read)) == []
    assert sorted(set(read) - set(list_names())) == []


def test_a_list_with_columns_is_a_tsv():
    """The name says the shape: a list whose lines have tab-separated columns is a .tsv,
    and a .txt holds one entry a line."""
    assert [n for n in list_names() if any("\t" in line for line in lines(n)) != n.endswith(".tsv")] == []


def test_the_event_heads_a_name_ends_with_come_in_the_list_s_order():
    """Looked up by the name's endings, not by trying every head: the heads the name ends with,
    three characters or more, in the order of the list (the first that opens a sentence wins)."""
    lex = dataclasses.replace(lexicon(), event_heads=("运动会", "职工运动会", "会", "表彰会", "动会"))
    assert lex.event_heads_ending("某县第六届职工运动会") == ["运动会", "职工运动会"]
    assert lex.event_heads_ending("某县表彰会") == ["表彰会"]
    assert lex.event_heads_ending("动会") == []
    assert lex.event_heads_ending("某县职工座谈") == []
