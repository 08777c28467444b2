"""Tokens fixed before the parser runs: multiword nouns read as one word (« jeune pousse », a
start-up, would otherwise be parsed as the verb « pousser », taking the sentence's amounts and
relative clauses with it), and a label letter's full stop split off (« série A. »)."""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans


@Language.factory("summit_compounds", default_config={"words": [], "letter_labels": []})
def make_compound_merger(nlp: Language, name: str, words: list[str], letter_labels: list[str]):
    """Merges each listed word (any case) into one token, before ``tok2vec``; splits « A. »
    after a label word (« série A. Montant : ») into the letter and the sentence's full stop,
    which the tokenizer had glued as a name's initial."""
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("COMPOUND", [nlp.make_doc(w) for w in words])
    labels = frozenset(letter_labels)

    def merge(doc: Doc) -> Doc:
        spans = filter_spans([doc[s:e] for _, s, e in matcher(doc)])
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span, attrs={"POS": "NOUN"})
        letters = [t for t in doc[1:] if _label_letter(t) and doc[t.i - 1].lower_ in labels]
        with doc.retokenize() as retokenizer:
            for t in letters:
                retokenizer.split(t, [t.text[0], "."], heads=[(t, 0), (t, 0)])
        return doc

    return merge


def _label_letter(token) -> bool:
    """« A. »: a capital letter with its full stop glued on."""
    return len(token) == 2 and token.text[0].isupper() and token.text[1] == "."
