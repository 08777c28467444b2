"""Date recogniser: a grammar for the way French news places things in time, in front of
dateparser.

dateparser resolves a plain date (« 11 février », « hier », « juin 2026 ») against a relative
base, but finds nothing in « d'ici 2029 », « fin 2025 », « au premier trimestre 2026 » or
« l'an prochain », and cannot tell a deadline from a point in time. The grammar finds the
expression and its frame (deadline, start, start/middle/end of a period); dateparser, with the
publication date as base, resolves the core.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from dateparser.date import DateDataParser
from spacy.language import Language
from spacy.tokens import Doc

from .assets import alternation, load_json

YEAR = r"(?:19|20)\d{2}"


@dataclass(frozen=True, slots=True)
class DateValue:
    start: int
    end: int
    text: str
    value: str  # YYYY, YYYY-MM or YYYY-MM-DD
    kind: str  # point, deadline or start


@cache
def _grammar() -> re.Pattern:
    words = load_json("dates.json")
    months = alternation(words["months"])
    weekdays = alternation(words["weekdays"])
    parts = alternation(words["day_parts"])
    deadline = alternation(words["deadline_prefixes"])
    start = alternation(words["start_prefixes"])
    modifiers = alternation([m.rstrip("-") for m in words["period_modifiers"]])
    links = alternation(words["period_links"])
    ordinals = alternation(list(words["ordinals"]))
    periods = alternation(list(words["periods"]))
    rel_years = alternation(list(words["relative_years"]))
    rel_months = alternation(list(words["relative_months"]))
    rel_days = alternation(list(words["relative_days"]))
    core = rf"""
      (?P<relday>{rel_days})
    | (?:(?:(?:ce|cette|le)\s+)?(?P<weekday>{weekdays})\s+)?
      (?:(?P<day_from>1er|[0-3]?\d)\s+(?:et|au|-)\s+)?(?P<day>1er|[0-3]?\d)\s+(?P<month>{months})
      (?:\s+(?P<year>{YEAR}))?
    | (?:la\s+)?(?P<mod>{modifiers})(?:\s*-\s*|\s+)(?:(?:de\s+|d')?(?P<mod_month>{months})
      (?:\s+(?P<mod_month_year>{YEAR}))?|(?P<mod_year>{YEAR})|(?P<mod_rel>{links}))
    | (?:(?:au|le|du|un|ce)\s+)?(?P<ordinal>{ordinals})\s+(?P<period>{periods})
      (?:\s+(?:de\s+l'année\s+)?(?P<period_year>{YEAR}))?
    | (?P<rel_year>{rel_years})
    | (?P<rel_month>{rel_months})
    | (?:(?:en|au\s+mois\s+de|depuis|pour|dès)\s+)(?P<month_only>{months})
      (?:\s+(?P<month_year>{YEAR}))?
    | (?P<month_with_year>{months})\s+(?P<month_year2>{YEAR})
    | (?:(?:en|depuis|pour|de|dès)\s+)(?P<in_year>{YEAR})\b
    | (?:(?:ce|cette)\s+)?(?P<bare_weekday>{weekdays})(?:\s+(?P<part>{parts}|prochain))?
    """
    prefixed_year = rf"(?P<prefixed_year>{YEAR})\b"
    pattern = rf"""
      (?:(?:(?P<deadline>{deadline})|(?P<start>{start}))\s+(?:la\s+|le\s+|l')?)?
      (?:{core}|{prefixed_year})
    """
    pattern = pattern.replace("'", "['’]")  # typographic apostrophes are as common as straight
    return re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE | re.VERBOSE)


@cache
def _parser(base: dt.date) -> DateDataParser:
    """One dateparser per publication date: French only (autodetection is ~100x slower)."""
    base_time = dt.datetime.combine(base, dt.time(12))
    return DateDataParser(
        languages=["fr"],
        settings={"RELATIVE_BASE": base_time, "PREFER_DATES_FROM": "current_period"},
    )


@lru_cache(maxsize=4096)
def _resolve(phrase: str, base: dt.date) -> str | None:
    """dateparser's reading of a plain date phrase, at the precision it found."""
    data = _parser(base).get_date_data(phrase)
    if data.date_obj is None:
        return None
    day = data.date_obj.date()
    return {"year": f"{day:%Y}", "month": f"{day:%Y-%m}"}.get(data.period, day.isoformat())


def _value(m: re.Match, base: dt.date) -> str | None:
    words = load_json("dates.json")
    g = {k: v.replace("’", "'") if v else v for k, v in m.groupdict().items()}
    if g["relday"]:
        offset = words["relative_days"][g["relday"].lower()]
        return (base + dt.timedelta(days=offset)).isoformat()
    if g["day"]:
        day = (g["day_from"] or g["day"]).replace(
            "er", ""
        )  # « les 10 et 11 février »: from the 10th
        phrase = f"{day} {g['month']} {g['year'] or base.year}"
        return _resolve(phrase, base)
    if g["mod"]:
        month = words["period_modifiers"].get(g["mod"].lower())
        if g["mod_month"]:
            return _resolve(f"{g['mod_month']} {g['mod_month_year'] or base.year}", base)
        year = g["mod_year"] or str(base.year)
        return f"{year}-{month:02d}" if month else year
    if g["ordinal"]:
        size = words["periods"][g["period"].lower()]
        index = words["ordinals"][g["ordinal"].lower()]
        last_month = min(12, index * size)
        return f"{g['period_year'] or base.year}-{last_month:02d}"
    if g["rel_year"]:
        return str(base.year + words["relative_years"][g["rel_year"].lower()])
    if g["rel_month"]:  # « ce mois-ci », « le mois dernier »
        months = base.year * 12 + base.month - 1 + words["relative_months"][g["rel_month"].lower()]
        return f"{months // 12}-{months % 12 + 1:02d}"
    if g["month_only"] or g["month_with_year"]:
        month = g["month_only"] or g["month_with_year"]
        return _resolve(f"{month} {g['month_year'] or g['month_year2'] or base.year}", base)
    if g["in_year"] or g["prefixed_year"]:
        return g["in_year"] or g["prefixed_year"]
    if g["bare_weekday"]:
        return _resolve(f"{g['bare_weekday']}", base) if g["part"] != "prochain" else None
    return None


def find_dates(text: str, published: str | None) -> list[DateValue]:
    """Every date expression placeable on a calendar. Without a publication date, only
    expressions that carry their own year are resolved: no date is invented."""
    base = dt.date.fromisoformat(published) if published else None
    found = []
    for m in _grammar().finditer(text):
        has_year = any(
            m.group(k)
            for k in (
                "year",
                "mod_year",
                "mod_month_year",
                "period_year",
                "month_year",
                "month_year2",
                "in_year",
                "prefixed_year",
            )
        )
        if base is None and not has_year:
            continue
        if m.group("prefixed_year") and not (m.group("deadline") or m.group("start")):
            continue  # a lone number that looks like a year is not a date
        value = _value(m, base or dt.date(int(re.search(YEAR, m.group()).group()), 1, 1))
        if value is None:
            continue
        kind = "deadline" if m.group("deadline") else "start" if m.group("start") else "point"
        found.append(DateValue(m.start(), m.end(), m.group(), value, kind))
    return found


if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)
if not Doc.has_extension("dates"):
    Doc.set_extension("dates", default=None)


@Language.factory("summit_dates")
def make_date_recogniser(nlp: Language, name: str):
    """Sets ``doc._.dates`` from ``doc._.published`` (YYYY-MM-DD or None)."""

    def recognise_dates(doc: Doc) -> Doc:
        ranges = doc._.boilerplate or ()  # « Lire aussi » teasers date other articles
        found = find_dates(doc.text, doc._.published)
        doc._.dates = [d for d in found if not any(s <= d.start < e for s, e in ranges)]
        return doc

    return recognise_dates
