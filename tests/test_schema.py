"""Every output validates against the JSON Schema generated from the pydantic models."""

import json

import jsonschema
import pytest

from pipeline.schema import json_schema

from .conftest import CORPUS


def test_schema_is_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(json_schema())


def test_every_corpus_output_validates(corpus_reports):
    _, predictions = corpus_reports
    validator = jsonschema.Draft202012Validator(json_schema())
    for article_id, result in predictions.items():
        errors = list(validator.iter_errors(json.loads(result.model_dump_json())))
        assert not errors, (article_id, errors[:1])


@pytest.mark.parametrize("path", sorted((CORPUS / "gold").rglob("*.json")), ids=lambda p: p.stem)
def test_gold_validates_and_offsets_hold(path):
    from pipeline.evaluate import article_for
    from pipeline.loader import load_text_file
    from pipeline.schema import ArticleResult

    gold = ArticleResult.model_validate_json(path.read_text(encoding="utf-8"))
    text = load_text_file(article_for(path, CORPUS / "gold", CORPUS / "articles")).text
    spans = [*gold.entities, *gold.amounts, *gold.dates]
    spans += [a.amount for a in gold.announcements if a.amount]
    spans += [c for a in gold.announcements for c in a.components]
    for span in spans:
        assert text[span.start : span.end] == span.text
    for a in gold.announcements:
        assert text[a.start : a.end] == a.sentence


def test_outputs_keep_offsets(corpus_reports):
    from pipeline.loader import load_text_file

    _, predictions = corpus_reports
    for path in sorted((CORPUS / "articles").rglob("*.txt")):
        result = predictions.get(path.stem)
        if result is None:
            continue
        text = load_text_file(path).text
        for span in [*result.entities, *result.amounts, *result.dates]:
            assert text[span.start : span.end] == span.text
        for a in result.announcements:
            assert text[a.start : a.end] == a.sentence
