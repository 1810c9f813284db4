"""Finding input files and turning their bytes into text.

Inputs are files, folders (walked recursively) and glob patterns.  Encodings are
detected, not assumed: the news this project reads comes as UTF-8 (with or without a
BOM) and as GB18030/GBK from older sites, and a wrong guess silently garbles names.
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
from kg.ingest.normalize import t2s_converter
from kg.ingest.remote import find_remote, is_url, read_url
from kg.lexicon.chars import HAN_COMMON

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
_HAN = re.compile(f"[{HAN_COMMON}]")


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


# -- decoding ---------------------------------------------------------------------------

# GB18030 accepts most byte strings, so a file in another legacy encoding (Big5) also
# "decodes" as GB18030 -- into rare characters, kana and private-use code points.  Real
# Chinese text keeps nearly all its non-ASCII characters among the common Han characters
# (GB2312, directly or after t2s conversion) and CJK punctuation.
PLAUSIBLE_COMMON_SHARE = 0.9
_PUNCTUATION = re.compile("[\u2010-\u206f\u3000-\u303f\uff00-\uffef\u00b7\u00d7]")


def _common_share(text: str, sample: int = 20_000) -> float:
    """Share of the (first ``sample``) non-ASCII characters that are common Han characters
    or CJK punctuation."""
    wide = [ch for ch in text[: 4 * sample] if ord(ch) > 0x7F and not ch.isspace()][:sample]
    if not wide:
        return 1.0
    conv = t2s_converter()
    common = 0
    for ch in wide:
        if _PUNCTUATION.match(ch):
            common += 1
            continue
        if not _HAN.match(ch):
            continue
        for c in (ch, conv.convert(ch)):
            try:
                c.encode("gb2312")
            except UnicodeEncodeError:
                continue
            common += 1
            break
    return common / len(wide)


# Control (Cc) but not line or tab, private-use (Co) and surrogate (Cs) characters: what
# a binary file decoded as text is full of.
_CONTROL_RE = re.compile(
    "[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]"
)


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    return len(_CONTROL_RE.findall(text)) / len(text)


# A UTF-8 file with a few stray bytes (a cut multi-byte character, a byte of another
# encoding pasted in) is still that text: a replacement (U+FFFD, with a warning) for at
# most this share of its valid non-ASCII characters.  Text in another encoding read as
# UTF-8 turns nearly every Chinese character into replacements.
STRAY_SHARE = 0.05
# Legacy encodings tried in order, each kept only when the result reads as Chinese.
LEGACY = ("gb18030", "big5")


def decode(data: bytes, name: str) -> str:
    """Decode a file's bytes, or raise InputError saying why it is not text."""
    return decode_noting(data, name)[0]


def decode_noting(data: bytes, name: str) -> tuple[str, str | None]:
    """A file's text and, when reading it lost something, a note saying what.

    Order: strict UTF-8 (a BOM is dropped); UTF-8 with a few stray bytes replaced; the
    legacy Chinese encodings (GB18030, a superset of GBK and GB2312, then Big5) when the
    result reads as Chinese; charset-normalizer's best guess.  Raises InputError saying
    why the bytes are not text.
    """
    if not data.strip():
        raise InputError(name, "empty file")
    note = None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(name, "cannot decode UTF-16 text") from None
    elif b"\x00" in data:
        raise InputError(name, "binary file (contains NUL bytes), not text")
    else:
        text, note = _decode_8bit(data, name)
    if _control_share(text) > 0.05:
        raise InputError(name, "binary file (mostly control characters), not text")
    if not text.strip():
        raise InputError(name, "empty file (white space only)")
    return text, note


def _decode_8bit(data: bytes, name: str) -> tuple[str, str | None]:
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    loose = data.decode("utf-8-sig", errors="replace")
    valid = data.decode("utf-8-sig", errors="ignore")
    bad = loose.count("\ufffd") - valid.count("\ufffd")
    if bad <= STRAY_SHARE * sum(1 for ch in valid if ord(ch) > 0x7F):
        return loose, f"{bad} byte sequence(s) that are not UTF-8 replaced by U+FFFD"
    fallback = None
    best: tuple[float, str] | None = None
    for encoding in LEGACY:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        share = _common_share(text)
        if share >= PLAUSIBLE_COMMON_SHARE and (best is None or share > best[0]):
            best = (share, text)
        fallback = fallback or text
    if best is not None:
        return best[1], None
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        return str(best), None
    if fallback is not None:
        return fallback, None
    raise InputError(name, "cannot decode text (not UTF-8, GB18030/GBK, Big5 or another known encoding)")


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
