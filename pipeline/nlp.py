"""The one place that assembles the spaCy pipeline, from ``models/pipeline.json``."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.attrs import ORTH
from spacy.language import Language

# Importing the recognisers registers their factories with spaCy.
from . import amounts, announcements, compounds, dates, entities, sentences  # noqa: F401
from .assets import load_json


def build_nlp(config: dict | None = None) -> Language:
    """``fr_core_news_md`` with unused components excluded or disabled, ours added in order."""
    config = config or load_json("pipeline.json")
    nlp = spacy.load(
        config["model"], exclude=config.get("exclude", []), disable=config.get("disable", [])
    )
    _keep_hyphenated_words(nlp)
    _split_note_calls(nlp)
    for component in config["components"]:
        placement = {k: v for k, v in component.items() if k in ("before", "after", "last")}
        nlp.add_pipe(component["factory"], config=component.get("config", {}), **placement)
    return nlp


def _keep_hyphenated_words(nlp: Language) -> None:
    """« start-up », « joint-venture »: words of our lexicons the French tokenizer would cut
    at the hyphen, leaving the parser half a subject."""
    names, triggers = load_json("entities.json"), load_json("triggers.json")
    words = [*names["org_heads"], *(n for ns in triggers["nouns"].values() for n in ns)]
    for word in {w for w in words if "-" in w and " " not in w}:
        for form in (word, word + "s", word.capitalize(), word.capitalize() + "s"):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def _split_note_calls(nlp: Language) -> None:
    """« Grenoble[3]. »: an encyclopedia's note call is no part of the word it follows."""
    suffixes = [*nlp.Defaults.suffixes, entities.NOTE_CALL.pattern, r"(?<=\])[.,;:]"]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search


@cache
def get_nlp() -> Language:
    """The process-wide pipeline: loaded once, on first use."""
    return build_nlp()
