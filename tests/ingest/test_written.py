"""A converted page's text as written (kg.ingest.written): ``Article.written``.

The pages are invented; the traditional ones are written by hand, not converted from
the simplified ones, so a test does not lean on the converter it checks.
"""

from __future__ import annotations

import json

from kg.ingest import read_articles
from kg.ingest.parts import split_article

TRADITIONAL = "臨夏州工會舉行職工運動會\n4月20日，臨夏市總工會在臨夏市體育場舉行職工運動會。州總工會主席高樺出席。\n"
SIMPLIFIED = "临夏州工会举行职工运动会\n4月20日，临夏市总工会在临夏市体育场举行职工运动会。州总工会主席高桦出席。\n"


def _one(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    res = read_articles([str(path)])
    assert res.skipped == []
    assert len(res.articles) == 1
    return res.articles[0]


def test_a_converted_page_keeps_its_text_as_written(tmp_path):
    a = _one(tmp_path, "t.txt", TRADITIONAL)
    assert a.text == SIMPLIFIED.rstrip("\n")  # NLP still reads simplified text
    assert a.written == TRADITIONAL.rstrip("\n")
    assert len(a.written) == len(a.text)
    assert a.written_headline == "臨夏州工會舉行職工運動會"
    at = a.text.index("高桦")
    assert a.written[at : at + 2] == "高樺"


def test_a_simplified_page_has_no_written_text(tmp_path):
    a = _one(tmp_path, "s.txt", SIMPLIFIED)
    assert a.written is None
    assert a.written_headline is None


def test_a_byline_cut_from_the_text_leaves_written_and_text_aligned(tmp_path):
    page = "臨夏州工會舉行職工運動會\n本報訊（記者 馬麗）4月20日，臨夏市總工會舉行職工運動會。\n"
    a = _one(tmp_path, "b.txt", page)
    assert a.reporters == ["马丽"]
    assert a.body == "4月20日，临夏市总工会举行职工运动会。"
    assert a.written[a.body_offset :] == "4月20日，臨夏市總工會舉行職工運動會。"


def test_a_json_title_is_the_headline_as_written(tmp_path):
    line = {"title": "臨夏州工會舉行職工運動會", "text": "臨夏市總工會在臨夏市體育場舉行職工運動會。"}
    a = _one(tmp_path, "p.jsonl", json.dumps(line, ensure_ascii=False) + "\n")
    assert a.headline == "临夏州工会举行职工运动会"
    assert a.written == "臨夏州工會舉行職工運動會\n臨夏市總工會在臨夏市體育場舉行職工運動會。"


def test_the_parts_of_a_long_converted_article_keep_their_written_slices(tmp_path):
    a = _one(tmp_path, "l.txt", "臨夏州工會舉行職工運動會\n" + "臨夏市總工會舉行職工運動會。\n" * 4)
    parts = split_article(a, 30)
    assert len(parts) > 1
    for part in parts:
        assert part.written is not None and len(part.written) == len(part.text)
        at = a.text.index(part.text)
        assert part.written == a.written[at : at + len(part.text)]


def test_a_title_not_found_in_the_raw_page_is_still_the_headline_as_written(tmp_path):
    # &#33256; is 臨: the title's text is not in the raw page, so it has no source offsets
    page = (
        "<html><head><title>&#33256;夏州工會舉行職工運動會</title></head>"
        "<body><p>4月20日，臨夏市總工會舉行職工運動會。</p></body></html>"
    )
    a = _one(tmp_path, "t.html", page)
    assert a.headline == "临夏州工会举行职工运动会"
    assert a.written_headline == "臨夏州工會舉行職工運動會"


# -- the headline as printed: pinyin glosses and dots that cleaning takes out --------------

GLOSSED = "河灣區總工會開展兩節(jié)期間送溫暖活動\n1月3日，河灣區總工會為企業(yè)職工送去慰問品。\n"


def test_a_mirrors_pinyin_glosses_are_no_part_of_the_headline(tmp_path):
    a = _one(tmp_path, "g.txt", GLOSSED)
    assert a.headline == "河湾区总工会开展两节期间送温暖活动"  # what the NLP reads: no gloss
    assert a.written_headline == "河灣區總工會開展兩節期間送溫暖活動"
    assert a.printed_headline is None  # the printed title less its glosses is the written one


def test_a_simplified_pages_bullet_stays_in_the_headline_as_printed(tmp_path):
    a = _one(tmp_path, "b.txt", "亳（bó）州市总工会举办“匠心•礼赞”职工书法展\n6月1日，市总工会举办职工书法展。\n")
    assert a.headline == "亳州市总工会举办“匠心·礼赞”职工书法展"
    assert a.printed_headline == "亳州市总工会举办“匠心•礼赞”职工书法展"  # the bullet as printed, no gloss


def test_a_headline_printed_as_read_has_no_printed_form(tmp_path):
    assert _one(tmp_path, "t.txt", TRADITIONAL).printed_headline is None
    assert _one(tmp_path, "s.txt", SIMPLIFIED).printed_headline is None
    # runs of spaces are one: no other form for them
    spaced = "河湾区总工会  举办职工书法展\n6月1日，市总工会举办职工书法展。\n"
    assert _one(tmp_path, "w.txt", spaced).printed_headline is None


def test_the_article_node_is_labelled_with_the_headline_as_printed(tmp_path, gaz):
    from kg.model.facts import ArticleFacts
    from kg.resolve.merge import Resolver

    page = "河灣區總工會舉辦“匠心•禮讚”職工書法展\n1月3日，河灣區總工會舉辦書法展。\n"
    a = _one(tmp_path, "g.txt", page)
    G = Resolver(gaz).build([(a, ArticleFacts(article_id=f"article:{a.key}"))])
    (node,) = [n for n, d in G.nodes(data=True) if d["cls"] == "Article"]
    assert G.nodes[node]["label"] == "河灣區總工會舉辦“匠心•禮讚”職工書法展"
    assert "河湾区总工会举办“匠心·礼赞”职工书法展" in G.nodes[node]["aliases"]
