"""The date grammar: one row per phrasing, resolved against a publication date."""

import pytest

from pipeline.dates import find_dates

PUBLISHED = "2025-02-11"  # a Tuesday

ROWS = [
    (
        "weekday-day-month",
        "ont annoncé ce mardi 11 février une déclaration",
        "ce mardi 11 février",
        "2025-02-11",
        "point",
    ),
    ("day-month-year", "signé le 3 mars 2024 à Paris", "3 mars 2024", "2024-03-03", "point"),
    ("first-of-month", "dès le 1er mars", "dès le 1er mars", "2025-03-01", "start"),
    ("two-days", "qui se tient les 10 et 11 février", "10 et 11 février", "2025-02-10", "point"),
    ("deadline-year", "10 milliards d'euros d'ici 2029", "d'ici 2029", "2029", "deadline"),
    ("deadline-end-of-year", "d'ici fin 2027", "d'ici fin 2027", "2027-12", "deadline"),
    ("deadline-horizon", "à l'horizon 2030", "à l'horizon 2030", "2030", "deadline"),
    (
        "deadline-end-this-year",
        "d'ici la fin de l'année",
        "d'ici la fin de l'année",
        "2025-12",
        "deadline",
    ),
    ("end-of-year", "opérationnel fin 2025", "fin 2025", "2025-12", "point"),
    ("start-of-year", "livré début 2026", "début 2026", "2026-01", "point"),
    ("mid-year", "attendu mi-2026", "mi-2026", "2026-06", "point"),
    ("quarter", "au premier trimestre 2026", "au premier trimestre 2026", "2026-03", "point"),
    ("semester-no-year", "au second semestre", "au second semestre", "2025-12", "point"),
    ("next-year", "l'an prochain", "l'an prochain", "2026", "point"),
    ("this-month", "Nous lançons ce mois-ci une offre", "ce mois-ci", "2025-02", "point"),
    ("last-month", "finalisé le mois dernier", "le mois dernier", "2025-01", "point"),
    ("last-year", "l'année dernière", "l'année dernière", "2024", "point"),
    ("month-this-year", "en juin", "en juin", "2025-06", "point"),
    ("month-year", "en juin 2026", "en juin 2026", "2026-06", "point"),
    ("bare-month-year", "mai 2025", "mai 2025", "2025-05", "point"),
    ("yesterday", "a annoncé hier", "hier", "2025-02-10", "point"),
    ("tonight", "une annonce cette nuit", "cette nuit", "2025-02-11", "point"),
    ("weekday-evening", "dimanche soir, il a dit", "dimanche soir", "2025-02-09", "point"),
    ("in-year", "avant de la quitter en 2018", "en 2018", "2018", "point"),
    (
        "typographic-apostrophe-deadline",
        "10 milliards d’euros d’ici 2029",
        "d’ici 2029",
        "2029",
        "deadline",
    ),
    ("typographic-apostrophe-next-year", "l’an prochain", "l’an prochain", "2026", "point"),
]


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "kind"), [pytest.param(*r[1:], id=r[0]) for r in ROWS]
)
def test_date_phrasings(sentence, surface, value, kind):
    found = find_dates(sentence, PUBLISHED)
    assert [(d.text, d.value, d.kind) for d in found] == [(surface, value, kind)]
    assert all(sentence[d.start : d.end] == d.text for d in found)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("le verbe mai n'existe pas", id="lowercase-word"),
        pytest.param("2 500 euros pour 61 pays", id="numbers"),
        pytest.param("le modèle GPT-2030 est sorti", id="year-inside-name"),
        pytest.param("la salle 2029 du bâtiment", id="bare-number-without-frame"),
    ],
)
def test_not_dates(sentence):
    assert find_dates(sentence, PUBLISHED) == []


def test_no_date_is_invented_without_publication_date():
    assert find_dates("annoncé ce mardi et hier", None) == []
    assert [d.value for d in find_dates("d'ici 2029", None)] == ["2029"]
