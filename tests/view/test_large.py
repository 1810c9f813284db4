"""The view of an archive-sized graph in real Chromium: an overview that reads, namesakes told apart.

A generated 5,000-node graph with invented names (``tests/view/large_graph.py``) opens
from the core, framed at a zoom where labels are readable; a click opens the panel and
brings the neighbourhood clear of it; "show neighbours" adds nodes; 48 people of one
name are one search row with counts.  Keyboard: "/" selects the search text, arrows
pan, +/− zoom, focus moves into the panel and back.  The browser set-up (network
blocked, errors recorded) is the one of ``test_browser.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.view.config import view_config
from kg.view.html import write_html
from kg.view.overview import mention_only, start_hidden
from tests.graphs import BJ, HEADLINE, sample_graph
from tests.view import test_browser as _browser_tests
from tests.view.large_graph import HUB_NAME, NAMESAKE, NAMESAKES, large_graph

SHOTS = _browser_tests.SHOTS
# the browser fixtures of test_browser.py: Chromium with every request blocked and recorded
browser = _browser_tests.browser
visit = _browser_tests.visit

pytestmark = pytest.mark.slow

LABELS = "() => kgView.labelsOnScreen()"
# the share of drawn nodes in view whose centre pixel on the canvas is not the background
PAINTED = """() => {
    const net = kgView.network, canvas = document.querySelector('#graph canvas');
    const ratio = canvas.width / canvas.clientWidth;
    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;  // one read
    let seen = 0, painted = 0;
    for (const id of kgView.shown()) {
        const p = net.canvasToDOM(net.getPositions([id])[id]);
        if (p.x < 5 || p.y < 5 || p.x > canvas.clientWidth - 5 || p.y > canvas.clientHeight - 5) continue;
        const at = 4 * (Math.round(p.y * ratio) * canvas.width + Math.round(p.x * ratio));
        const [r, g, b, a] = pixels.slice(at, at + 4);
        seen++;
        if (a > 0 && !(r > 240 && g > 240 && b > 240)) painted++;
    }
    return [seen, painted];
}"""


@pytest.fixture(scope="module")
def large_page(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("large") / "graph.html"
    write_html(large_graph(), path)
    return path


@pytest.fixture(scope="module")
def seeds_page(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("seeds") / "graph.html"
    write_html(sample_graph(), path)
    return path


def readable(v) -> list[dict]:
    """Labels on screen now at 12 px or more, inside the graph's box."""
    w, h = v.js("() => [document.getElementById('graph').clientWidth, document.getElementById('graph').clientHeight]")
    return [lab for lab in v.js(LABELS) if lab["px"] >= 12 and 0 <= lab["x"] <= w and 0 <= lab["y"] <= h]


def test_large_graph_opens_on_the_core_with_readable_labels(visit, large_page):
    G = large_graph()
    v = visit(large_page, viewport=(1600, 1000))
    waiting = start_hidden(G)
    shown = v.js("kgView.shown()")
    assert len(shown) == G.number_of_nodes() - len(waiting) <= view_config()["core"]["max"]
    assert not set(shown) & mention_only(G)
    labels = readable(v)
    assert len(labels) >= 20, labels
    seen, painted = v.js(PAINTED)  # the first frame draws every node in view, not only their labels
    assert seen > 50 and painted >= 0.9 * seen, (seen, painted)
    # the labels do not overlap each other
    boxes = [(lab["x"], lab["y"]) for lab in labels]
    assert len(set(boxes)) == len(boxes)
    scale = v.js("kgView.network.getScale()")
    assert scale >= view_config()["overview"]["start_scale"][0]
    SHOTS.mkdir(exist_ok=True)
    v.page.screenshot(path=str(SHOTS / "view_5000.png"))
    # a click on a labelled node opens its panel and frames its neighbourhood beside the panel
    target = labels[0]["id"]
    box = v.js("() => document.getElementById('graph').getBoundingClientRect().toJSON()")
    v.page.mouse.click(box["x"] + labels[0]["x"], box["y"] + labels[0]["y"] - 4)
    v.page.wait_for_selector("#panel:not([hidden])")
    v.frames()
    assert v.js("document.getElementById('panel').dataset.node") == target
    assert v.js("document.activeElement.id") == "panel"
    lit = v.js("kgView.highlighted().nodes")
    panel_left = v.js("document.getElementById('panel').getBoundingClientRect().left")
    for node in lit:
        x, y = v.point(node)
        assert box["x"] <= x < panel_left and box["y"] <= y <= box["y"] + box["height"], node
    # "show neighbours" adds the hidden ones and frames them
    before = len(v.js("kgView.shown()"))
    node = next(lab["id"] for lab in labels if v.js("(id) => kgView.hiddenNeighbours(id).length", lab["id"]))
    hidden_next = v.js("(id) => kgView.hiddenNeighbours(id)", node)
    v.js("(id) => kgView.select(id, true)", node)
    assert v.page.inner_text("#neighbours") == f"显示相邻节点（隐藏的 {len(hidden_next)} 个）"
    v.page.click("#neighbours")
    v.frames()
    after = v.js("kgView.shown()")
    assert len(after) == before + len(hidden_next) and set(hidden_next) <= set(after)
    assert v.page.is_disabled("#neighbours")
    v.assert_clean()


def test_double_click_shows_neighbours(visit, large_page):
    v = visit(large_page)
    node = v.js("() => kgView.shown().find(id => kgView.hiddenNeighbours(id).length > 3)")
    v.js("(id) => kgView.select(id, true)", node)
    v.page.wait_for_timeout(100)
    before = len(v.js("kgView.shown()"))
    v.page.mouse.dblclick(*v.point(node))
    v.frames()
    assert len(v.js("kgView.shown()")) > before
    v.assert_clean()


def test_namesakes_are_one_row_with_counts(visit, large_page):
    G = large_graph()
    v = visit(large_page)
    v.page.fill("#q", NAMESAKE)
    v.page.wait_for_selector("#hits:not([hidden])")
    first = v.page.locator("#hits li[role=option]").first
    articles = set()
    same = [n for n, d in G.nodes(data=True) if d["label"] == NAMESAKE]
    for u, _v, d in G.edges(data=True):
        for e in d.get("evidence") or ():
            if u in same or _v in same:
                articles.add(e.article)
        if d["pred"] == "mentions" and _v in same:
            articles.add(u)
    assert first.inner_text().replace("\n", "").count(f"{NAMESAKES} 处，来自 {len(articles)} 篇文章") == 1
    assert v.page.locator("#hits li.member").count() == 0
    v.page.press("#q", "Enter")  # opens the group
    v.page.wait_for_selector("#hits li.member")
    members = v.page.locator("#hits li.member")
    assert members.count() == NAMESAKES
    details = members.locator(".detail").all_inner_texts()
    assert len(set(details)) > NAMESAKES // 2  # they read differently: post, counts, first article
    assert any("首见" in d and "2025年" in d for d in details)
    members.nth(3).click()
    v.page.wait_for_selector("#panel:not([hidden])")
    chosen = v.js("document.getElementById('panel').dataset.node")
    assert G.nodes[chosen]["label"] == NAMESAKE
    assert v.js("kgView.network.getSelectedNodes()") == [chosen]
    panel = v.page.inner_text("#panel")
    assert f"同名 ({NAMESAKES - 1})" in panel
    assert v.js("(id) => kgView.shown().includes(id)", chosen)
    v.assert_clean()


def test_keyboard_search_pan_zoom_and_focus(visit, large_page):
    v = visit(large_page)
    v.page.fill("#q", "旧的文字")
    v.page.locator("#graph").focus()
    v.page.keyboard.press("/")
    assert v.js("document.activeElement.id") == "q"
    v.page.keyboard.type(HUB_NAME[:4])  # replaces the old text
    assert v.page.input_value("#q") == HUB_NAME[:4]
    v.page.keyboard.press("Enter")
    v.page.wait_for_selector("#panel:not([hidden])")
    assert v.js("document.activeElement.id") == "panel"
    v.page.keyboard.press("Escape")
    assert v.page.is_hidden("#panel")
    assert v.js("document.activeElement.id") == "q"  # back where it came from
    v.page.locator("#graph").focus()
    at = v.js("() => kgView.network.getViewPosition()")
    scale = v.js("kgView.network.getScale()")
    v.page.keyboard.press("ArrowRight")
    v.page.keyboard.press("ArrowDown")
    moved = v.js("() => kgView.network.getViewPosition()")
    assert moved["x"] > at["x"] and moved["y"] > at["y"]
    v.page.keyboard.press("+")
    assert v.js("kgView.network.getScale()") > scale
    v.page.keyboard.press("-")
    v.page.keyboard.press("-")
    assert v.js("kgView.network.getScale()") < scale
    v.assert_clean()


def test_seeds_view_reads_at_three_sizes(visit, seeds_page):
    """The small graph: labels at 12 px or more on open, the panel beside or below its node."""
    for size in ((1600, 1000), (800, 600), (390, 800)):
        v = visit(seeds_page, viewport=size)
        assert len(readable(v)) >= 8, size
        seen, painted = v.js(PAINTED)
        assert seen >= 10 and painted >= 0.9 * seen, (size, seen, painted)
        v.js("(id) => kgView.select(id, true)", BJ)
        v.page.wait_for_timeout(700)
        panel = v.js("document.getElementById('panel').getBoundingClientRect().toJSON()")
        for node in v.js("kgView.highlighted().nodes"):
            x, y = v.point(node)
            assert not (panel["left"] <= x <= panel["right"] and panel["top"] <= y <= panel["bottom"]), (size, node)
        if size == (1600, 1000):
            v.page.screenshot(path=str(SHOTS / "view_seeds.png"))
        v.assert_clean()


# Lines of the header, legend and panel that hold a single character (not counting
# punctuation) in a block of several: a name or word broken badly, like "办" alone.
STRANDED = """() => {
    const punct = /[\\s\\p{P}\\p{S}]/u;
    const out = [];
    const blocks = document.querySelectorAll(
        '#bar, #legend, #panel .title, #panel dt, #panel dd, #panel .who, #panel .ev, #panel h3, #panel .aliases');
    for (const block of blocks) {
        if (!block.offsetParent) continue;
        const tops = [];
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        for (let t = walker.nextNode(); t; t = walker.nextNode()) {
            for (let i = 0; i < t.data.length; i++) {
                if (punct.test(t.data[i])) continue;
                const r = document.createRange();
                r.setStart(t, i);
                r.setEnd(t, i + 1);
                const box = r.getClientRects()[0];
                if (box) tops.push([box.top + box.height / 2, t.data[i]]);
            }
        }
        if (tops.length < 2) continue;
        tops.sort((a, b) => a[0] - b[0]);
        let line = [tops[0]];
        const lines = [];
        for (const item of tops.slice(1)) {
            if (item[0] - line[line.length - 1][0] > 6) { lines.push(line); line = []; }
            line.push(item);
        }
        lines.push(line);
        for (const l of lines) {
            if (lines.length > 1 && l.length === 1) out.push(block.className + block.tagName + ':' + l[0][1]);
        }
    }
    return out;
}"""


@pytest.mark.parametrize("size", [(390, 800), (800, 600), (1400, 900)])
def test_panel_and_header_never_strand_a_character(visit, seeds_page, size):
    G = sample_graph()
    v = visit(seeds_page, viewport=size)
    assert v.js(STRANDED) == [], size
    for node in sorted(G):
        v.js("(id) => kgView.select(id, false)", node)
        assert v.js(STRANDED) == [], (size, node)
        # the class badge and the name start on the same line
        badge, name = v.js("""() => [document.querySelector('#panel .badge').getBoundingClientRect().top,
                                     document.querySelector('#panel h2').getBoundingClientRect().top]""")
        assert abs(badge - name) < 12, (size, node)
    v.assert_clean()


def test_articles_an_entity_is_seen_in_do_not_repeat_their_headline(visit, seeds_page):
    v = visit(seeds_page)
    v.js("(id) => kgView.select(id, false)", BJ)
    section = v.page.locator("#panel h3:has-text('见于文章') + ul.rel")
    assert section.locator("li").count() == 1
    assert section.locator("button.node").inner_text() == f"{HEADLINE}"
    assert HEADLINE not in section.locator(".ev").inner_text()
    assert "2025年4月1日" in section.locator(".ev").inner_text()  # its date and confidence stay
    v.assert_clean()


def test_an_article_shows_what_it_mentions_while_selected(visit, large_page):
    G = large_graph()
    v = visit(large_page)
    loose = mention_only(G)
    article, named = next(
        (a, sorted(loose & set(G.successors(a)))) for a in sorted(G) if a.startswith("article:") and loose & set(G[a])
    )
    assert not set(named) & set(v.js("kgView.shown()"))
    v.js("(id) => kgView.select(id, true)", article)
    v.frames()
    shown = set(v.js("kgView.shown()"))
    assert article in shown and set(named) <= shown
    assert set(named) <= set(v.js("kgView.highlighted().nodes"))  # with their mentions edges
    v.page.keyboard.press("Escape")
    v.frames()
    assert not set(named) & set(v.js("kgView.shown()"))  # back once the article is let go
    v.page.check("#mentions")  # the switch draws every node linked only by mentions
    assert loose <= set(v.js("kgView.shown()"))
    v.assert_clean()
