"""An output folder's files as one set: a reader sees one build's files, never two builds' mixed.

``kg build`` writes several files (graph.ttl, graph.json, graph.graphml, graph.html…)
that only make sense together: ``--update`` reads graph.json and the cache copies all of
them.  Renaming each file into place is atomic for that file, not for the set, so a
build killed between two renames, or two builds into the same folder, could leave
graph.ttl of one build beside graph.json of another.  This module makes the set switch
as one step, with three parts:

* **A lock** (``fcntl.flock`` on ``OUTDIR/.kg-lock``) held by a build from its start
  (``--update``: from reading the previous graph.json) to the end of its switch; a second
  build into the same folder waits for it, saying once on stderr which pid it waits for.
  The kernel drops the lock when its holder dies, however it dies, so a crash never
  leaves the folder locked; the file is removed when the lock is let go (a waiter that
  then holds a removed file notices it and locks the new one).
* **Staging and a commit marker.**  Every file is written into a hidden folder
  ``OUTDIR/.kg-stage-*`` and synced to disk.  Then the marker ``OUTDIR/.kg-commit`` (JSON:
  the staging folder, the files to move in, and kg's files of an earlier set that this
  set has not, such as a graph.nt no longer asked for) is renamed into place, the
  files are renamed over the old ones, the stale ones removed, and the marker and the
  staging folder dropped.  SIGINT, SIGTERM and SIGHUP wait during those few system calls
  (their handlers run right after), so only SIGKILL or a power cut can stop a switch
  half way, and the marker says how to finish it.
* **Settling.**  Whatever opens the folder (a build under its lock; ``kg query``,
  ``kg validate`` and ``kg push`` of a folder or of a file in it, when no build holds
  the lock) first finishes a committed switch (rolls it forward: the new set was whole
  on disk before the marker existed) and removes staging folders without a marker
  (a build that died before committing: the old set is still in place) and temporary
  files older versions left.  A reader that finds a live build in the middle of its
  switch waits the milliseconds it takes.

Why this and not a manifest that readers follow: the files stay where users, scripts
and the browser expect them (``OUTDIR/graph.ttl``), readers of one file need nothing new
(each rename is atomic), and only the rare crash leaves anything to settle.  A
temporary folder swapped in place of OUTDIR would need OUTDIR to be ours alone, and it
is not: users keep their own files there (``output/.gitkeep``), which are never touched.

The lock and ``settle`` are Linux/POSIX (``fcntl``); the names below are the only
entries of OUTDIR that kg creates besides its output files.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import re
import shutil
import signal
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.errors import OutputError
from kg.testhooks import pause

LOCK = ".kg-lock"
MARKER = ".kg-commit"
STAGE_PREFIX = ".kg-stage-"
# every file kg build may write into OUTDIR (kg.rdf.formats): a set replaces all of them
OUTPUT_NAMES = ("graph.ttl", "graph.nt", "graph.jsonld", "graph.json", "graph.graphml", "graph.html")
# temporary files of kg.fileio.atomic_open left in OUTDIR by a crash of an older version
_OLD_TMP = re.compile(r"^\.graph\.(ttl|nt|jsonld|json|graphml|html)\..+\.tmp$")
_DEFERRED = tuple(getattr(signal, n) for n in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, n))
SWITCH_WAIT = 5.0  # seconds a reader waits for a live build's switch to end


@dataclass
class _Held:
    fd: int
    count: int
    created: bool  # this process made the folder (removed again if the build leaves nothing)


_held: dict[str, _Held] = {}  # real path of a folder -> its lock, held by this process


def _forget_inherited() -> None:
    """In a forked child: the parent's locks are not the child's (the parent keeps them)."""
    for held in _held.values():
        with contextlib.suppress(OSError):
            os.close(held.fd)
    _held.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_inherited)


# --------------------------------------------------------------------------- the lock


def _holder(fd: int) -> str:
    """The pid the lock file names (its holder writes it right after locking)."""
    for _ in range(20):
        with contextlib.suppress(OSError, ValueError):
            text = os.pread(fd, 32, 0).decode("ascii").strip()
            if text:
                return text
        time.sleep(0.05)
    return "?"


def _lock(folder: Path, wait: bool, echo: Callable[[str], object] | None) -> int | None:
    """An fd holding the folder's lock; None when ``wait`` is false and another process holds it."""
    path = folder / LOCK
    said = False
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if not wait:
                    os.close(fd)
                    return None
                if not said and echo is not None:
                    pid = _holder(fd)
                    who = f"pid {pid} (another kg build)" if pid != "?" else f"the process holding {path}"
                    echo(f"kg: waiting for {who} to finish with {folder}")
                    said = True
                fcntl.flock(fd, fcntl.LOCK_EX)
            try:
                same = os.stat(path).st_ino == os.fstat(fd).st_ino
            except FileNotFoundError:
                same = False
            if not same:  # the holder we waited for removed the file: lock the one there now
                os.close(fd)
                continue
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
            return fd
        except BaseException:
            with contextlib.suppress(OSError):
                os.close(fd)
            raise


def _unlock(fd: int, folder: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(folder / LOCK)  # while still held: see _lock
    os.close(fd)


@contextlib.contextmanager
def locked(folder: str | os.PathLike[str], echo: Callable[[str], object] | None = None) -> Iterator[Path]:
    """Hold the output folder's lock (made if need be) for the block; settle it first.

    Re-entrant within a process, so that ``kg build --update`` holds it from reading the
    previous graph to publishing, around the build that also takes it.  ``echo`` is told
    once when another process holds it and this one waits.
    """
    out = Path(folder)
    key = os.path.realpath(out)
    held = _held.get(key)
    if held is not None:
        held.count += 1
        try:
            yield out
        finally:
            held.count -= 1
        return
    created = not out.exists()
    try:
        out.mkdir(parents=True, exist_ok=True)
        fd = _lock(out, True, echo)
    except OSError as exc:
        raise OutputError(f"{out}: cannot write here ({exc.strerror or exc})") from None
    assert fd is not None
    _held[key] = _Held(fd, 1, created)
    try:
        _settle_locked(out)
        yield out
    finally:
        del _held[key]
        _unlock(fd, out)
        if created:
            with contextlib.suppress(OSError):
                out.rmdir()  # only when the build left nothing in it


# --------------------------------------------------------------------------- staging and switching


def _fsync(path: Path, directory: bool = False) -> None:
    fd = os.open(path, os.O_RDONLY | (os.O_DIRECTORY if directory else 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def _signals_deferred() -> Iterator[None]:
    """SIGINT, SIGTERM and SIGHUP wait until the block ends; then their handlers run.

    Python runs signal handlers in the main thread whichever thread the kernel picks,
    so blocking the signals in this thread would not be enough: the handlers are
    replaced for the block instead (only possible in the main thread).
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    old = {sig: signal.signal(sig, lambda signum, frame: caught.append(signum)) for sig in _DEFERRED}
    try:
        yield
    finally:
        for sig, handler in old.items():
            signal.signal(sig, handler)
        for sig in dict.fromkeys(caught):
            signal.raise_signal(sig)


def _switch(folder: Path, plan: dict) -> None:
    """Move the committed files into place and drop the marker; safe to run again."""
    stage = folder / str(plan["stage"])
    for i, name in enumerate(plan["files"]):
        src = stage / name
        if src.exists():  # (gone: switched before a crash)
            os.replace(src, folder / name)
        if i == 0:
            pause("switch")
    for name in plan.get("remove", []):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(folder / name)
    _fsync(folder, directory=True)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(folder / MARKER)
    shutil.rmtree(stage, ignore_errors=True)


def _read_marker(folder: Path) -> dict | None:
    try:
        plan = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        plan = None
    names = plan.get("files") if isinstance(plan, dict) else None
    stage = plan.get("stage") if isinstance(plan, dict) else None
    ok = (
        isinstance(stage, str)
        and stage.startswith(STAGE_PREFIX)
        and "/" not in stage
        and isinstance(names, list)
        and all(n in OUTPUT_NAMES for n in names + list(plan.get("remove", [])))
    )
    if not ok:  # not one of ours (a marker is renamed into place whole): finish nothing
        return {"stage": None, "files": [], "remove": []}
    return plan


def _settle_locked(folder: Path) -> None:
    """Finish a committed switch; remove uncommitted staging and old temporary files."""
    plan = _read_marker(folder)
    if plan is not None:
        if plan["stage"] is None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(folder / MARKER)
        else:
            _switch(folder, plan)
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if entry.name.startswith(STAGE_PREFIX) and entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
            elif _OLD_TMP.match(entry.name) and entry.is_file(follow_symlinks=False):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def _leftovers(folder: Path) -> bool:
    try:
        names = os.listdir(folder)
    except OSError:
        return False
    return any(n in (MARKER, LOCK) or n.startswith(STAGE_PREFIX) or _OLD_TMP.match(n) for n in names)


def settle(folder: str | os.PathLike[str]) -> None:
    """Before reading an output folder: finish what a killed build left (see the module doc).

    Costs one directory listing when there is nothing to do.  Settles only when no build
    holds the folder (a live build's staging is its own); waits out a live switch.
    Never fails: a folder this process may not write is read as it is.
    """
    out = Path(folder)
    if not _leftovers(out):
        return
    if os.path.realpath(out) in _held:
        _settle_locked(out)
        return
    try:
        fd = _lock(out, False, None)
    except OSError:
        return
    if fd is None:  # a build holds the folder; if it is switching, that takes milliseconds
        deadline = time.monotonic() + SWITCH_WAIT
        while (out / MARKER).exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        return
    try:
        _settle_locked(out)
    finally:
        _unlock(fd, out)


class Staging:
    """A hidden folder inside OUTDIR where a build writes its set before switching it in."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        try:
            self.path = Path(tempfile.mkdtemp(prefix=STAGE_PREFIX, dir=folder))
        except OSError as exc:
            raise OutputError(f"{folder}: cannot write here ({exc.strerror or exc})") from None
        self.committed = False

    def commit(self, names: Sequence[str]) -> list[Path]:
        """Switch the staged ``names`` in as the folder's set; their paths in the folder."""
        names = list(dict.fromkeys(names))
        unknown = [n for n in names if n not in OUTPUT_NAMES]
        if unknown:
            raise ValueError(f"not an output file of kg build: {unknown}")
        try:
            for name in names:
                _fsync(self.path / name)
            _fsync(self.path, directory=True)
            stale = [n for n in OUTPUT_NAMES if n not in names and (self.folder / n).exists()]
            plan = {"stage": self.path.name, "files": names, "remove": stale}
            pause("staged")
            with _signals_deferred():
                tmp = self.path / (MARKER + ".tmp")
                with tmp.open("w", encoding="utf-8") as fh:
                    json.dump(plan, fh)
                    fh.flush()
                    os.fsync(fh.fileno())
                os.rename(tmp, self.folder / MARKER)
                _fsync(self.folder, directory=True)
                self.committed = True
                _switch(self.folder, plan)
        except OSError as exc:
            if exc.errno == errno.ENOSPC:
                raise OutputError(f"{self.folder}: no space left to write the outputs") from None
            raise OutputError(f"{self.folder}: cannot write the outputs ({exc.strerror or exc})") from None
        return [self.folder / n for n in names]

    def discard(self) -> None:
        if not self.committed:
            shutil.rmtree(self.path, ignore_errors=True)


@contextlib.contextmanager
def staging(folder: str | os.PathLike[str], echo: Callable[[str], object] | None = None) -> Iterator[Staging]:
    """A staging folder in ``folder``, under its lock; removed unless committed."""
    with locked(folder, echo) as out:
        stage = Staging(out)
        try:
            yield stage
        finally:
            stage.discard()


__all__ = ["LOCK", "MARKER", "OUTPUT_NAMES", "STAGE_PREFIX", "Staging", "locked", "settle", "staging"]
