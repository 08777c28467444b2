"""Commands for one text, the schema and evaluation."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

import typer

from ._app import UserError, app

EXTRACT_EXAMPLE = (
    "Example: summit-extract extract article.txt --pretty ; "
    "cat a.txt | summit-extract extract - --format csv"
)


@app.command(epilog=EXTRACT_EXAMPLE)
def extract(
    path: str = typer.Argument(
        ..., help="An article file (.txt, .md, .jsonl with one line) or - for stdin."
    ),
    published: str = typer.Option(
        None, help="Publication date YYYY-MM-DD (overrides front matter)."
    ),
    pretty: bool = typer.Option(False, "--pretty", help="Indent the JSON."),
    fmt: Literal["json", "jsonl", "csv"] = typer.Option(
        "json",
        "--format",
        "-f",
        help="json: the whole result; jsonl or csv: one row per announcement.",
    ),
) -> None:
    """Print one article's announcements as JSON, JSON lines or CSV."""
    from ..extract import extract as run
    from ..loader import load_one

    article = load_one(None if path == "-" else Path(path), published)
    result = run(article)
    if fmt == "json":
        typer.echo(result.model_dump_json(indent=2 if pretty else None))
    else:
        import sys

        from ..batch import announcement_rows, write_rows

        write_rows(sys.stdout, announcement_rows(result), fmt)


@app.command(epilog="Example: summit-extract schema > announcement.schema.json")
def schema() -> None:
    """Print the JSON Schema of the output, generated from the pydantic models."""
    from ..schema import json_schema

    typer.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


@app.command(epilog="Example: summit-extract evaluate --split test --html evaluation.html")
def evaluate(
    gold: Path = typer.Option(Path("corpus/gold"), help="Gold folder: gold/<split>/<id>.json."),
    articles: Path = typer.Option(Path("corpus/articles"), help="Articles folder, same layout."),
    pred: Path = typer.Option(None, help="Read predictions <id>.json from this folder instead."),
    split: list[str] = typer.Option(None, help="Only these splits (repeatable)."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    html: Path = typer.Option(
        None,
        "--html",
        help="Also write an HTML page: scores, every miss and extra with its sentence.",
    ),
) -> None:
    """Precision, recall and F1 against the gold annotations, per split and per type."""
    from ..evaluate import article_for, load_prediction, reports_as_dict
    from ..evaluate import evaluate as run
    from ..extract import extract as run_extract
    from ..loader import load_text_file
    from .report import print_evaluation

    if not gold.is_dir():
        raise UserError(f"{gold}: no such gold folder")

    def predict(gold_path: Path, gold_result):
        if pred is not None:
            return load_prediction(pred, gold_result.article.id)
        article_path = article_for(gold_path, gold, articles)
        if article_path is None:
            raise UserError(f"{gold_path}: no article beside it under {articles}")
        return run_extract(load_text_file(article_path))

    reports = run(gold, predict, split or None)
    if html is not None:
        from ..views import render_evaluation
        from .views import write_page

        write_page(render_evaluation(reports), html)
    if as_json:
        figures = reports_as_dict(reports)
        typer.echo(json.dumps(figures, indent=2, ensure_ascii=False))
    else:
        print_evaluation(reports)
