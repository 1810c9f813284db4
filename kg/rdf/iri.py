"""Instance IRIs: stable, readable and safe in IRIs, Turtle, SPARQL and N-Triples.

Users bookmark these IRIs and join other data on them, so an IRI depends only on the
node id (or, for nodes the hub graph does not have, on what they stand for), never on
insertion order, counters or run time.

A node id ``kind:key`` becomes ``<base><kind>/<key>``: ``area:110105`` ->
``<base>area/110105``, ``person:赵丽君`` -> ``<base>person/赵丽君``.  Chinese (and any
other character IRIs allow) stays as it is so that the IRI reads as the name; the
characters that IRIs or Turtle forbid or give a meaning (space, ``<>"{}|^`\\``, ``#``,
``?``, ``%``, controls, non-characters, Unicode white space and format characters) are
percent-encoded as UTF-8, which keeps the mapping one-to-one.  ``/`` stays, so
``event:seeds/a.txt#3/1`` reads as ``<base>event/seeds/a.txt%233/1``; a path segment
that is only dots is encoded so that no IRI resolver can collapse it.

Nodes the exporter makes itself (roles, memberships, evidence statements, sources) live
under their own folders (``role/``, ``membership/``, ``statement/``, ``source/``);
memberships and statements are named by a short SHA-1 of what they stand for.

Each function that mints an IRI has a ``…_text`` twin that gives it as a plain string:
the exporter writes plain triples (kg.rdf.triples) and makes no rdflib term for them.
"""

from __future__ import annotations

import functools
import hashlib
import unicodedata

from rdflib import URIRef

from kg.errors import KgError
from kg.model.evidence import Evidence
from kg.rdf.vocab import DEFAULT_BASE_IRI

# ASCII that may stand for itself in an IRI path segment (RFC 3987 iunreserved, sub-delims, ":" "@").
_ASCII_KEEP = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@")
_HASH_CHARS = 16  # 64 bits: no collision among the few million nodes a build could make


def _allowed(ch: str) -> bool:
    """Whether ``ch`` may appear as it is in a path segment of the IRIs we write."""
    if ch.isascii():
        return ch in _ASCII_KEEP
    cp = ord(ch)
    # RFC 3987 ucschar leaves out C1 controls, surrogates, private use and non-characters.
    if cp < 0xA0 or 0xD800 <= cp <= 0xF8FF or 0xFDD0 <= cp <= 0xFDEF or (cp & 0xFFFE) == 0xFFFE:
        return False
    if 0xFFF0 <= cp <= 0xFFFF or cp >= 0xE0000:
        return False
    # White space (U+3000 …), format characters (zero-width joiners, bidi controls) and
    # unassigned code points are legal but invisible or unstable; encode them.
    return unicodedata.category(ch)[0] not in ("Z", "C")


class _Encoded(dict[str, str]):
    """Each character as it stands in a path segment (itself, or percent-encoded), decided once."""

    def __missing__(self, ch: str) -> str:
        text = self[ch] = ch if _allowed(ch) else "".join(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass"))
        return text


# a node's IRI is made once per build, yet a large build has tens of thousands of them
_ENCODED = _Encoded()
_ENCODED_KEEP_SLASH = _Encoded({"/": "/"})


def encode_segment(text: str, keep_slash: bool = False) -> str:
    """Percent-encode ``text`` for an IRI path; ``keep_slash`` keeps ``/`` as a separator."""
    table = _ENCODED_KEEP_SLASH if keep_slash else _ENCODED
    encoded = "".join([table[ch] for ch in text])
    if "." not in encoded:  # no segment of dots only: nothing more to encode
        return encoded
    if keep_slash:
        return "/".join(_no_dot_segment(s) for s in encoded.split("/"))
    return _no_dot_segment(encoded)


def _no_dot_segment(segment: str) -> str:
    return segment.replace(".", "%2E") if segment and set(segment) == {"."} else segment


@functools.lru_cache(maxsize=64)
def normalise_base(base: str | None) -> str:
    """The base IRI to mint under: the default, or ``base`` ending in ``/`` or ``#``.

    A base given without a trailing separator (``https://example.org/kg``) gets a ``/`` so
    that ``person/…`` does not glue onto its last segment.
    """
    if base is None:
        return DEFAULT_BASE_IRI
    base = base.strip()
    scheme, sep, _ = base.partition(":")
    if not sep or not scheme or not scheme[0].isalpha() or not all(c.isalnum() or c in "+-." for c in scheme):
        raise KgError(f"base IRI {base!r} is not an absolute IRI (it needs a scheme such as https:)")
    bad = sorted({c for c in base if not (_allowed(c) or c in "/#?%")})
    if bad:
        raise KgError(f"base IRI {base!r} contains characters IRIs do not allow: {''.join(bad)!r}")
    return base if base.endswith(("/", "#")) else base + "/"


def node_iri_text(nid: str, base: str | None = None) -> str:
    """The IRI of hub-graph node ``nid`` (``kind:key``) under ``base``, as a plain string.

    An id without a kind (which the pipeline does not make) lands under ``node/``.
    """
    base = normalise_base(base)
    kind, sep, key = nid.partition(":")
    if not sep or not kind:
        kind, key = "node", nid
    return f"{base}{encode_segment(kind)}/{encode_segment(key, keep_slash=True)}"


def node_iri(nid: str, base: str | None = None) -> URIRef:
    """The IRI of hub-graph node ``nid`` (``kind:key``) under ``base`` (see ``node_iri_text``)."""
    return URIRef(node_iri_text(nid, base))


def role_iri_text(role: str, base: str | None = None) -> str:
    """One shared ``org:Role`` node per distinct title: ``<base>role/副主席``."""
    return f"{normalise_base(base)}role/{encode_segment(role)}"


def role_iri(role: str, base: str | None = None) -> URIRef:
    """``role_iri_text`` as an rdflib term."""
    return URIRef(role_iri_text(role, base))


def source_iri_text(name: str, base: str | None = None) -> str:
    """The node naming a non-text source of facts, e.g. ``<base>source/gazetteer``."""
    return f"{normalise_base(base)}source/{encode_segment(name)}"


def source_iri(name: str, base: str | None = None) -> URIRef:
    """``source_iri_text`` as an rdflib term."""
    return URIRef(source_iri_text(name, base))


def article_iri_text(article: str, base: str | None = None) -> str:
    """The IRI of an article given its node id (``article:<source>#<index>``) or its key."""
    return node_iri_text(article if article.startswith("article:") else f"article:{article}", base)


def article_iri(article: str, base: str | None = None) -> URIRef:
    """``article_iri_text`` as an rdflib term."""
    return URIRef(article_iri_text(article, base))


def _digest(*parts: object) -> str:
    # The unit separator cannot occur in names read from text, so parts never run together.
    text = "\x1f".join([p if isinstance(p, str) else repr(p) for p in parts])
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:_HASH_CHARS]


def membership_iri_text(person: str, org: str, role: str, base: str | None = None) -> str:
    """One ``org:Membership`` per (person, organisation, role), named by their node ids."""
    return f"{normalise_base(base)}membership/{_digest('membership', person, org, role)}"


def membership_iri(person: str, org: str, role: str, base: str | None = None) -> URIRef:
    """``membership_iri_text`` as an rdflib term."""
    return URIRef(membership_iri_text(person, org, role, base))


def evidence_key(ev: Evidence | None) -> tuple[object, ...]:
    """What of an evidence item goes into a statement's name (all of it: no two merge)."""
    if ev is None:
        return ()
    return (ev.article, ev.start, ev.end, ev.sentence, f"{float(ev.confidence):.6f}")


def statement_iri_text(
    s: str, p: str, o: str, ev: Evidence | None, source: str | None = None, base: str | None = None
) -> str:
    """The ``rdf:Statement`` that says ``s p o`` was read at ``ev`` (or came from ``source``).

    ``s``, ``p``, ``o`` are the full terms as text (IRIs, or a literal's N3 form), so the
    name changes exactly when the reified triple or its evidence does.
    """
    return f"{normalise_base(base)}statement/{_digest('statement', s, p, o, source or '', *evidence_key(ev))}"


def statement_iri(
    s: str, p: str, o: str, ev: Evidence | None, source: str | None = None, base: str | None = None
) -> URIRef:
    """``statement_iri_text`` as an rdflib term."""
    return URIRef(statement_iri_text(s, p, o, ev, source, base))
