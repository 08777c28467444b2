"""Roles of amounts, settled before any pledge is read, so that a part (« dont »), a
valuation or a figure recalled never becomes an announcement of its own."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from spacy.tokens import Doc

from ..entities import fold
from .lexicon import lexicon


@cache
def _whole_words(words: tuple[str, ...]) -> re.Pattern:
    """One pattern for « any of these words, whole »: the same test as one search per word; a
    compound's part is no word of its own (« contre » in « contre-offre »)."""
    if not words:
        return re.compile(r"(?!)")  # matches nothing, as ``any`` of no word is False
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(w) for w in words)})(?![\w-])")


def _whole_word(words: list[str]) -> re.Pattern:
    return _whole_words(tuple(words))


def _awarded(clause: str, sentence: str, lex: dict) -> bool:
    """« a attribué à X un marché de 2,4 Md », « Un marché de 87 M€ a été attribué à X »: a
    contract awarded, not a market's size."""
    said = _whole_word(lex["non_commitment_words"]).findall(clause)
    award = _whole_word(lex["award_words"]).search(sentence)
    return set(said) <= lex["contract_nouns"] and award is not None


def _sentence_end(starts: list[int], amount, text: str) -> int:
    """Where the sentence holding ``amount`` ends: the next sentence's start."""
    following = bisect_right(starts, amount.start)
    return starts[following] if following < len(starts) else len(text)


def amount_roles(doc: Doc) -> dict[int, tuple[str, int | None]]:
    """Index -> (role, refers_to) for amounts that are not new commitments."""
    lex = lexicon()
    amounts = doc._.amounts or []
    roles: dict[int, tuple[str, int | None]] = {}
    text = doc.text  # a property that rejoins every token: read it once, not per amount
    starts = [s.start_char for s in doc.sents]
    for i, a in enumerate(amounts):
        sent_start = starts[bisect_right(starts, a.start) - 1] if starts else 0
        before = fold(text[max(sent_start, a.start - 45) : a.start])
        previous = i - 1 if i and amounts[i - 1].start >= sent_start else None
        if previous is not None:
            between = fold(text[amounts[previous].end : a.start])
            parent_role, parent_ref = roles.get(previous, ("other", None))
            head = parent_ref if parent_role == "component" else previous
            per_unit = between.strip().startswith(tuple(lex["non_commitment_after"]))
            if re.fullmatch(r"\s*(?:\(|,?\s*soit\b)[^.;()]{0,20}", between) and not per_unit:
                roles[i] = ("reference", previous)  # « 120 milliards de yens (près de 740 M€) »
                continue
            if _whole_word(lex["part_cues"]).search(between):
                roles[i] = ("component", head)
                continue
            continues_parts = a.currency_from is not None or len(between) < 80
            if parent_role == "component" and continues_parts and not re.search(r"[.;]", between):
                roles[i] = ("component", head)
                continue
        priced = any(p in before for p in lex["price_phrases"])  # « pour une valeur de »
        if not priced and any(p in before for p in lex["contract_value_phrases"]):
            told = re.split(r"[\s-]+", fold(text[sent_start : a.start]))  # « contrat-cadre »
            priced = any(  # « un accord de distribution…, d'une valeur estimée à »
                w in lex["contract_nouns"] or lex["nouns"].get(w) == "partnership" for w in told
            )
        valued = re.split(r"[,;(]", before)[-1]  # « et valorise la jeune entreprise à »
        if not priced and _whole_word(lex["valuation_words"]).search(valued):
            roles[i] = ("valuation", None)
            continue
        words_before = before.split()
        following = fold(text[a.end : a.end + 25]).strip()
        after = following.split()
        size = a.value or a.max or a.min or 0
        measured = re.match(r"(?:de|d')\s*(.*)", following)
        if measured and measured.group(1).startswith(tuple(lex["measures_after"])):
            roles[i] = ("other", None)  # « 1,1 Md€ de chiffre d'affaires »: a size
            continue
        if following.startswith(tuple(lex["per_recipient_words"])):
            roles[i] = ("other", None)  # « 3 M CHF par entreprise »: each one's ticket
            continue
        yearly = following.startswith(tuple(lex["yearly_words"]))  # « 120 000 € par an »: a
        yearly = yearly and size >= lex["smallest_pledge"]  # contract's yearly sum, no price
        if following.startswith(tuple(lex["non_commitment_after"])) and size < 1e6 and not yearly:
            roles[i] = (
                "other",
                None,
            )  # a price: « 59,90 francs par mois », « 45 euros par action »
            continue
        demonstrative = words_before and words_before[-1] in ("ces", "ce", "cet", "cette")
        owned = re.match(
            r"\s*(?:de|du|des|d')\s*(?:l'|la|le|les)?\s*[A-ZÉÈ]", text[a.end : a.end + 20]
        )
        if words_before and words_before[-1] == "les" and owned:
            roles[i] = ("other", None)  # « les 200 milliards d'euros de l'initiative X »: recalled
            continue
        if words_before and words_before[-1] in lex["reference_determiners"]:
            earlier = _same_sum_before(amounts, i)
            if earlier or demonstrative or (after and after[0] in lex["reference_participles"]):
                roles[i] = ("reference", earlier[0] if earlier else None)
                continue
        recalled = _same_sum_before(amounts, i) if _demonstrative_noun_of(words_before) else []
        if recalled:  # « ce programme de 1,2 million d'euros » after « investira 1,2 million »
            roles[i] = ("reference", recalled[0])
            continue
        # not « …de trésorerie, a bouclé un tour de », « …par la dette : X prêtera »
        clause = re.split(r"[,;:(]", before[-35:])[-1]
        if (
            not priced
            and _whole_word(lex["non_commitment_words"]).search(clause)
            and not _awarded(clause, fold(text[sent_start : _sentence_end(starts, a, text)]), lex)
        ):
            roles[i] = ("other", None)
    return roles


def _same_sum_before(amounts, i: int) -> list[int]:
    """The earlier amounts of the same value (and currency, when the later one has one)."""
    a = amounts[i]
    return [
        j
        for j in range(i)
        if amounts[j].value == a.value
        and amounts[j].value is not None
        and (a.currency is None or amounts[j].currency == a.currency)
    ]


def _demonstrative_noun_of(words_before: list[str]) -> bool:
    """« ce programme de », « cette enveloppe de »: a demonstrative, a noun, then « de »."""
    return (
        len(words_before) >= 3
        and words_before[-3] in ("ce", "cet", "cette")
        and words_before[-1] in ("de", "d'")
    )
