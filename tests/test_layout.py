"""The package's shape: data flows one way, no import cycles, no imports hidden in functions.

Read from the source with ``ast`` (nothing is imported), so a cycle fails here even when
a function-local import keeps it from failing at run time.  Three rules:

1. no import cycle between modules of ``kg`` (function-local imports included);
2. a module imports only its own stage, earlier stages and the base modules; the stages,
   in data-flow order::

       ingest < nlp < extract < graph < resolve < rdf, view < linked < pipeline < cli

   ``graph`` holds the hub graph's model (add_node …) and its files; ``resolve`` writes
   the facts into that graph, so it comes after it.  Base modules (the plain data of
   ``kg.model``, word lists, the gazetteer, errors, file writing, the output folder's
   lock) are importable by every stage and import only each other;
3. a function-local import of a ``kg`` module is allowed only when listed in
   ``LAZY`` with the reason (start-up time of heavy libraries).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

BASE = (
    "kg",  # the package itself: __version__
    "kg.charset_cache",  # installed by the package before any pattern is compiled
    "kg.model",
    "kg.lexicon",
    "kg.gazetteer",
    "kg.errors",
    "kg.interrupts",
    "kg.fileio",
    "kg.limits",
    "kg.outset",  # the output folder's lock and switch: builds write it, readers settle it
    "kg.testhooks",
)
STAGES = (
    ("kg.ingest",),
    ("kg.nlp",),
    ("kg.extract",),
    ("kg.graph",),
    ("kg.resolve",),
    ("kg.rdf", "kg.view"),
    ("kg.linked",),
    ("kg.pipeline",),
    ("kg.cli", "kg.cli_query", "kg.console", "kg.entry", "kg.pipes", "kg.__main__"),
)

# (importer, imported prefix): function-local imports of kg modules that are allowed, and why.
LAZY = {
    # a Ctrl-C while the command line loads gives "kg: interrupted", not a traceback
    ("kg.entry", "kg.cli"),
    # each command imports its stage when it runs: `kg --help` loads no spaCy, rdflib or pyshacl
    ("kg.cli", "kg.ingest"),
    ("kg.cli", "kg.pipeline"),
    ("kg.cli", "kg.rdf"),
    ("kg.cli", "kg.linked"),
    ("kg.cli_query", "kg.linked"),
    # spaCy, LAC and the extraction rules load only in processes that read files
    # (a build whose files all come from the cache never loads them)
    ("kg.pipeline.parallel", "kg.nlp"),
    ("kg.pipeline.parallel", "kg.extract"),
}


@dataclass(frozen=True)
class Import:
    importer: str
    imported: str
    line: int
    local: bool  # inside a function


def modules(root: Path) -> dict[str, tuple[Path, bool]]:
    """{dotted name: (file, is a package)} of every module under ``root/kg``."""
    out = {}
    for path in sorted((root / "kg").rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        package = parts[-1] == "__init__"
        out[".".join(parts[:-1] if package else parts)] = (path, package)
    return out


def imports(root: Path) -> list[Import]:
    """Every import of a kg module by a kg module, resolved to the module it names."""
    mods = modules(root)

    def known(name: str) -> str | None:
        while name not in mods and "." in name:
            name = name.rsplit(".", 1)[0]
        return name if name in mods else None

    found = []
    for name, (path, package) in mods.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        local = {
            id(node)
            for fn in ast.walk(tree)
            if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef)
            for node in ast.walk(fn)
        }
        for node in ast.walk(tree):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    here = name.split(".") if package else name.split(".")[:-1]
                    here = here[: len(here) - (node.level - 1)]
                    base = ".".join([*here, base] if base else here)
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in mods else base for a in node.names]
            for target in targets:
                if target == "kg" or target.startswith("kg."):
                    resolved = known(target)
                    if resolved is not None and resolved != name:
                        found.append(Import(name, resolved, node.lineno, id(node) in local))
    return found


def _within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def stage(name: str) -> int | None:
    """The rank of ``name``'s stage; None for a base module."""
    if any(_within(name, b) for b in BASE[1:]) or name == "kg":
        return None
    for rank, prefixes in enumerate(STAGES):
        if any(_within(name, p) for p in prefixes):
            return rank
    raise AssertionError(f"{name}: in no stage and not a base module; add it to BASE or STAGES")


def cycles(found: list[Import]) -> list[list[str]]:
    """The import cycles (strongly connected groups of two or more modules)."""
    graph: dict[str, set[str]] = {}
    for imp in found:
        graph.setdefault(imp.importer, set()).add(imp.imported)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:  # Tarjan's algorithm; kg is far too shallow for the recursion limit
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def backward(found: list[Import]) -> list[str]:
    """Imports of a later stage, and base modules importing a stage."""
    bad = []
    for imp in found:
        here, there = stage(imp.importer), stage(imp.imported)
        if there is None:
            continue
        if here is None or there > here:
            bad.append(f"{imp.importer}:{imp.line} imports {imp.imported}")
    return bad


def hidden(found: list[Import]) -> list[str]:
    """Function-local imports of kg modules that ``LAZY`` does not list."""
    return [
        f"{imp.importer}:{imp.line} imports {imp.imported} inside a function"
        for imp in found
        if imp.local and not any(imp.importer == a and _within(imp.imported, b) for a, b in LAZY)
    ]


# --------------------------------------------------------------------------- the package


@pytest.fixture(scope="module")
def kg_imports() -> list[Import]:
    return imports(ROOT)


def test_no_import_cycles(kg_imports):
    assert cycles(kg_imports) == []


def test_every_module_imports_only_earlier_stages(kg_imports):
    assert backward(kg_imports) == []


def test_no_function_local_imports_but_the_listed_lazy_ones(kg_imports):
    assert hidden(kg_imports) == []


def test_every_lazy_import_listed_is_still_there(kg_imports):
    """A stale entry would let a new hidden import slip through unnoticed."""
    used = {
        (a, b) for a, b in LAZY for imp in kg_imports if imp.local and imp.importer == a and _within(imp.imported, b)
    }
    assert LAZY - used == set()


def test_no_module_of_kg_is_over_400_lines():
    long = {
        str(p.relative_to(ROOT)): n for p, _ in modules(ROOT).values() if (n := len(p.read_text().splitlines())) > 400
    }
    assert long == {}


# --------------------------------------------------------------------------- the rules fail when broken


def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    for rel, text in {"kg/__init__.py": "", **files}.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


def test_a_cycle_hidden_in_a_function_is_found(tmp_path):
    root = _package(
        tmp_path,
        {
            "kg/rdf/__init__.py": "",
            "kg/rdf/turtle.py": "from kg.rdf.stream import write\n",
            "kg/rdf/stream.py": "def write():\n    from kg.rdf import turtle\n",
        },
    )
    found = imports(root)
    assert cycles(found) == [["kg.rdf.stream", "kg.rdf.turtle"]]
    assert hidden(found) == ["kg.rdf.stream:2 imports kg.rdf.turtle inside a function"]


def test_an_import_of_a_later_stage_is_found(tmp_path):
    root = _package(
        tmp_path,
        {
            "kg/extract/__init__.py": "",
            "kg/extract/posts.py": "from ..pipeline import build\n",  # relative imports count too
            "kg/pipeline/__init__.py": "",
            "kg/pipeline/build.py": "import kg.extract.posts\n",
            "kg/model/__init__.py": "",
            "kg/model/facts.py": "from kg.graph.model import add_node\n",
            "kg/graph/__init__.py": "",
            "kg/graph/model.py": "from kg.model.facts import *\n",
        },
    )
    assert backward(imports(root)) == [
        "kg.extract.posts:1 imports kg.pipeline.build",
        "kg.model.facts:1 imports kg.graph.model",
    ]
