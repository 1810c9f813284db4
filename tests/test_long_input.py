"""Inputs far longer than news: sentences without an end, over-long articles, deep HTML.

Cost and output must stay linear in the input; these tests check the mechanisms that
make them so (sentence pieces, article parts, an iterative HTML walk) without timing.
"""

from __future__ import annotations

import itertools
import random

import pytest

# slow: inputs of megabytes, and a build (~9 s)
pytestmark = pytest.mark.slow

WORDS = [
    "北京市",
    "总工会",
    "工会",
    "主席",
    "委员会",
    "召开",
    "会议",
    "职工",
    "张伟",
    "朝阳区",
    "街道",
    "活动",
    "举办",
    "有限公司",
    "集团",
    "当选",
    "为",
]


def union_words(n: int, seed: int = 1, marks: tuple[str, ...] = ("",)) -> str:
    rng = random.Random(seed)
    out: list[str] = []
    size = 0
    while size < n:
        w = rng.choice(WORDS) + rng.choice(marks)
        out.append(w)
        size += len(w)
    return "".join(out)


def test_a_sentence_without_end_is_cut_into_encoder_pieces(nlp):
    from kg.nlp.doctable import sentence_table
    from kg.nlp.pipeline import MAX_CHUNK, MAX_SENTENCE

    text = union_words(MAX_SENTENCE + 1000)
    doc = nlp(text)
    sents = sentence_table(doc)
    assert len(sents) > 1 and sents[0][0] == 0 and sents[-1][1] == len(text)
    assert all(b == c for (_, b), (c, _) in itertools.pairwise(sents))  # they tile the text
    assert max(b - a for a, b in sents) <= MAX_CHUNK


def test_a_long_real_sentence_is_left_whole(nlp):
    from kg.nlp.doctable import sentence_table
    from kg.nlp.pipeline import MAX_SENTENCE

    text = union_words(MAX_SENTENCE - 500, marks=("", "", "，", "、")) + "。"
    assert len(sentence_table(nlp(text))) == 1


def test_evidence_quotes_a_bounded_sentence(extract_text):
    from kg.nlp.pipeline import MAX_CHUNK, MAX_SENTENCE

    facts = extract_text(union_words(2 * MAX_SENTENCE))
    quoted = [r.evidence.sentence for r in facts.relations]
    quoted += [i.evidence.sentence for i in facts.entities.values() if i.evidence is not None]
    assert quoted and max(map(len, quoted)) <= MAX_CHUNK


# --------------------------------------------------------------------------- articles


def long_page(paragraphs: int, marks: tuple[str, ...] = ("", "", "，", "。")) -> str:
    """A page: headline, byline paragraph, then many paragraphs of union words."""
    body = [union_words(400, seed=k, marks=marks) for k in range(paragraphs)]
    return "北京市总工会召开会议\n\n本报讯（记者 张晶）" + "\n".join(body) + "\n"


def read_one(tmp_path, text: str, name: str = "long.txt"):
    from kg.ingest import read_file
    from kg.ingest.sources import find_sources

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (sf,), _ = find_sources([str(path)])
    articles, _ = read_file(sf)
    return articles


def assert_parts_map_to_the_source(parts, source: str) -> None:
    """Each character of each part maps to itself in the source, within the part's span
    (line breaks may be the cleaner's own: it joins broken lines)."""
    for part in parts:
        for i, ch in enumerate(part.text):
            at = part.offsets.to_source(i)
            assert ch == "\n" or source[at] == ch, (part.index, i)
            assert part.source_start <= at <= part.source_end


def test_an_over_long_article_is_split_at_paragraphs_into_proper_articles(tmp_path):
    from kg.ingest.parts import split_articles

    text = long_page(30)
    (article,) = read_one(tmp_path, text)
    parts, warnings = split_articles([article], 3000, "long.txt")
    assert len(parts) > 3 and [p.index for p in parts] == list(range(len(parts)))
    assert all(p.chars <= 3000 for p in parts)
    # cut at line breaks (which belong to no part): the bodies give the body back
    assert "\n".join(p.body for p in parts) == article.body
    assert all(p.body.endswith(tuple("。，、" + "".join(WORDS))) for p in parts[:-1])
    # the first part keeps the headline and the credits, the others the document's date only
    first, rest = parts[0], parts[1:]
    assert first.headline == article.headline and first.reporters == ["张晶"] and first.byline
    assert all(p.headline is None and not p.reporters and not p.byline for p in rest)
    assert_parts_map_to_the_source(parts, text)
    assert [str(w) for w in warnings] == [
        f"long.txt: article 1 is {article.chars} characters; split into {len(parts)} parts of at most 3000"
    ]


def test_without_line_breaks_parts_end_after_sentences_else_anywhere(tmp_path):
    from kg.ingest.parts import split_articles

    sentences = union_words(20_000, marks=("", "", "", "，", "。"))
    (article,) = read_one(tmp_path, sentences + "\n")
    parts, _ = split_articles([article], 5000, "s.txt")
    assert "".join(p.text for p in parts) == article.text
    assert all(p.text.endswith("。") and 4000 < p.chars <= 5000 for p in parts[:-1])
    assert_parts_map_to_the_source(parts, sentences)

    plain = union_words(12_345)
    (article,) = read_one(tmp_path, plain + "\n", "plain.txt")
    parts, _ = split_articles([article], 5000, "plain.txt")
    assert [p.chars for p in parts] == [5000, 5000, len(article.text) - 10000]
    assert_parts_map_to_the_source(parts, plain)


def test_articles_within_the_limit_are_left_as_they_are(tmp_path):
    from kg.ingest.parts import split_articles

    articles = read_one(tmp_path, long_page(2))
    assert split_articles(articles, 100_000, "x.txt") == (articles, [])


def test_build_splits_with_a_warning_and_the_limit_keys_the_cache(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    src = tmp_path / "long.txt"
    src.write_text(long_page(30), encoding="utf-8")
    env = {"KG_CACHE_DIR": str(tmp_path / "cache")}

    def build(*extra: str):
        return CliRunner().invoke(
            main, ["build", str(src), "-o", str(tmp_path / "out"), "--jobs", "1", *extra], env=env
        )

    split = build("--max-article-chars", "4000")
    assert split.exit_code == 0, split.stderr
    assert "kg: warning: " in split.stderr and "long.txt: article 1 is" in split.stderr
    assert "parts of at most 4000" in split.stderr and "articles from 1 files" in split.stdout
    parts = int(split.stdout.split(" articles")[0])
    again = build("--max-article-chars", "4000")  # from the cache: the same warning
    assert "parts of at most 4000" in again.stderr and again.stdout.startswith(f"{parts} articles")
    whole = build()  # the default limit: another cache entry, one article
    assert whole.exit_code == 0 and whole.stdout.startswith("1 articles") and "warning" not in whole.stderr


def test_the_article_limit_is_part_of_the_cache_key():
    from kg.pipeline.parallel import FileConfig

    assert FileConfig().as_dict() != FileConfig(max_article_chars=5000).as_dict()


# --------------------------------------------------------------------------- deep HTML


def deep_page(depth: int, block: str = "<div>", inside: str = "") -> str:
    """Tags nested ``depth`` deep, never closed: inline <font> and a block by turns,
    ``inside`` the deepest."""
    return "<html><body>" + f"<font>工会{block}职工" * (depth // 2) + inside + "</body></html>\n"


# blocks whose class says furniture (asked for their text), headers kept for an <h1> deep inside
DEEP_KINDS = {"plain": "<div>", "furniture": '<div class="nav">', "headers": "<header>"}


def test_deep_html_is_read_without_recursion():
    import sys

    from kg.ingest.html import read_html

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(200)  # nothing recurses over the depth of the page
    try:
        (doc,) = read_html(deep_page(20_000))
    finally:
        sys.setrecursionlimit(limit)
    text = "".join(b.text.text for b in doc.blocks)
    assert text == "工会职工" * 10_000
    assert all(b.text.src[0] >= 0 for b in doc.blocks)  # mapped back to the source


def test_deep_html_costs_linear_in_its_depth():
    """Lines run in kg and BeautifulSoup for a page four times as deep (asking each tag
    for its text, or bs4's ``tag.decomposed``, read its whole subtree: n² steps)."""
    from kg.ingest.html import read_html
    from tests.test_linear_cost import assert_linear

    for kind, block in DEEP_KINDS.items():
        small, large = (deep_page(n, block, "<h1>标题</h1>" * (kind == "headers")) for n in (500, 2000))
        lines = lambda fn: lines_run(fn, ("/kg/", "/bs4/"))  # noqa: E731
        assert_linear(lambda: read_html(small), lambda: read_html(large), lines)  # noqa: B023


def lines_run(fn, where: tuple[str, ...]):
    import sys
    from collections import Counter

    count: Counter = Counter()

    def local(frame, event, arg):
        count[frame.f_code.co_filename, frame.f_code.co_name, frame.f_code.co_firstlineno] += 1
        return local

    def calls(frame, event, arg):
        return local if any(w in frame.f_code.co_filename for w in where) else None

    sys.settrace(calls)
    try:
        fn()
    finally:
        sys.settrace(None)
    return count


class Scanned(str):
    """A page that counts the characters ``find`` reads in it."""

    chars_read = 0

    def find(self, sub, start=0, end=None):
        Scanned.chars_read += (len(self) if end is None else min(end, len(self))) - start
        return super().find(sub, start, len(self) if end is None else end)


def test_text_nodes_changed_by_entities_do_not_make_the_aligner_read_the_page_each():
    """A node that is not in the source as it reads (&amp; became &) was looked for to
    the end of the page: a page of n such nodes read n times."""
    from kg.ingest.html import read_html

    def reads(paragraphs: int) -> int:
        raw = "".join(f"<p>职工&amp;劳模{i}号</p>\n" for i in range(paragraphs))
        Scanned.chars_read = 0
        (doc,) = read_html(Scanned(f"<html><body>{raw}</body></html>"))
        assert doc.blocks[-1].text.text == f"职工&劳模{paragraphs - 1}号"
        return Scanned.chars_read

    assert reads(8000) < 5 * reads(2000)


def test_text_lengths_in_one_pass_are_what_get_text_gives():
    from bs4 import BeautifulSoup

    from kg.ingest.html import _holding_headings, _text_lengths
    from tests.conftest import ROOT

    pages = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests").rglob("*.htm*"))]
    pages.append(
        "<div class=nav>a <b> b </b><ruby>漢<rt>han</rt><rp>(</rp></ruby> <!-- c --><template>t</template>"
        "<p>\n</p><header><h2>题</h2></header>" + "<font>工会 " * 30 + "</div>"
    )
    for raw in pages:
        soup = BeautifulSoup(raw, "lxml")
        lengths, headed = _text_lengths(soup), _holding_headings(soup)
        for tag in [soup, *soup.find_all(True)]:
            assert lengths[id(tag)] == len(tag.get_text(" ", strip=True)), tag.name
            assert (id(tag) in headed) == (tag.find(["h1", "h2"]) is not None), tag.name
