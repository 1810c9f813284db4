"""The HTML view in a real browser: Debian's Chromium driven by Playwright, network blocked.

Each page is opened from ``file://`` with every request that is not ``file:`` or
``data:`` aborted and recorded (and Chromium itself started with a dead proxy and a host
resolver that finds nothing, in case anything slipped past the routing).  The tests
assert what a user relies on: the whole graph is there, nothing was fetched, nothing
logged an error, search, class filter, neighbourhood highlight, tooltips, evidence
panel and reset work, and text from the news never runs.

Without Chromium (``/usr/bin/chromium``, or ``KG_CHROMIUM``) or the Playwright package
these tests skip, with the reason; when ``KG_REQUIRE_BROWSER`` is set (CI does) they fail
instead, so that CI never passes without having run them.  No browser is downloaded:
Playwright only drives the installed Chromium.
"""

from __future__ import annotations

import os
import random
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import pytest

from kg.graph.model import add_node, add_relation, new_graph
from kg.model.evidence import Evidence
from kg.view.html import write_html
from kg.view.overview import mention_only
from tests import graphs
from tests.graphs import ART, BJ, EVENT, HEADLINE, S1, sample_graph

# slow: a real Chromium (~17 s)
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "output"
REQUIRE = os.environ.get("KG_REQUIRE_BROWSER", "").strip() not in ("", "0", "false", "no")
CHROMIUM_FLAGS = [
    "--no-sandbox",  # CI containers run as root
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    # belt and braces behind the request routing: nothing can resolve or connect
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--proxy-server=http://127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
]

PROBE_ID = "org:probe"
PROBE_IMG = '<img src=x onerror="window.__pwned=1;alert(1)">探针工会'
PROBE_SVG = '<svg onload="window.__pwned=2">'
PROBE_SCRIPT = '"><script>window.__pwned=3</script>'
PROBE_ARTICLE = "article:probe#0"


def _unavailable(reason: str) -> None:
    if REQUIRE:
        pytest.fail(f"{reason} (KG_REQUIRE_BROWSER is set, so the browser tests must run)", pytrace=False)
    pytest.skip(reason)


def chromium_path() -> str | None:
    """``KG_CHROMIUM`` when set (only that), else Debian's ``/usr/bin/chromium`` or one on PATH."""
    chosen = os.environ.get("KG_CHROMIUM")
    found = [chosen] if chosen else ["/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")]
    return next((c for c in found if c and os.access(c, os.X_OK)), None)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    executable = chromium_path()
    if executable is None:
        where = os.environ.get("KG_CHROMIUM") or "/usr/bin/chromium"
        _unavailable(
            f"Chromium not found at {where} (install Debian's chromium: apt-get install chromium; "
            "or point KG_CHROMIUM at a Chromium)"
        )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the Playwright package is not installed (pip install -e '.[test]')")
    with sync_playwright() as pw:
        # a fresh temporary profile for every launch; no browser download is involved
        chrome = pw.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_FLAGS)
        yield chrome
        chrome.close()


@dataclass
class Visit:
    """An open page and everything it did."""

    page: object
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def js(self, code: str, arg: object = None) -> object:
        return self.page.evaluate(code, arg)

    def frames(self) -> None:
        """Wait until the page has drawn twice, so that what was asked for is on screen."""
        self.page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")

    def point(self, node: str) -> tuple[float, float]:
        """Where ``node`` is on the screen."""
        return tuple(
            self.js(
                """(id) => {
            const net = kgView.network, p = net.canvasToDOM(net.getPositions([id])[id]);
            const box = document.getElementById('graph').getBoundingClientRect();
            return [box.left + p.x, box.top + p.y]; }""",
                node,
            )
        )

    def assert_clean(self) -> None:
        assert self.errors == [], self.errors
        assert self.dialogs == [], self.dialogs
        assert self.blocked == [], self.blocked
        assert all(url.startswith(("file:", "data:")) for url in self.requests), self.requests
        assert self.js("window.__pwned === undefined")


@pytest.fixture
def visit(browser) -> Iterator[object]:
    contexts = []

    def open_page(path: Path, viewport: tuple[int, int] = (1400, 900), timeout_s: float = 180) -> Visit:
        context = browser.new_context(
            viewport={"width": viewport[0], "height": viewport[1]}, service_workers="block", locale="zh-CN"
        )
        contexts.append(context)
        page = context.new_page()
        seen = Visit(page)

        def route(r):
            url = r.request.url
            if url.startswith(("file:", "data:")):
                r.continue_()
            else:
                seen.blocked.append(url)
                r.abort()

        context.route("**/*", route)
        page.on("request", lambda req: seen.requests.append(req.url))
        page.on("websocket", lambda ws: seen.blocked.append(ws.url))
        page.on(
            "console", lambda msg: msg.type in ("error", "warning") and seen.errors.append(f"{msg.type}: {msg.text}")
        )
        page.on("pageerror", lambda exc: seen.errors.append(f"pageerror: {exc}"))

        def on_dialog(dialog):
            seen.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)
        start = time.perf_counter()
        page.goto(path.as_uri())
        # the page marks itself ready once the layout has settled and been drawn
        page.wait_for_selector("body[data-ready]", state="attached", timeout=timeout_s * 1000)
        seen.seconds = time.perf_counter() - start
        return seen

    yield open_page
    for context in contexts:
        context.close()


def probe_graph() -> nx.MultiDiGraph:
    """The sample graph plus names, aliases, sentences and a headline made to attack the page."""
    G = sample_graph()
    add_node(G, PROBE_ID, "TradeUnion", PROBE_IMG, aliases={PROBE_SVG, PROBE_SCRIPT}, mentions=3)
    add_node(
        G,
        PROBE_ARTICLE,
        "Article",
        f"{PROBE_IMG}的报道",
        source="probe.txt",
        index=0,
        url="javascript:window.__pwned=4",
        outlet=PROBE_SVG,
    )
    add_relation(
        G,
        PROBE_ID,
        "locatedIn",
        "area:110000",
        Evidence(PROBE_ARTICLE, 0, 30, f"{PROBE_IMG}位于北京市。{PROBE_SCRIPT}", 0.7),
    )
    add_relation(G, PROBE_ARTICLE, "mentions", PROBE_ID, Evidence(PROBE_ARTICLE, 0, 5, PROBE_SVG, 0.5))
    return G


@pytest.fixture(scope="module")
def sample_page(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("view") / "graph.html"
    write_html(probe_graph(), path)
    return path


def test_opens_offline_with_the_whole_graph(visit, sample_page):
    G = probe_graph()
    v = visit(sample_page)
    counts = v.js("""() => [kgView.network.body.data.nodes.length, kgView.network.body.data.edges.length,
                           Object.keys(kgView.network.body.nodes).length]""")
    assert counts == [G.number_of_nodes(), G.number_of_edges(), G.number_of_nodes()]
    shown = sum(1 for _, _, d in G.edges(data=True) if d["pred"] != "mentions")
    waiting = mention_only(G)  # linked only by mentions: drawn when asked for
    assert waiting and set(v.js("kgView.hidden()")) == waiting
    assert v.page.inner_text("#counts") == (
        f"显示 {G.number_of_nodes() - len(waiting)}/{G.number_of_nodes()} 个节点 · {shown}/{G.number_of_edges()} 条关系"
    )
    legend = v.page.inner_text("#legend")
    for name in ("工会", "机构", "行政区", "场所", "人物", "事件", "文章", "显示“提及”关系"):
        assert name in legend
    assert v.page.get_attribute("#q", "placeholder").startswith("搜索名称或别名")
    assert v.requests == [sample_page.as_uri()]
    v.assert_clean()


def test_physics_settles_and_then_stops(visit, sample_page):
    v = visit(sample_page)
    assert v.js("kgView.network.physics.options.enabled") is False
    assert v.page.is_hidden("#busy")
    before = v.js("() => kgView.network.getPositions()")
    v.page.wait_for_timeout(500)
    assert v.js("() => kgView.network.getPositions()") == before
    v.assert_clean()


def offered(v: Visit, query: str) -> list[str]:
    """The names the search box offers for ``query``, typed as a user would."""
    v.page.fill("#q", query)
    v.page.wait_for_selector("#hits:not([hidden])")
    return v.page.locator("#hits li[role=option] .name").all_inner_texts()


def test_search_finds_by_any_part_of_a_name_or_alias(visit, sample_page):
    v = visit(sample_page)
    assert offered(v, "北京市总")[0] == "北京市总工会"
    assert offered(v, "市总工会")[0] == "北京市总工会"  # its alias, also part of its name
    assert "（别名：市总工会）" in v.page.inner_text("#hits li[role=option] >> nth=0")
    names = offered(v, "总工会")  # part of several names: all are offered
    assert {"北京市总工会", "朝阳区总工会", "建外街道总工会"} <= set(names)
    assert names[0] == "北京市总工会"  # the most mentioned first
    assert "北京市" in offered(v, "京")  # the one-character alias of 北京市
    assert offered(v, "ｓｏｈｏ") == ["望京SOHO广场"]  # full-width and case do not matter
    assert offered(v, "不存在的名字") == []
    assert v.page.inner_text("#hits") == "没有找到"
    v.assert_clean()


def test_search_opens_the_evidence_panel_and_highlights_the_neighbourhood(visit, sample_page):
    v = visit(sample_page)
    v.page.fill("#q", "北京市总")
    v.page.press("#q", "Enter")
    v.page.wait_for_selector("#panel:not([hidden])")
    v.frames()
    assert v.js("kgView.network.getSelectedNodes()") == [BJ]
    panel = v.page.inner_text("#panel")
    assert "北京市总工会" in panel and "市总工会" in panel and "工会" in panel
    assert "任职人员" in panel and "赵丽君" in panel and "党组成员、副主席" in panel
    assert S1 in panel.replace("\n", "")
    assert f"《{HEADLINE}》" in panel and "置信度 0.95" in panel and "2025年4月1日" in panel
    lit = v.js("kgView.highlighted()")
    assert set(lit["nodes"]) == {BJ, "person:赵丽君", "union:朝阳区总工会", "area:110000"}
    # a name in the panel leads on: the person, with posts and the event they attended
    v.page.click("#panel button.node:text-is('赵丽君')")
    v.page.wait_for_selector("#panel h2:text-is('赵丽君')")
    panel = v.page.inner_text("#panel")
    assert "任职" in panel and "党组成员、副主席" in panel
    assert "参加活动" in panel and "2025年3月28日 · 140 人" in panel
    SHOTS.mkdir(exist_ok=True)
    v.page.screenshot(path=str(SHOTS / "graph-view.png"))
    v.assert_clean()


def test_event_panel_shows_date_count_and_their_evidence(visit, sample_page):
    v = visit(sample_page)
    v.js("(id) => kgView.select(id, true)", EVENT)
    panel = v.page.inner_text("#panel")
    for text in (
        "事件",
        "日期",
        "2025年3月28日",
        "人数",
        "140",
        "日期 · 依据",
        "人数 · 依据",
        "主办方",
        "北京市服务工会",
        "地点",
        "望京SOHO广场",
        "参加者",
        "相关报道",
    ):
        assert text in panel, text
    v.assert_clean()


def test_class_filter_hides_and_shows_nodes(visit, sample_page):
    G = probe_graph()
    v = visit(sample_page)
    people = sorted(n for n, d in G.nodes(data=True) if d["cls"] == "Person")
    hidden_in_network = """(ids) => ids.map(id => kgView.network.body.nodes[id].options.hidden === true)"""
    assert v.js(hidden_in_network, people) == [False] * len(people)
    v.page.click("#legend label.cls:has-text('人物') input")
    v.frames()
    assert v.js(hidden_in_network, people) == [True] * len(people)
    waiting = mention_only(G)
    assert set(v.js("kgView.hidden()")) == set(people) | waiting
    assert v.page.inner_text("#counts").startswith(f"显示 {G.number_of_nodes() - len(people) - len(waiting)}/")
    v.page.screenshot(path=str(SHOTS / "graph-filtered.png"))
    v.page.click("#legend label.cls:has-text('人物') input")
    v.frames()
    assert v.js(hidden_in_network, people) == [False] * len(people)
    assert set(v.js("kgView.hidden()")) == waiting
    v.assert_clean()


def test_mentions_switch_shows_and_hides_those_edges(visit, sample_page):
    G = probe_graph()
    v = visit(sample_page)
    mentions = v.js("""() => kgView.edges.get({filter: e => e.pred === 'mentions'}).map(e => e.id)""")
    assert len(mentions) == sum(1 for _, _, d in G.edges(data=True) if d["pred"] == "mentions")
    hidden = """(ids) => ids.every(id => kgView.network.body.edges[id].options.hidden === true)"""
    assert v.js(hidden, mentions)
    v.page.check("#mentions")
    assert not v.js("""(ids) => ids.some(id => kgView.network.body.edges[id].options.hidden)""", mentions)
    assert v.page.inner_text("#counts").endswith(f"{G.number_of_edges()}/{G.number_of_edges()} 条关系")
    v.page.uncheck("#mentions")
    assert v.js(hidden, mentions)
    v.assert_clean()


def test_click_hover_and_reset(visit, sample_page):
    v = visit(sample_page)
    x, y = v.point("person:赵丽君")
    v.page.mouse.move(x, y)
    v.page.wait_for_selector("#tip:not([hidden])")
    tip = v.page.inner_text("#tip")
    assert "赵丽君" in tip and "人物" in tip and "北京市总工会（党组成员、副主席）" in tip
    assert "点击查看详情与依据" in tip
    v.page.mouse.click(x, y)
    v.page.wait_for_selector("#panel h2:text-is('赵丽君')")
    assert set(v.js("kgView.highlighted().nodes")) == {"person:赵丽君", BJ, EVENT}
    # an empty spot clears the highlight but keeps filters and search
    v.page.mouse.click(5, 895)
    v.frames()
    assert v.js("kgView.highlighted().nodes") == [] and v.page.is_hidden("#panel")
    # reset undoes everything
    v.page.fill("#q", "朝阳")
    v.page.press("#q", "Enter")
    v.page.click("#legend label.cls:has-text('文章') input")
    v.page.click("#reset")
    v.frames()
    assert v.page.input_value("#q") == ""
    assert set(v.js("kgView.hidden()")) == mention_only(probe_graph())
    assert v.js("kgView.highlighted().nodes") == []
    assert v.js("kgView.network.getSelectedNodes()") == [] and v.page.is_hidden("#panel")
    assert v.page.is_checked("#legend label.cls:has-text('文章') input")
    v.assert_clean()


def test_text_from_the_news_stays_inert(visit, sample_page):
    v = visit(sample_page)
    # show every probe: search for it, hover it, open its panel, its article, its edge
    assert offered(v, "探针") == [PROBE_IMG, f"{PROBE_IMG}的报道"]
    v.page.press("#q", "Enter")
    v.page.wait_for_selector("#panel:not([hidden])")
    panel = v.page.inner_text("#panel")
    assert PROBE_IMG in panel and PROBE_SVG in panel and PROBE_SCRIPT in panel
    v.page.wait_for_timeout(700)  # the view glides to the node
    v.page.mouse.move(*v.point(PROBE_ID))
    v.page.wait_for_selector("#tip:not([hidden])")
    assert PROBE_IMG in v.page.inner_text("#tip")
    v.js("(id) => kgView.select(id, true)", PROBE_ARTICLE)
    panel = v.page.inner_text("#panel")
    assert f"{PROBE_IMG}的报道" in panel and "javascript:" not in panel
    assert v.js("document.querySelectorAll('#panel a').length") == 0  # a javascript: address is no link
    v.js("(id) => kgView.select(id, true)", graphs.NASTY_ID)
    assert graphs.XSS in v.page.inner_text("#panel")
    edge = v.js("(id) => kgView.edges.get({filter: e => e.from === id && e.pred === 'locatedIn'})[0].id", PROBE_ID)
    v.js("(id) => kgView.selectEdge(id)", edge)
    assert PROBE_SCRIPT in v.page.inner_text("#panel")
    v.page.wait_for_timeout(300)
    elements = v.js("""() => [document.querySelectorAll('img, svg, iframe, object, embed').length,
                             document.scripts.length]""")
    assert elements == [0, 5]  # the data, vis-network, view.js, the tables' data and tables.js
    v.assert_clean()  # no alert, no window.__pwned, no request for "x"


def test_article_panel_links_only_web_addresses(visit, sample_page):
    v = visit(sample_page)
    v.js("(id) => kgView.select(id, true)", ART)
    link = v.page.locator("#panel a.url")
    assert link.get_attribute("href") == "https://www.example.org/news/1.html?id=1&p=2"
    assert link.get_attribute("rel") == "noopener noreferrer"
    panel = v.page.inner_text("#panel")
    for text in ("文章", HEADLINE, "媒体", "本报", "署名", "本报讯（记者 张伟）", "记者", "张伟", "报道事件"):
        assert text in panel, text
    v.assert_clean()


def scale_graph(n_nodes: int = 5000, n_edges: int = 15000, seed: int = 7) -> nx.MultiDiGraph:
    """A graph the size of a year of city union news, shaped like ours: classes, posts, events."""
    rng = random.Random(seed)
    G = new_graph()
    share = {
        "Article": 0.14,
        "Person": 0.30,
        "TradeUnion": 0.18,
        "Organization": 0.12,
        "AdministrativeArea": 0.08,
        "Place": 0.06,
        "Event": 0.12,
    }
    suffix = {
        "TradeUnion": "总工会",
        "Organization": "有限公司",
        "AdministrativeArea": "区",
        "Place": "广场",
        "Event": "职工大会",
        "Article": "开展活动",
        "Person": "",
    }
    chars = "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川贵云陕甘青蒙桂藏宁新东西南北中华明光兴和平安康"
    ids: dict[str, list[str]] = {c: [] for c in share}
    add_node(G, BJ, "TradeUnion", "北京市总工会", aliases={"市总工会"}, mentions=40)
    ids["TradeUnion"].append(BJ)
    for cls, frac in share.items():
        for i in range(min(int(n_nodes * frac), n_nodes - G.number_of_nodes())):
            name = "".join(rng.choice(chars) for _ in range(rng.randint(2, 4))) + suffix[cls] + str(i)
            nid = f"{cls.lower()}:{i}"
            add_node(
                G, nid, cls, name, mentions=rng.randint(0, 30), aliases={name[:3]} if rng.random() < 0.2 else set()
            )
            ids[cls].append(nid)
    while G.number_of_nodes() < n_nodes:
        nid = f"person:extra{G.number_of_nodes()}"
        add_node(G, nid, "Person", f"张{G.number_of_nodes()}")
        ids["Person"].append(nid)
    plan = [
        ("post", "Person", "TradeUnion"),
        ("locatedIn", "TradeUnion", "AdministrativeArea"),
        ("subOrganizationOf", "TradeUnion", "TradeUnion"),
        ("organizer", "Event", "TradeUnion"),
        ("participant", "Event", "Person"),
        ("location", "Event", "Place"),
        ("reporter", "Article", "Person"),
        ("reportsOn", "Article", "Event"),
        ("mentions", "Article", "TradeUnion"),
        ("partOf", "AdministrativeArea", "AdministrativeArea"),
        ("locatedIn", "Organization", "AdministrativeArea"),
    ]
    made = 0
    while made < n_edges:
        pred, a, b = rng.choice(plan)
        u, v = rng.choice(ids[a]), rng.choice(ids[b])
        if u == v:
            continue
        before = len(G[u].get(v, {}))
        sentence = f"{G.nodes[u]['label']}与{G.nodes[v]['label']}共同开展工作。"
        add_relation(
            G,
            u,
            pred,
            v,
            Evidence(rng.choice(ids["Article"]), 0, len(sentence), sentence, 0.8),
            role=rng.choice(["主席", "副主席", "委员"]) if pred == "post" else None,
        )
        made += len(G[u][v]) - before
    return G


def test_scale_5000_nodes_15000_edges(visit, tmp_path, capsys):
    """Opens and responds at the size of a large build; prints how long things take (not asserted)."""
    G = scale_graph()
    assert (G.number_of_nodes(), G.number_of_edges()) == (5000, 15000)
    path = tmp_path / "scale.html"
    start = time.perf_counter()
    write_html(G, path)
    write_s = time.perf_counter() - start
    v = visit(path)
    counts = v.js("() => [kgView.network.body.data.nodes.length, kgView.network.body.data.edges.length]")
    assert counts == [5000, 15000]
    timings = v.js("""async () => {
        const frames = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
        const out = {};
        async function time(label, f) { await frames(); const t = performance.now(); f(); await frames();
                                        out[label] = Math.round(performance.now() - t); }
        let hits;
        await time('search', () => { hits = kgView.search('市总'); });
        await time('select', () => kgView.select(hits[0], true));
        await time('filter_off', () => kgView.setClass('Person', false));
        await time('filter_on', () => kgView.setClass('Person', true));
        await time('redraw', () => kgView.network.redraw());
        await time('reset', () => kgView.reset());
        return {hits: hits.slice(0, 3), ...out}; }""")
    assert timings["hits"][0] == BJ
    # and through the real controls
    start = time.perf_counter()
    v.page.fill("#q", "北京市总")
    v.page.press("#q", "Enter")
    v.page.wait_for_selector("#panel h2:text-is('北京市总工会')")
    v.frames()
    ui_select = time.perf_counter() - start
    v.page.screenshot(path=str(SHOTS / "graph-scale.png"))
    v.assert_clean()
    with capsys.disabled():
        print(
            f"\n[scale] 5000 nodes / 15000 edges: write_html {write_s:.1f} s, {path.stat().st_size / 1e6:.1f} MB; "
            f"open to first drawn frame {v.seconds:.1f} s (page's own clock {v.js('kgView.readyMs')} ms); "
            f"search {timings['search']} ms, select+panel {timings['select']} ms, "
            f"filter off/on {timings['filter_off']}/{timings['filter_on']} ms, "
            f"full redraw {timings['redraw']} ms, reset {timings['reset']} ms; "
            f"typed search to panel {ui_select:.1f} s"
        )
