"""Names of small businesses and outlets by their morphology, for ``kg.nlp.orgs``.

A shop's ending (餐厅, 茶社: ``bodies/shop_endings.txt``) names a business only where
something says it is one, for it ends descriptions as often (a hotel's restaurant).  A shop
named by its address is one: an area's full name, a street of it (清真巷, 和平路), then the
trade name (某区某巷老王家手抓餐厅) — a description gives no street, or counts (某街一家餐厅).

A courier's outlet is named by its brand (two characters), its trade (速运, 快递), its place
and an outlet's word (某某速运某镇网点): one body, though the tagger reads the brand as a
person's name and the trade as a verb.
"""

from __future__ import annotations

import re

from kg.lexicon import alternation_of, words
from kg.nlp.found import Found
from kg.nlp.spans import Anchors
from kg.nlp.text import is_han
from kg.nlp.tokens import Tokens

SHOP_ENDINGS = tuple(sorted(words("bodies/shop_endings.txt"), key=len, reverse=True))
# a street of the area: a name of one to four characters and a road's word (清真巷, 和平路)
_STREET_RE = re.compile("[\u4e00-\u9fff]{1,4}?(?:" + alternation_of(words("areas/road_words.txt")) + ")")
# the trade name between the street and the shop's ending (老王家手抓), in characters
_TRADE_NAME = (2, 8)
# what opens a description, not a trade name (一家餐厅, 这家茶馆, 某餐厅): a count or a pointing word
_DESCRIPTION_OPENERS = frozenset("一二三四五六七八九十两几某这那该每各本此")
_OUTLET_RE = re.compile(
    "(?P<brand>[\u4e00-\u9fff]{2})(?:"
    + alternation_of(words("bodies/courier_trades.txt"))
    + ")[\u4e00-\u9fff]{2,4}?(?:"
    + alternation_of(words("bodies/outlet_endings.txt"))
    + ")"
)


def street_shops(tk: Tokens, area_starts: Anchors) -> list[Found]:
    """Shops named by an area, a street of it and a trade name (kind "street-shop")."""
    text = tk.text
    out: list[Found] = []
    for a, area in sorted(area_starts.items()):
        street = _STREET_RE.match(text, area.end) if area.kind == "full" else None
        if street is None or text[street.end() : street.end() + 1] in _DESCRIPTION_OPENERS:
            continue
        if "的" in text[street.end() : street.end() + _TRADE_NAME[0]]:
            continue  # 某路的老王餐厅: a description of where a shop is
        k = street.end() + _TRADE_NAME[0]
        while k <= street.end() + _TRADE_NAME[1] and k < len(text) and is_han(text[k - 1]) and text[k - 1] != "的":
            shop = next((w for w in SHOP_ENDINGS if text.startswith(w, k)), None)
            if shop is not None and k + len(shop) in tk.ends:
                out.append(Found(a, k + len(shop), "ORG", "street-shop"))
                break
            k += 1
    return out


def courier_outlets(tk: Tokens) -> list[Found]:
    """A courier brand's outlet named by its place (kind "outlet"): the brand opens a word of
    the tagger's after a mark or the text's start, and the outlet's word ends one."""
    text = tk.text
    out: list[Found] = []
    for m in _OUTLET_RE.finditer(text):
        a, b = m.span()
        if a in tk.starts and b in tk.ends and (a == 0 or not is_han(text[a - 1])):
            out.append(Found(a, b, "ORG", "outlet"))
    return out
