"""Time to first frame of the HTML view on a 5,000-node graph, against drawing everything.

Not a test: run it by hand (``python benchmarks/view_open.py``) and paste its last line
into notes.  It generates the archive-sized graph of the view tests (invented names,
``tests/view/large_graph.py``), writes two pages of it, and opens each ``--repeat``
times in Chromium (``/usr/bin/chromium`` or ``KG_CHROMIUM``), every request blocked:

(a) the page as built: the core drawn first, nodes linked only by mentions held back;
(b) the baseline: the same graph with every node drawn from the start (the view before
    the overview existed).

It prints, per page, the write time, the size, the page's own time to its first drawn
frame (``kgView.readyMs``), the wall time from ``goto`` to ready, the nodes drawn, the
zoom and the labels of 12 px or more on the first frame; then the ratios.  With
``--shots`` it also saves ``output/view_5000.png`` and, from ``kg build seeds/``,
``output/view_seeds.png``.  The last line is machine-readable::

    view_open nodes=<n> ready_ms=<ms> baseline_ms=<ms> ratio=<r> labels=<k>
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.view.config import view_config  # noqa: E402
from kg.view.html import write_html  # noqa: E402
from tests.view.large_graph import large_graph  # noqa: E402

FLAGS = ["--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=http://127.0.0.1:9"]
FIRST_FRAME = """() => ({ready: kgView.readyMs, shown: kgView.shown().length, scale: kgView.network.getScale(),
                         labels: kgView.labelsOnScreen().filter(l => l.px >= 12).length})"""


def _open(browser, path: Path, size: tuple[int, int], shot: Path | None = None) -> dict[str, float]:
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    context.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
    page = context.new_page()
    start = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready]", state="attached", timeout=300_000)
    wall = time.perf_counter() - start
    out = dict(page.evaluate(FIRST_FRAME), wall_ms=round(wall * 1000))
    if shot:
        shot.parent.mkdir(exist_ok=True)
        page.screenshot(path=str(shot))
    context.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--nodes", type=int, default=5000, help="nodes of the generated graph (default 5000)")
    parser.add_argument("--repeat", type=int, default=3, help="openings of each page; the median is printed")
    parser.add_argument("--shots", action="store_true", help="save output/view_5000.png and output/view_seeds.png")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    G = large_graph(args.nodes)
    rows: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        chrome = os.environ.get("KG_CHROMIUM") or "/usr/bin/chromium"
        browser = pw.chromium.launch(executable_path=chrome, headless=True, args=FLAGS)
        pages = {}
        for name in ("overview", "baseline"):
            path = Path(tmp) / f"{name}.html"
            core = view_config()["core"]
            saved = core["above"]
            if name == "baseline":
                core["above"] = 10**9  # every node drawn from the start
            start = time.perf_counter()
            write_html(G, path, include_mentions=name == "baseline")
            write_s = time.perf_counter() - start
            core["above"] = saved
            pages[name] = path
            runs = [_open(browser, path, (1600, 1000)) for _ in range(args.repeat)]
            row = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
            row.update(write_s=round(write_s, 1), mb=round(path.stat().st_size / 1e6, 1))
            rows[name] = row
            print(
                f"{name:9s} write {row['write_s']} s, {row['mb']} MB; first frame {row['ready']:.0f} ms "
                f"(wall {row['wall_ms']:.0f} ms); {row['shown']:.0f} nodes drawn at zoom {row['scale']:.2f}, "
                f"{row['labels']:.0f} labels >= 12 px"
            )
        if args.shots:
            _open(browser, pages["overview"], (1600, 1000), ROOT / "output" / "view_5000.png")
            out = Path(tmp) / "seeds"
            subprocess.run(
                [sys.executable, "-m", "kg", "build", str(ROOT / "seeds"), "-o", str(out)],
                check=True,
                capture_output=True,
            )
            _open(browser, out / "graph.html", (1600, 1000), ROOT / "output" / "view_seeds.png")
        browser.close()
    a, b = rows["overview"], rows["baseline"]
    print(
        f"ratio overview/baseline: first frame {a['ready'] / max(b['ready'], 1):.2f}, "
        f"wall {a['wall_ms'] / b['wall_ms']:.2f}"
    )
    print(
        f"view_open nodes={G.number_of_nodes()} ready_ms={a['ready']:.0f} baseline_ms={b['ready']:.0f} "
        f"ratio={a['ready'] / max(b['ready'], 1):.2f} labels={a['labels']:.0f}"
    )


if __name__ == "__main__":
    main()
