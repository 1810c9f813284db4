"""Speed benchmark: do the 任职/活动/文章 tables slow down the opening of a large view?

Not a test: run it by hand (``python benchmarks/view_tables.py``; needs Chromium and
Playwright, as the browser tests).  It writes the view of a graph of ``--nodes`` nodes
(tests/view/test_browser.py's ``scale_graph``, three edges per node) and opens, in
headless Chromium with the network blocked, that page and the same page with the tables'
data block emptied (the baseline: the page as it was without tables), ``--runs`` times
each, alternating, and takes the median and the least time from navigation to the first
drawn frame (on a shared machine the least is the steadier figure: the others wait for CPU).
On the full page it then times opening each tab (first rows drawn), a sort and a filter.
The last line is machine-readable::

    view_tables nodes=<n> rows=<posts>/<events>/<articles> open_ms=<t> baseline_ms=<t> ratio=<t/baseline>
        min_ms=<t> min_baseline_ms=<t> min_ratio=<t/baseline>
        tab_ms=<posts>/<events>/<articles> sort_ms=<t> filter_ms=<t> bytes=<page>/<tables data>
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.view.html import render_html  # noqa: E402
from tests.view.test_browser import CHROMIUM_FLAGS, chromium_path, scale_graph  # noqa: E402

DATA_BLOCK = re.compile(r'(<script type="application/json" id="kg-tables">)(.*?)(</script>)', re.DOTALL)

TIMED = """async ([name, q]) => {
  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const out = {};
  async function time(label, f) { await frames(); const t = performance.now(); f(); await frames();
                                  out[label] = performance.now() - t; }
  await time("tab", () => document.getElementById("tab-" + name).click());
  await time("sort", () => document.querySelector(`#tables-${name} th button`).click());
  const box = document.getElementById("q");
  await time("filter", () => { box.value = q; box.dispatchEvent(new Event("input")); });
  box.value = ""; box.dispatchEvent(new Event("input"));
  return out; }"""


def open_ms(browser, path: Path) -> tuple[float, object]:
    context = browser.new_context(viewport={"width": 1400, "height": 900}, service_workers="block")
    context.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
    page = context.new_page()
    start = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready]", state="attached", timeout=300_000)
    return (time.perf_counter() - start) * 1000, (context, page)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--nodes", type=int, default=5000, help="nodes of the graph (edges: three per node)")
    ap.add_argument("--runs", type=int, default=3, help="openings of each page (the median counts)")
    args = ap.parse_args()
    executable = chromium_path()
    if executable is None:
        raise SystemExit("view_tables: Chromium not found (/usr/bin/chromium or KG_CHROMIUM)")
    from playwright.sync_api import sync_playwright

    G = scale_graph(args.nodes, 3 * args.nodes)
    page_text = render_html(G)
    data = DATA_BLOCK.search(page_text)
    baseline_text = DATA_BLOCK.sub(lambda m: m.group(1) + m.group(3), page_text)
    with tempfile.TemporaryDirectory(prefix="kg-view-tables-") as tmp:
        full, base = Path(tmp) / "full.html", Path(tmp) / "base.html"
        full.write_text(page_text, encoding="utf-8")
        base.write_text(baseline_text, encoding="utf-8")
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_FLAGS)
            got: dict[str, list[float]] = {"full": [], "base": []}
            for _ in range(args.runs):
                for name, path in (("base", base), ("full", full)):
                    ms, (context, _page) = open_ms(browser, path)
                    got[name].append(ms)
                    context.close()
            _ms, (context, page) = open_ms(browser, full)
            rows = page.evaluate(
                "() => ['posts', 'events', 'articles'].map((k) => "
                "JSON.parse(document.getElementById('kg-tables').textContent)[k].length)"
            )
            timed = {name: page.evaluate(TIMED, [name, "1"]) for name in ("posts", "events", "articles")}
            context.close()
            browser.close()
    full_ms, base_ms = statistics.median(got["full"]), statistics.median(got["base"])
    sort_ms = max(t["sort"] for t in timed.values())
    filter_ms = max(t["filter"] for t in timed.values())
    tabs = "/".join(f"{timed[k]['tab']:.0f}" for k in ("posts", "events", "articles"))
    print(
        f"opened {args.runs}x each: with tables {[round(x) for x in got['full']]} ms, "
        f"without {[round(x) for x in got['base']]} ms"
    )
    print(
        f"view_tables nodes={args.nodes} rows={'/'.join(map(str, rows))} open_ms={full_ms:.0f} "
        f"baseline_ms={base_ms:.0f} ratio={full_ms / base_ms:.2f} min_ms={min(got['full']):.0f} "
        f"min_baseline_ms={min(got['base']):.0f} min_ratio={min(got['full']) / min(got['base']):.2f} tab_ms={tabs} "
        f"sort_ms={sort_ms:.0f} filter_ms={filter_ms:.0f} "
        f"bytes={len(page_text.encode())}/{len(data.group(2).encode())}"
    )


if __name__ == "__main__":
    main()
