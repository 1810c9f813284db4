"""A build's output files are one set: a killed, interrupted or concurrent build never mixes two.

Real ``kg build`` processes receive real signals at named points of the build (see
kg.testhooks): while the workers run, while the second process writes graph.json and
graph.html, after every file is staged, and in the middle of the switch.  Afterwards
the output folder holds, byte for byte, the whole set of the earlier build or the whole
set of the new one, no process of the build is left, and once the next command has run
no staging or temporary file is left either (the user's own files stay).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest

from kg.pipeline.build import BuildOptions, run_build
from tests.conftest import ROOT, SEEDS
from tests.linked_helpers import kg

OUTPUTS = ("graph.ttl", "graph.json", "graph.graphml", "graph.html")
EPOCH = "1743465600"
SEED_FILES = sorted(p.name for p in SEEDS.glob("*.txt"))
THIRD = ROOT / "tests" / "corpus" / "docs" / "c04_suzhou_contest.txt"

# slow: real `kg build` processes signalled at chosen points (~35 s)
pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="signals and /proc: Linux"),
    pytest.mark.slow,
]


# --------------------------------------------------------------------------- helpers


def digests(folder: Path) -> dict[str, str]:
    return {n: hashlib.sha256((folder / n).read_bytes()).hexdigest() for n in OUTPUTS if (folder / n).exists()}


def ref_build(folder: Path, inputs: list[Path]) -> dict[str, str]:
    """A normal build in this process (the same bytes as ``kg build``): the digests of its set."""
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    try:
        opts = BuildOptions(inputs=[str(p) for p in inputs], outdir=folder, progress=False, jobs=1, cache=False)
        run_build(opts, echo=lambda m: None)
    finally:
        if old is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old
    return digests(folder)


def kg_processes(token: str) -> list[int]:
    """Live processes started by one test build (they carry its token in their environment)."""
    needle = f"KG_TEST_TOKEN={token}".encode()
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if needle in (proc / "environ").read_bytes().split(b"\0"):
                state = (proc / "stat").read_text().rsplit(")", 1)[1].split()[0]
                if state != "Z":
                    found.append(int(proc.name))
        except OSError:
            pass
    return found


class Build:
    """``kg build …`` in a process of its own, held at the named points of kg.testhooks."""

    def __init__(self, args: list[str], work: Path, points: tuple[str, ...] = (), cache: Path | None = None) -> None:
        self.token = uuid.uuid4().hex
        self.pausedir = work / f"pause-{self.token[:8]}"
        self.pausedir.mkdir(parents=True)
        env = {
            **os.environ,
            "SOURCE_DATE_EPOCH": EPOCH,
            "KG_TEST_PAUSE": ",".join(points),
            "KG_TEST_PAUSE_DIR": str(self.pausedir),
            "KG_TEST_TOKEN": self.token,
            "PYTHONPATH": str(ROOT),
        }
        if cache is not None:
            env["KG_CACHE_DIR"] = str(cache)
        else:
            args = [*args, "--no-cache"]
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "kg", "build", *args],
            cwd=work,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        self.stderr: list[str] = []
        self._reader = threading.Thread(target=self._read_stderr, daemon=True)
        self._reader.start()

    def _read_stderr(self) -> None:
        for line in self.proc.stderr:  # type: ignore[union-attr]
            self.stderr.append(line)

    def reached(self, point: str, timeout: float = 180) -> int:
        """Wait until a process of the build holds at ``point``; its pid."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            hits = sorted(self.pausedir.glob(f"{point}.[0-9]*"))
            if hits:
                return int(hits[0].name.rsplit(".", 1)[1])
            if self.proc.poll() is not None:
                self._reader.join(5)
                pytest.fail(f"the build ended ({self.proc.returncode}) before {point}: {''.join(self.stderr)}")
            time.sleep(0.02)
        pytest.fail(f"the build did not reach {point}")

    def go(self, point: str) -> None:
        (self.pausedir / f"{point}.go").touch()

    def said(self, text: str, timeout: float = 180) -> bool:
        """Wait until the build says ``text`` on stderr (True) or ends without saying it."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(text in line for line in self.stderr):
                return True
            if self.proc.poll() is not None:
                self._reader.join(5)
                return any(text in line for line in self.stderr)
            time.sleep(0.02)
        return False

    def wait(self, timeout: float = 300) -> int:
        rc = self.proc.wait(timeout=timeout)
        self._reader.join(5)
        return rc

    def strays(self, timeout: float = 15) -> list[int]:
        """Processes of this build still alive ``timeout`` seconds after it ended."""
        deadline = time.monotonic() + timeout
        while (left := kg_processes(self.token)) and time.monotonic() < deadline:
            time.sleep(0.05)
        return left

    def cleanup(self) -> None:
        for point in ("files-hashed", "worker-task", "side-writer", "export", "export-mid", "staged", "switch"):
            self.go(point)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        for pid in kg_processes(self.token):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(timeout=10)


@pytest.fixture
def builds():
    started: list[Build] = []

    def start(*args, **kw) -> Build:
        b = Build(*args, **kw)
        started.append(b)
        return b

    yield start
    for b in started:
        b.cleanup()


@pytest.fixture(scope="module")
def sets(tmp_path_factory) -> dict[str, object]:
    """Inputs and the digests of the two sets an output folder may hold: old (one seed
    file) and new (both), and a folder large enough for two worker tasks."""
    base = tmp_path_factory.mktemp("sets")
    news = base / "news"
    news.mkdir()
    for name in SEED_FILES:
        shutil.copyfile(SEEDS / name, news / name)
    big = base / "big"
    big.mkdir()
    text = "\n\n".join((SEEDS / n).read_text(encoding="utf-8") for n in SEED_FILES)
    for i in range(3):
        (big / f"{i}.txt").write_text(text * 3, encoding="utf-8")  # 3 x 60 KB: two tasks for two workers
    old = ref_build(base / "ref-old", [news / SEED_FILES[0]])
    new = ref_build(base / "ref-new", [news])
    assert old.keys() == new.keys() == set(OUTPUTS) and all(old[n] != new[n] for n in OUTPUTS)
    return {"news": news, "big": big, "old": old, "new": new, "ref-old": base / "ref-old"}


def old_folder(sets, tmp_path: Path) -> Path:
    """An output folder holding the old set and a file of the user's."""
    out = tmp_path / "out"
    shutil.copytree(sets["ref-old"], out)
    (out / ".gitkeep").write_text("mine\n")
    return out


def after_next_command(out: Path) -> set[str]:
    """Run a reader of the folder (``kg query OUT``); what the folder holds afterwards."""
    result = kg("query", str(out), "ASK { ?s a kgo:Build }")
    assert result.exit_code == 0 and "true" in result.output, result.output
    return {p.name for p in out.iterdir()}


def check_whole(out: Path, sets, expect: str) -> None:
    got = digests(out)
    which = [name for name in ("old", "new") if got == sets[name]]
    assert which == [expect], {n: (got.get(n), sets["old"][n], sets["new"][n]) for n in OUTPUTS}


# --------------------------------------------------------------------------- signals


KILLS = [
    # (signal, point where the build is held, build arguments, set the folder must hold)
    ("SIGKILL", "worker-task", "big", "old"),
    ("SIGKILL", "side-writer", "news", "old"),
    ("SIGKILL", "export-mid", "news", "old"),
    ("SIGKILL", "staged", "news", "old"),
    ("SIGKILL", "switch", "news", "new"),
    ("SIGINT", "export-mid", "news", "old"),
    ("SIGINT", "switch", "news", "new"),
    ("SIGTERM", "worker-task", "big", "old"),
    ("SIGTERM", "side-writer", "news", "old"),
    ("SIGTERM", "switch", "news", "new"),
]


@pytest.mark.parametrize(("signame", "point", "inputs", "expect"), KILLS, ids=[f"{k[0]}-{k[1]}" for k in KILLS])
def test_a_signal_leaves_one_whole_set_and_no_process(sets, tmp_path, builds, signame, point, inputs, expect):
    out = old_folder(sets, tmp_path)
    points = (point, "export-mid") if point == "side-writer" else (point,)
    b = builds([str(sets[inputs]), "-o", str(out), "--jobs", "2"], tmp_path, points)
    held = b.reached(point)
    if point == "side-writer":
        b.reached("export-mid")  # the parent is past the RDF files, its second process holds
    if point == "worker-task" and held == b.proc.pid:
        pytest.fail("the task ran in the parent, not in a worker")
    os.kill(b.proc.pid, getattr(signal, signame))  # the build's own process, as `kill PID` does
    if point == "switch" and signame != "SIGKILL":
        b.go(point)  # SIGINT and SIGTERM wait until the switch is done; elsewhere they stop the hold
    rc = b.wait()
    assert rc == {"SIGKILL": -9, "SIGINT": 130, "SIGTERM": -15}[signame], "".join(b.stderr)
    if signame == "SIGTERM":  # it cleaned up first, then ended by the signal
        assert "kg: stopped by SIGTERM" in "".join(b.stderr)
    assert b.strays() == [], f"processes of the build outlived it ({point})"
    if not (signame == "SIGKILL" and point == "switch"):  # (that one is finished by the next command)
        check_whole(out, sets, expect)
    assert after_next_command(out) == {*OUTPUTS, ".gitkeep"}
    check_whole(out, sets, expect)
    assert (out / ".gitkeep").read_text() == "mine\n"


def test_ctrl_c_reaches_every_process_of_the_build_and_leaves_one_set(sets, tmp_path, builds):
    """Ctrl-C in a terminal signals the whole process group: the workers too."""
    out = old_folder(sets, tmp_path)
    b = builds([str(sets["big"]), "-o", str(out), "--jobs", "2"], tmp_path, ("worker-task",))
    b.reached("worker-task")
    os.killpg(b.proc.pid, signal.SIGINT)
    b.go("worker-task")
    assert b.wait() == 130
    assert "interrupted" in "".join(b.stderr)
    assert b.strays() == []
    check_whole(out, sets, "old")
    assert after_next_command(out) == {*OUTPUTS, ".gitkeep"}


# --------------------------------------------------------------------------- concurrent writers


def test_a_second_build_into_the_same_folder_waits_for_the_first(sets, tmp_path, builds):
    out = old_folder(sets, tmp_path)
    first = builds([str(sets["news"] / SEED_FILES[1]), "-o", str(out), "--jobs", "2"], tmp_path, ("export-mid",))
    first.reached("export-mid")
    second = builds([str(sets["news"]), "-o", str(out), "--jobs", "2"], tmp_path)
    waited = second.said(f"waiting for pid {first.proc.pid}")
    first.go("export-mid")
    assert first.wait() == 0 and second.wait() == 0, "".join(first.stderr + second.stderr)
    check_whole(out, sets, "new")  # the set of the second build, whole
    assert waited, "".join(second.stderr)
    assert sum("waiting for pid" in line for line in second.stderr) == 1
    assert after_next_command(out) == {*OUTPUTS, ".gitkeep"}


def recorded_names(out: Path) -> tuple[set[str], set[str]]:
    """The input files the build record names, in graph.json and in graph.ttl."""
    from rdflib import Graph

    from kg.rdf.vocab import KGO

    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    in_json = {Path(d["name"]).name for d in data["graph"]["build"]["inputs"]}
    g = Graph().parse(out / "graph.ttl")
    in_ttl = {Path(str(o)).name for s in g.subjects(None, KGO.InputFile) for o in g.objects(s, KGO.sourceFile)}
    return in_json, in_ttl


def test_two_concurrent_updates_both_land(sets, tmp_path, builds):
    """Two ``--update`` runs with different new files: the graph ends up holding both."""
    out = old_folder(sets, tmp_path)
    one = tmp_path / "one"
    two = tmp_path / "two"
    one.mkdir()
    two.mkdir()
    shutil.copyfile(sets["news"] / SEED_FILES[1], one / SEED_FILES[1])
    shutil.copyfile(THIRD, two / THIRD.name)
    first = builds([str(one), "-o", str(out), "--update", "--jobs", "1"], tmp_path, ("export",))
    first.reached("export")
    second = builds([str(two), "-o", str(out), "--update", "--jobs", "1"], tmp_path)
    second.said("waiting for pid")
    first.go("export")
    assert first.wait() == 0 and second.wait() == 0, "".join(first.stderr + second.stderr)
    in_json, in_ttl = recorded_names(out)
    assert in_json == in_ttl == {SEED_FILES[0], SEED_FILES[1], THIRD.name}
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    sources = {Path(d["source"]).name for d in data["nodes"] if d.get("cls") == "Article"}
    assert sources == {SEED_FILES[0], SEED_FILES[1], THIRD.name}


# --------------------------------------------------------------------------- the cache against a changing file


def test_a_file_rewritten_during_the_build_is_never_cached_under_its_old_hash(sets, tmp_path, builds):
    """The parent hashes a file to look it up, a worker reads it later: rewritten between
    the two, the result of the new text must not be stored under the old text's hash."""
    news = tmp_path / "news"
    news.mkdir()
    path = news / "a.txt"
    first_text, second_text = ((SEEDS / n).read_bytes() for n in SEED_FILES)
    path.write_bytes(first_text)
    cache = tmp_path / "cache"
    out = tmp_path / "out"
    b = builds([str(news), "-o", str(out), "--jobs", "1"], tmp_path, ("files-hashed",), cache=cache)
    b.reached("files-hashed")
    path.write_bytes(second_text)
    b.go("files-hashed")
    assert b.wait() == 0, "".join(b.stderr)
    # this build holds what it read, recorded under the hash of what it read
    assert digests(out) == ref_build(tmp_path / "ref-second", [news])
    record = json.loads((out / "graph.json").read_text(encoding="utf-8"))["graph"]["build"]["inputs"]
    assert [d["sha256"] for d in record] == [hashlib.sha256(second_text).hexdigest()]

    path.write_bytes(first_text)  # back to the text the first build hashed
    again = builds([str(news), "-o", str(tmp_path / "again"), "--jobs", "1"], tmp_path, cache=cache)
    assert again.wait() == 0, "".join(again.stderr)
    assert digests(tmp_path / "again") == ref_build(tmp_path / "ref-first", [news])
    assert "changed while the build ran" in "".join(b.stderr)  # the first build said so


# --------------------------------------------------------------------------- what a switch replaces


def test_a_new_set_replaces_kg_files_of_the_old_one_and_nothing_else(tmp_path):
    """A build without graph.nt after one with it: the stale graph.nt goes with the old set
    (a reader must never find an N-Triples file of another build); the user's files stay."""
    from kg.pipeline.outputs import write_outputs
    from tests.graphs import sample_graph

    out = tmp_path / "out"
    G = sample_graph()
    first = write_outputs(G, out, ("ttl", "nt"))
    assert (out / "graph.nt") in first
    mine = {".gitkeep": "", "notes.txt": "mine", "graph.txt": "not kg's", ".graph.ttl.bak": "a copy"}
    for name, text in mine.items():
        (out / name).write_text(text)
    written = write_outputs(G, out, ("ttl",))
    assert {p.name for p in written} == set(OUTPUTS)
    assert {p.name for p in out.iterdir()} == set(OUTPUTS) | set(mine)
    assert all((out / n).read_text() == t for n, t in mine.items())
