"""Finding input files and turning their bytes into text.

Inputs are files, folders (walked recursively) and glob patterns.  Encodings are
detected, not assumed: the news this project reads comes as UTF-8 (with or without a
BOM) and as GB18030/GBK from older sites, and a wrong guess silently garbles names.
"""

from __future__ import annotations

import contextlib
import glob
import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from kg.errors import InputError

SUPPORTED = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl")
_GLOB_CHARS = re.compile(r"[*?\[]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class SourceFile:
    path: Path  # where to read it
    name: str  # how articles name it: a POSIX path as the user's input spelled it


def _display(p: str | os.PathLike[str]) -> str:
    return PurePosixPath(Path(os.path.normpath(p)).as_posix()).as_posix()


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def _walk(folder: Path, shown: str) -> list[SourceFile]:
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
    return [SourceFile(p, _display(PurePosixPath(shown) / rel)) for rel, p in found]


def find_sources(inputs: list[str]) -> tuple[list[SourceFile], list[InputError]]:
    """Expand inputs into files in a stable order, with a problem for each bad input.

    A file named explicitly must have a supported extension; inside folders and glob
    matches, other files (images, PDFs, notes) are passed over quietly, but a folder
    or glob that yields nothing readable is a problem.
    """
    files: list[SourceFile] = []
    problems: list[InputError] = []
    seen: set[Path] = set()

    def add(sf: SourceFile) -> None:
        key = sf.path.resolve()
        if key not in seen:
            seen.add(key)
            files.append(sf)

    for spec in inputs:
        path = Path(spec)
        if path.is_dir():
            found = _walk(path, spec)
            if not found:
                problems.append(InputError(spec, f"no {'/'.join(SUPPORTED)} files in this folder"))
            for sf in found:
                add(sf)
        elif path.exists():
            if path.suffix.lower() not in SUPPORTED:
                problems.append(
                    InputError(
                        spec,
                        f"unsupported file type {path.suffix or '(none)'!r}; expected one of {', '.join(SUPPORTED)}",
                    )
                )
            else:
                add(SourceFile(path, _display(spec)))
        elif _GLOB_CHARS.search(spec):
            matches = sorted(glob.glob(spec, recursive=True))
            hits: list[SourceFile] = []
            for m in matches:
                mp = Path(m)
                if mp.is_dir():
                    hits.extend(_walk(mp, m))
                elif mp.suffix.lower() in SUPPORTED and not _hidden(Path(mp.name)):
                    hits.append(SourceFile(mp, _display(m)))
            if not hits:
                problems.append(InputError(spec, "no readable files match this pattern"))
            for sf in hits:
                add(sf)
        else:
            problems.append(InputError(spec, "no such file or folder"))
    return files, problems


# -- decoding ---------------------------------------------------------------------------

# GB18030 accepts most byte strings, so a file in another legacy encoding (Big5) also
# "decodes" as GB18030 -- into rare characters.  Real Chinese text keeps nearly all its
# Han characters among the common ones (GB2312, directly or after t2s conversion).
PLAUSIBLE_COMMON_SHARE = 0.9


def _common_share(text: str) -> float:
    from kg.ingest.normalize import _converter

    han = _HAN.findall(text)
    if not han:
        return 1.0
    conv = _converter()
    common = 0
    for ch in han:
        for c in (ch, conv.convert(ch)):
            try:
                c.encode("gb2312")
            except UnicodeEncodeError:
                continue
            common += 1
            break
    return common / len(han)


# Control (Cc) but not line or tab, private-use (Co) and surrogate (Cs) characters: what
# a binary file decoded as text is full of.
_CONTROL_RE = re.compile(
    "[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]"
)


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    return len(_CONTROL_RE.findall(text)) / len(text)


def decode(data: bytes, name: str) -> str:
    """Decode a file's bytes, or raise InputError saying why it is not text.

    Order: strict UTF-8 (a BOM is dropped), then GB18030 (a superset of GBK and GB2312)
    if the result reads as Chinese, then charset-normalizer's best guess.
    """
    if not data.strip():
        raise InputError(name, "empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(name, "cannot decode UTF-16 text") from None
    elif b"\x00" in data:
        raise InputError(name, "binary file (contains NUL bytes), not text")
    else:
        text = _decode_8bit(data, name)
    if _control_share(text) > 0.05:
        raise InputError(name, "binary file (mostly control characters), not text")
    if not text.strip():
        raise InputError(name, "empty file (white space only)")
    return text


def _decode_8bit(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    gb: str | None = None
    with contextlib.suppress(UnicodeDecodeError):
        gb = data.decode("gb18030")
    if gb is not None and _common_share(gb) >= PLAUSIBLE_COMMON_SHARE:
        return gb
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        return str(best)
    if gb is not None:
        return gb
    raise InputError(name, "cannot decode text (not UTF-8, GB18030/GBK or another known encoding)")


def read_text(sf: SourceFile, data: bytes | None = None) -> str:
    """The decoded text of a file (of ``data``, its bytes, when the caller read them)."""
    try:
        data = sf.path.read_bytes() if data is None else data
    except OSError as exc:
        raise InputError(sf.name, f"cannot read ({exc.strerror or exc})") from None
    return decode(data, sf.name)
