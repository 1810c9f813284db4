"""``kg`` run as its own process, as a user's shell runs it: for tests that signal it or
watch it while a cluster works."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT


def kg_process(*args: str, env: dict[str, str] | None = None, **kw) -> subprocess.Popen:
    """``python -m kg ARGS`` from the project's folder, its output captured as text."""
    return subprocess.Popen(
        [sys.executable, "-m", "kg", *args],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kw,
    )
