"""Articles of a page grammar (session 53), on short invented pages run through the real
reader: a paper's credit set on two lines over its dateline (□记者 X, then 通讯员 Y Z 报道,
then 本报讯 …) is one article's, not a headline-less article of its own.

Near-miss: a bare credit closing an article's text, then another article's credit and
text, still opens that other article.

All text is invented.
"""

from __future__ import annotations

import pytest

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
