"""Where the ontology, the SHACL shapes and the canned queries live.

They sit in ``ontology/`` at the top of the source tree, beside ``kg/``, because users
read and copy them as they are (into Protégé, a triple store, a SPARQL editor); the
package finds them from its own location.  ``KG_ONTOLOGY_DIR`` points elsewhere, for an
installation that does not keep the source tree.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError

ENV_DIR = "KG_ONTOLOGY_DIR"


def ontology_dir() -> Path:
    """The ``ontology/`` folder, or a KgError that says how to point at it."""
    configured = os.environ.get(ENV_DIR)
    folder = Path(configured) if configured else Path(__file__).resolve().parents[2] / "ontology"
    if not (folder / "shapes.ttl").is_file():
        raise KgError(
            f"{folder}: no ontology folder with shapes.ttl here; install kg from its source tree "
            f"(pip install -e .) or set {ENV_DIR}"
        )
    return folder


def ontology_path() -> Path:
    return ontology_dir() / "kgo.ttl"


def shapes_path() -> Path:
    return ontology_dir() / "shapes.ttl"


@dataclass(frozen=True)
class CannedQuery:
    """A query file of ``ontology/queries``: its name (file stem), title and text."""

    name: str
    title: str
    text: str
    path: Path


def _title(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("#"):
            body = line.lstrip("#").strip()
            if body:
                return body
        elif line:
            break
    return ""


def canned_queries() -> dict[str, CannedQuery]:
    """Every canned query by name, in name order; the title is the first comment line."""
    folder = ontology_dir() / "queries"
    out = {}
    for path in sorted(folder.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        out[path.stem] = CannedQuery(path.stem, _title(text), text, path)
    return out


def canned_query(name: str) -> CannedQuery:
    """The canned query called ``name``, or a KgError that lists the ones there are."""
    queries = canned_queries()
    if name not in queries:
        raise KgError(f"no canned query named {name!r}; there are: {', '.join(queries) or '(none)'}")
    return queries[name]
