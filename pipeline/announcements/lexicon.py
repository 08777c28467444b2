"""The recogniser's vocabulary (``models/triggers.json``, ``announcements.json``,
``entities.json``), folded and indexed once, with the data it reads into and the small
text helpers that look words up in it."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Token

from ..assets import load_json
from ..entities import fold


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
    at: int = -1  # where its trigger word is, for telling which of two pledges comes first


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
        if fold(token.text)[:3] not in lexicon()["verb_prefixes"]:
            return token.lower_
        key = (token.lower_, token.pos_)
        lemma = self.cache.get(key)
        if lemma is None:
            lemma = future_mistagged(token) or self.lemmatizer.rule_lemmatize(token)[0]
            finite = token.pos_ == "VERB" and "Fin" in token.morph.get("VerbForm")
            if finite and lemma == token.lower_ and lemma.endswith("e"):
                lemma += "r"  # « réclame », « demande »: a verb the lookup table knows as a noun
            stem = token.lower_.removesuffix("nt") if token.lower_.endswith("ent") else token.lower_
            verb = token.pos_ == "VERB" and stem.endswith("e")  # tagged a participle at times
            if verb and fold(stem + "r") in lexicon()["known_verbs"]:
                lemma = stem + "r"  # « implante » read as « impler »: the lexicon's verb
            self.cache[key] = lemma
        return lemma

    def verb(self, token: Token) -> str:
        """The verb a participle tagged as an adjective comes from (« a gelé son projet »)."""
        lemma = self(token)
        if token.pos_ != "ADJ":
            return lemma
        for ending in ("ées", "és", "ée", "é"):
            if token.lower_.endswith(ending):
                return token.lower_[: -len(ending)] + "er"
        return lemma


FUTURE_ENDINGS = (("eraient", "er"), ("erait", "er"), ("eront", "er"), ("era", "er"))
FUTURE_ENDINGS += tuple((e.replace("er", "ir", 1), "ir") for e, _ in FUTURE_ENDINGS)


def future_mistagged(token: Token) -> str | None:
    """« co-investira » tagged as an adjective: the trigger verb its future or conditional
    ending comes from, when there is one (the rule lemmatizer keeps an adjective as is)."""
    if token.pos_ in ("VERB", "AUX"):
        return None
    for ending, infinitive in FUTURE_ENDINGS:
        if token.lower_.endswith(ending):
            verb = token.lower_[: -len(ending)] + infinitive
            return verb if fold(verb) in lexicon()["verbs"] else None
    return None


def mistagged_tense(token: Token) -> str | None:
    """« le financera » tagged as a noun carries no morphology: its ending still tells a
    future (« Fut ») from a conditional (« Cnd »)."""
    if not future_mistagged(token):
        return None
    return "Cnd" if token.lower_.endswith(("ait", "aient")) else "Fut"


@dataclass(frozen=True)
class Trigger:
    token: Token
    size: int  # tokens the trigger covers
    type: str
    kind: str  # verb, noun or light


# word lists read as sets of folded words, under their own name
FOLDED_TRIGGER_WORDS = (
    "buyback_phrases",
    "showing_verbs",
    "round_opening_words",
    "project_nouns",
    "contract_nouns",
    "works_nouns",
    "contract_only_verbs",
    "determined_nouns",
    "loan_nouns",
    "secured_nouns",
    "securing_verbs",
    "round_nouns",
    "round_joining_verbs",
    "fund_closing_nouns",
    "edition_nouns",
    "event_verbs",
    "etre_verbs",
    "facility_action_nouns",
    "facility_nouns",
    "facility_verbs",
    "fire_without_amount",
    "fire_on_named_object",
    "founding_verbs",
    "founding_nouns",
    "fund_closing_verbs",
    "fund_nouns",
    "launch_light_verbs",
    "ending_nouns",
    "majority_words",
    "minority_words",
    "non_pledge_verbs",
    "price_verbs",
    "product_launch_verbs",
    "product_nouns",
    "property_nouns",
    "business_nouns",
    "sale_nouns",
    "raise_objects",
    "exercised_objects",
    "reflexive_event_verbs",
    "held_event_verbs",
    "stake_verbs",
    "share_nouns",
    "weak_nouns",
)
FOLDED_NAME_WORDS = (
    "country_heads",
    "generic_org_heads",
    "governing_bodies",
    "org_heads",
    "territory_heads",
    "council_adjectives",
    "assembly_nouns",
    "decision_verbs",
    "fund_forms",
)


def _verb_phrases(phrases: dict[str, list[str]]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First word (a lemma) -> (the words after it, type), longest first."""
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for kind, entries in phrases.items():
        for phrase in entries:
            first, *rest = fold(phrase).replace("'", "' ").split()
            table.setdefault(first.rstrip(), []).append((tuple(rest), kind))
    for entries in table.values():
        entries.sort(key=lambda e: -len(e[0]))
    return table


def _role_verbs(roles: dict[str, list[str]]) -> dict[str, set[str]]:
    """Verb -> the head words of the roles it gives: « porter » -> {« maitre », « porteur »}."""
    table: dict[str, set[str]] = {}
    for role, verbs in roles.items():
        for verb in verbs:
            table.setdefault(fold(verb), set()).add(fold(role.split()[0]))
    return table


@cache
def lexicon() -> dict:
    triggers = load_json("triggers.json")
    grammar = load_json("announcements.json")
    names = load_json("entities.json")
    verbs = {fold(v): t for t, words in triggers["verbs"].items() for v in words}
    nouns = {fold(n): t for t, words in triggers["nouns"].items() for n in words}
    known = {  # every verb a rule asks the lemma of
        fold(v)
        for v in [
            *verbs,
            *triggers["light_verbs"],
            *triggers["facility_verbs"],
            *triggers["founding_verbs"],
            *triggers["fund_closing_verbs"],
            *triggers["stake_verbs"],
            *triggers["showing_verbs"],
        ]
    }
    return {
        "verbs": verbs,
        "nouns": nouns,
        "noun_list": sorted(nouns),
        "plurals": {fold(n)[:-2] + "aux": fold(n) for n in nouns if fold(n).endswith("al")},
        "known_verbs": known,
        "verb_prefixes": {
            fold(v)[:3]
            for v in [
                *known,
                *grammar["denial_verbs"],
                *grammar["hedged_denials"],
                *grammar["rejection_verbs"],
                *grammar["offer_verbs"],
                *grammar["bidding_verbs"],
                *grammar["size_verbs"],
                *grammar["adoption_verbs"],
                *grammar["receiving_verbs"],
                *grammar["object_control_verbs"],
                *grammar["plan_launch_verbs"],
                *(s for stems in triggers["irregular_stems"].values() for s in stems),
                *triggers["non_pledge_verbs"],
                *(v for verbs in names["role_nouns"].values() for v in verbs),
                *(p.split()[0] for ps in triggers["verb_phrases"].values() for p in ps),
            ]
        },
        "verb_phrases": _verb_phrases(triggers["verb_phrases"]),
        "round_joining_stems": tuple(  # « complète », « rejoint »: the verb in any form
            fold(stem)
            for verb in triggers["round_joining_verbs"]
            for stem in triggers["irregular_stems"].get(verb, [verb[:-2]])
        ),
        **{key: {fold(w) for w in triggers[key]} for key in FOLDED_TRIGGER_WORDS},
        **{key: {fold(w) for w in names[key]} for key in FOLDED_NAME_WORDS},
        "light": {fold(v): t for v, t in triggers["light_verbs"].items()},
        "event_nouns": {fold(n) for n in triggers["nouns"]["event"]},
        "person_heads": {fold(w) for w in names["person_titles"]},
        "noun_priority": triggers["noun_priority"],
        "direct_name_nouns": {
            fold(n) for t in ("initiative", "event") for n in triggers["nouns"][t]
        },
        "adverbial_nouns": [fold(n) for n in triggers["adverbial_nouns"]],
        "priority": triggers["trigger_priority"],
        "smallest_pledge": grammar["smallest_pledge"],
        "role_verbs": _role_verbs(names["role_nouns"]),
        **{k: [fold(w) for w in v] for k, v in grammar.items() if isinstance(v, list)},
    }


def folded_text(tokens) -> str:
    return fold(" ".join(t.text for t in tokens)).replace("' ", "'")


def names_a_business(doc: Doc, i: int) -> bool:
    """« son activité de logistique », « un fonds de commerce »: a business sold whole
    starts at token ``i``."""
    words = folded_text(doc[i : i + 3])
    return any(words == n or words.startswith(n + " ") for n in lexicon()["business_nouns"])


@cache
def _first_words(phrases: tuple[str, ...]) -> dict[str, list[int]]:
    """First word of each phrase -> the phrase lengths (in words) to try, longest first."""
    index: dict[str, set[int]] = {}
    for phrase in phrases:
        words = phrase.replace("'", "' ").split()
        index.setdefault(words[0], set()).add(len(words))
    return {w: sorted(sizes, reverse=True) for w, sizes in index.items()}


# id of a phrase list -> (the list, its first-word index, its phrases as a set): the lists
# come from ``lexicon()``, built once, so a lookup need not hash the whole list every time
_PHRASE_INDEX: dict[int, tuple[list[str], dict[str, list[int]], frozenset[str]]] = {}


def _phrase_index(phrases: list[str]) -> tuple[dict[str, list[int]], frozenset[str]]:
    entry = _PHRASE_INDEX.get(id(phrases))
    if entry is None or entry[0] is not phrases:
        entry = (phrases, _first_words(tuple(phrases)), frozenset(phrases))
        _PHRASE_INDEX[id(phrases)] = entry
    return entry[1], entry[2]


def folded_words(doc: Doc) -> list[str]:
    """Each token's folded text, made once per document: phrase lookups run at every token,
    and ``doc[i]`` builds a new Token object each time."""
    words = doc.user_data.get("summit_folded_words")
    if words is None:
        words = doc.user_data["summit_folded_words"] = [fold(t.text) for t in doc]
    return words


def starts_with(doc: Doc, i: int, phrases: list[str], end: int | None = None) -> int:
    """Length in tokens of the longest phrase starting at token ``i`` and ending by token
    ``end`` (the end of the document if None), or 0."""
    first_words, wanted = _phrase_index(phrases)
    sizes = first_words.get(folded_words(doc)[i])
    if not sizes:
        return 0
    limit = len(doc) if end is None else end
    for size in sizes:
        for extra in (0, 1):  # « d'ici » may be one token or two
            if i + size + extra <= limit and folded_text(doc[i : i + size + extra]) in wanted:
                return size + extra
    return 0


def is_event_word(word: str, lex: dict) -> bool:
    return word in lex["event_nouns"] or (word.endswith("s") and word[:-1] in lex["event_nouns"])
