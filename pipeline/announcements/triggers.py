"""Pledge words: which words of a sentence announce something, and which of them an amount
belongs to."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..entities import fold
from .lexicon import (
    Lemmas,
    Trigger,
    folded_text,
    future_mistagged,
    lexicon,
    names_a_business,
    starts_with,
)
from .syntax import SUBJECTS, clause_head, purpose_clause

AUXILIARY_FORMS = ("a", "ont", "avait", "avaient", "aura", "auront", "est", "sont", "sera")


def _noun_trigger(doc: Doc, i: int, end: int) -> tuple[int, str | None]:
    """(size, type) of the trigger noun phrase starting at token ``i``, plurals included."""
    lex = lexicon()
    size = starts_with(doc, i, lex["noun_list"], end)  # a ``doc[:end]`` slice per token is slow
    if size:
        return size, lex["nouns"][folded_text(doc[i : i + size])]
    word = fold(doc[i].text)
    for base in (word, word[:-1] if word.endswith(("s", "x")) else None, lex["plurals"].get(word)):
        if base in lex["nouns"]:
            return 1, lex["nouns"][base]
    return 0, None


def _job_title(token: Token) -> bool:
    """« chercheuse associée à l'Institut X », « associé chez Y »: a bare participle after a
    person or a comma names a position, it pledges nothing."""
    bare = "Part" in token.morph.get("VerbForm") and not any(
        c.dep_.startswith("aux") for c in token.children
    )
    before = token.doc[token.i - 1] if token.i else None
    auxiliary_near = any(
        t.pos_ == "AUX" or fold(t.text) in AUXILIARY_FORMS
        for t in token.doc[max(0, token.i - 7) : token.i]
    )
    return (  # « X a, de son côté, conclu » keeps its auxiliary a few words back
        bare
        and not auxiliary_near
        and before is not None
        and (before.text == "," or before.pos_ == "NOUN")
    )


def _is_facility(token: Token) -> bool:
    word = fold(token.text)
    facilities = lexicon()["facility_nouns"]
    return word in facilities or (word.endswith(("s", "x")) and word[:-1] in facilities)


def _sizes_facility(verb: Token, amount: Span) -> bool:
    """The amount complements (« de ») a plant, a site, a campus that is the verb's object."""
    noun, root = amount.root.head, amount.root
    of = any(c.dep_ == "case" and fold(c.text) in ("de", "d'") for c in root.children)
    return of and noun.dep_ == "obj" and noun.head.i == verb.i and _is_facility(noun)


def _builds_facility(verb: Token) -> bool:
    """« ouvrira une usine », « construira à Metz un centre de données »: a building verb
    whose object is a plant, a site, a campus; not a task that describes a noun (« un
    consortium chargé de construire une usine »)."""
    head = verb.head
    describes = "Inf" in verb.morph.get("VerbForm") and (
        head.pos_ in ("NOUN", "ADJ") or "Part" in head.morph.get("VerbForm")
    )
    return not describes and any(c.dep_ == "obj" and _is_facility(c) for c in verb.children)


SUBJECT_PRONOUNS = ("qui", "il", "elle", "ils", "elles", "on")
OBJECT_PRONOUNS = ("y", "en", "ne", "n'", "lui", "leur")


def _after_subject_pronoun(doc: Doc, i: int, start: int) -> bool:
    """« qui prête », « Il y injecte »: the word follows a subject pronoun, object pronouns
    aside."""
    j = i - 1
    while j > start and fold(doc[j].text) in OBJECT_PRONOUNS:
        j -= 1
    return j >= start and fold(doc[j].text) in SUBJECT_PRONOUNS


def _present_of(token: Token) -> str | None:
    """« qui prête 90 M€ », « Il y injecte 12 M€ »: a word right after a subject pronoun the
    tagger took for a noun, an adjective or a preposition is a verb in the present when one
    of the lexicon's verbs conjugates to it (-er: « prête », -ir: « investit »)."""
    word = fold(token.text)
    lex = lexicon()
    candidates = [word + "r"] if word.endswith("e") else []
    candidates += [word[:-1] + "r"] if word.endswith("it") else []
    return next(
        (
            c
            for c in candidates
            if c in lex["verbs"] or c in lex["light"] or c in lex["verb_phrases"]
        ),
        None,
    )


def _describes_a_firm(doc: Doc, i: int, start: int) -> bool:
    """« une société d'investissement », « la banque de financement »: a pledge noun that
    says what kind of organisation the noun before it is."""
    return (
        i - 2 >= start
        and fold(doc[i - 1].text) in ("de", "d'")
        and fold(doc[i - 2].text) in lexicon()["org_heads"]
    )


def _bare_fund(doc: Doc, i: int, start: int) -> bool:
    """« des parts de fonds », « un gérant de fonds »: funds in general, the bare complement of
    a noun that pledges nothing, not a fund being set up."""
    lex = lexicon()
    return (
        i - 2 >= start
        and fold(doc[i].text) in lex["fund_nouns"]
        and fold(doc[i - 1].text) in ("de", "d'")
        and doc[i - 2].pos_ == "NOUN"
        and fold(doc[i - 2].text) not in lex["nouns"]
    )


def _fund_being_raised(noun: Token) -> bool:
    """« la levée de son fonds X III »: a fund named as what a raise noun is of."""
    lex = lexicon()
    return (
        fold(noun.text) in lex["fund_nouns"]
        and noun.dep_ == "nmod"
        and lex["nouns"].get(fold(noun.head.text)) == "fundraising"
    )


def _names_a_product(doc: Doc, i: int) -> bool:
    """« son offre « Tarsel 5G » »: an offer followed by a quoted capitalised name is a
    product put on the market."""
    return i + 1 < len(doc) and doc[i].text in ("«", '"', "“") and doc[i + 1].text[:1].isupper()


def _facility_after(doc: Doc, i: int, sent: Span) -> bool:
    """« l'ouverture à Paris d'un centre de recherche »: a facility within a few words."""
    window = doc[i + 1 : min(sent.end, i + 7)]
    return any(_is_facility(t) for t in window if t.pos_ == "NOUN")


def _verb_phrase(doc: Doc, verb: Token, base: str, sent: Span, lemma: Lemmas) -> Trigger | None:
    """An idiom that opens with ``verb`` (« mettre la main sur », « monter au capital »,
    from models/triggers.json): a trigger spanning the whole idiom, which pledges even
    without an amount. A measure or the sum may sit inside it: « entrer à hauteur de 30 % au
    capital », « mettre 250 000 euros de plus sur la table »."""
    phrases = lexicon()["verb_phrases"].get(base)
    if not phrases:  # most verbs open no idiom: no need to look at the amounts
        return None
    after = doc[verb.i + 1].idx if verb.i + 1 < len(doc) else -1
    priced = any(a.start == after for a in doc._.amounts or ()) and not any(
        purpose_clause(c) and _acquires(doc, c, sent, lemma) for c in verb.children
    )  # « mettra 1,2 Md€ sur la table », not « … sur la table pour racheter X »: a price
    measured = priced or folded_text(doc[verb.i + 1 : verb.i + 3]) == "a hauteur"
    passive = any(c.dep_ == "aux:pass" for c in verb.children)
    passive = passive and base not in lexicon()["etre_verbs"]  # « est monté au capital »
    if passive and not any(c.dep_ == "obl:agent" for c in verb.children):
        return None  # « le replay sera mis en ligne demain »: no one is said to act
    for gap in range(0, 8 if measured else 1):
        start = verb.i + 1 + gap
        if start >= sent.end or doc[start - 1].text == ",":
            break
        for words, kind in phrases:
            following = folded_text(doc[start : min(sent.end, start + len(words))]).split()
            if following[:-1] == list(words[:-1]) and _same_word(following[-1:], words[-1]):
                return Trigger(verb, 1 + gap + len(words), kind, "verb")
    return None


def _acquires(doc: Doc, verb: Token, sent: Span, lemma: Lemmas) -> bool:
    """« racheter X », « prendre le contrôle de X »: a verb or an idiom of acquisition."""
    base = fold(lemma(verb))
    if lexicon()["verbs"].get(base) == "acquisition":
        return True
    idiom = _verb_phrase(doc, verb, base, sent, lemma)
    return idiom is not None and idiom.type == "acquisition"


def _closes_a_sum(verb: Token, sent: Span) -> bool:
    """« a bouclé en janvier 800 000 euros auprès de business angels »: a closing verb whose
    object is a bare sum closes a raise; only a date, an adverb, « en » or « à » may stand
    between (not « a bouclé son budget de 2 M€ »)."""
    doc = verb.doc
    start = next((a.start for a in doc._.amounts or () if a.start > verb.idx), None)
    if start is None or start >= sent.end_char or any(c.dep_ == "aux:pass" for c in verb.children):
        return False  # « un closing a été bouclé à 90 M€ »: the closing is the trigger
    dated = [(d.start, d.end) for d in doc._.dates or ()]
    for token in doc[verb.i + 1 : sent.end]:
        if token.idx >= start:
            return True
        in_date = any(s <= token.idx < e for s, e in dated)
        if not (in_date or token.pos_ == "ADV" or fold(token.text) in ("en", "a")):
            return False
    return False


def _joins_a_round(doc: Doc, i: int, sent: Span) -> bool:
    """« complète le tour de table », « rejoint le tour de table »: a funder joins someone
    else's round (« le », not « son »), its money is its own investment; the verb is known by
    its stem, whatever the tagger made of it (« complète » as an adjective)."""
    if i - 2 < sent.start or fold(doc[i - 1].text) not in ("le", "au"):
        return False
    return fold(doc[i - 2].text).startswith(lexicon()["round_joining_stems"])


def _buys_property(word: Token) -> bool:
    """« a acquis un terrain », « racheter les six hectares de friche », « acquéreur d'un
    terrain »: what is bought is land or a building, an investment, not a company (« racheter
    les Vignobles X, 85 hectares… »: the first thing bought, a name, is what is acquired)."""
    bought = [c for c in word.children if c.dep_ in ("obj", "nmod")]
    objects = [c for c in bought if c.dep_ == "obj"]
    named = objects and objects[0].text[:1].isupper()
    if named and any(c.dep_ == "det" for c in objects[0].children):
        return False  # « les Vignobles X » (not a subsidiary's name read as the object)
    return any(fold(c.text) in lexicon()["property_nouns"] for c in bought)


def _reports_a_quote(verb: Token) -> bool:
    """« « … », a lancé la rapporteure »: a finite verb right after a quotation reports it and
    pledges nothing; the quotation holds whatever is pledged."""
    doc, j = verb.doc, verb.i - 1
    while j >= 0 and doc[j].pos_ == "AUX":
        j -= 1
    if j < 1 or doc[j].text != "," or doc[j - 1].text not in ("»", "”"):
        return False  # the punctuation first: this runs on every verb
    finite = "Fin" in verb.morph.get("VerbForm") or any(
        c.dep_.startswith("aux") for c in verb.children
    )
    if not finite:
        return False  # « « Boucle », doté de 40 M€ »: a participle, the quoted name's
    opening = next((k for k in range(j - 2, -1, -1) if doc[k].text in ("«", "“")), -1)
    # « ce fonds, baptisé « Horizon », investira »: a subject before the quotation, a main verb
    return not any(c.dep_ in SUBJECTS and c.i < opening for c in verb.children)


def _same_word(found: list[str], wanted: str) -> bool:
    """« prendre le contrôle de » also reads « du », « des », « d' »: the article is glued."""
    if not found:
        return False
    return found[0] == wanted or wanted == "de" and found[0] in ("du", "des", "d'")


def _closes_a_fund(noun: Token, lemma: Lemmas, words: str = "fund_nouns") -> bool:
    """« a bouclé son fonds », « a bouclé à 400 M€ son fonds », the fund hung on the sum."""
    lex = lexicon()
    if fold(noun.text) not in lex[words]:
        return False
    verb = noun.head
    if noun.dep_ == "nmod" and verb.dep_.startswith("obl") and verb.i < noun.i:
        verb = verb.head
    elif noun.dep_ != "obj":
        return False
    return fold(lemma(verb)) in lex["fund_closing_verbs"]


def _names_a_recipient(doc: Doc, i: int, entity_at: dict) -> bool:
    """« au fonds X », « aux fonds X et Y »: a fund named as the one given to, or sold to."""
    following = entity_at.get(i + 1)
    return (
        i > 0
        and fold(doc[i - 1].text) in ("au", "aux")
        and fold(doc[i].text) in lexicon()["fund_nouns"]
        and following is not None
        and following.token_start == i + 1
    )


def find_triggers(sent: Span, lemma: Lemmas, entity_at: dict | None = None) -> list[Trigger]:
    """Pledge words of a sentence. A money word inside the name of an organisation, person
    or place (« Banque valdoise d'investissement ») pledges nothing; a coalition or event
    word may (« l'Alliance pour le calcul ouvert »)."""
    lex = lexicon()
    doc = sent.doc
    entity_at = entity_at or {}
    found: list[Trigger] = []
    i = sent.start
    while i < sent.end:
        token = doc[i]
        name = entity_at.get(i)
        inside_name = name is not None and name.label != "MISC"
        opens_name = inside_name and name.token_start == i
        # « son offre » tagged as a verb is still a noun: it has a determiner
        nominal = token.pos_ in ("NOUN", "PROPN", "X") or any(
            c.dep_ == "det" for c in token.children
        )
        if nominal:
            size, kind = _noun_trigger(doc, i, sent.end)
            acting = opens_name and any(
                t.dep_ in SUBJECTS for t in doc[name.token_start : name.token_end]
            )  # « La Fondation X injectera… »: the name acts, it is no coalition being launched
            named_only = kind not in ("initiative", "event", "launch") or not opens_name or acting
            if inside_name and named_only:
                size = 0  # « le Fonds nordique d'investissement » is a name, no pledge
            if size and (_describes_a_firm(doc, i, sent.start) or _bare_fund(doc, i, sent.start)):
                size = 0  # « la société d'investissement flamande »: what the firm does
            if size and names_a_business(doc, i):
                size = 0  # « un fonds de commerce » is a shop sold, no fund
            if size and _names_a_recipient(doc, i, entity_at):
                size = 0  # « la cession de sa filiale au fonds X »: the buyer, no pledge
            if size and any(
                folded_text(doc[max(sent.start, i - k) : i + 1]) in lex["adverbial_nouns"]
                for k in (1, 2, 3, 4)
            ):
                size = 0  # « en partenariat avec X », « à l'initiative de X »: a partner or an
                # organiser, no pledge
            glossed = i - 2 >= sent.start and doc[i - 2].text == "," and doc[i - 1].lower_ == "une"
            if size and kind == "acquisition" and (glossed or _names_a_product(doc, i + size)):
                size = 0  # « X Pay, une offre de paiement », « son offre « X 5G » »: no bid
            if size and kind == "acquisition" and _buys_property(token):
                kind = "investment"  # « se portera acquéreur d'un terrain »
            if size and kind == "investment" and _fund_being_raised(token):
                size = 0  # « la levée de son fonds X III »: the raise is the pledge word
            if size and kind == "investment" and _closes_a_fund(token, lemma):
                kind = "fundraising"  # « a bouclé un fonds de 400 M€ »: money raised from others
            if size and kind == "fundraising" and _joins_a_round(doc, i, sent):
                kind = "investment"  # « la Région complète le tour de table avec 4 M€ »
            if size:
                found.append(Trigger(token, size, kind, "noun"))
                i += size
                continue
            closed = _closes_a_fund(token, lemma, "round_nouns") or _closes_a_fund(token, lemma)
            if closed:  # « a bouclé un tour de 38 M€ », « a bouclé son troisième véhicule »
                found.append(Trigger(token, 1, "fundraising", "noun"))
                i += 1
                continue
            if fold(token.text) in lex["facility_action_nouns"] and _facility_after(doc, i, sent):
                found.append(Trigger(token, 1, "investment", "facility"))
                i += 1
                continue
        # « co-investir » tagged as a name is still the verb the lexicon lists
        present = _present_of(token) if _after_subject_pronoun(doc, i, sent.start) else None
        mistagged = token.pos_ in ("ADJ", "NOUN") and future_mistagged(token)  # « co-investira »
        named = inside_name and token.text[:1].isupper()  # « dans l'Allier »: no « allier »
        if (
            token.pos_ in ("VERB", "AUX")
            or fold(token.text) in lex["verbs"]
            or present
            or mistagged
        ) and not (named or _reports_a_quote(token)):
            base = fold(lemma(token))
            if present and base not in lex["verbs"] and base not in lex["light"]:
                base = present  # the tagger's lemma (« prête ») or tag (« entre ») was wrong
            phrase = _verb_phrase(doc, token, base, sent, lemma)
            if phrase is not None:  # « a mis la main sur X », « est monté au capital de X »
                found.append(phrase)
                i += phrase.size
                continue
            reflexive = any(fold(c.text) in ("s'", "se") for c in token.children)
            if base in lex["stake_verbs"] and _takes_a_percentage(token, entity_at):
                found.append(Trigger(token, 1, "acquisition", "verb"))  # « prend 30 % de X »
            elif base in lex["facility_verbs"] and _builds_facility(token):
                found.append(Trigger(token, 1, "investment", "facility"))
            elif base == "offrir" and reflexive:
                found.append(Trigger(token, 1, "acquisition", "verb"))
            elif base in lex["fund_closing_verbs"] and _closes_a_sum(token, sent):
                found.append(Trigger(token, 1, "fundraising", "verb"))  # « a bouclé 800 000 € »
            elif base in lex["light"]:
                found.append(Trigger(token, 1, lex["light"][base] or "", "light"))
            elif base in lex["verbs"] and not (
                lex["verbs"][base] == "partnership" and not reflexive and _job_title(token)
            ):
                kind = lex["verbs"][base]
                if kind == "acquisition" and _buys_property(token):
                    kind = "investment"  # « a acquis un terrain de 38 hectares »
                found.append(Trigger(token, 1, kind, "verb"))

        i += 1
    return found


def _in_adverbial(noun: Token, verb: Token) -> bool:
    """« entrera au capital de X à hauteur de 150 M€, dans le cadre d'une augmentation de
    capital de 400 millions »: a pledge noun inside an adverbial of the verb is an event of its
    own, whose amount the verb does not take."""
    current = noun
    while current.i != verb.i and current.head.i != current.i:
        if current.dep_ in ("obl:mod", "advcl") and current.head.i == verb.i:
            return current.i != noun.i or current.dep_ == "advcl"
        current = current.head
    return False


def _spent_elsewhere(verb: Trigger, span: Span) -> bool:
    """« a souscrit 8 M€ à la levée de 45 M€ de X »: the verb's own object is another sum,
    so a sum under a pledge noun of its complement is that noun's."""
    money = span.doc._.amounts or ()
    return any(
        c.dep_ == "obj"
        and not span.start <= c.i < span.end
        and any(a.start <= c.idx < a.end for a in money)
        for c in verb.token.children
    )


def _takes_a_percentage(verb: Token, entity_at: dict) -> bool:
    """« prend 30 % du transporteur X »: the verb's object is a share of a named company
    (not « prend 5 % de part de marché »)."""
    doc = verb.doc
    nxt = verb.i + 1
    while nxt < len(doc) and doc[nxt].pos_ in ("ADV", "AUX"):
        nxt += 1  # « prendra aussi 30 % »
    if not (nxt + 2 < len(doc) and doc[nxt].like_num and doc[nxt + 1].text == "%"):
        return False
    if fold(doc[nxt + 2].text) not in ("de", "du", "des", "d'"):
        return False
    for k in range(nxt + 3, min(len(doc), nxt + 11)):  # « 15 % du capital de la start-up
        if k in entity_at:  # lilloise X »: the company past its description
            return True
        if doc[k].is_punct:
            return False
    return False


def governing_trigger(span: Span, triggers: list[Trigger]) -> Trigger | None:
    """The trigger the amount is the quantity of (« 500 milliards de dollars
    d'investissements »), or the one above it in the tree, else the nearest in its sentence."""
    doc = span.doc
    by_token: dict[int, Trigger] = {}
    for tr in triggers:
        for k in range(tr.size):
            by_token.setdefault(tr.token.i + k, tr)
    after = span.end
    if after + 1 < len(doc) and fold(doc[after].text) in ("de", "d'") and after + 1 in by_token:
        found = by_token[after + 1]
        if found.kind == "noun":
            return found
    # on the path up the tree, a full verb carries the type (« a obtenu une ligne de crédit de
    # 300 millions » is a raise), else the first pledge noun, else a light verb
    current = span.root
    on_path: list[Trigger] = []
    for _ in range(8):  # up to the verb of the amount's own clause
        if current.i in by_token and not span.start <= current.i < span.end:
            on_path.append(by_token[current.i])
        if current.head.i == current.i or any(c.dep_ in SUBJECTS for c in current.children):
            break
        if on_path and purpose_clause(current):
            break  # « un accord pour créer un fonds de 120 M€ »: the fund holds the money
        current = current.head
    # « un accord …, assorti d'un budget de 12 milliards »: the specific pledge outranks the
    # generic money noun under it
    nouns = sorted(
        (t for t in on_path if t.kind == "noun"),
        key=lambda t: lexicon()["noun_priority"].index(t.type),
    )
    # « a conclu une ronde de financement de 42 M$ »: a deal verb yields to what it concludes
    verbs = [
        t
        for t in on_path
        if t.kind == "verb"
        and not (
            t.type in ("partnership", "declaration") and any(n.type != t.type for n in nouns)
        )  # « a adopté un plan d'investissement de 2,4 Md€ » is the plan's investment
    ]
    framed = [
        n
        for n in nouns
        if verbs and (_in_adverbial(n.token, verbs[0].token) or _spent_elsewhere(verbs[0], span))
    ]
    chosen = (framed or verbs or nouns or on_path or [None])[0]
    if chosen is not None and chosen.kind == "verb" and nouns and chosen.token.dep_ == "acl":
        chosen = nouns[0]
    if chosen is None:
        clause = clause_head(span.root)
        same_clause = [t for t in triggers if clause_head(t.token).i == clause.i]
        if same_clause:
            chosen = min(
                same_clause, key=lambda t: (abs(t.token.i - span.start), t.token.i > span.start)
            )
    participle = chosen is not None and "Part" in chosen.token.morph.get("VerbForm")
    if chosen is not None and chosen.kind == "verb" and participle and chosen.token.dep_ != "ROOT":
        # « X, une coalition…, dotée de 400 millions » : the endowment belongs to the noun
        before = [t for t in triggers if t.kind == "noun" and t.token.i < chosen.token.i]
        if before and not any(c.dep_ in SUBJECTS for c in chosen.token.children):
            return before[-1]
    return chosen


def resolve_light(
    trigger: Trigger, triggers: list[Trigger], amount_span: Span | None
) -> Trigger | None:
    """A light verb (« annonce », « propose ») takes the type of the strongest trigger it
    governs; with money and nothing else, its own default; without a default, nothing."""
    if trigger.kind != "light":
        return trigger
    lex = lexicon()
    governed = [
        t
        for t in triggers
        if t.kind != "light"
        and trigger.token in t.token.ancestors
        and (amount_span is None or not amount_span.start <= t.token.i < amount_span.end)
    ]
    if governed:
        best = min(governed, key=lambda t: lex["priority"].index(t.type))
        return Trigger(trigger.token, 1, best.type, "verb")
    if not trigger.type:  # « inaugure une usine de 40 M€ »: the sum sizes the plant it opens
        sized = amount_span is not None and _sizes_facility(trigger.token, amount_span)
        return Trigger(trigger.token, 1, "investment", "verb") if sized else None
    kind = trigger.type
    if amount_span is not None and kind in ("launch", "partnership"):
        agreed = kind == "partnership" and _with_a_counterpart(trigger.token)
        kind = "partnership" if agreed else "investment"
    return Trigger(trigger.token, 1, kind, "verb")


def _with_a_counterpart(verb: Token) -> bool:
    """« a signé avec X un abonnement de 180 000 £ »: an agreement's verb with the party it is
    made with; its sum is the agreement's price, not an investment."""
    return any(
        c.dep_.startswith("obl") and any(fold(g.text) == "avec" for g in c.children)
        for c in verb.children
    )


LENDER_WORDS = {fold(w) for w in ("auprès", "avec")}


def borrowed(trigger: Trigger, sent: Span, lemma: Lemmas) -> Trigger:
    """« a signé avec la banque un prêt de 300 M€ », « en discussions avec X pour un prêt »: a loan
    whose lender is named beside it is raised by the subject, not invested by it; so is a
    financing the subject closes (« a bouclé un financement de 412 milliards »)."""
    token = trigger.token
    lex = lexicon()
    if trigger.kind == "noun" and fold(token.text) in lex["secured_nouns"]:
        closer = token.head if token.dep_ == "obj" else None
        if closer is not None and closer.dep_ == "obl:mod":
            closer = closer.head  # « a bouclé jeudi un financement », hung on the day
        closer = closer or next((c for c in token.children if c.dep_ == "acl:relcl"), None)
        if closer is not None and fold(lemma(closer)) in lex["securing_verbs"]:
            return Trigger(token, trigger.size, "fundraising", "noun")
        return trigger
    if trigger.kind != "noun" or fold(token.text) not in lex["loan_nouns"]:
        return trigger
    clauses = {clause_head(token).i} | {  # « un prêt de 12 M€ que nous avons obtenu auprès
        c.i  # de X »: the relative clause on the loan or its amount names the lender too
        for k in (token, *(c for c in token.children if c.dep_ == "nmod"))
        for c in k.children
        if c.dep_ == "acl:relcl"
    }
    lender = any(fold(t.text) in LENDER_WORDS and clause_head(t).i in clauses for t in sent)
    return Trigger(token, trigger.size, "fundraising", "noun") if lender else trigger


def initiative_or_launch(trigger: Trigger, sent: Span) -> Trigger:
    """Launching a coalition, or a partnership « entre » several parties, is an initiative."""
    lex = lexicon()
    if trigger.type not in ("launch", "partnership"):
        return trigger
    window = sent.doc[trigger.token.i : min(sent.end, trigger.token.i + 10)]
    words = folded_text(window).split()
    initiative_nouns = {n for n, t in lex["nouns"].items() if t == "initiative"}
    collective = "entre" in words and bool(set(words) & set(lex["party_nouns"]))
    if (trigger.type == "launch" and set(words[1:]) & initiative_nouns) or collective:
        return Trigger(trigger.token, trigger.size, "initiative", trigger.kind)
    return trigger
