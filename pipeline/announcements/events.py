"""Gatherings (forums, summits, investor days): announced by their name and date or by an
event verb (« se tiendra »), with their organisers as partners."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..entities import EntityMention, fold
from .build import dates_for, evidence_end, parties
from .lexicon import Found, Trigger, is_event_word
from .names import quoted_name
from .reader import Reader


def _event_name(reader: Reader, sent: Span) -> EntityMention | None:
    """The gathering a sentence names: a name that holds an event word (« Forum européen de
    … »), follows one (« le salon Numerica »), or is written like one (« Rencontres de … »)."""
    lex, doc = reader.lex, reader.doc
    for m in reader.entities_in(sent):
        words = fold(m.canonical).split()
        venue = m.label == "LOC"  # « au Palais des Congrès »: where, not what
        body = m.token_start > 0 and fold(doc[m.token_start - 1].text) in lex["org_heads"]
        # « le groupe Rassemblement X »: an organisation, whatever word opens its name
        if (
            words
            and not venue
            and not body
            and (is_event_word(words[0], lex) or is_event_word(words[-1], lex))
        ):
            return m
        i = m.token_start - 1
        while i > sent.start and (doc[i].pos_ in ("DET", "ADJ") or doc[i].text in ("«", '"')):
            i -= 1
        if i >= sent.start and m.label != "LOC" and is_event_word(fold(doc[i].text), lex):
            return m
        edition = (  # « la deuxième édition de Quintessia »
            i > sent.start
            and fold(doc[i].text) in ("de", "d'", "du")
            and fold(doc[i - 1].text) in lex["edition_nouns"]
        )
        if edition and m.label != "LOC":
            return m
    # « le sommet « Cap Nord » »: a quoted name right after an event word
    for token in reader.event_words(sent):
        opens_quote = token.i + 1 < sent.end and doc[token.i + 1].text in ("«", '"', "“")
        if opens_quote and is_event_word(fold(token.text), lex):
            quoted = quoted_name(doc, token, sent, reach=10)
            if quoted is not None:
                return quoted
    # « le salon Numerica »: a capitalised name right after an event word
    for token in reader.event_words(sent):
        nxt = token.i + 1
        if is_event_word(fold(token.text), lex) and nxt < sent.end and doc[nxt].pos_ == "PROPN":
            end = nxt
            while end < sent.end and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                end += 1
            span = doc[nxt:end]
            if span.text[:1].isupper():
                return EntityMention(
                    span.start_char, span.end_char, span.text, "MISC", span.text, nxt, end
                )
    for token in reader.event_words(sent):
        if token.is_sent_start or not token.text[:1].isupper() or token.i in reader.entity_at:
            continue
        if not is_event_word(fold(token.text), lex):
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


def _new_gathering(trigger: Trigger) -> bool:
    """« une journée investisseurs », « sa conférence annuelle »: an event word brought in
    as new (« le salon » points at one already known)."""
    token = trigger.token
    new = ("un", "une", "sa", "son", "ses", "leur", "leurs")
    introduced = any(c.dep_ == "det" and fold(c.text) in new for c in token.children) or any(
        c.dep_ == "amod" and fold(c.text) in ("prochain", "prochaine") for c in token.children
    )  # « la prochaine assemblée générale de X »
    # « réunira ses actionnaires en assemblée générale »
    bare = token.i > 0 and fold(token.doc[token.i - 1].text) == "en"
    return trigger.type == "event" and trigger.kind == "noun" and (introduced or bare)


def _meets(reader: Reader, verb: Token) -> bool:
    """« se réunira », « se réuniront »: a body that will meet holds its own gathering (the
    sitting a report tells of, « s'est réuni mardi », is no announcement)."""
    future = "Fut" in verb.morph.get("Tense")
    return future and fold(reader.lemma(verb)) in ("reunir", "rassembler") and _reflexive(verb)


def _organised(trigger: Trigger, verbs: list[Trigger]) -> bool:
    """« X organisera la cérémonie de pose de la première pierre »: an event word that is the
    object of a verb of gathering, whatever its article."""
    token = trigger.token
    heads = {v.token.i for v in verbs}
    return trigger.type == "event" and token.dep_ == "obj" and token.head.i in heads


def _as_gathering(verb: Token, reader: Reader) -> bool:
    """« se tient », « se déroulera »: these verbs speak of a gathering only reflexively
    (« l'usine tient ses promesses » does not)."""
    if fold(reader.lemma(verb)) not in reader.lex["reflexive_event_verbs"]:
        return True
    return _reflexive(verb)


def _reflexive(verb: Token) -> bool:
    """« se tient », « s'ouvrira »."""
    return any(fold(c.text) in ("se", "s'") for c in verb.children)


def _held_gathering(reader: Reader, verb: Token, subject: Token | None) -> EntityMention | None:
    """« la Quarzemia Week, qui s'ouvrira le 10 novembre », « X, la conférence de Y, qui se tiendra
    en mai »: the subject of a verb that holds a gathering is that gathering, not its
    organiser, when it is a name (not a pronoun, not the agent « organisé par X »)."""
    held = fold(reader.lemma(verb)) in reader.lex["held_event_verbs"] and _reflexive(verb)
    if not held or subject is None:
        return None
    if fold(subject.text) == "qui":
        subject = reader.named_before_comma(subject) or subject
    if subject.pos_ == "PRON":
        return None
    names = reader.resolve(subject, reader.sentence_of(subject))
    if not names or names[0].label == "PER" or reader.is_place_mention(names[0]):
        return None
    before = names[0].token_start - 1
    while before > 0 and reader.doc[before].pos_ == "DET":
        before -= 1
    if before >= 0 and fold(reader.doc[before].text) == "par":
        return None
    return names[0]


def _names_a_gathering(reader: Reader, noun: Token) -> bool:
    """« le salon », « l'assemblée générale »: an event word, alone or with the word after."""
    two = fold(reader.doc[noun.i : noun.i + 2].text)
    return is_event_word(fold(noun.text), reader.lex) or two in reader.lex["event_nouns"]


def _gathering_owner(reader: Reader, gathering: Token, sent: Span) -> list[EntityMention]:
    """« Notre assemblée annuelle se tiendra le 19 mars », « Sa journée investisseurs aura lieu
    le 8 octobre », « L'assemblée générale se tiendra le 22 mai »: an unnamed gathering that
    takes place is held by whom its possessive stands for, else by the page's owner (a
    town's deliberation: « une réunion publique se tiendra le 14 octobre »); the company an
    article is about is too often not the host to be guessed."""
    determiners = {fold(c.text) for c in gathering.children if c.dep_ == "det"}
    if determiners & {"notre", "nos", "votre", "vos"}:
        return reader.we(gathering, sent)
    if determiners & {"sa", "son", "ses", "leur", "leurs"}:
        return reader.antecedent(sent, organisation=True)
    return reader.page_owner


def find_event(reader: Reader, sent: Span, triggers: list[Trigger], dates) -> Found | None:
    """A gathering: a named event with a date or an event verb (« se tiendra », « ouvre ses
    portes »), or an unnamed one (« une journée investisseurs le 9 décembre ») of a named
    organiser. Organisers of a named event are its partners."""
    lex = reader.lex
    verbs = [
        t
        for t in triggers
        if t.kind in ("verb", "light")
        and fold(reader.lemma(t.token)) in lex["event_verbs"]
        and _as_gathering(t.token, reader)
    ] + [  # « aura lieu »
        Trigger(t.head, 1, "event", "verb")
        for t in (reader.doc[i] for i in range(sent.start, sent.end) if reader.folded[i] == "lieu")
        if fold(reader.lemma(t.head)) == "avoir"
    ]
    point, _ = dates_for(sent, dates, reader.doc._.published)
    named = _event_name(reader, sent)
    organisers: list[EntityMention] = []
    held_by: list[EntityMention] = []  # « L'assemblée générale de X s'est tenue hier »
    for verb in verbs:
        subject = reader.subject_of(verb.token)
        held = _held_gathering(reader, verb.token, subject) if named is None else None
        if held is not None:
            named = held
            continue
        if subject is not None and _names_a_gathering(reader, subject):
            held_by = [
                m
                for m in reader.entities_in(subject.subtree)
                if not reader.locative(m)
                and not reader.is_place_mention(m)
                and not m.token_start <= subject.i < m.token_end
            ]  # not « La réunion publique » read as the island
            if not held_by and point:
                held_by = _gathering_owner(reader, subject, sent)
            continue
        if subject is not None:
            organisers += reader.resolve(subject, sent)
    if named is not None:
        organisers = [m for m in organisers if m.canonical != named.canonical]
    if named is not None and (verbs or point):
        actors = [named]
    elif named is None and held_by:
        actors = held_by[:1]
    elif named is None and point and organisers and any(_meets(reader, v.token) for v in verbs):
        # « Le conseil de Vostrac se réunira le 16 décembre »: the body holds its own sitting
        actors, organisers = organisers[:1], []
    elif (
        named is None and point and any(_new_gathering(t) or _organised(t, verbs) for t in triggers)
    ):
        noun = next(t for t in triggers if _new_gathering(t) or _organised(t, verbs))
        subject = reader.subject_of(noun.token)  # « X présentera sa stratégie lors d'une journée »
        hosts = organisers or (reader.resolve(subject, sent) if subject is not None else [])
        when, last = reader.last_actors
        if not hosts and when == sent.start:  # « Il présentera… »: read for this sentence already
            hosts = last
        if not hosts:  # « une assemblée générale des actionnaires de X sera convoquée »
            hosts = [m for m in reader.entities_in(noun.token.subtree) if not reader.locative(m)]
        if not hosts:
            return None
        actors, organisers = hosts[:1], []
    else:
        return None
    names = {m.canonical for m in actors}
    anchor = verbs[0].token if verbs else sent.root
    partners = organisers + reader.partners(sent, anchor, names)
    # « organisées par X à Montpellier »: the place after the organiser is where, no party
    partners = [p for p in partners if p.canonical not in names and not reader.locative(p)]
    published = reader.doc._.published
    return Found(
        type="event",
        trigger=verbs[0].token.text if verbs else actors[0].text,
        start=sent.start_char,
        end=evidence_end(sent),
        actors=parties(actors),
        partners=parties(partners),
        object=(named.canonical, named.label) if named else None,
        locations=reader.locations(
            sent, sent.start, names | {p.canonical for p in partners}, event=True
        ),
        date=point,
        modality="planned" if point and published and point > published else "announced",
    )
