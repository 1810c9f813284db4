"""A directory's address lines: a list of bodies (a union's 直属单位, a city's service
centres) writes each body's row (某中心　主任：某某), its address on the line under it
(地址：某区某街道某路××号　电话：…), row after row.

Alone, such a line has the shape of a site's imprint or a signature's contact block (an
address and a telephone number), which are furniture; every other line, under rows that are
not addresses, it says where each listed body is, and stays in the text (kg.extract.entry_fields
places each body there).
"""

from __future__ import annotations

import functools
import re

from kg.lexicon import alternation

_MIN_ROWS = 2  # one address under one line is a signature's as likely as a directory's
_MAX_LINE = 120


@functools.cache
def _address_line() -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:{alternation('bodies/address_labels.txt')})\s*[:：]")


def directory_addresses(lines: list[str]) -> set[int]:
    """Indices of the address lines of a directory: two or more, each one line under the
    one before it but one (a row between each two), no line between them an address."""
    shaped = [i for i, line in enumerate(lines) if len(line) <= _MAX_LINE and _address_line().match(line)]
    out: set[int] = set()
    group: list[int] = []
    for i in [*shaped, -1]:
        if group and i - group[-1] == 2:
            group.append(i)
            continue
        if len(group) >= _MIN_ROWS:
            out.update(group)
        group = [i]
    return out
