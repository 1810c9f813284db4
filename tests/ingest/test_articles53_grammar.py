"""Articles of a page grammar (session 53), on short invented pages run through the real
reader: a paper's credit set on two lines over its dateline (□记者 X, then 通讯员 Y Z 报道,
then 本报讯 …) is one article's, not a headline-less article of its own; labelled fields
stacked under the text (记者：X over 通讯员：Y) credit both people; and a paper's review
footer (一审/二审/三审, 监审：X) credits no one and leaves the text; a source line in round
brackets closing the text (（来源：某日报）) is the page's outlet, as 来源：某日报 is.

Near-miss: a bare credit closing an article's text, then another article's credit and
text, still opens that other article.

All text is invented.
"""

from __future__ import annotations

import pytest

from kg.ingest import read_articles
from kg.ingest.bylines import byline_at_start
from tests.ingest.page_reading import read_page_articles

CASES = [
    pytest.param(
        "柳湾街道\n为环卫工人撑起遮阳伞\n□记者 吴晓丹\n通讯员 蒋立平 谢雨 报道\n"
        "本报讯 近日，柳湾街道工会驿站正式启用，30余名户外劳动者参观了驿站。\n",
        [("柳湾街道", ["吴晓丹", "蒋立平", "谢雨"])],
        id="credit-on-two-lines-over-dateline",
    ),
    pytest.param(
        "职工书屋开放\n近日，某镇职工书屋正式开放，职工可免费借阅图书。\n记者 邓秋实\n"
        "通讯员 范一鸣 报道\n本报讯 近日，某街道举办职工趣味运动会，200余名职工参加。\n",
        [("职工书屋开放", ["邓秋实"]), (None, ["范一鸣"])],
        id="near-miss-credit-after-text",
    ),
    pytest.param(
        "近日，栾川县总工会为环卫工人送去防暑用品。\n记者：田小禾\n通讯员：吕秋生\n编辑：贺新\n监审：邵一丁\n",
        [(None, ["吕秋生", "田小禾"])],
        id="stacked-fields-and-review-footer",
    ),
    # a post's headline behind its column's name and a bar: the column is no part of it
    pytest.param(
        "基层动态｜汝城县总工会举办职工乒乓球赛\n近日，汝城县总工会举办职工乒乓球赛，16支队伍参赛。\n",
        [("汝城县总工会举办职工乒乓球赛", [])],
        id="column-name-barred-before-headline",
    ),
    # near miss: a union's name before the bar is the headline's own subject (no column)
    pytest.param(
        "汝城县总工会 | 职工乒乓球赛开赛\n近日，汝城县总工会举办职工乒乓球赛，16支队伍参赛。\n",
        [("汝城县总工会 | 职工乒乓球赛开赛", [])],
        id="near-miss-union-before-bar",
    ),
]

TEXTS = [
    pytest.param(
        "近日，栾川县总工会为环卫工人送去防暑用品。\n记者：田小禾\n一审：贺新\n二审：邵一丁\n三审：柯南山\n监审：钟离\n",
        "近日，栾川县总工会为环卫工人送去防暑用品。",
        id="review-footer-by-step",
    ),
]


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    folder = tmp_path_factory.mktemp("articles53")

    def run(text: str, name: str) -> list[tuple[str | None, list[str]]]:
        return [(h, people) for h, people, _ in read_page_articles(folder, text, name)]

    return run


@pytest.mark.parametrize(("page", "want"), CASES)
def test_articles_and_their_credits(articles, page: str, want, request) -> None:
    assert articles(page, request.node.callspec.id) == want


@pytest.mark.parametrize(("page", "want"), TEXTS)
def test_review_footer_leaves_the_text(tmp_path, page: str, want: str, request) -> None:
    assert [t for _, _, t in read_page_articles(tmp_path, page, request.node.callspec.id)] == [want]


@pytest.mark.parametrize(
    ("page", "outlet"),
    [
        pytest.param(
            "近日，市总工会主席韩立春到企业调研。\n（来源：锦州日报）\n", "锦州日报", id="bracketed-source-closing-text"
        ),
        pytest.param(
            "近日，县总工会为困难职工送去慰问金。\n(来源：黟县总工会)\n", "黟县总工会", id="half-width-bracketed-source"
        ),
    ],
)
def test_a_bracketed_source_line_is_the_outlet(tmp_path, page: str, outlet: str, request) -> None:
    path = tmp_path / f"{request.node.callspec.id}.txt"
    path.write_text(page, encoding="utf-8")
    (article,) = read_articles([str(path)]).articles
    assert article.outlet == outlet
    assert "来源" not in article.text


@pytest.mark.parametrize(
    ("line", "reporters"),
    [
        # a Taiwan paper's byline: the reporter, then the bare place reported from, glued
        pytest.param("【记者蔡佩君嘉义报导】嘉义市总工会昨天举行大会。", ["蔡佩君"], id="glued-place-three-name"),
        pytest.param("（记者洪宛如台中报导）台中市总工会昨天改选。", ["洪宛如"], id="glued-place-bracketed"),
        # near miss: a name of three characters and 报道, no place glued
        pytest.param("（记者 罗成都报道）近日，某县总工会举办培训。", ["罗成都"], id="near-miss-name-only"),
    ],
)
def test_a_place_glued_after_the_reporter(line: str, reporters: list[str]) -> None:
    credit = byline_at_start(line)
    assert credit is not None and credit.reporters == reporters
