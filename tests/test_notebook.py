"""notebooks/explore.ipynb runs top to bottom, and is kept in the repository without outputs."""

from __future__ import annotations

import pytest

from tests.linked_helpers import ROOT

# slow: a Jupyter kernel runs the notebook (~4 s)
pytestmark = pytest.mark.slow

NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"


def test_notebook_is_committed_without_outputs():
    nbformat = pytest.importorskip("nbformat")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, cell.source[:60]


def test_notebook_runs_top_to_bottom(tmp_path):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("pandas")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    )
    client.execute()  # raises CellExecutionError, with the cell and its traceback, when a cell fails
    texts, htmls = [], []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            assert out.output_type != "error"
            if out.output_type == "stream":
                texts.append(out.text)
            elif "data" in out:
                htmls.append(out.data.get("text/html", ""))
    assert any("conforms to the contract shapes: True" in t for t in texts)
    assert sum("<table" in h for h in htmls) >= 7  # the canned queries as pandas tables
    assert any("<iframe srcdoc=" in h for h in htmls)  # the HTML view inline
