"""Family *posts*, a legal form's party block: the party's line naming a body (被申请人：某某
有限公司), then the lines of the people acting for it, each a label, a name and the office the
person holds there (法定代表人：刘某　职务：董事长; 委托代理人：王某　职务：人力资源部经理).

A mediation agreement, an arbitration award or a judgment's heading writes each party as a
block of field lines: its name first, then its code, its address and its people.  The 职务
field on a person's line is the person's office at the party's body, read as a card's 职务
field is (``kg.extract.card_fields``: each part ending with a title, no trade); a label that
is itself an office (法定代表人) is one more office there, one that is a role in the case
(委托代理人) is none.  The block runs while its lines are fields; a line of prose ends it.
"""

from __future__ import annotations

import re

from kg.extract.card_fields import JOB_LABELS, field_body, field_offices, field_person
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.jobs import is_job_word
from kg.extract.units import is_title
from kg.model.facts import RelationFact

# a field line: a short label, a colon, its value
_FIELD = re.compile(r"[ \u3000]*(?P<label>[\u4e00-\u9fff]{2,8})[：:][ \u3000]*(?P<value>\S[^\n]*?)[ \u3000]*$")
# a person's line in the block: the label, the name, a gap, the 职务 field (more fields may follow)
_PERSON_LINE = re.compile(
    r"[ \u3000]*(?P<label>[\u4e00-\u9fff]{2,8})[：:][ \u3000]*(?P<name>[^\s：:]{2,6})[ \u3000]+"
    r"(?P<job_label>[\u4e00-\u9fff]{2,4})[：:][ \u3000]*(?P<job>[^\s：:]+)"
)
# the most field lines between the party's line and its people's
_BLOCK_LINES = 6


def party_offices(ctx: ArticleContext) -> None:
    """Each person's line of a party block: the 职务 field's offices (and the label's, when it
    is an office) at the body of the party's line."""
    text = ctx.text
    lines = [(m.start(), m.end()) for m in re.finditer("[^\n]+", text)]
    for i, (a, b) in enumerate(lines):
        f = _FIELD.fullmatch(text, a, b)
        party = field_body(ctx, *f.span("value")) if f is not None else None
        if party is None:
            continue
        for x, y in lines[i + 1 : i + 1 + _BLOCK_LINES]:
            if _FIELD.match(text, x, y) is None:
                break  # (a line of prose: the block is over)
            m = _PERSON_LINE.match(text, x, y)
            if m is None or m.group("job_label") not in JOB_LABELS:
                continue
            person = field_person(ctx, *m.span("name"))
            if person is None:
                continue
            field_offices(ctx, person, party, *m.span("job"))
            label = m.group("label")
            if is_title(label) and not is_job_word(label):
                ev = ctx.evidence(x, m.end("job"), CONFIDENCE["pattern"])
                ctx.facts.relations.append(RelationFact(person, "post", party, ev, role=label))
