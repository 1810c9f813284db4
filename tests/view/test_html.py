"""The HTML view as a file: self-contained, built with pyvis, every node and edge, text as data.

What the page does in a browser is tested in ``tests/view/test_browser.py``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
import subprocess
import sys

import networkx as nx
import numpy as np
import pytest

from kg.errors import OutputError
from kg.graph.model import add_node, add_relation, new_graph
from kg.model.evidence import Evidence
from kg.view.config import is_large, view_config
from kg.view.html import _inline, build_network, page_data, render_html, write_html
from kg.view.info import node_size, zh_date
from kg.view.layout import spread_layout
from tests import graphs
from tests.graphs import ART, ART2, BJ, EVENT, HEADLINE, S1, S2, sample_graph

EXTERNAL = re.compile(r"""(?:src|href|action|poster|data)\s*=\s*["']?\s*(?:https?:|ftp:)?//""", re.IGNORECASE)


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("html") / "graph.html"
    write_html(sample_graph(), path)
    return path.read_text(encoding="utf-8")


def data_of(page: str) -> dict:
    """The JSON the page hands to its script."""
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.DOTALL)
    assert m, "no data block"
    return json.loads(m.group(1))


def scripts_of(page: str) -> list[str]:
    """The code of every script element that runs (not the JSON data block)."""
    return re.findall(r"<script>(.*?)</script>", page, re.DOTALL)


def test_self_contained(page):
    assert not EXTERNAL.search(page)
    assert not re.search(r"""url\(\s*["']?\s*(?:https?:)?//""", page)
    assert "@import" not in page
    assert "<link" not in page and "<iframe" not in page
    code = scripts_of(page)
    assert len(code) == 3  # vis-network from the installed pyvis package, our own view.js and tables.js
    assert "vis-network" in code[0] and "new vis.Network(" in code[1] and "kg-tables" in code[2]
    assert len(page) > 400_000
    for asset in ("bootstrap", "cdnjs", "jsdelivr", "unpkg", "tom-select"):
        assert asset not in page.lower()


def test_content_security_policy_admits_only_the_inlined_scripts(page):
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page).group(1)
    directives = dict([*d.strip().split(" ", 1), ""][:2] for d in csp.split(";"))
    assert directives["default-src"] == "'none'"  # so no connect, font, frame, media, object
    hashes = set(re.findall(r"'sha256-([^']+)'", directives["script-src"]))
    expected = {base64.b64encode(hashlib.sha256(c.encode()).digest()).decode() for c in scripts_of(page)}
    assert hashes == expected
    assert "unsafe" not in directives["script-src"]
    assert directives["img-src"] == "data:"
    # the CSP meta comes before any script or style
    assert page.index("Content-Security-Policy") < page.index("<script") and page.index("<style") > 0


def test_built_with_pyvis():
    from pyvis.network import Network

    G = sample_graph()
    net = build_network(G)
    assert isinstance(net, Network)
    assert net.num_nodes() == G.number_of_nodes() and net.num_edges() == G.number_of_edges()
    nodes, edges, _h, _ht, _w, options = net.get_network_data()
    data = page_data(G)
    assert data["nodes"] == nodes and data["edges"] == edges
    # pyvis's set_options drops spaces; the font names must survive it
    assert json.loads(options)["nodes"]["font"]["face"] == view_config()["font"]
    assert "Noto Sans CJK SC" in data["options"]["edges"]["font"]["face"]


def test_pyvis_is_not_imported_with_the_module():
    """pyvis imports IPython (about half a second), so only writing a page may load it."""
    code = "import sys, kg.view.html; print('pyvis' in sys.modules, 'IPython' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_every_node_and_edge_is_in_the_network(page):
    G = sample_graph()
    data = data_of(page)
    assert {n["id"] for n in data["nodes"]} == set(G)
    assert len(data["edges"]) == G.number_of_edges()
    assert {(e["from"], e["to"]) for e in data["edges"]} == {(u, v) for u, v in G.edges()}
    mentions = [e for e in data["edges"] if e["pred"] == "mentions"]
    assert mentions and all(e["hidden"] and e["physics"] is False for e in mentions)
    assert not any(e.get("hidden") for e in data["edges"] if e["pred"] != "mentions")
    assert set(data["info"]) == set(G)


def test_mentions_edges_can_be_shown_from_the_start(tmp_path):
    G = sample_graph()
    write_html(G, tmp_path / "all.html", include_mentions=True)
    data = data_of((tmp_path / "all.html").read_text(encoding="utf-8"))
    assert data["includeMentions"] is True
    assert not any(e.get("hidden") for e in data["edges"])
    assert "提及" in {e["label"] for e in data["edges"]}


def test_text_from_news_cannot_run(page):
    assert graphs.XSS not in page
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in page
    _head, body = page.split("</head>")
    assert "</style>" not in body  # the alias "</style>" did not end up as markup
    block = re.search(r'id="kg-data">(.*?)</script>', page, re.DOTALL).group(1)
    assert "<" not in block and ">" not in block and "&" not in block
    assert len(re.findall(r"^<script", page, re.MULTILINE)) == 5  # data, vis, view.js, tables' data, tables.js
    data = data_of(page)
    nasty = data["info"][graphs.NASTY_ID]
    assert nasty["name"] == graphs.NASTY_LABEL  # whole, as text
    assert graphs.XSS in nasty["aliases"]
    # our script never writes markup: no innerHTML, outerHTML, insertAdjacentHTML, document.write, eval
    view_js = scripts_of(page)[1]
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in view_js


def test_only_web_addresses_become_links():
    G = sample_graph()
    add_node(G, "article:x#0", "Article", "标题", source="x", index=0, url="javascript:alert(1)")
    info = page_data(G)["info"]
    assert info[ART]["url"] == "https://www.example.org/news/1.html?id=1&p=2"
    assert "url" not in info["article:x#0"]


def test_styles_sizes_and_chinese_labels(page):
    data = data_of(page)
    by_id = {n["id"]: n for n in data["nodes"]}
    union, person = by_id[BJ], by_id["person:赵丽君"]
    assert union["color"] != person["color"] and union["shape"] != person["shape"]
    assert union["size"] > by_id["union:北京市服务工会"]["size"]  # 5 mentions against 1
    labels = {(e["from"], e["to"], e["label"]) for e in data["edges"]}
    assert (BJ, "area:110000", "位于") in labels
    assert ("union:朝阳区总工会", BJ, "隶属") in labels
    assert (EVENT, "union:北京市服务工会", "主办") in labels
    assert (EVENT, "person:赵丽君", "参加") in labels
    assert ("person:赵丽君", BJ, "任职·副主席") in labels
    assert (ART, "person:张伟~2", "报道") in labels
    assert [c["name"] for c in data["classes"]] == ["工会", "机构", "行政区", "场所", "人物", "事件", "文章"]
    assert len({(c["color"], c["shape"]) for c in data["classes"]}) == 7
    assert "Noto Sans CJK SC" in page.split("<style>", 1)[1] and "Microsoft YaHei" in page
    assert data["text"]["reset"] == "重置" and data["fields"]["aliases"] == "别名"


def test_node_size_grows_with_mentions_and_is_bounded():
    sizes = [node_size(m) for m in (0, 1, 4, 25, 10_000)]
    assert sizes == sorted(sizes) and sizes[0] == view_config()["size"]["min"]
    assert sizes[-1] == view_config()["size"]["max"]
    assert node_size("not a number") == node_size(None) == sizes[0]


def test_evidence_with_headlines_posts_and_dates(page):
    data = data_of(page)
    info = data["info"]
    post = next(e for e in data["edges"] if e["from"] == "person:赵丽君" and e.get("role") == "副主席")
    assert data["evidence"][post["id"]] == [[ART, S1, 0.95], [ART, S2, 0.6]]  # best first, one per span
    assert data["articles"][ART] == [HEADLINE, "2025年4月1日", "本报"]
    assert data["articles"][ART2][0] == "" and info[ART2]["untitled"] is True
    assert info[BJ]["aliases"] == ["市总工会"] and info[BJ]["mentions"] == 5
    facts = dict(map(tuple, info[EVENT]["facts"]))
    assert facts == {"日期": "2025年3月28日", "人数": "140"}
    assert dict(map(tuple, info[graphs.EVENT_MD]["facts"]))["日期"] == "4月1日"
    literal = dict(map(tuple, [(k, len(v)) for k, v in info[EVENT]["literal"]]))
    assert literal == {"日期": 1, "人数": 2}
    assert dict(map(tuple, info["area:110000"]["facts"])) == {"区划代码": "110000", "级别": "省级"}
    awards = dict((h, rows) for h, rows in info["person:宗晓畅"]["awards"])
    assert awards["亦城工匠"][0][1] == graphs.S5 and awards["首都劳动奖章"] == []
    gazetteer = [e for e in data["edges"] if e["pred"] == "partOf"]
    assert all(data["sources"][e["id"]] == graphs.GAZETTEER for e in gazetteer)
    assert all(e["id"] not in data["evidence"] for e in gazetteer)


@pytest.mark.parametrize(
    ("iso", "zh"),
    [
        ("2025-03-28", "2025年3月28日"),
        ("2025-03", "2025年3月"),
        ("2025", "2025年"),
        ("--04-01", "4月1日"),
        ("--12", "12月"),
        ("", ""),
        ("三月", "三月"),
    ],
)
def test_dates_read_as_chinese(iso, zh):
    assert zh_date(iso) == zh


def test_parallel_edges_bend_apart():
    data = page_data(sample_graph())
    posts = [e for e in data["edges"] if e["from"] == "person:赵丽君" and e["to"] == BJ]
    assert len(posts) == 2
    assert posts[0]["smooth"] != posts[1]["smooth"]
    assert "smooth" not in next(e for e in data["edges"] if e["pred"] == "organizer" and e["from"] == EVENT)


def test_physics_settles_then_stops(page):
    data = data_of(page)
    physics = data["options"]["physics"]
    assert physics["enabled"] is True and physics["stabilization"]["enabled"] is True
    assert 0 < physics["stabilization"]["iterations"] <= 1000
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])  # a head start
    view_js = scripts_of(page)[1]
    assert re.search(r'once\("stabilizationIterationsDone", settled\)', view_js)
    assert "physics: { enabled: false }" in view_js


def test_same_bytes_whatever_the_order(tmp_path, page):
    write_html(sample_graph(13), tmp_path / "b.html")
    assert (tmp_path / "b.html").read_text(encoding="utf-8") == page


def test_empty_graph_and_bare_nodes():
    assert '"nodes":[]' in render_html(new_graph())
    G = nx.MultiDiGraph()
    G.add_node("x")  # no class, no label: shown with the fallback style
    G.add_edge("x", "x", key="k", pred="locatedIn")
    data = page_data(G)
    assert data["nodes"][0]["label"] == "x" and data["classes"][-1]["name"] == "其他"
    assert data["info"]["x"]["cls"] == ""


def test_title_is_escaped():
    html = render_html(sample_graph(), title="<b>工会</b>")
    assert "<title>&lt;b&gt;工会&lt;/b&gt;</title>" in html


def test_refuses_code_that_would_end_its_element():
    with pytest.raises(OutputError):
        _inline("var a = '</script>';", "script")
    with pytest.raises(OutputError):
        _inline("a{} </STYLE>", "style")
    assert _inline("var a = 1;", "script") == "var a = 1;"


def big_graph(n: int, m: int, seed: int = 3) -> nx.MultiDiGraph:
    rng = np.random.default_rng(seed)
    G = new_graph()
    for i in range(n):
        add_node(G, f"p{i}", "Person", f"人{i}")
    made = 0
    while made < m:
        u, v = (int(x) for x in rng.integers(0, n, 2))
        if u != v and not G.has_edge(f"p{u}", f"p{v}"):
            add_relation(G, f"p{u}", "partOf", f"p{v}", Evidence(ART, 0, 1, "句", 0.5))
            made += 1
    return G


def test_large_graphs_are_laid_out_here_and_keep_still():
    n = view_config()["large"]["nodes"] + 1
    assert is_large(n, 0) and not is_large(100, 300)
    data = page_data(big_graph(n, n))
    assert data["large"] is True
    assert data["options"]["physics"]["enabled"] is False
    assert data["options"]["edges"]["smooth"]["enabled"] is False
    xy = np.array([[node["x"], node["y"]] for node in data["nodes"]])
    assert np.isfinite(xy).all() and len({tuple(p) for p in xy.tolist()}) == n


def test_layout_keeps_edges_short_and_components_apart():
    # two dense clusters, a path, and lone nodes
    src, dst = [], []
    for base in (0, 30):  # a ring with chords: connected
        for i in range(30):
            for step in (1, 7):
                src.append(base + i)
                dst.append(base + (i + step) % 30)
    for i in range(60, 79):
        src.append(i)
        dst.append(i + 1)
    n = 90  # 80..89 are alone
    pos = spread_layout(n, np.array(src), np.array(dst), iterations=150, seed=1)
    assert pos.shape == (n, 2) and np.isfinite(pos).all()
    edge_len = np.sqrt(((pos[src] - pos[dst]) ** 2).sum(1))
    assert np.median(edge_len) < 3.0  # ideal length 1
    comps = [range(0, 30), range(30, 60), range(60, 80), range(80, 90)]
    discs = []
    for c in comps:
        pts = pos[list(c)]
        mid = pts.mean(axis=0)
        discs.append((mid, np.sqrt(((pts - mid) ** 2).sum(1)).max()))
    for a in range(len(discs)):
        for b in range(a + 1, len(discs)):
            gap = np.linalg.norm(discs[a][0] - discs[b][0]) - discs[a][1] - discs[b][1]
            assert gap > 0, (a, b, gap)
    # nearest neighbours are not on top of each other
    d = np.sqrt(((pos[:, None] - pos[None]) ** 2).sum(2)) + np.eye(n) * 1e9
    assert d.min() > 0.2
    again = spread_layout(n, np.array(src), np.array(dst), iterations=150, seed=1)
    assert np.array_equal(pos, again)


@pytest.mark.parametrize("n", [0, 1, 2])
def test_layout_of_tiny_graphs(n):
    src = np.array([0] if n == 2 else [], dtype=np.int64)
    dst = np.array([1] if n == 2 else [], dtype=np.int64)
    pos = spread_layout(n, src, dst)
    assert pos.shape == (n, 2) and np.isfinite(pos).all()
    if n == 2:
        assert 0.3 < math.dist(pos[0], pos[1]) < 3
