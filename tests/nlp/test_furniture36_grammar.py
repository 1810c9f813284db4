"""A surname the tagger read as a verb after a verb (session 36): 免去练|秋萍同志 — a lone
surname's character before a given name the tagger tagged, closed by a person's follower
(同志), opens the name (kg.nlp.cut_names.surname_before_follower).  Near-misses: a
function word before the name (向东明同志) is the name's own start already; a verb with no
follower after the name stays a verb.  All text is invented."""

from __future__ import annotations

import pytest

CASES = [
    pytest.param("免去练秋菊同志的市总工会副主席职务。", {"练秋菊"}, {"秋菊"}, id="lian-dismissed"),
    pytest.param("经研究，免去练晓梅同志的区总工会副主席职务。", {"练晓梅"}, {"晓梅"}, id="lian-after-decision"),
    pytest.param("要练好基本功，向东明同志学习。", {"向东明"}, set(), id="n-function-word-name"),
    pytest.param("职工们苦练技能，争当岗位能手。", set(), {"练技能"}, id="n-verb-no-follower"),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_surname_read_as_verb(extract_text, text, present, absent):
    names = {ref.name for ref in extract_text(text).entities}
    assert present <= names, names
    assert not (absent & names), names
