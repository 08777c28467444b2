"""Announcement recogniser: pledge words, the syntax around them, and the money they govern.

For each sentence: find the trigger words (``models/triggers.json``), give each commitment
amount to the trigger that governs it in the dependency tree, then read the trigger's parts
from syntax — the actor is the subject of the pledge (climbing through « prévoit de »,
relative « qui », passives and pronouns), partners follow « avec », « en partenariat avec »,
« soutenu par »…, places follow « en », « à », « sur »…, dates come from the date recogniser.
Roles of amounts (« dont » parts, valuations, back-references) are settled first, so that a
part or a repeat never becomes an announcement of its own by accident.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .lexicon import Found, Lemmas, Trigger
from .read import read_announcements
from .roles import amount_roles
from .triggers import find_triggers

__all__ = ["Found", "Lemmas", "Trigger", "amount_roles", "find_triggers", "read_announcements"]

for _name in ("amount_roles", "announcements", "title"):  # the title: the article's own
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.factory("summit_announcements")
def make_announcement_recogniser(nlp: Language, name: str):
    """Sets ``doc._.amount_roles`` and ``doc._.announcements`` (list of Found). Uses spaCy's
    lemmatizer on demand when the pipeline has it disabled."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.component_names else None
    lemma = Lemmas(lemmatizer)

    def run(doc: Doc) -> Doc:
        roles = amount_roles(doc)
        doc._.amount_roles = roles
        doc._.announcements = read_announcements(doc, lemma)
        for item in doc._.announcements:
            if item.amount is not None:
                roles[item.amount] = ("commitment", None)
        return doc

    return run
