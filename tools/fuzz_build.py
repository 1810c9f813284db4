"""Fuzz ``kg build`` from the command line: random news-like documents, built in batches.

Usage::

    python tools/fuzz_build.py N [--seed S] [--batch B] [--jobs J] [--keep DIR]

Writes N random documents into a temporary folder — union news made of the project's own
vocabulary (kg/data: areas, surnames, posts, union endings, event heads, outlets, credit
and date labels) and templates (``X（以下简称“Y”）``, 区总工会主席张三 / 张三主席, elections,
bylines, 发布时间/来源 lines), mangled with punctuation, digits, ASCII, control, format and
full-width characters, very long and very short lines; as .txt, .md, broken HTML and
broken JSON lines (lone surrogate escapes, deep nesting, U+2028 …); in odd encodings
(GBK, Big5, UTF-16, stray bytes) and under odd file names (bytes that are not UTF-8,
spaces, new lines, terminal escapes, very long names), beside the odd symbolic link (a
folder that holds itself, a link to itself, two links to each other, a dangling one) —
and builds them B at a time with
``kg build --no-cache``.  The documents depend on the seed alone: ``--seed`` replays a run.

A batch fails on: an exit code other than 0 and 3 (1 only when every document of the
batch was reported bad), "Traceback" or "internal error" on stderr, a graph.ttl rdflib
cannot parse, a ``kg validate`` violation of the output folder, or a build that does not
end within ``--timeout``.  A failed batch's files are copied to a folder under ``--keep``
(named in the output) and the first lines of the failure are printed.  The last line::

    fuzz documents=N batches=B crashes=C seconds=S

Exit code 0 when no batch failed, else 1.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "kg" / "data"
OK_CODES = (0, 3)
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国立新晓东宁欣畅辰阳君"
FULL_WIDTH = {ch: chr(ord(ch) + 0xFEE0) for ch in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}
ODD_CHARS = [
    *map(chr, range(32)),
    "\x7f",
    "\x85",
    "\u00a0",
    "\u200b",
    "\u200d",
    "\u202e",
    "\u2028",
    "\u2029",
    "\u3000",
    "\ufeff",
    "\ufffd",
    "\uffff",
    "\U00020000",
    "\U0001f600",
    "\u0301",
    "\x1b[31m",
    "\x1b[2J",
]
PUNCTUATION = "，。、；：？！“”‘’（）《》【】…—·「」『』,.;:?!\"'()[]<>-~@#$%^&*_+=|/\\"


def _lines(path: Path, column: int = 0, keep: str | None = None) -> list[str]:
    """The words of a kg/data file: first column, comments and the header skipped."""
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if keep is not None and (len(cols) < 2 or cols[1] != keep):
            continue
        out.append(cols[column].strip())
    return [w for w in out if w and w not in ("title", "name", "code")]


@dataclass
class Vocab:
    areas: list[str]
    surnames: list[str]
    posts: list[str]
    union_endings: list[str]
    events: list[str]
    outlets: list[str]
    roles: list[str]
    date_labels: list[str]
    source_labels: list[str]

    @classmethod
    def load(cls) -> Vocab:
        lex = DATA / "lexicon"
        return cls(
            areas=_lines(DATA / "gazetteer" / "areas.tsv", 1)[:3000],
            surnames=_lines(lex / "people/surnames.txt"),
            posts=_lines(lex / "posts/titles.tsv", 0, keep="post"),
            union_endings=["总工会", "工会", "工会委员会", "工会联合会", *_lines(lex / "unions/union_suffixes.txt")],
            events=_lines(lex / "events/event_heads.txt"),
            outlets=_lines(lex / "credits/outlets.txt"),
            roles=_lines(lex / "credits/credit_roles.txt"),
            date_labels=_lines(lex / "pages/date_labels.txt"),
            source_labels=_lines(lex / "pages/source_labels.txt"),
        )


@dataclass
class Document:
    name: bytes  # relative path inside the batch folder, as the file system keeps it
    data: bytes


class Writer:
    """Random documents from one random generator: the same seed, the same documents."""

    def __init__(self, rng: random.Random, vocab: Vocab) -> None:
        self.rng, self.v = rng, vocab

    # ----------------------------------------------------------------- words

    def pick(self, words: list[str]) -> str:
        return self.rng.choice(words)

    def person(self) -> str:
        return self.pick(self.v.surnames) + "".join(self.rng.choices(GIVEN, k=self.rng.choice((1, 2, 2))))

    def union(self) -> str:
        area = self.pick(self.v.areas)
        middle = self.rng.choice(["", "", "服务", "教育", "机关", "建设", "某某公司", "第三"])
        return area + middle + self.pick(self.v.union_endings)

    def date(self) -> str:
        y, m, d = self.rng.randint(1990, 2030), self.rng.randint(0, 13), self.rng.randint(0, 32)
        return self.rng.choice([f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{m}月{d}日", f"{y}.{m}.{d}", "近日"])

    # ----------------------------------------------------------------- sentences

    def sentence(self) -> str:
        r, p, u = self.rng, self.person, self.union

        def e() -> str:
            return self.pick(self.v.events)

        templates = [
            lambda: f"{u()}（以下简称“{r.choice(['市总', '区总', '工会', ''])}”）{self.date()}召开{e()}。",
            lambda: f"{u()}{self.pick(self.v.posts)}{p()}出席会议并讲话。",
            lambda: f"{p()}{self.pick(self.v.posts)}指出，要坚持以职工为中心。",
            lambda: f"区总工会{self.pick(self.v.posts)}、{self.pick(self.v.posts)}{p()}，{p()}等参加。",
            lambda: f"会议选举产生了{u()}第{r.randint(1, 30)}届委员会，{p()}当选为主席，{p()}、{p()}当选为副主席。",
            lambda: f"{p()}同志当选{u()}{self.pick(self.v.posts)}，{p()}不再担任{self.pick(self.v.posts)}职务。",
            lambda: (
                f"{self.pick(self.v.outlets)}讯（{self.pick(self.v.roles)} {p()}{r.choice(['', ' 通讯员 ' + p()])}）"
                f"{self.date()}，{u()}举办{self.pick(self.v.events)}。"
            ),
            lambda: (
                f"{self.pick(self.v.date_labels)}：{self.date()} {r.randint(0, 23)}:{r.randint(0, 59):02d}"
                f"  {self.pick(self.v.source_labels)}：{u()}"
            ),
            lambda: f"（{r.choice(['摄影', '图', '文/图'])} {p()}）",
            lambda: f"{p()}摄",
            lambda: (
                f"{self.date()}，{u()}与{u()}联合开展“{r.choice(['送清凉', '金秋助学', '工匠', '劳模'])}”活动，"
                f"{r.randint(0, 10**6)}名职工参加。"
            ),
            lambda: (
                f"{u()}在{self.pick(self.v.areas)}{r.choice(['会议中心', '职工之家', '体育馆', ''])}"
                f"举行{self.pick(self.v.events)}。"
            ),
            lambda: f"“{p()}”称号获得者{p()}受到表彰。",
            lambda: f"责任编辑：{p()}",
        ]
        return r.choice(templates)()

    def article(self) -> tuple[str, list[str]]:
        title = self.rng.choice([f"{self.union()}召开{self.pick(self.v.events)}", self.sentence()[:30], ""])
        return title, [self.sentence() for _ in range(self.rng.randint(0, 12))]

    # ----------------------------------------------------------------- mangling

    def mangle(self, text: str) -> str:
        r = self.rng
        for _ in range(r.choice((0, 0, 1, 2, 5))):
            i = r.randint(0, len(text))
            junk = r.choice(
                [
                    r.choice(ODD_CHARS) * r.randint(1, 3),
                    "".join(r.choices(PUNCTUATION, k=r.randint(1, 12))),
                    str(r.randint(-(10**12), 10**12)),
                    "".join(r.choices("abcXYZ 0123_-./:?&=http", k=r.randint(1, 40))),
                    r.choice(["\ud800", "\udfff"]),  # a lone surrogate
                ]
            )
            text = text[:i] + junk + text[i:]
        if r.random() < 0.15:
            text = "".join(FULL_WIDTH.get(ch, ch) for ch in text)
        if r.random() < 0.08:
            text = text.replace("\n", "") * r.randint(1, 30)  # one very long line
        if r.random() < 0.08:
            text = "\n".join(text)  # one character per line
        if r.random() < 0.05:
            text = text[: r.randint(0, len(text))]
        if r.random() < 0.03:
            text = r.choice(["", " ", "\n\n\n", "\ufeff", "。", "\x00" * 10])
        return text

    # ----------------------------------------------------------------- containers

    def txt(self) -> str:
        docs = []
        for _ in range(self.rng.choice((1, 1, 2, 3))):
            title, body = self.article()
            docs.append("\n\n".join([title, *body]))
        return self.rng.choice(["\n", "\r\n", "\r"]).join("\n\n\n".join(docs).split("\n"))

    def markdown(self) -> str:
        title, body = self.article()
        r = self.rng
        parts = [f"{'#' * r.randint(1, 7)} {title}"]
        for s in body:
            parts.append(r.choice(["", "- ", "> ", "1. ", "**", "```\n", "| ", "    "]) + s)
        return "\n\n".join(parts)

    def html(self) -> str:
        r = self.rng
        title, body = self.article()
        paragraphs = "".join(
            r.choice(["<p>{}</p>", "<div>{}", "<p>{}", "{}<br>", "<span>{}</div>"]).format(s) for s in body
        )
        head = r.choice(["", '<meta charset="gbk">', '<meta charset="utf-8">', '<meta http-equiv="Content-Type">'])
        extras = [
            "",
            "<script>document.write('<p>北京市总工会</p>')</script>",
            "<!-- 未闭合的注释 " + title,
            "<![CDATA[" + title + "]]>",
            "&nbsp;&#12288;&#0;&#xD800;&#x110000;&bogus;&#99999999;",
            "<div>" * r.choice((10, 100, 1000, 5000)) + title,
            "<table><tr><td>" + title + "</td>",
            '<a href="javascript:alert(1)" title=\'"\'>' + title,
            "<style>p{}</style><title>" + title,
        ]
        page = f"<html><head>{head}<title>{title}</title></head><body><h1>{title}</h1>{paragraphs}{r.choice(extras)}"
        if r.random() < 0.5:
            page += "</body></html>"
        return page[: r.randint(len(page) // 2, len(page))] if r.random() < 0.1 else page

    def jsonl(self) -> str:
        r = self.rng
        lines = []
        for _ in range(r.randint(1, 5)):
            title, body = self.article()
            fields = {"title": title, "date": self.date(), "url": f"https://example.cn/{r.randint(0, 999)}"}
            good = json.dumps({**fields, "text": "\n".join(body)}, ensure_ascii=r.random() < 0.3)
            text = json.dumps("\n".join(body))[1:-1]
            lines.append(
                r.choice(
                    [
                        good,
                        good,
                        good[: r.randint(0, len(good))],
                        '{"text": 5}',
                        '{"text": null, "title": ["a"]}',
                        "[1, 2, 3]",
                        '"只是一个字符串"',
                        '{"text": "\\ud800 孤立的代理项 \\udfff"}',
                        '{"title": "\\ud83d", "text": "' + text + '"}',
                        '{"text": ' + "[" * r.choice((100, 5000, 100000)) + "]" * 3 + "}",
                        '{"text": "行分隔符\u2028段落分隔符\u2029' + text + '"}',
                        '{"text": NaN, "date": Infinity}',
                        '{"text": "a", "text": "b", "date": "2025-13-45"}',
                        '{"text": "' + "长" * r.randint(1, 50000) + '"}',
                        "",
                        "\ufeff" + good,
                        good + ",",
                    ]
                )
            )
        return "\n".join(lines)

    # ----------------------------------------------------------------- bytes

    def encode(self, text: str, kind: str) -> bytes:
        r = self.rng
        encoding = r.choice(
            ["utf-8"] * 6 + ["utf-8-sig", "gbk", "gb18030", "big5", "utf-16", "utf-16-le", "utf-16-be", "latin-1"]
        )
        if kind == "jsonl" and r.random() < 0.7:
            encoding = "utf-8"
        if encoding.startswith(("utf-8", "utf-16")):
            data = text.encode(encoding, "surrogatepass")
        else:
            data = text.encode(encoding, "replace")
        for _ in range(r.choice((0, 0, 0, 1, 3))):
            i = r.randint(0, len(data))
            data = data[:i] + r.choice([b"\x80", b"\xff", b"\xc3", b"\xe4\xb8", b"\xfe\xff", b"\x00"]) + data[i:]
        return data

    def name(self, index: int, kind: str) -> bytes:
        r = self.rng
        ext = {
            "txt": r.choice([".txt", ".txt", ".TXT"]),
            "md": ".md",
            "html": r.choice([".html", ".htm", ".HTML"]),
            "jsonl": ".jsonl",
        }[kind]
        stem = r.choice(
            [
                f"doc{index}",
                f"doc{index}",
                f"北京市总工会新闻{index}",
                f"news {index} copy",
                "长" * 70 + str(index),
                f"-{index}",
                f"..{index}",
                f" {index} ",
                f"line\nbreak{index}",
                f"\x1b[31mred{index}",
                f"tab\t{index}",
                f"{index}?*[",
            ]
        ).encode("utf-8")
        if r.random() < 0.1:
            stem = b"gbk-" + "工会".encode("gbk") + b"\xff" + str(index).encode()
        folder = b""
        if r.random() < 0.15:
            folder = (
                b"/".join(r.choice([b"sub", "子目录".encode(), b"a b", b"deep"]) for _ in range(r.randint(1, 6))) + b"/"
            )
        return folder + stem + ext.encode()

    def document(self, index: int) -> Document:
        kind = self.rng.choice(["txt", "txt", "txt", "md", "html", "html", "jsonl", "jsonl"])
        text = {"txt": self.txt, "md": self.markdown, "html": self.html, "jsonl": self.jsonl}[kind]()
        if kind != "jsonl":
            text = self.mangle(text)
        return Document(self.name(index, kind), self.encode(text, kind))


# --------------------------------------------------------------------------- running batches


def shown(text: str, limit: int = 300) -> str:
    """A failure line fit for the terminal (file names carry escapes and new lines)."""
    from kg.linked.display import shown as safe

    return safe(text, limit)


LINKS = {  # symbolic links a folder of news may hold: name -> target, made in this order
    "folder-loop": [(b"loop", b".")],
    "self-loop": [(b"self.txt", b"self.txt")],
    "two-loop": [(b"a-link.txt", b"b-link.txt"), (b"b-link.txt", b"a-link.txt")],
    "dangling": [(b"gone.html", b"nowhere/gone.html")],
}


def write_batch(folder: Path, docs: list[Document], links: str | None) -> list[bytes]:
    """Write ``docs`` (and the symbolic links ``links`` names) under ``folder``; the documents' paths."""
    paths = []
    for doc in docs:
        path = os.fsencode(folder) + b"/" + doc.name
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(doc.data)
        paths.append(path)
    for name, target in LINKS.get(links or "", []):
        os.symlink(target, os.path.join(os.fsencode(folder), name))
    return paths


def _all_reported_bad(stderr: str, paths: list[bytes]) -> list[str]:
    """The documents that the build's stderr does not name as skipped (empty: all were)."""
    skipped = "\n".join(line for line in stderr.splitlines() if "skipped" in line or line.startswith("kg: error:"))
    missing = []
    for p in paths:
        name = os.path.basename(p)
        piece = max([*re.split(rb"[^\x20-\x7e]+", name), b""], key=len).decode("ascii", "replace")
        variants = {os.fsdecode(name), name.decode("utf-8", "replace"), repr(os.fsdecode(name))[1:-1], piece}
        if not any(v and v in skipped for v in variants):
            missing.append(os.fsdecode(name))
    return missing


def check_batch(batch: Path, out: Path, paths: list[bytes], jobs: int | None, timeout: float) -> list[str]:
    """Build one batch and return the failure lines (empty: it passed)."""
    cmd = [sys.executable, "-m", "kg.cli", "build", str(batch), "-o", str(out), "--no-cache"]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    env = {k: v for k, v in os.environ.items() if k != "KG_DEBUG"}
    env["KG_CACHE_DIR"] = str(out.parent / "cache")
    try:
        run = subprocess.run(cmd, env=env, capture_output=True, timeout=timeout, cwd=ROOT, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return [f"kg build did not end within {timeout:g} s"]
    stderr = run.stderr.decode("utf-8", "backslashreplace")
    lines = stderr.splitlines()
    failures = []
    if "Traceback" in stderr or "internal error" in stderr:
        first = next((ln for ln in lines if "internal error" in ln), None) or next(
            (ln for ln in reversed(lines) if ln and not ln.startswith(" ")), ""
        )
        failures.append(f"crash (exit {run.returncode}): {first}")
    elif run.returncode == 1:
        missing = _all_reported_bad(stderr, paths)
        if missing:
            failures.append(f"exit 1 though {len(missing)} document(s) were not reported bad, e.g. {missing[0]!r}")
    elif run.returncode not in OK_CODES:
        failures.append(f"exit code {run.returncode}")
    if failures:
        return failures + [f"  stderr: {ln}" for ln in lines[-8:]]
    if run.returncode == 1:
        return []
    ttl = out / "graph.ttl"
    if not ttl.exists():
        return [f"exit {run.returncode} but no graph.ttl was written"]
    from rdflib import Graph

    try:
        Graph().parse(ttl, format="turtle")
    except Exception as exc:  # any parser failure is the finding
        return [f"graph.ttl does not parse: {type(exc).__name__}: {' '.join(str(exc).split())[:300]}"]
    check = subprocess.run(
        [sys.executable, "-m", "kg.cli", "validate", str(out), "--max-problems", "5"],
        env=env,
        capture_output=True,
        timeout=timeout,
        cwd=ROOT,
    )
    if check.returncode != 0:
        shown_lines = (check.stdout + check.stderr).decode("utf-8", "backslashreplace").splitlines()
        return [f"kg validate exit {check.returncode}"] + [f"  {ln}" for ln in shown_lines[:6]]
    return []


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("documents", type=int, metavar="N", help="how many documents to make and build")
    ap.add_argument("--seed", type=int, default=None, help="replay a run (default: a random seed, printed)")
    ap.add_argument("--batch", type=int, default=10, help="documents per kg build (default: 10)")
    ap.add_argument("--jobs", type=int, default=None, help="kg build --jobs (default: kg's own)")
    ap.add_argument("--timeout", type=float, default=600, help="seconds a batch may take (default: 600)")
    ap.add_argument(
        "--keep",
        type=Path,
        default=Path(tempfile.gettempdir()) / "kg-fuzz-failures",
        help="where failed batches are copied (default: %(default)s)",
    )
    args = ap.parse_args(argv)
    if args.documents < 1 or args.batch < 1:
        ap.error("N and --batch must be at least 1")
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    print(f"fuzz seed={seed} (replay: python tools/fuzz_build.py {args.documents} --seed {seed} --batch {args.batch})")
    sys.stdout.flush()
    rng = random.Random(seed)
    writer = Writer(rng, Vocab.load())
    docs = [writer.document(i) for i in range(args.documents)]
    batches = [docs[i : i + args.batch] for i in range(0, len(docs), args.batch)]
    links = [rng.choice(sorted(LINKS)) if rng.random() < 0.15 else None for _ in batches]
    clock = time.perf_counter()
    crashes = 0
    with tempfile.TemporaryDirectory(prefix="kg-fuzz-") as tmp:
        for number, (batch_docs, link) in enumerate(zip(batches, links, strict=True)):
            folder, out = Path(tmp) / f"batch{number:03d}", Path(tmp) / f"out{number:03d}"
            paths = write_batch(folder, batch_docs, link)
            failure = check_batch(folder, out, paths, args.jobs, args.timeout)
            if failure:
                crashes += 1
                kept = args.keep / f"seed{seed}-batch{number:03d}"
                if kept.exists():
                    shutil.rmtree(kept)
                kept.parent.mkdir(parents=True, exist_ok=True)
                shutil.copytree(folder, kept, symlinks=True)
                print(f"FAIL batch {number} (seed {seed}, files kept in {kept}):")
                for line in failure:
                    print("  " + shown(line))
            else:
                print(f"ok   batch {number} ({len(batch_docs)} documents)")
            sys.stdout.flush()
            shutil.rmtree(folder, ignore_errors=True)
            shutil.rmtree(out, ignore_errors=True)
    seconds = time.perf_counter() - clock
    if crashes:
        print(f"seed {seed}: {crashes} failed batch(es)")
    print(f"fuzz documents={len(docs)} batches={len(batches)} crashes={crashes} seconds={seconds:.0f}")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
