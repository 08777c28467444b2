"""The ``batch`` command: folders of articles in, one JSON per article plus a manifest out."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Literal

import typer

from ._app import UserError, app

BATCH_EXAMPLE = (
    "Example: summit-extract batch articles/ extra.jsonl --out out/ --workers 4 --format csv"
)


def _plain_progress(every: float = 5.0):
    """Log lines for pipes and CI logs, where a live bar would be noise: the first, one every
    ``every`` seconds, and the last."""
    began = time.monotonic()
    last = {"time": began, "done": -1}

    def report(done: int, total: int) -> None:
        now = time.monotonic()
        first, finished = last["done"] < 0, done >= total > last["done"]
        if not (first or finished or now - last["time"] >= every):
            return
        last.update(time=now, done=done)
        rate = done / max(now - began, 1e-9)
        eta = f", ETA {(total - done) / rate:.0f} s" if 0 < done < total else ""
        print(f"batch: {done}/{total} articles, {rate:.1f}/s{eta}", file=sys.stderr)

    return report


@app.command(epilog=BATCH_EXAMPLE)
def batch(
    inputs: list[Path] = typer.Argument(
        ..., help="Article files and folders (recursive): .txt, .md, .jsonl, .html."
    ),
    out: Path = typer.Option(..., "--out", "-o", help="Output folder."),
    workers: int = typer.Option(
        None, "--workers", "-w", min=1, help="Worker processes (default: the machine's cores)."
    ),
    fmt: Literal["jsonl", "csv", "json"] = typer.Option(
        "jsonl", "--format", help="OUT/announcements.<format>, one row per announcement."
    ),
    engine: Literal["local", "dask"] = typer.Option(
        "local", help="local: a process pool; dask: a Dask cluster."
    ),
    scheduler: str = typer.Option(
        None, help="Dask scheduler address; without it a LocalCluster is started."
    ),
    force: bool = typer.Option(False, "--force", help="Redo articles that are unchanged."),
    max_bytes: int = typer.Option(
        5_000_000, "--max-bytes", min=0, help="Refuse larger files (JSONL: lines); 0: no limit."
    ),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 when any article failed."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress and no summary."),
) -> None:
    """Extract every article under the inputs into OUT, in parallel.

    A re-run skips what is unchanged; failures are listed in OUT/manifest.json with their
    reason and do not stop the batch."""
    from ..batch import BatchError, run_batch

    options = {
        "workers": workers,
        "engine": engine,
        "scheduler": scheduler,
        "fmt": fmt,
        "force": force,
        "max_bytes": max_bytes or None,
    }
    try:
        if quiet:
            manifest = run_batch(inputs, out, **options)
        elif sys.stderr.isatty():
            manifest = _with_bar(inputs, out, options)
        else:
            manifest = run_batch(inputs, out, progress=_plain_progress(), **options)
    except BatchError as error:
        raise UserError(str(error)) from None
    except KeyboardInterrupt:
        print(f"interrupted: run the same command again to finish {out}", file=sys.stderr)
        raise typer.Exit(130) from None
    counts = manifest["counts"]
    if not quiet:
        timings = manifest["timings"]
        print(
            f"{counts['processed']} processed, {counts['skipped']} skipped, "
            f"{counts['failed']} failed, {counts['announcements']} announcements "
            f"in {timings['total_s']:.1f} s -> {out / 'manifest.json'}",
            file=sys.stderr,
        )
        _print_failures(manifest["errors"])
    if strict and counts["failed"]:
        raise typer.Exit(1)


def _print_failures(errors: list[dict], shown: int = 20) -> None:
    """What could not be read and why, as a table on stderr (all of it is in the manifest)."""
    if not errors:
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(errors)} not extracted (see manifest.json)")
    table.add_column("file", overflow="fold")
    table.add_column("reason")
    for error in errors[:shown]:
        table.add_row(str(error.get("file") or error.get("id")), str(error.get("reason")))
    Console(stderr=True).print(table)


def _with_bar(inputs: list[Path], out: Path, options: dict) -> dict:
    """A live bar with articles/s and ETA, on stderr so stdout stays clean."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from ..batch import run_batch

    columns = (
        TextColumn("[bold]batch"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=Console(stderr=True)) as bar:
        task = bar.add_task("batch", total=None, rate="")

        def report(done: int, total: int) -> None:
            speed = bar.tasks[0].speed
            rate = f"{speed:.1f} articles/s" if speed else "loading…"
            bar.update(task, completed=done, total=total, rate=rate)

        return run_batch(inputs, out, progress=report, **options)
