"""The evaluation as a page an annotator can act on: scores, then every miss and extra with
its sentence, beside what the pipeline said about that sentence instead."""

from __future__ import annotations

from dataclasses import dataclass

from ..evaluate import SplitReport
from .page import render

MEASURES = (
    ("entities", "entities"),
    ("amounts", "amounts"),
    ("dates", "dates"),
    ("announcements_strict", "announcements (strict)"),
    ("announcements_relaxed", "announcements (relaxed)"),
)


@dataclass
class Error:
    """A missed gold announcement or an extra prediction, its amount located in its sentence
    and, for a miss, the extras of the same sentence (usually the same fact, mislabelled)."""

    brief: dict
    before: str
    amount: str
    after: str
    instead: list[dict]


def _error(brief: dict, others: list[dict]) -> Error:
    sentence, amount = brief["sentence"], brief.get("amount") or ""
    at = sentence.find(amount) if amount else -1
    before, after = (sentence, "") if at < 0 else (sentence[:at], sentence[at + len(amount) :])
    instead = [
        o
        for o in others
        if o["article"] == brief["article"]
        and o["start"] < brief["end"]
        and brief["start"] < o["end"]
    ]
    return Error(brief, before, amount if at >= 0 else "", after, instead)


def render_evaluation(reports: dict[str, SplitReport]) -> str:
    """Per split: measures, announcement types and field accuracies, then misses and extras.
    ``all`` comes first as the overview and repeats every split's errors, so it lists them only
    when it stands alone."""
    splits = []
    for name, report in sorted(reports.items(), key=lambda item: item[0] != "all"):
        with_errors = name != "all" or len(reports) == 1
        splits.append(
            {
                "name": name,
                "report": report,
                "measures": [
                    (label, report.scores[k]) for k, label in MEASURES if k in report.scores
                ],
                "types": [(k, s) for k, s in sorted(report.by_type.items()) if s.tp + s.fp + s.fn],
                "misses": [_error(m, report.extras) for m in report.misses] if with_errors else [],
                "extras": [_error(e, []) for e in report.extras] if with_errors else [],
                "with_errors": with_errors,
            }
        )
    return render("evaluate.html.j2", splits=splits)
