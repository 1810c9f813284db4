"""Family *bodies*, scenic areas: a scenic area or resort (某县某某峡景区, 某市某某山风景区) is a
tract of land, not a building, so an event held there is held in the area its name opens
with as well as at the venue (在潜山市天柱山风景区举行: at the scenic area, in 潜山市).

Called by ``kg.extract.event_places`` once the venue is the event's place.
"""

from __future__ import annotations

from kg.extract.context import ArticleContext, area_ref
from kg.lexicon import words
from kg.model.facts import EntityRef

SCENIC_ENDINGS = words("bodies/scenic_endings.txt")


def scenic_area_of(ctx: ArticleContext, ref: EntityRef, at: int, y: int) -> EntityRef | None:
    """The area opening the name of the scenic venue ``ref`` written from ``at`` to ``y``
    (the last of the areas written one after the other there), None for other venues."""
    if ref.cls != "Place" or not ref.name.endswith(SCENIC_ENDINGS):
        return None
    area, k = None, at
    while found := [(b, ctx.area_at[(a, b)]) for a, b in ctx.area_at.by_start.get(k, ()) if b < y]:
        k, area = max(found, key=lambda t: t[0])
    return area_ref(area) if area is not None else None


# the fewest characters naming a scenic area before its ending (八泉峡景区: 八泉峡)
_MIN_NAME = 2


def scenic_short_forms(ctx: ArticleContext) -> None:
    """壶关县太行山大峡谷八泉峡景区 … 壶关县八泉峡景区: a scenic area named again with its area
    and its own name but without the range or valley it lies in (the words between) is the
    same venue, the shorter an alias (rewrites ctx.ref_at)."""
    scenic = sorted(
        (ref for ref in ctx.facts.entities if ref.cls == "Place" and ref.name.endswith(SCENIC_ENDINGS)),
        key=lambda ref: len(ref.name),
    )
    merged: dict[EntityRef, EntityRef] = {}
    for i, short in enumerate(scenic):
        for full in scenic[i + 1 :]:
            k = next(
                (j for j, (a, b) in enumerate(zip(short.name, full.name, strict=False)) if a != b), len(short.name)
            )
            while k > 1 and not ctx.gaz.lookup(short.name[:k]):
                k -= 1  # (the area both open with, not the first characters of their own names)
            tail = short.name[k:]
            ending = max((e for e in SCENIC_ENDINGS if tail.endswith(e)), key=len, default="")
            if (
                k > 1
                and len(tail) - len(ending) >= _MIN_NAME
                and len(full.name) > len(short.name)
                and full.name.endswith(tail)
            ):
                merged[short] = full
                break
    if merged:
        ctx.merge(merged)
