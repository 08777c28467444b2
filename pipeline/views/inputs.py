"""Reading what the views show: article results, a batch output folder, exchange rates.
Every mistake a user can make is a ``ViewError`` with a one-line reason."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from ..schema import ArticleResult

BATCH_FILES = {"manifest", "announcements"}  # a batch's own files beside the <id>.json results


class ViewError(ValueError):
    """An input of a view the user must fix, said in one line."""


def _reason(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    return f"{where}: {first['msg']}" if where else first["msg"]


def load_result(path: Path) -> ArticleResult:
    """One article result JSON (pipeline output or gold file)."""
    if not path.is_file():
        raise ViewError(f"{path}: no such result file")
    try:
        return ArticleResult.model_validate_json(path.read_bytes())
    except ValidationError as error:
        raise ViewError(f"{path}: not an article result ({_reason(error)})") from None


def load_results(folder: Path) -> list[ArticleResult]:
    """The ``<id>.json`` article results of a batch output folder, not the batch's manifest,
    announcements table or hidden state."""
    if not folder.is_dir():
        raise ViewError(f"{folder}: no such folder")
    paths = sorted(
        p
        for p in folder.glob("*.json")
        if not p.name.startswith(".") and p.stem.lower() not in BATCH_FILES
    )
    if not paths:
        raise ViewError(f"{folder}: no <id>.json article results in it")
    return [load_result(path) for path in paths]


def load_rates(path: Path) -> dict[str, float]:
    """``{"USD": 0.92, ...}``: one unit of each currency in the target currency."""
    try:
        rates = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ViewError(f"{path}: no such rates file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ViewError(f"{path}: not a JSON rates file ({error})") from None
    valid = isinstance(rates, dict) and all(
        isinstance(code, str)
        and len(code) == 3
        and code.isupper()
        and isinstance(rate, int | float)
        and not isinstance(rate, bool)
        and rate > 0
        for code, rate in rates.items()
    )
    if not valid or not rates:
        raise ViewError(f'{path}: rates must look like {{"USD": 0.92}} (code -> positive number)')
    return {code: float(rate) for code, rate in rates.items()}
