"""The work of finding mentions and extracting facts grows linearly with the text.

Counted, not timed: a tracer counts the lines of our code that run (loop turns
included), for a text and for one four times as long.  Linear work grows about four
times; the scans these replaced (every earlier mention read again for each new one)
grew twelve to sixteen times at these sizes.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable

import pytest

WORDS = [
    *[
        "北京市",
        "总工会",
        "工会",
        "主席",
        "副主席",
        "委员会",
        "召开",
        "会议",
        "职工",
        "劳模",
        "张伟",
        "李明",
        "王芳",
        "朝阳区",
        "街道",
        "活动",
        "举办",
        "组织",
    ],
    *[
        "参加",
        "代表",
        "选举",
        "当选",
        "为",
        "书记",
        "区委",
        "常委",
        "组织部",
        "部长",
        "服务中心",
        "有限公司",
        "集团",
        "工匠",
        "获得",
        "荣誉",
        "称号",
        "市总",
    ],
    *[
        "以下简称",
        "人民政府",
        "副区长",
        "北京市总工会职工大学",
        "市总工会",
        "区总工会",
        "街道总工会",
        "该集团",
        "集团工会",
        "会上",
    ],
    *["此次活动", "比赛", "10名", "3月5日", "任", "出席", "位于", "荣获"],
]
MARKS = ("", "", "，", "。", "、")
SMALL, LARGE = 2000, 8000
GROWTH = 5.0  # largest allowed ratio of the work for LARGE to the work for SMALL


def union_text(n: int, marks: tuple[str, ...], seed: int = 3) -> str:
    """Union news words at random, about ``n`` characters: names, titles, lists, events."""
    rng = random.Random(seed)
    out: list[str] = []
    size = 0
    while size < n:
        w = rng.choice(WORDS) + rng.choice(marks)
        out.append(w)
        size += len(w)
    return "".join(out)


def lines_run(fn: Callable[[], object]) -> int:
    """How many lines of kg's code run in ``fn()`` (each turn of a loop counts)."""
    count = 0

    def local(frame, event, arg):
        nonlocal count
        count += 1
        return local

    def calls(frame, event, arg):
        return local if "/kg/" in frame.f_code.co_filename else None

    sys.settrace(calls)
    try:
        fn()
    finally:
        sys.settrace(None)
    return count


def until(nlp, name: str):
    """The pipeline's components before ``name``, as one function of a text."""

    def run(text: str):
        doc = nlp.tokenizer(text)
        for component, proc in nlp.pipeline:
            if component == name:
                return doc
            doc = proc(doc)
        raise AssertionError(f"no {name}")

    return run


@pytest.mark.parametrize("marks", [("",), MARKS], ids=["no-punctuation", "punctuated"])
def test_finding_mentions_grows_linearly(nlp, marks):
    from kg.nlp.mentions import MentionFinder

    finder = MentionFinder()
    before_mentions = until(nlp, "kg_mentions")
    small, large = (before_mentions(union_text(n, marks)) for n in (SMALL, LARGE))
    finder.find(small)  # what is loaded once is not counted
    work = lines_run(lambda: finder.find(large)) / lines_run(lambda: finder.find(small))
    assert work < GROWTH


@pytest.mark.parametrize("marks", [("",), MARKS], ids=["no-punctuation", "punctuated"])
def test_extracting_facts_grows_linearly(nlp, gaz, marks):
    from kg.extract.article import ArticleExtractor
    from kg.ingest.model import Article
    from kg.resolve.region import infer_page

    extractor = ArticleExtractor(gaz)

    def extraction(n: int) -> Callable[[], object]:
        article = Article(source="x.txt", index=0, headline="北京市总工会召开会议", body=union_text(n, marks))
        doc = nlp(article.text)
        page = infer_page([doc], [article], gaz, None)
        return lambda: extractor.extract(doc, article, page, "x#0")

    small, large = extraction(SMALL), extraction(LARGE)
    small()  # what is loaded once is not counted
    assert lines_run(large) / lines_run(small) < GROWTH


def test_mentions_split_tokens_in_one_pass(nlp, monkeypatch):
    """Split by split, spaCy's retokenizer moves every later token and reads the whole Doc
    again; kg_mentions makes the split Doc at once instead (kg.nlp.align), a new Doc."""
    import kg.nlp.align

    def refuse(doc, splits):
        raise AssertionError("split with the retokenizer")

    monkeypatch.setattr(kg.nlp.align, "_retokenize", refuse)
    doc = until(nlp, "kg_mentions")("近日，北京市朝阳区总工会主席张伟出席北京市总工会职工大学举办的比赛。")
    split = nlp.get_pipe("kg_mentions")(doc)
    assert split is not doc and len(split) > len(doc)
    assert "北京市朝阳区总工会" in {s.text for s in split.spans["kg"]}
