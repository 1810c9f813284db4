"""Fuzz smoke test: ``tools/fuzz_build.py`` on a few random documents, with a fixed seed.

The full run is by hand (``python tools/fuzz_build.py 300``); here 20 documents in 2
batches check that hostile inputs (odd encodings, file names, broken HTML and JSON
lines …) end every build with a documented exit code and a valid graph.
"""

from __future__ import annotations

import importlib.util
import random
import re
import subprocess
import sys

import pytest

from tests.linked_helpers import ROOT

# slow: the fuzzer builds 20 hostile documents in `kg` processes (~9 s)
pytestmark = pytest.mark.slow

TOOL = ROOT / "tools" / "fuzz_build.py"
SEED = 20260515


def fuzz_module():
    spec = importlib.util.spec_from_file_location("fuzz_build", TOOL)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("fuzz_build", module)  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.mark.fuzz
def test_fuzz_smoke_20_documents_in_2_batches(tmp_path):
    run = subprocess.run(
        [sys.executable, str(TOOL), "20", "--seed", str(SEED), "--batch", "10", "--keep", str(tmp_path / "kept")],
        capture_output=True,
        text=True,
        timeout=1200,
        cwd=ROOT,
    )
    last = run.stdout.strip().splitlines()[-1]
    assert re.fullmatch(r"fuzz documents=20 batches=2 crashes=\d+ seconds=\d+", last), run.stdout
    assert run.returncode == 0 and "crashes=0" in last, run.stdout


@pytest.mark.fuzz
def test_the_documents_depend_on_the_seed_alone():
    fuzz = fuzz_module()
    vocab = fuzz.Vocab.load()

    def docs(seed: int) -> list[tuple[bytes, bytes]]:
        writer = fuzz.Writer(random.Random(seed), vocab)
        return [(d.name, d.data) for d in (writer.document(i) for i in range(200))]

    first = docs(SEED)
    assert first == docs(SEED)
    assert first != docs(SEED + 1)
    names = [name for name, _ in first]
    assert {n.rsplit(b".", 1)[-1].lower() for n in names} >= {b"txt", b"md", b"html", b"jsonl"}
    assert any(b"\n" in n or b"\x1b" in n for n in names)
    assert any(not _utf8(n) for n in names) and any(not _utf8(d) for _, d in first)


def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
