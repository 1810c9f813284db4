"""What the page shows of a node and an edge: labels, sizes, dates and evidence rows, as data.

Everything here becomes JSON that ``view.js`` puts on screen through ``textContent``
only, so text from the news is never markup.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from typing import Any

from kg.view.config import view_config


def cut(text: Any, limit: int) -> str:
    """``text`` on one line, at most ``limit`` characters, ending in "…" when cut."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: max(1, limit - 1)] + "…"


def _names(values: Any) -> list[str]:
    if not values:
        return []
    if isinstance(values, str):
        return [values]
    return sorted({str(v) for v in values if v})


def class_style(cls: Any) -> Mapping[str, str]:
    """The colour and shape of a class (view.json), or the default for an unknown one."""
    view = view_config()
    return view["classes"].get(cls) or view["default_class"]


def edge_label(data: Mapping[str, Any]) -> str:
    """The Chinese label drawn on an edge; a post also names its role (任职·副主席)."""
    pred = str(data.get("pred"))
    label = view_config()["edges"].get(pred, pred)
    if pred == "post" and data.get("role"):
        label = f"{label}·{data['role']}"
    return label


def node_size(mentions: Any) -> float:
    """Radius grows with the square root of mentions, so that hubs stand out but fit."""
    size = view_config()["size"]
    try:
        m = max(0.0, float(mentions or 0))
    except (TypeError, ValueError):
        m = 0.0
    return round(min(size["max"], size["min"] + size["per_sqrt_mention"] * math.sqrt(m)), 2)


def zh_date(value: Any) -> str:
    """An ISO date as Chinese readers write it: 2025年3月28日, 4月1日 (no year), 2025年3月."""
    text = str(value or "").strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", text)
    if m:
        year, month, day = m.groups()
        return f"{year}年" + (f"{int(month)}月" if month else "") + (f"{int(day)}日" if day else "")
    m = re.fullmatch(r"--(\d{1,2})-(\d{1,2})", text)
    if m:
        return f"{int(m.group(1))}月{int(m.group(2))}日"
    m = re.fullmatch(r"--(\d{1,2})", text)
    if m:
        return f"{int(m.group(1))}月"
    return text


def evidence_rows(evidence: Iterable[Any]) -> list[list[Any]]:
    """``[article, sentence, confidence]`` per piece of evidence, best first, one per span."""
    best: dict[tuple[str, int, int], list[Any]] = {}
    for ev in evidence or ():
        get = ev.get if isinstance(ev, Mapping) else lambda k, ev=ev: getattr(ev, k, None)
        try:
            conf = round(float(get("confidence") if get("confidence") is not None else 0.0), 3)
        except (TypeError, ValueError):
            conf = 0.0
        article, sentence = str(get("article") or ""), str(get("sentence") or "")
        span = (article, int(get("start") or 0), int(get("end") or 0))
        if span not in best or best[span][2] < conf:
            best[span] = [article, sentence, conf]
    rows = sorted(best.items(), key=lambda kv: (-kv[1][2], kv[0]))
    return [row for _, row in rows]


def node_info(nid: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """What the tooltip and the side panel show about one node, as plain strings."""
    view = view_config()
    f = view["fields"]
    cls = data.get("cls")
    name = str(data.get("label") or nid)
    facts: list[list[str]] = []
    if data.get("code"):
        facts.append([f["code"], str(data["code"])])
    if data.get("level"):
        facts.append([f["level"], view["levels"].get(str(data["level"]), str(data["level"]))])
    if data.get("date"):
        facts.append([f["date"], zh_date(data["date"])])
    if data.get("participant_count") not in (None, ""):
        facts.append([f["participant_count"], str(data["participant_count"])])
    if cls == "Article":
        if data.get("outlet"):
            facts.append([f["outlet"], str(data["outlet"])])
        if data.get("byline"):
            facts.append([f["byline"], str(data["byline"])])
        if data.get("source"):
            index = data.get("index")
            facts.append([f["source"], f"{data['source']}" + (f" #{index}" if index is not None else "")])
        if data.get("chars"):
            facts.append([f["chars"], str(data["chars"])])
    info: dict[str, Any] = {
        "cls": str(cls or ""),
        "name": name,
        "aliases": [a for a in _names(data.get("aliases")) if a != name],
        "mentions": int(data.get("mentions") or 0),
        "facts": facts,
    }
    url = str(data.get("url") or "")
    if re.match(r"https?://", url, re.IGNORECASE):
        info["url"] = url  # only http(s): a "javascript:" address never becomes a link
    awards = data.get("awards") or {}
    if isinstance(awards, Mapping):
        rows = [[str(h), evidence_rows(evs)] for h, evs in sorted(awards.items(), key=lambda kv: str(kv[0]))]
    else:
        rows = [[h, []] for h in _names(awards)]
    if rows:
        info["awards"] = rows
    literal = data.get("literal_evidence") or {}
    shown = [
        [view["literal_fields"].get(str(p), str(p)), evidence_rows(evs)]
        for p, evs in sorted(literal.items(), key=lambda kv: str(kv[0]))
    ]
    if shown:
        info["literal"] = shown
    if cls == "Article" and name == f"{data.get('source')}#{data.get('index')}":
        info["untitled"] = True  # its "label" is its key
    return info
