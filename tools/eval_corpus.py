"""Score ``kg build`` on each hand-made corpus document against its gold (not a test).

    python tools/eval_corpus.py [--scorer ../shared/eval/score.py] [-v]

Prints one line per document and the mean overall score; a document whose build fails
scores 0 and its line gives the build's error.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=str(ROOT / "tests" / "corpus"))
    ap.add_argument("--scorer", default=str(ROOT.parent / "shared" / "eval" / "score.py"))
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("only", nargs="*", help="document stems to score (default: all)")
    a = ap.parse_args()
    docs = sorted(p for p in (Path(a.corpus) / "docs").iterdir() if p.is_file())
    total = []
    for doc in docs:
        if a.only and doc.stem not in a.only:
            continue
        gold = Path(a.corpus) / "gold" / f"{doc.stem}.json"
        with tempfile.TemporaryDirectory() as tmp:
            built = subprocess.run(
                [sys.executable, "-m", "kg", "build", str(doc), "-o", tmp], capture_output=True, text=True
            )
            if built.returncode:
                # a page kg refuses scores 0, as a user would see it: nothing in the graph
                total.append(0.0)
                reason = (built.stderr.strip().splitlines() or ["no message"])[-1]
                print(f"{doc.name:<32} overall 0.000  build failed: {reason}")
                continue
            out = subprocess.run(
                [sys.executable, a.scorer, f"{tmp}/graph.ttl", str(gold), "--json"],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            s = json.loads(out)
            if a.verbose:
                print(
                    subprocess.run(
                        [sys.executable, a.scorer, f"{tmp}/graph.ttl", str(gold), "-v"], capture_output=True, text=True
                    ).stdout
                )
        total.append(s["overall"])
        print(
            f"{doc.name:<32} overall {s['overall']:.3f}  entity F1 {s['entity_micro']['f']:.3f}  "
            f"relation F1 {s['relation']['f']:.3f}  post F1 {s['post']['f']:.3f}  "
            f"event R {s['event']['recall']:.3f} attrs {s['event']['attributes']:.3f}  "
            f"credit F1 {s['credit']['f']:.3f}"
        )
    if total:
        print(f"mean overall {sum(total) / len(total):.3f} over {len(total)} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
