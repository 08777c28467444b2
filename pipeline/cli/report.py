"""Terminal tables (rich) for evaluation results."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from ..evaluate import Score, SplitReport

SCORES = (
    ("entities", "entities"),
    ("amounts", "amounts"),
    ("dates", "dates"),
    ("announcements_strict", "announcements (strict)"),
    ("announcements_relaxed", "announcements (relaxed)"),
)
COLUMNS = ("P", "R", "F1", "tp", "fp", "fn")


def _table(title: str, first: str, second: str) -> Table:
    table = Table(title=title)
    table.add_column(first)
    table.add_column(second)
    for column in COLUMNS:
        table.add_column(column, justify="right")
    return table


def _cells(s: Score) -> list[str]:
    return [f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.tp), str(s.fp), str(s.fn)]


def print_evaluation(reports: dict[str, SplitReport], console: Console | None = None) -> None:
    console = console or Console()
    table = _table("Precision / recall / F1 per split", "split", "measure")
    by_type = _table("Announcements (strict) per type", "split", "type")
    for split, report in reports.items():
        for key, label in SCORES:
            if key in report.scores:
                table.add_row(f"{split} ({report.articles})", label, *_cells(report.scores[key]))
        for name, (right, total) in report.fields.items():
            accuracy = f"{right / total if total else 1:.3f}"
            table.add_row(split, f"field: {name}", "", "", accuracy, f"{right}/{total}", "", "")
        table.add_section()
        for kind, s in sorted(report.by_type.items()):
            if s.tp + s.fp + s.fn:
                by_type.add_row(split, kind, *_cells(s))
        by_type.add_section()
    console.print(table)
    console.print(by_type)
