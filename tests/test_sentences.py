"""Sentence boundaries and boilerplate lines, set before the parser."""

import pytest

from pipeline.sentences import boilerplate_lines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Lire aussi : AI Act, le bilan\nTexte.",
            ["Lire aussi : AI Act, le bilan"],
            id="read-also-inline",
        ),
        pytest.param(
            "Lire aussi :\nAI Act, le bilan\nTexte.",
            ["Lire aussi :", "AI Act, le bilan"],
            id="read-also-lead-in-takes-next-line",
        ),
        pytest.param("Texte.\nPublicité\nSuite.", ["Publicité"], id="advert"),
        pytest.param("Par Jeanne Dupont\nTexte.", ["Par Jeanne Dupont"], id="byline"),
        pytest.param(
            "Texte.\nDéclaration d'intérêts : le fonds Pollux est actionnaire de Nortelle.",
            ["Déclaration d'intérêts : le fonds Pollux est actionnaire de Nortelle."],
            id="columnist-disclosure",
        ),
        pytest.param(
            "Sur le même thème\nVoir tous les articles Énergie",
            ["Sur le même thème", "Voir tous les articles Énergie"],
            id="footer",
        ),
        pytest.param("Par ailleurs, le groupe investit.", [], id="par-ailleurs-is-news"),
    ],
)
def test_boilerplate_lines(text, expected):
    assert [text[s:e] for s, e in boilerplate_lines(text)] == expected


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        pytest.param("Titre sans point\nLe groupe investit.", 2, id="line-is-a-paragraph"),
        pytest.param("La start-up a levé 5 M€. Elle recrute.", 2, id="start-up-not-cut"),
        pytest.param(
            "61 pays, dont la Chine, ont signé.", 1, id="number-opening-sentence-kept-whole"
        ),
        pytest.param("Il a dit « oui ». Puis il est parti.", 2, id="quote"),
    ],
)
def test_sentence_boundaries(nlp, text, sentences):
    assert len(list(nlp(text).sents)) == sentences
