"""Finding input files and reading their text (decoded by kg.ingest.decoding).

Inputs are files, folders (walked recursively) and glob patterns.
"""

from __future__ import annotations

import dataclasses
import errno
import glob
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from kg.errors import InputError, InputNote
from kg.ingest.decoding import decode_noting
from kg.ingest.remote import find_remote, is_url, read_url

SUPPORTED = (
    ".txt",
    ".md",
    ".markdown",
    ".html",
    ".htm",
    ".jsonl",
    ".json",
    ".xml",
    ".rss",
    ".atom",
    ".ics",
    ".csv",
    ".srt",
    ".vtt",
    ".docx",
    ".doc",
    ".wps",
    ".xlsx",
    ".xls",
    ".pdf",
    ".rtf",
    ".odt",
    ".fodt",
    ".ods",
    ".odp",
    ".fods",
    ".fodp",
    ".pptx",
    ".ofd",
    ".eml",
    ".mhtml",
    ".mht",
)
_GLOB_CHARS = re.compile(r"[*?\[]")


@dataclass(frozen=True)
class SourceFile:
    path: Path  # where to read it
    name: str  # how messages name it: a POSIX path as the user's input spelled it
    # how the outputs name it: the path inside the folder given (a file given directly:
    # its file name), so that nothing of where the inputs lie leaks into a graph
    rel: str = ""
    url: str | None = None  # read it through fsspec from here instead (kg.ingest.remote)

    @property
    def shown(self) -> str:
        """The name outputs give the file (``rel``, else ``name``)."""
        return self.rel or self.name


def _display(p: str | os.PathLike[str]) -> str:
    return printable_name(PurePosixPath(Path(os.path.normpath(p)).as_posix()).as_posix())


def printable_name(name: str) -> str:
    """A file name as text every output can hold: bytes that are not UTF-8 (a GBK name
    out of a zip) and control characters written as ``%XX``.

    Names become article ids, IRIs and literals; Python keeps undecodable bytes of a
    name as lone surrogates, which no UTF-8 output accepts.  The file is still opened
    by its real path (``SourceFile.path``).
    """
    if name.isprintable():
        return name
    out = []
    for ch in name:
        if "\udc80" <= ch <= "\udcff":  # a byte os.fsdecode could not decode
            out.append(f"%{ord(ch) - 0xDC00:02X}")
        elif unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp"):
            out.append("".join(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass")))
        else:
            out.append(ch)
    return "".join(out)


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def _walk(folder: Path, shown: str, root: Path | None = None) -> list[SourceFile]:
    found: list[tuple[str, Path]] = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for fn in filenames:
            p = Path(dirpath) / fn
            rel = p.relative_to(folder)
            if _hidden(rel) or p.suffix.lower() not in SUPPORTED:
                continue
            found.append((rel.as_posix(), p))
    found.sort()
    base = PurePosixPath(Path(os.path.relpath(folder, root)).as_posix()) if root is not None else PurePosixPath()
    return [SourceFile(p, _display(PurePosixPath(shown) / rel), _display(base / rel)) for rel, p in found]


def _glob_root(spec: str) -> Path:
    """The folder a glob pattern's matches are named relative to: the part before its first wildcard."""
    head = spec[: _GLOB_CHARS.search(spec).start()]  # type: ignore[union-attr]
    return Path(head if head.endswith(("/", os.sep)) else os.path.dirname(head) or ".")


def _unique_rel(files: list[SourceFile], roots: dict[str, str]) -> list[SourceFile]:
    """The files with output names made unique: two inputs holding the same path (``kg build
    a/ b/``, both with ``000.txt``) are named after the folder they were given in
    (``a/000.txt``, ``b/000.txt``; a ``~2`` follows a folder name given twice)."""
    count: dict[str, int] = {}
    for sf in files:
        if sf.rel:  # (a URL's file is named by its URL: kg.ingest.remote)
            count[sf.rel] = count.get(sf.rel, 0) + 1
    if all(n == 1 for n in count.values()):
        return files
    taken = {sf.rel for sf in files if count[sf.rel] == 1}
    out = []
    for sf in files:
        if count.get(sf.rel, 0) > 1:
            label, k = roots[sf.name], 1
            rel = f"{label}/{sf.rel}"
            while rel in taken:
                k += 1
                rel = f"{label}~{k}/{sf.rel}"
            taken.add(rel)
            sf = dataclasses.replace(sf, rel=rel)
        out.append(sf)
    return out


def _root_label(root: Path) -> str:
    """The name of the folder ``root`` stands for (its absolute last part: ``.`` -> the working folder's name)."""
    try:
        name = root.resolve().name
    except (OSError, RuntimeError):
        name = root.name
    return printable_name(name or "root")


def find_sources(inputs: list[str]) -> tuple[list[SourceFile], list[InputError]]:
    """Expand inputs into files in a stable order, with a problem for each bad input.

    Each file gets the name outputs show (``SourceFile.rel``): its path inside the folder
    or below the glob's fixed part it was found through, or its file name when named
    directly -- never where that folder lies, so that a graph built elsewhere is the same
    and shows no local folders.  Names two inputs share are made unique (``_unique_rel``).

    An input that is a URL (``s3://…``, ``file://…``) is listed through fsspec
    (kg.ingest.remote) and its files are read through it.
    A file named explicitly must have a supported extension; inside folders and glob
    matches, other files (images, PDFs, notes) are passed over quietly, but a folder
    or glob that yields nothing readable is a problem.
    """
    files: list[SourceFile] = []
    problems: list[InputError] = []
    seen: set[Path] = set()
    roots: dict[str, str] = {}  # each file's name -> the name of the folder it was found in
    urls: set[str] = set()

    def add(sf: SourceFile, root: Path) -> None:
        if sf.url is not None:
            if sf.url not in urls:
                urls.add(sf.url)
                files.append(sf)
            return
        try:
            key = sf.path.resolve()
        except (OSError, RuntimeError):  # a loop of symbolic links (RuntimeError before Python 3.13)
            problems.append(InputError(sf.name, "symbolic link loop"))
            return
        if key not in seen:
            seen.add(key)
            files.append(sf)
            roots[sf.name] = _root_label(root)

    for spec in inputs:
        path = Path(spec)
        if is_url(spec):
            found_urls, problem = find_remote(spec, SUPPORTED)
            if problem is not None:
                problems.append(InputError(printable_name(problem.path), problem.reason))
            for name, url in found_urls:
                add(SourceFile(Path(PurePosixPath(url.split("://", 1)[1])), printable_name(name), url=url), path)
        elif path.is_dir():
            found = _walk(path, spec)
            if not found:
                problems.append(InputError(printable_name(spec), f"no {'/'.join(SUPPORTED)} files in this folder"))
            for sf in found:
                add(sf, path)
        elif path.exists():
            if path.suffix.lower() not in SUPPORTED:
                problems.append(
                    InputError(
                        printable_name(spec),
                        f"unsupported file type {path.suffix or '(none)'!r}; expected one of {', '.join(SUPPORTED)}",
                    )
                )
            else:
                add(SourceFile(path, _display(spec), printable_name(path.name)), path.parent)
        elif _GLOB_CHARS.search(spec):
            root = _glob_root(spec)
            matches = sorted(glob.glob(spec, recursive=True))
            hits: list[SourceFile] = []
            for m in matches:
                mp = Path(m)
                if mp.is_dir():
                    hits.extend(_walk(mp, m, root))
                elif mp.suffix.lower() in SUPPORTED and not _hidden(Path(mp.name)):
                    hits.append(SourceFile(mp, _display(m), _display(os.path.relpath(mp, root))))
            if not hits:
                problems.append(InputError(printable_name(spec), "no readable files match this pattern"))
            for sf in hits:
                add(sf, root)
        else:
            problems.append(InputError(_display(spec), _missing(path)))
    return _unique_rel(files, roots), problems


def _missing(path: Path) -> str:
    """Why a path names nothing: no such file, or a link to nowhere, or a loop of links."""
    if not path.is_symlink():
        return "no such file or folder"
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop"
    return "symbolic link to a missing file"


def read_bytes(sf: SourceFile) -> bytes:
    """A file's bytes, or InputError saying why they cannot be read."""
    if sf.url is not None:  # through fsspec, on any store (kg.ingest.remote)
        return read_url(sf.url, sf.name)[0]
    try:
        return sf.path.read_bytes()
    except OSError as exc:
        raise InputError(sf.name, f"cannot read ({exc.strerror or exc})") from None


def read_text(sf: SourceFile, notes: list[InputNote] | None = None, data: bytes | None = None) -> str:
    """The decoded text of a file (of ``data``, its bytes, when the caller read them);
    what decoding lost is added to ``notes``."""
    data = read_bytes(sf) if data is None else data
    text, note = decode_noting(data, sf.name)
    if note is not None and notes is not None:
        notes.append(InputNote(sf.name, note))
    return text
