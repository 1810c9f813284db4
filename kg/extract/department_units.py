"""Family *body links*, a department's units: 某县公安局某某派出所 belongs to 某县公安局.

A government department's local unit is written after the department's whole name (县公安局
恒州派出所, 市税务局开发区分局: ``bodies/department_unit_endings.txt``).  The unit belongs to the
department, and the department is a body even where the article names it only inside the
unit's name (a booklet's 安全保卫：县公安局某某派出所).  A company's units are read by
``kg.extract.body_parents`` (``sub_units``).
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.lexicon import alternation_of, words
from kg.model.facts import EntityRef

UNIT_ENDINGS = tuple(words("bodies/department_unit_endings.txt"))
# a government department's last word (公安局, 民政厅): the stem the unit is named after
DEPARTMENT_HEADS = ("局", "厅")
# the unit's own name before its ending (恒州 of 恒州派出所): at least one character
MIN_UNIT_NAME = 1
# 区人社局的劳动保障监察大队: the unit's own name after the department and 的, to its ending
_UNIT_OF_RE = re.compile(f"的([\u4e00-\u9fff]{{2,8}}?(?:{alternation_of(UNIT_ENDINGS)}))")


def department_units(ctx: ArticleContext) -> None:
    """Each organisation named as a department's local unit (某县公安局某某派出所) belongs to
    that department, named as the text names it (the short form 县公安局 an alias)."""
    units_of(ctx)
    areas = [ref.name for ref in ctx.facts.entities if ref.cls == "AdministrativeArea"]
    first: dict[EntityRef, tuple[int, int]] = {}
    for xy, ref in sorted(ctx.ref_at.items()):
        first.setdefault(ref, xy)
    names = {ref.name: ref for ref in ctx.facts.entities if ref.cls == "Organization"}
    for ref, info in list(ctx.facts.entities.items()):
        if ref.cls != "Organization" or info.parent is not None or ref not in first:
            continue
        ending = next((e for e in UNIT_ENDINGS if ref.name.endswith(e)), None)
        if ending is None:
            continue
        k = next(
            (
                k
                for k in range(len(ref.name) - len(ending) - MIN_UNIT_NAME, 2, -1)
                if ref.name[:k].endswith(DEPARTMENT_HEADS) and ref.name[k] not in DEPARTMENT_HEADS
            ),
            None,
        )
        stem = ref.name[:k] if k else ""
        area = next((a for a in areas if stem.startswith(a) and len(stem) - len(a) > 2), None)
        if area is None:
            continue
        parent = names.get(stem) or next(
            (r for r in names.values() if r != ref and r.name.endswith(stem) and ctx.gaz.lookup(r.name[: -len(stem)])),
            None,
        )  # (保定市曲阳县公安局: the same bureau, qualified by its city)
        if parent is None:
            x, y = first[ref]
            rest = len(ref.name) - k
            printed = ctx.text[x : y - rest] if y - rest > x else stem
            parent = EntityRef("Organization", stem)
            ctx.add(parent, printed if printed != stem else None, (x, y - rest), CONFIDENCE["name"])
            names[stem] = parent
        info.parent = parent


def units_of(ctx: ArticleContext) -> None:
    """区人社局的劳动保障监察大队: a local unit written after its department and 的 is the
    department's unit, named after it (某区人力资源和社会保障局劳动保障监察大队), the unit's own
    words an alias; the tagger reads no body there (劳动|保障|监察|大队)."""
    for (x, y), ref in sorted(ctx.ref_at.items()):
        if ref.cls != "Organization" or not ctx.text.endswith(DEPARTMENT_HEADS, x, y):
            continue
        m = _UNIT_OF_RE.match(ctx.text, y)
        if m is None or (m.start(1), m.end(1)) in ctx.ref_at:
            continue
        unit = EntityRef("Organization", ref.name + m.group(1))
        info = ctx.add(unit, m.group(1), m.span(1), CONFIDENCE["pattern"])
        info.parent = info.parent or ref
