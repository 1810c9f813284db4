"""Literals of the RDF output as plain data, each distinct one decided by rdflib once.

rdflib decides every literal's lexical form (so the Turtle is what rdflib would write);
a large build asks for the same few numbers and dates tens of thousands of times, so
each distinct value is asked once and kept as a plain ``Lit`` (see kg.rdf.triples).
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections.abc import Callable
from decimal import Decimal

from rdflib import Literal
from rdflib.namespace import XSD

from kg.rdf.triples import Lit, from_rdflib

_DATE_FORMS = (  # lexical form -> XSD type; the order is from most to least precise
    (re.compile(r"(\d{4})-(\d{2})-(\d{2})"), "date"),
    (re.compile(r"(\d{4})-(\d{2})"), "gYearMonth"),
    (re.compile(r"(\d{4})"), "gYear"),
    (re.compile(r"-{0,2}(\d{2})-(\d{2})"), "gMonthDay"),
)


# --------------------------------------------------------------------------- literals


def typed_date(text: object, date_type: str | None = None) -> Literal | None:
    """``text`` (ISO ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or ``--MM-DD``) as a typed literal.

    ``date_type`` (an XSD local name) is honoured when the text holds at least that much:
    a full date whose year was only guessed can be written as ``gMonthDay``.  Text that is
    no valid date gives None, so that no ill-typed literal reaches a triple store.
    """
    if text is None:
        return None
    s = str(text).strip()
    found = next(((m, kind) for pattern, kind in _DATE_FORMS if (m := pattern.fullmatch(s))), None)
    if found is None:
        return None
    m, kind = found
    parts = [int(x) for x in m.groups()]
    if kind == "date":
        y, mo, d = parts
    elif kind == "gYearMonth":
        (y, mo), d = parts, 1
    elif kind == "gYear":
        (y,), mo, d = parts, 1, 1
    else:
        (mo, d), y = parts, 2000  # a leap year, so that --02-29 is valid
    try:
        dt.date(y, mo, d)
    except ValueError:
        return None
    if date_type in ("date", "gYearMonth", "gYear", "gMonthDay") and date_type != kind:
        if kind == "date":
            kind = date_type
        elif kind == "gYearMonth" and date_type == "gYear":
            kind = "gYear"
    lexical = {
        "date": f"{y:04d}-{mo:02d}-{d:02d}",
        "gYearMonth": f"{y:04d}-{mo:02d}",
        "gYear": f"{y:04d}",
        "gMonthDay": f"--{mo:02d}-{d:02d}",
    }[kind]
    return Literal(lexical, datatype=XSD[kind])


def integer(value: object) -> Literal | None:
    """An ``xsd:integer`` literal, or None for what is not a whole number."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, float):
        if not value.is_integer():
            return None
        value = int(value)
    if isinstance(value, str):
        value = value.strip()
        if not re.fullmatch(r"[+-]?\d+", value):
            return None
    try:
        return Literal(int(value), datatype=XSD.integer)
    except (TypeError, ValueError):
        return None


def confidence(value: object) -> Literal | None:
    """A confidence in 0..1 as ``xsd:decimal`` with at most three decimals (``0.9``, ``1.0``)."""
    try:
        x = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    if math.isnan(x):
        return None
    x = min(1.0, max(0.0, x))
    text = f"{x:.3f}".rstrip("0")
    if text.endswith("."):
        text += "0"
    return Literal(Decimal(text), datatype=XSD.decimal)


def zh(text: str) -> Lit:
    """Chinese text as a literal (plain data, see kg.rdf.triples)."""
    return Lit(text, None, "zh")


def as_plain(literal: Literal | None) -> Lit | None:
    """rdflib's literal as plain data (kg.rdf.triples), None for None."""
    return None if literal is None else from_rdflib(literal)  # type: ignore[return-value]


def cached_literal(make: Callable[..., Literal | None], size: int) -> Callable[..., Lit | None]:
    """``make``'s literal as plain data, asked of rdflib once per distinct argument list.

    The literal is made by rdflib as ever, so rdflib still decides its lexical form; a
    large build asks for the same few numbers and dates tens of thousands of times.
    Arguments are told apart by type as well (``integer(True)`` is None, ``integer(1)``
    is not); unhashable ones are not cached.
    """

    @functools.lru_cache(maxsize=size, typed=True)
    def cached(*args: object) -> Lit | None:
        return as_plain(make(*args))

    def plain(*args: object) -> Lit | None:
        try:
            return cached(*args)
        except TypeError:  # an unhashable argument
            return as_plain(make(*args))

    return plain


class LiteralCache(dict[object, Lit | None]):
    """A literal per number, as plain data, asked of rdflib once per distinct number.

    For the numbers every evidence item has (offsets, confidence): a dictionary look-up
    is all a repeat costs.  Only for arguments that may share a key: ``1``, ``1.0`` and
    ``True`` are one key, so ``make`` must give them the same literal.
    """

    def __init__(self, make: Callable[[object], Literal | None]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, value: object) -> Lit | None:
        lit = self[value] = as_plain(self.make(value))
        return lit
