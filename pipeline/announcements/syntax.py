"""Dependency-tree facts the recognisers share: which links are subjects, where a clause
begins."""

from __future__ import annotations

from spacy.tokens import Token

from ..entities import fold

POSSESSIVES = frozenset({"son", "sa", "ses", "notre", "nos", "leur", "leurs"})
SUBJECTS = ("nsubj", "nsubj:pass", "expl:subj")
TO = frozenset({"a", "au", "aux"})  # « à » and its contractions, folded
DE_FORMS = ("de", "d'", "du", "des")  # « de » and its contractions


def clause_head(token: Token) -> Token:
    """The verb whose clause holds ``token``: up through complements to a subject-bearing verb."""
    current = token
    for _ in range(6):
        if any(c.dep_ in SUBJECTS for c in current.children) or current.head.i == current.i:
            return current
        if current.dep_ in ("acl:relcl", "parataxis"):
            return current
        current = current.head
    return current


def purpose_clause(token: Token) -> bool:
    """« pour financer des initiatives »: an infinitive of purpose pledges nothing itself."""
    mistagged = token.pos_ not in ("VERB", "AUX") and fold(token.text).endswith(("er", "ir", "re"))
    return (
        ("Inf" in token.morph.get("VerbForm") or mistagged)  # « co-investir » read as a name
        and any(
            fold(c.text) in ("pour", "afin", "de", "d'") and c.dep_ in ("mark", "case")
            for c in token.children
        )
        and (token.dep_ in ("advcl", "acl") or fold(token.head.text) == "afin")
    )  # « afin de financer » hung on « afin »


def another_offer(offer: Token) -> bool:
    """« une première offre », « l'offre de 520 millions »: an offer of its own, not the one
    told before (« l'offre », « cette proposition »)."""
    return any(
        c.dep_ == "det" and fold(c.text) in ("un", "une", "des") for c in offer.children
    ) or any(t.pos_ == "NUM" or t.text[:1].isdigit() for t in offer.subtree)


def case_words(token: Token) -> set[str]:
    """The prepositions marking ``token`` (« au » in « au fonds X »), folded."""
    return {fold(c.text) for c in token.children if c.dep_ == "case"}
