"""Filled forms saved as text: one article per form, headed by the form's title.

A recommendation file (推荐审批表), a registration (登记表) or an application (申报表)
saved from Word prints each form under its title line (2028年某某奖章（个人）推荐审批表),
then its cells: short label and value runs (姓　名 某某 性　别 男), a 主要事迹 paragraph,
the 意见 rows with their stamps and dates.  Read as a page, the cells are taken for
headlines (a row of short words) and a file of two forms for one story or many.

So a title-shaped line opening a paragraph and ending with a form's kind
(``pages/form_genres.txt``), over a line of cells rather than a sentence, opens a form;
each form, down to the next, is a document of one article under its title.  What stands
above the first form is an attachment's label (附件2) when it holds no sentence (dropped
as furniture), or text of its own (a notice the forms are sent with), read as before.
"""

from __future__ import annotations

import functools
import re

from kg.ingest.document import Block, Document
from kg.ingest.shapes import is_prose, title_like
from kg.lexicon import alternation


@functools.cache
def _form_title() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation('pages/form_genres.txt')})\s*$")


def form_title(blocks: list[Block], i: int) -> bool:
    """``blocks[i]`` is a form's title: a headline-shaped line that opens a paragraph, ends
    with a form's kind, and has the form's cells (no sentence) under it."""
    t = blocks[i].text.text.strip()
    if not (i == 0 or blocks[i].gap > 0) or not title_like(t) or _form_title().search(t) is None:
        return False
    return i + 1 < len(blocks) and not is_prose(blocks[i + 1].text.text)


def form_documents(doc: Document) -> list[Document] | None:
    """Each form of a document of forms as a document of one article (None: no forms)."""
    if doc.one_article:
        return None
    starts = [i for i in range(len(doc.blocks)) if form_title(doc.blocks, i)]
    if not starts:
        return None
    before = doc.blocks[: starts[0]]
    lead = any(is_prose(b.text.text) for b in before)
    docs = [Document(blocks=before, date=doc.date, date_rank=doc.date_rank, url=doc.url)] if lead else []
    for k, at in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(doc.blocks)
        docs.append(
            Document(
                blocks=doc.blocks[at + 1 : end],
                title=doc.blocks[at].text.strip(),
                date=doc.date,
                date_rank=doc.date_rank,
                url=doc.url,
                one_article=True,
                furniture=[] if lead or k else [b.text.text for b in before],
            )
        )
    return docs
