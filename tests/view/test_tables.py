"""The rows of the 任职, 活动 and 文章 tables, from hand-made hub graphs (no browser, no NLP)."""

from __future__ import annotations

import json
import re

from kg.graph.model import add_node, add_relation
from kg.model.evidence import Evidence
from kg.view.html import render_html
from kg.view.tables import article_rows, event_rows, month_counts, post_rows, table_data, tables_assets
from tests import graphs
from tests.graphs import ART, ART2, BJ, EVENT, EVENT_MD, EVENT_YM, HEADLINE, S1, S6, sample_graph

XSS_HEADLINE = "<img src=x onerror=alert(1)>"


def tables_of(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-tables">(.*?)</script>', page, re.DOTALL)
    assert m, "no tables data block"
    return json.loads(m.group(1))


def test_one_post_row_per_person_body_and_role_with_its_best_evidence():
    G = sample_graph()
    rows = post_rows(G)
    assert [(r[0][1], r[1][1], r[2]) for r in rows] == [
        ("赵丽君", "北京市总工会", "党组成员"),
        ("赵丽君", "北京市总工会", "副主席"),
        ("王芳", "朝阳区总工会", "副主席"),
    ]
    assert rows[0][0][0] == "person:赵丽君" and rows[0][1][0] == BJ
    assert rows[0][3] == [ART, HEADLINE, S1]
    assert rows[2][3][2] == S6


def test_a_second_edge_for_the_same_post_is_the_same_row_and_its_surer_evidence_wins():
    G = sample_graph()
    sure = "北京市总工会副主席赵丽君调研。"
    # the same role written with a space is the same membership in the RDF (its role is stripped)
    G.add_edge(
        "person:赵丽君",
        BJ,
        key="post:副主席 ",
        pred="post",
        role="副主席 ",
        evidence=[Evidence(ART2, 0, 5, sure, 0.99)],
    )
    rows = [r for r in post_rows(G) if r[2] == "副主席" and r[0][1] == "赵丽君"]
    assert len(rows) == 1
    assert rows[0][3][0] == ART2 and rows[0][3][2] == sure
    assert rows[0][3][1] == ""  # ART2 has no headline: the page says so


def test_events_carry_the_turtle_date_organisers_places_count_and_reports():
    rows = {r[0][0]: r for r in event_rows(sample_graph())}
    assert set(rows) == {EVENT, EVENT_MD, EVENT_YM}
    event = rows[EVENT]
    assert event[1:3] == ["2025-03-28", "2025年3月28日"]
    assert event[3] == [["union:北京市服务工会", "北京市服务工会"]]
    assert event[4] == [["place:望京SOHO广场", "望京SOHO广场"]]
    assert event[5] == 140
    assert event[6] == [[ART, HEADLINE]]
    assert rows[EVENT_MD][1:3] == ["--04-01", "4月1日"]  # as the Turtle writes a date without a year
    assert rows[EVENT_YM][1:3] == ["2025-03", "2025年3月"]
    assert rows[EVENT_MD][5] is None


def test_events_come_by_date_those_without_a_year_after_and_undated_last():
    G = sample_graph()
    add_node(G, "event:x#0/1", "Event", "没有日期的活动")
    assert [r[0][0] for r in event_rows(G)] == [EVENT_YM, EVENT, EVENT_MD, "event:x#0/1"]


def test_a_date_kept_as_month_and_day_reads_as_the_turtle_has_it():
    G = sample_graph()
    add_node(G, "event:x#0/1", "Event", "猜过年份的活动", date="2024-05-06", date_type="gMonthDay")
    rows = {r[0][0]: r for r in event_rows(G)}
    assert rows["event:x#0/1"][1] == "--05-06"


def test_articles_list_headline_date_outlet_and_credits():
    rows = {r[0][0]: r for r in article_rows(sample_graph())}
    assert rows[ART][0][1] == HEADLINE and rows[ART][1] == "2025-04-01" and rows[ART][3] == "本报"
    assert [c[2] for c in rows[ART][4]] == ["reporter", "photographer"]  # reporters first
    assert rows[ART2][0][1] == ""  # no headline: its label is its key


def test_months_are_counted_and_the_gaps_between_them_listed():
    G = sample_graph()
    add_node(G, "event:x#0/1", "Event", "年末活动", date="2025-06-30", date_type="date")
    months = month_counts(event_rows(G), article_rows(G))
    assert months == [["2025-03", 0, 2], ["2025-04", 2, 0], ["2025-05", 0, 0], ["2025-06", 0, 1]]
    assert month_counts([], []) == []


def test_the_page_carries_the_tables_as_escaped_json_and_runs_their_script_by_hash():
    G = sample_graph()
    add_node(G, "article:xss#0", "Article", XSS_HEADLINE, source="xss", index=0, headline=XSS_HEADLINE)
    page = render_html(G)
    assert XSS_HEADLINE not in page
    block = re.search(r'id="kg-tables">(.*?)</script>', page, re.DOTALL).group(1)
    assert "<" not in block and ">" not in block and "&" not in block
    data = tables_of(page)
    assert ["article:xss#0", XSS_HEADLINE] in [r[0] for r in data["articles"]]
    assert data == json.loads(json.dumps(table_data(G)))
    assert tables_assets()["tables.js"] in page
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in tables_assets()["tables.js"]


def test_the_tables_are_the_same_for_the_same_graph_built_in_another_order():
    assert table_data(sample_graph()) == table_data(sample_graph(seed=3))
    assert render_html(sample_graph()) == render_html(sample_graph(seed=3))


def test_the_nasty_name_stays_whole_in_the_rows():
    G = sample_graph()
    add_relation(G, EVENT, "organizer", graphs.NASTY_ID, Evidence(ART, 0, 3, S1, 0.5))
    event = next(r for r in event_rows(G) if r[0][0] == EVENT)
    assert [graphs.NASTY_ID, graphs.NASTY_LABEL] in event[3]


def test_evidence_as_sure_as_another_is_chosen_the_same_whatever_the_order_of_the_edges():
    chosen = set()
    for first, second in (("a", "b"), ("b", "a")):
        G = sample_graph()
        for suffix, sentence in ((first, f"句子{first}"), (second, f"句子{second}")):
            G.add_edge(
                "person:王芳",
                "union:北京市总工会",
                key=f"post:主席{suffix}",
                pred="post",
                role="主席" + " " * (suffix == "b"),
                evidence=[Evidence(ART, 0, 3, sentence, 0.8)],
            )
        row = next(r for r in post_rows(G) if r[0][1] == "王芳" and r[2] == "主席")
        chosen.add(row[3][2])
    assert chosen == {"句子a"}
