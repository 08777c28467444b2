"""Multiword nouns read as one word before the parser runs: « jeune pousse » (a start-up)
would otherwise be parsed as the verb « pousser », taking the sentence's amounts and
relative clauses with it."""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans


@Language.factory("summit_compounds", default_config={"words": []})
def make_compound_merger(nlp: Language, name: str, words: list[str]):
    """Merges each listed word (any case) into one token, before ``tok2vec``."""
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("COMPOUND", [nlp.make_doc(w) for w in words])

    def merge(doc: Doc) -> Doc:
        spans = filter_spans([doc[s:e] for _, s, e in matcher(doc)])
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span, attrs={"POS": "NOUN"})
        return doc

    return merge
