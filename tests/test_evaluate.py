"""Scoring rules of the annotation guide."""

import pytest

from pipeline.evaluate import SplitReport, compare, same_name
from pipeline.schema import ArticleResult


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        pytest.param("Mistral", "Mistral AI", True, id="whole-word-part"),
        pytest.param("la France", "France", True, id="article-folded"),
        pytest.param("Émirats arabes unis", "emirats arabes unis", True, id="accents-folded"),
        pytest.param("Air", "Airbus", False, id="not-a-whole-word"),
        pytest.param("Google", "Salesforce", False, id="different"),
    ],
)
def test_same_name(a, b, same):
    assert same_name(a, b) is same


def _result(announcements, amounts=()):
    return ArticleResult.model_validate(
        {"article": {"id": "x"}, "amounts": list(amounts), "announcements": announcements}
    )


AMOUNT = {"text": "20 milliards d'euros", "start": 10, "end": 30, "value": 2e10, "currency": "EUR"}


def _ann(type_, actor, amount=None, start=0):
    return {
        "id": "a",
        "type": type_,
        "actors": [{"name": actor}],
        "amount": amount,
        "sentence": "x" * 40,
        "start": start,
        "end": start + 40,
    }


@pytest.mark.parametrize(
    ("gold", "pred", "strict", "relaxed"),
    [
        pytest.param(
            _ann("investment", "Brookfield", AMOUNT),
            _ann("investment", "Brookfield", AMOUNT),
            1,
            1,
            id="same",
        ),
        pytest.param(
            _ann("investment", "Brookfield", AMOUNT),
            _ann("fundraising", "Brookfield", AMOUNT),
            0,
            1,
            id="type-differs",
        ),
        pytest.param(
            _ann("investment", "Brookfield", AMOUNT),
            _ann("investment", "Data4", AMOUNT),
            0,
            0,
            id="actor-differs",
        ),
        pytest.param(
            _ann("investment", "Brookfield", AMOUNT),
            _ann("investment", "Brookfield"),
            0,
            0,
            id="amount-missing",
        ),
        pytest.param(
            _ann("launch", "Mistral AI"),
            _ann("launch", "Mistral"),
            1,
            1,
            id="no-amounts-short-name",
        ),
    ],
)
def test_announcement_matching(gold, pred, strict, relaxed):
    report = SplitReport()
    compare(_result([gold], [AMOUNT]), _result([pred], [AMOUNT]), report)
    assert report.scores["announcements_strict"].tp == strict
    assert report.scores["announcements_relaxed"].tp == relaxed
    assert report.scores["amounts"].f1 == 1.0


def test_scores_count_misses_and_extras():
    report = SplitReport()
    gold = _result([_ann("launch", "A"), _ann("event", "B")])
    pred = _result([_ann("launch", "A"), _ann("partnership", "C")])
    compare(gold, pred, report)
    strict = report.scores["announcements_strict"]
    assert (strict.tp, strict.fp, strict.fn) == (1, 1, 1)
    assert strict.precision == strict.recall == 0.5
    assert [m["type"] for m in report.misses] == ["event"]
    assert [e["type"] for e in report.extras] == ["partnership"]


def test_modality_is_scored_on_matched_announcements():
    report = SplitReport()
    gold = _result([{**_ann("launch", "A"), "modality": "conditional"}, _ann("event", "B")])
    pred = _result([_ann("launch", "A"), _ann("event", "B")])
    compare(gold, pred, report)
    assert report.fields["modality"] == [1, 2]
