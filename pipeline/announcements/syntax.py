"""Dependency-tree facts the recognisers share: which links are subjects, where a clause
begins."""

from __future__ import annotations

from spacy.tokens import Token

SUBJECTS = ("nsubj", "nsubj:pass", "expl:subj")


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
