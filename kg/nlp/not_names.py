"""Bodies' names that the words after them undo: a website named after a union (浦江工会网:
the site, whose name says nothing of a union's being mentioned there) and a body's
"central" task (县政府中心工作: 中心 is "central", no centre of the government is named).
Both the domain's mention and the tagger's name over those characters go.
"""

from __future__ import annotations

from kg.lexicon import words
from kg.nlp.found import Found
from kg.nlp.tokens import Tokens

SITE_WORDS = tuple(words("unions/union_site_words.txt"))
CENTRAL = "中心"
TASK_WORDS = tuple(words("bodies/central_task_words.txt"))


def undone(tk: Tokens, found: list[Found]) -> tuple[list[Found], list[Found]]:
    """(the names kept, the spans no name may cover: the site's name, the word 中心)."""
    text = tk.text
    kept, gone = [], []
    for f in found:
        site = next((w for w in SITE_WORDS if text.startswith(w, f.end)), None)
        if f.label == "UNION" and site is not None and f.end + len(site) in tk.ends:
            gone.append(Found(f.start, f.end + len(site), "SITE"))
            continue
        if (
            f.label in ("ORG", "PLACE")
            and text.endswith(CENTRAL, f.start, f.end)
            and text.startswith(TASK_WORDS, f.end)
        ):
            gone.append(Found(f.end - len(CENTRAL), f.end, "CENTRAL"))
            continue
        kept.append(f)
    return kept, gone
