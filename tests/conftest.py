"""Shared fixtures: the real pipeline, loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED = CORPUS / "articles" / "seed" / "sommet-ia-2025-02-11.txt"
SEED_GOLD = CORPUS / "gold" / "seed" / "sommet-ia-2025-02-11.json"


@pytest.fixture(scope="session")
def nlp():
    from pipeline.nlp import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def read(nlp):
    """Run the pipeline on a snippet published 2025-02-11; returns the ArticleResult."""
    from pipeline.extract import extract
    from pipeline.loader import Article

    def run(text: str, published: str | None = "2025-02-11", title: str | None = None):
        return extract(Article(id="snippet", text=text, published=published, title=title), nlp)

    return run


@pytest.fixture(scope="session")
def corpus_reports(nlp):
    """Evaluation of the whole corpus with the real pipeline, once per session."""
    from pipeline.evaluate import article_for, evaluate
    from pipeline.extract import extract
    from pipeline.loader import load_text_file

    gold_dir, articles = CORPUS / "gold", CORPUS / "articles"
    predictions = {}

    def predict(gold_path, gold):
        result = extract(load_text_file(article_for(gold_path, gold_dir, articles)), nlp)
        predictions[gold.article.id] = result
        return result

    reports = evaluate(gold_dir, predict)
    return reports, predictions
