"""The work of finding mentions and extracting facts grows linearly with the text.

Counted, not timed: a tracer counts the lines of our code that run (loop turns
included), for a text and for one four times as long.  Linear work grows about four
times; the scans these replaced (every earlier mention read again for each new one)
grew twelve to sixteen times at these sizes.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from collections.abc import Callable
from typing import ClassVar

import pytest

# slow: every line of the finders and extractors traced, on long texts (~6 s)
pytestmark = pytest.mark.slow

# names, titles, lists, events, abbreviations, zones and communities in union news
_WORDS = (
    "北京市 总工会 工会 主席 副主席 委员会 召开 会议 职工 劳模 张伟 李明 王芳 朝阳区 街道 活动 举办 组织 参加 代表 "
    "选举 当选 为 书记 区委 常委 组织部 部长 服务中心 有限公司 集团 工匠 获得 荣誉 称号 市总 以下简称 人民政府 副区长 "
    "北京市总工会职工大学 市总工会 区总工会 街道总工会 该集团 集团工会 会上 此次活动 比赛 10名 3月5日 任 出席 "
    "位于 荣获 （以下简称“职大”） 望京街道"
)
WORDS = _WORDS.split()
# sentences of union news that facts are read from: dates, venues, counts, organisers,
# elections, winners, honours, meetings, aliases, branches ({…}: picked at random)
SENTENCES = [
    "{date}，{body}在{area}举办{event}，{count}名职工参加，{person}荣获一等奖。",
    "会上，{person}当选为{body}主席，{person}、{person}任副主席，{person}出席并讲话。",
    "{date}，{event}由{body}主办，{body}承办，{count}名选手参赛。",
    "{body}与{body}交流工作，{body}（北京市工会干部学院）位于{area}{area}。",
    "“劳动模范”称号获得者{person}、{person}，{person}获得“首都劳动奖章”称号。",
    "{company}襄阳分公司工会和{company}工会开展{event}，该集团党委书记{person}介绍。",
    "同日，{person}代表{body}慰问困难职工，{person}出席。",
]
PICK = {
    "date": ["3月5日", "2025年4月1日", "同日"],
    "body": ["北京市总工会", "朝阳区总工会", "望京街道总工会", "北京市总工会职工大学", "海淀区劳模服务中心"],
    "area": ["朝阳区", "北京市", "海淀区", "望京街道"],
    "event": ["职工技能比赛", "劳模宣讲活动", "第三次全体会议", "健康市集活动"],
    "count": ["10", "200", "三十"],
    "person": ["张伟", "李明", "王芳", "赵丽君", "何慧敏", "黄山"],
    "company": ["北京电力集团有限公司", "首都钢铁集团", "京能集团有限公司"],
}


def news_text(n: int, seed: int = 5) -> str:
    """About ``n`` characters of such sentences, names picked at random."""
    rng = random.Random(seed)
    out: list[str] = []
    size = 0
    while size < n:
        s = rng.choice(SENTENCES) if out else SENTENCES[0]  # the lead sentence dates the article's event
        while "{" in s:
            key = s[s.index("{") + 1 : s.index("}")]
            s = s.replace("{" + key + "}", rng.choice(PICK[key]), 1)
        out.append(s)
        size += len(s)
    return "".join(out)


# development zones and communities: for mentions only (extraction fails on some, in
# _level_name: a Zone has no code, before and after this change)
ZONES = ["北京经济技术开发区", "亦庄经开区", "朝阳门社区", "双井社区"]
MARKS = ("", "", "，", "。", "、")
SMALL, LARGE = 2000, 8000
GROWTH = 5.0  # largest allowed ratio of the work for LARGE to the work for SMALL
FUNCTION_GROWTH = 8.0  # the same for one function (names the text makes up are more often new)


def union_text(n: int, marks: tuple[str, ...], seed: int = 3, words: list[str] = WORDS) -> str:
    """Union news words at random, about ``n`` characters: names, titles, lists, events."""
    rng = random.Random(seed)
    out: list[str] = []
    size = 0
    while size < n:
        w = rng.choice(words) + rng.choice(marks)
        out.append(w)
        size += len(w)
    return "".join(out)


Code = tuple[str, str, int]  # file, function, first line


def lines_run(fn: Callable[[], object]) -> Counter[Code]:
    """How many lines of kg's code run in ``fn()`` (each turn of a loop counts), by function."""
    count: Counter[Code] = Counter()

    def local(frame, event, arg):
        code = frame.f_code
        count[code.co_filename.rpartition("/kg/")[2], code.co_name, code.co_firstlineno] += 1
        return local

    def calls(frame, event, arg):
        return local if "/kg/" in frame.f_code.co_filename else None

    sys.settrace(calls)
    try:
        fn()
    finally:
        sys.settrace(None)
    return count


class Copied(str):
    """A text that counts the characters slices copy out of it (``text[pos:]`` for each
    mention copies the rest of the text: work no line count sees)."""

    copied: ClassVar[Counter[Code]] = Counter()

    def __getitem__(self, key):
        part = super().__getitem__(key)
        if isinstance(key, slice):
            code = sys._getframe(1).f_code
            Copied.copied[code.co_filename.rpartition("/kg/")[2], code.co_name, code.co_firstlineno] += len(part)
        return part


def chars_copied(fn: Callable[[], object]) -> Counter[Code]:
    """How many characters slices copy out of a ``Copied`` text in ``fn()``, by function."""
    Copied.copied = Counter()
    fn()
    return Copied.copied


def assert_linear(small: Callable[[], object], large: Callable[[], object], measure: Callable = lines_run) -> None:
    """``large`` (four times the text of ``small``) runs about four times the lines, in all
    and in each function that does a share of the work (a rescan hides in one)."""
    large()  # what is loaded or looked up once (and cached) is not counted
    few, many = measure(small), measure(large)
    total = sum(many.values())
    assert total / sum(few.values()) < GROWTH
    # (a function that runs little for the small text says more about chance than growth)
    grown = {code: n / few[code] for code, n in many.items() if n > total / 1000 and few[code] >= 300}
    worst = max(grown, key=grown.__getitem__, default=None)
    if worst is None:
        return
    assert grown[worst] < FUNCTION_GROWTH, f"{worst} runs {grown[worst]:.1f} times the lines"


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
    small, large = (before_mentions(union_text(n, marks, words=WORDS + ZONES)) for n in (SMALL, LARGE))
    assert_linear(lambda: finder.find(small), lambda: finder.find(large))


def test_finding_mentions_copies_text_linearly(nlp, monkeypatch):
    import kg.nlp.mentions
    import kg.nlp.tokens

    table = kg.nlp.tokens.token_table
    monkeypatch.setattr(kg.nlp.tokens, "token_table", lambda doc: (Copied(table(doc)[0]), table(doc)[1]))
    finder = kg.nlp.mentions.MentionFinder()
    small, large = (until(nlp, "kg_mentions")(union_text(n, MARKS)) for n in (SMALL, LARGE))
    assert_linear(lambda: finder.find(small), lambda: finder.find(large), chars_copied)


def officials_text(n: int, seed: int = 7) -> str:
    """About ``n`` characters of elections of many different people at many different
    companies (some named with and without their legal form)."""
    rng = random.Random(seed)
    out: list[str] = []
    size = 0
    while size < n:
        person = rng.choice("张王李赵刘陈杨黄") + rng.choice("伟芳明丽军强敏静") + rng.choice("华平国红英")
        company = rng.choice("长黄泰华东新中西南北") + rng.choice("江河山方兴海州平安阳") + rng.choice(["电力", "钢铁"])
        s = f"{person}当选为{company}集团{rng.choice(['有限公司', ''])}工会主席。"
        if rng.random() < 0.3:  # a branch's union, and the company's
            s += f"{company}集团有限公司{rng.choice(['襄阳', '宜昌', '荆州', '黄石'])}分公司工会举办活动。"
        out.append(s)
        size += len(s)
    return "".join(out)


def extraction(nlp, gaz, kind: str, n: int) -> Callable[[], object]:
    """Extraction from ``n`` characters of text."""
    from kg.extract.article import ArticleExtractor
    from kg.extract.page import infer_page
    from kg.model.article import Article

    if kind in ("news", "officials"):
        body = news_text(n) if kind == "news" else officials_text(n)
    else:
        body = union_text(n, ("",) if kind == "no-punctuation" else MARKS)
    article = Article(source="x.txt", index=0, headline="北京市总工会召开会议", body=body)
    doc = nlp(article.text)
    page = infer_page([doc], [article], gaz, None)
    extractor = ArticleExtractor(gaz)
    return lambda: extractor.extract(doc, article, page, "x#0")


@pytest.mark.parametrize("kind", ["no-punctuation", "punctuated", "news", "officials"])
def test_extracting_facts_grows_linearly(nlp, gaz, kind):
    assert_linear(extraction(nlp, gaz, kind, SMALL), extraction(nlp, gaz, kind, LARGE))


def test_extraction_copies_text_linearly(nlp, gaz, monkeypatch):
    import kg.extract.article

    text_of = kg.extract.article.doc_text
    monkeypatch.setattr(kg.extract.article, "doc_text", lambda doc: Copied(text_of(doc)))
    assert_linear(extraction(nlp, gaz, "news", SMALL), extraction(nlp, gaz, "news", LARGE), chars_copied)


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


def test_resolving_grows_linearly(nlp, gaz):
    """People's posts and the short names of bodies, within one file: the same growth."""
    from kg.extract.article import ArticleExtractor
    from kg.extract.page import infer_page
    from kg.model.article import Article
    from kg.resolve.merge import Resolver

    def resolution(n: int) -> Callable[[], object]:
        article = Article(source="x.txt", index=0, headline="北京市总工会召开会议", body=officials_text(n))
        doc = nlp(article.text)
        facts = ArticleExtractor(gaz).extract(doc, article, infer_page([doc], [article], gaz, None), "x#0")
        return lambda: Resolver(gaz).build([(article, facts)])

    assert_linear(resolution(SMALL), resolution(LARGE))
