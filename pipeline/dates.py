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
    links = alternation(list(words["period_links"]))
    shifts = alternation(list(words["shifts"]))
    abbreviations = "".join(words["period_abbreviations"])
    ordinals = alternation(list(words["ordinals"]))
    periods = alternation(list(words["periods"]))
    rel_years = alternation(list(words["relative_years"]))
    rel_months = alternation(list(words["relative_months"]))
    rel_days = alternation(list(words["relative_days"]))
    month_links = alternation(words["month_links"])
    numbers = alternation(list(words["number_words"]))
    ago = alternation(words["years_ago"])
    ahead = alternation(words["years_ahead"])
    year_nouns = alternation(words["year_nouns"])
    core = rf"""
      (?P<relday>{rel_days})
    | (?:(?:(?:ce|cette|le)\s+)?(?P<weekday>{weekdays})\s+)?
      (?:(?P<day_from>1er|[0-3]?\d)\s+(?:et|au|-)\s+(?:(?:{weekdays})\s+)?)?
      (?P<day>1er|[0-3]?\d)\s+(?P<month>{months})
      (?:\s+(?P<year>{YEAR})|\s+(?P<day_shift>{shifts}))?
    | (?P<num_day>[0-3]?\d)[/.](?P<num_month>[01]?\d)[/.](?P<num_year>{YEAR})
    | (?:(?:au|du|le|en)\s+)?(?P<abbr>[{abbreviations}])(?P<abbr_index>[1-4])
      \s+(?P<abbr_year>{YEAR})
    | (?:la\s+)?(?P<mod>{modifiers})(?:\s*-\s*|\s+)(?:(?:de\s+|d')?(?P<mod_month>{months})
      (?:\s+(?P<mod_month_year>{YEAR}))?|(?:de\s+)?(?P<mod_year>{YEAR})|(?P<mod_rel>{links})
      |(?P<mod_this_month>{month_links}))
    | (?<!un\s)(?:(?:au|le|du|ce)\s+)?(?P<ordinal>{ordinals})\s+(?P<period>{periods})
      (?:\s+(?:de\s+l'année\s+)?(?P<period_year>{YEAR}))?
    | (?P<rel_year>{rel_years})
    | (?P<rel_month>{rel_months})
    | (?:(?:en|au\s+mois\s+de|mois\s+de|depuis|pour|dès)\s+)(?P<month_only>{months})
      (?:\s+(?P<month_year>{YEAR})|\s+(?P<month_shift>{shifts}))?
    | (?P<month_with_year>{months})\s+(?P<month_year2>{YEAR})
    | (?:(?:en|depuis|pour|de|dès|{year_nouns})\s+)(?P<in_year>{YEAR})\b
    | (?<=\d{{4}}\set\s)(?P<listed_year>{YEAR})\b
    | (?:(?P<ago>{ago})|(?P<ahead>{ahead}))?\s*(?P<years>{numbers}|\d{{1,2}})\s+ans
    | (?:(?:ce|cette)\s+)?(?P<bare_weekday>{weekdays})
      (?:\s+(?:(?P<part>{parts})|(?P<weekday_shift>{shifts})))?
    """
    prefixed_year = (
        rf"(?P<prefixed_year>{YEAR})\b"
        rf"|(?P<prefixed_month>{months})(?:\s+(?P<prefixed_month_year>{YEAR}))?"
    )
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


def _value(m: re.Match, base: dt.date, upcoming: int = -1) -> str | None:
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
        return _shifted(_resolve(phrase, base), g["day_shift"], base)
    if g["num_day"]:
        day, month, year = int(g["num_day"]), int(g["num_month"]), int(g["num_year"])
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return None  # « 31/02/2025 » is no date
    if g["abbr"]:
        size = words["period_abbreviations"][g["abbr"].upper()]
        return f"{g['abbr_year']}-{min(12, int(g['abbr_index']) * size):02d}"
    if g["mod"]:
        month = words["period_modifiers"].get(g["mod"].lower())
        if g["mod_month"]:
            return _resolve(f"{g['mod_month']} {g['mod_month_year'] or base.year}", base)
        if g["mod_this_month"]:  # « d'ici la fin du mois »
            return f"{base:%Y-%m}"
        offset = words["period_links"].get((g["mod_rel"] or "").lower(), 0)
        year = g["mod_year"] or str(base.year + offset)
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
        value = _resolve(f"{month} {g['month_year'] or g['month_year2'] or base.year}", base)
        return _shifted(value, g["month_shift"], base)
    if g["in_year"] or g["prefixed_year"] or g["listed_year"]:
        return g["in_year"] or g["prefixed_year"] or g["listed_year"]  # « en 2025 et 2026 »
    if g["prefixed_month"]:  # « à partir de septembre »
        return _resolve(f"{g['prefixed_month']} {g['prefixed_month_year'] or base.year}", base)
    if g["years"]:
        count = words["number_words"].get(g["years"].lower()) or int(g["years"])
        return str(base.year - count if g["ago"] else base.year + count)
    if g["bare_weekday"]:
        shift = words["shifts"].get((g["weekday_shift"] or "").lower())
        wanted = [w.lower() for w in words["weekdays"]].index(g["bare_weekday"].lower())
        if shift is None and upcoming >= 0:  # « doit être approuvé vendredi »: the coming one
            days = (wanted - base.weekday()) % 7 or (
                0 if m.group().lower().startswith("ce") else upcoming
            )
            return (base + dt.timedelta(days=days)).isoformat()
        if shift is None:
            return _resolve(f"{g['bare_weekday']}", base)
        ahead = (wanted - base.weekday()) % 7 or 7  # « mardi prochain »: the next one, not today
        behind = (base.weekday() - wanted) % 7 or 7  # « lundi dernier »: the one before
        return (base + dt.timedelta(days=ahead if shift > 0 else -behind)).isoformat()
    return None


def _shifted(value: str | None, shift: str | None, base: dt.date) -> str | None:
    """« le 15 septembre dernier », « en janvier prochain »: the year that puts the date on
    the side of the publication date the word says, when the text gives none."""
    if value is None or not shift:
        return value
    direction = load_json("dates.json")["shifts"][shift.lower()]
    year, rest = int(value[:4]), value[4:]
    published = base.isoformat()[: len(value)]
    if direction < 0 and value >= published:
        year -= 1
    if direction > 0 and value <= published:
        year += 1
    return f"{year}{rest}"


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
                "num_year",
                "abbr_year",
                "prefixed_month_year",
                "listed_year",
            )
        )
        if base is None and not has_year:
            continue
        framed = m.group("deadline") or m.group("start")
        if (m.group("prefixed_year") or m.group("prefixed_month")) and not framed:
            continue  # a lone number that looks like a year, a month word alone: no date
        if m.group("years") and not (framed or m.group("ago") or m.group("ahead")):
            continue  # « pendant trois ans » is a duration
        if _idiom(text, m):
            continue
        upcoming = -1
        if m.group("bare_weekday"):
            upcoming = 0 if m.group("deadline") else _upcoming(text, m.start())
        value = _value(m, base or dt.date(int(re.search(YEAR, m.group()).group()), 1, 1), upcoming)
        if value is None:
            continue
        kind = "deadline" if m.group("deadline") else "start" if m.group("start") else "point"
        found.append(DateValue(m.start(), m.end(), m.group(), value, kind))
    return found


FUTURE_TENSE = re.compile(r"(?<![\w'])[a-zéèêàâîôûç]\w*r(?:a|ont|ons|ez)\b")


def _before(text: str, start: int, reach: int = 50) -> str:
    """The words of the same sentence right before ``start``, as written."""
    window = text[max(0, start - reach) : start]
    return re.split(r"[.!?\n]", window)[-1].replace("’", "'")


def _upcoming(text: str, start: int) -> int:
    """« On vous verra jeudi », « le texte doit être approuvé vendredi »: a weekday after a
    future (7: next week's when it is today's weekday) or an announced schedule (0: today's
    counts) is the coming one, not the past one; -1 otherwise."""
    before = _before(text, start)
    if FUTURE_TENSE.search(before):
        return 7
    near = before.lower()[-25:]
    cues = load_json("dates.json")["future_cues"]
    scheduled = any(re.search(rf"(?<!\w){re.escape(c)}(?!\w)", near) for c in cues)
    return 0 if scheduled else -1


def _idiom(text: str, m: re.Match) -> bool:
    """Words of dates used otherwise: « les usines de demain », « à ce jour » (to date),
    « chaque vendredi » (a habit), « Dimanche Soir Hebdo » or « Forum Demain Lyon » (a name
    written with a capital inside a sentence)."""
    phrase = (m.group("relday") or m.group("bare_weekday") or "").lower()
    if not phrase or m.group("deadline") or m.group("start"):
        return False
    before = _before(text, m.start(), reach=12).lower()
    if phrase == "demain" and before.endswith("de "):
        return True
    if phrase == "ce jour" and before.endswith("à "):
        return True
    if any(before.endswith(f"{cue} ") for cue in load_json("dates.json")["habitual_cues"]):
        return True
    previous = text[max(0, m.start() - 20) : m.start()].rstrip()  # not the whole text per date
    opens = not previous or previous[-1] in '.!?:«"\n—–-|(' or text[m.start() - 1] == "\n"
    named = re.match(r"\s+[A-ZÉÈ]", text[m.end() : m.end() + 2])  # « Dimanche Soir Hebdo »
    inside = not opens and m.group("relday") is not None  # « le salon Forum Demain Lyon »
    return m.group()[:1].isupper() and (inside or named is not None)


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
