"""Files of the same content as another: read once, so that no article has two sets of facts.

An article's id comes from its file's content (kg.model.article), so two copies of one
file would give the same ids twice; the build keeps the first in the order outputs name
files, which is the same from any folder.
"""

from __future__ import annotations


def copies(files, results) -> list[tuple]:
    """(file, the file it is a copy of) for each file of the same content as one before it,
    in the order outputs name files (the same from any folder): a copy's articles would
    have the first's ids (kg.model.article), so it is read once, as ``--update`` does."""
    first: dict[str, object] = {}
    out = []
    for sf in sorted(files, key=lambda sf: (sf.shown, sf.name)):
        res = results[sf.name]
        sha = (res.record or {}).get("sha256") if res.articles else None
        if sha is None:
            continue
        if sha in first:
            out.append((sf, first[sha]))
        else:
            first[sha] = sf
    return out


def without_copies(files, results) -> list:
    """The files whose articles the graph holds, in the order outputs name them (``copies``)."""
    copied = {sf.name for sf, _ in copies(files, results)}
    return [sf for sf in sorted(files, key=lambda sf: (sf.shown, sf.name)) if sf.name not in copied]
