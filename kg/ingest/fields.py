"""A header of fields naming its title: 标题：X among 栏目：… 播出时间：… 记者：… lines.

A broadcast script (电视新闻播出稿, 广播稿), a press release form or a submission sheet
opens with a block of labelled fields, one of which holds the headline (标题：X, 题目：X).
Left to the line shapes, the block is a header of short lines and any field may be taken
for the headline (主持人：X 后期：Y), or a field's date cut off as a meta line; so the
titled field is taken out before the page's furniture is dropped, and made the first
article's headline afterwards (:func:`kg.ingest.pages.build_articles`).
"""

from __future__ import annotations

import re

from kg.ingest.document import Block
from kg.ingest.headlines import without_label
from kg.ingest.shapes import is_prose
from kg.ingest.textmap import Mapped
from kg.lexicon.chars import HAN

# a field: a short label and its colon at the start of a line (栏目：, 播出时间：, 记者：)
_FIELD = re.compile(rf"^\s*[{HAN}]{{2,6}}\s*[:：]\s*\S")


def take_titled_field(blocks: list[Block]) -> tuple[list[Block], Mapped | None]:
    """``blocks`` without the one titled field of a header of fields, and its title.

    The header is the lines before the first sentence of text; the titled field counts
    when it is the only one there and another field stands beside it (a lone 标题：X is
    cut as any headline's label is)."""
    # (a titled field asking a question is no sentence: 留言标题：能否增设工会驿站？)
    first_prose = next(
        (i for i, b in enumerate(blocks) if is_prose(b.text.text) and without_label(b.text).text == b.text.text),
        len(blocks),
    )
    header = blocks[:first_prose]
    titled = [b for b in header if b.level is None and without_label(b.text).text != b.text.text]
    fields = [b for b in header if _FIELD.match(b.text.text) and all(b is not t for t in titled)]
    if len(titled) != 1 or not fields:
        return blocks, None
    return [b for b in blocks if b is not titled[0]], without_label(titled[0].text)
