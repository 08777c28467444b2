"""HTML views of results: an article with its announcements, an evaluation, a batch report.

Each page is one self-contained file (inline CSS and JS, nothing fetched) so it opens from
disk in any browser, offline."""

from .article import render_article
from .evaluation import render_evaluation
from .inputs import ViewError, load_rates, load_result, load_results
from .money import format_amount, format_money
from .report import render_report

__all__ = [
    "ViewError",
    "format_amount",
    "format_money",
    "load_rates",
    "load_result",
    "load_results",
    "render_article",
    "render_evaluation",
    "render_report",
]
