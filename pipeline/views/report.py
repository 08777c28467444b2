"""A batch's announcements summed up: totals by type, actor and currency, the largest ones,
a timeline and a chart. Currencies are never mixed: without rates, every total and chart is
per currency."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from ..evaluate import name_key
from ..schema import ANNOUNCEMENT_TYPES, Announcement, ArticleInfo, ArticleResult
from .inputs import ViewError
from .money import figure, format_amount
from .page import render

NOT_ADDED = {"component", "reference"}  # a part or a repeat of an amount already counted
LARGEST = 10
CHART_BARS = 12


@dataclass(frozen=True)
class Item:
    """One announcement in its article, its amount in the currency the page reports it in."""

    article: ArticleInfo
    announcement: Announcement
    currency: str | None
    figure: float | None
    when: str | None  # the announcement's date, else the article's publication date
    dated_by_article: bool

    @property
    def own(self) -> bool:
        """Has an amount of its own (not a repeat of an earlier figure)."""
        amount = self.announcement.amount
        return self.figure is not None and amount is not None and amount.role != "reference"

    @property
    def added(self) -> bool:
        """Adds to the totals by type and currency: not a part of a whole already added."""
        return self.own and self.announcement.amount.role not in NOT_ADDED


def _items(results: list[ArticleResult], rates: dict[str, float] | None, target: str) -> list[Item]:
    if rates is not None:
        if rates.setdefault(target, 1.0) != 1.0:
            raise ViewError(f"the rates file gives {target} {rates[target]}, but it is the target")
        missing = sorted(
            {
                a.amount.currency
                for r in results
                for a in r.announcements
                if a.amount and a.amount.currency and a.amount.currency not in rates
            }
        )
        if missing:
            raise ViewError(f"no rate for {', '.join(missing)} in the rates file")
    items = []
    for result in results:
        for a in result.announcements:
            currency, value = None, None
            if a.amount is not None:
                currency, value = a.amount.currency, figure(a.amount)
                if rates is not None and currency is not None and value is not None:
                    currency, value = target, value * rates[currency]
            items.append(
                Item(
                    article=result.article,
                    announcement=a,
                    currency=currency,
                    figure=value,
                    when=a.date or result.article.published,
                    dated_by_article=a.date is None and result.article.published is not None,
                )
            )
    return items


def _sum(items: list[Item]) -> dict[str | None, float]:
    totals: dict[str | None, float] = defaultdict(float)
    for item in items:
        totals[item.currency] += item.figure
    return dict(totals)


def _actor(item: Item) -> str:
    names = [p.name for p in item.announcement.actors]
    return ", ".join(names) if names else "(no actor)"


def build_report(
    results: list[ArticleResult], rates: dict[str, float] | None = None, target: str = "EUR"
) -> dict:
    """The figures the report page shows, currency by currency."""
    items = _items(results, rates, target)
    added = [i for i in items if i.added]
    own = [i for i in items if i.own]
    used = Counter(i.currency for i in own)
    currencies = sorted(used, key=lambda c: (c is None, -used[c], c or ""))

    by_type = []
    for kind in ANNOUNCEMENT_TYPES:
        of_kind = [i for i in items if i.announcement.type == kind]
        if of_kind:
            by_type.append((kind, len(of_kind), _sum([i for i in of_kind if i.added])))

    groups: dict[tuple, list[Item]] = defaultdict(list)
    for item in items:
        groups[tuple(sorted(name_key(p.name) for p in item.announcement.actors))].append(item)
    by_actor = sorted(
        (
            (
                _actor(group[0]),
                len(group),
                sorted({i.announcement.type for i in group}),
                _sum([i for i in group if i.own]),
            )
            for group in groups.values()
        ),
        key=lambda row: (-row[1], row[0].casefold()),
    )

    charts, largest = {}, {}
    for currency in currencies:
        in_currency = [i for i in own if i.currency == currency]
        bars = sorted(
            ((name, totals[currency]) for name, _, _, totals in by_actor if currency in totals),
            key=lambda bar: -bar[1],
        )[:CHART_BARS]
        charts[currency] = bars
        largest[currency] = sorted(in_currency, key=lambda i: -i.figure)[:LARGEST]

    timeline: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        timeline[item.when or "undated"].append(item)
    return {
        "articles": len(results),
        "announcements": len(items),
        "with_amount": len(own),
        "converted": rates is not None,
        "target": target,
        "rates": rates or {},
        "currencies": currencies,
        "by_currency": [
            (c, sum(i.currency == c for i in added), _sum(added).get(c, 0.0)) for c in currencies
        ],
        "by_type": by_type,
        "by_actor": by_actor,
        "charts": charts,
        "largest": largest,
        "timeline": sorted(timeline.items(), key=lambda day: (day[0] == "undated", day[0])),
    }


def render_report(
    results: list[ArticleResult], rates: dict[str, float] | None = None, target: str = "EUR"
) -> str:
    """A self-contained HTML report over a batch's results; with ``rates`` every amount is
    converted to ``target``, without them each currency keeps its own totals and chart."""
    return render(
        "report.html.j2",
        data=build_report(results, rates, target),
        currency_name=lambda c: c or "no currency",
        amount=format_amount,
    )
