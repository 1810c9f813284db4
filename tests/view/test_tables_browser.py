"""The 任职, 活动 and 文章 tabs in a real Chromium (Playwright, network blocked, as test_browser).

They assert what a reader relies on: on the seeds the tables hold the same posts, events
and credits as ``kg query`` gives for the same build; the columns sort by a click or a
key; the search box filters them; a row selects its node in the graph; news text stays
text; a large graph draws only a page of rows; and nothing is fetched.
"""

from __future__ import annotations

import csv
import io
import time
from collections import Counter
from pathlib import Path

import pytest

from kg.graph.model import add_node
from kg.view.html import write_html
from tests.graphs import ART, EVENT, EVENT_YM, sample_graph
from tests.linked_helpers import kg, seeds_build
from tests.view import test_browser as base
from tests.view.test_browser import SHOTS, scale_graph

# the browser and the page opener of test_browser: a Chromium with every request blocked and recorded
browser, visit = base.browser, base.visit

# slow: a real Chromium, and the seeds built once
pytestmark = pytest.mark.slow

XSS_HEADLINE = "<img src=x onerror=alert(1)>"
XSS_ARTICLE = "article:xss#0"

POSTS_QUERY = """
SELECT ?person ?body ?role WHERE {
  ?m a org:Membership ; org:member/rdfs:label ?person ; org:organization/rdfs:label ?body .
  OPTIONAL { ?m org:role ?r . ?r rdfs:label ?role FILTER(LANG(?role) = "zh") }
}"""

EVENTS_QUERY = """
SELECT ?e ?event ?date ?count ?place ?organizer WHERE {
  ?e a kgo:Event ; rdfs:label ?event .
  OPTIONAL { ?e kgo:date ?date }
  OPTIONAL { ?e kgo:participantCount ?count }
  OPTIONAL { ?e kgo:location/rdfs:label ?place }
  OPTIONAL { ?e kgo:organizer/rdfs:label ?organizer }
}"""

ARTICLES_QUERY = "SELECT ?a WHERE { ?a a kgo:Article }"

# the cells of every row of a table, as the reader sees them
READ_ROWS = """(name) => [...document.querySelectorAll(`#tables-${name} tbody tr:not(.empty)`)].map((tr) => {
    const row = { node: tr.dataset.node };
    for (const td of tr.querySelectorAll("td")) {
      const time = td.querySelector("time");
      row[td.dataset.col] = time ? time.dateTime : td.dataset.col === "date" ? "" : td.textContent;
      row[td.dataset.col + "[]"] = [...td.querySelectorAll("button.node")].map((b) => b.textContent);
    }
    return row; })"""


def query(out: Path, text: str) -> list[dict[str, str]]:
    """The rows ``kg query OUT TEXT --format csv`` prints."""
    result = kg("query", str(out), text, "--format", "csv")
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.output)))


def open_tab(v, name: str) -> list[dict]:
    v.page.click(f"#tab-{name}")
    v.page.wait_for_selector(f"#tables-{name} table")
    return v.js(READ_ROWS, name)


def test_seeds_tables_hold_what_kg_query_gives(visit):
    out = seeds_build()
    v = visit(out / "graph.html")
    assert v.js("document.querySelector('#tables-posts').children.length") == 0  # drawn only when opened

    posts = open_tab(v, "posts")
    shown = Counter((r["person"], r["body"], r["role"]) for r in posts)
    given = Counter((r["person"], r["body"], r["role"]) for r in query(out, POSTS_QUERY))
    assert shown == given and len(posts) >= 4
    # the canned query of union officials lists a subset of them
    officials = {(r["person"], r["union"], r["role"]) for r in kg_name(out, "officials")}
    assert officials and officials <= set(shown)
    assert all(r["evidence"] for r in posts)  # each post of the seeds was read from a sentence

    events = open_tab(v, "events")
    shown_events = Counter(
        (r["event"], r["date"], r["count"], frozenset(r["places[]"]), frozenset(r["organizers[]"])) for r in events
    )
    grouped: dict[str, dict] = {}
    for r in query(out, EVENTS_QUERY):
        g = grouped.setdefault(
            r["e"], {"event": r["event"], "date": r["date"], "count": r["count"], "p": set(), "o": set()}
        )
        g["p"].update([r["place"]] if r["place"] else [])
        g["o"].update([r["organizer"]] if r["organizer"] else [])
    given_events = Counter(
        (g["event"], g["date"], g["count"], frozenset(g["p"]), frozenset(g["o"])) for g in grouped.values()
    )
    assert shown_events == given_events and len(events) == len(grouped) >= 20
    by_organizer = {(r["organizer"], r["event"], r["date"]) for r in kg_name(out, "events-by-organizer")}
    assert by_organizer == {(o, r["event"], r["date"]) for r in events for o in r["organizers[]"]}

    articles = open_tab(v, "articles")
    assert len(articles) == len(query(out, ARTICLES_QUERY))
    credits = {(r["person"], r["credit"], r["article"]) for r in kg_name(out, "who-reported-what")}
    label = {"记者": "reporter", "摄影": "photographer"}
    shown_credits = set()
    for r in articles:
        for person, credit in zip(r["credits[]"], v.js(CREDIT_LABELS, r["node"]), strict=True):
            shown_credits.add((person, label[credit], r["headline"]))
    assert shown_credits == credits
    SHOTS.mkdir(exist_ok=True)
    v.page.click("#tab-events")
    v.page.screenshot(path=str(SHOTS / "tables-seeds-events.png"))
    assert v.requests == [(out / "graph.html").as_uri()]
    v.assert_clean()


CREDIT_LABELS = """(id) => [...document.querySelectorAll(`#tables-articles tr[data-node="${CSS.escape(id)}"] .credit`)]
    .map((s) => s.textContent)"""


def kg_name(out: Path, name: str) -> list[dict[str, str]]:
    result = kg("query", str(out), "--name", name, "--format", "csv")
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.output)))


@pytest.fixture(scope="module")
def tables_page(tmp_path_factory) -> Path:
    G = sample_graph()
    add_node(
        G, XSS_ARTICLE, "Article", XSS_HEADLINE, source="xss.txt", index=0, headline=XSS_HEADLINE, date="2025-04-03"
    )
    path = tmp_path_factory.mktemp("tables") / "graph.html"
    write_html(G, path)
    return path


def column(v, name: str, col: str) -> list[str]:
    return [r[col] for r in v.js(READ_ROWS, name)]


def test_columns_sort_by_click_and_by_keyboard(visit, tables_page):
    v = visit(tables_page)
    open_tab(v, "events")
    # by date at first; a date without a year after those with one
    assert column(v, "events", "date") == ["2025-03", "2025-03-28", "--04-01"]
    v.page.click("#tables-events th[data-col=date] button")
    assert column(v, "events", "date") == ["2025-03", "2025-03-28", "--04-01"]
    v.page.click("#tables-events th[data-col=date] button")
    assert column(v, "events", "date") == ["--04-01", "2025-03-28", "2025-03"]
    v.page.click("#tables-events th[data-col=count] button")
    assert column(v, "events", "count") == ["140", "", ""]  # empty cells last, either way
    assert v.page.get_attribute("#tables-events th[data-col=count]", "aria-sort") == "ascending"
    v.page.click("#tables-events th[data-col=event] button")
    first = column(v, "events", "event")
    assert first == v.js("(a) => [...a].sort(new Intl.Collator('zh-CN', {numeric: true}).compare)", first)
    assert first != column(v, "events", "event")[::-1]
    # the keyboard: Tab reaches the header's button, Enter turns the order round
    v.page.focus("#tables-events th[data-col=event] button")
    v.page.keyboard.press("Enter")
    assert column(v, "events", "event") == first[::-1]
    assert v.page.get_attribute("#tables-events th[data-col=event]", "aria-sort") == "descending"
    assert v.page.get_attribute("#tables-events th[data-col=count]", "aria-sort") == "none"
    # the tabs themselves answer the arrow keys
    v.page.focus("#tab-events")
    v.page.keyboard.press("ArrowRight")
    assert v.page.get_attribute("#tab-articles", "aria-selected") == "true"
    assert v.page.is_visible("#tables-articles") and v.page.is_hidden("#tables-events")
    v.assert_clean()


def test_the_search_box_filters_the_open_table(visit, tables_page):
    v = visit(tables_page)
    open_tab(v, "events")
    v.page.fill("#q", "望京")
    assert column(v, "events", "node") == [EVENT]  # its place is 望京SOHO广场
    assert "1/3" in v.page.inner_text("#tables-events .count")
    assert v.page.is_hidden("#hits")  # the graph's list of hits does not cover the table
    v.page.press("#q", "Enter")  # on a table tab Enter leads into the rows, not into the graph
    assert v.page.get_attribute("#tab-events", "aria-selected") == "true"
    assert v.js("document.activeElement.closest('#tables-events') !== null")
    v.page.fill("#q", "朝阳区总工会")
    assert column(v, "events", "node") == [EVENT_YM]
    open_tab(v, "posts")  # another tab is filtered by the same text
    assert column(v, "posts", "person") == ["王芳"]
    v.page.fill("#q", "没有这个")
    assert v.page.inner_text("#tables-posts tbody") == "没有符合的条目"
    v.page.focus("#q")
    v.page.keyboard.press("Escape")
    assert len(column(v, "posts", "person")) == 3
    v.page.fill("#q", "王芳")
    assert len(column(v, "posts", "person")) == 1
    v.page.click("#reset")  # 重置 empties the box, and the table shows every row again
    assert len(column(v, "posts", "person")) == 3
    v.assert_clean()


def test_a_row_selects_its_node_in_the_graph(visit, tables_page):
    v = visit(tables_page)
    open_tab(v, "events")
    v.page.click(f"#tables-events tr[data-node='{EVENT}'] td[data-col=date]")
    v.page.wait_for_selector("#panel:not([hidden])")
    assert v.page.get_attribute("#tab-graph", "aria-selected") == "true"
    assert v.page.is_hidden("#tables")
    assert v.js("kgView.network.getSelectedNodes()") == [EVENT]
    assert v.page.inner_text("#panel h2") == "北京市服务工会第二届委员会第三次全体会议"
    # a name inside a row selects that name's node instead, by keyboard too
    open_tab(v, "posts")
    v.page.focus("#tables-posts tbody tr >> nth=0 >> td[data-col=body] button")
    v.page.keyboard.press("Enter")
    v.page.wait_for_selector("#panel h2:text-is('北京市总工会')")
    assert v.js("kgView.network.getSelectedNodes()") == ["union:北京市总工会"]
    # the evidence link opens the article the sentence was read from
    open_tab(v, "posts")
    v.page.click("#tables-posts tbody tr >> nth=0 >> button.from")
    v.page.wait_for_selector("#panel:not([hidden])")
    assert v.js("kgView.network.getSelectedNodes()") == [ART]
    v.assert_clean()


def test_a_headline_made_of_markup_shows_as_text(visit, tables_page):
    v = visit(tables_page)
    rows = open_tab(v, "articles")
    assert XSS_HEADLINE in [r["headline"] for r in rows]
    assert v.js("document.querySelectorAll('#tables img, #tables script').length") == 0
    v.page.fill("#q", "onerror")
    assert column(v, "articles", "node") == [XSS_ARTICLE]
    v.page.wait_for_timeout(200)
    v.assert_clean()  # no dialog, no error, window.__pwned unset


def test_chart_counts_articles_and_events_per_month(visit, tables_page):
    v = visit(tables_page)
    open_tab(v, "articles")
    bars = v.js("""() => [...document.querySelectorAll('#tables-articles svg g.month')].map((g) =>
        [g.dataset.month, ...[...g.querySelectorAll('rect')].map((r) => Number(r.dataset.n))])""")
    # articles: ART (2025-04-01), ART2 (2025-04-02), the probe (2025-04-03); events: two in 2025-03, one with no year
    assert bars == [["2025-03", 0, 2], ["2025-04", 3, 0]]
    assert v.js("document.querySelector('#tables-articles svg rect.a title').textContent") == "2025-03：文章 0"
    v.assert_clean()


def test_a_large_graph_draws_its_tables_a_page_at_a_time(visit, tmp_path, capsys):
    G = scale_graph()
    path = tmp_path / "scale.html"
    write_html(G, path)
    v = visit(path)
    assert v.js("document.querySelector('#tables').querySelectorAll('tr').length") == 0
    total = sum(1 for _, d in G.nodes(data=True) if d.get("cls") == "Event")
    start = time.perf_counter()
    v.page.click("#tab-events")
    v.page.wait_for_selector("#tables-events tbody tr")
    opened = time.perf_counter() - start
    assert v.js("document.querySelectorAll('#tables-events tbody tr').length") == 200
    assert f"共 {total} 条" in v.page.inner_text("#tables-events .count")
    v.page.click("#tables-events button.more")
    assert v.js("document.querySelectorAll('#tables-events tbody tr').length") == 400
    start = time.perf_counter()
    v.page.click("#tables-events th[data-col=event] button")
    sorted_s = time.perf_counter() - start
    assert v.js("document.querySelectorAll('#tables-events tbody tr').length") == 200
    v.page.fill("#q", "职工大会1")
    shown = v.js(READ_ROWS, "events")
    assert shown and all("职工大会1" in r["event"] for r in shown)
    v.assert_clean()
    with capsys.disabled():
        print(f"\n[tables] {total} events of 5000 nodes: tab opened in {opened:.2f} s, sorted in {sorted_s:.2f} s")
