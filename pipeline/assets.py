"""The pipeline's data: lexicons, patterns and config kept as files in ``models/``.

Everything is read once per process; code holds the grammar, these files the vocabulary.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path


def models_dir() -> Path:
    """``models/`` beside the package, or the folder named by ``SUMMIT_MODELS``."""
    override = os.environ.get("SUMMIT_MODELS")
    return Path(override) if override else Path(__file__).resolve().parent.parent / "models"


@cache
def load_json(name: str) -> dict:
    """One asset file, parsed once per process."""
    with open(models_dir() / name, encoding="utf-8") as handle:
        return json.load(handle)


def alternation(words: list[str]) -> str:
    """A regex alternation of literal words, longest first so the longest form wins."""
    import re

    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
