"""A headline line as a web page prints it, cut to the headline.

Pages copied from the web carry their ``<title>`` line, where the site's name follows
the headline (标题_某某工会网, 标题 - 某某新闻网, 标题 | 某某总工会, 标题_栏目_网站),
and sites and WeChat posts put a column label before it (【工会动态】标题, [基层风采]标题),
or a field's label (标题：…).
Neither is the headline: the site's name is cut when it ends like a site's name (the
words in ``kg/data/lexicon/pages/site_heads.txt``), the label when it is short and
what follows it still reads as a headline.
"""

from __future__ import annotations

import functools
import re

from kg.ingest.shapes import title_like
from kg.ingest.textmap import Mapped
from kg.lexicon import alternation
from kg.lexicon.chars import HAN

# a column label before the headline: short, in square brackets of either width
_TAG = re.compile(r"^\s*[【\[［](?P<tag>[^】\]］]{1,10})[】\]］]\s*")
# between headline and site: _ or a bar (spaced or not), or a dash set off by spaces
_SEP = r"(?:\s*[_|｜丨]\s*|\s+[-－–—]\s+|(?<=[^\s\d])-(?=[^\s\d]))"
# the parts after the headline: a section (栏目) and the site; each short
_PART = rf"[{HAN}A-Za-z0-9·]{{1,16}}"


@functools.cache
def _site_tail() -> re.Pattern[str]:
    site = rf"[{HAN}A-Za-z0-9·]{{0,16}}?(?:{alternation('pages/site_heads.txt')})"
    return re.compile(rf"(?:{_SEP}{_PART})*?{_SEP}{site}\s*$")


def without_site(line: Mapped) -> Mapped:
    """``line`` without the site's name (and section) a ``<title>`` line appends."""
    m = _site_tail().search(line.text)
    if m is None or m.start() == 0:
        return line
    head = line[: m.start()].strip()
    return head if title_like(head.text) and len(head.text) >= 4 else line


def without_tag(line: Mapped) -> Mapped:
    """``line`` without a column label before it (【工会动态】标题)."""
    m = _TAG.match(line.text)
    if m is None:
        return line
    head = line[m.end() :].strip()
    return head if title_like(head.text) and len(head.text) >= 4 else line


@functools.cache
def _label() -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:{alternation('pages/title_labels.txt')})\s*[:：]\s*")


def without_label(line: Mapped) -> Mapped:
    """``line`` without a label before it (标题：某某工会举办…)."""
    m = _label().match(line.text)
    if m is None:
        return line
    head = line[m.end() :].strip()
    return head if title_like(head.text) and len(head.text) >= 4 else line


def clean_headline(line: Mapped) -> Mapped:
    """The headline of a page's headline line: without its label, site's name and column label."""
    return without_tag(without_site(without_label(line)))
