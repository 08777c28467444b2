"""Terminal tables (rich) for evaluation results."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from ..evaluate import SplitReport

SCORES = (
    ("entities", "entities"),
    ("amounts", "amounts"),
    ("dates", "dates"),
    ("announcements_strict", "announcements (strict)"),
    ("announcements_relaxed", "announcements (relaxed)"),
)


def print_evaluation(reports: dict[str, SplitReport], console: Console | None = None) -> None:
    console = console or Console()
    table = Table(title="Precision / recall / F1 per split")
    table.add_column("split")
    table.add_column("measure")
    for column in ("P", "R", "F1", "tp", "fp", "fn"):
        table.add_column(column, justify="right")
    for split, report in reports.items():
        for key, label in SCORES:
            s = report.scores.get(key)
            if s is None:
                continue
            table.add_row(
                f"{split} ({report.articles})",
                label,
                f"{s.precision:.3f}",
                f"{s.recall:.3f}",
                f"{s.f1:.3f}",
                str(s.tp),
                str(s.fp),
                str(s.fn),
            )
        for name, (right, total) in report.fields.items():
            table.add_row(
                split,
                f"field: {name}",
                "",
                "",
                f"{right / total if total else 1:.3f}",
                f"{right}/{total}",
                "",
                "",
            )
        table.add_section()
    console.print(table)
    by_type = Table(title="Announcements (strict) per type")
    by_type.add_column("split")
    by_type.add_column("type")
    for column in ("P", "R", "F1", "tp", "fp", "fn"):
        by_type.add_column(column, justify="right")
    for split, report in reports.items():
        for kind, s in sorted(report.by_type.items()):
            if s.tp + s.fp + s.fn:
                by_type.add_row(
                    split,
                    kind,
                    f"{s.precision:.3f}",
                    f"{s.recall:.3f}",
                    f"{s.f1:.3f}",
                    str(s.tp),
                    str(s.fp),
                    str(s.fn),
                )
        by_type.add_section()
    console.print(by_type)
