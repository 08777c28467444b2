"""The typer application every command module registers on, and how user mistakes are shown."""

from __future__ import annotations

import typer

from .. import __version__

app = typer.Typer(
    name="summit-extract",
    help="Turn French news about AI summits and investment plans into announcement data.",
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


class UserError(Exception):
    """A mistake the user can fix: shown as one line, never as a traceback."""


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"summit-extract {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: bool = typer.Option(
        False, "--version", callback=_show_version, is_eager=True, help="Print the version."
    ),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks for errors."),
) -> None:
    """summit-extract: French articles in, announcement JSON out."""
    import os

    if debug:
        os.environ["SUMMIT_DEBUG"] = "1"
