"""Named points where a build can be held, so that tests can act at a known moment.

The tests of ``kg build`` against signals and concurrent writers (tests/pipeline/test_outsets.py)
must kill a build *during* NLP, *during* export, *between* staging and switching its
output files, and change an input file *while* the workers run.  Timing alone hits those
moments by chance, so the build passes through named points: with
``KG_TEST_PAUSE=name[,name…]`` and ``KG_TEST_PAUSE_DIR=DIR`` in the environment, a process
reaching a listed point creates ``DIR/name.<pid>`` and waits until ``DIR/name.go``
exists.  Without ``KG_TEST_PAUSE`` (every normal run) a point costs one dictionary look-up.

The points, in the order a build reaches them:

* ``files-hashed``: the parent has hashed the inputs for the cache, the workers have not started;
* ``worker-task``: a worker process (the parent itself with ``--jobs 1``) is given a task;
* ``export``: the parent has made its staging folder in OUTDIR and is about to write into it;
* ``export-mid``: the parent has written the RDF files; with ``--jobs 2`` the side writer runs;
* ``staged``: every output file is staged and synced, nothing is committed yet;
* ``switch``: the commit marker is written and the first file switched (SIGINT/SIGTERM blocked).

They are for tests only; nothing else sets these variables.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

ENV_POINTS = "KG_TEST_PAUSE"
ENV_DIR = "KG_TEST_PAUSE_DIR"


def pause(name: str) -> None:
    """Hold here while a test asks for it (see the module doc); otherwise return at once."""
    points = os.environ.get(ENV_POINTS)
    if not points or name not in points.split(","):
        return
    folder = Path(os.environ.get(ENV_DIR) or ".")
    (folder / f"{name}.{os.getpid()}").write_text(str(os.getpid()), encoding="ascii")
    go = folder / f"{name}.go"
    while not go.exists():
        time.sleep(0.01)
