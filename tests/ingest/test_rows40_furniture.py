"""A union site's notice page and its list of related documents (相关文档), under the notice
as 相关文件 is (session rows40): the list's titles name other sites' unions, no entity of the
page.  The page is invented."""

from __future__ import annotations

import pytest

from kg.ingest import read_articles

_PAGE = (
    "宜兴工会　无锡市宜兴市总工会\n"
    "首页 | 工会要闻 | 通知公告\n\n"
    "当前位置：首页 > 通知公告 > 法人登记\n\n"
    "宜兴市总工会关于基层工会法人资格登记情况的公告\n\n"
    "发布时间：2027-05-12 10:20　　来源：市总工会组织部\n\n"
    "　　经审查，宜兴市丁蜀镇总工会符合法人资格条件，准予登记，法定代表人邵明轩。\n\n"
    "相关文档\n"
    "· 江阴市总工会基层工会法人登记公告（2027年第1号）\n"
    "· 如何办理基层工会法人资格证书？一图读懂\n\n"
    "主办：无锡市宜兴市总工会　　地址：宜兴市××路××号\n"
)


@pytest.fixture(scope="module")
def page_names(nlp, gaz, tmp_path_factory):
    """The names every article of the page yields, read by the real reader and extractor."""
    from kg.extract.article import ArticleExtractor
    from kg.extract.page import infer_page
    from kg.model.article import article_id

    path = tmp_path_factory.mktemp("rows40") / "registry.txt"
    path.write_text(_PAGE, encoding="utf-8")
    arts = read_articles([str(path)]).articles
    docs = [nlp(a.text) for a in arts]
    page = infer_page(docs, arts, gaz, None)
    extractor = ArticleExtractor(gaz)
    facts = [extractor.extract(d, a, page, article_id(a)) for a, d in zip(arts, docs, strict=True)]
    return {ref.name for f in facts for ref in f.entities}, "\n".join(a.text for a in arts)


def test_a_list_of_related_documents_names_nothing(page_names):
    names, kept = page_names
    assert "丁蜀镇总工会" in names or "宜兴市丁蜀镇总工会" in names
    assert not {"江阴市总工会", "江阴市"} & names
    assert "一图读懂" not in kept
