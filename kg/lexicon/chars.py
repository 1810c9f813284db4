r"""The character classes of Han text, as the inside of a regex ``[...]``.

One name per range, so that a rule says which characters it means.  The ranges differ
on purpose; rules use the one they were written and tested with, and changing a rule's
range changes what it reads (the outputs are pinned byte for byte):

* ``HAN``: the CJK Unified Ideographs block and Extension A (rare characters, common in
  names): what names and titles are made of;
* ``HAN_COMMON``: the Unified Ideographs block only: enough to tell whether text reads as
  Chinese (an encoding guess, a prose line), where rare characters decide nothing;
* ``HAN_WITH_COMPAT``: ``HAN`` and the compatibility ideographs (U+F900–U+FAFF), which
  survive normalisation in names: what the NLP stages count as Han (kg.nlp.text.HAN);
* ``CJK_TEXT``: Han from Extension A to the end of the Unified block (so the Yijing
  hexagram symbols between them too), CJK punctuation and full-width forms: a character
  of Chinese running text, whatever it is, for joining lines an HTML page broke;
* ``PICTOGRAPHS``: emoji and the pictographic symbols and dingbats posts decorate lines
  with (🎉 📌 🌐 ❤ ⭐), and the joiners of emoji sequences: icons, never words (not ℃,
  arrows or the bullets of lists, which are other blocks).
"""

from __future__ import annotations

HAN_COMMON = r"\u4e00-\u9fff"
HAN = r"\u3400-\u4dbf" + HAN_COMMON
HAN_WITH_COMPAT = HAN + r"\uf900-\ufaff"
CJK_TEXT = r"\u3400-\u9fff\u3000-\u303f\uff00-\uffef"
PICTOGRAPHS = r"\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d"
