"""The HTML view: self-contained, shows every node, never runs text as code."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from kg.export import write_html
from tests import graphs
from tests.graphs import sample_graph

EXTERNAL = re.compile(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.IGNORECASE)


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("html") / "graph.html"
    write_html(sample_graph(), path)
    return path.read_text(encoding="utf-8")


def data_sets(page: str) -> tuple[list[dict], list[dict]]:
    """The node and edge arrays the page hands to ``vis.DataSet``."""
    decoder = json.JSONDecoder()
    found = [decoder.raw_decode(page, m.end())[0] for m in re.finditer(r"new vis\.DataSet\(", page)]
    assert len(found) == 2
    return found[0], found[1]


def test_self_contained(page):
    assert not EXTERNAL.search(page)
    assert not re.search(r"""url\(\s*["']?(?:https?:)?//""", page)
    assert "@import" not in page
    assert "new vis.Network(" in page and "vis-network" in page  # the library is inlined
    assert len(page) > 200_000


def test_every_node_is_shown_and_counted(page):
    G = sample_graph()
    nodes, edges = data_sets(page)
    assert {n["id"] for n in nodes} == set(G)
    assert f"{G.number_of_nodes()} 个节点" in page
    shown = [d for _, _, d in G.edges(data=True) if d["pred"] != "mentions"]
    assert len(edges) == len(shown)
    assert f"{len(shown)} 条关系" in page


def test_mentions_edges_are_optional(tmp_path):
    G = sample_graph()
    write_html(G, tmp_path / "all.html", include_mentions=True)
    _, edges = data_sets((tmp_path / "all.html").read_text(encoding="utf-8"))
    assert len(edges) == G.number_of_edges()
    assert "提及" in {e["label"] for e in edges}


def test_text_from_news_cannot_run(page):
    assert graphs.XSS not in page
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in page
    assert "</style>" not in page.split("</head>")[1]  # the alias "</style>" did not end up as markup
    nodes, _ = data_sets(page)
    nasty = next(n for n in nodes if n["id"] == graphs.NASTY_ID)
    assert nasty["title"].startswith(graphs.NASTY_LABEL)  # as text, whole
    assert graphs.XSS in nasty["title"]
    # the only script elements: the inlined library and the page's own script
    assert len(re.findall(r"^<script>", page, re.MULTILINE)) == 2


def test_styles_and_chinese_labels(page):
    nodes, edges = data_sets(page)
    by_id = {n["id"]: n for n in nodes}
    union, person = by_id["union:北京市总工会"], by_id["person:赵丽君"]
    assert union["color"] != person["color"] and union["shape"] != person["shape"]
    assert union["size"] > by_id["union:北京市服务工会"]["size"]  # 5 mentions against 1
    labels = {(e["from"], e["to"], e["label"]) for e in edges}
    assert ("union:北京市总工会", "area:110000", "位于") in labels
    assert (graphs.EVENT, "union:北京市服务工会", "主办") in labels
    assert ("person:赵丽君", "union:北京市总工会", "任职·副主席") in labels
    assert (graphs.ART, "person:张伟~2", "报道") in labels
    for name in ("工会", "机构", "行政区", "场所", "人物", "事件", "文章"):
        assert name in page.split('<div id="legend">')[1].split("</div>")[0]
    assert "Noto Sans CJK SC" in page


def test_physics_stops_after_stabilising(page):
    assert '"stabilization": {"enabled": true' in page
    assert re.search(r'once\("stabilizationIterationsDone".*?physics: \{enabled: false\}', page, re.DOTALL)


def test_same_bytes_whatever_the_order(tmp_path, page):
    write_html(sample_graph(13), tmp_path / "b.html")
    assert (tmp_path / "b.html").read_text(encoding="utf-8") == page


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node")
def test_page_script_runs(page, tmp_path):
    """The page's own script, run against a stand-in vis, builds the network and stops physics."""
    script = page.rsplit("<script>", 1)[1].split("</script>")[0]
    stub = """
    var calls = [];
    var vis = {
      DataSet: function (rows) { this.rows = rows; },
      Network: function (el, data, options) {
        calls.push([data.nodes.rows.length, data.edges.rows.length, options.physics.enabled]);
        this.once = function (ev, f) { calls.push(ev); f(); };
        this.setOptions = function (o) { calls.push(o.physics.enabled); };
      }
    };
    var document = {getElementById: function () { return {}; }};
    """
    run = stub + script + "\nconsole.log(JSON.stringify(calls));"
    (tmp_path / "run.js").write_text(run, encoding="utf-8")
    out = subprocess.run(["node", str(tmp_path / "run.js")], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    nodes, edges = data_sets(page)
    assert json.loads(out.stdout) == [[len(nodes), len(edges), True], "stabilizationIterationsDone", False]
