"""Family *posts*, a career told after a name: the offices held before, then the ones held now.

A profile may tell the offices a person held before those held now, in the clause after the
name: 刘洋曾任区总工会副主席，现任区总工会主席; 刘洋历任…、…，现任…; 刘洋由副主席改任主席;
刘洋2010年至2016年任…，2019年起任…. The past offices give no post; the offices after the
profile's verb (``profile_verbs.txt``) or after a year the tenure began (2019年起任) are held now.
A closed span of years before the name (2012年至2018年，刘洋任…) makes what follows a past office.
"""

from __future__ import annotations

import re

from kg.extract.wordlists import PROFILE_VERBS
from kg.lexicon import alternation_of, words

# a year, perhaps with its month (2019年, 2019年3月)
_YEAR = "(?:19|20)\\d\\d年(?:\\d{1,2}月)?"
# a closed span of years: a tenure that ended (2012年至2018年, 2012—2018年)
_SPAN = f"{_YEAR}(?:至|到|—|－|-|~)(?:{_YEAR}|(?:19|20)\\d\\d年)"
# the tenure held now, by the year it began (2019年起任, 2019年以来担任)
_SINCE = f"{_YEAR}(?:起|以来)(?:担)?任"
# what opens the past offices after a name: a word of a career, or a closed span of years
_OPENERS = f"(?:{alternation_of(words('posts/career_openers.txt'))}|{_SPAN})"
# a dated step of a career right after a name (刘洋2011年当上班长，2019年任…): the steps
# before the tenure begun last are past
_STEP = f"{_YEAR}(?!(?:起|以来))"
# a career after a name, up to the verb of the offices held now (its end); or the tenure
# held now right after the name (刘洋2019年起任…)
CAREER = re.compile(
    f"(?:{_OPENERS}|{_STEP})[^。；;！!\\n]{{1,80}}?[，,]?(?:{alternation_of(PROFILE_VERBS)}|{_SINCE})|{_SINCE}"
)
# a closed span of years right before a name, in its clause (2012年至2018年，刘洋任…)
SPAN_BEFORE = re.compile(f"{_SPAN}[，,]?$")
# how far back a span of years before a name may start
SPAN_REACH = 24
