"""The Dask engine gives the same output as the local one, and says clearly what it needs."""

import json
import shutil

import pytest

from pipeline import batch
from pipeline.batch import BatchError, run_batch

from .conftest import CORPUS

pytest.importorskip("distributed")

# Varies between runs and engines by nature.
RUN_FIELDS = ("run", "timings", "inputs")


def _outputs(out) -> dict:
    """Every file of OUT, the manifest without its run-dependent fields."""
    files = {p.name: p.read_bytes() for p in out.iterdir() if p.name != batch.MANIFEST}
    manifest = json.loads((out / batch.MANIFEST).read_text(encoding="utf-8"))
    return files | {batch.MANIFEST: {k: v for k, v in manifest.items() if k not in RUN_FIELDS}}


def test_dask_local_cluster_matches_the_local_engine(tmp_path, nlp):
    corpus = tmp_path / "in"
    corpus.mkdir()
    for path in sorted((CORPUS / "articles").rglob("*.txt"))[:5]:
        shutil.copy(path, corpus / path.name)
        text = path.read_text(encoding="utf-8") + "\nUn dernier paragraphe.\n"
        (corpus / f"{path.stem}-bis.txt").write_text(text, encoding="utf-8")
    (corpus / "vide.txt").write_bytes(b"")

    local = run_batch([corpus], tmp_path / "local", workers=1)
    dask = run_batch([corpus], tmp_path / "dask", workers=2, engine="dask")

    assert dask["run"]["engine"] == "dask"
    assert len(dask["timings"]["workers"]) == 2  # both workers took a share
    assert local["counts"] == dask["counts"] == {**local["counts"], "processed": 10, "failed": 1}
    assert _outputs(tmp_path / "dask") == _outputs(tmp_path / "local")


def test_unreachable_scheduler_is_a_user_error(tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "DASK_TIMEOUT", "1s")
    (tmp_path / "a.txt").write_text("Texte.")
    with pytest.raises(BatchError, match="cannot reach the Dask scheduler"):
        run_batch(
            [tmp_path / "a.txt"],
            tmp_path / "out",
            engine="dask",
            scheduler="tcp://127.0.0.1:9",
        )
