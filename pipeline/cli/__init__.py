"""Command line: thin typer commands over the library. Each module registers its commands."""

from __future__ import annotations

import os
import sys

import typer
from typer.exceptions import TyperException

from ..loader import LoadError
from . import batch, bench, core, views  # noqa: F401  (registers commands)
from ._app import UserError, app


def main() -> None:
    """Entry point: user mistakes print one line on stderr and exit 2, no traceback."""
    try:
        code = app(standalone_mode=False)
    except TyperException as error:  # bad option or value: one line, like our own errors
        print(f"error: {error.format_message()}", file=sys.stderr)
        sys.exit(getattr(error, "exit_code", 2))
    except (UserError, LoadError) as error:
        if os.environ.get("SUMMIT_DEBUG"):
            raise
        print(f"error: {error}", file=sys.stderr)
        sys.exit(2)
    except (KeyboardInterrupt, typer.Abort):
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)
