"""Entity names: trimming, labels from general cues, article-wide canonical names."""

import pytest
from spacy.tokens import Span

from pipeline.entities import (
    _canonical_names,
    _complete,
    _damerau_at_most_one,
    fold,
    recognise_entities,
)


@pytest.mark.parametrize(
    ("names", "name", "canonical"),
    [
        pytest.param(["Mistral AI", "Mistral"], "Mistral", "Mistral AI", id="short-form-to-full"),
        pytest.param(["Elon Musk", "Musk", "Musk"], "Musk", "Elon Musk", id="surname-to-full-name"),
        pytest.param(
            ["OpenAI", "OpenAI", "OpenIA"], "OpenIA", "OpenAI", id="misspelling-to-frequent-form"
        ),
        pytest.param(["Orange", "Orano"], "Orano", "Orano", id="different-names-stay-apart"),
        pytest.param(["Airbus"], "Airbus", "Airbus", id="alone"),
        pytest.param(
            ["Ternalix Freinage France", "Ternalix Automotive", "Ternalix"],
            "Ternalix",
            "Ternalix Automotive",
            id="short-form-to-the-bare-company-not-its-unit",
        ),
    ],
)
def test_canonical_names(names, name, canonical):
    assert _canonical_names(names)[name] == canonical


@pytest.mark.parametrize(
    ("a", "b", "close"),
    [
        pytest.param("openai", "openia", True, id="swap"),
        pytest.param("veolia", "veola", True, id="deletion"),
        pytest.param("orange", "orano", False, id="two-edits"),
    ],
)
def test_damerau(a, b, close):
    assert _damerau_at_most_one(a, b) is close


def test_fold_ignores_case_and_accents():
    assert fold("Émirats Arabes") == fold("emirats arabes")


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        pytest.param(
            "Le fonds canadien Brookfield injectera 2 milliards d'euros.",
            "Brookfield",
            "ORG",
            id="fund-head-noun",
        ),
        pytest.param(
            "La start-up Zephyra lève 5 millions d'euros.",
            "Zephyra",
            "ORG",
            id="start-up-head-noun",
        ),
        pytest.param("La France annonce un plan.", "France", "LOC", id="country-article-dropped"),
        pytest.param(
            "Selon M. Dubreuil, le plan avance.", "Dubreuil", "PER", id="title-before-person"
        ),
        pytest.param(
            "Directrice générale de Talvexa depuis 2023, Hélène Morvan détaille son plan.",
            "Talvexa",
            "ORG",
            id="job-title-before-the-organisation",
        ),
        pytest.param(
            "Sa première offre avait été rejetée par le conseil de Lumio.",
            "Lumio",
            "ORG",
            id="governing-body-before-the-organisation",
        ),
        pytest.param(
            "Sur le plan diplomatique, le Sénégal et la Côte d'Ivoire ont signé un mémorandum.",
            "Côte d'Ivoire",
            "LOC",
            id="gazetteer-place-the-ner-cuts",
        ),
        pytest.param(
            "Quorvane | Vie de l'entreprise\n\nLa start-up Quorvane annonce une levée de fonds.",
            "Quorvane",
            "ORG",
            id="page-section-after-a-bar",
        ),
        pytest.param(
            "JT de 13 Heures | Le reportage\n\nLa start-up Quorvane annonce une levée de fonds.",
            "JT",
            None,
            id="rubric-words-before-a-later-bar",
        ),
        pytest.param(
            "Le groupe de télécoms Telvora est monté au capital de l'opérateur Cirvane.",
            "Telvora",
            "ORG",
            id="head-noun-with-a-complement",
        ),
        pytest.param(
            "Pour la robotique, le Lyonnais a préféré s'allier plutôt qu'acheter.",
            "Lyonnais",
            None,
            id="demonym-alone-is-no-name",
        ),
        pytest.param(
            "Cloud souverain et puces d'IA : l'Europe cherche la bonne échelle\n\nLe groupe "
            "Nuvara Cloud investit.",
            "Cloud souverain",
            None,
            id="headline-topic-is-no-name",
        ),
        pytest.param(
            "La start-up Quelvane annonce une levée de fonds de série B de 20 millions d'euros.",
            "B",
            None,
            id="round-letter-is-no-name",
        ),
        pytest.param(
            "DEEPTECH\nLa start-up Quelvane annonce une levée de fonds.",
            "DEEPTECH",
            None,
            id="capitalised-rubric-line-is-no-name",
        ),
        pytest.param(
            "Le financement est assuré par la Banque orvanaise de développement (BOD).",
            "Banque orvanaise de développement",
            "ORG",
            id="acronym-without-its-preposition",
        ),
        pytest.param(
            "Le maillon le plus fragile reste la puce. À Grenoble, Sémaphore Silicium, issue du "
            "CEA-Leti, conçoit des accélérateurs d'inférence économes en énergie. Sémaphore "
            "emploie 40 personnes.",
            "Sémaphore Silicium",
            "ORG",
            id="name-shortened-to-its-first-word-is-a-company",
        ),
        pytest.param(
            "Plouvenec (Finistère). La coopérative Terres de Lann rachète une fromagerie.",
            "Plouvenec",
            "LOC",
            id="name-followed-by-its-departement-in-brackets-is-a-town",
        ),
        pytest.param(
            "17:55 - Fin de la J1 : plus de 200 M€ annoncés aujourd'hui.",
            "17:55 - Fin",
            None,
            id="live-blog-time-is-no-part-of-a-name",
        ),
        pytest.param(
            "Enveloppe annoncée : 85 milliards de FCFA pour 120 MWc.",
            "Enveloppe",
            None,
            id="a-label-before-its-colon-is-no-name",
        ),
        pytest.param(
            "L'État versera de son côté à Quarvelis une aide de 35 millions d'euros.",
            "Quarvelis",
            "ORG",
            id="name-receiving-money-after-a-is-no-place",
        ),
        pytest.param(
            "La Région apportera 2,5 millions d'euros sous forme d'avance remboursable à "
            "Cartovia Est.",
            "Cartovia Est",
            "ORG",
            id="name-receiving-an-advance-is-no-place",
        ),
        pytest.param(
            "Cumulés, les budgets des quatre groupes atteindraient 320 milliards de dollars.",
            "Cumulés",
            None,
            id="opening-participle-before-a-comma-is-no-name",
        ),
        pytest.param(
            "Valorisée 40 millions d'euros, la start-up Quarzemia lève 5 millions d'euros.",
            "Valorisée",
            None,
            id="opening-participle-before-a-number-is-no-name",
        ),
        pytest.param(
            "Baptisée « Ossaya », cette gamme sera lancée en novembre.",
            "Baptisée « Ossaya",
            None,
            id="opening-participle-is-no-part-of-the-name-it-introduces",
        ),
        pytest.param(
            "Orvalé, la start-up lyonnaise, lève 5 millions d'euros.",
            "Orvalé",
            "ORG",
            id="opening-name-ending-like-a-participle-stays-a-name",
        ),
        pytest.param(
            "Camille Durand dirige la société. Durand investira 12 millions d'euros.",
            "Camille Durand",
            "PER",
            id="name-shortened-to-its-last-word-stays-a-person",
        ),
        pytest.param(
            "Le forum, organisé avec le campus Station Q et Bpifrance, se tient ce mardi.",
            "Station Q",
            "MISC",
            id="common-noun-and-letter-inside-a-sentence-stay-a-name",
        ),
        pytest.param(
            "VILLE DE MONTREVEL\nExtrait du registre des délibérations du conseil municipal\n"
            "Séance du jeudi 20 novembre 2025\n\nDélibération n° 2025-086 – Budget principal 2025 "
            "– Décision modificative n° 2\nRapporteur : M. Paul Vérin, adjoint délégué aux "
            "finances.\nLe rapporteur expose que la présente décision modificative s'équilibre à "
            "412 600 € en section d'investissement.",
            "Délibération",
            None,
            id="numbered-section-word-is-no-name",
        ),
        pytest.param(
            "Roussillac fait ses comptes. Roussillac Seed II a levé 18 millions d'euros.",
            "Roussillac",
            "ORG",
            id="one-word-name-opening-other-names-is-an-organisation",
        ),
        pytest.param(
            "Jeanne Morel, directrice générale de Vostrane, présente ses vœux. Vostrane recrute.",
            "Vostrane",
            "ORG",
            id="name-after-a-persons-title-and-de-is-her-employer",
        ),
        pytest.param(
            "Nous annonçons une levée de fonds de Série B de 38 millions d'euros.",
            "Série B",
            None,
            id="a-rounds-label-after-fonds-de-is-no-name",
        ),
        pytest.param(
            "Le prix de l'offre s'établit à 34,50 euros par action, soit un montant de 287 "
            "millions d'euros (l'« Offre »). L'Offre sera ouverte en juillet.",
            "Offre",
            None,
            id="term-defined-for-an-amount-is-no-name",
        ),
        pytest.param(
            "Réuni mercredi, le Conseil d'État a adopté un crédit de 48 millions de francs.",
            "Conseil d'État",
            "ORG",
            id="a-capitalised-council-of-something-is-an-institution-not-a-board",
        ),
        pytest.param(
            "Le conseil d'administration de Ternalix a approuvé le plan. Ternalix recrute.",
            "Ternalix",
            "ORG",
            id="a-board-of-a-company-is-the-company",
        ),
        pytest.param(
            "Dans le Golfe : Ostralme Port investira 12 millions.",
            "Ostralme Port",
            "ORG",
            id="a-rubric-before-a-colon-is-no-part-of-the-name-after",
        ),
        pytest.param(
            "Cap Vellorin : nous investirons 12 millions. Cap Vellorin recrute.",
            "Cap Vellorin",
            "ORG",
            id="a-name-before-a-colon-keeps-its-own",
        ),
        pytest.param(
            "Après l'introduction en Bourse de 2019, Ternalix a levé 12 millions d'euros.",
            "Bourse de 2019",
            None,
            id="a-year-after-de-is-no-part-of-the-name",
        ),
        pytest.param(
            "TRIBUNE. « L'industrie française peut encore gagner »\n\nTernalix investira.",
            "TRIBUNE",
            None,
            id="a-rubric-in-capitals-before-a-full-stop-is-no-name",
        ),
        pytest.param(
            "Mesdames et Messieurs, nous doublerons le fonds de garantie. (Applaudissements.)",
            "Applaudissements",
            None,
            id="a-transcripts-stage-direction-is-no-name",
        ),
        pytest.param(
            "En 2017, elle lève 15 millions d'euros auprès de Quarzemia Capital[3]. Ternalix "
            "recrute.",
            "Quarzemia Capital",
            "ORG",
            id="an-encyclopedias-note-call-is-no-part-of-the-name",
        ),
        pytest.param(
            "Ternalix lance son offre.\nTaille initiale de l'offre : environ 180 millions d'euros.",
            "Taille",
            None,
            id="a-label-word-before-its-colon-is-no-name",
        ),
        pytest.param(
            "Et la rumeur d'un rachat de Vellorin par Ternalix pour 80 M€ ? Rien de confirmé.",
            "Ternalix pour",
            None,
            id="a-name-ends-before-a-preposition",
        ),
        pytest.param(
            "Le groupe Vellorin Telecom a levé 3,5 milliards de PHP auprès de la banque.",
            "PHP",
            None,
            id="a-currency-code-inside-an-amount-is-no-name",
        ),
        pytest.param(
            "Au titre du ministère de la Promotion de la Jeunesse, de l'Insertion professionnelle "
            "et du Service civique, le Conseil a été informé du lancement du programme.",
            "ministère de la Promotion de la Jeunesse, de l'Insertion professionnelle et du "
            "Service civique",
            "ORG",
            id="a-ministrys-name-runs-over-every-portfolio-it-lists",
        ),
        pytest.param(
            "Le ministère de l'Économie, des Finances et de la Souveraineté industrielle et "
            "numérique a publié un arrêté.",
            "ministère de l'Économie, des Finances et de la Souveraineté industrielle et numérique",
            "ORG",
            id="a-portfolio-keeps-its-adjectives",
        ),
        pytest.param(
            "Le ministère de la Santé, lui, dépensera 10 millions d'euros.",
            "ministère de la Santé",
            "ORG",
            id="a-ministry-stops-at-a-comma-not-followed-by-de",
        ),
        pytest.param(
            "Vellorin Olympique Basket – Site officiel\nAccueil | Le club\n\nLe VOB investira 3 "
            "millions d'euros dans son centre.",
            "Vellorin Olympique Basket",
            "ORG",
            id="a-site-title-stops-at-its-spaced-dash-and-stays-a-name",
        ),
        pytest.param(
            "Le gouvernement de l'Ontario investira 30 millions de dollars à Toronto.",
            "gouvernement de l'Ontario",
            "ORG",
            id="a-government-named-by-its-territory",
        ),
        pytest.param(
            "Le conseil départemental du Cantal apportera 2 millions d'euros.",
            "conseil départemental du Cantal",
            "ORG",
            id="a-departmental-council-named-by-its-territory",
        ),
        pytest.param(
            "Le gouvernement norvégien a approuvé une enveloppe de 12 millions d'euros.",
            "gouvernement norvégien",
            "ORG",
            id="a-government-named-by-its-demonym",
        ),
        pytest.param(
            "La province Ouest a voté un fonds de 250 millions de francs CFP.",
            "province Ouest",
            "ORG",
            id="a-province-named-by-its-cardinal-point",
        ),
        pytest.param(
            "Côté financement : le fonds régional Normandie Amorçage lance un véhicule de 80 M€.",
            "Normandie Amorçage",
            "ORG",
            id="a-place-opening-a-company-an-org-noun-introduces-is-its-first-word",
        ),
        pytest.param(
            "L'université de Lorraine et le groupe Vellorin ont lancé un laboratoire commun.",
            "université de Lorraine",
            "ORG",
            id="an-institution-named-by-its-place",
        ),
        pytest.param(
            "Septembre a été particulièrement riche : plus de 20 millions d'euros levés au total "
            "par la communauté.",
            "Septembre",
            None,
            id="a-month-opening-a-sentence-is-no-name",
        ),
        pytest.param(
            "Le groupe Ternalix a officialisé son projet en mars. Enveloppe annoncée : 85 "
            "milliards de FCFA pour la centrale.",
            "Enveloppe",
            None,
            id="a-label-opening-a-sentence-before-its-colon-is-no-name",
        ),
        pytest.param(
            "Plan de financement\nRégion Occitanie : 600 000 €",
            "Région Occitanie",
            "ORG",
            id="a-territory-written-with-a-capital-is-its-government",
        ),
        pytest.param(
            "Le Département du Gard versera 2 M€ à Ternalix.",
            "Département du Gard",
            "ORG",
            id="a-capitalised-departement-of-a-place-is-its-council",
        ),
        pytest.param(
            "Plan de financement\nContribution de l'Union européenne : 1 200 000 €",
            "Contribution de l'Union européenne",
            None,
            id="a-financing-label-is-no-part-of-the-funders-name",
        ),
        pytest.param(
            "De : Maëlle Vostrac\nObjet : Nos priorités\n\nNous investirons.\n\nMaëlle Vostrac\n"
            "Présidente-directrice générale\nTernalix SAS",
            "Maëlle Vostrac",
            "PER",
            id="a-name-over-a-title-in-a-signature-is-a-person",
        ),
        pytest.param(
            "Chers tous,\nNous avons signé notre série C.",
            "Chers",
            None,
            id="a-salutation-is-no-name",
        ),
        pytest.param(
            "Pour boucler le financement, la filiale du conglomérat Beau-Vallon Holdings compte "
            "émettre en juillet des obligations.",
            "Beau-Vallon Holdings",
            "ORG",
            id="a-hyphenated-name-the-tagger-calls-a-preposition-keeps-it",
        ),
        pytest.param(
            "Mines et énergie\nLe fonds Ternalix investit dans le lithium québécois.",
            "Mines",
            None,
            id="a-section-label-line-of-common-words-is-no-name",
        ),
        pytest.param(
            "Le fonds Ternalix a annoncé un prêt de 180 M$ à Minéraux Boréal pour la construction "
            "de son concentrateur.",
            "Minéraux Boréal",
            "ORG",
            id="a-name-after-a-sum-and-a-receives-it-and-is-no-place",
        ),
        pytest.param(
            "Le tribunal a jugé la promesse d'Ostralvik, jeune industriel franco-suédois qui "
            "devait construire une usine à Metz. La Région réclame ses millions à Ostralvik.",
            "Ostralvik",
            "ORG",
            id="a-name-described-by-an-organisations-head-is-one-whatever-a-says",
        ),
        pytest.param(
            "La société VOSTRAC, SARL, 530 118 274 RCS Lyon, a cédé son fonds de commerce.",
            "SARL",
            None,
            id="a-legal-form-standing-alone-is-no-name",
        ),
        pytest.param(
            "La société VOSTRAC, SARL, 530 118 274 RCS Lyon, a cédé son fonds de commerce.",
            "RCS",
            None,
            id="the-trade-register-is-no-name",
        ),
        pytest.param(
            "Outre-Rhin, le groupe Vostrac investira 40 millions d'euros à Leipzig.",
            "Outre-Rhin",
            None,
            id="outre-rhin-is-an-adverb-of-place",
        ),
        pytest.param(
            "Au sommaire : un chantier à 18 millions d'euros pour l'usine de compotes de "
            "Brives-sur-Ostre, une jeune pousse de Montélimar qui lève des fonds.\n\nLes Vergers "
            "Ostralme, le fabricant de compotes installé à Brives-sur-Ostre, va agrandir son usine.",
            "Brives-sur-Ostre",
            "LOC",
            id="a-name-joined-to-its-river-by-sur-is-a-town",
        ),
        pytest.param(
            "Malgré le recul des ventes, la maison Vostrac-Sicaire maintient son projet.",
            "Vostrac-Sicaire",
            "ORG",
            id="la-maison-x-is-a-trading-house-not-a-person",
        ),
        pytest.param(
            "Fondée en 1952, la Conserverie Ternalix emploie 23 personnes. La conserverie "
            "investira 1,2 million d'euros.",
            "Conserverie Ternalix",
            "ORG",
            id="a-name-opening-on-a-noun-the-text-takes-up-is-no-person",
        ),
        pytest.param(
            "Le Suriname et la France ont signé une déclaration commune à Paramaribo.",
            "Suriname",
            "LOC",
            id="a-small-country-is-in-the-gazetteer",
        ),
        pytest.param(
            "La Banque européenne d'investissement nous prêtera 90 millions d'euros sur "
            "trente-cinq ans.",
            "Banque européenne d'investissement",
            "ORG",
            id="a-name-the-tagger-runs-into-a-clause-stops-before-its-pronoun",
        ),
        pytest.param(
            "La communauté de communes du Pays de Vostrac consacrera 2,4 millions d'euros à "
            "la voie d'accès.",
            "communauté de communes du Pays de Vostrac",
            "ORG",
            id="a-local-government-written-with-its-head-in-lower-case-is-one-name",
        ),
        pytest.param(
            "« Relocaliser n'est pas un luxe : voici notre plan »",
            "Relocaliser",
            None,
            id="an-infinitive-opening-a-headline-is-its-subject-not-a-name",
        ),
        pytest.param(
            "La coopérative Yves Kerbrat a annoncé la reprise de la PME Salaisons Vostrac. "
            "Yves Kerbrat a obtenu un prêt. Yves Kerbrat recrute.",
            "Yves Kerbrat",
            "ORG",
            id="a-name-once-introduced-by-an-organisations-head-is-one-however-often-bare",
        ),
        pytest.param(
            "COMMUNE DE SAINT-VOSTRAC-LE-HAUT\nProcès-verbal de la séance du conseil municipal",
            "Saint-Vostrac-le-Haut",
            "LOC",  # « commune de X »: a town, which acts through the page it owns
            id="a-town-heading-its-page-in-capitals-is-a-name-written-as-a-town",
        ),
        pytest.param(
            "La Direction générale de l'armement (DGA) a notifié le 2 octobre à Quarzac Défense "
            "une commande de 48 véhicules blindés légers, pour un montant de 410 millions d'euros.",
            "Quarzac Défense",
            "ORG",
            id="a-name-notified-a-contract-after-a-receives-it-and-is-no-place",
        ),
        pytest.param(
            "Les levées\n\n• Quarzemia (Grenoble, calcul photonique) : 68 millions d'euros.",
            "Quarzemia",
            "MISC",
            id="a-list-items-label-glossed-in-brackets-is-a-name",
        ),
        pytest.param(
            "Le maire de Montrevel, Aline Ternier, a inauguré jeudi l'école rénovée.",
            "Montrevel",
            "LOC",
            id="the-town-a-mayor-is-mayor-of-is-a-place",
        ),
        pytest.param(
            "Le conseil municipal de Guéret a voté mardi une motion de soutien aux salariés.",
            "conseil municipal de Guéret",
            "ORG",
            id="a-town-council-is-named-with-its-town",
        ),
        pytest.param(
            "Le centre de données de Vostrac ouvrira en 2027. Hayange accueillera aussi un campus.",
            "Hayange",
            "LOC",
            id="a-town-of-geonames-the-ner-reads-as-a-place-stays-one",
        ),
        pytest.param(
            "Texte.\n\nCHANTIERS – Coup de pouce public aux Ateliers navals de la Rance\n"
            "Quarzemia a accordé un prêt de 18 millions d'euros aux Ateliers navals de la Rance.",
            "Quarzemia",
            "MISC",
            id="a-subject-that-is-no-french-word-is-a-name-the-ner-missed",
        ),
        pytest.param(
            "Jeanne Vostral @jvostral · cofondatrice et CEO de Ternalix\n\nNous levons 8 "
            "millions d'euros pour Ternalix.\n\n— Jeanne, pour toute l'équipe",
            "Jeanne Vostral",
            "PER",
            id="a-title-after-the-name-makes-a-person-who-signs-with-her-first-name",
        ),
        pytest.param(
            "À Quarzac, le maire, Paul Vostral, se félicite. Quarzac Industrie investit 2 "
            "millions d'euros.",
            "Quarzac",
            "LOC",
            id="a-scene-setting-place-before-a-mayor-is-no-person",
        ),
        pytest.param(
            "Brèves\n\nDéveloppement Wallonie est autorisé à accorder un prêt de 5 millions "
            "d'euros à la société Ternalix.",
            "Développement Wallonie",
            "ORG",
            id="a-capitalised-noun-glued-to-a-place-names-its-agency",
        ),
        pytest.param(
            "ODILE MARCHEVAL-ROUX. — Nous investirons 40 millions d'euros à Reims.",
            "ODILE",
            "PER",
            id="a-transcripts-speaker-label-is-a-person",
        ),
    ],
)
def test_entity_labels(nlp, text, name, label):
    doc = nlp(text)
    found = {m.canonical: m.label for m in doc._.entities}
    assert found.get(name) == label, found


@pytest.mark.parametrize(
    ("text", "short", "canonical"),
    [
        pytest.param(
            "Les guichets – ministères, Agence de la sobriété énergétique (Asen), régions – se "
            "multiplient. De son côté, l'Asen lancera un appel à projets.",
            "Asen",
            "Agence de la sobriété énergétique",
            id="acronym-written-as-a-word-after-a-list-comma",
        ),
        pytest.param(
            "Le financement est assuré par l'Agence nationale de la sobriété (ANSO). L'ANSO paiera.",
            "ANSO",
            "Agence nationale de la sobriété",
            id="acronym-in-capitals",
        ),
        pytest.param(
            "L'Agence nationale de la sobriété a ouvert un appel. Plus tard, l'ANS a complété "
            "le tour de table.",
            "ANS",
            "Agence nationale de la sobriété",
            id="acronym-never-bracketed-spells-a-name-of-the-article",
        ),
        pytest.param(
            "LISBONNE, 17 juin 2025 (AFP) - Les Européens ont enchaîné les promesses.",
            "AFP",
            "AFP",
            id="agency-after-a-dateline-is-no-acronym-of-the-date",
        ),
        pytest.param(
            "La start-up lyonnaise Talvane (Rhône) a levé des fonds.",
            "Rhône",
            "Rhône",
            id="place-in-brackets-is-no-acronym",
        ),
        pytest.param(
            "Lucie Fabre (CNDV) : « Nous voulons accélérer »\nÀ la tête de la Caisse nationale "
            "de développement vert (CNDV) depuis 2023, Lucie Fabre présente son plan.",
            "CNDV",
            "Caisse nationale de développement vert",
            id="acronym-after-a-person-is-her-organisation-defined-later",
        ),
        pytest.param(
            "Ternalix SAS, société contrôlée par les fonds gérés par Ostralme Partners "
            "(l'« Initiateur »), a déposé une offre. L'Initiateur a conclu un accord.",
            "Initiateur",
            "Ternalix SAS",
            id="term-defined-in-brackets-after-an-apposition-is-its-head",
        ),
        pytest.param(
            "Le Stade Olympique Ternalix change de dimension. Concrètement, le SOT procède à "
            "une augmentation de capital. Pendant le chantier, le SOT continuera d'évoluer.",
            "SOT",
            "Stade Olympique Ternalix",
            id="capitals-the-tagger-read-as-a-noun-spell-a-names-initials",
        ),
        pytest.param(
            "Le Stade Côte Vermeille recrute. Le SCV investira 2 millions d'euros.",
            "SCV",
            "Stade Côte Vermeille",
            id="cote-in-a-name-is-a-word-not-the-determiner-cote",
        ),
        pytest.param(
            "Vellorin Industries (l'« Émetteur ») publie ses comptes. L'Émetteur recrute.",
            "Émetteur",
            "Vellorin Industries",
            id="term-defined-in-brackets-is-the-name-before",
        ),
    ],
)
def test_acronym_stands_for_its_name(nlp, text, short, canonical):
    doc = nlp(text)
    found = {m.text: m.canonical for m in doc._.entities}
    assert found.get(short) == canonical, found


def test_word_of_a_line_in_capitals_spells_no_acronym(nlp):
    """« DE » of « RAPPORT DE DURABILITÉ » is no « Duclair Emballages »-like name."""
    doc = nlp(
        "TERNALIX | RAPPORT DE DURABILITÉ 2024\n\nLe groupe a signé avec Danvel Emballages "
        "un accord de recyclage."
    )
    assert "DE" not in {m.text for m in doc._.entities}


def test_subheading_word_written_lower_elsewhere_is_no_name(nlp):
    """The NER sometimes takes a subheading's first word for a name (« Acquisition de X »)."""
    doc = nlp(
        "Le groupe Tarmelo publie ses comptes.\n\nAcquisition de Borvik\nLe groupe a conclu "
        "l'acquisition de Borvik."
    )
    heading = next(t.i for t in doc if t.text == "Acquisition")
    doc.ents = [Span(doc, heading, heading + 1, label="MISC")]
    assert "Acquisition" not in [m.text for m in recognise_entities(doc)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        pytest.param(
            "Le marché bouge. Plus discrète, la néobanque Tessoral a lancé une carte.",
            2,
            id="adverb-and-adjective-before-a-comma",
        ),
        pytest.param(
            "Le vote est acquis. Porté par le ministre, un amendement a été adopté.",
            1,
            id="participle-before-its-agent",
        ),
        pytest.param(
            "Le fil de discussion.\nPosté le 14/10/2025 à 07:52\nJe reste à l'achat.",
            1,
            id="participle-before-a-posts-date-stamp",
        ),
    ],
)
def test_a_detached_modifier_opening_the_sentence_is_no_name(nlp, text, words):
    """The NER sometimes takes « Plus discrète, » or « Porté par » for a name."""
    doc = nlp(text)
    opener = next(s.start for s in doc.sents if s.start > 0)
    doc.ents = [Span(doc, opener, opener + words, label="MISC")]
    assert doc[opener].text not in [m.text.split()[0] for m in recognise_entities(doc)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Discours de Mme Jeanne Vostral, ministre déléguée chargée du Commerce extérieur et "
            "de l'Attractivité\n\nNous mobiliserons 700 millions d'euros.",
            id="a-ministers-charge-lists-portfolios-not-organisations",
        ),
    ],
)
def test_a_ministers_charge_names_no_organisation(nlp, text):
    """« chargée de l'Attractivité »: a portfolio the NER may take for an organisation."""
    assert "Attractivité" not in [m.text for m in nlp(text)._.entities]


def test_a_letters_addressees_are_no_part_of_the_companys_name(nlp):
    """« À : Investisseurs X »: X's investors; the name is X, as the letter writes it after."""
    doc = nlp(
        "De : Jeanne Roy\nÀ : Investisseurs Vostrac\nObjet : point trimestriel\n\nVostrac a "
        "bouclé sa série A."
    )
    assert {m.canonical for m in doc._.entities} >= {"Vostrac"}
    assert "Investisseurs Vostrac" not in {m.canonical for m in doc._.entities}


def test_a_sum_at_the_charge_of_a_canton_keeps_its_name(nlp):
    """« à la charge de Vaud » is no minister's charge: the name after it stays."""
    doc = nlp("Le programme est doté de 6 millions, dont 2,5 millions à la charge de Fribourg.")
    assert "Fribourg" in [m.text for m in doc._.entities]


def test_a_name_after_a_with_its_departement_after_a_comma_is_a_town(nlp):
    """« à Vostrac, dans l'Hérault »: the NER may call the town an organisation."""
    doc = nlp("Ternalix ouvre un site à Vostrac, dans l'Hérault, pour ses vaccins.")
    town = next(t.i for t in doc if t.text == "Vostrac")
    region = next(t.i for t in doc if t.text == "Hérault")
    doc.ents = [Span(doc, town, town + 1, label="ORG"), Span(doc, region, region + 1, label="LOC")]
    assert {m.text: m.label for m in recognise_entities(doc)}["Vostrac"] == "LOC"


def test_an_acronym_spelling_a_month_abbreviation_is_kept(nlp):
    """« (DEC) » folds to « dec », a month's abbreviation: in capitals it is an acronym."""
    doc = nlp("Développement économique Cévenol (DEC) accorde 4,5 millions de dollars à Ternalix.")
    assert "DEC" in [m.text for m in doc._.entities]


def test_a_name_the_tagger_reads_as_a_preposition_is_dropped(nlp):
    """« baptisée Q-150F. » ends as one token tagged as a preposition: trimming it away must
    leave no name rather than reach past the document."""
    doc = nlp("Quarvel a par ailleurs lancé lundi une version cargo de son avion, baptisée Q-150F.")
    assert "Q-150F." not in [m.text for m in doc._.entities]


@pytest.mark.parametrize(
    ("text", "cut", "completed"),
    [
        pytest.param(
            "le Forum des métaux rares de l'Ardenne, organisé par la chambre",
            "Forum des métaux rares de l'",
            "Forum des métaux rares de l'Ardenne",
            id="name-cut-after-its-preposition-runs-on",
        ),
        pytest.param(
            "pilotée par l'Agence nationale de la sobriété et la Banque des Quelm.",
            "Agence nationale de la sobriété et la",
            "Agence nationale de la sobriété",
            id="name-run-into-a-coordination-stops-before-it",
        ),
        pytest.param(
            "la Société minière de la vallée a rejeté l'offre",
            "Société minière de",
            "Société minière",
            id="dangling-preposition-before-lower-case-is-dropped",
        ),
    ],
)
def test_a_cut_name_is_completed(nlp, text, cut, completed):
    doc = nlp.make_doc(text)
    start = next(t.i for t in doc if t.idx == text.index(cut))
    end = next(t.i + 1 for t in doc if t.idx + len(t.text) == text.index(cut) + len(cut))
    assert doc[start : _complete(doc, start, end)].text == completed
