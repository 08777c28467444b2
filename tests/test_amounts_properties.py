"""Properties of find_amounts over generated text: it never raises, its spans are exact, sorted
and disjoint, its numbers read back, and no pattern of the grammar backtracks
catastrophically on megabyte-long hostile input."""

from __future__ import annotations

import math
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.amounts import (
    MoneyMention,
    currency_forms,
    find_amounts,
    grammar_patterns,
    iso_codes,
    vocabulary,
)
from pipeline.benchmarks.amounts import ADVERSARIAL_PIECES, repeat_to

MEGABYTE = 1_000_000
# Generous: a linear scan of a megabyte takes well under a second here; a catastrophic one
# would not end in minutes.
MEGABYTE_SECONDS = 10.0
SEPARATORS = [" ", "\u00a0", "\u202f"]

find_amounts("")  # compile the grammar before the first timed example


def well_formed(text: str) -> list[MoneyMention]:
    """The mentions of ``text``, after checking every invariant of the contract."""
    found = find_amounts(text)
    end = 0
    for i, m in enumerate(found):
        assert end <= m.start < m.end <= len(text)
        end = m.end
        assert m.text == text[m.start : m.end]
        assert m.currency is None or m.currency in iso_codes()
        numbers = [n for n in (m.value, m.min, m.max) if n is not None]
        assert numbers and all(math.isfinite(n) and n >= 0 for n in numbers)
        if m.min is not None and m.max is not None:
            assert m.min <= m.max
        if m.currency_from is not None:
            lender = found[m.currency_from]
            assert m.currency_from != i and lender.currency_from is None
            assert lender.currency == m.currency is not None
    return found


def _fragments() -> list[str]:
    """Pieces of the grammar's own vocabulary, to be strung together in any order."""
    vocab = vocabulary()
    words = [f.surface for f in currency_forms()]
    words += vocab["number_words"] + list(vocab["scale_words"]) + list(vocab["collectives"])
    words += list(vocab["vague_quantifiers"]) + vocab["money_context"][:20]
    words += [p for kind in vocab["bounds"].values() for p in kind]
    digits = ["0", "1", "12", "123", "2024", "1234567890123456", "97,4", "1.5", "1 000"]
    marks = [" ", ",", ".", "'", "’", "-", "–", "\u00a0", "\u202f", "\n", "%", "de ", "d'", "et "]
    return words + digits + marks + ["entre ", " à ", "dont ", "passe de "]


FRAGMENTS = _fragments()
VOCABULARY_WORDS = {w.lower() for fragment in FRAGMENTS for w in fragment.split()}
FILLER = st.lists(
    st.from_regex(r"[a-z]{1,8}", fullmatch=True).filter(lambda w: w not in VOCABULARY_WORDS),
    max_size=8,
).map(" ".join)


@settings(max_examples=300, deadline=1000)
@given(st.text())
def test_any_text_is_read_without_error(text):
    well_formed(text)


@settings(max_examples=400, deadline=1000)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join))
def test_strings_of_grammar_words_are_read_without_error(text):
    well_formed(text)


@settings(max_examples=200, deadline=1000)
@given(
    st.integers(min_value=0, max_value=10**12),
    st.sampled_from(SEPARATORS + ["."]),
)
def test_grouped_digits_read_back(number, separator):
    grouped = f"{number:,}".replace(",", separator)
    found = well_formed(f"Il investit {grouped} euros.")
    assert [(m.text, m.value, m.currency) for m in found] == [(f"{grouped} euros", number, "EUR")]


@settings(max_examples=200, deadline=1000)
@given(
    st.integers(min_value=0, max_value=999_999),
    st.integers(min_value=1, max_value=9999),
    st.sampled_from(sorted(vocabulary()["scale_words"].items())),
    st.sampled_from([f for f in currency_forms() if f.kind in ("name", "weak_name")]),
)
def test_decimal_scale_and_currency_name_read_back(whole, decimals, scale, currency):
    word, factor = scale
    number = f"{whole},{decimals}"
    de = "d'" if currency.surface[0] in "aeiouyéAEIOUYÉ" else "de "
    phrase = f"{number} {word} {de}{currency.surface}"
    found = well_formed(f"Ils annoncent {phrase} pour la France.")
    assert [(m.text, m.currency) for m in found] == [(phrase, currency.code)]
    assert found[0].value == pytest.approx(float(f"{whole}.{decimals}") * factor, rel=1e-12)


@settings(max_examples=200, deadline=1000)
@given(
    FILLER,
    FILLER,
    st.sampled_from(
        [
            "20 milliards d'euros",
            "plus de 5 millions de dollars",
            "entre 100 et 500 milliards de dollars",
            "6,4 Md€",
            "plusieurs centaines de millions d'euros",
        ]
    ),
)
def test_surrounding_words_move_the_span_but_not_the_amount(before, after, amount):
    """Words outside the grammar's vocabulary change nothing but the offsets."""
    alone = well_formed(amount)
    text = f"{before} {amount}. {after}"
    found = well_formed(text)
    shift = len(before) + 1
    assert [(m.start - shift, m.end - shift, m.value, m.min, m.max, m.currency) for m in found] == [
        (m.start, m.end, m.value, m.min, m.max, m.currency) for m in alone
    ]


@settings(max_examples=5, deadline=None)
@given(st.text(min_size=1, max_size=40))
def test_megabyte_of_any_repeated_text(piece):
    well_formed(repeat_to(piece, MEGABYTE))


@pytest.mark.parametrize("piece", list(ADVERSARIAL_PIECES.values()), ids=list(ADVERSARIAL_PIECES))
def test_megabyte_of_hostile_input_is_read_in_linear_time(piece):
    text = repeat_to(piece, MEGABYTE)
    start = time.perf_counter()
    well_formed(text)
    assert time.perf_counter() - start < MEGABYTE_SECONDS


@pytest.mark.parametrize("name", list(grammar_patterns()))
def test_no_pattern_backtracks_on_hostile_input(name):
    """Every pattern scans every hostile piece, cues included, which find_amounts only runs
    where an amount was found."""
    pattern = grammar_patterns()[name]
    text = "".join(repeat_to(piece, MEGABYTE // 4) for piece in ADVERSARIAL_PIECES.values())
    start = time.perf_counter()
    for _ in pattern.finditer(text):
        pass
    assert time.perf_counter() - start < MEGABYTE_SECONDS
