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
    (
        "weekday-range",
        "se tiendront du vendredi 17 au dimanche 19 juillet au parc",
        "vendredi 17 au dimanche 19 juillet",
        "2025-07-17",
        "point",
    ),
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
    (
        "day-month-last",
        "signé le 15 septembre dernier",
        "15 septembre dernier",
        "2024-09-15",
        "point",
    ),
    ("month-last", "levé en septembre dernier", "en septembre dernier", "2024-09", "point"),
    ("month-next", "ouvrira en janvier prochain", "en janvier prochain", "2026-01", "point"),
    ("next-weekday", "signera mardi prochain", "mardi prochain", "2025-02-18", "point"),
    ("last-weekday", "a signé lundi dernier", "lundi dernier", "2025-02-10", "point"),
    ("weekday-after-a-future", "On vous verra jeudi ?", "jeudi", "2025-02-13", "point"),
    (
        "weekday-today-after-a-future-is-next-week",
        "Ils se verront mardi.",
        "mardi",
        "2025-02-18",
        "point",
    ),
    (
        "weekday-of-a-schedule",
        "le texte doit être voté vendredi",
        "vendredi",
        "2025-02-14",
        "point",
    ),
    ("weekday-in-the-past", "Il a dit vendredi que", "vendredi", "2025-02-07", "point"),
    (
        "until-weekday",
        "Il réunit jusqu'à jeudi les élus",
        "jusqu'à jeudi",
        "2025-02-13",
        "deadline",
    ),
    (
        "start-of-next-year",
        "en début d'année prochaine",
        "début d'année prochaine",
        "2026-01",
        "point",
    ),
    (
        "end-of-a-year-after-de",
        "d'ici la fin de 2027",
        "d'ici la fin de 2027",
        "2027-12",
        "deadline",
    ),
    ("end-of-this-month", "d'ici la fin du mois", "d'ici la fin du mois", "2025-02", "deadline"),
    ("numeric-date", "signé le 15/09/2025 à Paris", "15/09/2025", "2025-09-15", "point"),
    ("quarter-abbreviation", "livré au T3 2025", "au T3 2025", "2025-09", "point"),
    ("half-year-abbreviation", "attendu en S2 2026", "en S2 2026", "2026-12", "point"),
    (
        "abbreviated-month-without-dot",
        "PARIS, 4 nov 2025 (AFP)",
        "4 nov 2025",
        "2025-11-04",
        "point",
    ),
    ("from-a-month", "étendu à partir de septembre", "à partir de septembre", "2025-09", "start"),
    ("from-the-month-of", "dès le mois de juin", "dès le mois de juin", "2025-06", "start"),
    ("years-ago", "Il y a deux ans, personne", "Il y a deux ans", "2023", "point"),
    ("within-years", "d'ici trois ans pour", "d'ici trois ans", "2028", "deadline"),
    ("fiscal-year", "au cours de l'exercice 2024, le groupe", "l'exercice 2024", "2024", "point"),
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
        pytest.param("Chaque vendredi, notre tour d'horizon", id="habitual-weekday"),
        pytest.param("les usines de demain", id="of-tomorrow"),
        pytest.param("raisonnables à ce jour", id="to-date"),
        pytest.param("le salon Industrie Demain, organisé", id="tomorrow-inside-a-name"),
        pytest.param("l'émission « Dimanche Politique »", id="weekday-inside-a-name"),
        pytest.param("pendant trois ans", id="duration"),
        pytest.param("après un premier semestre atone", id="an-indefinite-half-year"),
        pytest.param("le 31/02/2025", id="impossible-numeric-date"),
    ],
)
def test_not_dates(sentence):
    assert find_dates(sentence, PUBLISHED) == []


def test_a_year_listed_after_another_is_a_date():
    found = find_dates("en 2025 et 2026. La société", PUBLISHED)
    assert [(d.text, d.value) for d in found] == [("en 2025", "2025"), ("2026", "2026")]


def test_no_date_is_invented_without_publication_date():
    assert find_dates("annoncé ce mardi et hier", None) == []
    assert [d.value for d in find_dates("d'ici 2029", None)] == ["2029"]
