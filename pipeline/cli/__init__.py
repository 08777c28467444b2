"""Command line: thin typer commands over the library. Each module registers its commands."""

from __future__ import annotations

import os
import sys

from ..loader import LoadError
from . import batch, bench, core, views  # noqa: F401  (registers commands)
from ._app import UserError, app


def main() -> None:
    """Entry point: user mistakes print one line on stderr and exit 2, no traceback."""
    try:
        app()
    except (UserError, LoadError) as error:
        if os.environ.get("SUMMIT_DEBUG"):
            raise
        print(f"error: {error}", file=sys.stderr)
        sys.exit(2)
