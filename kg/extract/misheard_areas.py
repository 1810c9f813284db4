"""A township's union written with one character of the township's name wrong (簇景街道总工会
for 簇锦街道总工会): a video's automatic subtitles write what they hear, a typist slips.

A union named after a street or township the registry lacks, whose name is that of a
township the same article names but for one character (the same ending), is
that township's union, the name as written an alias.  Only when one township so fits: a
misspelt name two could come from stays as written.
"""

from __future__ import annotations

from kg.extract.context import TOWNSHIP, ArticleContext, area_ref
from kg.model.facts import EntityRef

FEDERATION = "总工会"
_ENDINGS = ("街道", "镇", "乡")  # a township's ending: what the slip leaves alone
_LONG_STEM = 3  # a stem this long keeps two characters right when one is misheard


def misheard_unions(ctx: ArticleContext) -> None:
    """Each union of a misspelt township the article names, merged into that township's union."""
    towns = {a.name: a for a in ctx.area_at.values() if getattr(a, "level", None) == TOWNSHIP and a.code}
    merged: dict[EntityRef, EntityRef] = {}
    for ref in list(ctx.facts.entities):
        stem = ref.name.removesuffix(FEDERATION)
        if ref.cls != "TradeUnion" or stem == ref.name or not stem.endswith(_ENDINGS) or stem in towns:
            continue
        near = [a for name, a in towns.items() if _one_off(stem, name)]
        if len(near) != 1 or ctx.gaz.lookup(stem):
            continue
        full = EntityRef("TradeUnion", near[0].name + FEDERATION)
        info = ctx.facts.entity(full, mention=False)
        info.located_in = info.located_in or area_ref(near[0])
        merged[ref] = full
    if merged:
        ctx.merge(merged)


def _one_off(written: str, name: str) -> bool:
    """Same length, same first character, one character apart (簇景街道, 簇锦街道); a stem of
    three characters or more may be misheard in its first (路水河镇, 露水河镇: two stay alike)."""
    stem = len(name.removesuffix(next((e for e in _ENDINGS if name.endswith(e)), "")))
    if len(written) != len(name) or (written[0] != name[0] and stem < _LONG_STEM):
        return False
    return sum(a != b for a, b in zip(written, name, strict=True)) == 1
