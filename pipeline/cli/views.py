"""Commands that turn results into HTML pages: one article, or a batch output folder."""

from __future__ import annotations

from pathlib import Path

import typer

from ._app import UserError, app

SHOW_EXAMPLE = (
    "Example: summit-extract show article.txt --html article.html --open ; "
    "summit-extract show article.txt --result gold/article.json --html gold.html"
)
REPORT_EXAMPLE = (
    "Example: summit-extract report out/ --html report.html ; "
    "summit-extract report out/ --rates rates.json --to EUR --html report.html"
)


def write_page(page: str, path: Path | None, open_: bool = False) -> None:
    """Writes the page to ``path`` (stdout when None and not opening) and opens it on demand;
    opening without a path writes a temporary file, since a browser needs one."""
    if path is None and not open_:
        typer.echo(page, nl=False)
        return
    if path is None:
        import tempfile

        with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False) as handle:
            path = Path(handle.name)
    try:
        path.write_text(page, encoding="utf-8")
    except OSError as error:
        raise UserError(f"{path}: cannot write ({error.strerror or error})") from None
    typer.echo(f"wrote {path}", err=True)
    if open_:
        import webbrowser

        webbrowser.open(path.resolve().as_uri())


@app.command(epilog=SHOW_EXAMPLE)
def show(
    path: str = typer.Argument(..., help="An article file (.txt, .md) or - for stdin."),
    html: Path = typer.Option(None, "--html", help="Write the page here (default: stdout)."),
    result: Path = typer.Option(
        None,
        "--result",
        help="Show this result JSON (a gold file, a batch output) instead of "
        "running the pipeline; its offsets must fit the article.",
    ),
    published: str = typer.Option(None, help="Publication date YYYY-MM-DD."),
    open_: bool = typer.Option(False, "--open", help="Open the page in the web browser."),
) -> None:
    """The article with its spans coloured and its announcements in a table, as one HTML page."""
    from ..loader import load_one
    from ..views import ViewError, load_result, render_article

    article = load_one(None if path == "-" else Path(path), published)
    if result is None:
        from ..extract import extract

        page = render_article(article.text, extract(article))
    else:
        try:
            shown = load_result(result)
        except ViewError as error:
            raise UserError(str(error)) from None
        try:
            page = render_article(article.text, shown)
        except ValueError as error:
            raise UserError(f"{result} does not fit {path}: {error}") from None
    write_page(page, html, open_)


@app.command(epilog=REPORT_EXAMPLE)
def report(
    out: Path = typer.Argument(..., help="A batch output folder of <id>.json results."),
    html: Path = typer.Option(None, "--html", help="Write the page here (default: stdout)."),
    rates: Path = typer.Option(
        None, help='Exchange rates JSON {"USD": 0.92, ...}: 1 unit = x of the --to currency.'
    ),
    to: str = typer.Option(None, "--to", help="Currency to convert to with --rates [EUR]."),
    open_: bool = typer.Option(False, "--open", help="Open the page in the web browser."),
) -> None:
    """Totals by type, actor and currency, the largest announcements, a timeline and a chart."""
    from ..views import ViewError, load_rates, load_results, render_report

    if to is not None and rates is None:
        raise UserError("--to needs --rates: currencies are never converted without rates")
    target = (to or "EUR").upper()
    if len(target) != 3 or not target.isalpha():
        raise UserError(f"--to {to}: not a currency code like EUR")
    try:
        page = render_report(load_results(out), load_rates(rates) if rates else None, target)
    except ViewError as error:
        raise UserError(str(error)) from None
    write_page(page, html, open_)
