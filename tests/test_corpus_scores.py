"""The pipeline's scores on the corpus, computed now from real runs, against the targets."""

import pytest

UNMET = pytest.mark.xfail(
    strict=True,
    reason="known miss: the rules generalise below target to the blind test split "
    "(thirty-eighth blind split, 12 articles, scored once on 2026-11-29 on the sixth session's "
    "final code: strict F1 0.71, relaxed 0.76); the closing note lists why",
)
UNMET_DEV = pytest.mark.xfail(
    strict=True,
    reason="known miss: dev grew by splits 36 and 37 (24 read articles) this session; "
    "announcements strict F1 0.790 on 436 articles",
)
# (split, measure, minimum F1, marks) — the project's targets (issues 2 and 4)
TARGETS = [
    ("seed", "amounts", 1.0, ()),
    ("seed", "announcements_strict", 0.90, ()),
    ("dev", "amounts", 0.97, ()),
    ("dev", "announcements_strict", 0.85, UNMET_DEV),
    ("test", "amounts", 0.97, ()),
    ("test", "announcements_strict", 0.80, UNMET),
    ("test", "announcements_relaxed", 0.85, UNMET),
]


@pytest.mark.parametrize(
    ("split", "measure", "minimum"),
    [pytest.param(*t[:3], id=f"{t[0]}-{t[1]}", marks=t[3]) for t in TARGETS],
)
def test_split_meets_target(corpus_reports, split, measure, minimum):
    reports, _ = corpus_reports
    if split not in reports:
        pytest.skip(f"no {split} split in the corpus")
    score = reports[split].scores[measure]
    assert score.f1 >= minimum, (
        score.as_dict(),
        reports[split].misses[:5],
        reports[split].extras[:5],
    )


def test_seed_amounts_are_exact(corpus_reports):
    reports, _ = corpus_reports
    amounts = reports["seed"].scores["amounts"]
    assert amounts.precision == amounts.recall == 1.0


@pytest.mark.parametrize(
    "field",
    [
        "partners",
        "locations",
        "date",
        "deadline",
    ],
)
def test_field_accuracy_on_matched_announcements(corpus_reports, field):
    reports, _ = corpus_reports
    right, total = reports["all"].fields[field]
    assert right / total >= 0.80, (field, right, total)
