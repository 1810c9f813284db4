"""Page furniture of session 43's organisation family: a radio station's list of its other
programmes' replays under the transcript names nothing.  All text is invented."""

from __future__ import annotations

from kg.ingest import read_articles
from kg.ingest.boilerplate import opens_related_links


def test_a_framed_replays_label_opens_the_links():
    """━━ 相关回放 ━━: a broadcaster's list of related replays, as 相关阅读 is a paper's."""
    assert opens_related_links("━━ 相关回放 ━━")
    assert opens_related_links("往期回放")


def test_the_replays_of_other_programmes_name_no_area_or_union(nlp, gaz, tmp_path):
    """The replays' titles (某区“某某”开课, 某区某港工会为…送清凉) are other programmes', not
    the transcript's: no area, union or venue of theirs comes out."""
    from kg.extract.article import ArticleExtractor
    from kg.extract.page import infer_page
    from kg.model.article import article_id

    text = (
        "某某广播　新闻频率\n首页 > 节目回放 > 午间新闻\n\n"
        "《午间新闻》　2027年6月8日（星期二）12:00—12:30\n\n"
        "记者 王明：今天上午，溧水区总工会在永阳街道举办职工健康讲座，120多名职工参加。\n\n"
        "━━ 相关回放 ━━\n"
        "· 6月7日《午间新闻》：浦口区“骑手课堂”开课　外卖骑手学急救\n"
        "· 6月6日《周末晚间》：六合区龙袍街道职工书屋“夜读”开放\n"
        "· 6月5日《午间新闻》：江北新区码头工会为货车司机送清凉\n"
    )
    path = tmp_path / "radio.txt"
    path.write_text(text, encoding="utf-8")
    arts = read_articles([str(path)]).articles
    docs = [nlp(a.text) for a in arts]
    page = infer_page(docs, arts, gaz, None)
    names = {
        ref.name
        for a, d in zip(arts, docs, strict=True)
        for ref in ArticleExtractor(gaz).extract(d, a, page, article_id(a)).entities
    }
    assert "溧水区总工会" in names
    assert not {"浦口区", "六合区", "龙袍街道", "江北新区码头工会"} & names
    assert not any("职工书屋" in n for n in names)
