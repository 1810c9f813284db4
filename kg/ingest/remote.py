"""Inputs given as URLs (``s3://bucket/news/``, ``file:///srv/news``), read through fsspec.

A build on a cluster (kg.pipeline.cluster) reads its inputs in the workers, on other
machines: the paths must be ones every worker can read, a shared file system or an
object store.  fsspec gives one interface to all of them, each through its own package
(``s3fs``, ``gcsfs``, ``adlfs``…) installed where it is needed; local paths are read
as before.  A URL names the files it finds as the user spelled it (``s3://b/news`` +
``/2025/a.txt``), like a folder does, so that the names — and the article ids made of
them — do not depend on how fsspec normalises paths.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import PurePosixPath
from typing import Any

from kg.errors import InputError

URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_GLOB_CHARS = re.compile(r"[*?\[]")


def is_url(spec: str) -> bool:
    """Whether an input is a URL for fsspec rather than a local path."""
    return bool(URL.match(spec))


def _fs(url: str) -> tuple[Any, str]:
    """The fsspec file system of ``url`` and the path inside it; InputError when there is none."""
    try:
        import fsspec

        return fsspec.core.url_to_fs(url)
    except ImportError as exc:  # s3:// without s3fs and the like
        raise InputError(url, f"cannot read this URL: {exc}") from None
    except ValueError as exc:  # an unknown protocol
        raise InputError(url, f"cannot read this URL: {exc}") from None


def find_remote(spec: str, supported: tuple[str, ...]) -> tuple[list[tuple[str, str]], InputError | None]:
    """(name, url) of each readable file ``spec`` names, in name order, or why there is none.

    As for local inputs: a file named explicitly must have a supported extension; in a
    folder or glob, other files and hidden ones are passed over.
    """
    try:
        fs, root = _fs(spec)
        base = spec.rstrip("/")
        if _GLOB_CHARS.search(root):
            found = [(fs.unstrip_protocol(p), p) for p in sorted(fs.glob(root)) if fs.isfile(p)]
            why = "no readable files match this pattern"
        elif fs.isdir(root):
            top = root.rstrip("/")
            found = [(f"{base}/{p[len(top) :].lstrip('/')}", p) for p in sorted(fs.find(root))]
            why = f"no {'/'.join(supported)} files in this folder"
        elif fs.exists(root):
            if PurePosixPath(root).suffix.lower() not in supported:
                suffix = PurePosixPath(root).suffix or "(none)"
                return [], InputError(spec, f"unsupported file type {suffix!r}; expected one of {', '.join(supported)}")
            return [(spec, spec)], None
        else:
            return [], InputError(spec, "no such file or folder")
    except InputError as exc:
        return [], exc
    except OSError as exc:
        return [], InputError(spec, f"cannot list ({exc.strerror or exc})")
    keep = []
    for name, path in found:
        rel = (
            PurePosixPath(name[len(base) :].lstrip("/"))
            if name.startswith(base)
            else PurePosixPath(PurePosixPath(path).name)
        )
        if rel.suffix.lower() in supported and not any(part.startswith(".") for part in rel.parts):
            keep.append((name, fs.unstrip_protocol(path)))
    return keep, (None if keep else InputError(spec, why))


def read_url(url: str, name: str) -> tuple[bytes, float | None]:
    """The bytes at ``url`` and their modification time (seconds since the epoch, None when
    the store does not say), or InputError saying why they cannot be read."""
    fs, path = _fs(url)
    try:
        with fs.open(path, "rb") as fh:
            data = fh.read()
        info = fs.info(path)
    except OSError as exc:
        raise InputError(name, f"cannot read ({exc.strerror or exc})") from None
    return data, _modified(info)


def _modified(info: dict[str, Any]) -> float | None:
    """When a file was last changed, from what its store reports (names differ by store)."""
    for key in ("mtime", "LastModified", "last_modified", "updated", "created"):
        value = info.get(key)
        if isinstance(value, datetime):
            return value.timestamp()
        if isinstance(value, (int, float)):
            return float(value)
        if isinstance(value, str):
            try:
                return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
            except ValueError:
                continue
    return None


def url_size(url: str) -> int:
    """The size of the file at ``url`` (0 when it cannot be known), for planning tasks."""
    try:
        fs, path = _fs(url)
        return int(fs.size(path) or 0)
    except (InputError, OSError, TypeError, ValueError):
        return 0
