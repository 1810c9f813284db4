"""Score ``kg build`` on the real-text evaluation set: union news from many sites, with gold.

    python tools/eval_real.py                      # eval/real, the development part
    python tools/eval_real.py eval/real --split held   # the part held back (end of a session only)
    python tools/eval_real.py --split all -v DIR   # everything, listing every miss

``DIR`` (default ``eval/real``) holds one gold file per news item (``n07.json`` …, in the
format of ``../shared/eval/gold``) and, git-ignored, the texts under ``DIR/texts/``.  The
texts are third-party pages and never enter the repository: a gold file says where its
text came from (``query``, ``rank`` and ``url`` of the search tool's ``pages`` corpus), and
a missing text is named with those, to be fetched again, while the others are scored.

The selected texts are built together as one corpus (as a user builds a folder of
news, so people and unions are resolved across items), scored against all their gold
("set" line), then each item is built alone from the same cache and scored against its
own gold (one "doc" line each, with score.py's overall and ``applicable``, the same
without the parts that have nothing to score in that item).  The last line::

    eval_real split=dev documents=40 mean_overall=… mean_applicable=… set_overall=… entity_f1=… …
              event_recall=… event_attributes=… credit_f1=…   (one line)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _score(scorer: str, graph: Path, golds: list[Path], verbose: bool) -> tuple[dict, list[str]]:
    """score.py's figures (its --json object) for ``graph`` against ``golds``, and with
    ``verbose`` its list of misses and false positives."""
    run = subprocess.run(
        [sys.executable, scorer, str(graph), *map(str, golds), "--json"], capture_output=True, text=True, check=True
    )
    detail: list[str] = []
    if verbose:
        listing = subprocess.run(
            [sys.executable, scorer, str(graph), *map(str, golds), "-v"], capture_output=True, text=True, check=True
        ).stdout
        detail = [line for line in listing.splitlines() if line.startswith(("FN", "FP", "~"))]
    return json.loads(run.stdout), detail


def _build(inputs: list[Path], out: Path, cwd: Path, env: dict[str, str]) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "kg", "build", *map(str, inputs), "-o", str(out)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
    )
    if run.returncode not in (0, 3):  # 3: some input skipped, said on stderr
        raise SystemExit(f"kg build failed ({run.returncode}): {run.stderr.strip()[-800:]}")


def _applicable(s: dict, gold: dict, detail: list[str]) -> float:
    """The overall figure with the parts that have nothing to score left out.

    score.py gives F1 0 to a part whose gold is empty even when the graph rightly holds
    nothing of it (an item with no posts, no byline), so an item's overall can never reach
    1 and the per-item mean says less than it seems.  A part counts here only when the gold
    holds something of it or the graph holds something wrong of it."""

    def wrong(kind: str) -> bool:
        return any(line.split()[:2] == ["FP", kind] for line in detail)

    credits = sum(len(a.get("credits", [])) for a in gold.get("articles", [])) + len(gold.get("credits_only", []))
    parts = [s["entity_micro"]["f"]]
    if gold.get("relations") or wrong("relation"):
        parts.append(s["relation"]["f"])
    if gold.get("posts") or wrong("post"):
        parts.append(s["post"]["f"])
    if gold.get("events"):
        parts += [s["event"]["recall"], s["event"]["attributes"]]
    if credits or wrong("credit"):
        parts.append(s["credit"]["f"])
    if s.get("award"):
        parts.append(s["award"]["f"])
    return sum(parts) / len(parts)


def _figures(s: dict) -> str:
    return (
        f"overall={s['overall']:.3f} entity_f1={s['entity_micro']['f']:.3f} post_f1={s['post']['f']:.3f} "
        f"event_recall={s['event']['recall']:.3f} event_attributes={s['event']['attributes']:.3f} "
        f"credit_f1={s['credit']['f']:.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir", nargs="?", default=str(ROOT / "eval" / "real"), help="gold files, texts in DIR/texts/")
    ap.add_argument("--split", choices=("dev", "held", "all"), default="dev", help="which part (default dev)")
    ap.add_argument("--scorer", default=str(ROOT.parent / "shared" / "eval" / "score.py"))
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss and false positive")
    a = ap.parse_args(argv)
    folder = Path(a.dir)
    if not Path(a.scorer).is_file():
        print(f"eval_real: no scorer at {a.scorer} (--scorer)", file=sys.stderr)
        return 2
    items = []
    for gold in sorted(folder.glob("*.json")):
        meta = json.loads(gold.read_text(encoding="utf-8"))
        if a.split != "all" and meta.get("split", "dev") != a.split:
            continue
        text = folder / "texts" / meta["source"]
        if not text.is_file():
            print(
                f"missing text {text}: fetch it again from the search tool's pages corpus, "
                f"query {meta.get('query')!r}, rank {meta.get('rank')}, {meta.get('url')}",
                file=sys.stderr,
            )
            continue
        items.append((gold, text, meta))
    if not items:
        print(f"eval_real: no {a.split} item with its text in {folder}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="kg-eval-real-") as tmp:
        work = Path(tmp)
        corpus = work / "corpus"
        corpus.mkdir()
        for _, text, meta in items:
            shutil.copyfile(text, corpus / meta["source"])
        env = {**os.environ, "KG_CACHE_DIR": str(work / "cache"), "PYTHONPATH": str(ROOT)}
        _build([Path("corpus")], work / "out", work, env)
        overall, applicable = [], []
        for gold, _, meta in items:
            out = work / f"out-{gold.stem}"
            _build([Path("corpus") / meta["source"]], out, work, env)
            s, detail = _score(a.scorer, out / "graph.ttl", [gold], True)
            overall.append(s["overall"])
            applicable.append(_applicable(s, meta, detail))
            print(
                f"doc {gold.stem} {meta.get('split', 'dev')} {_figures(s)} applicable={applicable[-1]:.3f}  "
                f"{meta.get('outlet', '')}",
                flush=True,
            )
            if a.verbose:
                print("".join(f"    {line}\n" for line in detail), end="", flush=True)
        whole, _ = _score(a.scorer, work / "out" / "graph.ttl", [g for g, _, _ in items], False)
    print(f"set {_figures(whole)}")
    print(
        f"eval_real split={a.split} documents={len(items)} mean_overall={statistics.mean(overall):.3f} "
        f"mean_applicable={statistics.mean(applicable):.3f} " + _figures(whole).replace("overall=", "set_overall=", 1)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
