"""Integrity of the money vocabulary in models/: every entry loads, means one thing, and is
actually recognised by the grammar built from it."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from text_to_num import text2num

from pipeline.amounts import currency_forms, find_amounts, iso_codes, vocabulary

FORMS = currency_forms()
VOCAB = vocabulary()
KINDS = {"symbol", "code", "name", "weak_name"}


def test_iso_list_is_three_capital_letters_each_once():
    codes = iso_codes()
    assert len(codes) > 150
    assert all(re.fullmatch(r"[A-Z]{3}", c) for c in codes)


def test_every_currency_row_is_complete_and_uses_an_iso_code():
    assert FORMS
    for form in FORMS:
        assert form.surface and form.surface == form.surface.strip(), form
        assert form.kind in KINDS, form
        assert form.code in iso_codes(), form


def test_a_code_row_is_its_own_iso_code():
    for form in FORMS:
        if form.kind == "code":
            assert form.surface == form.code, form


def test_no_surface_form_maps_to_two_currencies():
    meanings = defaultdict(set)
    for form in FORMS:
        key = form.surface if form.kind in ("symbol", "code") else form.surface.lower()
        meanings[key].add(form.code)
    assert {k: v for k, v in meanings.items() if len(v) > 1} == {}
    assert len(meanings) == len(FORMS), "a surface form is listed twice"


@pytest.mark.parametrize("form", FORMS, ids=[f"{f.kind}:{f.surface}" for f in FORMS])
def test_every_currency_form_is_recognised(form):
    if form.kind in ("symbol", "code"):
        phrase = f"5 millions {form.surface}"
    else:
        de = "d'" if form.surface[0].lower() in "aeiouyé" else "de "
        phrase = f"5 millions {de}{form.surface}"
    found = find_amounts(f"Le groupe annonce {phrase} pour son usine.")
    assert [(m.text, m.value, m.currency) for m in found] == [(phrase, 5e6, form.code)]


def test_vocabulary_has_every_table_the_grammar_reads():
    tables = {
        "number_words", "article_numbers", "scale_words", "scale_abbreviations",
        "compact_scales", "half_words", "vague_quantifiers", "collectives", "bounds",
        "postfix_bounds", "range_between", "range_between_and", "range_to",
        "change_verb_stems", "change_verb_forms", "money_context", "intensifiers", "money_nouns",
        "comparatives", "currency_places",
    }  # fmt: skip
    assert tables <= set(VOCAB)
    for name in tables:
        assert VOCAB[name], name


@pytest.mark.parametrize("word", VOCAB["number_words"])
def test_every_number_word_is_a_number_for_text2num(word):
    assert text2num(word, "fr") > 0


@pytest.mark.parametrize("table", ["scale_words", "scale_abbreviations", "compact_scales"])
def test_scales_are_positive_integers(table):
    assert all(isinstance(v, int) and v > 0 for v in VOCAB[table].values())


@pytest.mark.parametrize("word, factor", sorted(VOCAB["scale_words"].items()))
def test_every_scale_word_is_recognised(word, factor):
    found = find_amounts(f"Il investit 3 {word} d'euros.")
    assert [(m.text, m.value) for m in found] == [(f"3 {word} d'euros", 3 * factor)]


@pytest.mark.parametrize("word, factor", sorted(VOCAB["scale_abbreviations"].items()))
def test_every_scale_abbreviation_is_recognised(word, factor):
    found = find_amounts(f"Il investit 3 {word}€ cette année.")
    assert [(m.text, m.value) for m in found] == [(f"3 {word}€", 3 * factor)]


@pytest.mark.parametrize("letter, factor", sorted(VOCAB["compact_scales"].items()))
def test_every_compact_scale_needs_a_sign(letter, factor):
    assert [m.value for m in find_amounts(f"Un tour de 3 {letter}€.")] == [3 * factor]
    assert find_amounts(f"Un modèle de 3 {letter} de paramètres.") == []


def test_no_bound_phrase_has_two_meanings():
    seen = defaultdict(set)
    for table in ("bounds", "postfix_bounds"):
        for kind, phrases in VOCAB[table].items():
            assert kind in ("min", "max", "about")
            for phrase in phrases:
                seen[(table, phrase)].add(kind)
    assert {k: v for k, v in seen.items() if len(v) > 1} == {}


BOUND_PHRASES = [(kind, p) for kind, phrases in VOCAB["bounds"].items() for p in phrases]


@pytest.mark.parametrize("kind, phrase", BOUND_PHRASES, ids=[p for _, p in BOUND_PHRASES])
def test_every_bound_phrase_is_recognised(kind, phrase):
    text = f"Le coût {phrase} 5 millions d'euros."
    amount = f"{phrase} 5 millions d'euros"
    (found,) = find_amounts(text)
    expected = {"min": (None, 5e6, None), "max": (None, None, 5e6), "about": (5e6, None, None)}
    assert (found.text, found.approximate) == (amount, True)
    assert (found.value, found.min, found.max) == expected[kind]


@pytest.mark.parametrize("kind, phrases", sorted(VOCAB["postfix_bounds"].items()))
def test_every_postfix_bound_is_recognised(kind, phrases):
    for phrase in phrases:
        (found,) = find_amounts(f"Un coût de 5 millions d'euros {phrase}.")
        assert found.text == f"5 millions d'euros {phrase}" and found.approximate


@pytest.mark.parametrize("word, factor", sorted(VOCAB["vague_quantifiers"].items()))
def test_every_vague_quantifier_sets_a_lower_bound(word, factor):
    (found,) = find_amounts(f"Il investit {word} milliards d'euros.")
    assert (found.value, found.min, found.approximate) == (None, factor * 1e9, True)


@pytest.mark.parametrize("word, size", sorted(VOCAB["collectives"].items()))
def test_every_collective_is_recognised(word, size):
    (found,) = find_amounts(f"Il investit plusieurs {word} de millions d'euros.")
    assert found.min == 2 * size * 1e6


@pytest.mark.parametrize("phrase", VOCAB["money_context"])
def test_every_money_context_makes_a_bare_amount_money(phrase):
    text = f"Le groupe annonce son {phrase} 300 milliards."
    assert [m.text for m in find_amounts(text)] == ["300 milliards"]


@pytest.mark.parametrize("intensifier", VOCAB["intensifiers"])
@pytest.mark.parametrize("verb", ["apporté", "apporte"])
def test_an_intensifier_may_stand_between_a_money_context_and_its_number(verb, intensifier):
    text = f"Le fonds en a {verb} {intensifier} 300 milliards."
    assert [m.text for m in find_amounts(text)] == ["300 milliards"]


@pytest.mark.parametrize("noun", VOCAB["money_nouns"])
def test_every_money_noun_keeps_a_bare_amount_money(noun):
    de = "d'" if noun[0] in "aeiouyé" else "de "
    text = f"Le groupe annonce 300 milliards {de}{noun} cette année."
    assert [m.text for m in find_amounts(text)] == ["300 milliards"]


@pytest.mark.parametrize(
    "verb",
    [f"{stem}é" for stem in VOCAB["change_verb_stems"]] + VOCAB["change_verb_forms"],
)
def test_every_change_verb_splits_a_range_in_two(verb):
    found = find_amounts(f"Le budget a {verb} de 3 à 5 milliards d'euros.")
    assert [(m.text, m.value, m.currency) for m in found] == [
        ("3", 3e9, "EUR"),
        ("5 milliards d'euros", 5e9, "EUR"),
    ]


PLACES = [
    (name, code, place, entry.get("scope") == "paper")
    for entry in VOCAB["currency_places"]
    for name in entry["names"]
    for code, places in entry["places"].items()
    for place in places
]


def test_shared_currency_names_are_in_the_table_with_one_of_their_codes():
    reading = {f.surface: f.code for f in FORMS}
    for entry in VOCAB["currency_places"]:
        assert set(entry["places"]) <= iso_codes()
        assert entry.get("before_euro", "EUR") in iso_codes()
        for name in entry["names"]:
            assert reading[name] in entry["places"], name


@pytest.mark.parametrize(
    "name, code, place, paper", PLACES, ids=[f"{n}:{p}" for n, _, p, _ in PLACES]
)
def test_every_place_selects_its_currency(name, code, place, paper):
    """A place in the sentence selects the currency; for a paper-scoped name (« $ »), the
    place of the paper's dateline does."""
    phrase = f"5 milliards de {name}" if name[0].islower() else f"5 milliards {name}"
    text = (
        f"{place.upper()} – Un plan de {phrase}."
        if paper
        else f"Pour {place}, un plan de {phrase}."
    )
    (found,) = find_amounts(text)
    assert (found.text, found.currency) == (phrase, code)


def test_a_place_named_once_does_not_make_the_paper():
    """« $ » in a French paper stays USD beside a Canadian fund (gold of blind articles)."""
    (found,) = find_amounts("La start-up a levé 30 M$ auprès du fonds canadien Borvale.")
    assert found.currency == "USD"
