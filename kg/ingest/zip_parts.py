"""Zip packages of XML parts (Word, OpenDocument, PowerPoint, OFD): their parts read safely.

Office formats after 2005 are zips of XML parts that name one another.  Each reader of
such a package needs the same guards, kept here in one place: a damaged zip, a part
missing or cut, a compressed stream that does not inflate, are each one line saying
why (an InputError), never a traceback; a part that unpacks to more than
``MAX_PART_BYTES``, or a package whose parts read together pass ``MAX_PACKAGE_BYTES``,
is refused (a zip bomb is a few kilobytes that unpack to gigabytes); and the XML is
parsed without entities, DTDs from the network or huge trees (an entity bomb or a
request to a server would otherwise hide in a part).  A part's name inside the package
is resolved as the file naming it says (relative to that file, or from the package's
root when it starts with ``/``), and never leaves the package.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib

from lxml import etree

from kg.errors import InputError

# the largest part read (bytes, unpacked): a long report's part is a few megabytes
MAX_PART_BYTES = 64 * 1024 * 1024
# all parts read of one package together: a deck of a hundred slides is far below it
MAX_PACKAGE_BYTES = 256 * 1024 * 1024
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, NotImplementedError, ValueError, zlib.error)


class Package:
    """The parts of one zip package; ``kind`` names the format in messages ("OFD document")."""

    def __init__(self, data: bytes, name: str, kind: str, suffix: str) -> None:
        self.name, self.kind = name, kind
        self._read = 0
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            self._names = {info.filename: info for info in self._zip.infolist()}
        except _ZIP_ERRORS as exc:
            raise InputError(name, f"not a {kind} (the {suffix} is no readable zip: {exc})") from None

    def has(self, part: str) -> bool:
        return part in self._names

    def bytes(self, part: str) -> bytes:
        """A part's bytes; InputError when it is missing, too large or damaged."""
        info = self._names.get(part)
        if info is None:
            raise InputError(self.name, f"damaged {self.kind} (no part {part!r})")
        if info.file_size > MAX_PART_BYTES or self._read + info.file_size > MAX_PACKAGE_BYTES:
            raise InputError(self.name, f"{self.kind} too large ({part}: {info.file_size} bytes unpacked)")
        try:
            with self._zip.open(info) as f:  # (never more than the size the directory declares)
                data = f.read(MAX_PART_BYTES + 1)
        except _ZIP_ERRORS as exc:
            raise InputError(self.name, f"damaged {self.kind} ({part}: {exc})") from None
        self._read += len(data)
        if len(data) > MAX_PART_BYTES or self._read > MAX_PACKAGE_BYTES:
            raise InputError(self.name, f"{self.kind} too large ({part})")
        return data

    def xml(self, part: str) -> etree._Element:
        """A part parsed (hardened); InputError when it is no well-formed XML."""
        return parse_xml(self.bytes(part), self.name, f"damaged {self.kind} ({part}")


def parse_xml(data: bytes, name: str, what: str) -> etree._Element:
    """XML parsed without entities or the network; ``what`` opens the message, "damaged X (part"."""
    try:
        return etree.fromstring(data, PARSER)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise InputError(name, f"{what}: {' '.join(str(exc).split())})") from None


def resolve(base: str, target: str) -> str:
    """The part a reference names: ``target`` relative to the folder of the part ``base``
    (or from the root when it starts with ``/``), normalised; "" when it leaves the package."""
    target = target.strip().replace("\\", "/")
    joined = target.lstrip("/") if target.startswith("/") else posixpath.join(posixpath.dirname(base), target)
    path = posixpath.normpath(joined) if joined else ""
    return "" if not path or path == "." or path.startswith("../") or path == ".." else path


def local(el: etree._Element) -> str:
    """An element's name without its namespace ("" for comments and processing instructions)."""
    tag = el.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
