"""A reader that closes ``kg``'s stdout early (``kg … | head -1``) ends it quietly.

Real processes and real pipes: the pipe's reading end is closed before ``kg`` writes,
so that its first write meets a reader that is gone, whatever the timing.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from kg.pipes import EXIT_PIPE_CLOSED
from tests.linked_helpers import ROOT, seeds_build

# slow: real `kg` processes writing into closed pipes (~5 s)
pytestmark = pytest.mark.slow

UNIONS = "SELECT ?l WHERE { ?u a kgo:TradeUnion ; rdfs:label ?l } ORDER BY ?l"


def run_into_closed_pipe(*args: str) -> subprocess.CompletedProcess:
    """``kg ARGS`` with a stdout pipe whose reader is already gone."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            [sys.executable, "-m", "kg.cli", *args],
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=write_end,
            stderr=subprocess.PIPE,
            timeout=300,
        )
    finally:
        os.close(write_end)


@pytest.mark.parametrize(
    "args",
    [
        ["articles", "seeds"],
        ["query", "--list"],
        ["query", "{graph}", UNIONS, "--format", "csv"],
        ["query", "{graph}", UNIONS],
        ["validate", "{graph}"],
        ["cache", "info"],
        ["--help"],
        ["--version"],
        ["build", "--help"],
    ],
    ids=["articles", "query-list", "query-csv", "query-table", "validate", "cache", "help", "version", "build-help"],
)
def test_a_closed_stdout_ends_every_command_quietly(args):
    args = [a.replace("{graph}", str(seeds_build())) for a in args]
    result = run_into_closed_pipe(*args)
    assert result.stderr.decode() == ""
    assert result.returncode == EXIT_PIPE_CLOSED


def test_a_build_whose_summary_nobody_reads(tmp_path):
    result = run_into_closed_pipe("build", "seeds/000_ba22a2eb888b9f8c.txt", "-o", str(tmp_path), "--no-cache")
    # the progress lines go to stderr, which is still open: only the closed stdout is quiet
    assert "Traceback" not in result.stderr.decode() and "error" not in result.stderr.decode()
    assert result.returncode == EXIT_PIPE_CLOSED
    assert (tmp_path / "graph.ttl").exists()


def test_head_reads_the_first_line_and_kg_ends_quietly():
    shell = f"set -o pipefail; {sys.executable} -m kg.cli articles seeds | head -1"
    result = subprocess.run(["bash", "-c", shell], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.stdout.startswith("000_ba22a2eb888b9f8c.txt#0\t")
    assert result.stdout.count("\n") == 1
    # 0 when kg had written everything before head left (then its summary follows on
    # stderr as usual), else the quiet 141 with nothing on stderr
    assert (result.returncode, result.stderr) in ((0, "13 articles from 2 files\n"), (EXIT_PIPE_CLOSED, ""))


def test_a_broken_pipe_that_is_not_stdout_is_still_an_error():
    from click.testing import CliRunner

    import kg.cli

    @kg.cli.main.command("raise-broken-pipe")
    def _raise() -> None:
        raise BrokenPipeError(32, "Broken pipe (a socket)")

    try:
        result = CliRunner().invoke(kg.cli.main, ["raise-broken-pipe"])
    finally:
        kg.cli.main.commands.pop("raise-broken-pipe")
    assert result.exit_code == 1 and "internal error: BrokenPipeError" in result.stderr
