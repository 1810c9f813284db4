"""Where a body named after a village or a community lies: a place that small names no firm
trading elsewhere, so such a body is its residents' own and lies in it (kg.extract.bodies)."""

from __future__ import annotations

from kg.extract.context import Zone
from kg.extract.wordlists import AREA_INSTITUTIONS, RESIDENTS_COMMITTEES

VILLAGE_LEVELS = frozenset({"village", "community"})  # the areas below a township, of its residents


def residents_body(area, name: str) -> bool:
    """A body named after a village or community (某某嘎查牧民合作社) lies in it; not the committee
    that governs it (某社区居委会, 某村村民委员会), which is the place's own organ as an area's
    government is, never placed by its name; an area's institution (某县困难职工帮扶中心) lies
    in the area too, the area's own."""
    village = isinstance(area, Zone) and area.level in VILLAGE_LEVELS and not name.endswith(RESIDENTS_COMMITTEES)
    return village or name.endswith(AREA_INSTITUTIONS)
