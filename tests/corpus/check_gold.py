#!/usr/bin/env python3
"""Sanity checks for the hand-made test corpus: every gold file parses, refers to its own
entities by canonical name, and every name it lists can be found in its document.

    python tests/corpus/check_gold.py            # exit 1 on any problem

Traditional-character documents are converted with opencc (t2s) when it is installed.
"""

import html
import json
import re
import sys
import unicodedata
from pathlib import Path

from kg.ingest import CONTAINERS
from kg.ingest.mail_files import read_mail
from kg.ingest.normalize import without_readings
from kg.ingest.saved_pages import mhtml_html
from kg.lexicon import table

HERE = Path(__file__).parent
# the development documents, and those held back (scored at the end of a session only)
FOLDERS = (HERE, HERE / "held")
QUOTES = "“”‘’\"'「」『』《》〈〉"


def norm(s):
    s = unicodedata.normalize("NFKC", str(s))
    return "".join(ch for ch in s if not ch.isspace() and ch not in QUOTES).lower()


COMMITTEE_SHORT_FORMS = [(row[0], row[1]) for row in table("unions/committee_short_forms.tsv")]


def role_in_text(role, flat):
    """A post's role as the text writes it, or a unit's head written as a label and its title
    (``办公室：主任X`` gives 办公室主任, ``组织部（联系人：部长X`` 组织部部长): the Conventions write
    the department or committee into the role."""
    if role in flat:
        return True
    # a committee named by its short form (经审会主任 for 经费审查委员会主任), the full name in the role
    for short, full in COMMITTEE_SHORT_FORMS:
        if role.startswith(full) and short + role[len(full) :] in flat:
            return True
    if any(
        re.search(re.escape(role[:i]) + r"[:：（(]\S{0,4}?" + re.escape(role[i:]), flat)
        for i in range(2, len(role) - 1)
    ):
        return True
    # a committee's own meeting choosing its head (经费审查委员会第一次会议推选X为主任)
    return any(
        re.search(re.escape(role[:i]) + r"[^。；]{0,20}?为" + re.escape(role[i:]), flat)
        for i in range(2, len(role) - 1)
    )


def read_doc(path):
    raw = path.read_bytes()
    # (a Word file, a workbook, a PDF, an RTF file, a saved mail and a saved page hold their
    # text inside: read it as kg does)
    if path.suffix in CONTAINERS:
        return simplified(CONTAINERS[path.suffix](raw, path.name))
    if path.suffix == ".eml":
        mail = read_mail(raw, path.name)
        text = html.unescape(re.sub(r"<[^>]+>", "", mail.text)) if mail.html else mail.text
        return simplified(text)
    if path.suffix in (".mhtml", ".mht"):
        return simplified(html.unescape(re.sub(r"<[^>]+>", "", mhtml_html(raw, path.name))))
    for enc in ("utf-8", "gbk"):
        try:
            text = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:
        return None  # (no reader of its format, and no text)
    if path.suffix == ".html" or text.lstrip().startswith("<?xml"):
        # (a saved feed is markup whatever its name: its items' HTML sits in CDATA sections)
        text = html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"<!\[CDATA\[|\]\]>", "", text)))
    if path.suffix == ".jsonl":
        text = "\n".join(f"{r.get('title', '')}\n{r['text']}" for r in map(json.loads, text.splitlines()) if r)
    return simplified(text)


def simplified(text):
    """``text`` in simplified characters (opencc t2s), when opencc is installed."""
    try:
        import opencc
    except ImportError:
        return text
    return opencc.OpenCC("t2s").convert(text)


def check(gold_path):
    problems = []
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    doc = gold_path.parent.parent / "docs" / g["source"]
    if not doc.exists():
        return [f"missing document {doc}"]
    text = read_doc(doc)
    if text is None:
        return [f"cannot read {doc.name}: kg has no reader of its format and it is not text"]
    flat = norm(text)
    plain = norm(without_readings(text))  # a mirror's pinyin glosses are no part of a headline or a title
    # long enough to hold a page's furniture and an event, short enough for a reviewer to read
    # whole; real items with their navigation and footers run to about three thousand characters
    visible = len("".join(text.split()))
    if not 380 <= visible <= 3500:
        problems.append(f"document has {visible} visible characters")
    names, types, seen_alias = {}, {}, {}
    for e in g["entities"]:
        all_names = [e["name"], *e.get("aliases", [])]
        # (a government a head's title names, 副县长 of the 县人民政府, the text never writing it)
        implied = "implied_by" in e and norm(e["implied_by"]) in flat
        if not implied and not any(norm(n) in flat for n in all_names):
            problems.append(f"entity not in text: {e['name']}")
        for n in all_names:
            if norm(n) in seen_alias and seen_alias[norm(n)] != e["name"]:
                problems.append(f"alias {n} used by {seen_alias[norm(n)]} and {e['name']}")
            seen_alias[norm(n)] = e["name"]
        names[e["name"]] = e
        types[e["name"]] = {e["type"], *e.get("alt_types", [])}
    for i in g.get("ignore", []):
        if norm(i) in seen_alias:
            problems.append(f"ignored name is also an entity name: {i}")

    def need(name, kinds, where):
        if name not in names:
            problems.append(f"{where}: {name} is not a canonical entity name")
        elif kinds and not types[name] & set(kinds):
            problems.append(f"{where}: {name} has type {types[name]}, expected {kinds}")

    for a in g["articles"]:
        if norm(simplified(a["headline"])) not in flat and norm(simplified(a["headline"])) not in plain:
            problems.append(f"headline not in text: {a['headline']}")
        for c in a["credits"]:
            need(c, ["Person"], "credit")
    for c in g.get("credits_only", []):
        need(c, ["Person"], "credit")
    area = ["AdministrativeArea", "Place"]
    for s, p, o in g["relations"]:
        if p == "partOf":
            need(s, ["AdministrativeArea"], p), need(o, ["AdministrativeArea"], p)
        elif p == "locatedIn":
            need(s, ["TradeUnion", "Organization", "Place"], p), need(o, area, p)
        elif p == "subOrganizationOf":
            need(s, ["TradeUnion", "Organization"], p), need(o, ["TradeUnion", "Organization"], p)
        else:
            problems.append(f"unknown relation {p}")
    for person, org, role in g["posts"]:
        need(person, ["Person"], "post"), need(org, ["TradeUnion", "Organization"], "post")
        if not role_in_text(norm(role), flat) and not role_in_text(norm(role), plain):
            problems.append(f"post role not in text: {role}")
    for person, honour in g.get("awards", []):
        need(person, ["Person"], "award")
        if norm(honour) not in flat:
            problems.append(f"award not in text: {honour}")
    for e in g["events"]:
        if not any(norm(k) in flat for k in e["key"]):
            problems.append(f"no event key in text: {e['key']}")
        for n in e.get("organizer", []):
            need(n, ["TradeUnion", "Organization"], "organizer")
        for n in e.get("location", []):
            need(n, ["Place", "AdministrativeArea", "Organization", "TradeUnion"], "location")
        for n in e.get("participants", []):
            need(n, ["Person", "TradeUnion", "Organization"], "participant")
        if "date" in e and not re.fullmatch(r"(\d{4}-)?\d{2}-\d{2}", e["date"]):
            problems.append(f"bad date {e['date']}")
        if "count" in e and not isinstance(e["count"], int):
            problems.append(f"count is not an integer: {e['count']}")
    return problems


def main():
    bad = 0
    golds = [p for folder in FOLDERS for p in sorted((folder / "gold").glob("*.json"))]
    for path in golds:
        problems = check(path)
        bad += bool(problems)
        print(f"{'ok ' if not problems else 'BAD'} {path.name}")
        for p in problems:
            print(f"    {p}")
    sys.path.insert(0, str(Path("/work/shared/eval")))
    try:
        import score  # the scorer's own loader must accept every file

        for folder in FOLDERS:
            score.Gold(sorted(str(p) for p in (folder / "gold").glob("*.json")))
    except ImportError:
        pass
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
