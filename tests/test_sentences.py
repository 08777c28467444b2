"""Sentence boundaries and boilerplate lines, set before the parser."""

import pytest

from pipeline.sentences import boilerplate_lines, opens_line


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
        pytest.param(
            "Accueil › Économie › Industrie\nLe groupe investit.",
            ["Accueil › Économie › Industrie"],
            id="breadcrumb",
        ),
        pytest.param(
            "vostrac.ch › Actualités › Communiqués de presse\nLe groupe investit.",
            ["vostrac.ch › Actualités › Communiqués de presse"],
            id="breadcrumb-from-a-domain-name",
        ),
        pytest.param(
            "Texte.\nDéclarations prospectives\nCe communiqué contient des déclarations "
            "prospectives, notamment sur l'acquisition de Vostrac.",
            [
                "Déclarations prospectives",
                "Ce communiqué contient des déclarations prospectives, notamment sur "
                "l'acquisition de Vostrac.",
            ],
            id="forward-looking-statements-disclaimer-without-its-label",
        ),
        pytest.param(
            "Marchés > Actions\nLe groupe investit.",
            ["Marchés > Actions"],
            id="breadcrumb-chevrons",
        ),
        pytest.param(
            "Texte.\n› Rennes : la zone d'activité cherche un repreneur\nSuite.",
            ["› Rennes : la zone d'activité cherche un repreneur"],
            id="related-link-bullet",
        ),
        pytest.param(
            "Texte.\nAvertissement : ce communiqué contient des déclarations prospectives.",
            ["Avertissement : ce communiqué contient des déclarations prospectives."],
            id="forward-looking-disclaimer",
        ),
        pytest.param(
            "Texte.\nAvertissement\nLe présent communiqué ne constitue pas une offre d'achat.",
            ["Avertissement", "Le présent communiqué ne constitue pas une offre d'achat."],
            id="disclaimer-heading-takes-its-paragraph",
        ),
        pytest.param(
            "Texte.\nInvestir dans des projets présente un risque de perte en capital.",
            ["Investir dans des projets présente un risque de perte en capital."],
            id="crowdfunding-risk-warning",
        ),
        pytest.param(
            "La marge > 12 % dépasse l'objectif. Le groupe investit.",
            [],
            id="greater-than-in-a-sentence-is-news",
        ),
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
        pytest.param("10:05 - Le groupe investit 5 M€.", 2, id="live-blog-time-opens-the-line"),
        pytest.param("12h35 — Le groupe investit 5 M€.", 2, id="live-blog-time-in-hours"),
        pytest.param("SOPHIE WEYDERT : Nous investissons.", 2, id="transcript-speaker"),
        pytest.param("H. M. : Nous investissons.", 2, id="interviewer-initials"),
        pytest.param("SOPHIE WEYDERT. — Nous investissons.", 2, id="transcript-speaker-and-dash"),
        pytest.param("EDF : le groupe investit 5 M€.", 1, id="one-capitalised-name-is-no-speaker"),
        pytest.param(
            "Deeptech — La start-up Quarzemia lève 5 M€.", 2, id="newsletter-rubric-opens-the-line"
        ),
    ],
)
def test_sentence_boundaries(nlp, text, sentences):
    assert len(list(nlp(text).sents)) == sentences


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        pytest.param("12h05 - Orvane et Telvio s'allient\nTexte.", True, id="after-a-time"),
        pytest.param("Orvane et Telvio s'allient\nTexte.", True, id="own-line"),
        pytest.param("Le groupe investit. Orvane et Telvio s'allient", False, id="inside-a-line"),
        pytest.param("2. Orvane et Telvio s'allient\nTexte.", True, id="after-an-item-number"),
    ],
)
def test_a_heading_may_follow_a_live_blog_time(nlp, text, heading):
    doc = nlp(text)
    sent = next(s for s in doc.sents if s.text.startswith("Orvane"))
    assert opens_line(sent) == heading
