"""Batch: outputs and their contract, resume, fault isolation, unsafe ids, atomic writes and
the kill -9 guarantee. Runs in this process reuse the session's pipeline (one worker)."""

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import batch
from pipeline.batch import (
    BatchError,
    announcement_rows,
    atomic_open,
    id_problem,
    output_path,
    run_batch,
    write_rows,
)
from pipeline.cli import app
from pipeline.loader import load_text_file
from pipeline.schema import Amount, Announcement, ArticleInfo, ArticleResult, Party, Place

from .conftest import CORPUS

SOURCES = sorted((CORPUS / "articles").rglob("*.txt"))[:4]
ENGLISH = (
    "The French government announced on Tuesday a plan of 109 billion euros for artificial "
    "intelligence, with investments from the United Arab Emirates and a Canadian fund. The "
    "summit gathered leaders in Paris to discuss regulation."
)


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _make_corpus(folder: Path) -> Path:
    """Four corpus articles as files, one in cp1252, and two more as JSONL lines."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in SOURCES[:3]:
        shutil.copy(path, folder / path.name)
    last = SOURCES[3]
    (folder / last.name).write_bytes(_text(last).encode("cp1252", errors="replace"))
    body = _text(SOURCES[0]).split("---\n")[-1]
    lines = [
        json.dumps({"id": f"ligne-{n}", "text": body, "published": f"2025-01-0{n}"}) for n in (1, 2)
    ]
    (folder / "sub").mkdir()
    (folder / "sub" / "lot.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def _articles(out: Path) -> dict[str, ArticleResult]:
    names = {p for p in out.glob("*.json") if p.name != batch.MANIFEST and p.name != batch.STATE}
    return {p.stem: ArticleResult.model_validate_json(p.read_bytes()) for p in names}


def _manifest(out: Path) -> dict:
    return json.loads((out / batch.MANIFEST).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def baseline(tmp_path_factory, nlp):
    """One batch over the small corpus, shared read-only by the tests below."""
    root = tmp_path_factory.mktemp("baseline")
    corpus = _make_corpus(root / "in")
    manifest = run_batch([corpus], root / "out", workers=1)
    return corpus, root / "out", manifest


@pytest.fixture
def fresh(baseline, tmp_path):
    """A private copy of the baseline's input and output, to change and re-run."""
    corpus, out, _ = baseline
    shutil.copytree(corpus, tmp_path / "in")
    shutil.copytree(out, tmp_path / "out")
    return tmp_path / "in", tmp_path / "out"


# --- outputs ----------------------------------------------------------------------------------


def test_every_article_has_a_valid_result(baseline):
    corpus, out, manifest = baseline
    results = _articles(out)
    expected = {p.stem for p in SOURCES} | {"ligne-1", "ligne-2"}
    assert set(results) == expected
    assert all(result.article.id == key for key, result in results.items())
    assert results["ligne-2"].article.published == "2025-01-02"
    assert manifest["counts"] == {
        "articles": 6,
        "processed": 6,
        "skipped": 0,
        "failed": 0,
        "announcements": sum(len(r.announcements) for r in results.values()),
    }
    assert manifest["complete"] is True
    assert manifest["versions"]["pipeline"].startswith(manifest["versions"]["summit_extract"] + "+")
    assert manifest["versions"]["fr_core_news_md"]


def test_cp1252_article_reads_as_its_utf8_original(baseline):
    _, out, _ = baseline
    cp1252 = _articles(out)[SOURCES[3].stem]
    original = load_text_file(SOURCES[3])
    assert cp1252.article.title == original.title
    assert cp1252.entities and all(e.text in original.text for e in cp1252.entities)


def test_announcements_jsonl_has_one_row_per_announcement_with_its_article(baseline):
    _, out, _ = baseline
    lines = (out / "announcements.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    expected = [row for r in _articles(out).values() for row in announcement_rows(r)]
    assert sorted(rows, key=json.dumps) == sorted(expected, key=json.dumps)
    assert all(list(row) == list(batch.ROW_FIELDS) for row in rows)


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_other_formats_hold_the_same_rows(fresh, fmt):
    corpus, out = fresh
    run_batch([corpus], out, workers=1)
    manifest = run_batch([corpus], out, workers=1, fmt=fmt)
    assert manifest["counts"]["skipped"] == 6
    jsonl = [json.loads(x) for x in (out / "announcements.jsonl").read_text().splitlines()]
    text = (out / f"announcements.{fmt}").read_text(encoding="utf-8")
    if fmt == "json":
        assert json.loads(text) == jsonl
    else:
        rows = list(csv.DictReader(text.splitlines()))
        assert [r["article_id"] for r in rows] == [r["article_id"] for r in jsonl]
        assert [r["sentence"] for r in rows] == [r["sentence"] for r in jsonl]
        assert rows[0].keys() == set(batch.ROW_FIELDS)


def test_rows_flatten_an_announcement():
    result = ArticleResult(
        article=ArticleInfo(id="a", title="T", published="2025-02-11"),
        announcements=[
            Announcement(
                id="a1",
                type="investment",
                actors=[Party(name="Groupe Un", label="ORG"), Party(name="Groupe Deux")],
                amount=Amount(
                    text="20 milliards d'euros", start=5, end=25, value=2e10, currency="EUR"
                ),
                components=[Amount(text="15 milliards", start=32, end=44, value=1.5e10)],
                locations=[Place(name="Lyon")],
                sentence="Il investit 20 milliards d'euros, dont 15 milliards.",
                start=0,
                end=52,
            )
        ],
    )
    [row] = announcement_rows(result)
    assert row["article_id"] == "a"
    assert row["actors"] == "Groupe Un; Groupe Deux"
    assert row["partners"] is None
    assert (row["amount_value"], row["amount_currency"]) == (2e10, "EUR")
    assert row["components"] == "15 milliards"
    assert row["locations"] == "Lyon"


@pytest.mark.parametrize(
    ("fmt", "expected"), [("jsonl", ""), ("json", "[]\n"), ("csv", ",".join(batch.ROW_FIELDS))]
)
def test_no_rows_is_still_a_valid_file(fmt, expected, tmp_path):
    with atomic_open(tmp_path / "rows") as handle:
        assert write_rows(handle, [], fmt) == 0
    assert (tmp_path / "rows").read_text().strip() == expected.strip()


# --- resume -----------------------------------------------------------------------------------


def _edit_article(corpus: Path, out: Path) -> None:
    path = corpus / SOURCES[0].name
    path.write_text(_text(path) + "\nUn paragraphe ajouté.\n", encoding="utf-8")


def _edit_output(corpus: Path, out: Path) -> None:
    path = out / f"{SOURCES[1].stem}.json"
    path.write_text(path.read_text().replace('"announcements"', '"announcements" '))


def _delete_output(corpus: Path, out: Path) -> None:
    (out / f"{SOURCES[1].stem}.json").unlink()


def _edit_jsonl_line(corpus: Path, out: Path) -> None:
    path = corpus / "sub" / "lot.jsonl"
    path.write_text(path.read_text().replace("2025-01-02", "2025-01-03"))


def _lose_state(corpus: Path, out: Path) -> None:
    (out / batch.STATE).unlink()


@pytest.mark.parametrize(
    ("change", "force", "processed"),
    [
        pytest.param(None, False, 0, id="unchanged-skips-all"),
        pytest.param(_edit_article, False, 1, id="content-changed"),
        pytest.param(_edit_jsonl_line, False, 1, id="jsonl-line-changed"),
        pytest.param(_edit_output, False, 1, id="output-edited"),
        pytest.param(_delete_output, False, 1, id="output-deleted"),
        pytest.param(_lose_state, False, 6, id="state-lost"),
        pytest.param(None, True, 6, id="force-redoes-all"),
    ],
)
def test_resume(fresh, change, force, processed):
    corpus, out = fresh
    if change:
        change(corpus, out)
    manifest = run_batch([corpus], out, workers=1, force=force)
    assert manifest["counts"]["processed"] == processed
    assert manifest["counts"]["skipped"] == 6 - processed
    results = _articles(out).values()
    assert len(results) == 6
    # The copy lives in another folder: skipped results now name it as their source.
    assert all(r.article.source.startswith(str(corpus)) for r in results)


def test_new_pipeline_version_redoes_all(fresh, monkeypatch):
    corpus, out = fresh
    monkeypatch.setattr(batch, "pipeline_version", lambda: "0.0.0+changed")
    assert run_batch([corpus], out, workers=1)["counts"]["processed"] == 6


def test_pipeline_version_follows_the_model_assets(tmp_path, monkeypatch):
    from pipeline.assets import models_dir

    models = shutil.copytree(models_dir(), tmp_path / "models")
    monkeypatch.setenv("SUMMIT_MODELS", str(models))
    batch.pipeline_version.cache_clear()
    try:
        before = batch.pipeline_version()
        lexicon = next(p for p in sorted(models.glob("*.json")) if p.name != "pipeline.json")
        lexicon.write_text(lexicon.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        batch.pipeline_version.cache_clear()
        assert batch.pipeline_version() != before
    finally:
        batch.pipeline_version.cache_clear()


# --- faults -----------------------------------------------------------------------------------

FAULTS = [
    # (file name, content, reason in the manifest)
    ("vide.txt", b"", "the file is empty"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("illisible.txt", b"\x81\x8d\x8f\x90\x9d" * 50, "undecodable"),
    ("english.txt", ENGLISH.encode(), "not French"),
    ("enorme.txt", b"Le texte. " * 3000, "over the limit"),
]
UNSAFE_IDS = [
    # (id in a JSONL line, reason in the manifest)
    ("../evasion", "path separator"),
    ("/tmp/absolu", "path separator"),
    ("C:\\windows", "path separator"),
    ("sous/dossier", "path separator"),
    ("nul\x00octet", "NUL byte"),
    ("..", "starts with a dot"),
    (".cache", "starts with a dot"),
    ("manifest", "reserved"),
    ("ANNOUNCEMENTS", "reserved"),
    ("x" * 300, "longer than"),
]


@pytest.fixture(scope="module")
def faulty(tmp_path_factory, nlp):
    """One good article among every kind of unreadable input."""
    root = tmp_path_factory.mktemp("faulty")
    corpus = root / "in"
    corpus.mkdir()
    shutil.copy(SOURCES[0], corpus / "bon.txt")
    for name, data, _ in FAULTS:
        (corpus / name).write_bytes(data)
    body = _text(SOURCES[1]).split("---\n")[-1]
    lines = ["{pas du json", json.dumps({"id": "bon", "text": body})]
    lines += [json.dumps({"id": unsafe, "text": body}) for unsafe, _ in UNSAFE_IDS]
    (corpus / "lot.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    manifest = run_batch([corpus], root / "out", workers=1, max_bytes=20_000)
    return root, manifest


@pytest.mark.parametrize(
    ("name", "reason"), [(n, r) for n, _, r in FAULTS], ids=[f[0] for f in FAULTS]
)
def test_unreadable_file_is_recorded_with_its_reason(faulty, name, reason):
    root, manifest = faulty
    [error] = [e for e in manifest["errors"] if e["file"] == str(root / "in" / name)]
    assert reason in error["reason"]


@pytest.mark.parametrize(
    ("unsafe", "reason"), UNSAFE_IDS, ids=[repr(u)[:20] for u, _ in UNSAFE_IDS]
)
def test_unsafe_id_is_rejected_with_its_reason(faulty, unsafe, reason):
    _, manifest = faulty
    [error] = [e for e in manifest["errors"] if e.get("id") == unsafe]
    assert reason in error["reason"]


def test_faults_do_not_stop_the_batch_nor_escape_out(faulty):
    root, manifest = faulty
    assert manifest["counts"]["processed"] == 1
    assert manifest["counts"]["failed"] == len(FAULTS) + len(UNSAFE_IDS) + 2  # bad JSON, dup
    reasons = [e["reason"] for e in manifest["errors"]]
    assert any(r.startswith("invalid JSON") for r in reasons)
    assert any(r.startswith("duplicate id 'bon'") for r in reasons)
    written = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}
    outside = {p for p in written if not p.startswith(("in/", "out/"))}
    assert outside == set()
    assert {p for p in written if p.startswith("out/")} == {
        "out/bon.json",
        "out/announcements.jsonl",
        f"out/{batch.MANIFEST}",
        f"out/{batch.STATE}",
    }


@pytest.mark.parametrize(
    ("unsafe", "reason"), UNSAFE_IDS, ids=[repr(u)[:20] for u, _ in UNSAFE_IDS]
)
def test_output_path_refuses_unsafe_ids(tmp_path, unsafe, reason):
    assert reason in id_problem(unsafe)
    with pytest.raises(ValueError):
        output_path(tmp_path, unsafe)


@pytest.mark.parametrize("safe", ["sommet-ia-2025-02-11", "Dépêche AFP n°3", "a.b", "x:y"])
def test_ordinary_ids_are_safe(tmp_path, safe):
    assert id_problem(safe) is None
    assert output_path(tmp_path, safe).parent == tmp_path


def test_extraction_error_is_recorded_and_the_rest_goes_on(fresh, monkeypatch):
    import pipeline.extract

    corpus, out = fresh
    real = pipeline.extract.doc_to_result

    def fragile(doc, article):
        if article.id == "ligne-1":
            raise RuntimeError("boom")
        return real(doc, article)

    monkeypatch.setattr(pipeline.extract, "doc_to_result", fragile)
    manifest = run_batch([corpus], out, workers=1, force=True)
    assert manifest["counts"]["processed"] == 5
    [error] = manifest["errors"]
    assert error["id"] == "ligne-1"
    assert error["reason"] == "pipeline error: RuntimeError: boom"
    rows = (out / "announcements.jsonl").read_text()
    assert '"article_id": "ligne-1"' not in rows


# --- atomic writes ----------------------------------------------------------------------------


def test_interrupted_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "a.json"
    target.write_text('{"old": true}')
    with pytest.raises(KeyboardInterrupt), atomic_open(target) as handle:
        handle.write('{"new": ')
        raise KeyboardInterrupt
    assert json.loads(target.read_text()) == {"old": True}
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]


def _variants(folder: Path, count: int) -> None:
    """``count`` distinct articles made from the corpus ones."""
    folder.mkdir()
    for n in range(count):
        source = SOURCES[n % len(SOURCES)]
        (folder / f"v{n:03d}.txt").write_text(
            _text(source) + f"\nParagraphe {n}.\n", encoding="utf-8"
        )


def _parse_all(out: Path) -> None:
    for path in out.glob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))  # raises on a truncated file


def test_kill_9_mid_run_then_rerun_completes(tmp_path, nlp):
    """A two-worker batch killed with SIGKILL leaves only whole files and no stray worker;
    a re-run finishes it, with the same results as an uninterrupted batch."""
    corpus, out, reference = tmp_path / "in", tmp_path / "out", tmp_path / "reference"
    _variants(corpus, 40)
    command = [sys.executable, "-m", "pipeline", "batch", str(corpus), "--out", str(out)]
    process = subprocess.Popen(
        [*command, "--workers", "2", "--quiet"], start_new_session=True, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 90
        while len(list(out.glob("v*.json"))) < 3:
            assert process.poll() is None, process.stderr.read().decode()
            assert time.monotonic() < deadline, "the batch wrote nothing in time"
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
        process.wait()
        _parse_all(out)
        deadline = time.monotonic() + 20
        while _group_alive(process.pid):  # the workers notice and exit
            assert time.monotonic() < deadline, "workers outlived the killed batch"
            time.sleep(0.2)
    finally:
        if _group_alive(process.pid):
            os.killpg(process.pid, signal.SIGKILL)
        process.stderr.close()

    manifest = run_batch([corpus], out, workers=1)
    assert manifest["complete"] and manifest["counts"]["failed"] == 0
    assert manifest["counts"]["processed"] + manifest["counts"]["skipped"] == 40
    _parse_all(out)
    assert not list(out.glob(f".*{batch.TMP_SUFFIX}"))
    run_batch([corpus], reference, workers=1)
    for path in reference.glob("v*.json"):
        assert (out / path.name).read_bytes() == path.read_bytes(), path.name


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


# --- command line -----------------------------------------------------------------------------


def test_cli_batch_logs_progress_and_a_summary(baseline, tmp_path):
    corpus, _, _ = baseline
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["batch", str(corpus), "--out", str(out), "--workers", "1", "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    assert "batch: 6/6 articles" in result.stderr
    assert "6 processed, 0 skipped, 0 failed" in result.stderr
    assert (out / "announcements.csv").exists()


def test_cli_lists_failures_with_their_reason(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "vide.txt").write_bytes(b"")
    result = CliRunner().invoke(
        app, ["batch", str(tmp_path / "in"), "--out", str(tmp_path / "out")]
    )
    assert result.exit_code == 0, result.output
    assert "not extracted" in result.stderr
    assert "the file is empty" in result.stderr


def test_cli_strict_fails_when_an_article_failed(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "vide.txt").write_bytes(b"")
    args = ["batch", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--quiet"]
    assert CliRunner().invoke(app, args).exit_code == 0
    assert CliRunner().invoke(app, [*args, "--strict"]).exit_code == 1


@pytest.mark.parametrize(
    ("layout", "args", "message"),
    [
        pytest.param({"in/": None}, ["in", "--out", "out"], "no article", id="empty-folder"),
        pytest.param(
            {"in/notes.pdf": b"%PDF"}, ["in", "--out", "out"], "no article", id="no-article-file"
        ),
        pytest.param({}, ["nowhere", "--out", "out"], "no such file or folder", id="missing"),
        pytest.param(
            {"in/a.txt": b"Texte.", "out": b"x"},
            ["in", "--out", "out"],
            "must be a folder",
            id="out-is-a-file",
        ),
    ],
)
def test_cli_user_mistakes_print_one_line(tmp_path, layout, args, message):
    for name, data in layout.items():
        path = tmp_path / name
        if data is None:
            path.mkdir(parents=True)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "batch", *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert done.returncode == 2, done.stderr
    assert message in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_batch_error_for_unknown_engine(tmp_path):
    with pytest.raises(BatchError, match="unknown engine"):
        run_batch([tmp_path], tmp_path / "out", engine="spark")
