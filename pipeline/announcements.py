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

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .assets import load_json
from .entities import EntityMention, entity_index, fold, is_demonym, is_place
from .sentences import in_boilerplate

SUBJECTS = ("nsubj", "nsubj:pass", "expl:subj")
# links climbed from a pledge word to the verb whose subject pledges; not « parataxis », which
# leads to the reporter of an inserted « a indiqué X »
CLIMB = ("xcomp", "advcl", "conj", "ccomp", "acl", "obj", "obl:arg", "obl:mod", "nmod", "advmod")
PERSONAL = ("il", "elle", "ils", "elles")
AUXILIARY_FORMS = ("a", "ont", "avait", "avaient", "aura", "auront", "est", "sont", "sera")
FINITE_ENDINGS = ("ra", "ront", "rait", "raient", "ait", "aient")  # future, conditional, past
DESCRIBERS = ("DET", "ADJ", "NOUN")  # « le quotidien allemand » before a name
PARTNER_STOPS = ("pour", "afin", "qui", "ainsi", "tandis", "mais", "puis")
_QUOTE = r"«\s*([^»]{2,60}?)\s*»|\"([^\"]{2,60})\"|“([^”]{2,60})”"
QUOTED = re.compile(_QUOTE)  # a name in French, straight or curly quotes
QUOTED_SOON = re.compile(rf".{{0,40}}?(?:{_QUOTE})")  # the same, a few words further on
STOP_PUNCT = {".", ";", ":", "!", "?", "(", ")"}


@dataclass
class Found:
    """An announcement as the recogniser finds it; ``extract`` turns it into the contract."""

    type: str
    trigger: str
    start: int
    end: int
    actors: list[tuple[str, str]] = field(default_factory=list)
    partners: list[tuple[str, str]] = field(default_factory=list)
    object: tuple[str, str] | None = None
    amount: int | None = None
    components: list[int] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)
    date: str | None = None
    deadline: str | None = None
    purpose: str | None = None
    modality: str = "announced"


class Lemmas:
    """Lemmas on demand: spaCy's rule lemmatizer is called only for words that may be one of
    the lexicon's verbs (same first letters as a lemma or an irregular stem), a fraction of
    what running it over every token costs."""

    def __init__(self, lemmatizer=None):
        self.lemmatizer = lemmatizer
        self.cache: dict[tuple[str, str], str] = {}

    def __call__(self, token: Token) -> str:
        if token.lemma_ or self.lemmatizer is None:
            return token.lemma_ or token.lower_
        if fold(token.text)[:3] not in _lexicon()["verb_prefixes"]:
            return token.lower_
        key = (token.lower_, token.pos_)
        lemma = self.cache.get(key)
        if lemma is None:
            lemma = self.cache[key] = self.lemmatizer.rule_lemmatize(token)[0]
        return lemma


@dataclass(frozen=True)
class Trigger:
    token: Token
    size: int  # tokens the trigger covers
    type: str
    kind: str  # verb, noun or light


@cache
def _lexicon() -> dict:
    triggers = load_json("triggers.json")
    grammar = load_json("announcements.json")
    names = load_json("entities.json")
    verbs = {fold(v): t for t, words in triggers["verbs"].items() for v in words}
    nouns = {fold(n): t for t, words in triggers["nouns"].items() for n in words}
    return {
        "verbs": verbs,
        "nouns": nouns,
        "noun_list": sorted(nouns),
        "plurals": {fold(n)[:-2] + "aux": fold(n) for n in nouns if fold(n).endswith("al")},
        "verb_prefixes": {
            fold(v)[:3]
            for v in [
                *verbs,
                *triggers["light_verbs"],
                *grammar["denial_verbs"],
                *grammar["rejection_verbs"],
                *(s for stems in triggers["irregular_stems"].values() for s in stems),
                *triggers["facility_verbs"],
            ]
        },
        "facility_verbs": {fold(v) for v in triggers["facility_verbs"]},
        "facility_action_nouns": {fold(n) for n in triggers["facility_action_nouns"]},
        "facility_nouns": {fold(n) for n in triggers["facility_nouns"]},
        "light": {fold(v): t for v, t in triggers["light_verbs"].items()},
        "fire_without_amount": {fold(v) for v in triggers["fire_without_amount"]},
        "event_verbs": {fold(v) for v in triggers["event_verbs"]},
        "event_nouns": {fold(n) for n in triggers["nouns"]["event"]},
        "launch_light_verbs": {fold(v) for v in triggers["launch_light_verbs"]},
        "org_heads": {fold(w) for w in names["org_heads"]},
        "weak_nouns": {fold(w) for w in triggers["weak_nouns"]},
        "territory_heads": {fold(w) for w in names["territory_heads"]},
        "country_heads": {fold(w) for w in names["country_heads"]},
        "person_heads": {fold(w) for w in names["person_titles"]},
        "noun_priority": triggers["noun_priority"],
        "direct_name_nouns": {
            fold(n) for t in ("initiative", "event") for n in triggers["nouns"][t]
        },
        "non_pledge_verbs": {fold(w) for w in triggers["non_pledge_verbs"]},
        "adverbial_nouns": [fold(n) for n in triggers["adverbial_nouns"]],
        "priority": triggers["trigger_priority"],
        **{k: [fold(w) for w in v] for k, v in grammar.items() if isinstance(v, list)},
    }


def _words(tokens) -> str:
    return fold(" ".join(t.text for t in tokens)).replace("' ", "'")


@cache
def _first_words(phrases: tuple[str, ...]) -> dict[str, list[int]]:
    """First word of each phrase -> the phrase lengths (in words) to try, longest first."""
    index: dict[str, set[int]] = {}
    for phrase in phrases:
        words = phrase.replace("'", "' ").split()
        index.setdefault(words[0], set()).add(len(words))
    return {w: sorted(sizes, reverse=True) for w, sizes in index.items()}


def _starts_with(doc: Doc, i: int, phrases: list[str]) -> int:
    """Length in tokens of the longest phrase starting at token ``i``, or 0."""
    sizes = _first_words(tuple(phrases)).get(fold(doc[i].text))
    if not sizes:
        return 0
    wanted = set(phrases)
    for size in sizes:
        for extra in (0, 1):  # « d'ici » may be one token or two
            if i + size + extra <= len(doc) and _words(doc[i : i + size + extra]) in wanted:
                return size + extra
    return 0


def _noun_trigger(doc: Doc, i: int, end: int) -> tuple[int, str | None]:
    """(size, type) of the trigger noun phrase starting at token ``i``, plurals included."""
    lex = _lexicon()
    size = _starts_with(doc[:end], i, lex["noun_list"])
    if size:
        return size, lex["nouns"][_words(doc[i : i + size])]
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
    facilities = _lexicon()["facility_nouns"]
    return word in facilities or (word.endswith(("s", "x")) and word[:-1] in facilities)


def _builds_facility(verb: Token) -> bool:
    """« ouvrira une usine », « construira à Metz un centre de données »: a building verb
    whose object is a plant, a site, a campus."""
    return any(c.dep_ == "obj" and _is_facility(c) for c in verb.children)


def _facility_after(doc: Doc, i: int, sent: Span) -> bool:
    """« l'ouverture à Paris d'un centre de recherche »: a facility within a few words."""
    window = doc[i + 1 : min(sent.end, i + 7)]
    return any(_is_facility(t) for t in window if t.pos_ == "NOUN")


def find_triggers(sent: Span, lemma: Lemmas, entity_at: dict | None = None) -> list[Trigger]:
    """Pledge words of a sentence. A money word inside the name of an organisation, person
    or place (« Banque valdoise d'investissement ») pledges nothing; a coalition or event
    word may (« l'Alliance pour le calcul ouvert »)."""
    lex = _lexicon()
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
            if inside_name and (kind not in ("initiative", "event", "launch") or not opens_name):
                size = 0  # « le Fonds nordique d'investissement » is a name, no pledge
            if size and i > sent.start and _words(doc[i - 1 : i + 1]) in lex["adverbial_nouns"]:
                size = 0  # « en partenariat avec X » introduces a partner, it is no pledge
            if size:
                found.append(Trigger(token, size, kind, "noun"))
                i += size
                continue
            if fold(token.text) in lex["facility_action_nouns"] and _facility_after(doc, i, sent):
                found.append(Trigger(token, 1, "investment", "facility"))
                i += 1
                continue
        if token.pos_ in ("VERB", "AUX"):
            base = fold(lemma(token))
            reflexive = any(fold(c.text) in ("s'", "se") for c in token.children)
            if base in lex["facility_verbs"] and _builds_facility(token):
                found.append(Trigger(token, 1, "investment", "facility"))
            elif base == "offrir" and reflexive:
                found.append(Trigger(token, 1, "acquisition", "verb"))
            elif base in lex["light"]:
                found.append(Trigger(token, 1, lex["light"][base] or "", "light"))
            elif base in lex["verbs"] and not (
                lex["verbs"][base] == "partnership" and not reflexive and _job_title(token)
            ):
                found.append(Trigger(token, 1, lex["verbs"][base], "verb"))

        i += 1
    return found


# ---------------------------------------------------------------- amount roles


def amount_roles(doc: Doc) -> dict[int, tuple[str, int | None]]:
    """Index -> (role, refers_to) for amounts that are not new commitments."""
    lex = _lexicon()
    amounts = doc._.amounts or []
    roles: dict[int, tuple[str, int | None]] = {}
    starts = [s.start_char for s in doc.sents]
    for i, a in enumerate(amounts):
        sent_start = starts[bisect_right(starts, a.start) - 1] if starts else 0
        before = fold(doc.text[max(sent_start, a.start - 45) : a.start])
        previous = i - 1 if i and amounts[i - 1].start >= sent_start else None
        if previous is not None:
            between = fold(doc.text[amounts[previous].end : a.start])
            parent_role, parent_ref = roles.get(previous, ("other", None))
            head = parent_ref if parent_role == "component" else previous
            per_unit = between.strip().startswith(tuple(lex["non_commitment_after"]))
            if re.fullmatch(r"\s*(?:\(|,?\s*soit\b)[^.;()]{0,20}", between) and not per_unit:
                roles[i] = ("reference", previous)  # « 120 milliards de yens (près de 740 M€) »
                continue
            if re.search(r"\b(?:dont|parmi lesquel\w*|notamment)\b", between):
                roles[i] = ("component", head)
                continue
            continues_parts = a.currency_from is not None or len(between) < 80
            if parent_role == "component" and continues_parts and not re.search(r"[.;]", between):
                roles[i] = ("component", head)
                continue
        if any(re.search(rf"\b{re.escape(w)}\b", before[-30:]) for w in lex["valuation_words"]):
            roles[i] = ("valuation", None)
            continue
        words_before = before.split()
        following = fold(doc.text[a.end : a.end + 25]).strip()
        after = following.split()
        size = a.value or a.max or a.min or 0
        if following.startswith(tuple(lex["non_commitment_after"])) and size < 1e6:
            roles[i] = (
                "other",
                None,
            )  # a price: « 59,90 francs par mois », « 45 euros par action »
            continue
        demonstrative = words_before and words_before[-1] in ("ces", "ce", "cet", "cette")
        owned = re.match(
            r"\s*(?:de|du|des|d')\s*(?:l'|la|le|les)?\s*[A-ZÉÈ]", doc.text[a.end : a.end + 20]
        )
        if words_before and words_before[-1] == "les" and owned:
            roles[i] = ("other", None)  # « les 200 milliards d'euros de l'initiative X »: recalled
            continue
        if words_before and words_before[-1] in lex["reference_determiners"]:
            earlier = [
                j
                for j in range(i)
                if amounts[j].value == a.value
                and amounts[j].value is not None
                and (a.currency is None or amounts[j].currency == a.currency)
            ]
            if earlier or demonstrative or (after and after[0] in lex["reference_participles"]):
                roles[i] = ("reference", earlier[0] if earlier else None)
                continue
        if any(
            re.search(rf"\b{re.escape(w)}\b", before[-35:]) for w in lex["non_commitment_words"]
        ):
            roles[i] = ("other", None)
    return roles


# ---------------------------------------------------------------- parties


class Reader:
    """Reads one document's announcements, remembering who was spoken of for pronouns."""

    def __init__(self, doc: Doc, lemma: Lemmas):
        self.doc = doc
        self.lemma = lemma
        # spaCy rebuilds the sentence list on every ``token.sent``: index it once
        self.sentences = list(doc.sents)
        self.sentence_at = [0] * len(doc)
        for number, sentence in enumerate(self.sentences):
            self.sentence_at[sentence.start : sentence.end] = [number] * len(sentence)
        self.lex = _lexicon()
        self.entity_at = entity_index(doc)
        self.recent: list[tuple[int, EntityMention]] = []  # (sentence start, subject name)
        self.groups: list[tuple[int, list[EntityMention]]] = []  # subjects naming several
        self.last_actors: tuple[int, list[EntityMention]] = (-1, [])

    # -- entities

    def sentence_of(self, token: Token) -> Span:
        return self.sentences[self.sentence_at[token.i]]

    def aside(self, m: EntityMention) -> bool:
        """A name in brackets (« (SIX : ALPN) »), a cited source (« selon X ») or a dateline
        (« PARIS, 25 nov (Reuters) - »)."""
        doc = self.doc
        if fold(m.canonical) != fold(m.text) and m.text.isupper():
            return False  # « (ANR) » stands for the agency named before it
        if doc[m.token_start].is_sent_start and self._dateline(m):
            return True
        if self._bracketed(m):
            return True
        start = m.token_start  # « selon le quotidien allemand X »: back over its description
        while start > 0 and m.token_start - start < 4 and doc[start - 1].pos_ in DESCRIBERS:
            start -= 1
        before = _words(doc[max(0, start - 2) : start])
        return before.endswith(tuple(self.lex["source_cues"]))

    @staticmethod
    def _is_place(m: EntityMention) -> bool:
        return m.label == "LOC" or is_place(m.canonical)

    def _bracketed(self, m: EntityMention) -> bool:
        doc = self.doc
        for i in range(m.token_start - 1, max(-1, m.token_start - 5), -1):
            if doc[i].text == ")" or doc[i].is_sent_start:
                return False
            if doc[i].text == "(":
                return True
        return False

    def _dateline(self, m: EntityMention) -> bool:
        """« PARIS, 25 nov (Reuters) - », « Bordeaux, le 20 mars 2025 – »: the place a
        dispatch is filed from, up to the dash that opens the text."""
        doc = self.doc
        shouted = m.text.isupper() and len(m.text) > 3
        if not (shouted or m.label == "LOC" or is_place(m.canonical)):
            return False
        for token in doc[m.token_end : min(len(doc), m.token_end + 9)]:
            if token.text in ("–", "—", "-") or (shouted and token.text == ","):
                return True
            if token.pos_ in ("VERB", "AUX") or token.text in (".", ":", ";"):
                return False
        return False

    def entities_in(self, tokens) -> list[EntityMention]:
        seen, out = set(), []
        for t in tokens:
            m = self.entity_at.get(t.i)
            if m and m.token_start not in seen and not self.aside(m):
                seen.add(m.token_start)
                out.append(m)
        return out

    def enumeration(self, mention: EntityMention, sent: Span) -> list[EntityMention]:
        """Names coordinated with ``mention``: « Ondix, Varel et Quarto »."""
        group = [mention]
        for step in (-1, 1):
            i = mention.token_start - 1 if step < 0 else mention.token_end
            while sent.start <= i < sent.end:
                if self.doc[i].text in (",", "et") or self.doc[i].lower_ in ("ainsi", "que"):
                    i += step
                    continue
                if self.doc[i].pos_ == "DET":
                    i += step
                    continue
                m = self.entity_at.get(i)
                if m is None or self.aside(m) or self._is_place(m) != self._is_place(mention):
                    break  # « à Lyon, Nexora lève »: a place does not join a list of firms
                group.append(m)
                i = m.token_start - 1 if step < 0 else m.token_end
        return sorted({m.token_start: m for m in group}.values(), key=lambda m: m.token_start)

    def subject_of(self, token: Token) -> Token | None:
        """The subject governing ``token``, climbing through infinitives, participles,
        coordination and relative clauses."""
        current = token
        for _ in range(7):
            current = self._shared_auxiliary(current)
            for child in current.children:
                if child.dep_ in SUBJECTS:
                    if (
                        fold(child.text) in ("qui", "lequel", "laquelle")
                        and current.dep_ == "acl:relcl"
                    ):
                        return current.head
                    passive = any(c.dep_ == "aux:pass" for c in current.children) or (
                        not any(c.dep_.startswith("aux") for c in current.children)
                    )  # « il a promis » mis-tagged as a passive subject has « avoir »
                    if child.dep_ == "nsubj:pass" and passive:
                        agents = [c for c in current.children if c.dep_ == "obl:agent"]
                        if agents:
                            return agents[0]
                        after_par = [  # « soutenu à hauteur de 95 M€ par la Région X »
                            t.i + 1
                            for t in self.sentence_of(current)
                            if t.i > current.i and fold(t.text) == "par" and t.i + 1 < len(self.doc)
                        ]
                        for i in after_par:
                            j = i + (self.doc[i].pos_ == "DET")
                            if j in self.entity_at:
                                return self.doc[j]
                        return None  # the patient of a passive pledges nothing
                    return child
            if current.dep_ == "acl:relcl":
                return current.head
            finite = "Fin" in current.morph.get("VerbForm") or (
                current.pos_ == "VERB" and fold(current.text).endswith(FINITE_ENDINGS)
            )  # the tagger calls « financera » a participle
            if current.dep_ == "acl" and finite and current.head.i < current.i:
                return current.head  # « …, le pays financera »: a finite verb hung on its subject
            if current.dep_ == "conj" and current.pos_ == "VERB":
                own = self._name_just_before(current)
                if own is not None:  # « …, et la coopérative X s'associe à Y »
                    return own
            if current.head.i == current.i or current.dep_ not in CLIMB:
                return None
            current = current.head
        return None

    def _name_just_before(self, verb: Token) -> Token | None:
        """The name right before a coordinated verb that the parser left without a subject:
        that clause's own subject."""
        j = verb.i - 1
        while j >= 0 and (
            self.doc[j].dep_.startswith(("expl", "aux", "advmod"))
            or fold(self.doc[j].text) in ("s'", "se", "n'", "ne")
        ):
            j -= 1
        m = self.entity_at.get(j)
        if m is None or self._is_place(m) or self.aside(m):
            return None
        return self.doc[m.token_start]

    def _shared_auxiliary(self, verb: Token) -> Token:
        """« X a lancé Y, un appareil dont…, et annoncé une levée »: a bare participle
        coordinated after a compound verb shares its subject, wherever the parser hung it."""
        bare = (
            verb.dep_ == "conj"
            and "Part" in verb.morph.get("VerbForm")
            and not any(c.dep_.startswith(("aux", "nsubj")) for c in verb.children)
        )
        if not bare:
            return verb
        sent = self.sentence_of(verb)
        for i in range(verb.i - 1, sent.start - 1, -1):
            t = self.doc[i]
            if t.pos_ == "VERB" and any(c.dep_.startswith("aux") for c in t.children):
                return t
        return verb

    def resolve(self, subject: Token, sent: Span) -> list[EntityMention]:
        """Entities a subject stands for: its own names, an apposition, or an antecedent."""
        verb = subject.head
        if fold(subject.text) in PERSONAL and verb.dep_ in ("ccomp", "advcl", "xcomp", "conj"):
            matrix = self.subject_of(verb.head)  # « X a annoncé qu'il investirait »
            if matrix is not None and matrix.i < subject.i:
                return self.resolve(matrix, sent)
        skip = {"acl:relcl", "acl", "advcl"}
        tokens = [t for t in subject.subtree if t.i < sent.end and t.i >= sent.start]
        blocked = {d.i for c in subject.children if c.dep_ in skip for d in c.subtree}
        names = self.entities_in(t for t in tokens if t.i not in blocked)
        if not names and subject.i in self.entity_at and not self.aside(self.entity_at[subject.i]):
            names = [self.entity_at[subject.i]]
        described = subject.pos_ == "NOUN" and subject.i not in self.entity_at
        apposed = self.apposed_before(subject, sent) if described and names else []
        if apposed and apposed[0].label != "LOC" and not is_place(apposed[0].canonical):
            return apposed  # « la Valcor, la communauté d'agglomération de X, financera »
        territory = fold(subject.text) in self.lex["territory_heads"]  # « la région de X »
        if (
            described
            and not territory
            and names
            and all(
                n.label == "LOC" and fold(self.doc[n.token_start - 1].text) in ("de", "d'")
                for n in names
            )
        ):
            names = []  # « le groupe de Düsseldorf »: a place that qualifies a description
        if names:
            grouped = self.enumeration(names[0], sent) + self.enumeration(names[-1], sent) + names
            return sorted({m.token_start: m for m in grouped}.values(), key=lambda m: m.token_start)
        head = fold(subject.text)
        determiners = {fold(c.text) for c in subject.children if c.dep_ == "det"}
        if determiners & set(self.lex["anaphoric_determiners"]) and (
            head in self.lex["country_heads"] or head in self.lex["territory_heads"]
        ):
            return self.place_before(subject)  # « le royaume a signé », « la région apportera »
        apposed = self.apposed_before(subject, sent)
        if apposed:
            return apposed
        first = fold(subject.left_edge.text)
        if fold(subject.text) in ("nous", "notre"):
            return self.protagonist()
        if fold(subject.text) in ("ils", "elles"):
            listed = self.named_just_before(sent, plural=True)
            if listed:  # « Les régions A et B, maintenant. Elles lancent… »
                return listed
            if self.groups:
                return self.groups[-1][1]  # « Elles lancent ensemble… »: the last named group
        if fold(subject.text) in PERSONAL:
            named = self.named_just_before(sent, plural=False)
            if named:  # « Elle vient du groupe X. Il va investir… »
                return named
        described_as = _words(t for t in subject.subtree if t.pos_ != "DET").replace(" - ", "-")
        two_words = _words(self.doc[subject.i : subject.i + 2])  # « la jeune pousse », mis-parsed
        organisation = (
            fold(subject.text) in self.lex["org_heads"]
            or two_words in self.lex["org_heads"]
            or described_as in self.lex["org_heads"]
            or described_as.split(" ")[0] in self.lex["org_heads"]
        ) and "Plur" not in subject.morph.get("Number")  # not « les start-up françaises »
        person = fold(subject.text) in self.lex["person_heads"]  # « le patron »
        if person and first in self.lex["anaphoric_determiners"]:
            return self.antecedent(sent)
        if (
            first in ("son", "sa", "ses", "leur", "leurs")
            and fold(subject.text) in self.lex["member_nouns"]
        ):  # « Ses membres mettront en commun… »
            return self.antecedent(sent)
        if organisation:  # « la jeune pousse rennaise Qubra », parsed in pieces
            j = subject.i + 1
            while j < min(sent.end, subject.i + 6) and j not in self.entity_at:
                if self.doc[j].pos_ not in ("ADJ", "NOUN", "VERB") or self.doc[j].is_punct:
                    break
                j += 1
            if j in self.entity_at:
                return [self.entity_at[j]]
        if fold(subject.text) in self.lex["pronouns"] or (
            first in self.lex["anaphoric_determiners"] and organisation
        ):  # « il », « la start-up »; not « les projets », « le chantier »
            return self.antecedent(sent, organisation)
        return []

    def apposed_before(self, subject: Token, sent: Span) -> list[EntityMention]:
        """« Cloudia, la branche cloud du groupe, investira »: a name in apposition that
        opens the clause."""
        left = min(t.i for t in subject.subtree if not t.is_punct) - 1
        while left >= sent.start and self.doc[left].text in (",", "«", "»"):
            left -= 1
        if left < sent.start or left not in self.entity_at:
            return []
        name = self.entity_at[left]
        opener = name.token_start - 1
        if opener >= sent.start and self.doc[opener].pos_ == "DET":
            opener -= 1  # « Au Brésil, le BNDES, la banque de développement, a porté »
        if opener < sent.start or self.doc[opener].is_punct or self.doc[opener].pos_ == "ADV":
            return [name]
        return []

    def place_before(self, token: Token) -> list[EntityMention]:
        """The latest place named before ``token``, within the three sentences before it."""
        number = self.sentence_at[token.i]
        start = self.sentences[max(0, number - 3)].start
        for i in range(token.i - 1, start - 1, -1):
            m = self.entity_at.get(i)
            place = m is not None and (m.label == "LOC" or is_place(m.canonical))
            if place and not self.aside(m):
                return [m]
        return []

    def protagonist(self) -> list[EntityMention]:
        """Who « nous » is in an interview or a press release: the organisation the article
        names most."""
        mentions = [
            m
            for m in {m.token_start: m for m in self.entity_at.values()}.values()
            if not in_boilerplate(self.sentence_of(self.doc[m.token_start]))
        ]  # not the « COMMUNIQUÉ DE PRESSE » header
        counts = Counter(
            m.canonical
            for m in mentions
            if m.label not in ("PER", "LOC")
            and not is_place(m.canonical)
            and (not self.aside(m) or self._bracketed(m))  # « Hélène Morvan (Nexalia) »
            and not any(_is_event_word(w, self.lex) for w in fold(m.canonical).split())
        )  # a forum the article reports from is no one's « nous » nor « le groupe »
        headline = self.sentences[0] if self.sentences else None
        for m in mentions:  # the title names whom the article is about, in brackets too
            if headline is not None and m.token_start < headline.end and m.canonical in counts:
                counts[m.canonical] += 3
        if not counts:
            return []
        name = counts.most_common(1)[0][0]
        return [next(m for m in self.entity_at.values() if m.canonical == name)]

    def antecedent(self, sent: Span, organisation: bool = False) -> list[EntityMention]:
        """What a pronoun or a definite description (« la start-up ») refers back to: the
        latest actor or sentence subject before this sentence, places last; an organisation
        for « le groupe », « la société »."""
        here = sent.start
        when, actors = self.last_actors
        earlier = [(i, m) for i, m in self.recent if i < here]
        wanted = ("ORG", "MISC") if organisation else ("ORG", "MISC", "PER")
        if any(m.label in wanted for _, m in earlier) or organisation:
            earlier = [(i, m) for i, m in earlier if m.label in wanted]
        if organisation and any(a.label == "PER" for a in actors):
            actors = []
        number = self.sentence_at[here] if here < len(self.doc) else len(self.sentences)
        just_before = self.sentences[number - 1].start if number > 0 else here
        local = [m for i, m in earlier if i >= just_before]
        main = self.protagonist() if organisation else []
        named_just_before = bool(main) and any(
            m.canonical == main[0].canonical for m in self.entities_in(self.doc[just_before:here])
        )
        if organisation and local and not named_just_before:
            return [local[-1]]  # « La direction de X défend son plan. La société… »
        if organisation:  # « le groupe » is most often the company the article is about
            seen = {m.canonical for i, m in self.recent if i < here} | {
                m.canonical for m in self.entities_in(self.doc[max(0, here - 120) : here])
            }
            if main and (main[0].canonical in seen or not earlier and not actors):
                return main
        if earlier and earlier[-1][0] > when:
            return [earlier[-1][1]]
        return actors if when < here else []

    def named_just_before(self, sent: Span, plural: bool) -> list[EntityMention]:
        """A pronoun opening a sentence whose predecessor only presents someone, without
        making it the subject (« Elle s'appelle X. », « Elle vient du groupe X. », « Les
        régions A et B, maintenant. »): that name, or for « ils »/« elles » the names listed
        together."""
        number = self.sentence_at[sent.start]
        if number == 0 or not sent.start or "\n\n" in self.doc[sent.start - 1].text:
            return []
        previous = self.sentences[number - 1]
        if any(i == previous.start for i, _ in self.recent):
            return []  # its subject is named: the usual antecedent rules apply
        if find_triggers(previous, self.lemma, self.entity_at):
            return []  # a sentence that pledges sets its own actors for what follows
        names = [m for m in self.entities_in(previous) if m.label in ("ORG", "MISC", "PER")]
        if plural:
            places = [m for m in self.entities_in(previous) if self._is_place(m)]
            group = self.enumeration(places[0], previous) if places else []
            listed = (
                group if len(group) >= 2 else self.enumeration(names[0], previous) if names else []
            )
            return listed if len(listed) >= 2 else []
        return names[-1:]

    def heading_subject(self, heading: Span) -> None:
        """« • Nexora fait de Lyon sa base IA »: a subheading that opens with a name tells
        whom « le laboratoire » of the paragraph below means."""
        opening = [t for t in heading[:3] if not t.is_punct]
        names = self.entities_in(opening[:1])
        if names and names[0].label != "LOC":
            self.recent.append((heading.start, names[0]))

    def _list_start(self, item: Span) -> int:
        number = self.sentence_at[item.start]
        while number > 0 and _bulleted(self.sentences[number - 1]):
            number -= 1
        return number

    def list_item(self, sent: Span) -> bool:
        """« Points clés : » then « - l'acquisition de X ; »: a bullet of a list brought in by
        a colon, whose pledge is told without a verb; a bullet standing alone over a
        paragraph is a subheading."""
        if not _bulleted(sent):
            return False
        number = self._list_start(sent)
        return number > 0 and self.sentences[number - 1].text.rstrip().endswith(":")

    def lead_in_pledge(self, item: Span) -> Trigger | None:
        """« Le ministère leur attribue les aides suivantes : »: the pledge verb of a list's
        lead-in, for bullets that give only a beneficiary and an amount."""
        number = self._list_start(item)
        line = self.sentences[number - 1]
        for t in find_triggers(line, self.lemma, self.entity_at):
            if t.kind in ("verb", "light") and t.token.pos_ in ("VERB", "AUX"):
                return Trigger(t.token, 1, t.type or "investment", "verb")
        return None

    def add_beneficiaries(self, found: Found, item: Span) -> None:
        """« Nexora (Lyon) : … »: the names that open a bullet receive the money, the place in
        brackets is where it goes."""
        colon = next((t.i for t in item if t.text == ":"), None)
        if colon is None:
            return
        opening = {
            self.entity_at[i].token_start: self.entity_at[i]
            for i in range(item.start, colon)
            if i in self.entity_at
        }
        for m in opening.values():  # brackets included: « (Lyon) » is the place
            if m.label == "LOC" or is_place(m.canonical):
                if m.canonical not in found.locations:
                    found.locations.append(m.canonical)
            elif (m.canonical, m.label) not in found.partners + found.actors:
                found.partners.append((m.canonical, m.label))

    def lead_in(self, item: Span) -> list[EntityMention]:
        """Who the bullets of a list speak of: a name in the line that introduces them
        (« Nexora annonce : »), else the latest actor, else the article's protagonist."""
        number = self._list_start(item)
        if number > 0:
            line = self.sentences[number - 1]
            if line.text.rstrip().endswith(":"):
                names = [m for m in self.entities_in(line) if m.label in ("ORG", "MISC", "PER")]
                if names:
                    return names[:1]
        when, actors = self.last_actors
        if actors and when >= self.sentences[max(0, number - 4)].start:
            return actors
        return self.protagonist()

    def left_zone(self, token: Token, sent: Span) -> list[EntityMention]:
        """Names before the verb in its clause, not inside a prepositional phrase."""
        i = token.i - 1
        names = []
        while (
            i >= sent.start
            and self.doc[i].text not in (";", ":")
            and fold(self.doc[i].text)
            not in (
                "que",
                "qu'",
            )
        ):
            m = self.entity_at.get(i)
            if m and self.aside(m):
                i = m.token_start - 1
                continue
            if m:
                before = self.doc[m.token_start - 1] if m.token_start > sent.start else None
                while (  # « auprès de l'Autorité X »: the preposition before the article
                    before is not None
                    and (before.text in ("«", '"', "“") or before.pos_ == "DET")
                    and before.i > sent.start
                ):
                    before = self.doc[before.i - 1]
                if self.names_a_thing(m):
                    i = m.token_start - 1
                    continue
                if before is None or fold(before.text) not in (
                    "cote",
                    "au",
                    "aux",
                    "vers",
                    "avec",
                    "par",
                    "pour",
                    "sur",
                    "dans",
                    "chez",
                    "selon",
                    "a",
                    "en",
                    "de",
                    "d'",
                    "du",
                    "des",
                ):
                    names.append(m)
                i = m.token_start - 1
                continue
            i -= 1
        return list(reversed(names))

    def actors(
        self, trigger: Trigger, sent: Span
    ) -> tuple[list[EntityMention], EntityMention | None]:
        """(actors, object) of a trigger."""
        token = trigger.token
        obj = None
        if trigger.kind == "noun" and token.dep_ == "appos" and token.head.i in self.entity_at:
            obj = self.entity_at[token.head.i]  # « Alliance X, un partenariat entre … »
        if trigger.kind == "noun" and obj is None:
            genitive = self.genitive(token, trigger.size, sent)
            named_after_place = trigger.type == "declaration" and (
                genitive is not None and (genitive.label == "LOC" or is_place(genitive.canonical))
            )  # « la déclaration de Strasbourg » is signed by the subject, if it names any
            if named_after_place:
                subject = self.subject_of(token)
                signatories = self.resolve(subject, sent) if subject is not None else []
                if signatories:
                    return signatories, None
            if genitive is not None:
                if trigger.type in ("investment", "fundraising", "partnership", "declaration"):
                    return self.enumeration(genitive, sent), None
                obj = genitive
        subject = self.subject_of(token)
        if subject is not None and self.is_money(subject):
            return [], obj  # « Ces 210 millions doivent financer… »: the money is no actor
        patient = [c for c in token.children if c.dep_ == "nsubj:pass"]
        agent = any(c.dep_ == "obl:agent" for c in token.children)
        if trigger.type == "launch" and patient and not agent:  # « l'offre X sera lancée »
            launched = self.entities_in(patient[0].subtree) or [
                m for m in [_quoted_name(self.doc, patient[0], sent, reach=4)] if m
            ]
            return self.antecedent(sent, organisation=True), (launched[0] if launched else obj)
        names = self.resolve(subject, sent) if subject is not None else []
        if subject is not None and fold(subject.text) in self.lex["plan_nouns"]:
            names = self.presenter(subject, sent) or names
        if not names:
            names = self.left_zone(token, sent)
        if not names and subject is None and token.i - sent.start <= 2 and trigger.kind != "noun":
            names = self.antecedent(sent)
        if obj is not None:
            names = [n for n in names if n.canonical != obj.canonical]
        return names, obj

    def is_money(self, token: Token) -> bool:
        return any(a.start <= token.idx < a.end for a in self.doc._.amounts or ())

    def presenter(self, plan: Token, sent: Span) -> list[EntityMention]:
        """« Présenté par X, le plan « Y » prévoit… »: who presented or carries a plan."""
        for t in sent:
            if "Part" in t.morph.get("VerbForm") and (
                t.head.i == plan.i or t.head.i == plan.head.i
            ):
                agents = [c for c in t.children if c.dep_ == "obl:agent"]
                if agents:
                    names = self.entities_in(agents[0].subtree)
                    if names:
                        return self.enumeration(names[0], sent)
        return []

    def genitive(self, token: Token, size: int, sent: Span) -> EntityMention | None:
        """The name after « de »: « le lancement de Alliance X », « un investissement des
        Émirats arabes unis », « le lancement de l'initiative « X » »."""
        doc = self.doc
        i = token.i + size
        named_directly = fold(token.text) in self.lex["direct_name_nouns"]
        if named_directly and i < len(doc) and i in self.entity_at and doc[i].text[:1].isupper():
            return self.entity_at[i]  # « l'alliance Calista », no « de »
        if named_directly and i < len(doc) and doc[i].text in ("«", '"', "“"):
            return _quoted_name(doc, token, sent, reach=size + 8)
        if i >= len(doc) or fold(doc[i].text) not in ("de", "d'", "des", "du"):
            return None
        i += 1
        limit = min(len(doc), i + 4)
        while i < limit and (doc[i].pos_ in ("DET", "ADJ") or doc[i].text in ("«", '"', "“")):
            i += 1
        if i < limit and i not in self.entity_at and doc[i].pos_ == "NOUN":
            quoted = _quoted_name(doc, doc[i], sent, reach=4)
            if quoted:
                return quoted
            # « de la biotech lilloise Quantela »: a describing noun, adjectives, then the name
            j = i + 1
            while j < min(len(doc), i + 4) and doc[j].pos_ == "ADJ" and j not in self.entity_at:
                j += 1
            if j in self.entity_at:
                return self.entity_at[j]
        return self.entity_at.get(i)

    def partners(self, sent: Span, scope: Token, exclude: set[str]) -> list[EntityMention]:
        """Names after a partner cue that hangs in the trigger's clause."""
        lex = self.lex
        doc = self.doc
        clause = _clause_head(scope)
        out: list[EntityMention] = []
        i = sent.start
        while i < sent.end:
            size = _starts_with(doc, i, lex["partner_cues"])
            if not size:
                i += 1
                continue
            cue = _words(doc[i : i + size])
            j = i + size
            cue_tokens = doc[i:j]
            if not any(clause == t or clause in t.ancestors for t in cue_tokens):
                i = j
                continue
            if cue in lex["partner_cues_need_context"]:
                before = {fold(t.text) for t in doc[max(sent.start, i - 3) : i]}
                if not before & set(lex["party_nouns"]):
                    i = j
                    continue
            if i > sent.start and _words(doc[max(sent.start, i - 3) : i]).endswith(
                ("filiale", "branche")
            ):
                i = j
                continue
            gap = 0
            while j < sent.end and gap <= 6 and doc[j].text not in STOP_PUNCT:
                m = self.entity_at.get(j)
                if m:
                    party = not self._via_subsidiary(m) and not self.names_a_thing(m)
                    if m.canonical not in exclude and party:
                        out.append(m)
                    j = m.token_end
                    gap = 0
                    continue
                if doc[j].pos_ in ("VERB", "AUX") or fold(doc[j].text) in PARTNER_STOPS:
                    break
                gap += 0 if doc[j].text in (",", "et") or doc[j].pos_ == "DET" else 1
                j += 1
            i = max(j, i + size)
        return out

    def names_a_thing(self, m: EntityMention) -> bool:
        """« le projet « Polaris » », « son chatbot « Orion » »: a name given to a thing by the
        common noun before it, not a party."""
        i = m.token_start - 1
        while i >= 0 and self.doc[i].text in ("«", '"', "“"):
            i -= 1
        if i < 0 or self.doc[i].pos_ != "NOUN":
            return False
        word = fold(self.doc[i].text)
        return (
            word not in self.lex["party_nouns"]
            and word not in self.lex["org_heads"]
            and not is_demonym(word)
        )

    def _via_subsidiary(self, m: EntityMention) -> bool:
        before = _words(self.doc[max(0, m.token_start - 4) : m.token_start])
        return any(before.endswith(c) for c in ("filiale", "branche", "via"))

    def locations(self, sent: Span, after: int, exclude: set[str], event: bool) -> list[str]:
        """Places the money or the event goes: after « en », « à », « dans »… from the pledge's
        clause on, a framing « Au Japon, » opening the sentence, and a « (Jura) » after a place."""
        lex = self.lex
        out: list[str] = []
        for m in self.entities_in(sent):
            framing = (
                m.token_start - sent.start <= 1
                and m.token_end < sent.end
                and (self.doc[m.token_end].text == ",")
            )
            if (
                m.canonical in exclude
                or m.canonical in out
                or (m.token_start < after and not framing)
            ):
                continue
            place_before = self.entity_at.get(m.token_start - 2)
            bracketed = (
                m.token_start >= 2
                and self.doc[m.token_start - 1].text == "("
                and place_before is not None
                and place_before.canonical in out
            )
            if bracketed and (m.label == "LOC" or is_place(m.canonical)):
                out.append(m.canonical)  # « Tavaux (Jura) »
                continue
            if not (m.label == "LOC" or is_place(m.canonical) or event):
                continue
            i = m.token_start - 1
            while i >= sent.start and fold(self.doc[i].text) in lex["location_fillers"]:
                if fold(self.doc[i].text) in lex["location_cues"]:
                    break
                i -= 1
            # a nationality or origin is not where the money goes
            origin = _words(self.doc[max(sent.start, i - 2) : i]).endswith(
                ("origine", "basé", "basée")
            )
            if i >= sent.start and fold(self.doc[i].text) in lex["location_cues"] and not origin:
                out.append(m.canonical)
        return out

    def purpose(self, sent: Span, after: int) -> str | None:
        doc = self.doc
        for i in range(max(after, sent.start), sent.end):
            size = _starts_with(doc, i, self.lex["purpose_cues"])
            if size:
                j = i + size
                end = j
                while end < sent.end and doc[end].text not in (",", ";", ".", ":", "(", "»"):
                    end += 1
                text = doc[j:end].text.strip()
                return text or None
        return None

    def modality(self, trigger: Trigger, sent: Span) -> str | None:
        """None when the commitment is negated or denied."""
        lex = self.lex
        chain = [trigger.token]  # the trigger up to the verb of its clause
        while (
            chain[-1].head.i != chain[-1].i
            and len(chain) < 5
            and not any(c.dep_ in SUBJECTS for c in chain[-1].children)
            and chain[-1].dep_ not in ("acl:relcl", "parataxis", "advcl")
        ):
            chain.append(chain[-1].head)
        for t in chain[:3]:
            kids = {fold(c.text) for c in t.children}
            if kids & set(lex["negations"]) and ("ne" in kids or "n'" in kids):
                return None
        for t in [trigger.token, *trigger.token.ancestors]:  # « dément avoir reçu une offre »
            if fold(self.lemma(t)) in lex["denial_verbs"]:
                return None
        if any(fold(t.text) in lex["denial_forms"] for t in sent if t.i < trigger.token.i):
            return None
        if trigger.kind == "noun" and any(
            fold(c.text) in ("aucun", "aucune") for c in trigger.token.children
        ):
            return None
        if trigger.type != "acquisition" and any(
            c.dep_.startswith("aux") and fold(c.text) in lex["background_auxiliaries"]
            for t in chain
            for c in t.children
        ):
            return None  # « avait déjà bénéficié de 32 millions »: background, not news
        if trigger.type == "acquisition" and self._rejected(sent):
            return "rejected"
        words = {fold(t.text) for t in chain} | {fold(c.text) for t in chain for c in t.children}
        clause = _words(sent)
        verbs = [*chain, *(c for t in chain for c in t.children if c.dep_.startswith("aux"))]
        hearsay = any(  # « envisagerait », « aurait proposé »; « devrait » is a plan
            "Cnd" in t.morph.get("Mood") and fold(t.text) not in lex["planned_cues"] for t in verbs
        )
        if (
            hearsay
            or words & set(lex["conditional_cues"])
            or any(f" {c} " in f" {clause} " for c in lex["conditional_cues"] if " " in c)
        ):
            return "conditional"
        if (
            words & set(lex["planned_cues"])
            or any("Fut" in t.morph.get("Tense") for t in chain[:3])
            or any(f" {c} " in f" {clause} " for c in lex["planned_cues"] if " " in c)
        ):
            return "planned"
        return "announced"

    def _rejected(self, sent: Span) -> bool:
        doc = self.doc
        end = sent.end
        for _ in range(2):
            if end >= len(doc):
                break
            nxt = self.sentence_of(doc[end])
            for t in nxt:
                if fold(self.lemma(t)) in self.lex["rejection_verbs"] and any(
                    fold(c.text).rstrip("s") in self.lex["rejection_objects"] for c in t.children
                ):
                    return True
            end = nxt.end
        return False


# ---------------------------------------------------------------- the recogniser


def _clause_head(token: Token) -> Token:
    """The verb whose clause holds ``token``: up through complements to a subject-bearing verb."""
    current = token
    for _ in range(6):
        if any(c.dep_ in SUBJECTS for c in current.children) or current.head.i == current.i:
            return current
        if current.dep_ in ("acl:relcl", "parataxis"):
            return current
        current = current.head
    return current


def _is_heading(sent: Span) -> bool:
    """A line of its own without final punctuation: a title or subheading, which repeats the
    body rather than evidencing an announcement."""
    text = sent.text.strip()
    whole_line = sent.start == 0 or "\n" in sent.doc[sent.start - 1].text
    return (
        whole_line and len(text) < 140 and not text.rstrip('»"”) ').endswith((".", "!", "?", "…"))
    )


BULLETS = ("-", "•", "*", "–", "—", "·")


def _bulleted(sent: Span) -> bool:
    whole_line = sent.start == 0 or "\n" in sent.doc[sent.start - 1].text
    return whole_line and sent.text.lstrip().startswith(BULLETS)


def _has_finite_verb(sent: Span) -> bool:
    return any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in sent)


def _amount_span(doc: Doc, mention) -> Span | None:
    return doc.char_span(mention.start, mention.end, alignment_mode="expand")


def _governing_trigger(span: Span, triggers: list[Trigger]) -> Trigger | None:
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
    for _ in range(6):  # up to the verb of the amount's own clause
        if current.i in by_token and not span.start <= current.i < span.end:
            on_path.append(by_token[current.i])
        if current.head.i == current.i or any(c.dep_ in SUBJECTS for c in current.children):
            break
        current = current.head
    verbs = [t for t in on_path if t.kind == "verb"]
    # « un accord …, assorti d'un budget de 12 milliards »: the specific pledge outranks the
    # generic money noun under it
    nouns = sorted(
        (t for t in on_path if t.kind == "noun"),
        key=lambda t: _lexicon()["noun_priority"].index(t.type),
    )
    chosen = (verbs or nouns or on_path or [None])[0]
    if chosen is not None and chosen.kind == "verb" and nouns and chosen.token.dep_ == "acl":
        chosen = nouns[0]
    if chosen is None:
        clause = _clause_head(span.root)
        same_clause = [t for t in triggers if _clause_head(t.token).i == clause.i]
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


def _resolve_light(
    trigger: Trigger, triggers: list[Trigger], amount_span: Span | None
) -> Trigger | None:
    """A light verb (« annonce », « propose ») takes the type of the strongest trigger it
    governs; with money and nothing else, its own default; without a default, nothing."""
    if trigger.kind != "light":
        return trigger
    lex = _lexicon()
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
    if not trigger.type:
        return None
    kind = trigger.type
    if amount_span is not None and kind in ("launch", "partnership"):
        kind = "investment"
    return Trigger(trigger.token, 1, kind, "verb")


def _initiative_or_launch(trigger: Trigger, sent: Span) -> Trigger:
    """Launching a coalition, or a partnership « entre » several parties, is an initiative."""
    lex = _lexicon()
    if trigger.type not in ("launch", "partnership"):
        return trigger
    window = sent.doc[trigger.token.i : min(sent.end, trigger.token.i + 10)]
    words = _words(window).split()
    initiative_nouns = {n for n, t in lex["nouns"].items() if t == "initiative"}
    collective = "entre" in words and bool(set(words) & set(lex["party_nouns"]))
    if (trigger.type == "launch" and set(words[1:]) & initiative_nouns) or collective:
        return Trigger(trigger.token, trigger.size, "initiative", trigger.kind)
    return trigger


def _evidence_end(sent: Span) -> int:
    """Where the evidence sentence ends, trailing spaces and line breaks left out."""
    return sent.end_char - (len(sent.text) - len(sent.text.rstrip()))


def _parties(mentions) -> list[tuple[str, str]]:
    seen, out = set(), []
    for m in mentions:
        if m.canonical not in seen:
            seen.add(m.canonical)
            out.append((m.canonical, m.label))
    return out


def _named_before(doc: Doc, token: Token, sent: Span) -> EntityMention | None:
    """« ont lancé « Campus Nova », un programme doté de… », « a présenté Orion, un
    logiciel… »: the name a launch verb puts just before the noun that describes it."""
    i = token.i - 1
    while i > sent.start and doc[i].pos_ in ("DET", "PUNCT") and doc[i].text != "»":
        i -= 1
    if i <= sent.start:
        return None
    if doc[i].text == "»":
        opening = next(
            (j for j in range(i - 1, max(sent.start, i - 8) - 1, -1) if doc[j].text == "«"), None
        )
        if opening is None or opening + 1 >= i:
            return None
        span = doc[opening + 1 : i]
    else:  # an unquoted name, right after the verb that launches it
        first = i
        while first > sent.start and i - first < 5 and doc[first - 1].text[:1].isupper():
            first -= 1
        verb = doc[first - 1]
        if not doc[i].text[:1].isupper() or verb.pos_ not in ("VERB", "NOUN", "ADV"):
            return None  # « la Banque du Nord, un programme… » is no launch
        if verb.pos_ != "VERB" and verb.head.pos_ != "VERB":
            return None
        span = doc[first : i + 1]
    name = span.text.strip()
    if not name[:1].isupper() and not name[:1].isdigit():
        return None
    return EntityMention(span.start_char, span.end_char, name, "MISC", name, span.start, span.end)


def _quoted_name(doc: Doc, token: Token, sent: Span, reach: int = 12) -> EntityMention | None:
    """« son chatbot « Orion » »: a quoted name within a few words after ``token``."""
    stop = doc[min(sent.end, token.i + reach) - 1].idx + 1 if reach else sent.end_char
    text = doc.text[token.idx : max(stop, token.idx)]
    match = QUOTED.search(text) or QUOTED_SOON.match(doc.text[token.idx : sent.end_char])
    if not match:
        return None
    name = next(g for g in match.groups() if g)
    if not name[:1].isupper() and not name[:1].isdigit() or len(name.split()) > 6:
        return None  # a quotation, not a name
    begin = token.idx + match.start(match.lastindex)
    span = doc.char_span(begin, begin + len(name), alignment_mode="expand")
    if span is None:
        return None
    return EntityMention(begin, begin + len(name), name, "MISC", name, span.start, span.end)


def read_announcements(doc: Doc, lemma: Lemmas | None = None) -> list[Found]:
    reader = Reader(doc, lemma or Lemmas())
    lex = reader.lex
    amounts = doc._.amounts or []
    roles = doc._.amount_roles
    dates = doc._.dates or []
    found: list[Found] = []
    for sent in reader.sentences:
        text = sent.text.strip()
        heading = _is_heading(sent) and not reader.list_item(sent)
        if heading and not in_boilerplate(sent):
            reader.heading_subject(sent)
        if not text or in_boilerplate(sent) or heading or text.endswith("?"):
            continue
        triggers = find_triggers(sent, reader.lemma, reader.entity_at)
        sent_amounts = [
            i for i, a in enumerate(amounts) if sent.start_char <= a.start < sent.end_char
        ]
        used: set[int] = set()
        listed: set[int] = set()  # amounts pledged by a list's lead-in
        in_sentence: list[tuple[Trigger, int | None]] = []
        for i in sent_amounts:
            role, _ = roles.get(i, ("commitment", None))
            if role != "commitment":
                continue
            span = _amount_span(doc, amounts[i])
            if span is None:
                continue
            if _under_cut(reader, span):
                continue  # « raboter le crédit de 400 millions », « dispose de 344 milliards »
            strong = [t for t in triggers if fold(t.token.text) not in lex["weak_nouns"]]
            trigger = _governing_trigger(span, strong)
            if (
                trigger is not None
                and trigger.kind == "noun"
                and _after_definite(reader, amounts[i])
            ):
                continue  # « les 200 milliards de l'initiative X »: recalled, not pledged here
            resolved = _resolve_light(trigger, triggers, span) if trigger else None
            if resolved is None and reader.list_item(sent):
                resolved = reader.lead_in_pledge(sent)  # « – Nexora (Lyon) : 12 M€ pour… »
                if resolved is not None:
                    listed.add(i)
            if resolved is None:
                continue
            if trigger is not None:
                used.add(trigger.token.i)
            in_sentence.append((resolved, i))
        # a part with a pledge and an actor of its own (« dont un investissement de
        # l'Arabie saoudite à hauteur de 50 milliards »)
        for i in sent_amounts:
            role, parent = roles.get(i, ("commitment", None))
            if role != "component" or parent is None:
                continue
            own = [
                t
                for t in triggers
                if t.kind == "noun"
                and t.type == "investment"
                and amounts[parent].end <= t.token.idx < amounts[i].start
                and isinstance(reader.genitive(t.token, t.size, sent), EntityMention)
                and reader.genitive(t.token, t.size, sent).label != "MISC"
            ]
            if own:
                used.add(own[-1].token.i)
                in_sentence.append((own[-1], i))
            elif _agent_after(reader, amounts[i], sent):  # « dont 900 millions apportés par X »
                in_sentence.append((Trigger(sent.root, 1, "investment", "verb"), i))
        finite = _has_finite_verb(sent) or reader.list_item(sent)
        for t in triggers:
            if t.token.i in used or not finite or t.type == "event":
                continue
            if t.kind == "facility":  # « ouvrira une usine à Lyon »: a pledge without amount
                if not _purpose_clause(t.token):  # not « en discussions pour installer… »
                    in_sentence.append((Trigger(t.token, 1, "investment", "verb"), None))
                continue
            if t.kind == "light":
                launched = _launched_name(reader, t, sent)
                if launched is not None and not any(
                    o.kind == "noun" and o.token.head.i == t.token.i and o.token.dep_ == "obj"
                    for o in triggers
                ):
                    in_sentence.append((Trigger(t.token, 1, "launch", "verb"), None))
                continue
            if t.kind == "verb" and (
                fold(reader.lemma(t.token)) not in lex["fire_without_amount"]
                or _purpose_clause(t.token)
                and t.type in ("investment", "fundraising")
            ):
                continue
            others = [
                o
                for o in triggers
                if o.token.i != t.token.i
                and not (o.kind == "facility" and _purpose_clause(o.token))
            ]  # « en discussions … pour installer une unité »: the purpose says nothing else
            if fold(t.token.text) in lex["weak_nouns"] and (others or sent_amounts):
                continue  # « en discussions » is a pledge only when nothing else is said
            if t.kind == "noun" and t.type in ("investment", "event"):
                continue
            head = t.token.head
            recalled = [  # « les 200 milliards de l'initiative X »: a figure recalled
                i
                for i in sent_amounts
                if amounts[i].start <= head.idx < amounts[i].end
                and (
                    roles.get(i, ("commitment", None))[0] != "commitment"
                    or _after_definite(reader, amounts[i])
                )
            ]
            if t.kind == "noun" and recalled:
                continue
            if t.kind == "noun" and t.type == "fundraising" and not _new_round(t):
                continue  # « sa dernière levée » recalls; « un tour de table » announces
            in_sentence.append((t, None))
        in_sentence = _without_details(in_sentence, amounts)
        built = len(found)
        for trigger, amount in in_sentence:
            item = _build(reader, sent, _initiative_or_launch(trigger, sent), amount, dates, found)
            if item is not None and amount in listed:
                reader.add_beneficiaries(item, sent)
            if item is not None:
                found.append(item)
        undisclosed = _undisclosed_pledge(reader, sent) if len(found) == built else None
        if undisclosed is not None:
            item = _build(reader, sent, undisclosed, None, dates, found)
            found += [item] if item is not None else []
        event = _event(reader, sent, triggers, dates)
        if event is not None:
            found.append(event)
        for token in sent:  # names in subject position, for later pronouns
            if token.dep_ in SUBJECTS:
                phrase = [t for t in token.subtree if sent.start <= t.i < sent.end]
                names = reader.entities_in(phrase)
                reader.recent += [(sent.start, m) for m in names[:1]]
                if len({m.canonical for m in names}) >= 2:
                    reader.groups.append((sent.start, names))
    for item in found:
        if item.amount is not None:
            item.components = [
                i for i, (role, ref) in roles.items() if role == "component" and ref == item.amount
            ]
    merged = _merge(found)
    _drop_foreign_partners(merged)
    return merged


def _after_definite(reader: Reader, mention) -> bool:
    """« les 200 milliards », « ces 8 milliards »: a figure the reader is assumed to know."""
    span = reader.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return (
        span is not None
        and span.start > 0
        and fold(reader.doc[span.start - 1].text) in reader.lex["reference_determiners"]
    )


def _undisclosed_pledge(reader: Reader, sent: Span) -> Trigger | None:
    """« La start-up ouvrira une usine à Lyon, sans dévoiler de montant »: a clause said to
    cost an undisclosed sum is an investment, by the verb that opens it."""
    words = f" {_words(sent)} "
    if not any(f" {cue} " in words for cue in reader.lex["undisclosed_amount_cues"]):
        return None
    verbs = [sent.root] if sent.root.pos_ == "VERB" else [t for t in sent if t.pos_ == "VERB"]
    if not verbs or fold(reader.lemma(verbs[0])) in reader.lex["non_pledge_verbs"]:
        return None
    return Trigger(verbs[0], 1, "investment", "verb")


def _under_cut(reader: Reader, span: Span) -> bool:
    head = _clause_head(span.root)
    current = span.root
    for _ in range(8):
        if fold(reader.lemma(current)) in reader.lex["non_pledge_verbs"]:
            return True
        if current.i == head.i or current.head.i == current.i:
            return False
        current = current.head
    return False


def _without_details(pairs: list[tuple[Trigger, int | None]], amounts) -> list:
    """« un fonds de 450 millions …, ouvert à partir de 500 euros »: of two amounts on one
    pledge word, one a hundredth of the other is a detail, not a second pledge."""
    kept = []
    for trigger, amount in pairs:
        value = (amounts[amount].value or amounts[amount].min) if amount is not None else None
        larger = [
            amounts[a].value or amounts[a].min or 0
            for t, a in pairs
            if a is not None and a != amount and t.token.i == trigger.token.i
        ]
        if value is not None and larger and value * 100 < max(larger):
            continue
        kept.append((trigger, amount))
    return kept


def _drop_foreign_partners(found: list[Found]) -> None:
    """A name that is the actor of another announcement of the same sentence is no partner
    (founders of an initiative excepted: they are its partners by definition)."""
    for f in found:
        if f.type == "initiative":
            continue
        others = {n for o in found if o is not f and o.start == f.start for n, _ in o.actors}
        f.partners = [p for p in f.partners if p[0] not in others]


def _launched_name(reader: Reader, trigger: Trigger, sent: Span) -> EntityMention | None:
    """What a launch verb (« lance », « dévoile ») puts out, when it is named: a quoted name
    or a name in its object, not the launcher itself."""
    if fold(reader.lemma(trigger.token)) not in reader.lex["launch_light_verbs"]:
        return None
    quoted = _quoted_name(reader.doc, trigger.token, sent)
    if quoted is not None:
        return quoted
    objects = [c for c in trigger.token.children if c.dep_ == "obj"]
    names = reader.entities_in(t for o in objects for t in o.subtree)
    if names:
        return names[0] if names[0].label != "LOC" else None
    apposed = _name_then_description(reader, trigger.token, sent)
    if apposed is not None:  # « a présenté mercredi Orion, un logiciel… »
        return apposed
    for o in objects:  # « dévoile son modèle Orion-2 »: a capitalised name in the object
        run = [t for t in o.subtree if t.pos_ == "PROPN" and t.text[:1].isupper()]
        if run:
            doc = reader.doc
            span = doc[run[0].i : run[-1].i + 1]
            if all(t.pos_ in ("PROPN", "NUM", "PUNCT") for t in span) and len(span) <= 4:
                return EntityMention(
                    span.start_char,
                    span.end_char,
                    span.text,
                    "MISC",
                    span.text,
                    span.start,
                    span.end,
                )
    return None


def _name_then_description(reader: Reader, verb: Token, sent: Span) -> EntityMention | None:
    """« lancera au second semestre 2026 Orion-2, un modèle de… »: the first capitalised name
    after the verb, when an indefinite description follows it, whatever the parse."""
    doc = reader.doc
    i = verb.i + 1
    while i < min(sent.end, verb.i + 9) and not doc[i].text[:1].isupper():
        if doc[i].text in (",", ";", ":", "«", "(") or doc[i].pos_ == "VERB":
            return None
        i += 1
    if i >= sent.end or not doc[i].text[:1].isupper():
        return None
    known = reader.entity_at.get(i)
    end = known.token_end if known is not None else i + 1
    while known is None and end < sent.end and doc[end].text[:1].isupper() and end - i < 4:
        end += 1
    if end + 1 >= sent.end or doc[end].text != "," or fold(doc[end + 1].text) not in ("un", "une"):
        return None
    if known is not None and (known.label == "LOC" or is_place(known.canonical)):
        return None
    span = doc[i:end]
    return EntityMention(span.start_char, span.end_char, span.text, "MISC", span.text, i, end)


def _is_event_word(word: str, lex: dict) -> bool:
    return word in lex["event_nouns"] or (word.endswith("s") and word[:-1] in lex["event_nouns"])


def _event_name(reader: Reader, sent: Span) -> EntityMention | None:
    """The gathering a sentence names: a name that holds an event word (« Forum européen de
    … »), follows one (« le salon Numerica »), or is written like one (« Rencontres de … »)."""
    lex, doc = reader.lex, reader.doc
    for m in reader.entities_in(sent):
        words = fold(m.canonical).split()
        if words and (_is_event_word(words[0], lex) or _is_event_word(words[-1], lex)):
            return m
        i = m.token_start - 1
        while i > sent.start and (doc[i].pos_ in ("DET", "ADJ") or doc[i].text in ("«", '"')):
            i -= 1
        if i >= sent.start and m.label != "LOC" and _is_event_word(fold(doc[i].text), lex):
            return m
    for token in sent:  # « le sommet « Cap Nord » »: a quoted name right after an event word
        opens_quote = token.i + 1 < sent.end and doc[token.i + 1].text in ("«", '"', "“")
        if opens_quote and _is_event_word(fold(token.text), lex):
            quoted = _quoted_name(doc, token, sent, reach=10)
            if quoted is not None:
                return quoted
    for token in sent:  # « le salon Numerica »: a capitalised name right after an event word
        nxt = token.i + 1
        if _is_event_word(fold(token.text), lex) and nxt < sent.end and doc[nxt].pos_ == "PROPN":
            end = nxt
            while end < sent.end and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                end += 1
            span = doc[nxt:end]
            if span.text[:1].isupper():
                return EntityMention(
                    span.start_char, span.end_char, span.text, "MISC", span.text, nxt, end
                )
    for token in sent:
        if token.is_sent_start or not token.text[:1].isupper() or token.i in reader.entity_at:
            continue
        if not _is_event_word(fold(token.text), lex):
            continue
        end = token.i + 1
        while end < sent.end and (
            doc[end].pos_ in ("ADJ", "NOUN", "PROPN", "DET")
            or fold(doc[end].text) in ("de", "d'", "du", "des")
        ):
            end += 1
        while end > token.i + 1 and doc[end - 1].pos_ in ("DET", "ADP"):
            end -= 1
        span = doc[token.i : end]
        return EntityMention(
            span.start_char, span.end_char, span.text, "MISC", span.text, token.i, end
        )
    return None


def _new_round(trigger: Trigger) -> bool:
    """« a réalisé un premier tour de table d'un montant non dévoilé »: a raise brought in as
    new, the object of a verb."""
    return trigger.token.dep_ == "obj" and any(
        c.dep_ == "det" and fold(c.text) in ("un", "une") for c in trigger.token.children
    )


def _new_gathering(trigger: Trigger) -> bool:
    """« une journée investisseurs », « sa conférence annuelle »: an event word brought in
    as new (« le salon » points at one already known)."""
    return (
        trigger.type == "event"
        and trigger.kind == "noun"
        and any(
            c.dep_ == "det" and fold(c.text) in ("un", "une", "sa", "son", "ses", "leur", "leurs")
            for c in trigger.token.children
        )
    )


def _event(reader: Reader, sent: Span, triggers: list[Trigger], dates) -> Found | None:
    """A gathering: a named event with a date or an event verb (« se tiendra », « ouvre ses
    portes »), or an unnamed one (« une journée investisseurs le 9 décembre ») of a named
    organiser. Organisers of a named event are its partners."""
    lex = reader.lex
    verbs = [
        t
        for t in triggers
        if t.kind in ("verb", "light") and fold(reader.lemma(t.token)) in lex["event_verbs"]
    ] + [  # « aura lieu »
        Trigger(t.head, 1, "event", "verb")
        for t in sent
        if fold(t.text) == "lieu" and fold(reader.lemma(t.head)) == "avoir"
    ]
    point, _ = _dates_for(sent, dates, reader.doc._.published)
    named = _event_name(reader, sent)
    organisers: list[EntityMention] = []
    for verb in verbs:
        subject = reader.subject_of(verb.token)
        if subject is not None:
            organisers += reader.resolve(subject, sent)
    if named is not None:
        organisers = [m for m in organisers if m.canonical != named.canonical]
    if named is not None and (verbs or point):
        actors = [named]
    elif named is None and point and any(_new_gathering(t) for t in triggers):
        noun = next(t for t in triggers if _new_gathering(t))
        subject = reader.subject_of(noun.token)  # « X présentera sa stratégie lors d'une journée »
        hosts = organisers or (reader.resolve(subject, sent) if subject is not None else [])
        if not hosts:
            return None
        actors, organisers = hosts[:1], []
    else:
        return None
    names = {m.canonical for m in actors}
    anchor = verbs[0].token if verbs else sent.root
    partners = organisers + reader.partners(sent, anchor, names)
    partners = [p for p in partners if p.canonical not in names]
    published = reader.doc._.published
    return Found(
        type="event",
        trigger=verbs[0].token.text if verbs else actors[0].text,
        start=sent.start_char,
        end=_evidence_end(sent),
        actors=_parties(actors),
        partners=_parties(partners),
        object=(named.canonical, named.label) if named else None,
        locations=reader.locations(
            sent, sent.start, names | {p.canonical for p in partners}, event=True
        ),
        date=point,
        modality="planned" if point and published and point > published else "announced",
    )


def _agent_after(reader: Reader, mention, sent: Span) -> list[EntityMention]:
    """« dont 900 millions apportés par la Banque X », « et de vingt millions par le
    Département de Y »: the giver named right after the amount."""
    doc = reader.doc
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.end >= sent.end:
        return []
    i = span.end
    if fold(doc[i].text) in reader.lex["agent_participles"]:
        i += 1
    if i >= sent.end or fold(doc[i].text) != "par":
        return []
    names = reader.entities_in(doc[i + 1 : min(sent.end, i + 5)])
    return reader.enumeration(names[0], sent) if names else []


def _rejects(reader: Reader, trigger: Trigger) -> bool:
    verb = _clause_head(trigger.token)
    return fold(reader.lemma(verb)) in reader.lex["rejection_verbs"]


def _offerer_after(reader: Reader, mention, sent: Span) -> list[EntityMention]:
    """« une offre de 1,2 milliard de dollars de l'américain Y »: the name after « de »."""
    doc = reader.doc
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.end >= sent.end or fold(doc[span.end].text) not in ("de", "d'", "du"):
        return []
    names = reader.entities_in(doc[span.end + 1 : min(sent.end, span.end + 5)])
    return names[:1]


def _purpose_clause(token: Token) -> bool:
    """« pour financer des initiatives »: an infinitive of purpose pledges nothing itself."""
    return (
        "Inf" in token.morph.get("VerbForm")
        and any(
            fold(c.text) in ("pour", "afin", "de", "d'") and c.dep_ in ("mark", "case")
            for c in token.children
        )
        and token.dep_ in ("advcl", "acl")
    )


def _demonstrative(trigger: Trigger) -> bool:
    """« cette alliance », « ce partenariat »: a noun pointing back at an announcement."""
    return trigger.kind == "noun" and any(
        c.dep_ == "det" and fold(c.text) in ("ce", "cet", "cette", "ces")
        for c in trigger.token.children
    )


def _build(
    reader: Reader,
    sent: Span,
    trigger: Trigger,
    amount: int | None,
    dates,
    earlier: list[Found],
) -> Found | None:
    """The announcement a trigger makes, or None; ``earlier`` are those found before it."""
    doc = reader.doc
    modality = reader.modality(trigger, sent)
    if modality is None:
        return None
    if amount is None and _demonstrative(trigger):
        previous = next((f for f in reversed(earlier) if f.type == trigger.type), None)
        if previous is None:
            return None
        pointed = [EntityMention(0, 0, n, lbl, n, -1, -1) for n, lbl in previous.actors]
        actors, obj = pointed, None
    else:
        actors, obj = reader.actors(trigger, sent)
    if not actors:  # « …des partenariats avec A, ainsi que le lancement de B »: shared subject
        same_sentence = [f for f in earlier if f.start == sent.start_char]
        if same_sentence and trigger.kind == "noun":
            actors = [EntityMention(0, 0, n, lbl, n, -1, -1) for n, lbl in same_sentence[-1].actors]
    if not actors and reader.list_item(sent):
        actors = reader.lead_in(sent)
    if amount is not None:
        actors = _agent_after(reader, doc._.amounts[amount], sent) or actors
    offer_rejected = trigger.type == "acquisition" and _rejects(reader, trigger)
    if offer_rejected and trigger.token.dep_ == "nsubj:pass":
        # « Sa première offre … avait été rejetée par le conseil de Y »: the offer's owner
        owner = [c for c in trigger.token.children if fold(c.text) in ("sa", "son", "leur")]
        actors = reader.antecedent(sent) if owner else actors
        modality = "rejected"
    elif offer_rejected and amount is not None:
        offerer = _offerer_after(reader, doc._.amounts[amount], sent)
        if offerer:  # « X a repoussé une offre de 1,2 milliard de l'américain Y »
            obj, actors, modality = (actors[0] if actors else None), offerer, "rejected"
    if obj is None and trigger.kind == "noun" and trigger.token.i in reader.entity_at:
        obj = reader.entity_at[trigger.token.i]  # « l'Alliance pour le calcul ouvert »
        if trigger.type == "initiative":
            actors = [a for a in actors if a.canonical != obj.canonical]
    if trigger.type in ("launch", "initiative") and obj is None and not _demonstrative(trigger):
        obj = _quoted_name(doc, trigger.token, sent)
        if obj is None and trigger.kind == "noun":
            obj = _named_before(doc, trigger.token, sent)
    apposed = doc[trigger.token.i : min(sent.end, trigger.token.i + 12)]
    joint = trigger.type == "launch" and len(actors) >= 2 and obj is not None
    if joint and any(fold(t.text) in reader.lex["plan_nouns"] for t in apposed):
        # « A, B et C ont lancé « X », un programme … »: launched together, an initiative
        trigger = Trigger(trigger.token, trigger.size, "initiative", trigger.kind)
    plan = fold(trigger.token.text) in reader.lex["plan_nouns"]
    if trigger.type == "investment" and plan and len(actors) >= 2:
        named = (
            obj
            or _quoted_name(doc, trigger.token, sent, reach=4)
            or _named_before(doc, trigger.token, sent)
        )
        if named is not None:  # « A, B et C unissent leurs forces au sein du programme « X » »
            trigger = Trigger(trigger.token, trigger.size, "initiative", trigger.kind)
            obj = named
    if trigger.type == "initiative" and obj is not None:
        founders = [a for a in actors if a.canonical != obj.canonical]
        actors = [obj]
    else:
        founders = []
    unnamed = amount is None and obj is None and not _demonstrative(trigger)
    if trigger.type == "initiative" and trigger.kind == "noun" and unnamed:
        return None  # « des initiatives open source »: no named coalition
    # « le consortium X, emmené par Y, chercherait… » describes a coalition, it is no launch
    described = trigger.token.dep_ in SUBJECTS and not _demonstrative(trigger)
    if trigger.type == "initiative" and amount is None and described:
        return None
    if trigger.kind == "noun" and trigger.type in ("acquisition", "launch") and unnamed:
        return None  # an unnamed « prise de contrôle » or « mise en service » names no deal
    if not actors:
        return None
    actor_names = {m.canonical for m in actors}
    partners = founders + reader.partners(
        sent, trigger.token, actor_names | ({obj.canonical} if obj else set())
    )
    if trigger.type == "partnership" and trigger.kind == "verb":  # « s'associe au groupe X »
        partners += [
            m
            for c in trigger.token.children
            if c.dep_.startswith(("obl", "iobj", "obj"))
            and any(fold(g.text) in ("a", "au", "aux", "avec") for g in c.children)
            for m in reader.entities_in(c.subtree)
            if m.canonical not in actor_names
        ]
    partner_names = {m.canonical for m in partners}
    anchor = doc._.amounts[amount].end if amount is not None else trigger.token.idx
    anchor_token = doc.char_span(anchor - 1, anchor, alignment_mode="expand")
    after = anchor_token.end if anchor_token is not None else trigger.token.i
    locations = reader.locations(
        sent,
        min(after, trigger.token.i, _clause_head(trigger.token).i),
        actor_names | partner_names,
        event=trigger.type == "event",
    )
    point, deadline = _dates_for(sent, dates, doc._.published)
    if point is None:
        point = _date_told_before(reader, sent, actor_names, dates)
    reader.last_actors = (sent.start, actors)
    return Found(
        type=trigger.type,
        trigger=doc[trigger.token.i : trigger.token.i + trigger.size].text,
        start=sent.start_char,
        end=_evidence_end(sent),
        actors=_parties(actors),
        partners=_parties(partners),
        object=(obj.canonical, obj.label) if obj else None,
        amount=amount,
        locations=locations,
        date=point,
        deadline=deadline,
        purpose=reader.purpose(sent, after),
        modality=modality,
    )


def _date_told_before(reader: Reader, sent: Span, actors: set[str], dates) -> str | None:
    """« X a fait une annonce cette nuit. Il a proposé… »: the date of the sentence just
    before, when that sentence's subject is this announcement's actor."""
    if sent.start == 0 or "\n" in reader.doc[sent.start - 1].text:
        return None
    previous = reader.sentence_of(reader.doc[sent.start - 1])
    if not any(start == previous.start and m.canonical in actors for start, m in reader.recent):
        return None
    return _dates_for(previous, dates, reader.doc._.published)[0]


def _dates_for(sent: Span, dates, published: str | None) -> tuple[str | None, str | None]:
    point = deadline = None
    floor = int(published[:4]) - 1 if published else 0
    for d in dates:
        if not sent.start_char <= d.start < sent.end_char:
            continue
        if d.kind == "deadline" and deadline is None:
            deadline = d.value
        elif d.kind != "deadline" and point is None and int(d.value[:4]) >= floor:
            point = d.value
    return point, deadline


SPECIFIC = ("initiative", "partnership", "acquisition", "fundraising")
NEAR_CHARS = 400  # about two sentences of news prose


def _money_of_the_deal(deal: Found, money: Found) -> bool:
    """« un accord …, assorti d'un budget commun de 12 milliards », « X lancent l'alliance Y.
    Ses membres mettront en commun 60 M€ »: the money of a deal told beside it."""
    return (
        deal.type in SPECIFIC
        and money.type == "investment"
        and deal.amount is None
        and money.amount is not None
        and (deal.start == money.start or 0 <= money.start - deal.end < 3)
    )


def _near(earlier: Found, later: Found) -> bool:
    """Close enough for the later sentence to go on telling the earlier pledge."""
    return later.start - earlier.end <= NEAR_CHARS


def _merge(found: list[Found]) -> list[Found]:
    """One announcement per commitment: two triggers of one pledge, or a pledge told over two
    sentences (« … le lancement de X. Soutenue par A et B, cette alliance… »), collapse into
    one, the later reading filling what the first left empty."""
    kept: list[Found] = []
    for item in found:
        names = {fold(a) for a, _ in item.actors}
        for k in kept:  # « X a noué un partenariat avec Y…, un contrat de 30 M€ »
            if k.start != item.start or k.type != item.type:
                continue
            if (k.amount is None) == (item.amount is None):
                continue
            if names & {fold(p) for p, _ in k.partners}:
                item.actors, item.partners = k.actors, k.partners
            elif {fold(a) for a, _ in k.actors} & {fold(p) for p, _ in item.partners}:
                k.actors, k.partners = item.actors, item.partners
            names = {fold(a) for a, _ in item.actors}
        twin = next(
            (
                k
                for k in kept
                if (
                    {fold(a) for a, _ in k.actors} & names
                    or _money_of_the_deal(k, item)
                    and {fold(p) for p, _ in k.partners} & names
                    or _money_of_the_deal(item, k)
                    and {fold(p) for p, _ in item.partners} & {fold(a) for a, _ in k.actors}
                )
                and not (k.object and item.object and k.object != item.object)
                and (
                    k.type == item.type
                    and (k.amount == item.amount or item.amount is None and _near(k, item))
                    or _money_of_the_deal(k, item)
                    or _money_of_the_deal(item, k)
                )
            ),
            None,
        )
        if twin is None:
            kept.append(item)
            continue
        if twin.amount is None and item.amount is not None:
            twin.amount, twin.components = item.amount, item.components
        if twin.type == "investment" and item.type in SPECIFIC:
            twin.type, twin.trigger, twin.modality = item.type, item.trigger, item.modality
        twin.partners += [p for p in item.partners if p not in twin.partners]
        twin.locations += [p for p in item.locations if p not in twin.locations]
        twin.date = twin.date or item.date
        twin.deadline = twin.deadline or item.deadline
        twin.purpose = twin.purpose or item.purpose
        twin.object = twin.object or item.object
    return kept


for _name in ("amount_roles", "announcements"):
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
