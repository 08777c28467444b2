"""The one place that assembles the spaCy pipeline, from ``models/pipeline.json``."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

# Importing the recognisers registers their factories with spaCy.
from . import amounts, announcements, dates, entities, sentences  # noqa: F401
from .assets import load_json


def build_nlp(config: dict | None = None) -> Language:
    """``fr_core_news_md`` with unused components excluded or disabled, ours added in order."""
    config = config or load_json("pipeline.json")
    nlp = spacy.load(
        config["model"], exclude=config.get("exclude", []), disable=config.get("disable", [])
    )
    for component in config["components"]:
        placement = {k: v for k, v in component.items() if k in ("before", "after", "last")}
        nlp.add_pipe(component["factory"], config=component.get("config", {}), **placement)
    return nlp


@cache
def get_nlp() -> Language:
    """The process-wide pipeline: loaded once, on first use."""
    return build_nlp()
