"""A venue of a network named with its site in brackets: 某服务站（某街道某路站）.

A city's union runs many stations of one kind (工会户外劳动者服务站, 某某驿站), and a directory
or a report tells them apart by a bracket right after the kind: the street and the spot, or
the building (（某街道某路站）, （某大厦站）, （某街道环卫作息点）).  The kind alone names the
network at large; with its bracket it names one station, so the bracket is part of the name.
A bracket that is no site of the network (某中心（原某馆）, 某驿站（试运行）) ends in no word
of a station and stays out; nor is one ending in a venue's kind (某镇职工服务中心（工会驿站）:
its second name, what kind of station the centre is).
"""

from __future__ import annotations

import re

from kg.lexicon import words

_SITE_ENDINGS = tuple(words("bodies/venue_branch_endings.txt"))
# a bracket ending in a venue's kind is the venue's second name (某镇职工服务中心（工会驿站）)
_VENUE_KINDS = tuple(words("bodies/venue_suffixes.txt"))
_SITE_BRACKET_RE = re.compile("[（(]([\u4e00-\u9fff]{2,16})[）)]")


def site_bracket_end(text: str, e: int) -> int:
    """Where a venue's name ending at ``e`` ends: after a bracket right after it that names
    one site of the network (ending in 站, 点); ``e`` else."""
    m = _SITE_BRACKET_RE.match(text, e)
    if m is None or not m.group(1).endswith(_SITE_ENDINGS) or m.group(1).endswith(_VENUE_KINDS):
        return e
    return m.end()


def site_bracket_start(name: str) -> int | None:
    """Where the site's bracket of a venue's name opens (after its opening mark), if the name
    ends in one."""
    for k in range(len(name) - 1, 0, -1):
        if name[k] in "（(":
            return k + 1 if site_bracket_end(name, k) == len(name) else None
    return None
