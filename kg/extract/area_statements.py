"""Family *areas*, continued: a page's own statement of the area another belongs to (某地区在行政
上属于某自治州, 某镇隶属于某县): the first is part of the second, said by the text, whatever
the register files it under (a prefecture of a sub-provincial autonomous prefecture, which
the register puts under the province).  Only a statement: a question (是不是属于…？) says
nothing, and the second area must be of the first's level or above.
"""

from __future__ import annotations

import itertools
import re

from kg.extract.bodies import LEVEL_RANK
from kg.extract.context import ArticleContext, Zone, area_ref
from kg.lexicon import alternation_of, words
from kg.model.facts import RelationFact

# the words between the two areas: a verb of belonging, after the sense it holds in (在行政上)
_BELONGS_RE = re.compile(
    f"(?:{alternation_of(words('areas/belonging_senses.txt'))})?(?:{alternation_of(words('areas/belonging_verbs.txt'))})"
)
_QUESTION_ENDS = ("？", "?", "吗", "吧")
_CONFIDENCE = 0.8


def area_statements(ctx: ArticleContext) -> None:
    """Each ``A（在行政上）属于B`` between two areas read next to each other: A partOf B."""
    read = sorted(ctx.area_at.items())
    for ((a, y), inner), ((x, b), outer) in itertools.pairwise(read):
        if isinstance(inner, Zone) or isinstance(outer, Zone) or inner.code == outer.code:
            continue
        if _BELONGS_RE.fullmatch(ctx.text, y, x) is None:
            continue
        if LEVEL_RANK.get(outer.level, 9) > LEVEL_RANK.get(inner.level, 0):
            continue  # (某县属于某镇: no county is part of a town)
        sa, sb = ctx.sentence_of(x)
        if ctx.text[sa:sb].rstrip().endswith(_QUESTION_ENDS):
            continue
        ev = ctx.evidence(a, b, _CONFIDENCE)
        ctx.facts.relations.append(RelationFact(area_ref(inner), "partOf", area_ref(outer), ev))
