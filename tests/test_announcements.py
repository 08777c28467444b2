"""Announcement phrasings, one row each: what kind, who, how much — and what is no pledge."""

import pytest

# sentences naming no one, which put the article's most named company out of sight
_FILLER = 2 * (
    "Les marchés ont peu bougé cette semaine, les prix de l'électricité restent stables, la "
    "demande reste forte et les barrages sont pleins. Les syndicats ont manifesté à Sion et les "
    "élus ont débattu longuement du budget cantonal, sans trancher sur les tarifs, ni sur les "
    "subventions, ni sur les routes, ni sur les écoles, ni sur les hôpitaux de la région. "
)

ROWS = [
    # (id, text, [(type, actor, amount text or None)])
    (
        "future-verb-apposition",
        "Le groupe allemand Siemens investira 2 milliards d'euros en Bavière.",
        [("investment", "Siemens", "2 milliards d'euros")],
    ),
    (
        "raise-with-investor",
        "La start-up Zephyra a levé 30 millions d'euros auprès du fonds Partech.",
        [("fundraising", "Zephyra", "30 millions d'euros")],
    ),
    (
        "acquisition-verb",
        "Le groupe Vinci rachète la société Kestrel pour 1,2 milliard d'euros.",
        [("acquisition", "Vinci", "1,2 milliard d'euros")],
    ),
    (
        "plan-to-invest",
        "Enfin, Nexora prévoit d'investir 500 millions d'euros dans un centre de données.",
        [("investment", "Nexora", "500 millions d'euros")],
    ),
    (
        "relative-qui",
        "Le secteur suit, avec Telcora qui consacre deux milliards d'euros au réseau.",
        [("investment", "Telcora", "deux milliards d'euros")],
    ),
    (
        "pronoun-next-sentence",
        "Le fonds Valmont a présenté ses comptes. Il injectera 300 millions d'euros dans l'hydrogène.",
        [("investment", "Valmont", "300 millions d'euros")],
    ),
    (
        "state-announces-amount",
        "La France annonce 40 milliards d'euros pour l'énergie.",
        [("investment", "France", "40 milliards d'euros")],
    ),
    (
        "programme-noun",
        "Bpicorp a dévoilé un programme d'investissement de 5 milliards d'euros d'ici 2030.",
        [("investment", "Bpicorp", "5 milliards d'euros")],
    ),
    (
        "partnership-noun",
        "Le groupe Ardent a annoncé un partenariat avec Kelvion et Sopra.",
        [("partnership", "Ardent", None)],
    ),
    ("negated", "Le groupe Ardent n'a pas confirmé l'investissement de 500 millions d'euros.", []),
    ("denied", "Le groupe Ardent dément vouloir investir 3 milliards d'euros.", []),
    ("valuation-only", "La société Lumio est désormais valorisée 2 milliards de dollars.", []),
    (
        "revenue-is-no-pledge",
        "Le groupe Ardent a réalisé un chiffre d'affaires de 3 milliards d'euros.",
        [],
    ),
    ("purpose-infinitive-alone", "Le programme vise à financer des projets.", []),
    (
        "passive-agent-after-par",
        "Le projet est soutenu à hauteur de 95 millions d'euros par la Région Bretagne.",
        [("investment", "Région Bretagne", "95 millions d'euros")],
    ),
    (
        "reflexive-buy",
        "Le groupe Ardent s'est offert la start-up Lumio pour 40 millions d'euros.",
        [("acquisition", "Ardent", "40 millions d'euros")],
    ),
    (
        "rejected-offer-owner",
        "Le fonds Valmont a relevé son offre sur Lumio. Sa première offre, de 2 milliards d'euros, avait été rejetée par le conseil de Lumio.",
        [("acquisition", "Valmont", "2 milliards d'euros")],
    ),
    (
        "rejected-offer-told-before-makes-no-new-announcement",
        "Osterfeld a proposé 2 milliards d'euros pour racheter Kerlune. Le patron de Kerlune a "
        "rejeté l'offre.",
        [("acquisition", "Osterfeld", "2 milliards d'euros")],
    ),
    (
        "rejected-first-offer-keeps-the-earlier-bidder",
        "Osterfeld serait en discussions pour racheter Kerlune pour 150 millions d'euros. Une "
        "première offre de 120 millions d'euros, déposée en février, avait été repoussée par les "
        "actionnaires de Kerlune.",
        [
            ("acquisition", "Osterfeld", "150 millions d'euros"),
            ("acquisition", "Osterfeld", "120 millions d'euros"),
        ],
    ),
    (
        "name-the-tagger-calls-a-pronoun",
        "Le groupe belge Tarvik serait en discussions pour racheter la PME provençale Kerlune "
        "pour environ 150 millions d'euros.",
        [("acquisition", "Tarvik", "environ 150 millions d'euros")],
    ),
    (
        "closing-a-round",
        "À Genève, Talvane a bouclé un tour de 38 millions d'euros.",
        [("fundraising", "Talvane", "38 millions d'euros")],
    ),
    (
        "closing-a-fund-vehicle-above-its-target",
        "Côté fonds, Ormelia Partners a bouclé son troisième véhicule à 450 millions d'euros, "
        "bien au-delà de sa cible de 350 millions.",
        [("fundraising", "Ormelia Partners", "450 millions d'euros")],
    ),
    (
        "date-the-ner-calls-a-name-is-no-actor",
        "Ferrix, start-up lyonnaise, recycle des batteries. Le 2 juin, la start-up a lancé "
        "Korvex, un service de collecte.",
        [("launch", "Ferrix", None)],
    ),
    (
        "description-resolves-to-the-paragraph-topic",
        "Helvix rachète Sorbane pour 600 millions d'euros. Le laboratoire Helvix veut doubler "
        "ses ventes.\n\nÀ Genève, Talvane, qui édite un logiciel de trésorerie, a bouclé un tour "
        "de 38 millions d'euros. L'argent doit servir à ouvrir des bureaux à Paris. La fintech "
        "lancera en janvier 2026 Korvex Pay, une offre de paiement.",
        [
            ("acquisition", "Helvix", "600 millions d'euros"),
            ("fundraising", "Talvane", "38 millions d'euros"),
            ("launch", "Talvane", None),
        ],
    ),
    (
        "gapped-list-of-raises",
        "Le mois a profité à la santé : Kastel Bio a levé 45 millions d'euros auprès de Calder "
        "Partners, Semlio 12 M€ et Brovane 8 M€.",
        [
            ("fundraising", "Kastel Bio", "45 millions d'euros"),
            ("fundraising", "Semlio", "12 M€"),
            ("fundraising", "Brovane", "8 M€"),
        ],
    ),
    (
        "gapped-second-giver-with-its-description",
        "L'État versera une subvention de 35 millions d'euros, la région Normandie 8 millions.",
        [
            ("investment", "État", "35 millions d'euros"),
            ("investment", "Normandie", "8 millions"),
        ],
    ),
    (
        "relative-clause-names-are-not-the-subject",
        "Brevon recycle des aimants. Le recycleur, qui a bouclé une levée auprès du fonds "
        "singapourien Talmaris Partners et de Bpifrance, a aussi signé avec le constructeur "
        "Valmont un contrat de 1,1 milliard d'euros.",
        [("partnership", "Brevon", "1,1 milliard d'euros"), ("fundraising", "Brevon", None)],
    ),
    (
        "money-told-before-a-deal-is-its-own-pledge",
        "Korlane a annoncé un programme de rachat d'actions de 150 millions d'euros et la "
        "signature d'un partenariat avec le japonais Tenzan.",
        [("investment", "Korlane", "150 millions d'euros"), ("partnership", "Korlane", None)],
    ),
    (
        "board-as-subject-stands-for-the-company",
        "Korlane publie ses résultats. Le conseil a décidé de lancer un programme de rachat "
        "d'actions d'un montant pouvant aller jusqu'à 150 millions d'euros.",
        [("investment", "Korlane", "jusqu'à 150 millions d'euros")],
    ),
    (
        "topic-of-quant-a-is-the-pronoun",
        "Quant à l'hébergeur Vardane, il serait en discussions pour construire un second centre "
        "de données, un investissement évalué entre 30 et 40 millions d'euros.",
        [("investment", "Vardane", "entre 30 et 40 millions d'euros")],
    ),
    (
        "giver-in-an-object-relative-clause",
        "La Commission européenne a autorisé une aide d'État de 310 millions d'euros que la "
        "France versera à Cellvane.",
        [("investment", "France", "310 millions d'euros")],
    ),
    (
        "agreement-between-the-state-and-a-region-is-a-declaration",
        "L'État et la région Bretagne ont signé ce jeudi une convention de coopération consacrée "
        "à l'intelligence artificielle.",
        [("declaration", "État", None)],
    ),
    (
        "project-as-subject-stands-for-its-company",
        "La Commission européenne a autorisé une aide accordée par la France au fabricant "
        "Corvelle pour son usine de Béthune. Le chantier représente un investissement total "
        "de 3,4 milliards d'euros.",
        [("investment", "Corvelle", "3,4 milliards d'euros")],
    ),
    (
        "a-market-reaching-a-size-pledges-nothing",
        "Le marché mondial atteindra 1 000 milliards d'euros en 2030.",
        [],
    ),
    (
        "shareholders-meeting-called-by-the-company",
        "Corvelle réunira ses actionnaires en assemblée générale extraordinaire le 15 décembre "
        "à Lyon.",
        [("event", "Corvelle", None)],
    ),
    (
        "next-edition-of-an-event-on-another-date-is-another-event",
        "Le Forum Numeria s'est achevé le 3 juin à Lyon. Sa prochaine édition se tiendra le "
        "9 juin 2026 à Marseille, a annoncé le Forum Numeria.",
        [("event", "Forum Numeria", None), ("event", "Forum Numeria", None)],
    ),
    (
        "definite-subject-the-parser-read-as-a-verbless-noun-phrase",
        "Le groupe Travenor a ouvert un bureau à Nice. L'entreprise compte consacrer 25 "
        "millions d'euros à un nouveau bâtiment.",
        [("investment", "Travenor", None), ("investment", "Travenor", "25 millions d'euros")],
    ),
    (
        "a-call-for-tenders-is-neither-an-appeal-nor-a-bid",
        "« Nous ne voulons plus être la variable d'ajustement des appels d'offres publics », "
        "résume Claire Tessier, présidente de Tessoral.",
        [],
    ),
    (
        "the-buyer-after-par-of-a-takeover-noun",
        "Par ailleurs, l'ARS Normandie a validé la reprise de la clinique Valdrane, à Évreux, "
        "par le groupe mutualiste Tessoral Santé.",
        [("acquisition", "Tessoral Santé", None)],
    ),
    (
        "equity-raised-is-no-fund",
        "La société Norvalis serait en discussions avec plusieurs investisseurs pour lever "
        "40 millions d'euros de fonds propres.",
        [("fundraising", "Norvalis", "40 millions d'euros")],
    ),
    (
        "shareholders-meeting-of-a-named-company",
        "Une assemblée générale extraordinaire des actionnaires de Corvelle sera convoquée le "
        "11 décembre 2025 à Lyon.",
        [("event", "Corvelle", None)],
    ),
    (
        "public-body-awards-a-contract",
        "Le Grand Port Maritime de Lorvenne grandit. L'établissement public a attribué au "
        "constructeur allemand Tenzan un contrat de 62 millions d'euros.",
        [("partnership", "Grand Port Maritime de Lorvenne", "62 millions d'euros")],
    ),
    (
        "quebec-entente-is-an-agreement",
        "L'Institut Varlen a signé avec Hydro-Québec une entente de recherche sur la demande "
        "électrique.",
        [("partnership", "Institut Varlen", None)],
    ),
    (
        "pronoun-after-via-its-subsidiary-is-the-owner",
        "13h40\nLe groupe Brenval accélère sur les munitions. Via sa filiale Brenval Munitions, "
        "il va investir 90 millions d'euros pour tripler sa production.",
        [("investment", "Brenval", "90 millions d'euros")],
    ),
    (
        "gapped-name-with-its-gloss-in-brackets",
        "Sorvane (biostimulants) lève 7,5 M€, Kalvio (serres bas carbone) 4 M€.",
        [("fundraising", "Sorvane", "7,5 M€"), ("fundraising", "Kalvio", "4 M€")],
    ),
    (
        "gapped-givers-each-with-their-own-pledge-noun",
        "L'État promet 320 millions d'euros d'aides, la Banque européenne d'investissement un "
        "prêt de 400 M€ et la région Bretagne une subvention de 45 M€.",
        [
            ("investment", "État", "320 millions d'euros"),
            ("investment", "Banque européenne d'investissement", "400 M€"),
            ("investment", "Bretagne", "45 M€"),
        ],
    ),
    (
        "subscribing-to-a-fund-is-investing",
        "La Banque européenne d'investissement y a souscrit 40 millions d'euros.",
        [("investment", "Banque européenne d'investissement", "40 millions d'euros")],
    ),
    (
        "adopting-an-investment-plan-is-the-plan",
        "La Région Bretagne a adopté vendredi un plan d'investissement de 2,4 milliards d'euros.",
        [("investment", "Région Bretagne", "2,4 milliards d'euros")],
    ),
    (
        "the-company-is-never-the-state-that-helped-it",
        "Talvane construit une usine à Lens. L'État lui accorde une aide de 20 millions d'euros. "
        "La société a par ailleurs obtenu un prêt de 150 millions d'euros auprès de la Banque "
        "européenne d'investissement.",
        [
            ("investment", "Talvane", None),
            ("investment", "État", "20 millions d'euros"),
            ("fundraising", "Talvane", "150 millions d'euros"),
        ],
    ),
    (
        "an-order-is-a-contract",
        "La Région Bretagne investit. Nous avons commandé en mai au constructeur Ferrix quatorze "
        "rames, pour 230 millions d'euros.",
        [("partnership", "Région Bretagne", "230 millions d'euros")],
    ),
    (
        "a-share-price-is-no-pledge",
        "Le titre Corvelle a bondi de 7 % à 43,10 euros, au-dessus des deux offres.",
        [],
    ),
    (
        "project-of-the-company-not-of-its-town",
        "Le fabricant Lurvane a posé mardi la première pierre de son usine de Bruay-la-Buissière "
        "(Pas-de-Calais). Le site représente un investissement de 620 millions d'euros.",
        [("investment", "Lurvane", "620 millions d'euros")],
    ),
    (
        "fund-closing-by-its-manager",
        "Capra Ventures annonce le premier closing de Capra Seed III à 120 M€.",
        [("fundraising", "Capra Ventures", "120 M€")],
    ),
    (
        "fund-closing-told-in-the-first-person",
        "Ardo Ventures publie sa lettre mensuelle. Bpifrance a aussi été active. Et nous avons "
        "annoncé le premier closing d'Ardo III à 120 M€.",
        [("fundraising", "Ardo Ventures", "120 M€")],
    ),
    (
        "deal-with-budget",
        "Le groupe Ardent a signé avec le groupe Kelvion un accord, assorti d'un budget commun de 12 millions d'euros.",
        [("partnership", "Ardent", "12 millions d'euros")],
    ),
    (
        "per-share-then-total",
        "Le groupe Ardent proposerait 45 euros par action pour racheter Lumio, soit près de 2,5 milliards d'euros.",
        [("acquisition", "Ardent", "près de 2,5 milliards d'euros")],
    ),
    ("question-is-no-pledge", "Le groupe Ardent va-t-il investir 3 milliards d'euros ?", []),
    (
        "pluperfect-background",
        "La société Lumio avait déjà bénéficié de 32 millions d'euros de subventions en 2023.",
        [],
    ),
    (
        "named-event-with-date",
        "Le salon Numerica se tiendra le 12 juin à Lyon.",
        [("event", "Numerica", None)],
    ),
    (
        "name-before-a-verb-the-parser-left-without-subject",
        "Dans la plaine orientale, le producteur Ventoriel Énergie prévoit d'investir près de 90 "
        "millions d'euros.",
        [("investment", "Ventoriel Énergie", "près de 90 millions d'euros")],
    ),
    (
        "contract-awarded-object-the-parser-hung-on-a-participle",
        "Le syndicat mixte Eaux de Quarzemia a attribué hier au groupement mené par Aquarel "
        "Ingénierie le marché de l'usine de dessalement, pour 38 millions d'euros.",
        [("partnership", "Eaux de Quarzemia", "38 millions d'euros")],
    ),
    (
        "advocate-who-demands-a-fund-pledges-nothing",
        "« Un début », a réagi la députée Maëlle Quarzemia, qui réclame un fonds commun de 100 "
        "milliards d'euros.",
        [],
    ),
    (
        "applicant-soliciting-an-envelope-pledges-nothing",
        "La jeune pousse Ternalix, qui sollicitait une enveloppe d'au moins 60 millions d'euros, "
        "n'a pas été retenue.",
        [],
    ),
    (
        "unsolicited-offer-is-still-a-bid",
        "Le conseil a rejeté l'offre non sollicitée de 210 millions d'euros déposée par le groupe "
        "Ternalix pour le rachat de la filiale.",
        [("acquisition", "Ternalix", "210 millions d'euros")],
    ),
    (
        "idiom-as-a-participle-describing-money-recalls-it",
        "Le groupe Ternalix avait proposé 2,3 milliards de dollars pour racheter Quarzemia. "
        "Quant aux 2,3 milliards de dollars mis sur la table par Ternalix, ils restent dans "
        "toutes les têtes.",
        [("acquisition", "Ternalix", "2,3 milliards de dollars")],
    ),
    (
        "own-past-listing-recalled-is-no-raise",
        "Le groupe Quarzemia a lancé un programme de rachat d'actions de 30 millions d'euros, une "
        "première depuis son introduction en Bourse en 2021.",
        [("investment", "Quarzemia", "30 millions d'euros")],
    ),
    (
        "nothing-confirmed-denies",
        "Interrogée sur un éventuel programme de rachat d'actions pour soutenir le cours, la "
        "directrice financière, Léa Ternalix, n'a rien confirmé.",
        [],
    ),
    (
        "raise-framing-a-stake-keeps-its-own-amount",
        "Le fonds Ternalix entrera au capital de la société Quarzemia à hauteur de 150 millions "
        "d'euros, dans le cadre d'une levée de 400 millions d'euros de Quarzemia.",
        [
            ("investment", "Ternalix", "150 millions d'euros"),
            ("fundraising", "Quarzemia", "400 millions d'euros"),
        ],
    ),
    (
        "raise-in-an-adverbial-is-made-by-its-relative-clause-subject",
        "La start-up Quarzemia construira une usine. Le reste viendra d'un crédit syndiqué de 50 "
        "millions d'euros que la société Ternalix finalise avec ses banques.",
        [("investment", "Quarzemia", None), ("fundraising", "Ternalix", "50 millions d'euros")],
    ),
    (
        "newspaper-reporting-a-raise-is-not-its-raiser",
        "Dans un registre voisin, le Ternalix Courier rapporte que le laboratoire Merivane AI "
        "serait sur le point de boucler une levée de 6 milliards de dollars.",
        [("fundraising", "Merivane AI", "6 milliards de dollars")],
    ),
    (
        "not-renouncing-keeps-the-pledge",
        "Le groupe Quarzemia ne renonce pas pour autant : il investira 2,5 milliards de dirhams "
        "dans un centre de calcul à Oulu.",
        [("investment", "Quarzemia", "2,5 milliards de dirhams")],
    ),
    (
        "renouncing-denies-the-pledge",
        "Le groupe Quarzemia a renoncé à investir 2,5 milliards de dirhams à Oulu.",
        [],
    ),
    (
        "minority-stake-taken-is-an-investment",
        "Et le groupe vaudois Quarzemia prend 30 % du transporteur lyonnais Ternalix Fret pour 45 "
        "millions d'euros.",
        [("investment", "Quarzemia", "45 millions d'euros")],
    ),
    (
        "majority-stake-taken-is-an-acquisition",
        "Le fonds Quarzemia prendra 60 % de la société Ternalix.",
        [("acquisition", "Quarzemia", None)],
    ),
    (
        "market-share-taken-is-no-stake",
        "Le groupe Quarzemia prend 5 % de part de marché.",
        [],
    ),
    (
        "compound-tense-broken-by-an-incise-keeps-its-subject",
        "La région Auvergne-Rhône-Alpes a, depuis, accordé à la jeune pousse Quarzemia une avance "
        "remboursable de 12 millions d'euros pour installer une ligne pilote.",
        [("investment", "Auvergne-Rhône-Alpes", "12 millions d'euros")],
    ),
    (
        "fund-described-after-its-closing-holds-the-raise",
        "Quarzemia Partners a annoncé le premier closing de Quarzemia Transition III, son "
        "troisième fonds dédié à la transition énergétique, à 320 M€.",
        [("fundraising", "Quarzemia Partners", "320 M€")],
    ),
    (
        "takeover-completed-for-an-undisclosed-sum-is-an-acquisition",
        "Enfin, le sidérurgiste Aciérix a finalisé, via sa filiale allemande Aciérix "
        "Deutschland, le rachat du fabricant sarrois de tubes Sarretec, pour un montant non "
        "divulgué.",
        [("acquisition", "Aciérix", None)],
    ),
    (
        "rival-offer-turned-down-is-a-rejected-bid",
        "Une offre concurrente du fonds Quarzemia Hospitality, jugée insuffisante, avait été "
        "écartée en mai par les actionnaires familiaux.",
        [("acquisition", "Quarzemia Hospitality", None)],
    ),
    (
        "raised-proposal-is-a-bid",
        "Selon Bloomberg, le fonds Quarzemia pourrait revenir avec une proposition relevée, autour "
        "de 1,4 milliard de dollars.",
        [("acquisition", "Quarzemia", "autour de 1,4 milliard de dollars")],
    ),
    (
        "general-meeting-held-is-its-company-event",
        "L'assemblée générale annuelle de Quarzemia s'est tenue hier au Palais des Congrès, à "
        "Paris, devant près de 1 900 actionnaires.",
        [("event", "Quarzemia", None)],
    ),
    (
        "next-general-meeting-scheduled-is-an-event",
        "La prochaine assemblée générale de Quarzemia est d'ores et déjà fixée au 20 mai 2026.",
        [("event", "Quarzemia", None)],
    ),
    (
        "product-launched-in-the-passive-is-its-maker-launch",
        "La fintech Quarzemia prépare une application. L'application, baptisée Lagoo, sera lancée "
        "à Maurice le 1er juillet.",
        [("launch", "Quarzemia", None)],
    ),
    (
        "loan-hung-apart-from-its-verb-is-raised-by-the-clause-subject",
        "La Région Quarzemia a adopté un plan. La Banque européenne d'investissement est notre "
        "premier partenaire : nous avons signé avec elle le 12 juin un prêt de 300 millions "
        "d'euros sur vingt-cinq ans pour les petites lignes.",
        [
            ("declaration", "Région Quarzemia", None),
            ("fundraising", "Région Quarzemia", "300 millions d'euros"),
        ],
    ),
    (
        "own-first-round-told-as-a-landmark-is-recalled",
        "La start-up Quarzemia ne communique pas sa valorisation, qui a triplé depuis son amorçage "
        "de 2,5 millions d'euros en 2023.",
        [],
    ),
    (
        "counted-partners-opening-a-verbless-parse-are-the-named-pair",
        "Le port a attribué la concession au groupement formé par l'armateur Quarzemia Lines et "
        "par le fonds néerlandais Ternalix Partners. Les deux partenaires y investiront 1,1 "
        "milliard d'euros, dont 420 millions pour les quais.",
        [("investment", "Quarzemia Lines", "1,1 milliard d'euros")],
    ),
    (
        "work-entrusted-for-a-contract-value-is-a-contract",
        "La coopérative Quarzemia a confié la construction des trois unités à l'ensemblier "
        "rennais Ternalix, pour un marché de près de 25 millions d'euros.",
        [("partnership", "Quarzemia", "près de 25 millions d'euros")],
    ),
    (
        "counted-shares-bought-back-are-an-investment",
        "La holding Quarzemia a racheté en 2024 680 000 actions pour un montant total de 52,6 "
        "millions d'euros.",
        [("investment", "Quarzemia", "52,6 millions d'euros")],
    ),
    (
        "gathering-held-in-a-relative-clause-is-the-event",
        "Le projet sera présenté à la Quarzemia, qui s'ouvrira le 10 novembre à Nantes.",
        [("event", "Quarzemia", None)],
    ),
    (
        "gathering-described-after-its-name-held-in-a-relative-clause",
        "Les investisseurs attendent Ternalix Live, la conférence annuelle de Ternalix, qui se "
        "tiendra les 20 et 21 mai à Lille.",
        [("event", "Ternalix Live", None)],
    ),
    (
        "council-meeting-is-no-held-gathering",
        "Le conseil municipal de Quarzemia s'est réuni mardi soir pour son débat budgétaire.",
        [],
    ),
    (
        "launch-quoted-product",
        "La start-up Lumio a lancé lundi « Orion-7 », un modèle de langue.",
        [("launch", "Lumio", None)],
    ),
    (
        "source-with-article-is-no-actor",
        "Selon le Quotidien du Nord, l'allemand Helsor Systems serait en discussions pour lever "
        "jusqu'à 600 millions d'euros.",
        [("fundraising", "Helsor Systems", "jusqu'à 600 millions d'euros")],
    ),
    (
        "dateline-city-comma-date-dash",
        "Bordeaux, le 20 mars 2025 – Zenora, opérateur de centres de données, annonce une "
        "levée de fonds de 320 millions d'euros menée par le fonds Kestrel.",
        [("fundraising", "Zenora", "320 millions d'euros")],
    ),
    (
        "named-coalition-apposed-after-launch-verb",
        "La Banque du Nord et le fonds Valmont ont lancé Orizon, un programme commun doté de "
        "1,5 milliard d'euros pour les start-up.",
        [("initiative", "Orizon", "1,5 milliard d'euros")],
    ),
    (
        "pledge-word-inside-an-organisation-name",
        "La Banque nordique d'investissement et la banque Kessel lancent Scale Nord, un fonds "
        "de fonds doté d'un milliard d'euros.",
        [("initiative", "Scale Nord", "un milliard d'euros")],
    ),
    (
        "bare-participle-shares-the-compound-subject",
        "La medtech Kardiom a lancé aujourd'hui Pulso, un appareil dont l'algorithme détecte "
        "les souffles, et annoncé une levée de 25 millions d'euros auprès du fonds Valmont.",
        [("fundraising", "Kardiom", "25 millions d'euros"), ("launch", "Kardiom", None)],
    ),
    (
        "country-noun-refers-to-the-country-named-before",
        "Le Japon s'invite dans la partie. Par la voix de son ministre, Kenji Arata, le pays "
        "financera à hauteur de 3 milliards de yens un programme de recherche.",
        [("investment", "Japon", "3 milliards de yens")],
    ),
    (
        "bullets-under-a-colon-lead-in",
        "Zenora annonce une levée de 40 millions d'euros.\n\nPoints clés :\n"
        "- l'acquisition de la société norvégienne Fjordex ;\n"
        "- un contrat de fourniture signé avec le groupe Voltix.",
        [
            ("fundraising", "Zenora", "40 millions d'euros"),
            ("acquisition", "Zenora", None),
            ("partnership", "Zenora", None),
        ],
    ),
    (
        "bulleted-subheading-is-no-list-item",
        "• Une charte pour l'IA médicale\nLes ministres ont débattu toute la journée.",
        [],
    ),
    (
        "bullet-beneficiary-takes-the-lead-in-pledge",
        "L'État leur attribue les aides suivantes :\n"
        "– Zenora (Lyon) : 12 millions d'euros pour un logiciel d'imagerie ;\n"
        "– Kestrel (Nantes) : 8 millions d'euros pour un réseau de capteurs.",
        [
            ("investment", "État", "12 millions d'euros"),
            ("investment", "État", "8 millions d'euros"),
        ],
    ),
    (
        "undisclosed-amount-marks-a-pledge",
        "La société Zenora ouvrira aussi une ligne d'assemblage à Lyon, sans dévoiler de montant.",
        [("investment", "Zenora", None)],
    ),
    (
        "coordinated-clause-keeps-its-own-subject",
        "Zenora investit 30 millions d'euros dans un centre de calcul à Grenoble, Kestrel "
        "Robotics lève 18 millions d'euros auprès du fonds Valmont Partners et la coopérative "
        "agricole Terravia s'associe à Brevane Robotics.",
        [
            ("investment", "Zenora", "30 millions d'euros"),
            ("fundraising", "Kestrel Robotics", "18 millions d'euros"),
            ("partnership", "Terravia", None),
        ],
    ),
    (
        "launched-name-before-its-description",
        "Le groupe Zenora a présenté mercredi ORVIX, un logiciel d'aide à la décision.",
        [("launch", "Zenora", None)],
    ),
    (
        "opening-a-plant-is-an-investment",
        "Le groupe Zenora ouvrira une usine de batteries à Lyon l'an prochain.",
        [("investment", "Zenora", None)],
    ),
    (
        "opening-of-a-centre-noun",
        "Le patron de Kestrel a annoncé l'ouverture à Paris d'un centre de recherche.",
        [("investment", "Kestrel", None)],
    ),
    (
        "building-an-alliance-is-no-facility",
        "Le groupe Zenora veut construire une alliance durable avec ses clients.",
        [],
    ),
    (
        "job-title-participle-is-no-partnership",
        "« Le marché mûrit », estime Claire Ravel, chercheuse associée à l'Institut Valmont.",
        [],
    ),
    (
        "aux-far-before-the-participle",
        "Hydro-Nord a, de son côté, conclu avec Kestrel une entente de 6,5 millions d'euros.",
        [("partnership", "Hydro-Nord", "6,5 millions d'euros")],
    ),
    (
        "pronoun-after-a-presentational-sentence",
        "Première annonce. Elle vient du groupe lyonnais Zenora. Il va investir 1,2 milliard "
        "d'euros à Vénissieux.",
        [("investment", "Zenora", "1,2 milliard d'euros")],
    ),
    (
        "plural-pronoun-after-a-verbless-list",
        "Les régions Bretagne et Normandie, maintenant. Elles lancent ensemble un fonds commun "
        "de 200 millions d'euros.",
        [("initiative", "Bretagne", "200 millions d'euros")],
    ),
    (
        "passive-launch-takes-the-protagonist",
        "Le groupe Zenora a présenté ses résultats. L'offre « Zenora Pro » sera commercialisée dès "
        "janvier 2026.",
        [("launch", "Zenora", None)],
    ),
    (
        "two-launches-of-one-actor-stay-two",
        "Sylvane dévoile son modèle « Atlas ». Sylvane a d'ailleurs présenté jeudi « Orion », "
        "un assistant pour les juristes.",
        [("launch", "Sylvane", None), ("launch", "Sylvane", None)],
    ),
    (
        "recalled-figure-of-an-initiative-is-no-launch",
        "Les 200 milliards d'euros de l'initiative Orizon, les 500 milliards du projet "
        "Stellar : ces chiffres donnent le vertige.",
        [],
    ),
    (
        "giver-after-a-bracketed-conversion",
        "Zenora lève 320 millions d'euros, dont 15 milliards de yens (environ 93 millions "
        "d'euros) apportés par le groupe japonais Kioma Holdings.",
        [
            ("fundraising", "Zenora", "320 millions d'euros"),
            ("investment", "Kioma Holdings", "15 milliards de yens"),
        ],
    ),
    (
        "giver-after-what-the-part-is",
        "Zenora a levé 38 millions d'euros, dont 8 millions d'euros de prêt accordés par "
        "la Banque européenne d'investissement.",
        [
            ("fundraising", "Zenora", "38 millions d'euros"),
            ("investment", "Banque européenne d'investissement", "8 millions d'euros"),
        ],
    ),
    (
        "loan-with-the-lender-named-is-the-borrower-raising",
        "La minière Norvalis négocie un prêt d'environ 300 millions de dollars auprès "
        "d'Exportation et développement Canada.",
        [("fundraising", "Norvalis", "environ 300 millions de dollars")],
    ),
    (
        "market-awarded-is-a-contract-not-a-market-size",
        "Le Port autonome de Nouméa a attribué à l'entreprise Bâtir Pacifique un marché de "
        "2,4 milliards de francs CFP pour la réhabilitation de deux quais.",
        [("partnership", "Port autonome de Nouméa", "2,4 milliards de francs CFP")],
    ),
    (
        "a-total-invested-is-pledged-and-disposals-are-no-investment",
        "En 2024, la holding Orvane a investi un total de 312 millions d'euros et réalisé pour "
        "405 millions d'euros de cessions.",
        [("investment", "Orvane", "312 millions d'euros")],
    ),
    (
        "future-verb-the-tagger-read-as-an-adjective",
        "La Banque des Territoires co-investira 300 millions d'euros dans nos sites.",
        [("investment", "Banque des Territoires", "300 millions d'euros")],
    ),
    (
        "a-plan-in-a-relative-clause-keeps-out-of-the-main-verbs-denial",
        "Le groupe Cyclamet, qui prévoit d'investir 140 millions d'euros sur le site, n'a pas "
        "confirmé ces discussions.",
        [("investment", "Cyclamet", "140 millions d'euros")],
    ),
    (
        "unconfirmed-pledge-in-a-completive-makes-nothing",
        "Cyclamet n'a pas confirmé qu'il investirait 140 millions d'euros.",
        [],
    ),
    (
        "accompanying-a-project-with-money",
        "La Région Occitanie l'accompagnera à hauteur de 45 millions d'euros, essentiellement "
        "pour l'immobilier.",
        [("investment", "Région Occitanie", "45 millions d'euros")],
    ),
    (
        "a-transcripts-speaker-tag-is-no-subject",
        "Valbrume Cloud exploite un centre de données à Bettembourg.\n"
        "PAUL KIEFFER : Où en est votre financement ?\n"
        "ANNE MULLER : On a bouclé une augmentation de capital de 65 millions d'euros.",
        [("fundraising", "Valbrume Cloud", "65 millions d'euros")],
    ),
    (
        "the-societe-defined-in-brackets-is-its-name",
        "Le dossier Montrevel Auto\nRoussillac Plastiques SA (la « Société ») publie son "
        "document d'information. Montrevel Auto, son premier client, négocie.\nLe 20 mai, la "
        "Société a signé avec Montrevel Auto un contrat de fourniture de 35 millions d'euros.",
        [("partnership", "Roussillac Plastiques SA", "35 millions d'euros")],
    ),
    (
        "a-loan-obtained-from-a-lender-in-a-relative-clause-is-raised",
        "Ternalix a présenté ses comptes.\nLe plan repose sur un prêt de 40 millions d'euros que "
        "la société a obtenu auprès de la Banque européenne d'investissement.",
        [("fundraising", "Ternalix", "40 millions d'euros")],
    ),
    (
        "qui-after-a-name-and-comma-is-that-name-when-parsed-as-a-clause",
        "Ternalix se développe.\nNous avons également reçu le soutien de l'ADEME, qui nous a "
        "accordé, dans le cadre de France 2030, une aide de 4,2 millions d'euros pour le "
        "démonstrateur de Compiègne.",
        [("investment", "ADEME", "4,2 millions d'euros")],
    ),
    (
        "a-loan-agreement-granted-on-a-date-by-a-lender-is-the-lenders-investment",
        "Le premier décret ratifie l'accord de prêt d'un montant de 98,4 milliards de francs "
        "CFA, consenti le 2 septembre 2025 par la Banque africaine de développement pour financer "
        "une route.",
        [("investment", "Banque africaine de développement", "98,4 milliards de francs CFA")],
    ),
    (
        "le-club-is-the-club-the-article-is-about",
        "Le Racing Vellorin présente ses comptes.\nLe club a signé avec l'énergéticien Ostralme "
        "un contrat de naming de 4,5 millions d'euros sur dix ans.",
        [("partnership", "Racing Vellorin", "4,5 millions d'euros")],
    ),
    (
        "par-ailleurs-is-no-agent-of-a-finite-verb",
        "Le groupe mutualiste Vellorin présente son plan.\nIl lance par ailleurs, via sa filiale "
        "de gestion Ternalix Asset Management, Ternalix Transition, un fonds de 300 millions "
        "d'euros destiné aux PME.",
        [("investment", "Vellorin", "300 millions d'euros")],
    ),
    (
        "a-sum-under-a-raise-is-the-raise-when-the-verb-spends-its-own",
        "Ternalix a souscrit 8 millions d'euros à la levée de 45 millions d'euros d'Ostralme "
        "Robotique.",
        [
            ("investment", "Ternalix", "8 millions d'euros"),
            ("fundraising", "Ostralme Robotique", "45 millions d'euros"),
        ],
    ),
    (
        "a-name-apposed-to-a-subsidiary-in-an-adverbial-is-no-subject",
        "La Compagnie Ternalix publie sa lettre.\nPar l'intermédiaire de notre filiale de "
        "capital-risque, Ternalix Ventures, nous avons également souscrit 8 millions d'euros au "
        "capital de Vellorin.",
        [("investment", "Compagnie Ternalix", "8 millions d'euros")],
    ),
    (
        "an-offer-filed-without-a-target-bids-for-the-company-the-takeover-is-about",
        "Le conseil d'administration de Vellorin a rejeté lundi l'offre de reprise du groupe "
        "Ternalix, qui proposait 12 millions d'euros.\nUn autre candidat, le fonds Ostralme "
        "Partners, pourrait déposer une offre d'ici fin juillet.",
        [
            ("acquisition", "Ternalix", "12 millions d'euros"),
            ("acquisition", "Ostralme Partners", None),
        ],
    ),
    (
        "nous-in-a-crossed-interview-is-each-speakers-company",
        "Interview croisée : Jeanne Vostrand, fondatrice de Ternalix, et Paul Ostral, président "
        "de Vellorin Systèmes, parlent d'investissement.\n\nComment financez-vous votre "
        "croissance ?\n\nJeanne Vostrand : Nous avons levé 12 millions d'euros en mars auprès de "
        "Quarzemia Capital.\n\nPaul Ostral : Nous investirons 30 millions d'euros dans une usine "
        "à Lyon.\n\nEt nous investirons 5 millions d'euros dans un site à Nantes en 2026.",
        [
            ("fundraising", "Ternalix", "12 millions d'euros"),
            ("investment", "Vellorin Systèmes", "30 millions d'euros"),
            ("investment", "Vellorin Systèmes", "5 millions d'euros"),
        ],
    ),
    (
        "nous-after-a-speakers-initials-is-their-company",
        "Jeanne Vostrand, fondatrice de Ternalix, et Paul Ostral, président de Vellorin Systèmes, "
        "se confient.\n\nP. O. : Nous investirons 30 millions d'euros dans une usine à Lyon.\n\n"
        "J. V. : Nous avons levé 12 millions d'euros auprès de Quarzemia Capital.",
        [
            ("investment", "Vellorin Systèmes", "30 millions d'euros"),
            ("fundraising", "Ternalix", "12 millions d'euros"),
        ],
    ),
    (
        "nous-in-an-op-ed-is-the-company-of-its-signing-author",
        "TRIBUNE. « L'industrie française peut encore gagner »\n\nPar Jeanne Vostrand, "
        "présidente-directrice générale de Ternalix\n\nQuand Quarzemia Industries a fermé son "
        "usine de Lyon, beaucoup ont cru la filière perdue. Quarzemia Industries avait pourtant "
        "tout. Quarzemia Industries a choisi l'Asie.\n\nNous avons fait le choix inverse. Nous "
        "investirons 80 millions d'euros d'ici 2028 dans notre site de Reims.",
        [("investment", "Ternalix", "80 millions d'euros")],
    ),
    (
        "nous-in-an-op-ed-is-the-company-its-standfirst-presents-under-a-headline-infinitive",
        "« Relocaliser n'est pas un luxe : voici notre plan »\nTRIBUNE. Jeanne Vostrand, "
        "présidente-directrice générale du fabricant de câbles Ternalix, détaille son plan.\n\n"
        "Quand Quarzemia Industries a fermé son usine de Lyon, beaucoup ont cru la filière "
        "perdue. Quarzemia Industries a choisi l'Asie.\n\nNous avons fait le choix inverse. "
        "Nous investirons 80 millions d'euros d'ici 2028 dans notre site de Reims.",
        [("investment", "Ternalix", "80 millions d'euros")],
    ),
    (
        "nous-in-a-quote-is-the-employer-of-the-speaker-its-reporting-clause-names",
        "Ternalix Énergies ouvre une usine à Reims. Quarzemia Capital en est le premier client. "
        "Quarzemia Capital paiera comptant.\n« Nous investirons 20 millions d'euros dans la "
        "ligne », a déclaré jeudi Jeanne Vostrand, directrice générale de Quarzemia Capital.",
        [
            ("investment", "Ternalix Énergies", None),
            ("investment", "Quarzemia Capital", "20 millions d'euros"),
        ],
    ),
    (
        "nous-in-a-candidates-quote-is-the-candidate-named-last",
        "Jeanne Vostrand promet des écoles neuves\nLa Ville de Montrevel a voté son budget hier. "
        "Tête de liste, l'adjointe sortante défend la continuité. « Si nous sommes réélus, nous "
        "investirons 30 millions d'euros dans les écoles », a détaillé mardi la candidate devant "
        "la presse.",
        [("investment", "Jeanne Vostrand", "30 millions d'euros")],
    ),
    (
        "mettre-en-ligne-is-a-launch-idiom",
        "Ternalix a mis en ligne en juin Vostra, un assistant qui rédige des notices.",
        [("launch", "Ternalix", None)],
    ),
    (
        "mettre-en-service-is-a-launch-idiom",
        "Le groupe Quarzemia mettra en service en mars son réseau de bornes de recharge.",
        [("launch", "Quarzemia", None)],
    ),
    (
        "a-launch-idiom-in-the-passive-without-agent-names-no-one",
        "Quarzemia a tenu son assemblée générale. Le replay sera mis en ligne demain sur la chaîne.",
        [],
    ),
    (
        "a-pronoun-in-a-relative-on-the-object-is-the-main-subject",
        "Le fonds Quarzemia Capital a été lancé en septembre par trois régions.\n\nLe groupe "
        "Ternalix a par ailleurs présenté l'accord de recherche qu'il a conclu avec Vellorin Labs "
        "pour son antenne de Reims : 6 millions d'euros sur quatre ans.",
        [("partnership", "Ternalix", "6 millions d'euros")],
    ),
    (
        "an-apposed-investment-noun-sizes-the-pledge-of-the-main-subject",
        "La société Ternalix s'installe à Reims. L'entreprise y prévoit l'extension de son "
        "entrepôt frigorifique, un investissement d'environ 2,5 M€ assorti de la création de "
        "quinze emplois.",
        [("investment", "Ternalix", "environ 2,5 M€")],
    ),
    (
        "prevoir-with-money-alone-is-an-investment",
        "L'Allemagne apportera 1 milliard d'euros au projet. L'Italie prévoit pour sa part "
        "jusqu'à 540 millions d'euros.",
        [
            ("investment", "Allemagne", "1 milliard d'euros"),
            ("investment", "Italie", "jusqu'à 540 millions d'euros"),
        ],
    ),
    (
        "an-information-meeting-a-company-organises-is-an-event",
        "Ternalix organisera une réunion d'information pour ses actionnaires le 25 septembre à "
        "Montpellier.",
        [("event", "Ternalix", None)],
    ),
    (
        "la-societe-never-stands-for-a-bank-named-since",
        "Ternalix exploite une usine à Reims.\n\nLa Banque européenne d'investissement lui a "
        "accordé un prêt de 90 millions d'euros.\n\nLa société lancera en janvier 2026 un "
        "nouveau service de fret baptisé « Quarzemia Express ».",
        [
            ("investment", "Banque européenne d'investissement", "90 millions d'euros"),
            ("launch", "Ternalix", None),
        ],
    ),
    (
        "nous-in-a-funds-letter-is-its-manager-that-shares-its-name",
        "Lettre aux souscripteurs du fonds Ostralme Deeptech II\n\nLe fonds Ostralme Deeptech II "
        "a achevé son déploiement. Géré par la société Ostralme Capital, le fonds Ostralme "
        "Deeptech II compte douze lignes.\n\nCe trimestre, nous avons engagé 2 millions d'euros "
        "supplémentaires dans la start-up Ternalix.",
        [("investment", "Ostralme Capital", "2 millions d'euros")],
    ),
    (
        "a-financing-plans-lines-give-each-funder-its-share",
        "Fiche projet Vellorin\nPlan de financement\nCoût total éligible : 2 400 000 €\n"
        "Contribution de l'Union européenne (FEDER) : 1 200 000 € (50 %)\n"
        "Région Occitanie : 600 000 €\nAutofinancement (Ternalix, Ostralme) : 600 000 €\n\n"
        "Résumé\nLe projet relie Vostrac à Montrevel.",
        [
            ("investment", "Union européenne", "1 200 000 €"),
            ("investment", "Région Occitanie", "600 000 €"),
            ("investment", "Ternalix", "600 000 €"),
        ],
    ),
    (
        "a-label-line-without-a-financing-heading-pledges-nothing",
        "Chiffres clés\nRégion Occitanie : 600 000 €\nTernalix : 1 200 000 €",
        [],
    ),
    (
        "le-groupe-is-the-one-name-written-groupe-not-the-most-named-author",
        "Section syndicale Vostrac – Groupe Ternalix Emballages\n\nLe syndicat Vostrac a "
        "rencontré la direction mardi. Le syndicat Vostrac demande des garanties sur l'emploi. "
        "Pour le syndicat Vostrac, le compte n'y est pas.\nLe groupe prévoit d'investir 50 "
        "millions d'euros d'ici 2028 dans ses usines.",
        [("investment", "Ternalix Emballages", "50 millions d'euros")],
    ),
    (
        "nous-in-a-memo-is-the-company-under-the-signatures-title",
        "De : Maëlle Vostrac\nÀ : Tous les collaborateurs\nObjet : Nos priorités pour 2026\n\n"
        "Chers tous,\nVendredi, nous avons signé notre série C : 160 millions d'euros.\n\n"
        "Bien à vous,\n\nMaëlle\n\nMaëlle Vostrac\nPrésidente-directrice générale\n"
        "Ternalix SAS – siège : Nantes",
        [("fundraising", "Ternalix SAS", "160 millions d'euros")],
    ),
    (
        "a-sum-sizing-the-plant-a-verb-opens-is-an-investment",
        "Sept ans plus tard, Ternalix inaugure à Vostrac une usine de 40 millions de francs.",
        [("investment", "Ternalix", "40 millions de francs")],
    ),
    (
        "la-filiale-du-groupe-x-is-the-subsidiary-named-before-not-x",
        "Ternalix Energy exploite trois centrales à Maurice. La filiale du conglomérat Vostrac "
        "Holdings investira 20 millions d'euros à Port-Louis.",
        [("investment", "Ternalix Energy", "20 millions d'euros")],
    ),
    (
        "a-deal-noun-with-a-participles-agent-is-made-by-the-agent",
        "Le volet ferroviaire s'est concrétisé par la commande de 36 rames régionales passée par "
        "Ternalix Rail au constructeur Vostrac, pour 2,7 milliards de ringgits.",
        [("partnership", "Ternalix Rail", "2,7 milliards de ringgits")],
    ),
    (
        "organising-the-ceremony-is-an-event-whatever-its-article",
        "Ternalix organisera la cérémonie de pose de la première pierre le 12 janvier 2026 à "
        "Vostrac.",
        [("event", "Ternalix", None)],
    ),
    (
        "a-seance-d-information-is-a-gathering",
        "Vostrac Énergies organisera une séance d'information le 23 octobre à Montrevel.",
        [("event", "Vostrac Énergies", None)],
    ),
    (
        "launching-a-payment-card-is-a-launch",
        "Ternalix, la néobanque des artisans, lancerait en novembre une carte de paiement "
        "professionnelle, baptisée « Ternalix Pro ».",
        [("launch", "Ternalix", None)],
    ),
    (
        "elle-after-la-societe-d-etat-is-not-the-state",
        "Ternalix Investissement, la société d'État, gère dix milliards de dollars. À titre "
        "d'exemple, la société d'État participe à la ronde de financement de la jeune pousse "
        "Vostrac. Elle pourrait en outre consentir des prêts totalisant jusqu'à 100 millions de "
        "dollars aux PME.",
        [("investment", "Ternalix Investissement", "jusqu'à 100 millions de dollars")],
    ),
    (
        "an-aid-attribuee-par-x-is-xs-investment",
        "Le projet Ternalix bénéficie par ailleurs d'une aide de 48 millions d'euros attribuée "
        "par l'État au titre de France 2030.",
        [("investment", "État", "48 millions d'euros")],
    ),
    (
        "a-loan-deja-accorde-par-x-is-xs-investment",
        "Le financement de Ternalix reposera sur un prêt de 250 millions d'euros déjà accordé par "
        "la Banque européenne d'investissement.",
        [("investment", "Banque européenne d'investissement", "250 millions d'euros")],
    ),
    (
        "a-body-that-will-meet-holds-a-gathering",
        "Le Grand Conseil de Vostrac se réunira en séance extraordinaire le mardi 16 décembre "
        "pour examiner le budget.",
        [("event", "Grand Conseil de Vostrac", None)],
    ),
    (
        "the-sitting-a-report-tells-of-is-no-gathering",
        "Le conseil de surveillance de Ternalix s'est réuni mardi 27 mai pour examiner le budget.",
        [],
    ),
    (
        "launching-ones-own-named-fund-is-an-investment-in-it",
        "Ternalix lance également Ternalix Santé Impact, un fonds de 200 millions d'euros dédié "
        "aux start-up de la santé.",
        [("investment", "Ternalix", "200 millions d'euros")],
    ),
    (
        "a-company-sold-to-a-named-buyer-is-the-buyers-acquisition",
        "Le groupe Ternalix a cédé sa filiale Vostrac au fonds Ostralme Capital pour 120 millions "
        "d'euros.",
        [("acquisition", "Ostralme Capital", "120 millions d'euros")],
    ),
    (
        "land-sold-to-a-company-is-no-acquisition",
        "Le conseil municipal de Vostrac décide de céder à la société Ternalix une parcelle de "
        "deux hectares.",
        [],
    ),
    (
        "the-sum-inside-mettre-sur-la-table-is-pledged",
        "L'État mettra 1,2 milliard d'euros supplémentaire sur la table d'ici 2030.",
        [("investment", "État", "1,2 milliard d'euros")],
    ),
    (
        "mettre-sur-la-table-pour-racheter-is-the-price-of-the-takeover",
        "Un fonds américain, Vostrac Infrastructure, serait prêt à mettre 400 millions d'euros "
        "sur la table pour vous racheter.",
        [("acquisition", "Vostrac Infrastructure", "400 millions d'euros")],
    ),
    (
        "a-breadcrumb-section-is-no-actor",
        "Le Journal d'Ostralme > Économie > Région\n\nLa Région Occitanie a présenté lundi son "
        "plan industriel. La Région accorde une subvention de 35 millions d'euros à la start-up "
        "Vostrac.",
        [("investment", "Région Occitanie", "35 millions d'euros")],
    ),
    (
        "a-spaced-slash-in-a-breadcrumb-ends-the-name",
        "Le Journal d'Ostralme / Économie / Région\n\nLa Région Occitanie a présenté lundi son "
        "plan industriel. La Région accorde une subvention de 35 millions d'euros à la start-up "
        "Vostrac.",
        [("investment", "Région Occitanie", "35 millions d'euros")],
    ),
    (
        "dongs-are-vietnamese-money",
        "Le distributeur japonais Vostrac Retail prévoit d'injecter 6.000 milliards de dôngs, "
        "soit environ 230 millions de dollars, dans l'ouverture de quarante magasins.",
        [("investment", "Vostrac Retail", "6.000 milliards de dôngs")],
    ),
    (
        "first-person-in-a-debate-turn-is-the-speaker",
        "LE PRÉSENTATEUR : Bonsoir. Élise Vostral, vous êtes candidate.\n\nÉLISE VOSTRAL : Si je "
        "suis élue dimanche, je mettrai 1,2 milliard d'euros sur la table pour le ferroviaire.",
        [("investment", "Élise Vostral", "1,2 milliard d'euros")],
    ),
    (
        "first-person-of-a-speaker-with-a-company-is-the-company",
        "Élise Vostral, présidente de la start-up Ternalix, a pris la parole.\n\nÉLISE VOSTRAL : "
        "Je vais investir 30 millions d'euros dans une usine à Lyon.",
        [("investment", "Ternalix", "30 millions d'euros")],
    ),
    (
        "a-chat-pseudonym-opens-a-turn-of-no-known-speaker",
        "Claire Ostralme, présidente de la start-up Ternalix, répond à vos questions.\n\n"
        "CLAIRE OSTRALME : Bonjour à tous.\n\nGaronne_bleue : J'ai placé 5 000 euros dans le "
        "fonds Vostrac.",
        [],
    ),
    (
        "emprunter-is-borrowing",
        "Pour financer tout cela, la métropole de Montrevel empruntera 500 millions d'euros sur "
        "les marchés.",
        [("fundraising", "Montrevel", "500 millions d'euros")],
    ),
    (
        "la-miniere-is-the-mining-company",
        "La société Vostrac Lithium a présenté son projet au ministère. Au total, la minière "
        "investira 742 millions de dollars.",
        [("investment", "Vostrac Lithium", "742 millions de dollars")],
    ),
    (
        "a-deliberations-items-are-the-deciding-territorys",
        "Le conseil municipal de la commune de Montrevel s'est réuni.\n\nAprès en avoir "
        "délibéré,\n\nDÉCIDE :\n\nArticle 1 : D'attribuer à la société Vostrac une aide à "
        "l'immobilier d'entreprise de 750 000 €.\n\nArticle 2 : D'autoriser Madame la Maire à "
        "contracter auprès de la Banque des Territoires un emprunt de 8 millions d'euros.",
        [
            ("investment", "Montrevel", "750 000 €"),
            ("fundraising", "Montrevel", "8 millions d'euros"),
        ],
    ),
    (
        "a-deliberations-item-saying-que-tells-no-new-pledge",
        "Le conseil municipal de la commune de Montrevel s'est réuni.\n\nDÉCIDE :\n\n"
        "Article 7 : De dire que le versement des 750 000 € prévus à l'article 3 est subordonné "
        "à la signature d'une convention.",
        [],
    ),
    (
        "a-relative-on-a-complement-goes-back-to-the-named-maker",
        "L'eurodéputée Giulia Vostrali a cité le cas de Ternalix, fabricant de cellules de "
        "batteries qui a levé 250 millions d'euros en 2024.",
        [("fundraising", "Ternalix", "250 millions d'euros")],
    ),
    (
        "les-deputes-vote-for-their-assembly",
        "L'Assemblée de Vostralie a siégé mardi. Les députés ont octroyé, sans opposition, un "
        "prêt sans intérêt de CHF 5 millions à Ternalix SA.",
        [("investment", "Assemblée de Vostralie", "CHF 5 millions")],
    ),
    (
        "a-reference-lists-entry-cites-a-headline-and-announces-nothing",
        "Ternalix conçoit des puces depuis 2019.\n\nRéférences\n\n↑ « Ternalix lève 48 millions "
        "d'euros pour accélérer », Puces Hebdo, 8 juin 2021.",
        [],
    ),
    (
        "a-pronoun-goes-back-to-a-subject-written-as-a-description",
        "La Région Normandie a présenté son budget mardi.\n\nLundi, la direction de la fonderie "
        "Vostrac a rejeté l'offre de reprise du fonds allemand Ternalix Industrie.\n\nLa région "
        "n'a pas attendu. Elle a accordé l'an dernier 8 millions d'euros d'aide à la fonderie "
        "Vostrac.",
        [
            ("acquisition", "Ternalix Industrie", None),
            ("investment", "Région Normandie", "8 millions d'euros"),
        ],
    ),
    (
        "a-grant-obtained-de-x-is-xs-investment",
        "La start-up Vostrac a obtenu une subvention de 38 millions d'euros de l'Union européenne.",
        [("investment", "Union européenne", "38 millions d'euros")],
    ),
    (
        "a-loan-obtained-stays-the-borrowers-raise",
        "La start-up Vostrac a obtenu un prêt de 20 millions d'euros de la Banque des Territoires.",
        [("fundraising", "Vostrac", "20 millions d'euros")],
    ),
    (
        "a-grant-de-x-before-its-sum-is-xs-investment",
        "La start-up Vostrac a reçu une aide du Département du Montrevel de 2 millions d'euros.",
        [("investment", "Département du Montrevel", "2 millions d'euros")],
    ),
    (
        "les-deux-gouvernements-are-the-two-states-named",
        "La France et l'Indonésie célèbrent soixante-quinze ans de relations. Les deux "
        "gouvernements ont signé un accord intergouvernemental relatif à la coopération en "
        "matière de défense.",
        [("declaration", "France", None)],
    ),
    (
        "les-deux-pays-are-both-states-not-the-last",
        "La France et l'Indonésie célèbrent soixante-quinze ans de relations. Les deux pays ont "
        "signé un accord intergouvernemental relatif à la coopération en matière de défense.",
        [("declaration", "France", None)],
    ),
    (
        "chacune-gives-each-party-the-sum",
        "Ce fonds sera géré par Bpifrance et la Banque des Territoires, qui y apporteront chacune "
        "300 millions d'euros sur leurs fonds propres.",
        [
            ("investment", "Bpifrance", "300 millions d'euros"),
            ("investment", "Banque des Territoires", "300 millions d'euros"),
        ],
    ),
    (
        "launching-a-named-vehicle-is-the-money-put-in-it-no-product",
        "Le groupe industriel Vallorge lance Vallorge Impact, un véhicule de corporate venture "
        "doté de 50 M€ pour investir dans des start-up.",
        [("investment", "Vallorge", "50 M€")],
    ),
    (
        "launching-le-fonds-x-is-no-product",
        "Bpifrance lancera d'ici la fin de l'année le Fonds Métaux Souverains, doté de 500 M€.",
        [("investment", "Bpifrance", "500 M€")],
    ),
    (
        "a-lance-after-a-quotation-reports-it",
        "« RESILIA n'est pas un chèque en blanc, c'est une assurance-vie pour nos usines », a "
        "lancé la rapporteure, l'Allemande Claire Ostralme.",
        [],
    ),
    (
        "a-main-verb-after-a-quoted-name-still-pledges",
        "Doté de 3,5 milliards d'euros, ce fonds de fonds, baptisé « Horizon Vostral », "
        "investira aux côtés d'investisseurs privés.",
        [("investment", "Horizon Vostral", "3,5 milliards d'euros")],
    ),
    (
        "buying-land-is-an-investment",
        "L'opérateur Vostrac a acquis, via sa filiale foncière Vostrac Land, un terrain de 38 "
        "hectares à Fos-sur-Mer pour 62 millions d'euros.",
        [("investment", "Vostrac", "62 millions d'euros")],
    ),
    (
        "buying-a-site-and-its-staff-stays-an-acquisition",
        "Le groupe Ternalix rachète le site de Vierzon et ses 287 salariés pour 4,2 millions "
        "d'euros.",
        [("acquisition", "Ternalix", "4,2 millions d'euros")],
    ),
    (
        "sums-a-budget-is-repartie-en-are-its-parts",
        "Le conseil municipal de la commune de Montrevel décide d'ouvrir une autorisation de "
        "programme de 4 850 000 € pour la réhabilitation du centre aquatique, répartie en crédits "
        "de paiement : 650 000 € en 2026, 2 700 000 € en 2027 et 1 500 000 € en 2028.",
        [("investment", "Montrevel", "4 850 000 €")],
    ),
    (
        "a-sum-the-round-values-the-company-at-is-no-pledge",
        "L'opération a été menée par le fonds néerlandais Ternalix Partners, avec la "
        "participation de business angels, et valorise la jeune entreprise à quelque 30 millions "
        "d'euros.",
        [],
    ),
    (
        "a-law-that-provides-a-sum-commits-the-state-that-passed-it",
        "Les États-Unis ont promulgué en août 2022 le Vostrac Resilience Act, qui prévoit "
        "52,7 milliards de dollars pour les semi-conducteurs.",
        [("investment", "États-Unis", "52,7 milliards de dollars")],
    ),
    (
        "a-plan-adopted-by-an-authority-commits-the-authority",
        "À l'échelle européenne, Ostralme Avenir, adopté par l'Union européenne en juillet "
        "2020, mobilise 750 milliards d'euros.",
        [("investment", "Union européenne", "750 milliards d'euros")],
    ),
    (
        "outre-rhin-is-an-adverb-of-place-not-an-actor",
        "Outre-Atlantique, les États-Unis investiront 30 milliards de dollars dans les puces.",
        [("investment", "États-Unis", "30 milliards de dollars")],
    ),
    (
        "a-business-sold-to-a-named-buyer-is-the-buyers-acquisition",
        "Vellorin a vendu son activité de logistique à Quarzemia pour 20 millions d'euros.",
        [("acquisition", "Quarzemia", "20 millions d'euros")],
    ),
    (
        "a-fonds-de-commerce-sold-is-no-fund-and-its-price-is-the-deals",
        "La société Vellorin a cédé à la société Quarzemia un fonds de commerce de boulangerie "
        "moyennant le prix de 285 000 euros.",
        [("acquisition", "Quarzemia", "285 000 euros")],
    ),
    (
        "rights-conceded-to-a-company-described-as-a-societe-are-no-business-sold",
        "En juin, Vellorin a par ailleurs concédé à Quarzemia, société basée à Boston, les "
        "droits nord-américains de son test compagnon.",
        [],
    ),
    (
        "confier-a-task-to-a-contractor-is-a-contract",
        "L'agglomération de Montrevel a confié la conception-réalisation au groupement emmené "
        "par Ternalix, pour un marché de 27 millions d'euros.",
        [("partnership", "Montrevel", "27 millions d'euros")],
    ),
    (
        "a-contract-awarded-in-the-passive-is-the-agents-not-the-contractors",
        "Le ministère de la Santé lance Vostrac.\nSon déploiement a été confié par le ministère "
        "à l'éditeur lyonnais Ternalix, pour un marché de 14,7 millions d'euros.",
        [("partnership", "ministère de la Santé", "14,7 millions d'euros")],
    ),
    (
        "a-stake-below-half-sold-to-a-fund-is-the-funds-investment",
        "Le groupe Vostrac a présenté ses résultats.\nLe groupe a également signé en juillet la "
        "cession de 49 % de sa filiale de réseaux de chaleur au fonds Ternalix Partners pour "
        "quelque 900 millions d'euros.",
        [("investment", "Ternalix Partners", "quelque 900 millions d'euros")],
    ),
    (
        "a-subsidiary-whose-sale-is-announced-is-the-buyers-acquisition",
        "Vostrac a annoncé la cession de sa filiale Ostralme au groupe Ternalix pour 120 millions "
        "d'euros.",
        [("acquisition", "Ternalix", "120 millions d'euros")],
    ),
    (
        "a-fund-a-subsidiary-is-sold-to-is-its-buyer-not-a-pledge",
        "Vellorin a cédé sa filiale Ostralme au fonds Quarzemia pour 20 millions d'euros.",
        [("acquisition", "Quarzemia", "20 millions d'euros")],
    ),
    (
        "a-part-the-future-passive-gives-to-an-agent-is-the-agents",
        "Vostrac prévoit une augmentation de capital de 400 millions d'euros en 2026, dont "
        "environ 215 millions d'euros seront souscrits par la Compagnie Financière Ternalix.",
        [
            ("fundraising", "Vostrac", "400 millions d'euros"),
            ("investment", "Compagnie Financière Ternalix", "environ 215 millions d'euros"),
        ],
    ),
    (
        "a-cost-taken-on-by-an-authority-is-its-investment",
        "Le coût de ce parcours, soit 380 000 euros, sera pris en charge par la Région Occitanie.",
        [("investment", "Région Occitanie", "380 000 euros")],
    ),
    (
        "prise-en-charge-of-patients-is-no-pledge",
        "L'hôpital améliore la prise en charge des patients avec un robot de 2 millions d'euros.",
        [],
    ),
    (
        "a-present-tense-launch-the-tagger-read-as-a-participle",
        "La fintech Ostralme lance de son côté « Tanga Plus », un crédit adossé aux stocks des "
        "coopératives, distribué en partenariat avec Vellorin Microfinance.",
        [("launch", "Ostralme", None)],
    ),
    (
        "a-launch-verb-after-a-relative-clause-and-a-comma-with-an-object-is-no-report",
        "La jeune pousse Ternalix, qui revendique deux millions d'utilisateurs, lancera en février "
        "2026 une carte prépayée baptisée Vostrac Card.",
        [("launch", "Ternalix", None)],
    ),
    (
        "a-described-subject-stops-at-the-verb-the-parser-hung-on-it",
        "Dans l'hydrogène, c'est Vellorin, fabricant d'électrolyseurs né à Grenoble : 38 millions "
        "d'euros lui ont été accordés en juillet par l'État. L'entreprise compte investir 210 "
        "millions d'euros au total sur le site, et elle a signé dans la foulée avec le "
        "sidérurgiste Aciéries Quarzemia un contrat de fourniture d'électrolyseurs.",
        [
            ("investment", "État", "38 millions d'euros"),
            ("investment", "Vellorin", "210 millions d'euros"),
            ("partnership", "Vellorin", None),
        ],
    ),
    (
        "a-bare-sum-received-from-a-named-giver-is-the-givers",
        "Ternalix, lauréate du prix, reçoit 10 000 euros de la Banque Vostrac.",
        [("investment", "Banque Vostrac", "10 000 euros")],
    ),
    (
        "a-l-initiative-de-names-an-organiser-not-an-initiative",
        "Les Rencontres du numérique de confiance se tiennent jeudi à Bordeaux, à l'initiative "
        "de l'association Ternalix.",
        [("event", "Rencontres du numérique de confiance", None)],
    ),
    (
        "on-in-a-speakers-turn-is-the-speakers-organisation",
        "Notre invitée : Jeanne Vellorin, présidente d'Ostralme.\nPAUL MARTIN : Le fonds Vostrac "
        "Capital est entré au capital ?\nJEANNE VELLORIN : Oui, Vostrac Capital nous accompagne."
        "\nPAUL MARTIN : Et le reste, c'est de la dette ?\nJEANNE VELLORIN : Voilà. On a signé "
        "vendredi un prêt de 90 millions d'euros auprès de la Banque Ternalix.",
        [("fundraising", "Ostralme", "90 millions d'euros")],
    ),
    (
        "on-in-a-quotation-is-the-speakers-organisation",
        "Le fonds Vostrac soutient Ostralme. « On investira 4 millions d'euros à Metz l'an "
        "prochain », a indiqué Jeanne Vellorin, présidente d'Ostralme.",
        [("investment", "Ostralme", "4 millions d'euros")],
    ),
    (
        "on-outside-speech-is-anyone",
        "On apprend que le fonds Vostrac investira 4 millions d'euros à Metz.",
        [("investment", "Vostrac", "4 millions d'euros")],
    ),
    (
        "a-sentence-rooted-on-its-opening-name-keeps-it-for-subject",
        "Le gérant Ternalix Ventures a annoncé le closing final de son fonds à 210 millions "
        "d'euros. Banque Vostrac, qui conserve déjà une partie des réserves de l'Ostralme, "
        "muscle elle aussi son offre. L'établissement va investir 25 millions d'euros sur trois "
        "ans.",
        [
            ("fundraising", "Ternalix Ventures", "210 millions d'euros"),
            ("investment", "Banque Vostrac", "25 millions d'euros"),
        ],
    ),
    (
        "l-etablissement-may-stand-for-a-bank",
        "Le gérant Ternalix Ventures a annoncé le closing final de son fonds à 210 millions "
        "d'euros. La Banque Vostrac a publié ses résultats. L'établissement a racheté la fintech "
        "Ostralme pour un montant non communiqué.",
        [
            ("fundraising", "Ternalix Ventures", "210 millions d'euros"),
            ("acquisition", "Banque Vostrac", None),
        ],
    ),
    (
        "a-plan-launched-by-an-agent-is-the-agents",
        "Le rapport dresse un bilan sévère. Ternalix 2030, le plan d'investissement de 54 "
        "milliards d'euros lancé par le ministère de l'Industrie en octobre 2021, en constitue "
        "la pièce maîtresse.",
        [("investment", "ministère de l'Industrie", "54 milliards d'euros")],
    ),
    (
        "a-named-fund-launched-by-others-stays-its-own",
        "Le ministre a présenté « Ostral Garantie », un fonds de 200 millions d'euros lancé par "
        "le ministère de l'Agriculture et Bpifrance.",
        [("investment", "Ostral Garantie", "200 millions d'euros")],
    ),
    (
        "a-fund-managed-by-a-manager-is-not-the-managers-plan",
        "Le fonds Vostrac Croissance, un fonds de 300 millions d'euros géré par Ternalix "
        "Gestion, a pris 20 % du capital de la société.",
        [("investment", "Vostrac Croissance", "300 millions d'euros")],
    ),
    (
        "autoriser-x-a-makes-x-do-the-infinitives-pledge",
        "Le 14 mai, la Commission européenne a autorisé la Vostralie à mettre en place un régime "
        "d'aides de 3 milliards d'euros en faveur de l'industrie.",
        [("investment", "Vostralie", "3 milliards d'euros")],
    ),
    (
        "decider-de-leaves-the-subject-doing-the-infinitive",
        "Ternalix a décidé d'investir 40 millions d'euros dans une usine à Lyon.",
        [("investment", "Ternalix", "40 millions d'euros")],
    ),
    (
        "a-takeover-for-un-euro-is-priced",
        "La fonderie Vostrac a été reprise en 2024 pour un euro par Ternalix Industries.",
        [("acquisition", "Ternalix Industries", "un euro")],
    ),
    (
        "a-price-per-share-after-pour-stays-no-pledge-amount",
        "Ternalix a acquis 5 % du capital de Vostrac pour 43 euros par action.",
        [("investment", "Ternalix", None)],
    ),
    (
        "a-bare-governing-body-belongs-to-the-organisation-last-written-with-it",
        "Jeudi, la direction de Ternalix a présenté son plan. Notre actionnaire, le groupe "
        "Vostrac Holding, investira 48 millions d'euros à Blangy. La direction met 4,2 millions "
        "d'euros sur la table pour accompagner les départs.",
        [
            ("investment", "Vostrac Holding", "48 millions d'euros"),
            ("investment", "Ternalix", "4,2 millions d'euros"),
        ],
    ),
    (
        "a-bare-governing-body-never-written-with-a-name-is-the-subjects",
        "Le groupe Vostrac Holding investira 48 millions d'euros à Blangy. La direction met 4,2 "
        "millions d'euros sur la table pour accompagner les départs.",
        [
            ("investment", "Vostrac Holding", "48 millions d'euros"),
            ("investment", "Vostrac Holding", "4,2 millions d'euros"),
        ],
    ),
    (
        "a-name-opening-on-the-noun-the-text-takes-up-is-a-business-not-a-person",
        "Reprise en 2019 par Jeanne Roy, la Conserverie Ternalix emploie 23 personnes. La "
        "conserverie investira 1,2 million d'euros d'ici fin 2026.",
        [("investment", "Conserverie Ternalix", "1,2 million d'euros")],
    ),
    (
        "ce-programme-de-the-same-sum-recalls-it-and-pledges-nothing-new",
        "Vostrac investira 1,2 million d'euros d'ici fin 2026. Pour boucler ce programme de 1,2 "
        "million d'euros, Vostrac a obtenu un prêt de 500 000 € auprès de la Banque Ostralme.",
        [
            ("investment", "Vostrac", "1,2 million d'euros"),
            ("fundraising", "Vostrac", "500 000 €"),
        ],
    ),
    (
        "a-gapped-second-giver-keeps-its-sum-past-an-adjective",
        "Bpifrance accorde à Ternalix un prêt Deeptech de 1,5 million d'euros et la Région "
        "Bretagne une avance remboursable de 600 000 euros.",
        [
            ("investment", "Bpifrance", "1,5 million d'euros"),
            ("investment", "Région Bretagne", "600 000 euros"),
        ],
    ),
    (
        "a-pictograph-after-the-final-punctuation-makes-no-heading",
        "Le groupe Ternalix recrute.\n\nC'est officiel : Ternalix vient de boucler une série A "
        "de 14 millions d'euros ! 🍏\n\nJe l'écris encore.",
        [("fundraising", "Ternalix", "14 millions d'euros")],
    ),
    (
        "a-pictograph-the-parser-made-a-subject-is-no-subject",
        "Le groupe Ternalix recrute.\n\n🚀 Nous venons de boucler pour Ternalix une série A de 14 "
        "millions d'euros.",
        [("fundraising", "Ternalix", "14 millions d'euros")],
    ),
    (
        "dividends-paid-are-a-payout-not-a-pledge",
        "Le groupe Ternalix a versé 48 millions d'euros de dividendes à ses actionnaires.",
        [],
    ),
    (
        "a-union-calling-to-a-rally-on-a-date-holds-an-event",
        "La CGT appelle les salariés et la population à un rassemblement jeudi 16 octobre à 11 "
        "heures devant la sous-préfecture de Brives-sur-Ostre.",
        [("event", "CGT", None)],
    ),
    (
        "a-platform-organising-a-webinar-on-a-date-holds-an-event",
        "Ternalix organise un webinaire avec Jeanne Roy le jeudi 30 octobre à 18 h 30.",
        [("event", "Ternalix", None)],
    ),
    (
        "a-ministry-organising-a-round-table-holds-an-event",
        "Le ministère de l'Économie organisera une seconde table ronde en février 2026.",
        [("event", "ministère de l'Économie", None)],
    ),
    (
        "a-party-whose-name-opens-on-a-gathering-word-holds-no-event",
        "« On distribue 2,4 millions à une société qui a supprimé 40 postes l'an dernier », a "
        "dénoncé Jean Roy, président du groupe Rassemblement pour Vostralie.",
        [],
    ),
    (
        "a-digest-items-label-before-its-colon-raises-the-round",
        "1. Ternalix (batteries sodium-ion, Grenoble) : 210 millions d'euros levés en série C, "
        "un tour mené par Vostrac Capital.",
        [("fundraising", "Ternalix", "210 millions d'euros")],
    ),
    (
        "a-verbless-digest-item-gives-its-round-to-its-label",
        "Fintech — Ternalix (paiement fractionné B2B, Paris) : 18 M€ en série A, mené par "
        "Vostrac Partners.",
        [("fundraising", "Ternalix", "18 M€")],
    ),
    (
        "a-bulleted-digest-items-label-raises-its-round",
        "Les levées de la semaine\n\n• Quarzemia (Grenoble, calcul photonique) : 68 millions "
        "d'euros en série B, menée par le fonds Vostrac Partners.",
        [("fundraising", "Quarzemia", "68 millions d'euros")],
    ),
    (
        "a-digest-items-bare-sum-pledges-like-the-item-before",
        "Le baromètre des levées\n\n1. Ternalix (batteries, Grenoble) : 210 millions d'euros "
        "levés en série C, un tour mené par Vostrac Capital.\n2. Quarzemia (biotech, Lyon) : "
        "145 millions d'euros, auprès de fonds européens.",
        [
            ("fundraising", "Ternalix", "210 millions d'euros"),
            ("fundraising", "Quarzemia", "145 millions d'euros"),
        ],
    ),
    (
        "a-heading-before-a-colon-labels-no-company",
        "Le point sur Ternalix : 18 M€ levés en série A.",
        [],
    ),
    (
        "a-briefs-place-in-bold-before-a-dash-is-its-rubric-not-its-actor",
        "**Montrevel** — La jeune pousse montrevelloise Ternalix, qui conçoit de petites "
        "éoliennes, a bouclé une levée de fonds de 2,4 millions d'euros.",
        [("fundraising", "Ternalix", "2,4 millions d'euros")],
    ),
    (
        "a-framework-contracts-value-between-two-sums-is-its-amount",
        "Ternalix a signé en octobre avec l'énergéticien néerlandais Vostrac Energie un "
        "contrat-cadre de dix ans, d'une valeur comprise entre 1,8 et 2,1 milliards d'euros.",
        [("partnership", "Ternalix", "entre 1,8 et 2,1 milliards d'euros")],
    ),
    (
        "a-research-agreements-value-is-its-amount",
        "Ternalix et l'Université de Montrevel ont également signé une entente de recherche de "
        "cinq ans, d'une valeur de 3,2 millions de dollars.",
        [("partnership", "Ternalix", "3,2 millions de dollars")],
    ),
    (
        "an-infinitive-subject-speaks-of-anyone-and-pledges-nothing",
        "Ternalix lève 2 millions d'euros. Investir dans une PME comporte un risque de perte "
        "totale ou partielle du capital investi.",
        [("fundraising", "Ternalix", "2 millions d'euros")],
    ),
    (
        "an-infinitive-opening-a-list-item-still-pledges",
        "Ternalix présente ses objectifs :\n- Investir 50 millions d'euros d'ici 2027 ;\n- "
        "Recruter 200 personnes.",
        [("investment", "Ternalix", "50 millions d'euros")],
    ),
    (
        "a-shares-giver-described-then-named-after-a-comma",
        "Ternalix procède à une augmentation de capital de 25 millions d'euros, dont 18 "
        "millions apportés par Vostrac Capital et 7 millions par son président et actionnaire "
        "historique, Jean Roy.",
        [
            ("fundraising", "Ternalix", "25 millions d'euros"),
            ("investment", "Vostrac Capital", "18 millions"),
            ("investment", "Jean Roy", "7 millions"),
        ],
    ),
    (
        "la-ville-in-a-towns-minutes-is-the-town",
        "VILLE DE MONTREVEL\nProcès-verbal du conseil municipal de la ville de Montrevel\n\nLa "
        "Ville accorde sa garantie à hauteur de 50 %, soit 1 810 000 €, pour toute la durée du "
        "prêt.",
        [("investment", "Montrevel", "1 810 000 €")],
    ),
    (
        "a-bare-conseil-in-a-town-councils-minutes-is-the-town",
        "VILLE DE MONTREVEL\nProcès-verbal du conseil municipal de la ville de Montrevel\n\nLa "
        "banque Caisse Ostralme prête 2 millions d'euros à l'association Vostrac. Le conseil ouvre "
        "une autorisation de programme de 5,2 millions d'euros pour le nouveau groupe scolaire.",
        [
            ("investment", "Caisse Ostralme", "2 millions d'euros"),
            ("investment", "Montrevel", "5,2 millions d'euros"),
        ],
    ),
    (
        "a-bare-conseil-beside-a-company-board-stays-the-boards",
        "La région Bretagne soutient Ternalix. Le conseil d'administration de Ternalix s'est réuni "
        "hier. Le conseil ouvre une enveloppe de 5,2 millions d'euros pour son usine.",
        [("investment", "Ternalix", "5,2 millions d'euros")],
    ),
    (
        "a-gapped-giver-keeps-its-sum-past-a-lower-case-title",
        "La région Bretagne apporte 1,2 million d'euros à la course, Brest métropole "
        "600 000 euros et la Caisse Ostralme 450 000 euros.",
        [
            ("investment", "Bretagne", "1,2 million d'euros"),
            ("investment", "Brest", "600 000 euros"),
            ("investment", "Caisse Ostralme", "450 000 euros"),
        ],
    ),
    (
        "the-organiser-is-who-organises-not-the-last-sponsor",
        "Ternalix a prolongé son contrat avec Vostrac Events, la société brestoise qui "
        "organise la course. La région Bretagne apporte 1 million d'euros. L'organisateur "
        "investira en outre 900 000 euros dans un village.",
        [
            ("partnership", "Ternalix", None),
            ("investment", "Bretagne", "1 million d'euros"),
            ("investment", "Vostrac Events", "900 000 euros"),
        ],
    ),
    (
        "the-project-owner-is-whom-the-project-is-carried-by",
        "Le projet est porté par Quarzemia Semiconducteurs, filiale du groupe Ostralme. "
        "La commune de Moirans cède le terrain. Le maître d'ouvrage chiffre "
        "l'investissement à 2,4 milliards d'euros.",
        [("investment", "Quarzemia Semiconducteurs", "2,4 milliards d'euros")],
    ),
    (
        "a-contract-awarded-in-the-passive-is-the-earlier-partys",
        "Ternalix Métropole lance son tramway. Le marché des rames a été attribué en "
        "septembre à Vostrac Mobilité pour 79 millions d'euros.",
        [("partnership", "Ternalix Métropole", "79 millions d'euros")],
    ),
    (
        "works-entrusted-in-the-passive-are-the-builders-contract",
        "Le groupe Ternalix construit une usine. Le génie civil sera confié à l'entreprise "
        "Vostrac pour 7 millions d'euros.",
        [("partnership", "Ternalix", "7 millions d'euros")],
    ),
    (
        "a-donation-approved-by-a-development-bank-is-its-investment",
        "La Banque mondiale a approuvé un don de 30 millions de dollars en faveur du Niger.",
        [("investment", "Banque mondiale", "30 millions de dollars")],
    ),
    (
        "a-confirmed-contribution-is-an-investment",
        "La Caisse Ostralme a confirmé une contribution de 12 millions d'euros.",
        [("investment", "Caisse Ostralme", "12 millions d'euros")],
    ),
    (
        "a-bullet-the-tagger-calls-a-noun-does-not-hide-the-raiser",
        "• Rillon Data lève 4,5 millions d'euros. La start-up a bouclé un tour de table.",
        [("fundraising", "Rillon Data", "4,5 millions d'euros")],
    ),
    (
        "the-lower-case-community-of-towns-is-the-one-named-before",
        "Ternalix a signé avec la Région Grand Est et la communauté de communes "
        "Vostrac-Ternay un protocole « Territoire d'accueil ». La communauté de "
        "communes consacrera 2,4 millions d'euros à la voie d'accès.",
        [
            ("partnership", "Ternalix", None),
            ("investment", "communauté de communes Vostrac-Ternay", "2,4 millions d'euros"),
        ],
    ),
    (
        "a-name-set-off-before-a-hauteur-de-gives-that-share",
        "Le plan de financement associe la Région Normandie, à hauteur de 4 millions d'euros, "
        "et le Département de l'Eure, qui apportera 2,5 millions.",
        [
            ("investment", "Région Normandie", "4 millions d'euros"),
            ("investment", "Département de l'Eure", "2,5 millions"),
        ],
    ),
    (
        "a-name-governed-by-de-before-a-hauteur-de-gives-nothing",
        "L'État accompagne le projet de Ternalix, à hauteur de 5 millions d'euros.",
        [("investment", "État", "5 millions d'euros")],
    ),
    (
        "a-fund-described-as-created-by-two-parties-is-their-initiative",
        "Le fonds Vostrac Croissance, créé en 2023 par Ternalix et la Caisse Ostralme, est "
        "doté de 12 millions d'euros.",
        [("initiative", "Vostrac Croissance", "12 millions d'euros")],
    ),
    (
        "a-fronted-founding-participle-describes-the-fund-after-the-comma",
        "Créé en 2023 par Ternalix et la Caisse Ostralme, le fonds Vostrac Croissance, doté de "
        "12 millions d'euros, couvre jusqu'à 70 % des prêts.",
        [("initiative", "Vostrac Croissance", "12 millions d'euros")],
    ),
    (
        "the-creation-of-a-fund-hailed-by-two-states-is-the-funds-initiative",
        "La France et l'Indonésie saluent la création du Fonds franco-indonésien pour "
        "l'énergie, doté de 600 millions d'euros.",
        [("initiative", "Fonds franco-indonésien pour l'énergie", "600 millions d'euros")],
    ),
    (
        "a-state-launching-a-plan-is-no-fund-founded-together",
        "En octobre 2021, l'État lance France 2030, un plan doté de 54 milliards d'euros.",
        [("investment", "État", "54 milliards d'euros")],
    ),
    (
        "a-grant-received-from-a-giver-named-before-it-is-the-givers",
        "Le fabricant Ternalix a reçu de l'État une aide de 290 millions d'euros pour agrandir "
        "son usine.",
        [("investment", "État", "290 millions d'euros")],
    ),
    (
        "the-agent-between-a-participle-and-its-sum-gives-it",
        "Doté par l'État de 54 milliards d'euros à engager d'ici 2030, le programme devait "
        "rattraper le retard.",
        [("investment", "État", "54 milliards d'euros")],
    ),
    (
        "passing-under-the-control-of-a-group-makes-the-group-the-buyer",
        "Le spécialiste bordelais de la paie en ligne Vostrac passe sous le contrôle de "
        "Ternalix Groupe.",
        [("acquisition", "Ternalix Groupe", None)],
    ),
    (
        "an-accord-asked-as-a-consent-is-no-agreement",
        "Le conseil rend un avis favorable sur ce programme, sous réserve de l'accord de la "
        "Caisse Ostralme, qui apporterait 40 millions d'euros au groupement.",
        [("investment", "Caisse Ostralme", "40 millions d'euros")],
    ),
    (
        "the-letter-the-reader-subscribes-to-is-no-protagonist",
        "Ternalix Hebdo\nLa newsletter des start-up · n° 231\nVous recevez cet e-mail car vous "
        "êtes abonné(e) à Ternalix Hebdo.\n\nVostrac Robotics cueille 42 M€\n\nIl y a trois "
        "ans, Vostrac Robotics tenait dans un hangar. Elle lève 42 millions d'euros.\n\n"
        "L'argent servira d'abord à ouvrir une usine d'assemblage. La start-up lancera aussi en "
        "mars son troisième robot.",
        [
            ("fundraising", "Vostrac Robotics", "42 millions d'euros"),
            ("launch", "Vostrac Robotics", None),
        ],
    ),
    (
        "a-clitic-object-before-a-future-verb-read-as-a-noun-keeps-the-pledge",
        "La Fondation Ternalix le financera à hauteur de 1,2 million d'euros sur trois ans.",
        [("investment", "Fondation Ternalix", "1,2 million d'euros")],
    ),
    (
        "a-relative-clause-with-no-relative-word-is-the-main-verb-of-the-opening-subject",
        "Le Togo, qui détiendra 20 % du capital de Vostrac à travers sa holding publique, la "
        "Société togolaise de participations, y injectera pour sa part 12 milliards de FCFA.",
        [("investment", "Togo", "12 milliards de FCFA")],
    ),
    (
        "a-clause-after-a-colon-keeps-its-own-subject",
        "La start-up Vostrac bénéficie aussi du soutien public : Bpifrance lui accorde une aide "
        "de 2,3 M€ au titre de France 2030.",
        [("investment", "Bpifrance", "2,3 M€")],
    ),
    (
        "the-raise-of-its-own-fund-is-the-managers-raise",
        "Vostrac Partners a annoncé la levée de son nouveau fonds Vostrac Croissance III, doté "
        "de 340 millions d'euros.",
        [("fundraising", "Vostrac Partners", "340 millions d'euros")],
    ),
    (
        "recueillir-from-members-is-a-raise-whatever-it-pays-for",
        "La coopérative Vostrac a recueilli près de 400 000 $ auprès de ses 62 membres pour se "
        "doter d'un entrepôt frigorifique.",
        [("fundraising", "Vostrac", "près de 400 000 $")],
    ),
    (
        "a-capitalised-name-is-no-verb-even-when-spelt-like-one",
        "La presse rapporte que le groupe Vostrac envisagerait d'investir jusqu'à 5 milliards "
        "d'euros dans des centres de données dans l'Allier.",
        [("investment", "Vostrac", "jusqu'à 5 milliards d'euros")],
    ),
    (
        "a-known-agreement-after-au-titre-de-frames-the-pledge-and-is-no-news",
        "La Région Ternalie a, pour sa part, versé 2 millions d'euros à l'agglomération au titre "
        "de son contrat de territoire.",
        [("investment", "Région Ternalie", "2 millions d'euros")],
    ),
    (
        "dans-le-cadre-d-un-accord-avec-tells-a-new-agreement",
        "Vostrac s'est engagé à acheter une part de la production dans le cadre d'un accord "
        "d'approvisionnement avec Ternalix Électronique.",
        [("partnership", "Vostrac", None)],
    ),
    (
        "a-raise-told-as-the-subject-with-no-agent-is-the-company-spoken-of",
        "La start-up Vostrac a levé 300 millions de dollars en série A. Une nouvelle levée de 500 "
        "millions de dollars est annoncée pour 2026.",
        [
            ("fundraising", "Vostrac", "300 millions de dollars"),
            ("fundraising", "Vostrac", "500 millions de dollars"),
        ],
    ),
    (
        "works-awarded-to-a-group-of-firms-are-a-contract-not-a-grant",
        "Les travaux ont été attribués par le ministère de l'Équipement au groupement formé par le "
        "chinois Vostrac Construction et le congolais Ternalix Travaux, pour 41 milliards de FCFA.",
        [("partnership", "ministère de l'Équipement", "41 milliards de FCFA")],
    ),
    (
        "le-departement-alone-is-the-council-named-in-full",
        "Accueil > Le Département > Séances\nLes élus du conseil départemental du Montrevel se sont "
        "réunis vendredi. Le Département apportera 2,5 millions d'euros au nouveau stade.",
        [("investment", "conseil départemental du Montrevel", "2,5 millions d'euros")],
    ),
    (
        "name-ends-before-the-a-of-the-verbs-recipient",
        "Le conseil départemental du Montrevel se réunit. Une subvention de 250 000 euros a été "
        "accordée par le Département au club de rugby de Vellorin.",
        [("investment", "conseil départemental du Montrevel", "250 000 euros")],
    ),
    (
        "the-assembly-of-a-named-council-is-that-council",
        "Le conseil départemental du Montrevel siégeait lundi. L'assemblée a voté une enveloppe "
        "de 18,5 millions d'euros pour l'entretien des routes.",
        [("investment", "conseil départemental du Montrevel", "18,5 millions d'euros")],
    ),
    (
        "financing-agreement-between-public-bodies-is-the-lenders-investment",
        "La Banque ouest-montrevelloise de développement (BOMD) a signé mardi avec le "
        "gouvernement tunisien une convention de financement de 18 millions d'euros destinée au "
        "port.",
        [("investment", "Banque ouest-montrevelloise de développement", "18 millions d'euros")],
    ),
    (
        "acronym-in-brackets-joins-a-name-cut-at-its-country",
        "Les Tanneries Fluviales de Côte d'Ivoire (TFCI) investiront 48 milliards de FCFA dans "
        "une usine à San Pedro.",
        [("investment", "Tanneries Fluviales de Côte d'Ivoire", "48 milliards de FCFA")],
    ),
    (
        "contract-value-at-the-end-of-a-long-noun-chain",
        "Le chocolatier breton Vostrac a signé avec Ternalix un contrat d'approvisionnement de "
        "trois ans portant sur 15 000 tonnes de fèves certifiées, d'une valeur estimée à près de "
        "95 millions d'euros.",
        [("partnership", "Vostrac", "près de 95 millions d'euros")],
    ),
    (
        "value-of-an-agreement-is-its-amount-not-a-valuation",
        "La maison de champagne Vostrac a signé avec le distributeur Ternalix un accord de "
        "distribution exclusive de trois ans au Japon, d'une valeur estimée à près de 12 millions "
        "d'euros.",
        [("partnership", "Vostrac", "près de 12 millions d'euros")],
    ),
    (
        "buying-a-named-estate-described-by-its-hectares-is-an-acquisition",
        "Le groupe champenois Vostrac envisagerait de racheter les Vignobles Ternalix, 85 hectares "
        "entre Pézenas et la mer, pour 20 à 25 millions d'euros.",
        [("acquisition", "Vostrac", "20 à 25 millions d'euros")],
    ),
    (
        "trade-name-opening-on-a-capital-article-keeps-its-complement",
        "Dans le Vaucluse, la coopérative Les Vignerons de Vostrac investit 6,5 millions d'euros "
        "dans un nouveau chai à Malaucène.",
        [("investment", "Vignerons de Vostrac", "6,5 millions d'euros")],
    ),
    (
        "pronoun-between-commas-takes-up-the-name-opening-the-clause",
        "La Fondation Ternalix a versé 450 000 euros l'an dernier. La métropole "
        "Vostrac-Montrevel, elle, a voté une enveloppe de 15 millions d'euros pour la zone.",
        [
            ("investment", "Fondation Ternalix", "450 000 euros"),
            ("investment", "Vostrac-Montrevel", "15 millions d'euros"),
        ],
    ),
    (
        "trade-acronym-inside-a-description-keeps-the-name-after-it",
        "La Fondation Ternalix a versé 450 000 euros l'an dernier. Le groupe de BTP Quarzemia a, "
        "lui, versé un don de 120 000 euros.",
        [
            ("investment", "Fondation Ternalix", "450 000 euros"),
            ("investment", "Quarzemia", "120 000 euros"),
        ],
    ),
    (
        "sum-received-past-an-incise-is-the-givers",
        "La chaire Vostrac reçoit, elle, 600 000 euros de la Fondation Ternalix.",
        [("investment", "Fondation Ternalix", "600 000 euros")],
    ),
    (
        "named-fund-financed-by-another-acts-itself",
        "Le fonds public Vostrac Deeptech, financé par France 2030, y a apporté 15 millions "
        "d'euros.",
        [("investment", "Vostrac Deeptech", "15 millions d'euros")],
    ),
    (
        "programme-piloted-by-an-agency-is-the-agencys",
        "Le programme Quarzemia, piloté par l'Agence Ternalix, est doté de 210 millions d'euros "
        "d'ici 2030.",
        [("investment", "Agence Ternalix", "210 millions d'euros")],
    ),
    (
        "passive-under-a-modal-is-pledged-by-its-agent",
        "L'usine pourrait être financée en partie par la Banque Ternalix de développement, qui a "
        "déjà engagé une étude.",
        [("investment", "Banque Ternalix de développement", None)],
    ),
    (
        "remettre-a-sum-is-an-investment",
        "Le fonds Vostrac Capital, notre investisseur historique, remet 2,5 millions d'euros au "
        "pot.",
        [("investment", "Vostrac Capital", "2,5 millions d'euros")],
    ),
    (
        "support-raised-to-a-sum-is-an-investment",
        "La Fondation Ternalix a porté son soutien à 450 000 euros l'an dernier, contre 300 000 "
        "euros en 2023.",
        [("investment", "Fondation Ternalix", "450 000 euros")],
    ),
    (
        "fund-closed-at-a-sum-hung-on-it-is-raised",
        "Vostrac Capital a bouclé à 400 millions d'euros son fonds consacré aux data centers, dont "
        "150 millions apportés par la Caisse Ternalix.",
        [
            ("fundraising", "Vostrac Capital", "400 millions d'euros"),
            ("investment", "Caisse Ternalix", "150 millions"),
        ],
    ),
    (
        "raising-of-its-fund-is-a-fundraising",
        "Le gérant Vostrac Partners a finalisé la levée de son fonds de capital-croissance "
        "Vostrac Croissance III à 340 millions de francs.",
        [("fundraising", "Vostrac Partners", "340 millions de francs")],
    ),
    (
        "money-pledged-by-its-own-verb-beside-a-partnership-is-an-investment",
        "Le groupe Vostrac a noué un partenariat de distribution avec la fintech Ternalix, et "
        "investira 12 millions d'euros dans son usine de Lyon.",
        [("investment", "Vostrac", "12 millions d'euros"), ("partnership", "Vostrac", None)],
    ),
    (
        "funds-in-general-as-a-bare-complement-are-no-pledge-word",
        "Brèves\n\nZorvane, jeune pousse qui tokenise des parts de fonds pour les distributeurs, "
        "a levé 14 millions d'euros en série A.",
        [("fundraising", "Zorvane", "14 millions d'euros")],
    ),
    (
        "sum-written-into-a-budget-is-an-investment",
        "La commune de Montrevel inscrit notamment 180 000 € supplémentaires au chapitre 23 pour "
        "la reprise de la charpente de la halle.",
        [("investment", "Montrevel", "180 000 €")],
    ),
    (
        "nous-of-a-blog-is-the-company-the-blog-is-named-after",
        "Blog Vostrac › Vie de l'entreprise\nNotre année en chiffres\n"
        "Par Jeanne Vellorin, présidente · 3 mars 2026\n\n"
        "Le fonds Ternalix Capital nous accompagne depuis 2021. Ternalix Capital a aussi "
        "soutenu Quarzemia. En juin, nous avons levé 4 millions d'euros auprès de Ternalix "
        "Capital.",
        [("fundraising", "Vostrac", "4 millions d'euros")],
    ),
    (
        "nous-of-a-municipal-page-is-the-town",
        "Accueil › Vie municipale › Le mot du maire\nUne année de chantiers\n\n"
        "Chers habitants,\n\nLe groupe Quarzemia agrandira son usine. Quarzemia recrute. "
        "La Ville de Montrevel a rénové la halle. En conseil municipal, nous avons voté une "
        "enveloppe de 1,9 million d'euros pour la rue du Port.",
        [
            ("investment", "Quarzemia", None),
            ("investment", "Montrevel", "1,9 million d'euros"),
        ],
    ),
    (
        "bare-board-taken-for-a-name-acts-for-the-organisation-it-governs",
        "Brèves\n\nLe Conseil d'administration de la Banque vostracienne de développement (BVD) "
        "a tenu jeudi sa 40e session. Le Conseil a par ailleurs donné son feu vert à un prêt de "
        "12 milliards de FCFA au profit de Ternalix Finance.",
        [("investment", "Banque vostracienne de développement", "12 milliards de FCFA")],
    ),
    (
        "seeking-a-sum-is-a-raise",
        "Brèves\n\nLa start-up Vostrac cherche 1,5 à 2 millions d'euros d'ici juin pour déployer "
        "ses capteurs dans 120 établissements.",
        [("fundraising", "Vostrac", "1,5 à 2 millions d'euros")],
    ),
    (
        "description-after-a-colon-is-the-subject-not-the-noun-before",
        "Brèves\n\nLe groupe Vostrac a présenté vendredi son plan d'investissement : le "
        "gestionnaire de réseau injectera 4,8 milliards d'euros dans ses infrastructures d'ici "
        "2030.",
        [("investment", "Vostrac", "4,8 milliards d'euros")],
    ),
    (
        "bare-ville-taken-for-a-name-is-the-town-of-the-municipal-page",
        "Vivre à Montrevel | Le magazine municipal de Montrevel | N° 87\n\nÉDITO\n\n"
        "Chers habitants,\n\nLa rentrée a été studieuse. La Ville a signé avec la société "
        "Vostrac une convention de 3,4 millions d'euros pour l'éclairage public.",
        [("partnership", "Montrevel", "3,4 millions d'euros")],
    ),
    (
        "nous-quoted-from-an-official-on-a-municipal-page-is-the-town",
        "Vivre à Montrevel | Le magazine municipal de Montrevel | N° 87\n\nÉDITO\n\n"
        "Chers habitants,\n\nLa Ville de Montrevel a rénové la halle. « Nous investirons "
        "4 millions d'euros dans l'éclairage des parcs d'ici 2027 », a précisé l'adjoint aux "
        "finances, Jean Vellorin.",
        [("investment", "Montrevel", "4 millions d'euros")],
    ),
    (
        "share-of-the-capital-of-a-described-company-is-a-stake",
        "Brèves\n\nLe groupe Vostrac a pris 15 % du capital de la start-up lilloise Ternalix "
        "pour 12 M€.",
        [("investment", "Vostrac", "12 M€")],
    ),
    (
        "giver-named-before-the-verb-of-an-object-relative",
        "Brèves\n\nLa start-up Vostrac rénove son usine grâce à un prêt de 80 millions d'euros "
        "que la Banque des Territoires lui a accordé.",
        [("investment", "Banque des Territoires", "80 millions d'euros")],
    ),
    (
        "giver-named-after-the-verb-of-an-object-relative",
        "La start-up Vostrac rénove son usine grâce à un prêt de 80 millions d'euros que lui a "
        "accordé la Banque des Territoires.",
        [("investment", "Banque des Territoires", "80 millions d'euros")],
    ),
    (
        "gapped-clause-keeps-a-three-word-description-of-its-actor",
        "Brèves\n\nLe fonds panafricain Vostrac Capital apporte 45 millions d'euros de fonds "
        "propres et le transitaire camerounais Ternalix Transit 15 millions.",
        [
            ("investment", "Vostrac Capital", "45 millions d'euros"),
            ("investment", "Ternalix Transit", "15 millions"),
        ],
    ),
    (
        "nous-quoted-from-a-partner-of-the-fund-is-the-fund-spoken-of",
        "Brèves\n\nLe fonds américain Vostrac Digital est présent en Europe depuis 2019. « Nous "
        "investirons 500 millions d'euros dans le réseau d'ici 2029 », a assuré Jean Vellorin, "
        "associé du fonds.",
        [("investment", "Vostrac Digital", "500 millions d'euros")],
    ),
    (
        "english-round-labels-and-closer-name-a-raise",
        "Brèves\n\nLa scale-up Vostrac AI a closé ce jeudi un Series C de 640 millions de dollars, "
        "mené par Ternalix Partners. Quarzemia Labs a annoncé un seed de 18 millions d'euros.",
        [
            ("fundraising", "Vostrac AI", "640 millions de dollars"),
            ("fundraising", "Quarzemia Labs", "18 millions d'euros"),
        ],
    ),
    (
        "la-commune-of-minutes-headed-by-the-town-in-capitals-is-that-town",
        "VILLE DE MONTREVEL\nCompte rendu sommaire de la séance du conseil municipal du 22 juin"
        "\n\n3. Emprunt\nLa commune contracte auprès de la Banque Vostrac un emprunt de "
        "2 400 000 € sur vingt ans.",
        [("fundraising", "Montrevel", "2 400 000 €")],
    ),
    (
        "reprendre-a-named-business-without-a-price-is-an-acquisition",
        "Brèves\n\nFonderie Zorvane reprend la fonderie d'aluminium Montrevel, à Vierzon, pour un "
        "montant non communiqué. Le marché de l'aluminium reprend des couleurs.",
        [("acquisition", "Fonderie Zorvane", None)],
    ),
    (
        "completing-someone-elses-round-is-the-funders-investment",
        "Brèves\n\nLa start-up Vostrac a levé 8 millions d'euros. La Banque Ternalix complète le "
        "tour de table avec 600 000 euros.",
        [
            ("fundraising", "Vostrac", "8 millions d'euros"),
            ("investment", "Banque Ternalix", "600 000 euros"),
        ],
    ),
    (
        "a-sum-put-on-the-table-to-take-control-is-the-takeovers-price",
        "Brèves\n\nLe groupe Vostrac met 230 millions de dollars sur la table, moitié en cash, "
        "moitié en actions, pour prendre le contrôle de son concurrent Ternalix.",
        [("acquisition", "Vostrac", "230 millions de dollars")],
    ),
    (
        "a-colon-opens-a-new-clause-whose-loan-is-a-pledge",
        "Brèves\n\nLe reste sera financé par la dette : la Banque Ternalix prêtera 150 millions "
        "de dollars.",
        [("investment", "Banque Ternalix", "150 millions de dollars")],
    ),
    (
        "a-financing-closed-on-a-day-is-a-raise",
        "Brèves\n\nCôté énergie, le producteur indépendant Vostrac Solaire SA a bouclé jeudi un "
        "financement de 42 milliards de francs CFA pour sa centrale de Ouagadougou.",
        [("fundraising", "Vostrac Solaire SA", "42 milliards de francs CFA")],
    ),
    (
        "a-second-lot-awarded-before-tax-is-a-contract-of-its-own",
        "VILLE DE MONTREVEL\nCompte rendu du conseil municipal\n\nLe conseil attribue le lot 1 "
        "(isolation) à l'entreprise Vostrac Bâtiment pour 1 126 400 € HT et le lot 2 (chauffage) "
        "à la société Ternalix Fluides pour 287 900 € HT.",
        [
            ("partnership", "Montrevel", "1 126 400 €"),
            ("partnership", "Montrevel", "287 900 €"),
        ],
    ),
    (
        "an-agentless-passive-in-an-organisations-own-report-is-the-organisations",
        "Banque de développement Ternalix-Vostrac | Rapport annuel 2025\nChapitre 3 – Nos "
        "engagements\n\nAu Niger, un prêt de 18,5 milliards de FCFA a été accordé pour "
        "l'électrification de 142 localités rurales.",
        [("investment", "Banque de développement Ternalix-Vostrac", "18,5 milliards de FCFA")],
    ),
    (
        "an-agentless-passive-on-a-news-page-names-no-one",
        "Économie | Entreprises\nLe fil de l'actualité\n\nAu Niger, un prêt de 18,5 milliards "
        "de FCFA a été accordé pour l'électrification de 142 localités rurales.",
        [],
    ),
    (
        "closing-a-bare-sum-is-a-raise",
        "Brèves\n\nLa start-up Vostrac a bouclé 800 000 euros auprès de business angels. La "
        "société Ternalix a bouclé son budget de 2 millions d'euros.",
        [
            ("fundraising", "Vostrac", "800 000 euros"),
            ("investment", "Ternalix", "2 millions d'euros"),
        ],
    ),
    (
        "announcing-a-sale-is-no-launch",
        "Brèves\n\nNous sommes fiers d'annoncer la cession de Quarzemia, notre logiciel de gestion "
        "des escales pour ports de plaisance, au groupe suisse Vostrac Holding.",
        [],
    ),
    (
        "sponsoring-for-a-sum-is-a-partnership",
        "Brèves\n\nLe fabricant Vostrac sponsorisera pour sa part le tournoi Ternalix Clash, "
        "moyennant plusieurs centaines de milliers d'euros.",
        [("partnership", "Vostrac", "plusieurs centaines de milliers d'euros")],
    ),
    (
        "a-contracts-yearly-sum-is-pledged-a-subscriptions-is-a-price",
        "Brèves\n\nLa start-up Vostrac a signé avec Ternalix Constructions un contrat-cadre de "
        "120 000 euros par an pour gérer son parc d'engins. Son abonnement coûte 120 euros par an.",
        [("partnership", "Vostrac", "120 000 euros")],
    ),
    (
        "a-mayors-interview-says-nous-for-the-town-not-for-the-paper",
        "La Gazette du Vellorin | Politique locale\n"
        "Aline Ternier : « Nous investirons 9 millions d'euros à Guéret l'an prochain »\n"
        "Propos recueillis par Paul Vidal | Publié le 6 novembre 2025\n\n"
        "Le conseil municipal se réunit ce jeudi soir. Avant la séance, la maire, Aline "
        "Ternier, a répondu à nos questions.\n\nOù iront ces investissements ?\n"
        "Nous engagerons 3,4 millions d'euros dans la rénovation du groupe scolaire.\n\n"
        "Photo La Gazette du Vellorin / P. V.",
        [("investment", "Guéret", "3,4 millions d'euros")],
    ),
    (
        "a-deliberations-subjectless-bullet-is-the-towns",
        "VILLE DE MONTREVEL\nExtrait du registre des délibérations du conseil municipal\n\n"
        "Délibération n° 2025-087 – Réhabilitation du centre aquatique du Vostrac\n"
        "Rapporteur : M. le Maire.\n"
        "Le conseil municipal, après en avoir délibéré, à l'unanimité :\n"
        "– décide d'ouvrir une autorisation de programme de 4 850 000 € pour la réhabilitation "
        "du centre aquatique du Vostrac ;\n– autorise le maire à signer les marchés.",
        [("investment", "Montrevel", "4 850 000 €")],
    ),
    (
        "notre-cooperative-is-the-pages-own-nous",
        "Coopérative Vostrac | L'Infolettre des membres\nNuméro 47 – novembre 2025\n\n"
        "Mot du président\nChers membres,\nSurtout, notre coopérative investira 38 M$ d'ici "
        "2028 pour moderniser ses installations.",
        [("investment", "Coopérative Vostrac", "38 M$")],
    ),
    (
        "the-subject-after-que-pledges-not-the-reporter-the-parser-piled-on-it",
        "Brèves\n\nLa coopérative Vostrac a tenu son assemblée mardi. Sa présidente, Line "
        "Ternier, a en outre annoncé que la coopérative verserait 450 000 $ sur trois ans au "
        "Fonds d'entraide agricole.",
        [("investment", "Vostrac", "450 000 $")],
    ),
    (
        "a-surety-for-a-loan-is-the-guarantors-investment",
        "Brèves\n\nLa Banque Ternalix prête 20 millions de francs à l'horlogerie Vostrac. Le "
        "Conseil d'État s'en porte caution à hauteur de 12 millions de francs.",
        [
            ("investment", "Banque Ternalix", "20 millions de francs"),
            ("investment", "Conseil d'État", "12 millions de francs"),
        ],
    ),
    (
        "a-guarantee-given-by-a-verb-is-the-guarantors-investment",
        "Brèves\n\nLa région Bretagne garantit à hauteur de 3 millions d'euros l'emprunt "
        "contracté par la société Vostrac. Le groupe Ternalix cautionne pour 2 millions d'euros "
        "le crédit de sa filiale.",
        [
            ("investment", "Bretagne", "3 millions d'euros"),
            ("investment", "Ternalix", "2 millions d'euros"),
        ],
    ),
    (
        "the-figure-after-et-non-is-corrected-not-pledged",
        "Brèves\n\nLa Région a voté jeudi une subvention de 3,8 millions d'euros à la start-up "
        "Vostrac, et non de 4 millions.",
        [("investment", "Région", "3,8 millions d'euros")],
    ),
    (
        "a-corrections-wrong-figure-pledges-nothing",
        "RECTIFICATIF - Dans une précédente version de cette dépêche, nous indiquions par erreur "
        "que le fonds Vostrac apportait 180 millions d'euros au tour de table.",
        [],
    ),
    (
        "a-bond-placement-or-a-bridge-is-a-raise",
        "Brèves\n\nLe groupe Vostrac envisage un placement obligataire de 200 à 300 millions de "
        "francs suisses. La start-up Ternalix a obtenu un financement-relais de 6 millions "
        "d'euros.",
        [
            ("fundraising", "Vostrac", "200 à 300 millions de francs suisses"),
            ("fundraising", "Ternalix", "6 millions d'euros"),
        ],
    ),
    (
        "a-mandate-awarded-for-a-sum-is-a-contract",
        "Brèves\n\nLa caisse de retraite Vostrac a attribué à Ternalix Partners un mandat de "
        "gestion de 600 millions d'euros.",
        [("partnership", "Vostrac", "600 millions d'euros")],
    ),
    (
        "a-ticket-per-company-is-no-pledge",
        "Brèves\n\nLe fonds Vostrac Amorçage prendra des participations de 0,5 à 3 millions de "
        "francs par entreprise.",
        [],
    ),
    (
        "an-agreement-en-vue-dacquerir-is-the-takeover-not-a-partnership",
        "Brèves\n\nL'assureur Vostrac Assurances a signé un accord en vue d'acquérir le courtier "
        "belge Ternalix & Fils pour 210 millions d'euros.",
        [("acquisition", "Vostrac Assurances", "210 millions d'euros")],
    ),
    (
        "a-joint-ventures-shares-or-description-are-no-new-deal",
        "Brèves\n\nLa société Vostrac, qui détiendra 49 % de la coentreprise, y apportera pour sa "
        "part 255 millions d'euros. L'entreprise, une coentreprise du groupe Ternalix et du "
        "fonds Quarzac Capital, vise à terme un chiffre d'affaires de 900 millions d'euros.",
        [("investment", "Vostrac", "255 millions d'euros")],
    ),
    (
        "a-plan-shown-at-a-gathering-is-no-launch",
        "Brèves\n\nLe groupe Vostrac présentera le détail de son plan lors de sa journée "
        "investisseurs, le 4 décembre à Paris. Les Rencontres Ternalix se tiendront à Lyon, et "
        "nous y présenterons notre nouvelle gamme.",
        [("event", "Vostrac", None), ("event", "Rencontres Ternalix", None)],
    ),
    (
        "our-unnamed-general-meeting-is-held-by-the-pages-owner",
        "Vostrac Orbital | Lettre aux actionnaires\n\nChers actionnaires,\nNotre assemblée "
        "générale annuelle se tiendra le jeudi 11 décembre à Toulouse.",
        [("event", "Vostrac Orbital", None)],
    ),
    (
        "a-releases-dateline-with-its-region-opens-no-name",
        "COMMUNIQUÉ DE PRESSE\n\nSAN JOSE, Californie, 9 juin 2026 – Vostrac Cloud, Inc. "
        "(NASDAQ : VSTC), un leader de l'infrastructure de calcul, a annoncé aujourd'hui son "
        "intention d'investir 2,5 milliards de dollars en Europe d'ici fin 2028.",
        [("investment", "Vostrac Cloud", "2,5 milliards de dollars")],
    ),
    (
        "a-bare-board-is-the-articles-companys-not-the-last-actors",
        "Vostrac Cloud annonce un plan européen\n\nLa société Vostrac Cloud investira 2 milliards "
        "de dollars en Europe. Le fonds Ternalix pourrait accompagner le campus à hauteur de 150 "
        "millions d'euros. Enfin, le conseil d'administration a autorisé un programme de rachat "
        "d'actions de 750 millions de dollars.",
        [
            ("investment", "Vostrac Cloud", "2 milliards de dollars"),
            ("investment", "Ternalix", "150 millions d'euros"),
            ("investment", "Vostrac Cloud", "750 millions de dollars"),
        ],
    ),
    (
        "a-rejected-offer-the-tagger-read-as-a-verb-is-still-the-bidders",
        "Brèves\n\nLe conseil d'administration de Quarzac a rejeté en octobre 2025 une offre de "
        "120 millions d'euros du chimiste allemand Vostrac Chemie, jugée insuffisante.",
        [("acquisition", "Vostrac Chemie", "120 millions d'euros")],
    ),
    (
        "deputies-vote-for-their-assembly-not-the-executive-council-named-after-it",
        "Brèves\n\nLe Grand Conseil a siégé mardi à Vostrac. Le Conseil d'État a ensuite répondu "
        "aux questions. Les députés ont accepté un crédit d'engagement de 118 millions de "
        "francs pour le nouveau collège de Guéret.",
        [("investment", "Grand Conseil", "118 millions de francs")],
    ),
    (
        "a-sum-received-from-no-one-named-comes-from-who-handed-money-out-before",
        "Brèves\n\nLa Région Auvergne-Rhône-Alpes a débloqué 12 millions d'euros pour moderniser "
        "les ports de pêche. Premiers servis : l'armement Vostrac Pêche, qui recevra 1,2 million "
        "d'euros pour deux chalutiers hybrides.",
        [
            ("investment", "Région Auvergne-Rhône-Alpes", "12 millions d'euros"),
            ("investment", "Région Auvergne-Rhône-Alpes", "1,2 million d'euros"),
        ],
    ),
    (
        "a-sum-received-after-a-colon-comes-from-who-chose-the-recipients",
        "Brèves\n\nL'ARS Hauts-de-France a retenu deux dossiers : la clinique Montrevel, à "
        "Hayange, reçoit 11 millions d'euros pour son nouveau bloc.",
        [("investment", "ARS Hauts-de-France", "11 millions d'euros")],
    ),
    (
        "a-bare-la-banque-is-the-bank-named-first-not-the-longest-name",
        "Banque de Vostralie\nAccueil › Presse\n\nLa Banque de Vostralie accorde un prêt de 180 "
        "millions d'euros à Ternalix. Le programme est aussi cofinancé par la Banque régionale "
        "du Montrevel, qui apporte 60 millions d'euros.\n\nLa Banque apporte en outre à "
        "Vellorin une garantie de 40 millions d'euros.",
        [
            ("investment", "Banque de Vostralie", "180 millions d'euros"),
            ("investment", "Banque régionale du Montrevel", "60 millions d'euros"),
            ("investment", "Banque de Vostralie", "40 millions d'euros"),
        ],
    ),
    (
        "taking-a-ticket-in-a-round-is-an-investment",
        "Brèves\n\nVostrac a levé 80 millions d'euros. Le fonds Ternalix y a pris un ticket de "
        "30 millions d'euros, aux côtés de la Mutuelle Montrevel.",
        [
            ("fundraising", "Vostrac", "80 millions d'euros"),
            ("investment", "Ternalix", "30 millions d'euros"),
        ],
    ),
    (
        "a-first-person-denial-denies-the-rumour-it-governs",
        "Brèves\n\n« Nous démentons les rumeurs selon lesquelles Vostrac s'apprêterait à "
        "racheter Ternalix pour 300 millions d'euros », a déclaré sa présidente.",
        [],
    ),
    (
        "a-share-told-as-aid-of-a-giver-is-the-givers-investment",
        "Brèves\n\nTernalix a officialisé un investissement de 1,2 milliard d'euros à Hayange, "
        "dont 300 millions d'euros de subventions de l'État.",
        [
            ("investment", "Ternalix", "1,2 milliard d'euros"),
            ("investment", "État", "300 millions d'euros"),
        ],
    ),
    (
        "a-share-a-la-charge-de-is-the-payers-investment",
        "Brèves\n\nVaud, Genève et Quarzemia lancent « Medtech Amorçage », un fonds commun doté "
        "de 50 millions de francs, dont 20 millions à la charge de Vaud.",
        [
            ("initiative", "Medtech Amorçage", "50 millions de francs"),
            ("investment", "Vaud", "20 millions"),
        ],
    ),
    (
        "a-share-brought-by-ce-dernier-is-the-last-named-partys",
        "Brèves\n\nVostrac a levé 12 millions d'euros auprès du fonds Montrevel Ventures et de "
        "Ternalix Capital, dont 2,5 millions apportés par ce dernier.",
        [
            ("fundraising", "Vostrac", "12 millions d'euros"),
            ("investment", "Ternalix Capital", "2,5 millions"),
        ],
    ),
    (
        "a-share-brought-by-a-description-is-the-described-partys",
        "Brèves\n\nVostrac a obtenu un prêt de 180 millions de dollars auprès de la Banque "
        "ouest-africaine de développement et de l'Agence française de développement, dont 55 "
        "millions d'euros apportés par l'agence française.",
        [
            ("fundraising", "Vostrac", "180 millions de dollars"),
            ("investment", "Agence française de développement", "55 millions d'euros"),
        ],
    ),
    (
        "a-share-that-comes-from-a-giver-is-the-givers-investment",
        "Brèves\n\nVostrac investira 780 M$ dans une usine de cathodes à Bécancour, dont 210 M$ "
        "proviennent d'Ottawa.",
        [
            ("investment", "Vostrac", "780 M$"),
            ("investment", "Ottawa", "210 M$"),
        ],
    ),
    (
        "a-digest-items-bare-sum-aupres-de-investors-is-the-labels-raise",
        "Les levées de la semaine\n\nQuarzac (Paris, logiciel RH) : 8 millions d'euros auprès "
        "de Montrevel Capital.",
        [("fundraising", "Quarzac", "8 millions d'euros")],
    ),
    (
        "a-plant-sold-to-a-buyer-named-after-its-price-is-the-buyers-acquisition",
        "Brèves\n\nEn septembre 2018, Vostrac cède l'usine pour un montant non communiqué au "
        "fonds lyonnais Ternalix Partners. Le nouveau propriétaire promet en 2019 30 millions "
        "d'euros sur cinq ans.",
        [
            ("acquisition", "Ternalix Partners", None),
            ("investment", "Ternalix Partners", "30 millions d'euros"),
        ],
    ),
    (
        "the-town-after-jeune-pousse-qualifies-it-and-is-not-the-actor",
        "Brèves\n\nLa start-up Vostrac Agro transforme la mangue. La jeune pousse de Guéret "
        "boucle ainsi une levée de 9 millions d'euros, menée par le fonds Ternalix Growth.",
        [("fundraising", "Vostrac Agro", "9 millions d'euros")],
    ),
    (
        "a-nationality-synonym-describes-the-same-group",
        "Brèves\n\nLe groupe japonais Vostrac Industries rachète pour 38 millions d'euros "
        "l'usine Ternalix de Guéret et la rebaptise Quarzac. En 2012, Quarzac emploie 300 "
        "salariés. En mars 2015, le groupe nippon investit 24 millions d'euros dans une ligne "
        "automatisée.",
        [
            ("acquisition", "Vostrac Industries", "38 millions d'euros"),
            ("investment", "Vostrac Industries", "24 millions d'euros"),
        ],
    ),
    (
        "a-share-lent-to-a-beneficiary-by-a-bank-is-the-banks-investment",
        "Brèves\n\nVostrac investit 24 millions d'euros dans une ligne automatisée, dont 10 "
        "millions d'euros prêtés à sa filiale Quarzac par la Banque européenne "
        "d'investissement.",
        [
            ("investment", "Vostrac", "24 millions d'euros"),
            ("investment", "Banque européenne d'investissement", "10 millions d'euros"),
        ],
    ),
    (
        "a-credit-accepted-by-a-vote-count-is-the-assemblys",
        "Brèves\n\nLe Grand Conseil de Vostralie a siégé mardi. Un crédit de 31,4 millions de "
        "francs pour le contournement routier de Guéret a été accepté par 84 voix contre 9.",
        [("investment", "Grand Conseil de Vostralie", "31,4 millions de francs")],
    ),
    (
        "a-bond-an-issuer-places-is-its-raise",
        "Brèves\n\nPour financer son activité, la Banque de Vostralie a placé le 16 juin une "
        "obligation climatique de 3 milliards de dollars à dix ans.",
        [("fundraising", "Banque de Vostralie", "3 milliards de dollars")],
    ),
    (
        "lifting-an-option-is-an-order-not-a-raise",
        "Brèves\n\nL'armateur Vostrac Lines pourrait lever d'ici 2027 une option sur deux "
        "navires supplémentaires auprès du chantier Ternalix, pour environ 70 millions d'euros.",
        [("partnership", "Vostrac Lines", "environ 70 millions d'euros")],
    ),
    (
        "a-price-withheld-then-estimated-in-the-next-sentence-sizes-the-deal",
        "Brèves\n\nL'américain Vostrac met la main sur le berlinois Ternalix Security. Le prix "
        "n'a pas été communiqué ; des sources proches du dossier le situent entre 90 et 110 "
        "millions de dollars.",
        [("acquisition", "Vostrac", "entre 90 et 110 millions de dollars")],
    ),
    (
        "combien-question-labels-the-size-of-the-pledge-before-it",
        "Brèves\n\nQui ? Vostrac, qui investira dans une usine de recyclage à Hayange.\nCombien ? "
        "240 millions d'euros.\nQuand ? Travaux dès juillet.",
        [("investment", "Vostrac", "240 millions d'euros")],
    ),
    (
        "launching-an-endowed-programme-funds-it",
        "Brèves\n\nLe ministre Ternalix a annoncé le lancement, le mois prochain, du Programme "
        "national de souveraineté semencière, doté de 45 milliards de FCFA sur trois ans.",
        [("investment", "Ternalix", "45 milliards de FCFA")],
    ),
    (
        "a-joint-body-several-parties-launch-is-an-initiative",
        "Brèves\n\nSix caves coopératives, parmi lesquelles les Celliers de Vostrac et les "
        "Terrasses de Ternalix, lancent « Orbe Export », un groupement commun de 900 000 euros "
        "pour prospecter l'Asie.",
        [("initiative", "Orbe Export", "900 000 euros")],
    ),
    (
        "a-bare-le-gouvernement-is-the-country-named-before",
        "Brèves\n\nToujours au Cameroun, le gouvernement a signé hier avec le groupement Vostrac "
        "Route un contrat de 96,5 milliards de FCFA pour la réhabilitation de la route.",
        [("partnership", "Cameroun", "96,5 milliards de FCFA")],
    ),
    (
        "a-verb-after-il-y-the-tagger-took-for-a-noun-still-pledges",
        "Brèves\n\nLe groupe japonais Vostrac Industries rachète pour 38 millions d'euros l'usine "
        "Ternalix de Guéret, alors en redressement judiciaire, et la rebaptise Quarzac. Il y "
        "injecte dans la foulée 12 millions d'euros pour moderniser les deux lignes "
        "d'assemblage.",
        [
            ("acquisition", "Vostrac Industries", "38 millions d'euros"),
            ("investment", "Vostrac Industries", "12 millions d'euros"),
        ],
    ),
    (
        "a-sites-start-told-with-a-sum-is-its-investment",
        "Brèves\n\n• Vostrac Mobilité (Guéret) – station de 1 tonne par jour, 6,5 M€, mise en "
        "service d'ici mi-2026.",
        [("investment", "Vostrac Mobilité", "6,5 M€")],
    ),
    (
        "a-verbless-project-item-under-a-verbless-lead-in-is-its-labels-investment",
        "Brèves\n\nLa commission a examiné les dossiers suivants :\n– Vostrac Agro (agro-industrie, "
        "Guéret) : conserverie de légumes, 64 millions d'euros, 120 emplois ;\n– Ternalix Santé "
        "(santé, Hayange) : clinique de 80 lits, 21 millions d'euros, 95 emplois.",
        [
            ("investment", "Vostrac Agro", "64 millions d'euros"),
            ("investment", "Ternalix Santé", "21 millions d'euros"),
        ],
    ),
    (
        "a-mayors-nous-in-a-local-papers-interview-is-the-town-of-the-municipal-council",
        "Brèves\n\nL'Écho de Vellorin | Quarzac\nJeanne Vostral : « Nous investirons 2 millions "
        "d'euros à Quarzac »\n\nLe conseil municipal de Quarzac votera le budget lundi. La maire, "
        "Jeanne Vostral, détaille pour L'Écho de Vellorin les grands chantiers.\n\nLe gros "
        "dossier, c'est l'école ?\nOui. Nous investirons 3 millions d'euros dans une médiathèque.",
        [("investment", "Quarzac", "3 millions d'euros")],
    ),
    (
        "a-contract-awarded-with-no-agent-in-a-release-is-the-issuers-named-by-its-release-line",
        "Communiqué de presse\nMinistère de la Défense de Vellorin – Cabinet du ministre\nGuéret, "
        "le 12 mars 2026\n\nModernisation : trois marchés\n\nLe ministère modernise ses forces. "
        "Un marché de 87 millions d'euros a été attribué à la société Vostrac Optique pour la "
        "fourniture de 240 caméras.",
        [("partnership", "Ministère de la Défense de Vellorin", "87 millions d'euros")],
    ),
    (
        "a-ministers-speechs-nous-is-the-state-the-speech-names",
        "Discours de Mme Jeanne Vostral, ministre déléguée chargée du Commerce extérieur et de "
        "l'Attractivité\n\nMesdames et Messieurs,\n\nL'État soutient les "
        "industriels de Ternalix et de Quarzemia. Nous mobiliserons 700 millions d'euros pour "
        "accompagner ces projets.",
        [("investment", "État", "700 millions d'euros")],
    ),
    (
        "a-sum-signed-with-a-counterpart-is-the-agreements-price",
        "Brèves\n\nOutre-Manche, la chaîne Vostrac Stores a signé avec Ternalix un abonnement "
        "de 180 000 livres sterling par an.",
        [("partnership", "Vostrac Stores", "180 000 livres sterling")],
    ),
    (
        "a-fund-launched-with-a-partner-and-read-as-the-actor-is-still-an-initiative",
        "Vostrac Capital | Blog\n\nAvec Ternalix, nous avons par ailleurs créé Vostrac Alpes, un "
        "programme d'échanges entre nos promotions, cofinancé à hauteur de 200 000 euros.",
        [("initiative", "Vostrac Alpes", "200 000 euros")],
    ),
    (
        "se-voir-accorder-par-is-a-passive-the-agent-gives",
        "Brèves\n\nLa start-up Ternalix s'est vu accorder par la Région Vellorin une subvention "
        "de 150 000 euros pour équiper ses bergers.",
        [("investment", "Région Vellorin", "150 000 euros")],
    ),
    (
        "se-voir-confier-with-no-agent-in-a-release-is-the-issuers-contract",
        "Communiqué de presse\nMinistère de la Défense de Vellorin – Cabinet du ministre\n\n"
        "Décisions\n\nLe consortium Vostrac s'est vu confier le programme de radios tactiques "
        "pour 212 millions d'euros.",
        [("partnership", "Ministère de la Défense de Vellorin", "212 millions d'euros")],
    ),
    (
        "a-start-up-is-never-the-agency-that-funded-it",
        "Brèves\n\nTernalix Marine conçoit des piles à combustible. L'agence Vostrac Essor lui a "
        "accordé 380 000 euros. La start-up prévoit de lever 4 millions d'euros l'an prochain.",
        [
            ("investment", "Vostrac Essor", "380 000 euros"),
            ("fundraising", "Ternalix Marine", "4 millions d'euros"),
        ],
    ),
    (
        "the-concessionnaire-is-who-the-concession-was-awarded-to",
        "Port\n\nLe conseil d'administration du port de Guéret a attribué ce jeudi la concession "
        "du futur terminal à conteneurs, pour une durée de 35 ans, à Vostrac Terminals, "
        "coentreprise de deux groupes.\n\nLe concessionnaire s'engage à investir 520 millions "
        "d'euros dans les superstructures du terminal.",
        [("investment", "Vostrac Terminals", "520 millions d'euros")],
    ),
    (
        "a-ministers-turn-in-a-verbatim-record-speaks-for-the-state",
        "Compte rendu intégral\n\nM. le président. La parole est à Mme Jeanne Vostral.\n\nMme "
        "Jeanne Vostral. Monsieur le ministre, l'usine Ternalix de Guéret va fermer.\n\nM. Paul "
        "Quarzac, ministre délégué chargé de l'industrie. Madame la députée, l'État ne laissera "
        "pas tomber Guéret. Nous avons débloqué 30 millions d'euros pour la reconversion du site.",
        [("investment", "État", "30 millions d'euros")],
    ),
    (
        "our-members-in-a-networks-letter-are-the-network",
        "Réseau Vostrac Angels – Les deals du mois\n\nBonjour à tous,\n\nEn février, nos "
        "membres ont investi 1,2 million d'euros dans quatre start-up.",
        [("investment", "Réseau Vostrac Angels", "1,2 million d'euros")],
    ),
    (
        "each-funders-bracketed-sum-is-its-share",
        "Sport\n\nLe projet sera financé par la Métropole de Guéret (40 millions d'euros) et la "
        "Région Vellorin (15 millions d'euros).",
        [
            ("investment", "Métropole de Guéret", "40 millions d'euros"),
            ("investment", "Région Vellorin", "15 millions d'euros"),
        ],
    ),
    (
        "a-sum-a-beneficiary-benefits-from-comes-from-the-giver-told-before",
        "Brèves\n\nLa Banque Vostrac de développement a approuvé trois opérations. Elle accorde "
        "un prêt de 20 milliards de FCFA au port de Lomé. Enfin, la banque ivoirienne Ternalix "
        "Bank bénéficiera d'une garantie de 10 milliards de FCFA.",
        [
            ("investment", "Banque Vostrac de développement", "20 milliards de FCFA"),
            ("investment", "Banque Vostrac de développement", "10 milliards de FCFA"),
        ],
    ),
    (
        "a-loan-benefited-from-is-the-lenders-investment",
        "Brèves\n\nLa société Ternalix bénéficiera en outre d'un prêt de 150 millions d'euros de "
        "l'Agence française de développement, destiné à moderniser son réseau.",
        [("investment", "Agence française de développement", "150 millions d'euros")],
    ),
    (
        "a-counter-offers-sum-is-its-price-not-a-comparison",
        "Brèves\n\nLe britannique Vostrac Orbital pourrait surenchérir : il envisagerait une "
        "contre-offre supérieure à 1,2 milliard d'euros.",
        [("acquisition", "Vostrac Orbital", "supérieure à 1,2 milliard d'euros")],
    ),
    (
        "a-project-noun-parsed-as-the-root-sizes-the-pledge-before-it",
        "Brèves\n\nLes Broyeries Vostrac de Côte d'Ivoire ont confirmé lundi la construction "
        "d'une seconde unité de broyage dans la zone industrielle du port de San Pedro. Le "
        "chantier, évalué à 48 milliards de FCFA (environ 73 millions d'euros), dont 6 milliards "
        "pour une chaudière alimentée aux coques de cacao, doit porter la capacité du groupe à "
        "180 000 tonnes par an d'ici fin 2027.",
        [("investment", "Broyeries Vostrac", "48 milliards de FCFA")],
    ),
    (
        "a-size-label-with-a-participle-sizes-the-pledge-before-it",
        "Brèves\n\nLa start-up Vostrac projette de construire une usine d'électrolyseurs sur "
        "l'ancienne friche de Guéret. Montant envisagé : entre 120 et 150 millions d'euros.",
        [("investment", "Vostrac", "entre 120 et 150 millions d'euros")],
    ),
    (
        "a-sum-paid-as-the-price-is-the-buyers-acquisition",
        "Brèves\n\nLe tribunal de commerce de Guéret a retenu, jeudi 26 juin, l'offre de reprise "
        "déposée par le groupe lyonnais Vostrac Industries pour les Forges de Ternalix, placées "
        "en redressement judiciaire. Le repreneur versera 4,2 millions d'euros au titre du prix "
        "de cession et conservera 214 des 338 salariés.",
        [("acquisition", "Vostrac Industries", "4,2 millions d'euros")],
    ),
    (
        "sur-proposition-du-ministre-tells-who-proposed-not-a-takeover-offer",
        "Décisions\n\nLe Gouvernement de Vellorin a également donné son feu vert, sur proposition "
        "du Ministre de l'Énergie, Paul Vostral, à l'appel à projets « Communes solaires ».",
        [],
    ),
    (
        "a-letters-header-names-its-sender-whose-nous-it-is",
        "Les deals du mois\nVostrac Angels · Lettre réservée aux membres · n° 74\nChers membres,"
        "\n\nTernalix a levé 2 millions d'euros auprès de Bpifrance, et Bpifrance a suivi Quarzac."
        "\n\nIci, le réseau est seul à bord : nous avons investi 250 000 euros dans Vellorin.",
        [
            ("fundraising", "Ternalix", "2 millions d'euros"),
            ("investment", "Vostrac Angels", "250 000 euros"),
        ],
    ),
    (
        "a-gapped-funder-named-by-its-territory-gives-its-own-sum",
        "Brèves\n\nSelon le plan de financement, Vostrac Métropole apportera 96 millions d'euros, "
        "la Région Vellorin 18 millions et le département du Loiret 9 millions.",
        [
            ("investment", "Vostrac Métropole", "96 millions d'euros"),
            ("investment", "Région Vellorin", "18 millions"),
            ("investment", "Loiret", "9 millions"),
        ],
    ),
    (
        "a-sum-received-from-a-joint-fund-comes-from-its-founders",
        "Décisions\n\nLe Gouvernement de Vellorin et la Région Quarzac lancent le fonds « Places "
        "vivantes », doté de 36 millions d'euros. Guéret recevra 4,2 millions d'euros pour la "
        "rénovation de sa place centrale.",
        [
            ("initiative", "Places vivantes", "36 millions d'euros"),
            ("investment", "Gouvernement de Vellorin", "4,2 millions d'euros"),
        ],
    ),
    (
        "respectivement-gives-each-party-its-sum-in-order",
        "Ternalix Énergies lance son introduction en Bourse.\nQuarzemia Capital et la Banque des "
        "Territoires se sont engagés à souscrire respectivement 25 millions d'euros et 20 "
        "millions d'euros.",
        [
            ("fundraising", "Ternalix Énergies", None),
            ("investment", "Quarzemia Capital", "25 millions d'euros"),
            ("investment", "Banque des Territoires", "20 millions d'euros"),
        ],
    ),
    (
        "launching-its-own-ipo-is-a-new-raise-sized-by-the-offers-label",
        "Ternalix Énergies annonce le lancement de son introduction en Bourse sur Euronext "
        "Paris.\nTaille initiale de l'offre : environ 180 millions d'euros.",
        [("fundraising", "Ternalix Énergies", "environ 180 millions d'euros")],
    ),
    (
        "a-buyback-since-its-ipo-recalls-the-ipo",
        "Ternalix a lancé un programme de rachat d'actions de 30 millions d'euros, une première "
        "depuis son introduction en Bourse.",
        [("investment", "Ternalix", "30 millions d'euros")],
    ),
    (
        "a-present-verb-the-lemmatizer-misreads-is-the-lexicons-verb",
        "Ternalix Logistique implante un centre logistique à Dole.\nVellorin Corp. implante un "
        "centre logistique à Dole : 18 millions d'euros et 90 emplois d'ici 2027.",
        [("investment", "Vellorin Corp", "18 millions d'euros")],
    ),
    (
        "nous-in-a-transcripts-turn-is-the-speakers-company",
        "Le Grand Oral de l'éco\n"
        "Présentation : Julien Ostral. Invitée : Marion Vellec, présidente-directrice générale "
        "de Ternalix.\n\n"
        "JULIEN OSTRAL. — Bonsoir. Quels sont vos projets ?\n\n"
        "MARION VELLEC. — Bonsoir. Nous investirons 40 millions d'euros dans une usine à Reims. "
        "Et nous avons signé avec Quarzemia un contrat de 5 millions d'euros.",
        [
            ("investment", "Ternalix", "40 millions d'euros"),
            ("partnership", "Ternalix", "5 millions d'euros"),
        ],
    ),
    (
        "nous-is-the-company-of-the-sections-interviewee",
        "La lettre des fondateurs revient sur deux levées.\n\n"
        "1. Odile Ferrat, cofondatrice de Brumelis (Nantes)\n\n"
        "Nous avons levé 6 millions d'euros auprès de business angels.\n\n"
        "2. Yanis Morel, directeur général de Quartzane (Lille)\n\n"
        "Nous avons bouclé une levée de 9 millions d'euros.",
        [
            ("fundraising", "Brumelis", "6 millions d'euros"),
            ("fundraising", "Quartzane", "9 millions d'euros"),
        ],
    ),
    (
        "nous-of-the-bought-company-after-its-takeover-is-the-buyer",
        "Papeterie Orlane : un repreneur en vue\n"
        "Le groupe Tessoral a déposé une offre de reprise de la Papeterie Orlane. « Nous "
        "rachetons un savoir-faire », a résumé son président. Le repreneur investira 5 millions "
        "d'euros dans le site.",
        [("acquisition", "Tessoral", None), ("investment", "Tessoral", "5 millions d'euros")],
    ),
    (
        "takeover-for-a-symbolic-euro",
        "Le groupe Tessoral a déposé une offre de reprise de la Papeterie Orlane pour un euro "
        "symbolique.",
        [("acquisition", "Tessoral", "un euro")],
    ),
    (
        "the-minister-is-the-person-last-given-that-title",
        "La ministre chargée de l'Énergie, Coralie Vasnier, a ouvert la séance. Le rapporteur, "
        "Gilles Pradou, a critiqué le texte. La ministre s'est engagée à mobiliser 500 millions "
        "d'euros pour les réseaux de chaleur.",
        [("investment", "Coralie Vasnier", "500 millions d'euros")],
    ),
    (
        "a-participle-without-auxiliary-describes",
        "Le ministre Paul Tessier a défendu le budget, jugeant la mesure « non financée ».",
        [],
    ),
    (
        "a-future-mistagged-as-participle-still-pledges",
        "Tessoral, qui a levé 4 millions d'euros l'an dernier, financera également une thèse.",
        [("fundraising", "Tessoral", "4 millions d'euros"), ("investment", "Tessoral", None)],
    ),
    (
        "a-bids-price-offered-in-a-relative-clause-on-the-bidder",
        "Le conseil de Valdrane a rejeté à l'unanimité l'offre de Tessoral, qui proposait 650 "
        "millions d'euros, soit 30 euros par action.",
        [("acquisition", "Tessoral", "650 millions d'euros")],
    ),
    (
        "a-projects-cost-after-pour-is-its-amount",
        "Le groupe Tessoral envisage d'étendre son site de Lyon, pour un coût estimé à environ "
        "60 millions d'euros.",
        [("investment", "Tessoral", "environ 60 millions d'euros")],
    ),
    (
        "a-contracts-value-is-its-amount-not-a-valuation",
        "Tessoral a signé avec Fermelec un contrat d'approvisionnement de cinq ans, d'une valeur "
        "estimée à 90 millions d'euros.",
        [("partnership", "Tessoral", "90 millions d'euros")],
    ),
    (
        "two-agreements-with-their-own-parties-are-two",
        "Le groupe Tessoral a signé avec le chaudronnier nantais Fermelec un contrat de 85 "
        "millions d'euros pour la fabrication des cuves, ainsi qu'un accord de recherche avec le "
        "Commissariat à l'énergie atomique.",
        [("partnership", "Tessoral", "85 millions d'euros"), ("partnership", "Tessoral", None)],
    ),
    (
        "cette-derniere-is-the-party-named-last",
        "Le groupe Tessoral a signé un accord de distribution avec la banque Valdrane. Cette "
        "dernière investira 50 millions d'euros dans le projet.",
        [("partnership", "Tessoral", None), ("investment", "Valdrane", "50 millions d'euros")],
    ),
    (
        "ces-derniers-mois-is-no-party",
        "Le groupe Tessoral a signé un accord avec la banque Valdrane. Ces derniers mois, "
        "Tessoral a investi 50 millions d'euros dans le projet.",
        [("partnership", "Tessoral", None), ("investment", "Tessoral", "50 millions d'euros")],
    ),
    (
        "a-financing-the-subject-closes-is-its-raise",
        "La société de projet Tessoral Hydro a bouclé lundi un financement de 400 millions "
        "d'euros auprès de six banques.",
        [("fundraising", "Tessoral Hydro", "400 millions d'euros")],
    ),
    (
        "a-financing-the-subject-completed-in-a-relative-clause-is-its-raise",
        "D'entrée de jeu, Paul Tessier revient sur le financement de 210 M$ que Valdrane Mines "
        "a complété en août pour construire sa mine à ciel ouvert.",
        [("fundraising", "Valdrane Mines", "210 M$")],
    ),
    (
        "price-after-pour-un-prix-de-past-a-relative-clause",
        "Tessoral a signé un protocole d'accord en vue d'acquérir 100 % de Valdrane Gestion, "
        "société de gestion rennaise qui gère 2,4 Md€ d'encours, pour un prix de 85 millions "
        "d'euros.",
        [("acquisition", "Tessoral", "85 millions d'euros")],
    ),
    (
        "la-societe-in-a-relative-clause-is-the-main-clauses-company",
        "Le groupe Valdrane a vendu une usine. Au Sénégal, Tessoral Data a posé mercredi la "
        "première pierre de son centre de données, dans lequel la société investit 45 millions "
        "d'euros.",
        [("investment", "Tessoral Data", "45 millions d'euros")],
    ),
    (
        "giver-described-then-named",
        "Kestrel prévoit une augmentation de capital de 800 millions d'euros, dont 350 millions "
        "souscrits par son premier actionnaire, le fonds norvégien Fjordvik Invest.",
        [
            ("fundraising", "Kestrel", "800 millions d'euros"),
            ("investment", "Fjordvik Invest", "350 millions"),
        ],
    ),
    (
        "idiom-mettre-la-main-sur",
        "Le groupe Sofrix a mis la main sur la PME lyonnaise Datex.",
        [("acquisition", "Sofrix", None)],
    ),
    (
        "idiom-monter-au-capital",
        "Le groupe de télécoms Orvana Télécom est monté au capital de l'opérateur Cirrix.",
        [("investment", "Orvana Télécom", None)],  # a stake short of control (corpus guide)
    ),
    (
        "memorandum-between-states-is-a-declaration",
        "La Suisse et le Luxembourg ont signé un mémorandum d'entente sur le calcul souverain.",
        [("declaration", "Suisse", None)],
    ),
    (
        "organisation-named-fondation-acts",
        "La Fondation Prévoyance Valmont injectera 320 millions d'euros dans le campus.",
        [("investment", "Fondation Prévoyance Valmont", "320 millions d'euros")],
    ),
    (
        "description-refers-to-the-name-it-described",
        "Zenora, Kestrel et Vantor ont officialisé la création de Lorvane Semiconductors, un consortium "
        "chargé de construire une usine. Le consortium prévoit d'investir 4,2 milliards "
        "d'euros d'ici 2028.",
        [("investment", "Lorvane Semiconductors", "4,2 milliards d'euros")],
    ),
    (
        "pluperfect-round-is-still-news",
        "Quelques jours plus tôt, la start-up Vantix avait bouclé une levée de 210 millions "
        "de dollars menée par le fonds Crestline Ventures.",
        [("fundraising", "Vantix", "210 millions de dollars")],
    ),
    (
        "tenir-without-se-is-no-event",
        "Si l'usine de Fos tient ses promesses le 3 mars, la société Argilex sera rentable.",
        [],
    ),
    (
        "aid-received-is-the-givers-investment",
        "Le projet a reçu mardi le feu vert de Bruxelles à une aide d'État de 1,3 milliard "
        "d'euros, accordée par la France au titre du règlement européen.",
        [("investment", "France", "1,3 milliard d'euros")],
    ),
    (
        "price-after-a-relative-clause",
        "Le géant suisse Rochex va racheter la start-up Anticor, qui conçoit des anticorps, "
        "pour 2,3 milliards de francs suisses.",
        [("acquisition", "Rochex", "2,3 milliards de francs suisses")],
    ),
    (
        "coalition-launched-by-named-founders",
        "De même, l'alliance « Calcul Ouvert », lancée ce mardi par Inria, le CNRS et trois "
        "universités allemandes, n'affiche aucun montant.",
        [("initiative", "Calcul Ouvert", None)],
    ),
    (
        "programme-named-right-after-its-noun",
        "La France, l'Italie et l'Espagne ont lancé lundi le programme commun Hélios, une "
        "constellation de satellites dotée de 2,4 milliards d'euros.",
        [("initiative", "Hélios", "2,4 milliards d'euros")],
    ),
    (
        "incise-breaks-the-parse",
        "Le fabricant de puces de puissance Varnelis a annoncé, mercredi 10 septembre, un "
        "investissement de 1,1 milliard d'euros dans son usine de Rousset.",
        [("investment", "Varnelis", "1,1 milliard d'euros")],
    ),
    (
        "fund-closing-is-a-raise",
        "Premier symbole : le parisien Helvor Capital a bouclé mardi un fonds de 400 millions "
        "d'euros consacré à l'informatique quantique.",
        [("fundraising", "Helvor Capital", "400 millions d'euros")],
    ),
    (
        "first-closing-is-a-raise",
        "Plus au nord, le suédois Nordlys Frontier a annoncé un premier closing à 120 millions "
        "d'euros.",
        [("fundraising", "Nordlys Frontier", "120 millions d'euros")],
    ),
    (
        "outre-place-is-no-actor",
        "Outre-Rhin, Kestrane Ventures a finalisé son troisième fonds à 250 millions d'euros.",
        [("fundraising", "Kestrane Ventures", "250 millions d'euros")],
    ),
    (
        "shares-short-of-control-are-an-investment",
        "Le fonds de croissance luxembourgeois Aurelane Growth a racheté pour 30 millions "
        "d'euros d'actions détenues par les business angels de Quantix.",
        [("investment", "Aurelane Growth", "30 millions d'euros")],
    ),
    (
        "agreement-made-to-co-invest",
        "La banque Veltra vient de signer un accord avec trois sociétés de gestion, Azurel "
        "Partners, Calvane Capital et Helior Growth, pour co-investir à leurs côtés jusqu'à "
        "600 millions d'euros dans des entreprises en croissance.",
        [("investment", "Veltra", "jusqu'à 600 millions d'euros")],
    ),
    (
        "assets-under-management-are-no-pledge",
        "La start-up Orbelis a bouclé une levée de 45 millions d'euros menée par le fonds "
        "Alpenkraft, qui gère 1,2 milliard de francs suisses, avec la participation de "
        "Bpifrance. Elle en profite pour racheter la société rennaise Optivane.",
        [
            ("fundraising", "Orbelis", "45 millions d'euros"),
            ("acquisition", "Orbelis", None),
        ],
    ),
    (
        "country-name-the-ner-cuts",
        "Le Sénégal et la Côte d'Ivoire ont signé un mémorandum d'entente sur les données.",
        [("declaration", "Sénégal", None)],
    ),
    (
        "edition-of-a-named-gathering",
        "C'est officiel : la deuxième édition de Quintessia se tiendra à Marseille en juin 2026.",
        [("event", "Quintessia", None)],
    ),
    (
        "stake-increase-is-an-investment",
        "Le groupe Telvora est monté au capital de l'opérateur Cirvane : il en détient "
        "désormais 34 %.",
        [("investment", "Telvora", None)],
    ),
    (
        "majority-stake-is-an-acquisition",
        "Le fonds Brisane Capital va prendre une participation majoritaire dans Solvane, "
        "fabricant rennais de capteurs.",
        [("acquisition", "Brisane Capital", None)],
    ),
    (
        "name-between-commas-after-a-title",
        "Le ministre délégué chargé de l'Industrie, Paul Verlac, a annoncé une nouvelle "
        "enveloppe de 600 millions d'euros.",
        [("investment", "Paul Verlac", "600 millions d'euros")],
    ),
    (
        "party-described-with-a-compound-noun",
        "Du côté des acquisitions, la firme de génie-conseil Belmont-Tessan, établie à Lévis, a "
        "acquis la jeune pousse Algoryx, pour une somme qui n'a pas été dévoilée.",
        [("acquisition", "Belmont-Tessan", None)],
    ),
    (
        "two-deals-with-different-counterparts",
        "Le groupe Ardent a créé une coentreprise avec le fabricant Kelvion pour 2 milliards "
        "d'euros. Kelvion a par ailleurs signé un contrat d'approvisionnement avec le minier "
        "portugais Lusmont, pour une durée de sept ans.",
        [
            ("partnership", "Ardent", "2 milliards d'euros"),
            ("partnership", "Kelvion", None),
        ],
    ),
    (
        "jeune-pousse-is-a-noun-not-a-verb",
        "Le chimiste Valnor a investi, via sa filiale Valnor Ventures, 12 millions d'euros dans "
        "Photalis, une jeune pousse d'Eindhoven qui conçoit des puces photoniques.",
        [("investment", "Valnor", "12 millions d'euros")],
    ),
    (
        "relative-clause-after-an-incise",
        "Premier bénéficiaire : la jeune pousse Cognara, issue de l'institut Milvo, qui a conclu "
        "une ronde de financement de série A de 42 millions de dollars menée par la banque "
        "Banorel.",
        [("fundraising", "Cognara", "42 millions de dollars")],
    ),
    (
        "frozen-project-is-no-pledge",
        "Le groupe gazier Ostavel a gelé son projet d'usine d'hydrogène de 1,4 milliard "
        "d'euros à Dunkerque.",
        [],
    ),
    (
        "hourly-price-is-no-pledge",
        "L'opérateur Telvo lancera le 17 novembre « Telvo Compute », une offre de GPU facturée "
        "à partir de 2 euros de l'heure.",
        [("launch", "Telvo", None)],
    ),
    (
        "considered-plant-with-a-cost",
        "Le groupe allemand Kesslor envisage une usine de 2 milliards d'euros près de Dresde.",
        [("investment", "Kesslor", "2 milliards d'euros")],
    ),
    (
        "name-opening-a-wire-then-its-description",
        "Datovia, éditeur d'une plateforme de gouvernance des données, annonce une série B de "
        "42 millions de dollars auprès du fonds américain Greyridge Growth.",
        [("fundraising", "Datovia", "42 millions de dollars")],
    ),
    (
        "conjunction-before-an-apposed-name",
        "Le ministre a détaillé son plan. Et Bpifrance, la banque publique, apportera de son "
        "côté 300 millions d'euros de prêts aux PME.",
        [("investment", "Bpifrance", "300 millions d'euros")],
    ),
    (
        "fund-told-apart-by-its-nationality",
        "Le groupe Kervel a signé un accord avec le fonds d'infrastructures danois Nordvest "
        "Capital. Le fonds allemand Kasselberg suit le dossier. Le fonds danois apportera 3,6 "
        "milliards d'euros.",
        [
            ("partnership", "Kervel", None),
            ("investment", "Nordvest Capital", "3,6 milliards d'euros"),
        ],
    ),
    (
        "joint-press-release-is-a-source",
        "Le groupe Kervel investira 2 milliards d'euros, ont précisé les deux groupes dans un "
        "communiqué commun.",
        [("investment", "Kervel", "2 milliards d'euros")],
    ),
    (
        "convention-between-public-authorities-is-a-declaration",
        "La région Bretagne et le ministère de l'Industrie ont signé ce jeudi une convention "
        "de coopération sur l'intelligence artificielle.",
        [("declaration", "Bretagne", None)],
    ),
    (
        "convention-between-companies-is-a-partnership",
        "Le groupe Ardent a signé avec la société Kelvion une convention de partenariat.",
        [("partnership", "Ardent", None)],
    ),
    (
        "defined-term-le-Groupe-is-the-issuer",
        "Communiqué de Valdrix Industries.\n\nValdrix Industries annonce une offre sur Sentora. "
        "Le conseil de Sentora l'a rejetée. Pour financer l'offre, le Groupe lancera une "
        "augmentation de capital d'environ 120 M€.",
        [
            ("acquisition", "Valdrix Industries", None),
            ("fundraising", "Valdrix Industries", "environ 120 M€"),
        ],
    ),
    (
        "lifting-doubts-is-no-raise",
        "Pour lever les doutes de Bruxelles, le groupe Kestor s'est engagé à céder une filiale.",
        [],
    ),
    (
        "selling-price-is-no-pledge",
        "En septembre, la start-up Kinovia a lancé le K-Arm 3, un bras robotisé vendu moins de "
        "25 000 euros.",
        [("launch", "Kinovia", None)],
    ),
    (
        "order-won-is-a-contract",
        "Le sous-traitant Lauvrac Précision a décroché auprès de l'hélicoptériste Heliodor une "
        "commande de plus de 40 millions d'euros.",
        [("partnership", "Lauvrac Précision", "plus de 40 millions d'euros")],
    ),
    (
        "person-before-la-societe-is-no-company",
        "Le constructeur Aérovol lance un drone. Selon son président, Nicolas Bertrand, la "
        "société pourrait lever jusqu'à 20 millions d'euros.",
        [("launch", "Aérovol", None), ("fundraising", "Aérovol", "jusqu'à 20 millions d'euros")],
    ),
    (
        "money-after-a-takeover-is-its-own-pledge",
        "La coopérative Terval a finalisé le rachat de la Fromagerie Kerlan, pour un montant non "
        "communiqué. Le groupe prévoit d'y investir 12 millions d'euros d'ici 2027.",
        [("acquisition", "Terval", None), ("investment", "Terval", "12 millions d'euros")],
    ),
    (
        "purpose-after-afin-de-is-no-second-pledge",
        "La medtech Cardiova réalise une levée de fonds de 12 M€ auprès du fonds Rhodia Santé "
        "afin de financer l'essai clinique de son patch.",
        [("fundraising", "Cardiova", "12 M€")],
    ),
    (
        "launching-a-call-for-projects-is-its-money",
        "Le ministère de l'Industrie doit lancer d'ici la fin de l'année un appel à projets "
        "« Réacteurs innovants », doté de 500 millions d'euros.",
        [("investment", "ministère de l'Industrie", "500 millions d'euros")],
    ),
    (
        "inverted-verb-of-saying-is-no-launch",
        "Ondrel investira 1,4 milliard d'euros d'ici 2028 dans une usine à Montoir-de-Bretagne, "
        "a annoncé hier son président, Yann Kerbel.",
        [("investment", "Ondrel", "1,4 milliard d'euros")],
    ),
    (
        "control-idiom-with-glued-article",
        "Le fonds Torvane a pris le contrôle du chausseur Melcia pour un montant non communiqué.",
        [("acquisition", "Torvane", None)],
    ),
    (
        "court-validated-offer-is-its-bidders",
        "Le tribunal de commerce a validé lundi l'offre de reprise déposée par le groupe "
        "Brasquet, qui conserve 90 salariés.",
        [("acquisition", "Brasquet", None)],
    ),
    (
        "new-owner-is-the-latest-buyer",
        "Le groupe Quintalis rachète la fonderie Ombrevent. Le nouveau propriétaire s'engage à "
        "investir 6 millions d'euros pour moderniser les fours.",
        [("acquisition", "Quintalis", None), ("investment", "Quintalis", "6 millions d'euros")],
    ),
    (
        "buyer-paying-is-the-acquisition-price",
        "Le fonds Sarnelle rachète la marque Koravel. Selon nos informations, l'acquéreur "
        "déboursera 780 millions d'euros, dette comprise.",
        [("acquisition", "Sarnelle", "780 millions d'euros")],
    ),
    (
        "description-agreeing-by-adjective",
        "L'Agence Distrel a commandé des drones à la start-up toulousaine Ventaris. Le groupe "
        "Hulmage a signé un contrat. La jeune pousse toulousaine profite du salon : elle annonce "
        "une levée de 45 M€, menée par le fonds Pelvane.",
        [("partnership", "Hulmage", None), ("fundraising", "Ventaris", "45 M€")],
    ),
    (
        "the-group-is-no-state-body-named-most",
        "La Direction générale Castorg a notifié une commande au groupe Hulmage. La Direction "
        "générale Castorg a aussi commandé des radars. La Direction générale Castorg recrute. "
        "Pour l'industriel, la commande tombe bien. Le groupe investira 120 millions d'euros.",
        [
            ("partnership", "Direction générale Castorg", None),  # an order, amount untold
            ("investment", "Hulmage", "120 millions d'euros"),
        ],
    ),
    (
        "a-stake-below-half-is-an-investment",
        "Le groupe Rhodane acquiert 35 % de la société Ferlac pour 22 millions d'euros.",
        [("investment", "Rhodane", "22 millions d'euros")],
    ),
    (
        "rights-awarded-are-a-contract",
        "La Ligue Kerbrune a attribué mardi les droits de la saison à Talmont, la plateforme du "
        "groupe Vessière, pour 168 millions d'euros sur quatre saisons.",
        [("partnership", "Ligue Kerbrune", "168 millions d'euros")],
    ),
    (
        "the-company-after-a-state-share-is-the-latest-company",
        "Barrages : l'été de Brivel Énergie\n\nOn parle beaucoup de Brivel Énergie et des "
        "turbines de Brivel Énergie. " + _FILLER + "\n\nLe groupe Cantelle Énergie a annoncé un "
        "investissement de 185 millions de francs pour son barrage. L'État y contribuera à "
        "hauteur de 40 millions de francs.\n\nDans la foulée, la société a attribué un contrat "
        "de 46 millions de francs au constructeur Morvèze.",
        [
            ("investment", "Cantelle Énergie", "185 millions de francs"),
            ("investment", "État", "40 millions de francs"),
            ("partnership", "Cantelle Énergie", "46 millions de francs"),
        ],
    ),
    (
        "relative-after-a-partner-cue-is-that-partner",
        "De son côté, la ville de Lunesse apportera 2,5 millions d'euros au futur pôle de santé "
        "de Brivel, aux côtés de la Région Galmaire, qui en financera près d'un million.",
        [
            ("investment", "Lunesse", "2,5 millions d'euros"),
            ("investment", "Région Galmaire", "près d'un million"),
        ],
    ),
    (
        "the-metropolis-is-the-body-named-with-it",
        "Le conseil de Savenne Métropole s'est réuni hier à Brivel. La métropole financera "
        "l'accès routier, pour un montant compris entre 18 et 22 M€.",
        [("investment", "Savenne Métropole", "entre 18 et 22 M€")],
    ),
    (
        "an-offer-with-a-quoted-name-is-a-product",
        "Le groupe Ombrio lancera par ailleurs en décembre son offre « Tarsel 5G » à Casablanca.",
        [("launch", "Ombrio", None)],
    ),
    (
        "the-group-after-a-takeover-is-the-buyer",
        "L'opérateur marocain Liscor a finalisé la prise de contrôle du fournisseur d'accès "
        "Brumaire. Brumaire a réalisé un chiffre d'affaires de 9 millions d'euros en 2024. Le "
        "groupe lancera par ailleurs en décembre son offre « Tarsel 5G » à Rabat.",
        [("acquisition", "Liscor", None), ("launch", "Liscor", None)],
    ),
    (
        "investor-day-of-the-subject-read-before",
        "Le groupe Oxalène publie ses résultats. Il présentera le détail d'Orizon 2028 lors de "
        "sa journée investisseurs, le 4 décembre 2025 à Paris.",
        [("event", "Oxalène", None)],
    ),
    (
        "pledge-under-an-unconfirmed-verb",
        "Interrogée, la direction de Cervane n'a pas confirmé qu'elle investirait « plusieurs "
        "dizaines de millions d'euros » dans son usine de Tanger.",
        [],
    ),
    (
        "round-asked-about-and-not-confirmed",
        "Interrogée sur les rumeurs d'une levée de 100 millions d'euros, la direction de Pollux "
        "n'a pas confirmé.",
        [],
    ),
    (
        "a-foundation-named-is-no-coalition",
        "La levée de la start-up Astrée, menée par le fonds Nortelle, a aussi réuni la Fondation "
        "Silvane et plusieurs entrepreneurs de la région.",
        [],
    ),
    (
        "agreement-to-take-control-is-the-takeover",
        "Le fonds américain Nortelle a annoncé lundi avoir signé un accord pour prendre le "
        "contrôle du Pollux Football Club.",
        [("acquisition", "Nortelle", None)],
    ),
    (
        "amount-measuring-a-company-is-no-pledge",
        "Le groupe coopératif Pollux (1,1 Md€ de chiffre d'affaires, 6 800 adhérents) a dévoilé "
        "mardi son plan énergie.",
        [],
    ),
    (
        "building-as-the-purpose-of-a-contract-is-no-second-pledge",
        "Le groupe Nortelle agrandit son usine de Lyon. Il a confié à l'ensemblier grenoblois "
        "Cervane Ingénierie un contrat de 32 M€ pour la conception et la construction de la "
        "nouvelle unité.",
        [("investment", "Nortelle", None), ("partnership", "Nortelle", "32 M€")],
    ),
    (
        "state-owned-company-is-not-the-state",
        "Le producteur Nortelle Énergie raccordera la mine. La société d'État investira environ "
        "95 M$ dans une nouvelle ligne de 120 kilovolts.",
        [("investment", "Nortelle Énergie", "environ 95 M$")],
    ),
    (
        "stake-idiom-without-its-company",
        "Le fonds Cervane est entré au capital à hauteur de 25 millions d'euros.",
        [("investment", "Cervane", "25 millions d'euros")],
    ),
    (
        "plan-verb-read-as-a-noun-keeps-its-own-subject",
        "À Berne, le Conseil fédéral a approuvé un crédit de 660 millions de francs suisses "
        "destiné à moderniser la défense du pays, et l'équipementier zurichois Nortelle Systems "
        "compte y ajouter 45 millions de francs pour doubler sa production.",
        [
            ("investment", "Conseil fédéral", "660 millions de francs suisses"),
            ("investment", "Nortelle Systems", "45 millions de francs"),
        ],
    ),
    (
        "partner-brought-by-avec-is-never-the-contract-holder",
        "La coopérative Pelvane recrute. La cave, qui regroupe 420 adhérents et réalise un "
        "chiffre d'affaires de 52 M€, a également signé avec le distributeur néerlandais "
        "Skarnholm Dranken un contrat d'approvisionnement de trois ans portant sur 4 millions "
        "de bouteilles.",
        [],
    ),
    (
        "bonds-issued-are-a-fundraising",
        "Le papetier suédois Tarsel Bruk a émis 1,5 milliard de couronnes suédoises "
        "d'obligations vertes.",
        [("fundraising", "Tarsel Bruk", "1,5 milliard de couronnes suédoises")],
    ),
    (
        "green-bond-placed-is-a-fundraising",
        "Le groupe Tarsel a placé mardi la plus importante obligation verte de son histoire : "
        "750 millions d'euros à sept ans.",
        [("fundraising", "Tarsel", "750 millions d'euros")],
    ),
    (
        "money-raised-recalled-by-a-participle",
        "Tarsel a placé mardi une obligation verte : 750 millions d'euros à sept ans, assortis "
        "d'un coupon de 3 %. Les fonds levés serviront à refinancer des centrales solaires et "
        "hydroélectriques dans les Alpes et la vallée du Rhône.",
        [("fundraising", "Tarsel", "750 millions d'euros")],
    ),
    (
        "plan-commits-whoever-adopted-it",
        "Le conseil d'administration de Tarmelo a approuvé le plan stratégique « Cap Nord », "
        "qui prévoit 800 millions d'euros d'investissements d'ici 2028.",
        [("investment", "Tarmelo", "800 millions d'euros")],
    ),
    (
        "plan-named-in-a-subheading-is-no-antecedent",
        "Le groupe Tarmelo publie ses comptes.\n\nCap Nord 2028 : un effort sans précédent\n"
        "Le groupe a approuvé le plan Cap Nord 2028, qui prévoit 800 millions d'euros "
        "d'investissements.",
        [("investment", "Tarmelo", "800 millions d'euros")],
    ),
    (
        "pronoun-after-subjects-that-name-no-one",
        "Dans le hall de Quelmor Data, à Lyon, un écran affiche la consommation des serveurs. "
        "La société a présenté mardi son plan. Elle y consacrera 300 millions d'euros d'ici 2028.",
        [("investment", "Quelmor Data", "300 millions d'euros")],
    ),
    (
        "description-by-a-word-of-the-name",
        "Le Grand Port fluvial de Vernelle a présenté son schéma directeur. Le port engagera "
        "de son côté 90 millions d'euros pour approfondir le chenal.",
        [("investment", "Grand Port fluvial de Vernelle", "90 millions d'euros")],
    ),
    (
        "talks-towards-a-stake-with-a-measure-inside-the-idiom",
        "Le fonds Quarvel Capital serait en discussions avec l'État pour entrer à hauteur de "
        "30 % au capital de la société Dorvane.",
        [("investment", "Quarvel Capital", None)],
    ),
    (
        "deal-size-told-in-the-next-sentence",
        "Le fonds Quarvel Capital serait en discussions avec l'État pour entrer au capital de "
        "la société Dorvane. Le ticket est estimé entre 80 et 120 millions de dollars.",
        [("investment", "Quarvel Capital", "entre 80 et 120 millions de dollars")],
    ),
    (
        "another-sum-in-the-next-sentence",
        "Le fonds Quarvel Capital a signé un contrat d'approvisionnement avec la société Dorvane. "
        "Le coût d'exploitation annuel est estimé à 120 millions d'euros.",
        [("partnership", "Quarvel Capital", None)],
    ),
    (
        "federating-members-is-a-state-not-a-launch",
        "Fondé en 1902, le groupe mutualiste Quarvel fédère quatorze caisses régionales et "
        "9 800 collaborateurs.",
        [],
    ),
    (
        "product-launched-without-a-name",
        "Le groupe Quarvel a lancé ce drone de surveillance maritime à pile à hydrogène.",
        [("launch", "Quarvel", None)],
    ),
    (
        "product-launched-after-a-day",
        "Quarvel a par ailleurs lancé lundi une version cargo de son avion, baptisée Q-150F, "
        "dont le premier exemplaire doit voler en 2027.",
        [("launch", "Quarvel", None)],
    ),
    (
        "plan-presented-is-no-product",
        "Le groupe Quarvel a présenté lundi son plan stratégique aux analystes.",
        [],
    ),
    (
        "opening-pronoun-continues-the-subject-before-even-a-region",
        "Le groupe Quarvel investira 20 millions d'euros à Caen. La région Normandie mettra "
        "aussi la main à la poche. Elle apportera 8 millions d'euros pour reconvertir des "
        "friches.",
        [
            ("investment", "Quarvel", "20 millions d'euros"),
            ("investment", "Normandie", "8 millions d'euros"),
        ],
    ),
    (
        "counted-partners-are-the-companies-named-before",
        "La concession du terminal revient au groupement formé par l'armateur Quarvel Lines, "
        "via sa filiale Quarvel Terminals, et par le fonds Borvane Partners. Les deux "
        "partenaires investiront 300 millions d'euros dans la première phase.",
        [("investment", "Quarvel Lines", "300 millions d'euros")],
    ),
    (
        "giver-named-after-the-aid-and-its-amount",
        "La start-up Quarvel construit une usine à Pontivy. Le projet bénéficie d'une aide de "
        "6 millions d'euros de la Région Bretagne.",
        [("investment", "Région Bretagne", "6 millions d'euros")],
    ),
    (
        "money-asked-for-is-no-pledge",
        "L'eurodéputée Quarvelle Holt exige un fonds commun de 100 milliards d'euros pour "
        "l'industrie.",
        [],
    ),
    (
        "company-buying-its-own-shares-by-a-verb",
        "L'assureur Quarvel Assurances rachètera jusqu'à 1,2 milliard d'euros de ses propres "
        "titres d'ici fin 2026.",
        [("investment", "Quarvel Assurances", "jusqu'à 1,2 milliard d'euros")],
    ),
    (
        "figure-after-au-is-recalled",
        "Ces engagements s'ajoutent au 1,6 milliard d'euros promis par Berlin.",
        [],
    ),
    (
        "rubric-after-an-alert-time-is-no-actor",
        "Fil\n\n07h45 — Énergie : l'électricien Quarzemia investira 2,3 milliards d'euros.\n"
        "11h02 — Immobilier : Ternalix Capital a bouclé à 400 millions d'euros son fonds.",
        [
            ("investment", "Quarzemia", "2,3 milliards d'euros"),
            ("fundraising", "Ternalix Capital", "400 millions d'euros"),
        ],
    ),
    (
        "alert-label-in-capitals-is-no-actor",
        "Fil\n\n16h45 — MISE À JOUR Quarzemia Industries rachète le logisticien Ternalix pour "
        "1,6 milliard d'euros.",
        [("acquisition", "Quarzemia Industries", "1,6 milliard d'euros")],
    ),
    (
        "channel-after-par-is-no-giver",
        "Le ministère Quarzemia contribuera à hauteur de 62 millions d'euros par l'entremise du "
        "fonds Ternalix.",
        [("investment", "Quarzemia", "62 millions d'euros")],
    ),
    (
        "round-letter-ends-the-sentence-and-its-size-is-labelled-after",
        "La jeune pousse Quarzemia a bouclé sa ronde de série A. Montant : 12 millions d'euros, "
        "dans une levée menée par le fonds Ternalix.",
        [("fundraising", "Quarzemia", "12 millions d'euros")],
    ),
    (
        "deal-size-labelled-in-the-next-sentence",
        "Le groupe Quarzemia a annoncé lundi le rachat de la bourse lituanienne Ternalix. Montant "
        "de la transaction : 85 millions d'euros.",
        [("acquisition", "Quarzemia", "85 millions d'euros")],
    ),
    (
        "round-closed-then-sized-by-its-round-subject",
        "La scale-up Quarzemia a finalisé sa série B. Le tour de table, de 22 millions d'euros, "
        "a été mené par le fonds Ternalix.",
        [("fundraising", "Quarzemia", "22 millions d'euros")],
    ),
    (
        "own-round-closed-without-amount",
        "La jeune pousse Quarzemia a bouclé sa levée de fonds.",
        [("fundraising", "Quarzemia", None)],
    ),
    (
        "capital-deployed-is-invested",
        "Le fonds souverain Quarzemia a déployé 41,5 milliards de dollars en 2024.",
        [("investment", "Quarzemia", "41,5 milliards de dollars")],
    ),
    (
        "rights-ceded-are-a-licence",
        "Le laboratoire lyonnais Quarzemia a cédé au japonais Ternalix Pharma les droits de son "
        "anticorps en Asie pour 30 millions de dollars.",
        [("partnership", "Quarzemia", "30 millions de dollars")],
    ),
    (
        "licence-conceded-is-a-partnership",
        "En juin, Quarzemia a par ailleurs concédé à Ternalix Biosciences une licence exclusive "
        "pour 5 millions de dollars.",
        [("partnership", "Quarzemia", "5 millions de dollars")],
    ),
    (
        "subsidiary-ceded-is-its-buyers-news",
        "Le groupe Quarzemia a cédé sa filiale Ternalix pour 30 millions d'euros.",
        [],
    ),
    (
        "order-confirmed-is-a-contract",
        "La compagnie Quarzemia a confirmé une commande de 25 appareils auprès de Ternalix, pour "
        "2 milliards de dollars.",
        [("partnership", "Quarzemia", "2 milliards de dollars")],
    ),
    (
        "fund-founded-together-is-an-initiative-named-after-it",
        "Les régions Bretagne et Normandie ont lancé avec la Banque des Territoires le fonds "
        "Transition Quarzemia, doté de 250 millions d'euros.",
        [("initiative", "Transition Quarzemia", "250 millions d'euros")],
    ),
    (
        "fund-founded-together-is-named-after-baptise",
        "Quarzemia, Ternalix et Vellorin ont lancé avec le port un fonds commun de 5 millions "
        "d'euros, baptisé Corridor Ostralme.",
        [("initiative", "Corridor Ostralme", "5 millions d'euros")],
    ),
    (
        "fund-launched-alone-stays-an-investment",
        "La Région Quarzemia lance le fonds Ternalix, doté de 250 millions d'euros.",
        [("investment", "Région Quarzemia", "250 millions d'euros")],
    ),
    (
        "advised-client-raises-not-its-adviser",
        "Le cabinet Ostralme Avocats a conseillé Ternalix dans sa levée de 25 millions de dollars "
        "auprès du fonds Vellorin.",
        [("fundraising", "Ternalix", "25 millions de dollars")],
    ),
    (
        "advised-client-buys-not-its-adviser",
        "Le cabinet Ostralme Avocats publie sa lettre. Nous avons conseillé l'éditeur lyonnais "
        "Ternalix lors du rachat de la start-up allemande Vellorin pour 48 millions d'euros.",
        [("acquisition", "Ternalix", "48 millions d'euros")],
    ),
    (
        "running-total-since-founding-is-no-pledge",
        "La start-up Quarzemia a obtenu 4,5 millions d'euros de subventions publiques depuis sa "
        "création.",
        [],
    ),
    (
        "nous-is-the-house-in-the-title-under-a-breadcrumb",
        "Blog › Portfolio › Bilan annuel\n2025 chez Vostrane : trois levées et un adieu\n\n"
        "Quarzemia a levé 8 millions d'euros. Quarzemia recrute. Ternalix a levé 3 millions "
        "d'euros.\n\nL'année a été dense. Nous investirons 2,5 millions d'euros l'an prochain.",
        [
            ("fundraising", "Quarzemia", "8 millions d'euros"),
            ("fundraising", "Ternalix", "3 millions d'euros"),
            ("investment", "Vostrane", "2,5 millions d'euros"),
        ],
    ),
    (
        "timeline-items-are-the-topics",
        "Chronologie : Quarzemia Systems en dates\n\nLa société Quarzemia Systems est née à Lyon. "
        "La société Quarzemia Systems emploie 300 personnes.\n\nJuin 2015 – Série A de 4 "
        "millions d'euros, menée par le fonds Ternalix Ventures.\nJanvier 2022 – Acquisition de "
        "l'éditeur munichois Vellorin pour 41 millions d'euros.\nMars 2025 – Rachat du nantais "
        "Ostralme pour 30 millions d'euros.",
        [
            ("fundraising", "Quarzemia Systems", "4 millions d'euros"),
            ("acquisition", "Quarzemia Systems", "41 millions d'euros"),
            ("acquisition", "Quarzemia Systems", "30 millions d'euros"),
        ],
    ),
    (
        "named-declaration-is-signed-by-the-subject-not-by-its-name",
        "Selon un négociateur européen, l'Inde, la France, le Japon et le Brésil porteront "
        "demain, en clôture, la « Déclaration de Quarzemia pour une IA d'impact ».",
        [("declaration", "Inde", None)],
    ),
    (
        "declaration-signed-by-the-members-a-collective-subject-lists",
        "Quatorze pays, parmi lesquels la France, l'Allemagne, l'Espagne et le Portugal, ont "
        "signé ce mardi la « déclaration de Toulouse » en faveur d'une IA frugale.",
        [("declaration", "France", None)],
    ),
    (
        "defined-term-groupe-is-the-name-it-opens",
        "Questions fréquentes : acquisition de Ternalix Systems\nGroupe Quarzemia · Relations "
        "investisseurs\n\nTernalix Systems emploie 900 personnes. Ternalix Systems est rentable. "
        "Le Groupe investira 240 millions d'euros dans une nouvelle usine à Wrocław.",
        [("investment", "Groupe Quarzemia", "240 millions d'euros")],
    ),
    (
        "digest-bullets-without-full-stop-are-news",
        "La revue de la semaine\n\n• La start-up Quarzemia lève 12 M€ auprès de Ternalix "
        "Ventures (lien)\n• Le groupe Vellorin rachète Ostralme pour 40 M€ (lien)\n\nBonne "
        "lecture.",
        [
            ("fundraising", "Quarzemia", "12 M€"),
            ("acquisition", "Vellorin", "40 M€"),
        ],
    ),
    (
        "question-in-bold-is-no-pledge",
        "**Participerez-vous au tour de table de Quarzemia, qui cherche à lever 20 millions "
        "d'euros ?**",
        [],
    ),
    (
        "wire-dateline-and-stock-listing-are-no-parties",
        "SAN FRANCISCO, 3 juin 2025 (BUSINESS WIRE) -- Quarzemia Inc. (NASDAQ : QZMA) annonce "
        "aujourd'hui un investissement de 400 millions de dollars dans un centre de recherche à "
        "Lyon.",
        [("investment", "Quarzemia Inc", "400 millions de dollars")],
    ),
    (
        "what-must-be-spent-is-no-pledge",
        "Selon l'institut Quarzemia, il faudrait mobiliser entre 12 et 15 milliards d'euros d'ici "
        "2030.",
        [],
    ),
    (
        "rumoured-plan-said-to-be-nothing-is-denied",
        "À l'inverse, le groupe Quarzemia, à qui la presse prêtait un plan de 5 milliards d'euros "
        "pour l'IA, a fait savoir qu'il n'en était rien.",
        [],
    ),
    (
        "deal-sized-by-its-subject-in-the-next-sentence",
        "L'université Quarzemia a signé un accord de recherche avec le recycleur Ternalix. Le "
        "contrat, d'un montant de 850 000 euros sur quatre ans, prévoit une ligne pilote.",
        [("partnership", "Quarzemia", "850 000 euros")],
    ),
    (
        "share-owned-by-a-name-is-its-givers",
        "La start-up Quarzemia a levé 12 millions d'euros, dont 3 millions de Bpifrance, auprès "
        "du fonds Ternalix.",
        [
            ("fundraising", "Quarzemia", "12 millions d'euros"),
            ("investment", "Bpifrance", "3 millions"),
        ],
    ),
    (
        "a-shares-giver-is-no-topic-for-the-next-pronoun",
        "La start-up Quarzemia a levé 12 millions d'euros, dont 3 millions de Bpifrance, auprès "
        "du fonds Ternalix. Elle lancera en novembre sa plateforme Vellorin Live.",
        [
            ("fundraising", "Quarzemia", "12 millions d'euros"),
            ("investment", "Bpifrance", "3 millions"),
            ("launch", "Quarzemia", None),
        ],
    ),
    (
        "deal-on-a-demonstrative-target-is-a-deal",
        "Le groupe génois Quarzemia Holding a finalisé lundi le rachat de ce spécialiste du refit "
        "de grande plaisance.",
        [("acquisition", "Quarzemia Holding", None)],
    ),
    (
        "outbidding-is-a-bid",
        "Le fonds Quarzemia Partners, qui détient 12 % du capital, pourrait toutefois surenchérir.",
        [("acquisition", "Quarzemia Partners", None)],
    ),
    (
        "council-decides-for-its-commune",
        "VILLE DE MONTREVEL\nExtrait du registre des délibérations du conseil municipal\n\n"
        "Le conseil municipal de la commune de Montrevel s'est réuni.\n\nLe groupe Ternalix "
        "investira 2 millions d'euros dans une usine. Le groupe Ternalix recrute.\n\nLe conseil "
        "municipal, après en avoir délibéré, à l'unanimité, décide d'attribuer une subvention de "
        "22 000 € à l'association Les Jardins de Quarzemia.",
        [
            ("investment", "Ternalix", "2 millions d'euros"),
            ("investment", "Montrevel", "22 000 €"),
        ],
    ),
    (
        "works-lot-awarded-is-a-contract",
        "VILLE DE MONTREVEL\n\nLe conseil municipal de la commune de Montrevel s'est réuni.\n\n"
        "Le conseil municipal, après en avoir délibéré, attribue le lot n° 1 (gros œuvre) à "
        "l'entreprise Quarzemia Bâtiment pour un montant de 1 284 300 € HT.",
        [("partnership", "Montrevel", "1 284 300 €")],
    ),
    (
        "order-book-is-no-order",
        "Le groupe Quarzemia affiche désormais un carnet de commandes de plus de 3 milliards "
        "d'euros.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(r[1], r[2], id=r[0]) for r in ROWS])
def test_announcement_phrasings(read, text, expected):
    result = read(text)
    got = [
        (a.type, a.actors[0].name if a.actors else None, a.amount.text if a.amount else None)
        for a in result.announcements
    ]
    assert got == expected
    for a in result.announcements:
        assert text[a.start : a.end] == a.sentence


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        pytest.param(
            "Le fonds Valmont pourrait injecter 200 millions d'euros.",
            "conditional",
            id="conditional",
        ),
        pytest.param(
            "Le fonds Valmont prévoit d'injecter 200 millions d'euros.", "planned", id="planned"
        ),
        pytest.param("Le fonds Valmont a injecté 200 millions d'euros.", "announced", id="done"),
        pytest.param(
            "La start-up Vostrac cherche 2 millions d'euros pour ses capteurs.",
            "planned",
            id="sought-sum-is-planned",
        ),
        pytest.param(
            "Le fonds Valmont n'exclut pas de consacrer 200 millions d'euros à la région.",
            "conditional",
            id="n-exclut-pas-leaves-the-pledge-open",
        ),
        pytest.param(
            "Le groupe Vostrac le financera à hauteur de 1,2 million d'euros.",
            "planned",
            id="a-future-read-as-a-noun-is-still-a-plan",
        ),
        pytest.param(
            "Le groupe Vostrac le financerait à hauteur de 1,2 million d'euros.",
            "conditional",
            id="a-conditional-read-as-a-noun-is-still-hearsay",
        ),
        pytest.param(
            "Le fonds Valmont n'écarte pas d'investir 200 millions d'euros dans la région.",
            "conditional",
            id="n-ecarte-pas-leaves-the-pledge-open",
        ),
    ],
)
def test_modality(read, text, modality):
    (announcement,) = read(text).announcements
    assert announcement.modality == modality


def test_parts_of_a_pledge(read):
    text = (
        "Le fonds Norvik injectera 20 milliards d'euros, dont 15 milliards pour des centres "
        "de données en France, en partenariat avec Datacorp, et cinq milliards pour l'énergie."
    )
    (a,) = read(text).announcements
    assert a.actors[0].name == "Norvik"
    assert [c.text for c in a.components] == ["15 milliards", "cinq milliards"]
    assert [p.name for p in a.partners] == ["Datacorp"]
    assert [loc.name for loc in a.locations] == ["France"]


def test_deadline_and_date(read):
    text = "Ce mardi 11 février, le groupe Ardent a promis 10 milliards d'euros d'ici 2029."
    (a,) = read(text).announcements
    assert (a.date, a.deadline) == ("2025-02-11", "2029")


# (id, text, field, expected): a field of the only announcement the text makes
FIELD_ROWS = [
    (
        "a-pledge-under-a-si-clause-is-conditional",
        "S'il est élu, Marc Ostral promet d'investir 20 millions d'euros dans les écoles.",
        "modality",
        "conditional",
    ),
    (
        "an-old-year-opening-the-sentence-dates-its-pledge",
        "En 2014, Ternalix Robotique lève 2 millions d'euros auprès de business angels.",
        "date",
        "2014",
    ),
    (
        "timeline-item-dated-by-its-line",
        "Chronologie : Quarzemia Systems en dates\n\nLa société Quarzemia Systems est née à Lyon. "
        "La société Quarzemia Systems emploie 300 personnes.\n\nJuin 2015 – Série A de 4 "
        "millions d'euros, menée par le fonds Ternalix Ventures.",
        "date",
        "2015-06",
    ),
    (
        "a-known-town-the-ner-took-for-a-person-is-where-the-money-goes",
        "La société Vostrac investira quelque 420 millions de dinars dans une centrale solaire à "
        "Ben Arous.",
        "actors+locations",
        (["Vostrac"], ["Ben Arous"]),
    ),
    (
        "a-table-rows-first-cell-invests-in-the-site-cell",
        "Investisseur | projet | site | montant | emplois\nTernalix Pharma (Suisse) | extension "
        "de l'usine | Guéret | 210 millions de francs suisses | 180",
        "actors+locations",
        (["Ternalix Pharma"], ["Guéret"]),
    ),
    (
        "a-project-items-bracketed-town-is-where-it-invests",
        "Brèves\n\nLa commission a examiné les dossiers suivants :\n– Vostrac Agro (agro-industrie, "
        "Hayange) : conserverie de légumes, 64 millions d'euros, 120 emplois.",
        "actors+locations",
        (["Vostrac Agro"], ["Hayange"]),
    ),
    (
        "framing-town-of-a-partnership-is-where-not-with-whom",
        "Au Havre, l'armateur Quarzemia Lines et le producteur Ternalix Énergies ont signé le 30 "
        "octobre un protocole d'accord.",
        "partners+locations",
        ([], ["Le Havre"]),
    ),
    (
        "the-town-after-an-organisers-name-is-where-the-event-is-not-a-partner",
        "Les dossiers seront au menu des Rencontres Vostrac, organisées par la fédération "
        "Ternalix Vigne les 2 et 3 décembre à Montpellier.",
        "partners+locations",
        (["Ternalix Vigne"], ["Montpellier"]),
    ),
    (
        "a-venue-of-a-town-says-the-town",
        "La 12e édition des Trophées Vostrac se tiendra le jeudi 3 juillet au théâtre de Privas.",
        "actors+locations",
        (["Trophées Vostrac"], ["Privas"]),
    ),
    (
        "the-name-after-the-a-of-an-awarding-verb-gets-the-contract",
        "La Défense a, pour sa part, attribué en septembre à la société anversoise Ternalix "
        "Systems un marché de 27,5 millions d'euros portant sur des puces.",
        "partners",
        ["Ternalix Systems"],
    ),
    (
        "the-name-a-fund-noun-is-apposed-to-is-the-launched-fund-not-an-actor",
        "Vostrac Partners lance Ternalix Climat I, un fonds de 300 millions d'euros.",
        "deal",
        (["Vostrac Partners"], "Ternalix Climat I", "announced"),
    ),
    (
        "a-bullets-opening-name-receives-the-money",
        "L'État leur attribue l'aide suivante :\n"
        "– Zenora (Lyon) : 12 millions d'euros pour un logiciel d'imagerie.",
        "object+partners",
        ("Zenora", []),
    ),
    (
        "a-dispatch-dateline-is-not-the-announcement-date",
        "Lille, 11 février 2025 (AFP) - Le néerlandais NorthGrid a annoncé ce lundi 10 février "
        "un investissement de 300 millions d'euros.",
        "date",
        "2025-02-10",
    ),
    (
        "a-place-completing-a-facility-a-few-complements-up-is-where",
        "La Banque borvanaise de développement accordera un prêt de 80 millions d'euros à "
        "Quarvel pour son usine d'électrolyseurs de Lorient.",
        "actors+locations",
        (["Banque borvanaise de développement"], ["Lorient"]),
    ),
    (
        "y-with-investir-is-the-place-told-before",
        "Le groupe Quarvel exploite depuis 1990 une usine à Quimperlé. Il prévoit d'y investir "
        "12 millions d'euros d'ici 2027.",
        "actors+locations",
        (["Quarvel"], ["Quimperlé"]),
    ),
    (
        "y-with-contribuer-is-no-place",
        "Le chantier du terminal de Quimperlé est lancé. La Banque borvanaise de "
        "développement y contribuera à hauteur de 35 millions d'euros.",
        "actors+locations",
        (["Banque borvanaise de développement"], []),
    ),
    (
        "place-framing-the-sentence-after-its-day-is-where",
        "Les brèves de la semaine.\n\nLundi, à Tarbes, Cerval Composites a annoncé un "
        "investissement de 9 millions d'euros dans une seconde usine.",
        "actors+locations",
        (["Cerval Composites"], ["Tarbes"]),
    ),
    (
        "place-framing-after-a-conjunction-is-where",
        "Les brèves de la semaine.\n\nEt à Tarbes, Cerval Composites a levé 9 millions d'euros "
        "auprès du fonds Quarvel Capital.",
        "actors+locations",
        (["Cerval Composites"], ["Tarbes"]),
    ),
    (
        "place-opening-a-bullet-is-where-not-who",
        "Les brèves de la semaine.\n\n▪ À Tarbes, Cerval Composites a annoncé jeudi un "
        "investissement de 9 millions d'euros dans une seconde usine.",
        "actors+locations",
        (["Cerval Composites"], ["Tarbes"]),
    ),
    (
        "place-hung-under-the-subject-by-the-parser",
        "Pendant que la France tergiverse, l'Europe centrale accélère. À Miskolc, le groupe "
        "chinois Zhenlai Power a lancé la construction d'une usine de 5,6 milliards de dollars.",
        "actors+locations",
        (["Zhenlai Power"], ["Miskolc"]),
    ),
    (
        "acquisition-target-object-of-the-verb",
        "Le transporteur Rivalis va absorber le logisticien Fretnor, basé à Nantes.",
        "object",
        "Fretnor",
    ),
    (
        "acquisition-target-after-sur",
        "Le groupe Ardent a déposé mardi une offre publique d'achat sur Kelvar, au prix de "
        "12 euros par action, soit 1,2 milliard d'euros.",
        "object",
        "Kelvar",
    ),
    (
        "acquisition-target-patient-of-a-passive",
        "La société Polyra sera rachetée par le fonds américain Ostrom Partners pour "
        "680 millions d'euros.",
        "object",
        "Polyra",
    ),
    (
        "majority-stake-in-a-company",
        "Le fonds Ardent Capital va prendre une participation majoritaire dans Solvane, "
        "fabricant rennais de capteurs.",
        "object",
        "Solvane",
    ),
    (
        "acquisition-target-past-the-subsidiary",
        "Tharsis a annoncé mardi le rachat, via sa filiale Tharsis Space, de la pépite "
        "toulousaine Orbeline pour 210 millions d'euros.",
        "object",
        "Orbeline",
    ),
    (
        "place-of-a-site-and-its-departement",
        "À Lacaune (Tarn), les Salaisons Verdier investissent 12 millions d'euros pour agrandir "
        "leur usine de Lacaune.",
        "actors+locations",
        (["Salaisons Verdier"], ["Lacaune", "Tarn"]),
    ),
    (
        "stake-names-the-company-as-object",
        "Bpifrance entrera au capital de Velmora Biopharma à hauteur de 25 millions d'euros.",
        "object",
        "Velmora Biopharma",
    ),
    (
        "places-listed-after-one-cue",
        "Le groupe Alvora investira 2,3 milliards d'euros dans trois campus à Bordeaux, "
        "Marseille et Dunkerque.",
        "actors+locations",
        (["Alvora"], ["Bordeaux", "Marseille", "Dunkerque"]),
    ),
    (
        "home-base-is-no-location",
        "Le transporteur Rivalis va absorber le logisticien Fretnor, basé à Nantes.",
        "actors+locations",
        (["Rivalis"], []),
    ),
    (
        "investors-after-aupres-du",
        "La start-up Aerovane a levé 65 millions d'euros auprès du fonds Brightwater Ventures "
        "et de la compagnie Solvair.",
        "partners",
        ["Brightwater Ventures", "Solvair"],
    ),
    (
        "launched-name-after-the-verb-and-its-date",
        "La start-up nantaise Talvane lancera en janvier 2026 Korvex Pay, une offre de paiement.",
        "object",
        "Korvex Pay",
    ),
    (
        "launched-hyphenated-name-after-its-article",
        "La start-up bordelaise Talvane a lancé le K-Arm 3, un bras robotisé.",
        "object",
        "K-Arm 3",
    ),
    (
        "share-buyback-invests-in-the-company-itself",
        "Korlane a lancé un programme de rachat d'actions de 150 millions d'euros.",
        "object",
        "Korlane",
    ),
    (
        "contract-awardee-is-the-partner",
        "Le Grand Port Maritime de Lorvenne grandit. L'établissement public a attribué au "
        "constructeur allemand Tenzan un contrat de 62 millions d'euros.",
        "partners",
        ["Tenzan"],
    ),
    (
        "bidder-after-de-in-a-rejected-offer",
        "Corvelle construit une usine. Le dirigeant a confirmé que son conseil d'administration "
        "avait rejeté en juillet une offre non sollicitée de l'australienne Tenzan, à 2,10 $ par "
        "action.",
        "deal",
        (["Tenzan"], "Corvelle", "rejected"),
    ),
    (
        "target-board-rejects-an-offer-made-by-an-agent",
        "Le conseil d'administration de Kerlune a rejeté l'offre de 300 millions d'euros "
        "déposée par le fonds américain Pellwood.",
        "deal",
        (["Pellwood"], "Kerlune", "rejected"),
    ),
    (
        "target-rejects-an-offer-launched-by-a-rival",
        "Le fabricant Kerlune a rejeté mardi l'offre publique d'achat hostile de 2 milliards "
        "d'euros lancée le matin même par l'allemand Osterfeld.",
        "deal",
        (["Osterfeld"], "Kerlune", "rejected"),
    ),
    (
        "offer-made-in-a-relative-clause",
        "Le groupe Osterfeld lorgne Kerlune depuis un an. Le conseil d'administration de Kerlune "
        "a rejeté l'offre de 310 millions d'euros que le groupe avait déposée le 10 juin.",
        "deal",
        (["Osterfeld"], "Kerlune", "rejected"),
    ),
    (
        "gathering-organised-by-an-association",
        "La troisième édition des Cloud & Data Days, organisée par l'association Numéva, se "
        "tiendra les 18 et 19 novembre à Lyon.",
        "partners",
        ["Numéva"],
    ),
    (
        "subsidiary-with-an-adjective-is-no-actor",
        "Le groupe français Rhodane, via sa filiale suisse Rhodane Hydro SA, acquiert la société "
        "Ferlac pour 22 millions d'euros.",
        "deal",
        (["Rhodane"], "Ferlac", "announced"),
    ),
    (
        "bidder-the-parser-hung-past-its-description",
        "Dans le Valais, le feuilleton Ferlac continue. Le conseil d'administration de la "
        "société valaisanne a rejeté vendredi l'offre de 320 millions de francs déposée par "
        "l'énergéticien bernois Talkraft pour en prendre le contrôle.",
        "deal",
        (["Talkraft"], "Ferlac", "rejected"),
    ),
    (
        "pronoun-in-a-relative-stands-for-the-clause-subject",
        "Le logisticien belge Vostrac Logistics prend, lui, le contrôle de l'armateur feeder "
        "portugais Ternalix Feeders, dont il rachète 70 % du capital ; le montant n'a pas été "
        "dévoilé.",
        "actors+locations",
        (["Vostrac Logistics"], []),
    ),
]


def _field(a, field):
    if field == "deal":
        return ([x.name for x in a.actors], a.object.name if a.object else None, a.modality)
    if field == "partners":
        return [x.name for x in a.partners]
    if field == "object":
        return a.object.name if a.object else None
    if field == "actors+locations":
        return ([x.name for x in a.actors], [x.name for x in a.locations])
    if field == "date":
        return a.date
    if field == "partners+locations":
        return ([x.name for x in a.partners], [x.name for x in a.locations])
    if field == "object+partners":
        return (a.object.name if a.object else None, [x.name for x in a.partners])
    if field == "modality":
        return a.modality
    raise KeyError(field)


@pytest.mark.parametrize(
    ("text", "field", "expected"), [pytest.param(*r[1:], id=r[0]) for r in FIELD_ROWS]
)
def test_announcement_fields(read, text, field, expected):
    (a,) = read(text).announcements
    assert _field(a, field) == expected


def test_lots_awarded_in_one_sentence_each_take_their_contractor(read):
    text = (
        "VILLE DE MONTREVEL\nCompte rendu du conseil municipal\n\nLe conseil attribue le lot 1 "
        "(isolation) à l'entreprise Vostrac Bâtiment pour 1 126 400 € HT et le lot 2 (chauffage) "
        "à la société Ternalix Fluides pour 287 900 € HT."
    )
    got = [(a.amount.text, [p.name for p in a.partners]) for a in read(text).announcements]
    assert got == [
        ("1 126 400 €", ["Vostrac Bâtiment"]),
        ("287 900 €", ["Ternalix Fluides"]),
    ]


INTERVIEW = (
    "Jeanne Vellorin : « Nous changeons d'échelle »\n\n"
    "**Montrevel Industries a présenté mardi son plan. Qu'en retenir ?**\n\n"
    "Jeanne Vellorin : D'abord l'Europe.\n\n"
    "**Vous avez racheté Quarzemia. Pourquoi ?**\n\n"
    "Quarzemia nous ouvre l'Europe. Quarzemia garde sa marque, et Quarzemia ses usines.\n\n"
    "**Et la suite ?**\n\n"
    "Nous investirons 40 millions d'euros à Lyon d'ici 2027."
)


@pytest.mark.parametrize(
    ("title", "actor"),
    [
        pytest.param(
            "Jeanne Vellorin (Montrevel Industries) : « Nous changeons d'échelle »",
            "Montrevel Industries",
            id="interview-title-presents-the-speakers-organisation-in-brackets",
        ),
        pytest.param(
            "Jeanne Vellorin : « Nous changeons d'échelle »",
            "Quarzemia",
            id="interview-title-without-organisation-leaves-the-most-named",
        ),
    ],
)
def test_the_title_tells_whom_nous_speaks_for(read, title, actor):
    """An interview's own title (its front matter) may be the only place that presents the
    speaker with their organisation, while the body names the company they bought more."""
    found = [a for a in read(INTERVIEW, title=title).announcements if a.amount is not None]
    assert [[p.name for p in a.actors] for a in found] == [[actor]]


def test_a_subscriber_share_names_its_fund(read):
    text = (
        "Le parisien Helvor Capital a bouclé mardi un fonds de 400 millions d'euros, dont 60 "
        "millions d'euros apportés par le Fonds européen d'investissement."
    )
    closing, share = read(text).announcements
    assert (closing.type, closing.actors[0].name) == ("fundraising", "Helvor Capital")
    assert (share.type, share.actors[0].name) == ("investment", "Fonds européen d'investissement")
    assert share.object.name == "Helvor Capital"
    assert [p.name for p in closing.partners] == ["Fonds européen d'investissement"]


def test_a_gapped_clause_keeps_no_partner_of_the_first(read):
    text = "Kastel Bio a levé 45 millions d'euros auprès de Calder Partners, Semlio 12 M€."
    partners = {a.actors[0].name: [p.name for p in a.partners] for a in read(text).announcements}
    assert partners == {"Kastel Bio": ["Calder Partners"], "Semlio": []}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        pytest.param(
            "Cervane, la société d'investissement flamande, recrute.",
            [],
            id="pledge-noun-describing-a-firm",
        ),
        pytest.param(
            "Le tour est complété par la Banque Pollux, qui prête 90 millions d'euros.",
            ["complété", "prête"],
            id="verb-after-qui-with-a-wrong-lemma",
        ),
    ],
)
def test_pledge_words(nlp, text, words):
    from pipeline.announcements import Lemmas, find_triggers

    doc = nlp(text)
    lemma = Lemmas(nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.component_names else None)
    entity_at = {i: m for m in doc._.entities for i in range(m.token_start, m.token_end)}
    found = [t.token.text for s in doc.sents for t in find_triggers(s, lemma, entity_at)]
    assert found == words


@pytest.mark.parametrize(
    ("text", "place", "where"),
    [
        pytest.param(
            "VINS\nBordeaux : malgré le recul des ventes, la maison Ostralme maintient son projet.",
            "Bordeaux",
            True,
            id="a-place-labelling-a-brief-before-its-colon-is-where-not-who",
        ),
        pytest.param(
            "À Lyon, la société Ostralme investit 3 millions d'euros.",
            "Lyon",
            True,
            id="a-place-after-a-is-where",
        ),
        pytest.param(
            "Lyon accueille cette année le salon de la société Ostralme.",
            "Lyon",
            False,
            id="a-place-as-plain-subject-is-no-label",
        ),
    ],
)
def test_places_said_as_where(nlp, text, place, where):
    """A place said as where things happen is never a sentence's party, nor a pronoun's
    antecedent (« Cognac : la maison X maintient son projet. Elle investira… »)."""
    from pipeline.announcements import Lemmas
    from pipeline.announcements.reader import Reader

    doc = nlp(text)
    reader = Reader(doc, Lemmas())
    mention = next(m for m in reader.entity_at.values() if m.text == place)
    assert reader.locative(mention) is where
