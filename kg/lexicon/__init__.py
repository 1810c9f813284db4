"""Domain knowledge as data: the word lists under ``kg/data/``, their loader, the Han classes.

* :mod:`.load` reads any list (one rule for comments): ``entries``, ``alternation``,
  ``words`` and ``table`` (the last two for ``kg/data/lexicon/``);
* :mod:`.domain` holds ``Lexicon``, the lists of names and events read once;
* :mod:`.chars` holds the character classes of Han text.
"""

from kg.lexicon.domain import Lexicon, lexicon
from kg.lexicon.load import alternation, entries, lines, table, words

__all__ = ["Lexicon", "alternation", "entries", "lexicon", "lines", "table", "words"]
