"""The ``bench`` command: measured speed, scaling, memory and cold start, against targets."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from ._app import UserError, app

bench_app = typer.Typer(
    epilog="Example: summit-extract bench --n 200 ; summit-extract bench amounts --json"
)
app.add_typer(bench_app, name="bench")


CORPUS_HELP = "Folder of French articles to vary (default: corpus/articles of the source tree)."


def _log(message: str) -> None:
    print(f"bench: {message}…", file=sys.stderr)


def _corpus(n: int, corpus: Path | None) -> list:
    """``n`` articles varied from the corpus ones."""
    from ..benchmarks.pipeline import CORPUS_ARTICLES, build_corpus

    try:
        return build_corpus(n, corpus or CORPUS_ARTICLES)
    except FileNotFoundError as error:
        raise UserError(f"{error}; give a folder of articles with --corpus") from None


@bench_app.callback(invoke_without_command=True)
def bench(
    ctx: typer.Context,
    n: int = typer.Option(500, "--n", min=1, help="Articles in the generated corpus."),
    corpus: Path = typer.Option(None, "--corpus", help=CORPUS_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
) -> None:
    """Measure speed, scaling, memory and cold start against the targets.

    Tokens/s of the spaCy tokenizer, the bare model and summit-extract on the same texts;
    batch with 1 and 2 workers; peak memory per worker; cold start of `extract`."""
    if ctx.invoked_subcommand:
        return
    from ..benchmarks.pipeline import format_pipeline_benchmark, run_pipeline_benchmark

    result = run_pipeline_benchmark(_corpus(n, corpus), log=None if as_json else _log)
    typer.echo(json.dumps(result, indent=2) if as_json else format_pipeline_benchmark(result))


@bench_app.command("amounts")
def amounts(
    n: int = typer.Option(500, "--n", min=1, help="Articles in the generated corpus."),
    adversarial_bytes: int = typer.Option(
        1_000_000, "--adversarial-bytes", min=1, help="Size of the adversarial input."
    ),
    corpus: Path = typer.Option(None, "--corpus", help=CORPUS_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
) -> None:
    """Speed of the amount recogniser on the corpus and on adversarial input."""
    try:
        from ..benchmarks.amounts import format_amount_benchmark, run_amount_benchmark
    except ModuleNotFoundError as error:
        if error.name != "pipeline.benchmarks.amounts":
            raise
        raise UserError("the amount benchmark is not part of this installation") from None
    texts = [article.text for article in _corpus(n, corpus)]
    result = run_amount_benchmark(texts, adversarial_bytes=adversarial_bytes)
    typer.echo(json.dumps(result, indent=2) if as_json else format_amount_benchmark(result))
