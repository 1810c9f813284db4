"""Domain knowledge as data: the word lists under ``kg/data/lexicon/``, their loader, the Han classes.

* :mod:`.load` reads any list by its family folder and file (``"events/event_verbs.tsv"``),
  with one rule for comments: ``entries``, ``words``, ``table``, ``alternation`` (a regex of a
  list) and ``alternation_of`` (a regex of any words, e.g. a list's column);
* :mod:`.domain` holds ``Lexicon``, the lists that NLP and extraction both read, read once;
* :mod:`.chars` holds the character classes of Han text.
"""

from kg.lexicon.domain import Lexicon, lexicon
from kg.lexicon.load import alternation, alternation_of, entries, lines, table, words

__all__ = ["Lexicon", "alternation", "alternation_of", "entries", "lexicon", "lines", "table", "words"]
