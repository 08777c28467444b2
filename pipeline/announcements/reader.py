"""Who pledges: the actor of a trigger, found through the subject of its clause, pronouns and
definite descriptions (« la start-up »), appositions and the lead-in of a list."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cached_property

from spacy.tokens import Doc, Span, Token
from text_to_num import text2num

from ..entities import (
    EntityMention,
    demonym_country,
    fold,
    is_demonym,
    is_place,
    is_state,
    page_owner_cue,
    released_by,
    signature_title_end,
    trade_complement,
)
from ..sentences import (
    BULLETS,
    dash_follows,
    doc_text,
    in_boilerplate,
    line_prefix_end,
    line_start,
)
from .circumstances import Circumstances
from .lexicon import Found, Lemmas, Trigger, folded_text, is_event_word, names_a_business
from .names import quoted_name
from .syntax import DE_FORMS, POSSESSIVES, SUBJECTS, TO, case_words, clause_head
from .triggers import find_triggers

# links climbed from a pledge word to the verb whose subject pledges; not « parataxis », which
# leads to the reporter of an inserted « a indiqué X »
CLIMB = (
    "xcomp",
    "advcl",
    "conj",
    "ccomp",
    "acl",
    "obj",
    "obl:arg",
    "obl:mod",
    "nmod",
    "advmod",
    "appos",
)
# links a parser leaves when an incise (« , mercredi 10 septembre, ») breaks the clause:
# « un investissement » hung as « fixed » on the comma still belongs to the verb before it
BROKEN = ("fixed", "dep", "punct")
PERSONAL = ("il", "elle", "ils", "elles")
AWARD_REACH = 24  # « a attribué jeudi, pour trente ans, la délégation de … à X »: words to « à »
FINITE_ENDINGS = ("ra", "ront", "rait", "raient", "ait", "aient")  # future, conditional, past


def _bulleted(sent: Span) -> bool:
    whole_line = sent.start == 0 or "\n" in sent.doc[sent.start - 1].text
    return whole_line and sent.text.lstrip().startswith(BULLETS)


def _count(word: str) -> int:
    """« deux » -> 2, « 3 » -> 3; 0 for a word that is no number."""
    try:
        return int(word) if word.isdigit() else text2num(fold(word), "fr")
    except ValueError:
        return 0


VINTAGE = re.compile(r"I{2,3}|IV|VI{0,3}|IX|X")  # a fund's number: « … II », « … IV »
RELATIVE_PRONOUNS = ("qui", "lequel", "laquelle")  # subjects of a relative clause
RELATIVE_WORDS = (*RELATIVE_PRONOUNS, "que", "qu'", "dont", "ou", "auquel", "duquel")
AGENT_REACH = 16  # « le rachat de X, à Lyon, par Y »: from the deal noun to « par », in words
LATTER_REACH = 60  # « ce dernier » looks back this many words, about a sentence
TITLE_REACH = 8  # « le ministre délégué chargé de l'Industrie, X »: title to name, in words


def _gender(determiner: Token) -> str | None:
    """« la » -> Fem, « le », « du » -> Masc; None for « l' », « les » or no article."""
    if determiner.pos_ not in ("DET", "ADP"):
        return None
    genders = determiner.morph.get("Gender")
    return genders[0] if len(genders) == 1 else None


class Reader(Circumstances):
    """Reads one document's announcements, remembering who was spoken of for pronouns."""

    def __init__(self, doc: Doc, lemma: Lemmas):
        super().__init__(doc, lemma)
        self.recent: list[tuple[int, EntityMention]] = []  # (sentence start, subject name)
        self.groups: list[tuple[int, list[EntityMention]]] = []  # subjects naming several
        self.last_actors: tuple[int, list[EntityMention]] = (-1, [])
        self.acquirers: list[EntityMention] = []  # the latest acquisition's buyers
        self.speakers: list[tuple[int, EntityMention]] = []  # (heading start, organisation)
        self.acquired: EntityMention | None = None  # and the company they bought
        self.bid_target: EntityMention | None = None  # the latest deal's target, even refused
        self.descriptions = self._descriptions()
        self.financiers = {  # names described as funders: « l'agence X », « le fonds Y »
            m.canonical for _, noun, _, m in self.descriptions if noun in self.lex["funder_nouns"]
        }
        self._protagonist: list[EntityMention] | None = None
        self._employers: dict[str, EntityMention] | None = None  # person -> organisation
        self._home: list[EntityMention] | None = None  # the territory a council decides for
        self._elected_council: bool | None = None  # an elected council named, no board
        self._decided_at: int | None = None  # where a deliberation's « DÉCIDE : » stands
        self._list_items: dict[tuple[int, int], bool] = {}  # asked several times a sentence
        self._funder_lines: dict[int, list[EntityMention]] = {}  # likewise
        self._name_bare_towns()

    def _descriptions(self) -> list[tuple[int, str, frozenset[str], EntityMention]]:
        """(position, noun, adjectives, name) for each name the article describes by a common
        noun: « le fonds d'infrastructures danois X », « l'énergéticien X », « X, un
        consortium chargé de… »."""
        doc, out = self.doc, []
        for m in {m.token_start: m for m in self.entity_at.values()}.values():
            if self.is_place_mention(m) or m.label == "PER":
                continue
            i, adjectives = m.token_start - 1, set()
            while i >= 0 and (
                doc[i].pos_ == "ADJ"
                or is_demonym(doc[i].text)
                or i >= 2
                and doc[i].pos_ == "NOUN"
                and fold(doc[i - 1].text) in ("de", "d'")
                and doc[i - 2].pos_ == "NOUN"
            ):
                if doc[i].pos_ == "ADJ" or is_demonym(doc[i].text):
                    adjectives.add(fold(doc[i].text))  # « danois »
                    i -= 1
                else:
                    i -= 2  # « d'infrastructures »: back to the noun it complements
            if i >= 0 and doc[i].pos_ == "NOUN" and i < m.token_start:
                out.append((m.token_start, fold(doc[i].text), frozenset(adjectives), m))
            j = m.token_end
            apposed = j + 2 < len(doc) and doc[j].text == "," and doc[j + 2].pos_ == "NOUN"
            if apposed and fold(doc[j + 1].text) in ("un", "une"):
                out.append((m.token_start, fold(doc[j + 2].text), frozenset(), m))
        out.extend(self._role_descriptions())
        return sorted(out, key=lambda d: d[0])

    def _role_descriptions(self) -> list[tuple[int, str, frozenset[str], EntityMention]]:
        """« la course, organisée par X », « X, la société qui organise la course »: the verb
        of a role describes its agent by the role's noun (« l'organisateur »)."""
        doc, roles, out = self.doc, self.lex["role_verbs"], []
        for verb in doc:
            lemma = fold(self.lemma.verb(verb)) if verb.pos_ in ("VERB", "ADJ") else None
            if lemma not in roles:
                continue
            agent = None
            if verb.i + 2 < len(doc) and fold(doc[verb.i + 1].text) == "par":
                agent = self.entity_at.get(verb.i + 2)  # « organisée par X »
            elif verb.i > 0 and fold(doc[verb.i - 1].text) == "qui":
                k = verb.i - 2  # « X, la société brestoise qui organise »: back past the apposition
                while k > verb.i - 7 and k >= 0 and k not in self.entity_at:
                    if doc[k].pos_ not in ("DET", "NOUN", "ADJ", "PUNCT"):
                        break
                    k -= 1
                agent = self.entity_at.get(k)
            if agent is not None and not self.is_place_mention(agent):
                for noun in roles[lemma]:
                    out.append((agent.token_start, noun, frozenset(), agent))
        return out + self._awardee_descriptions()

    def _awardee_descriptions(self) -> list[tuple[int, str, frozenset[str], EntityMention]]:
        """« La commune a attribué la délégation de son domaine skiable à X. Le nouveau
        délégataire… »: who an awarding verb hands a concession or a contract « à » is its
        holder (awardee_nouns)."""
        doc, out = self.doc, []
        for verb in doc:
            if verb.pos_ != "VERB" or fold(self.lemma.verb(verb)) not in self.lex["awarding_verbs"]:
                continue
            sent = self.sentence_of(verb)
            end = min(sent.end, verb.i + AWARD_REACH)
            for to in (t.i for t in doc[verb.i + 1 : end] if fold(t.text) in TO):
                first = next((t for t in doc[to + 1 : end] if t.pos_ != "DET"), None)
                holder = self.entity_at.get(first.i) if first is not None else None
                if holder is not None and not self.is_place_mention(holder):
                    nouns = self.lex["awardee_nouns"]
                    out += [(holder.token_start, n, frozenset(), holder) for n in nouns]
                    break  # « à conteneurs » before it: a noun's complement, no holder
        return out

    def described_before(self, subject: Token) -> list[EntityMention]:
        """The latest name described earlier by the subject's noun (« le consortium »,
        « l'électricien »), when that noun described one name only, or one only with the
        subject's adjectives (« le fonds danois »)."""
        noun = fold(subject.text)
        if self._plural(subject):
            return []  # « les start-up » say too little
        if noun in self.lex["generic_org_heads"]:  # « le groupe » says too little, but for
            if any(c.dep_ in ("nmod", "amod") for c in subject.children):  # the one name the
                return []  # article writes with it (« Groupe X »)
            earlier = [(frozenset(), m) for m in self._written_with(noun, subject.i)]
        else:
            earlier = [
                (adj, m)
                for at, word, adj, m in self.descriptions
                if word == noun and at < subject.i
            ]
        wanted = {fold(c.text) for c in subject.children if c.pos_ == "ADJ"}
        if len({m.canonical for _, m in earlier}) > 1 and wanted:
            earlier = [(adj, m) for adj, m in earlier if wanted <= adj]
        if not earlier or len({m.canonical for _, m in earlier}) > 1:
            return []
        return [earlier[-1][1]]

    def _written_with(self, noun: str, before: int) -> list[EntityMention]:
        """The names before token ``before`` that carry the noun with a capital, as their
        first word or as a label before them (« Groupe X »)."""
        head, found = noun.capitalize(), []
        for m in {m.token_start: m for m in self.entity_at.values()}.values():
            if not 0 < m.token_start < before:
                continue
            first_word = self.doc[m.token_start].text == head and m.token_end - m.token_start > 1
            if first_word or self.doc[m.token_start - 1].text == head:
                found.append(m)
        return found

    def described_alike(self, subject: Token) -> list[EntityMention]:
        """« la jeune pousse toulousaine » after « la start-up toulousaine X », « le groupe
        nippon » after « le groupe japonais X »: the one name described earlier with an
        adjective of the subject's or of the same country, whatever the noun."""
        wanted = _with_countries({fold(c.text) for c in subject.children if c.pos_ == "ADJ"})
        earlier = {
            m.canonical: m
            for at, _, adjectives, m in self.descriptions
            if at < subject.i and _with_countries(adjectives) & wanted
        }
        return list(earlier.values()) if len(earlier) == 1 else []

    def _advised(self, verb: Token, token: Token) -> Token | None:
        """« Le cabinet a conseillé X dans sa levée »: the pledge told in an adviser's
        complement is its client's, the verb's object."""
        if verb.i == token.i or fold(self.lemma(verb)) not in self.lex["advisory_verbs"]:
            return None
        return next(  # the parser may call the client an xcomp
            (c for c in verb.children if c.dep_ in ("obj", "xcomp") and verb.i < c.i < token.i),
            None,
        )

    def _clause_children(self, verb: Token) -> list[Token]:
        """The verb's children, less a common noun the parser hung on it as subject from before
        a colon when a definite description after the colon is its subject (« X a présenté
        son plan : le groupe injectera 4 Md€ »); a name or a pronoun before the colon stays
        (« X, encore elle : le groupe compte investir »)."""
        children = list(verb.children)
        subjects = [c for c in children if c.dep_ in SUBJECTS]
        if len(subjects) < 2:
            return children
        start = self.sentence_of(verb).start
        colon = next((t.i for t in reversed(self.doc[start : verb.i]) if t.text == ":"), -1)
        described = [  # « le gestionnaire de réseau », not « sa commission » nor « on »
            c
            for c in subjects
            if colon < c.i < verb.i
            and c.pos_ == "NOUN"
            and any(fold(d.text) in ("le", "la", "les", "l'") for d in c.children)
        ]
        if not described:
            return children
        return [
            c
            for c in children
            if c.dep_ not in SUBJECTS or c.i > colon or c.i in self.entity_at or c.pos_ == "PRON"
        ]

    def subject_after_que(self, verb: Token) -> Token | None:
        """« un prêt de 80 M€ que la Banque X lui a accordé », « … que lui a accordé la Banque
        X »: the name between « que » and the verb, or right after a verb « que » opens, is the
        verb's subject, however the parser hung the clause; so is the subject right after
        « que » when the parser lost the reporting verb (« X a annoncé que la coopérative
        verserait », X hung on « verserait » too)."""
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        for child in subjects[1:]:  # several subjects: the parser piled the reporter's on it
            edge = child.left_edge.i
            if fold(self.doc[edge - 1].text) in ("que", "qu'"):
                return child
        i = verb.i - 1
        while (
            i > 0
            and i > verb.i - 4
            and (self.doc[i].pos_ in ("AUX", "ADV") or fold(self.doc[i].text) in ("lui", "leur"))
        ):
            i -= 1  # « lui a », « leur a déjà »
        named = self.entity_at.get(i)
        if named is not None:  # « que la Banque X lui a accordé »
            k = named.token_start - 1
            k -= k > 0 and self.doc[k].pos_ == "DET"
            opens = k >= 0 and fold(self.doc[k].text) in ("que", "qu'")
            return self.doc[named.token_start] if opens else None
        if fold(self.doc[i].text) not in ("que", "qu'"):
            return None
        k = verb.i + 1 + (verb.i + 1 < len(self.doc) and self.doc[verb.i + 1].pos_ == "DET")
        after = self.entity_at.get(k)  # « que lui a accordé la Banque X »
        return self.doc[after.token_start] if after is not None and after.token_start == k else None

    def subject_of(self, token: Token) -> Token | None:
        """The subject governing ``token``, climbing through infinitives, participles,
        coordination and relative clauses."""
        if token.pos_ == "VERB":
            inverted = self.subject_after_que(token)
            if inverted is not None:
                return inverted
        current = token
        passive_below = None  # « X pourrait être financé par Y »: the passive under the modal
        for _ in range(7):
            current = self._shared_auxiliary(current)
            client = self._advised(current, token)
            if client is not None:
                return client
            for child in self._clause_children(current):
                if child.dep_ in SUBJECTS and any(c.isalnum() for c in child.text):  # not « 🚀 »
                    if fold(child.text) in RELATIVE_PRONOUNS:
                        named = (
                            self._plan_adopter(child)
                            or self._before_incise(child)
                            or self.named_before_comma(child)
                        )
                        if current.dep_ == "acl:relcl":
                            return named or self._relative_antecedent(current.head)
                        if named is not None:  # « le soutien de X, qui nous a accordé… »
                            return named  # parsed as a clause of its own
                    passive = any(c.dep_ == "aux:pass" for c in current.children) or (
                        not any(c.dep_.startswith("aux") for c in current.children)
                        and "Fin" not in current.morph.get("VerbForm")
                    )  # « il a promis » mis-tagged as a passive subject has « avoir »; « il
                    # lance » has a finite verb
                    if fold(self.lemma(current)) in self.lex["etre_verbs"]:
                        passive = False  # « X est monté au capital »: « être », not passive
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
                    below = passive_below.children if passive_below is not None else ()
                    agents = [c for c in below if c.dep_ == "obl:agent"]
                    return agents[0] if agents else child
            if current.dep_ == "acl:relcl":
                return self._misplaced_relative(current) or current.head
            reported = current.dep_ == "ccomp" and any(
                c.dep_ == "mark" and fold(c.text) in ("que", "qu'") for c in current.children
            )
            if reported:  # « X rapporte que le laboratoire Y serait sur le point de boucler »:
                return None  # who pledges is named in the completive, not who reports it
            finite = (
                "Fin" in current.morph.get("VerbForm")
                or current.pos_ == "VERB"
                and fold(current.text).endswith(FINITE_ENDINGS)  # « financera », a participle
                or any(c.dep_ == "aux:tense" for c in current.children)  # « a, depuis, accordé »
            )
            if current.dep_ == "acl" and finite and current.head.i < current.i:
                return current.head  # « …, le pays financera »: a finite verb hung on its subject
            if current.dep_ in ("acl", "nmod") and self._verbless_opening(current):
                return current.head  # « L'entreprise compte consacrer… » read as a noun phrase
            if current.dep_ == "conj" and current.pos_ == "VERB":
                own = self._name_just_before(current)
                if own is not None:  # « …, et la coopérative X s'associe à Y »
                    return own
            controller = self._controller(current)
            if controller is not None:  # « la Commission a autorisé la France à mettre en
                return controller  # place un régime de 3 Md€ »: France does it
            if current.dep_ == "xcomp" and current.head.pos_ in ("NOUN", "ADJ"):
                own = self._name_just_before(current.head)
                if own is not None:  # « et X compte y ajouter 45 M »: « compte » read as a noun
                    return own
            if current.head.i == current.i and "Fin" in current.morph.get("VerbForm"):
                own = self._name_just_before(current)  # « Dans la plaine, le producteur X
                listed = own is not None and fold(self.doc[own.i - 1].text) in ("et", "ou", ",")
                return None if listed else own  # prévoit… »: the parser hung the subject
                # on the opening adverbial; not the last of a list of subjects
            if current.head.i == current.i or current.dep_ not in CLIMB + BROKEN:
                return None
            if current.dep_ == "xcomp" and any(c.dep_ == "aux:pass" for c in current.children):
                passive_below = current
            current = current.head
        return None

    def _misplaced_relative(self, verb: Token) -> Token | None:
        """« Le Gabon, qui détiendra 20 % à travers sa holding, la Société X, y injectera
        12 Md » : a « relative clause » with no relative word is the main verb the parser hung
        on an apposition; its subject is the noun phrase the sentence opens with."""
        root = self.sentence_of(verb).root
        if any(fold(c.text) in RELATIVE_WORDS for c in verb.subtree if c.i < verb.i):
            return None
        subjects = [c for c in root.children if c.dep_ in SUBJECTS and c.i < root.i]
        opening = root if root.pos_ in ("NOUN", "PROPN") else next(iter(subjects), None)
        if opening is None or opening.pos_ not in ("NOUN", "PROPN") or opening.i >= verb.head.i:
            return None
        between = self.doc[opening.i : verb.i]  # « X bénéficie d'un soutien : Y lui accorde »
        return (
            self._name_just_before(verb) if any(t.text in (":", ";") for t in between) else opening
        )

    def _body_owner(self, body: Token) -> EntityMention | None:
        """The organisation a bare governing body (« la direction », « le conseil
        d'administration ») belongs to: the one last written with it (« la direction de X »)."""
        noun = fold(body.text)
        if noun not in self.lex["governing_bodies"] or any(c.dep_ == "nmod" for c in body.children):
            return None
        owner = None
        for t in self.doc[: max(body.i - 2, 0)]:
            if fold(t.text) != noun:
                continue
            size = next(  # « le conseil d'administration de X »: the body's whole name first
                (
                    n
                    for n in (3, 2, 1)
                    if folded_text(t.doc[t.i : t.i + n]) in self.lex["governing_bodies"]
                ),
                1,
            )
            if t.i + size + 1 < len(self.doc) and fold(self.doc[t.i + size].text) in DE_FORMS:
                k = t.i + size + 1
                k += self.doc[k].pos_ == "DET"  # « de la société X », « de X »
                named = self.entity_at.get(k)
                if named is not None and self._organisation_like(named):
                    owner = named
        return owner

    def _controller(self, infinitive: Token) -> Token | None:
        """The object of a verb that makes its object do the infinitive (« autoriser X à »,
        « inciter X à », « charger X de »): whoever the infinitive's pledge is."""
        if infinitive.dep_ != "xcomp" or infinitive.head.i == infinitive.i:
            return None
        if fold(self.lemma(infinitive.head)) not in self.lex["object_control_verbs"]:
            return None
        return next((c for c in infinitive.head.children if c.dep_ in ("obj", "iobj")), None)

    def _verbless_opening(self, verb: Token) -> bool:
        """The parser made the sentence's opening noun its root and hung the verb on it
        (« L'établissement portuaire prévoit d'investir », « compte » read as an adjective):
        a sentence has a verb, so the noun is its subject."""
        noun = verb.head
        if noun.dep_ != "ROOT" or noun.pos_ != "NOUN" or noun.i > verb.i:
            return False
        sent = self.sentence_of(verb)
        between = self.doc[noun.i + 1 : verb.i]
        return all(t.head.i in (noun.i, verb.i) and t.text != "," for t in between) and all(
            t.pos_ == "DET" or t.dep_ in ("amod", "nummod") for t in self.doc[sent.start : noun.i]
        )  # « Les deux partenaires y investiront »

    def _before_incise(self, relative: Token) -> Token | None:
        """« X, issue de l'institut Y, qui a conclu… »: « qui » after an incise describing X
        is X, whatever noun of the incise the parser hung the clause on."""
        doc = self.doc
        sent = self.sentence_of(relative)
        comma = relative.i - 1
        if comma <= sent.start or doc[comma].text != ",":
            return None
        opening = next(
            (k for k in range(comma - 1, max(sent.start, comma - 12), -1) if doc[k].text == ","),
            None,
        )
        if opening is None or opening + 1 in self.entity_at:
            return None  # « A, B, qui… » lists names; only a description is an incise
        incise = folded_text(doc[opening + 1 : comma])
        if any(incise.startswith(cue) for cue in self.lex["partner_cues"]):
            return None  # « X, aux côtés de la Région Y, qui en financera… »: Y
        if any(
            t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
            for t in doc[opening:comma]
        ):
            return None
        named = self.entity_at.get(opening - 1)
        if named is None or self.is_place_mention(named):
            return None
        return doc[named.token_start]

    def _plan_adopter(self, relative: Token) -> Token | None:
        """« X a approuvé le plan « Y », qui prévoit 1 Md€ d'investissements »: a plan commits
        whoever adopted it, the subject of the verb the plan is the object of."""
        doc, sent = self.doc, self.sentence_of(relative)
        end = relative.i - 1
        if end < 1 or doc[end].text != ",":
            return None
        end -= doc[end - 1].text in ("»", '"', "”")
        named = self.entity_at.get(end - 1)
        if named is None and doc[end - 1].like_num:  # « le plan Y 2028 », the year left out
            end -= 1
            named = self.entity_at.get(end - 1)
        if named is None or named.token_end != end:
            return None
        i = named.token_start - 1
        while i > sent.start and (doc[i].pos_ == "ADJ" or doc[i].text in ("«", '"', "“")):
            i -= 1
        plan = doc[i]
        law = {fold(t.text) for t in doc[named.token_start : named.token_end]}
        if law & set(self.lex["law_words"]) and named.label == "MISC":
            plan = doc[named.token_start]  # « le Vostrac Resilience Act »: a law by its name
        elif fold(plan.text) not in self.lex["plan_nouns"] or plan.pos_ != "NOUN":
            return None
        adopters = [
            c for c in plan.head.children if c.dep_ in SUBJECTS and c.i < plan.i and c != plan
        ]
        return adopters[0] if adopters else None

    def named_before_comma(self, relative: Token) -> Token | None:
        """« …, aux côtés de la Région X, qui en financera un million »: « qui » is the name
        right before its comma, whatever noun the parser hung the clause on."""
        comma = relative.i - 1
        if comma < 1 or self.doc[comma].text != ",":
            return None
        m = self.entity_at.get(comma - 1)
        if m is None or m.token_end != comma or self.locative(m):
            return None
        return self.doc[m.token_start]

    def _name_just_before(self, verb: Token) -> Token | None:
        """The name right before a coordinated verb that the parser left without a subject:
        that clause's own subject."""
        j = verb.i - 1
        while j >= 0 and (
            self.doc[j].dep_.startswith(("expl", "aux", "advmod"))
            or self.doc[j].pos_ == "PRON"
            and self.doc[j].dep_ in ("obj", "iobj")  # « lui »
            or fold(self.doc[j].text) in ("s'", "se", "n'", "ne")
        ):
            j -= 1
        m = self.entity_at.get(j)
        if m is None or self.is_place_mention(m) or self.aside(m):
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
        adopter = self._plan_adopter(subject) if fold(subject.text) == "qui" else None
        if adopter is not None:  # « qui » the parser did not hang on the plan as a relative
            return self.resolve(adopter, sent)
        verb = subject.head
        if fold(subject.text) in PERSONAL and verb.dep_ in ("ccomp", "advcl", "xcomp", "conj"):
            matrix = self.subject_of(verb.head)  # « X a annoncé qu'il investirait »
            if matrix is not None and matrix.i < subject.i:
                return self.resolve(matrix, sent)
        if fold(subject.text) in PERSONAL and verb.dep_ == "acl:relcl":
            matrix = self.subject_of(verb.head.head) if verb.head.dep_ == "obj" else None
            if matrix is None:  # « X prend le contrôle de Y, dont il rachète 70 % »
                matrix = next(
                    (
                        t
                        for t in sent
                        if t.i < verb.head.i and t.dep_ == "nsubj" and t.pos_ != "PRON"
                    ),
                    None,
                )
            if matrix is not None and matrix.i < subject.i and matrix.pos_ != "PRON":
                return self.resolve(matrix, sent)  # « X a présenté l'accord qu'il a conclu »
        if self.opens_with_the_latter(sent):
            latter = self.named_last_before(sent)
            if latter:  # « … avec la plateforme X. Cette dernière lancera… »
                return latter
        skip = {"acl:relcl", "acl", "advcl"}
        tokens = [t for t in subject.subtree if t.i < sent.end and t.i >= sent.start]
        if subject.pos_ == "NOUN":  # a description ends at its first verb: not « L'entreprise
            # compte investir…, et elle a signé avec X », the whole sentence hung on its noun
            verbs = [
                t.i
                for t in tokens
                if t.i > subject.i and t.pos_ in ("VERB", "AUX") and t.i not in self.entity_at
            ]
            tokens = [t for t in tokens if not verbs or t.i < verbs[0]]
        blocked = {d.i for c in subject.children if c.dep_ in skip for d in c.subtree}
        if blocked and max(blocked) > subject.i:
            # « Le recycleur, qui a bouclé … auprès du fonds X et de Y, a signé »: the clause
            # runs to its comma, whatever the parser hung there
            clause = max(blocked) + 1
            while clause < sent.end and self.doc[clause].text != ",":
                blocked.add(clause)
                clause += 1
        names = [
            m
            for m in self.entities_in(t for t in tokens if t.i not in blocked)
            if not self.locative(m)
        ]
        if len(names) > 1:  # « X, via sa filiale Y, acquiert »: X acts
            names = [m for m in names if not self._via_subsidiary(m)] or names
        if not names and subject.i in self.entity_at and not self.aside(self.entity_at[subject.i]):
            names = [self.entity_at[subject.i]]
        headed = subject.pos_ == "NOUN" or fold(subject.text) in self.lex["org_heads"]
        described = headed and subject.i not in self.entity_at  # « la jeune pousse », one token
        apposed = self.apposed_before(subject, sent) if described and names else []
        if apposed and apposed[0].label != "LOC" and not is_place(apposed[0].canonical):
            return apposed  # « la Valcor, la communauté d'agglomération de X, financera »
        territory = fold(subject.text) in self.lex["territory_heads"]  # « la région de X »
        if (
            described
            and not territory
            and names
            and all(
                (n.label == "LOC" or self.is_public_authority(n))
                and fold(self.doc[n.token_start - 1].text) in ("de", "d'")
                for n in names
            )
        ):
            names = []  # « le groupe de Düsseldorf », « la société d'État »: a qualifier
        if described and names and fold(subject.text) in self.lex["subsidiary_nouns"]:
            parents = {m.canonical for m in names}  # « la filiale du conglomérat X » is not X
            earlier = self.antecedent(sent, organisation=True)
            return [m for m in earlier if m.canonical not in parents]
        if len(names) == 1 and fold(names[0].canonical) in self.lex["territory_heads"]:
            named = [m for m in self.home_territory() if fold(m.canonical) != fold(names[0].text)]
            if named:  # « La Ville accorde sa garantie » in a town's minutes: the town
                return named
        body = len(names) == 1 and fold(names[0].canonical) in self.lex["governing_bodies"]
        if body and fold(subject.text) in self.lex["governing_bodies"]:
            owner = self._body_owner(subject)  # « Le Conseil a approuvé », tagged as a name:
            return [owner] if owner is not None else self.page_owner or self.protagonist()
        if names:
            grouped = self.enumeration(names[0], sent) + self.enumeration(names[-1], sent) + names
            return sorted({m.token_start: m for m in grouped}.values(), key=lambda m: m.token_start)
        head = fold(subject.text)
        determiners = {fold(c.text) for c in subject.children if c.dep_ == "det"}
        if determiners & set(self.lex["anaphoric_determiners"]) and (
            head in self.lex["country_heads"] or head in self.lex["territory_heads"]
        ):
            # « la métropole financera » after « Savenne Métropole »; « le royaume a signé »;
            counted = self._counted_parties(subject, sent)  # « les deux pays », both
            earlier = counted or self.named_with(subject) or self.place_before(subject)
            if not earlier and head in self.lex["town_heads"]:
                return self.page_owner  # « La commune contracte », in a town's own page
            return earlier
        apposed = self.apposed_before(subject, sent)
        if apposed:
            return apposed
        first = fold(subject.left_edge.text)
        if fold(subject.text) in ("nous", "notre"):
            return self.we(subject, sent)
        if fold(subject.text) in ("je", "j'"):
            return self.first_person(subject, sent)
        if fold(subject.text) == "on":  # « On a signé un prêt » in a speaker's turn or a
            speaker = self.speech_speaker(subject, sent)
            if speaker:  # quotation is the speaker's « nous »; elsewhere « on » is anyone
                return speaker
        defined_term = subject.text[:1].isupper() and not subject.is_sent_start
        named = self.defined_as(subject)
        if defined_term and named:  # « Plastiques X (la « Société ») … la Société a signé »
            return named
        if defined_term and fold(subject.text) in self.lex["org_heads"] and self.protagonist():
            return self._named_by_term(subject) or self.protagonist()  # « le Groupe », « la
            # Société »: the issuer of a release
        if fold(subject.text) in ("ils", "elles"):
            listed = self.named_just_before(sent, plural=True)
            if listed:  # « Les régions A et B, maintenant. Elles lancent… »
                return listed
            if self.groups:
                return self.groups[-1][1]  # « Elles lancent ensemble… »: the last named group
        if fold(subject.text) in self.lex["assembly_members"] and self._plural(subject):
            assembly = self.assembly_before(sent)
            if assembly:  # « Les députés ont octroyé un prêt de CHF 5 millions à X »
                return assembly
        topic = self._dislocated_topic(subject, sent) if fold(subject.text) in PERSONAL else []
        if topic:  # « La métropole X, elle, a voté une enveloppe »: the name it takes up
            return topic
        if fold(subject.text) in PERSONAL and fold(sent[0].text) == "quant":
            comma = next((t.i for t in sent if t.text == ","), subject.i)
            topic = self.entities_in(self.doc[sent.start : min(comma, subject.i)])
            if topic:  # « Quant à l'hébergeur X, il serait en discussions… »
                return topic[:1]
        if fold(subject.text) in PERSONAL and subject.i - sent.start <= 1:
            named = self.named_just_before(sent, plural=False)
            if named:  # « Elle vient du groupe X. Il va investir… »
                return named
        counted = self._counted_parties(subject, sent)
        if counted:  # « Les deux partenaires y investiront 1,1 milliard »
            return counted
        described_as = folded_text(t for t in subject.subtree if t.pos_ != "DET").replace(
            " - ", "-"
        )
        named_as = folded_text(
            t for t in self.doc[subject.left_edge.i : subject.i + 1] if t.pos_ != "DET"
        )
        acquirer = named_as in self.lex["acquirer_nouns"]
        if acquirer and first in self.lex["anaphoric_determiners"] and self.acquirers:
            return list(self.acquirers)  # « X rachète Y. Le nouveau propriétaire investira »
        council = fold(subject.text) == "conseil" or described_as in self.lex["assembly_nouns"]
        elected = any(fold(c.text) in self.lex["council_adjectives"] for c in subject.children)
        if council and not elected and all(c.dep_ == "det" for c in subject.children):
            elected = self._elected_council_named()  # « Le conseil attribue », in the minutes
        if council and elected and self.elected_council():
            return self.elected_council()  # « Le conseil municipal, après en avoir délibéré »
        two_words = folded_text(
            self.doc[subject.i : subject.i + 2]
        )  # « la jeune pousse », mis-parsed
        organisation = (
            fold(subject.text) in self.lex["org_heads"]
            or fold(subject.text) in self.lex["governing_bodies"]  # « le conseil a décidé »
            or two_words in self.lex["org_heads"]
            or described_as in self.lex["org_heads"]
            or described_as.split(" ")[0] in self.lex["org_heads"]
        ) and not self._plural(subject)  # not « les start-up françaises »
        if organisation and determiners & {"notre", "nos"}:
            return self.we(subject, sent)  # « notre coopérative investira »: « nous »
        named = self.named_after_description(subject, sent) if organisation else None
        if named is not None:  # « le fonds de croissance luxembourgeois X », parsed in pieces
            return [named]
        owner = self._body_owner(subject) if first in self.lex["anaphoric_determiners"] else None
        if owner is not None:  # « la direction de X a présenté son plan… La direction met »
            return [owner]
        anaphoric = determiners & set(self.lex["anaphoric_determiners"])
        board = described_as in self.lex["governing_bodies"] and not determiners & POSSESSIVES
        if board and anaphoric and self.protagonist():  # « Enfin, le conseil d'administration
            return self.protagonist()  # a autorisé »: the board of the company the article is
            # about, not of whoever acted last
        main = self._main_subject(subject, sent) if organisation and anaphoric else []
        if main:  # « X a posé la première pierre du centre, dans lequel la société investit »
            return main
        if anaphoric:
            described = self.described_before(subject) or (
                self.described_alike(subject) if organisation else []
            )
            if described:  # « Quelmora, un consortium… ». « Le consortium prévoit… »
                return described
            held = [
                m
                for m in self.named_with(subject)
                if self._organisation_like(m) and not self.is_place_mention(m)
            ]
            generic = fold(subject.text) in self.lex["generic_org_heads"]  # « la société »
            if held and not generic and not self._plural(subject):
                return held  # « le port » after « Grand Port de X »
        named_last = self._apposed_last(subject, sent)
        if named_last is not None:  # « Le ministre chargé de l'Industrie, X, a annoncé »
            return [named_last]
        person = fold(subject.text) in self.lex["person_heads"]  # « le patron »
        if person and first in self.lex["anaphoric_determiners"]:
            return self.titled_before(subject, sent) or self.antecedent(sent)
        if (
            first in ("son", "sa", "ses", "leur", "leurs")
            and fold(subject.text) in self.lex["member_nouns"]
        ):  # « Ses membres mettront en commun… »
            return self.antecedent(sent)
        if first in ("nos", "notre") and fold(subject.text) in self.lex["member_nouns"]:
            return self.we(subject, sent)  # « nos membres ont investi », a network's letter
        if fold(subject.text) in self.lex["pronouns"] or (
            first in self.lex["anaphoric_determiners"] and organisation
        ):  # « il », « la start-up »; not « les projets », « le chantier »
            bodies = fold(subject.text) in self.lex["body_nouns"]
            young = {fold(subject.text), two_words} & set(self.lex["young_company_nouns"])
            funders = self.financiers if young else frozenset()  # « la jeune pousse » is not
            return self.antecedent(  # the agency that just funded one
                sent, organisation, subject.i == sent.start, bodies, besides=funders
            )
        if (
            fold(subject.text) in self.lex["government_heads"]
            and first in self.lex["anaphoric_determiners"]
        ):  # « Toujours au Cameroun, le gouvernement a signé »: the country named before
            return [m for m in self.place_before(subject) if is_state(m.canonical)][-1:]
        return []

    def _dislocated_topic(self, subject: Token, sent: Span) -> list[EntityMention]:
        """The noun phrase a pronoun between commas takes up: the clause opens on it
        (« La métropole X, elle, … », « Et le fonds Y, lui, … »), not on « Selon Z, »."""
        before, after = subject.i - 1, subject.i + 1
        if before <= sent.start or after >= sent.end:
            return []
        if self.doc[before].text != "," or self.doc[after].text != ",":
            return []
        opening = sent.start + (self.doc[sent.start].pos_ == "CCONJ")
        if self.doc[opening].pos_ not in ("DET", "PROPN"):
            return []
        named = self.entities_in(self.doc[opening:before])
        if not named or named[-1].token_end != before:
            return []
        return named[-1:]

    def _main_subject(self, subject: Token, sent: Span) -> list[EntityMention]:
        """The company named as the main clause's subject, for a description (« la société »)
        that is the subject of a relative clause after it."""
        if subject.head.dep_ != "acl:relcl" or subject.head.i < sent.root.i:
            return []
        main = self.subject_of(sent.root)
        if main is not None and main.i > subject.i:
            return []
        named = self.entities_in(main.subtree) if main is not None else []
        named = named or self.left_zone(sent.root, sent)  # a subject the parser did not tie
        return [m for m in named if self._organisation_like(m) and not self.is_place_mention(m)][:1]

    def titled_before(self, subject: Token, sent: Span) -> list[EntityMention]:
        """« La ministre chargée des Comptes publics, X, … Y a plaidé… La ministre s'est
        engagée »: the person last introduced by the same title and gender, not whoever
        was named last."""
        title = fold(subject.text)
        wanted = _gender(self.doc[subject.left_edge.i])
        people = sorted(  # each mention once, not once per token
            {m.token_start: m for m in self.entity_at.values() if m.label == "PER"}.values(),
            key=lambda m: -m.token_start,
        )
        people = [m for m in people if m.token_end <= sent.start]
        for m in people:
            window = self.doc[max(0, m.token_start - TITLE_REACH) : m.token_start]
            for t in window:
                if fold(t.text) == title and t.i > 0:
                    given = _gender(self.doc[t.i - 1])
                    if wanted is None or given is None or given == wanted:
                        return [m]
        return []

    def opens_with_the_latter(self, sent: Span) -> bool:
        """« Ce dernier », « Cette dernière » opening the sentence, however it was parsed."""
        words = [t for t in sent[:3] if not t.is_punct]
        return (
            len(words) == 3
            and fold(words[0].text) in ("ce", "cette", "ces")
            and fold(words[1].text) in self.lex["latter_words"]
            and words[2].pos_ != "NOUN"  # not « ces derniers mois »
        )

    def named_last_before(self, sent: Span) -> list[EntityMention]:
        """« ce dernier », « cette dernière »: the party named last before the sentence."""
        before = [
            m
            for m in self.entities_in(self.doc[max(0, sent.start - LATTER_REACH) : sent.start])
            if not self.is_place_mention(m) and m.label != "MISC"
        ]
        return before[-1:]

    def _apposed_last(self, subject: Token, sent: Span) -> EntityMention | None:
        """« Le ministre délégué chargé de l'Industrie, X, a annoncé »: the name set between
        commas at the end of the subject's description, however the parser hung it."""
        verb = subject.head
        first_of_verb = min([verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux"))])
        j = first_of_verb - 1
        if j <= subject.i or self.doc[j].text != ",":
            return None
        m = self.entity_at.get(j - 1)
        if m is None or m.token_start - 1 <= subject.i or self.doc[m.token_start - 1].text != ",":
            return None
        return None if self.is_place_mention(m) or self.aside(m) else m

    def _plural(self, noun: Token) -> bool:
        """« les start-up européennes »: a plural determiner, or a plural noun no singular
        determiner contradicts (« le fonds » is tagged plural)."""
        determiners = {fold(c.text) for c in noun.children if c.dep_ == "det"}
        if determiners & {"les", "des", "ces", "leurs", "nos", "vos"}:
            return True
        singular = {"le", "la", "l'", "un", "une", "ce", "cet", "cette", "son", "sa", "leur"}
        return "Plur" in noun.morph.get("Number") and not determiners & singular

    def named_after_description(self, subject: Token, sent: Span) -> EntityMention | None:
        """« la jeune pousse rennaise Qubra », « le fonds de croissance luxembourgeois X »: the
        name that ends the subject's description, when the parser cut it off."""
        doc = self.doc
        j = subject.i + 1
        while j < min(sent.end, subject.i + 7) and j not in self.entity_at:
            word = doc[j]
            joins = j + 1 < sent.end and trade_complement(doc, j)
            if not joins and (word.pos_ not in ("ADJ", "NOUN", "VERB") or word.is_punct):
                return None
            j += 2 if joins else 1
        m = self.entity_at.get(j)
        if m is None or self.locative(m):
            return None
        owner = fold(doc[m.token_start - 1].text) in ("de", "d'")
        return None if owner and self.is_public_authority(m) else m  # « la société d'État »

    def apposed_before(self, subject: Token, sent: Span) -> list[EntityMention]:
        """« Cloudia, la branche cloud du groupe, investira »: a name in apposition that
        opens the clause."""
        left = min((t.i for t in subject.subtree if not t.is_punct), default=subject.i) - 1
        while left >= sent.start and self.doc[left].text in (",", "«", "»"):
            left -= 1
        if left < sent.start or left not in self.entity_at:
            return []
        name = self.entity_at[left]
        if name.label == "PER" and fold(subject.text) in self.lex["org_heads"]:
            return []  # « Selon son président, X, la société pourrait… »: a person is no company
        opener = name.token_start - 1
        if opener >= sent.start and self.doc[opener].pos_ == "DET":
            opener -= 1  # « Au Brésil, le Quarvex, la banque de développement, a porté »
        before = {fold(t.text) for t in self.doc[max(sent.start, opener - 6) : opener]}
        if self.doc[opener].text == "," and before & {*self.lex["channel_nouns"], "filiale"}:
            return []  # « Par l'intermédiaire de notre filiale, X, nous avons souscrit »
        if (
            opener < sent.start
            or self.doc[opener].is_punct
            or self.doc[opener].pos_ in ("ADV", "CCONJ")
        ):
            return [name]  # « Et Finova, la banque publique, apportera »
        return []

    def named_with(self, noun: Token) -> list[EntityMention]:
        """The latest name before ``noun`` that holds it as a word (« la métropole » after
        « Savenne Métropole »)."""
        word = fold(noun.text)
        for i in range(noun.i - 1, -1, -1):
            m = self.entity_at.get(i)
            if m is not None and m.token_start == i and word in fold(m.canonical).split():
                return [m]
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

    def _name_bare_towns(self) -> None:
        """« la Ville », « la Commune » the tagger took for a name stand for the town the text
        is about (« la commune de T », the town's own page), named in full."""
        bare = {
            m
            for m in self.entity_at.values()
            if " " not in m.canonical and fold(m.canonical) in self.lex["town_heads"]
        }
        town = (self.home_territory() or self.page_owner)[:1] if bare else []
        if not town:
            return
        for i, m in self.entity_at.items():
            if m in bare:
                self.entity_at[i] = replace(m, canonical=town[0].canonical, label=town[0].label)

    @cached_property
    def page_owner(self) -> list[EntityMention]:
        """Who writes a first-person page, told by its header (the headline, its byline and
        the lead) rather than by how often it is named: the company a blog or newsroom is
        named after (« Blog X › Actualités »), else the town a mayor's or a municipality's
        page speaks for (« Le blog de P, maire de T », « Vie municipale › Le mot du maire »,
        a mayor's interview: « la maire a répondu à nos questions »)."""
        headline = next((s for s in self.sentences if not in_boilerplate(s)), None)
        if headline is None:
            return []
        number = self.sentence_at[headline.start]
        header = self.doc[: self.sentences[min(number + 4, len(self.sentences) - 1)].end]
        for t in header:
            cue = page_owner_cue(self.doc, t.i)
            named = self.entity_at.get(t.i + cue) if cue else None
            if named is not None and (named.label != "PER" or self._organisation_like(named)):
                return [named]  # « Blog X », the NER may take a brand for a person; a
            # person's blog speaks for the town they are mayor of, or for no one
        state = self.state_named() if self._names_a_minister(headline) else []
        if state:  # « Discours de Mme X, ministre déléguée… »: her « nous » is the State
            return state
        words = {fold(t.text) for t in header}
        if not words & set(self.lex["municipal_cues"]):
            return []
        mentions = {m.token_start: m for m in self.entity_at.values()}.values()
        towns = [  # « Ville de T », not « la Ville » the tagger took for a name
            m
            for m in mentions
            if fold(m.canonical).split()[0] in self.lex["town_heads"] and " " in m.canonical
        ]
        towns = towns or self.home_territory()  # « Ville de T », else « la commune de T »
        towns = towns or [  # else the places the header names, the most named one
            m
            for m in self.entities_in(header)
            if self.is_place_mention(m) and fold(m.canonical) not in self.lex["town_heads"]
        ]
        if not towns:
            return []
        town = Counter(m.canonical for m in towns).most_common(1)[0][0]
        return [next(m for m in towns if m.canonical == town)]

    def _names_a_minister(self, span: Span) -> bool:
        return bool({fold(t.text) for t in span} & set(self.lex["minister_titles"]))

    def state_named(self) -> list[EntityMention]:
        """The State as the article names it (« l'État », « le Gouvernement »): whom a
        minister's « nous » speaks for."""
        return [
            m for m in self.entities_in(self.doc) if fold(m.canonical) in self.lex["state_names"]
        ][:1]

    @cached_property
    def issuer(self) -> list[EntityMention]:
        """The organisation whose own release or report the page is (« Banque X | Rapport
        annuel 2025 »), named whole before its first line's « | »; none on a news page."""
        span = released_by(self.doc)
        named = self.entity_at.get(span[0]) if span is not None else None
        whole = named is not None and (named.token_start, named.token_end) == span
        if not whole or self.is_place_mention(named):
            return []  # the NER may take the sender for a person: it issues the page all the same
        return [named]

    def protagonist(self) -> list[EntityMention]:
        """Who « nous » is in an interview or a press release: the organisation the article
        names most (counted once per document)."""
        if self._protagonist is None:
            self._protagonist = self._most_named_organisation()
        return list(self._protagonist)

    def _most_named_organisation(self) -> list[EntityMention]:
        mentions = [
            m
            for m in {m.token_start: m for m in self.entity_at.values()}.values()
            if not in_boilerplate(self.sentence_of(self.doc[m.token_start]))
        ]  # not the « COMMUNIQUÉ DE PRESSE » header
        text, cues = doc_text(self.doc), tuple(self.lex["publisher_cues"])
        publishers = {  # « vous êtes abonné(e) à X »: the letter itself, no one's « nous »
            m.canonical
            for m in mentions
            if fold(text[max(0, m.start - 24) : m.start]).rstrip().endswith(cues)
        }
        counts = Counter(
            m.canonical
            for m in mentions
            if m.canonical not in publishers
            and (m.label == "MISC" or self._organisation_like(m))
            and not is_place(m.canonical)
            and (not self.aside(m) or self._bracketed(m))  # « Hélène Morvan (Nexalia) »
            and not any(is_event_word(w, self.lex) for w in fold(m.canonical).split())
        )  # a forum the article reports from is no one's « nous » nor « le groupe »
        headline = next((s for s in self.sentences if not in_boilerplate(s)), None)  # not a
        # breadcrumb (« Blog › Portfolio ») over the title
        in_title = [
            m
            for m in sorted(mentions, key=lambda m: m.token_start)
            if headline is not None
            and headline.start <= m.token_start < headline.end
            and m.canonical in counts
        ]
        for m in in_title:  # the title names whom the article is about, in brackets too
            counts[m.canonical] += 3
        if in_title:  # « X annonce une offre sur Y »: the title's first name is its subject
            counts[in_title[0].canonical] += 1
        for author in self._signatories(headline):  # « Par X, présidente de Y »: an op-ed's
            employer = self.employers().get(author.canonical)  # « nous » is the author's
            if employer is not None and not self.is_place_mention(employer):
                counts[employer.canonical] += 4  # as a title's subject, named on the byline only
        for company in self._signed_for():  # a letter signed « X / Présidente / Y SAS »
            counts[company.canonical] += 4  # speaks for Y
        for company in self.title_employers.values():  # « Jeanne Roy (X) : « Nous… » »
            if company.canonical in counts:  # over an interview: its « nous » is X
                counts[company.canonical] += 4
        self._votes_to_managers(counts)
        if not counts:
            return []
        name = counts.most_common(1)[0][0]
        return [next(m for m in self.entity_at.values() if m.canonical == name)]

    def _signed_for(self) -> list[EntityMention]:
        """The organisations named on the line after a signature's title."""
        found = []
        for m in {m.token_start: m for m in self.entity_at.values()}.values():
            if m.label != "PER":
                continue
            title_end = signature_title_end(self.doc[m.token_start : m.token_end])
            if title_end is None or title_end + 2 > len(doc_text(self.doc)):
                continue
            after = self.doc.char_span(title_end + 1, title_end + 2, alignment_mode="expand")
            company = self.entity_at.get(after.start) if after is not None else None
            if company is not None and self._organisation_like(company):
                found.append(company)
        return found

    def _votes_to_managers(self, counts: Counter) -> None:
        """« FPCI Ternalix Deeptech II » beside « Ternalix Capital »: a numbered fund speaks
        through its manager, the organisation that shares its name; its mentions count for
        the manager."""
        for name in list(counts):
            words = [w for w in name.split() if fold(w) not in self.lex["fund_forms"]]
            if len(words) < 2 or not VINTAGE.fullmatch(words[-1]):
                continue
            manager = next(
                (
                    other
                    for other in counts
                    if other != name
                    and other.split()[0] == words[0]
                    and not VINTAGE.fullmatch(other.split()[-1])
                ),
                None,
            )
            if manager is not None:
                counts[manager] += counts.pop(name)

    def _signatories(self, headline: Span | None) -> list[EntityMention]:
        """The people who sign the text: a byline « Par X, … » opening its line, or the
        person the standfirst opens with (« TRIBUNE. X, présidente de Y, détaille… »)."""
        text = doc_text(self.doc)
        number = self.sentence_at[headline.start] if headline is not None else len(self.sentences)
        standfirst = [s.start for s in self.sentences[number + 1 : number + 3]]
        return [
            m
            for m in {m.token_start: m for m in self.entity_at.values()}.values()
            if m.label == "PER"
            and (
                text[line_start(text, m.start) : m.start] == "Par "
                or any(
                    all(t.is_punct for t in self.doc[start : m.token_start]) for start in standfirst
                )
            )
        ]

    def antecedent(
        self,
        sent: Span,
        organisation: bool = False,
        opening: bool = False,
        bodies: bool = False,
        besides: frozenset[str] | set[str] = frozenset(),
    ) -> list[EntityMention]:
        """What a pronoun or a definite description (« la start-up ») refers back to: the
        latest actor or sentence subject before this sentence, places last; an organisation
        for « le groupe », « la société », which may be a public body only for a noun that
        names one (``bodies``: « l'établissement » after « Banque X »). A pronoun ``opening``
        the sentence continues the subject of the sentence before, whatever it is; never one
        of ``besides``."""
        here = sent.start
        when, actors = self.last_actors
        actors = [a for a in actors if a.canonical not in besides]
        earlier = [(i, m) for i, m in self.recent if i < here and m.canonical not in besides]
        number = self.sentence_at[here] if here < len(self.doc) else len(self.sentences)
        just_before = self.sentences[number - 1].start if number > 0 else here
        if opening and not organisation and earlier and earlier[-1][0] >= just_before:
            return [earlier[-1][1]]  # « La région X mettra la main à la poche. Elle apportera »
        if organisation:  # « la société », « le groupe » is never the State or a region
            public = self.is_place_mention if bodies else self.is_public_authority
            earlier = [(i, m) for i, m in earlier if not public(m)]
            actors = [a for a in actors if not public(a)]
        wanted = ("ORG", "MISC") if organisation else ("ORG", "MISC", "PER")
        if any(m.label in wanted for _, m in earlier) or organisation:
            earlier = [(i, m) for i, m in earlier if m.label in wanted]
        if organisation and any(a.label == "PER" for a in actors):
            actors = []
        local = [m for i, m in earlier if i >= just_before]
        main = self.protagonist() if organisation else []
        main = [m for m in main if not self.is_public_authority(m) and m.canonical not in besides]
        named_just_before = bool(main) and any(
            m.canonical == main[0].canonical for m in self.entities_in(self.doc[just_before:here])
        )
        bought = self.acquired is not None and bool(local)
        bought = bought and local[-1].canonical == self.acquired.canonical
        if organisation and bought and self.acquirers:
            return list(self.acquirers)  # « X rachète Y. Y emploie 300 personnes. Le groupe… »
        if organisation and local and not named_just_before:
            return [local[-1]]  # « La direction de X défend son plan. La société… »
        if organisation:
            topic = [
                m for m in self._paragraph_topic(earlier, here, main) if m.canonical not in besides
            ]
            if topic:  # « À Genève, X, qui édite…, a bouclé… L'argent… La fintech lancera »
                return topic
        if organisation:  # « le groupe » is most often the company the article is about
            seen = {m.canonical for i, m in self.recent if i < here} | {
                m.canonical for m in self.entities_in(self.doc[max(0, here - 120) : here])
            }
            if main and (main[0].canonical in seen or not earlier and not actors):
                return main
        if earlier and (earlier[-1][0] > when or organisation and not actors):
            return [earlier[-1][1]]  # « la société » after a sentence on the State's share
        if opening and not earlier and when < 0:  # no subject named anyone yet: « Dans le
            return main or self.protagonist()  # hall de X… La société… Elle y consacrera »
        return actors if when < here else []

    def _paragraph_topic(
        self, earlier: list[tuple[int, EntityMention]], here: int, main: list[EntityMention]
    ) -> list[EntityMention]:
        """The company a paragraph is about, when the article's main company is not in it: its
        latest subject, else its first organisation named outside an aside."""
        paragraph = self.paragraph_start(here)
        named = self.entities_in(self.doc[paragraph:here])
        if main and any(m.canonical == main[0].canonical for m in named):
            return []
        in_paragraph = [m for i, m in earlier if i >= paragraph]
        return (
            in_paragraph[-1:]
            or [
                m
                for m in named
                if self._organisation_like(m)
                and not self.is_public_authority(m)
                and not self.aside(m)
            ][:1]
        )

    def _organisation_like(self, m: EntityMention) -> bool:
        """An organisation, or a lone word the NER took for a person (« Vostrac a remporté »):
        people are named with a first name, or after a title."""
        if m.label == "ORG":
            return True
        single = m.label == "PER" and m.token_end - m.token_start == 1
        single = single and " " not in m.canonical  # « Maëlle », signing as Maëlle X
        before = fold(self.doc[m.token_start - 1].text) if m.token_start else ""
        return single and before not in self.lex["person_heads"] and before not in ("m.", "mme")

    def project_owner(self, sent: Span) -> list[EntityMention]:
        """Whose project « le chantier » is: the last company the previous sentence names (not
        the authority that approved its aid), else the company spoken of."""
        number = self.sentence_at[sent.start]
        if number > 0:
            previous = self.sentences[number - 1]
            companies = [
                m
                for m in self.entities_in(previous)
                if self._organisation_like(m)
                and not self.is_public_authority(m)
                and not self._town_with_its_area(m)
            ]
            if companies:
                return companies[-1:]
        return self.antecedent(sent, organisation=True)

    def _town_with_its_area(self, m: EntityMention) -> bool:
        """« Bruay-la-Buissière (Pas-de-Calais) »: a name followed by its département or
        region in brackets is a town, whatever the NER called it."""
        doc, j = self.doc, m.token_end
        if j + 1 >= len(doc) or doc[j].text != "(":
            return False
        inside = self.entity_at.get(j + 1)
        return inside is not None and is_place(inside.canonical)

    def paragraph_start(self, here: int) -> int:
        """The first token of the paragraph holding token ``here``: after the last line break."""
        i = here
        while i > 0 and "\n" not in self.doc[i - 1].text_with_ws:
            i -= 1
        return i

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
            places = [m for m in self.entities_in(previous) if self.is_place_mention(m)]
            group = self.enumeration(places[0], previous) if places else []
            listed = (
                group if len(group) >= 2 else self.enumeration(names[0], previous) if names else []
            )
            return listed if len(listed) >= 2 else []
        return names[-1:]

    def _counted_parties(self, subject: Token, sent: Span) -> list[EntityMention]:
        """« …au groupement formé par A, via sa filiale A2, et par le fonds B. Les deux
        partenaires y investiront… »: a counted plural (« les deux partenaires », « les trois
        groupes ») stands for as many companies, the last the sentence before names; « les
        deux gouvernements », « les deux pays » for the last countries or regions named."""
        size = max(
            (_count(c.text) for c in subject.children if c.dep_ in ("nummod", "det")), default=0
        )
        head = fold(subject.text)
        if size >= 2 and head in self.lex["state_nouns"]:  # « les deux gouvernements »
            states = {
                m.canonical: m
                for i, m in sorted(self.entity_at.items())
                if i == m.token_start and m.token_end <= sent.start and is_state(m.canonical)
            }
            named = sorted(states.values(), key=lambda m: m.token_start)  # latest mention
            return named[-size:] if len(named) >= size else []
        kind = head in self.lex["member_nouns"] or head.rstrip("s") in self.lex["org_heads"]
        number = self.sentence_at[sent.start]
        if size < 2 or not kind or number == 0:
            return []
        named = {
            m.canonical: m
            for m in self.entities_in(self.sentences[number - 1])
            if self._organisation_like(m)
            and not self.is_place_mention(m)
            and not self._via_subsidiary(m)
        }
        companies = list(named.values())
        return companies[-size:] if len(companies) >= size else []

    def heading_subject(self, heading: Span) -> None:
        """« • Nexora fait de Lyon sa base IA »: a subheading that opens with a name tells
        whom « le laboratoire » of the paragraph below means."""
        opening = [t for t in heading[:3] if not t.is_punct]
        names = self.entities_in(opening[:1])
        if names and self._organisation_like(names[0]) and not self._names_a_plan(names[0]):
            self.recent.append((heading.start, names[0]))
        speaker = self._speaker_organisation(heading)
        if speaker is not None:
            self.speakers.append((heading.start, speaker))

    def _speaker_organisation(self, heading: Span) -> EntityMention | None:
        """« 2. Jeanne Roy, fondatrice de X (Lyon) »: the organisation of the person a
        section gives the floor to, whatever label the tagger gave its name."""
        person = next((m for m in self.entities_in(heading) if m.label == "PER"), None)
        return None if person is None else self._employer_of(person, heading.end)

    def _employer_of(self, person: EntityMention, end: int) -> EntityMention | None:
        """« Jeanne Roy, fondatrice de X », « Jeanne Roy (X) »: the organisation a person is
        presented with, before token ``end``."""
        doc = self.doc
        if person.token_end + 2 < end and doc[person.token_end].text == "(":
            owner = self.entity_at.get(person.token_end + 1)
            closed = owner is not None and doc[owner.token_end].text == ")"
            return owner if closed and self._organisation_like(owner) else None
        words = [t for t in self.doc[person.token_end : end] if t.text != ","]
        if len(words) < 3 or fold(words[0].text) not in self.lex["person_heads"]:
            return None
        i = 1
        while i < len(words) - 1 and (words[i].pos_ in ("ADJ", "NOUN") or words[i].text == "-"):
            i += 1  # « directrice générale de », « présidente-directrice générale de »
        if fold(words[i].text) not in ("de", "d'", "du"):
            return None
        owner = None
        for word in words[i + 1 : i + 6]:  # « du fabricant de câbles X »: a description of the
            owner = self.entity_at.get(word.i)  # company before its name
            if owner is not None or not word.text.islower():
                break
        if owner is None and fold(words[i + 1].text) in self.lex["org_heads"]:
            named = self.antecedent(self.sentence_of(words[i + 1]), organisation=True)
            owner = named[0] if named else None  # « X, associé du fonds »: the fund spoken of
        return owner if owner is not None and not self.is_place_mention(owner) else None

    def speech_speaker(self, subject: Token, sent: Span) -> list[EntityMention]:
        """Whom a first person plural speaks for, in a quotation or a speaker's turn."""
        return self.quoted_speaker(subject, sent) or self.speaker_before(sent)

    def quoted_speaker(self, subject: Token, sent: Span) -> list[EntityMention]:
        """Whom « nous » speaks for in a quotation its reporting clause follows (« « Nous
        investirons… », a détaillé la candidate »): the speaker's organisation, or the
        speaker when the article presents them with none."""
        opened = [t for t in self.doc[sent.start : subject.i] if t.text == "«"]
        closing = next((t for t in self.doc[subject.i : sent.end] if t.text == "»"), None)
        if not opened or closing is None:
            return []
        after = [t for t in self.doc[closing.i + 1 : sent.end] if t.text != ","]
        if not after or after[0].pos_ not in ("VERB", "AUX"):
            return []
        speaker = None
        for t in after[1:7]:
            if t.is_punct:
                break
            speaker = self.entity_at.get(t.i)
            if speaker is None and fold(t.text) in self.lex["person_heads"]:
                owned = any(fold(c.text) in POSSESSIVES for c in t.children)
                if owned:  # « a résumé son président »: the company « son » stands for
                    return []
                speaker = self._person_described(t, sent)
            if speaker is not None:
                break
        if speaker is None or speaker.label != "PER":
            return [speaker] if speaker is not None else []
        employer = self.employers().get(speaker.canonical)
        if employer is None and self.page_owner:  # « a précisé l'adjoint aux finances, X »
            return self.page_owner  # on the town's own page: the town
        return [employer if employer is not None else speaker]

    def _person_described(self, title: Token, sent: Span) -> EntityMention | None:
        """« la candidate », « le patron »: the person introduced by that title, else the
        person named last before the sentence."""
        titled = self.titled_before(title, sent)
        if titled:
            return titled[0]
        people = [
            m for m in self.entity_at.values() if m.label == "PER" and m.token_end <= sent.start
        ]
        return max(people, key=lambda m: m.token_start) if people else None

    def we(self, subject: Token, sent: Span) -> list[EntityMention]:
        """Whom « nous » (or « notre société ») stands for: the speaker's organisation, else
        the page's owner or issuer (« X · Lettre réservée aux membres »), else the article's
        protagonist; a company just bought speaks for its buyer."""
        speaker = (
            self.speech_speaker(subject, sent)
            or self.page_owner
            or self.issuer
            or self.protagonist()
        )
        bought = self.acquired is not None and self.acquirers
        if bought and speaker and speaker[0].canonical == self.acquired.canonical:
            return list(self.acquirers)  # « X reprend l'usine Y. « Nous rachetons… » »
        return speaker

    def first_person(self, subject: Token, sent: Span) -> list[EntityMention]:
        """Whom « je » is: the speaker of the quotation, else the person whose turn the line
        is in a transcript (« P.-H. VOSTRAL : Je mettrai 1 milliard… »), or their
        organisation when the article gives one."""
        quoted = self.quoted_speaker(subject, sent)
        if quoted:
            return quoted
        turn = self._turn_speaker(sent)
        if turn is None:
            return []
        employer = self.employers().get(turn.canonical)
        return [employer if employer is not None else turn]

    def speaker_before(self, sent: Span) -> list[EntityMention]:
        """Whom « nous » speaks for: the organisation of the speaker whose turn the line is
        (« CLAIRE ROY. — Nous investirons… », Claire Roy presented as « présidente de X »
        anywhere), else under the section heading last naming a speaker."""
        turn = self._turn_speaker(sent)
        if turn is not None:
            employer = self.employers().get(turn.canonical)
            if employer is not None:
                return [employer]
            label = self.sentence_of(self.doc[turn.token_start])  # « M. X, ministre délégué. »
            return self.state_named() if self._names_a_minister(label) else []
        earlier = [m for i, m in self.speakers if i < sent.start]
        return earlier[-1:]

    def _turn_speaker(self, sent: Span) -> EntityMention | None:
        """Whose turn the line is: a person's name in its label (« CLAIRE ROY : », « Claire
        Roy : »), or the person the label's initials spell (« C. R. : »); a paragraph with no
        label goes on the turn above it, back to a question."""
        text = doc_text(self.doc)
        start = line_start(text, sent.start_char)
        for _ in range(4):  # this paragraph, then up to three above it
            speaker = self._labelled_speaker(start)
            if speaker is not None or line_prefix_end(self.doc, start) > start:
                return speaker  # a person's turn, or a label naming no one (« Q : »)
            above = len(text[:start].rstrip())
            start = line_start(text, above)
            if above == 0 or text[start:above].endswith("?"):
                return None  # the top of the text, or a question opening this answer
        return None

    def _labelled_speaker(self, line_start: int) -> EntityMention | None:
        text = doc_text(self.doc)
        prefix_end = line_prefix_end(self.doc, line_start)
        labels = self.doc.char_span(line_start, prefix_end, alignment_mode="contract")
        names = [self.entity_at.get(t.i) for t in labels or ()]  # asides, all of them
        speaker = next((m for m in names if m is not None and m.label == "PER"), None)
        if speaker is not None:
            return speaker
        opening = self.doc.char_span(line_start, line_start + 1, alignment_mode="expand")
        first = self.entity_at.get(opening.start) if opening is not None else None
        if first is not None and first.label == "PER" and text[first.end : first.end + 2] == " :":
            return first
        written = fold(text[line_start:prefix_end].strip(" :.—–\n"))
        people = [m for m in self.entity_at.values() if m.label == "PER"]
        same = next((m for m in people if fold(m.canonical) == written), None)
        if same is not None:  # « ÉLISE VOSTRAL : » for Élise Vostral, a label the NER missed
            return same
        initials = re.sub(r"[\s.:]", "", text[line_start:prefix_end])
        if not initials.isupper() or not 2 <= len(initials) <= 3:
            return None
        spelled = {
            m.canonical: m for m in people if "".join(w[0] for w in m.canonical.split()) == initials
        }
        return next(iter(spelled.values())) if len(spelled) == 1 else None

    def employers(self) -> dict[str, EntityMention]:
        """Each person's organisation, as the article presents them (read once), its title
        included."""
        if self._employers is None:
            self._employers = dict(self.title_employers)
            for m in {m.token_start: m for m in self.entity_at.values()}.values():
                if m.label == "PER" and m.canonical not in self._employers:
                    end = self.sentence_of(self.doc[m.token_start]).end
                    employer = self._employer_of(m, end)
                    if employer is not None:
                        self._employers[m.canonical] = employer
        return self._employers

    @cached_property
    def title_employers(self) -> dict[str, EntityMention]:
        """The people the article's own title (its front matter's, which the text need not
        repeat) presents with their organisation in brackets: « Jeanne Roy (X) : … »."""
        title = self.doc._.title or ""
        if "(" not in title:
            return {}
        mentions = {m.token_start: m for m in self.entity_at.values()}.values()
        organisations = {m.text: m for m in mentions if self._organisation_like(m)}
        found = {}
        for m in mentions:
            if m.label != "PER":
                continue
            bracket = re.search(rf"(?<![\w-]){re.escape(m.text)}\s*\(([^()]+)\)", title)
            owner = organisations.get(bracket.group(1).strip()) if bracket else None
            if owner is not None and not self.is_place_mention(owner):
                found[m.canonical] = owner
        return found

    def _names_a_plan(self, m: EntityMention) -> bool:
        """« Y 2028 : un effort sans précédent » over a paragraph on « le plan Y 2028 »."""
        return any(
            word in self.lex["plan_nouns"] and d.canonical == m.canonical
            for _, word, _, d in self.descriptions
        )

    def _list_start(self, item: Span) -> int:
        number = self.sentence_at[item.start]
        while number > 0 and _bulleted(self.sentences[number - 1]):
            number -= 1
        return number

    def list_item(self, sent: Span) -> bool:
        """« Points clés : » then « - l'acquisition de X ; »: a bullet of a list brought in by
        a colon, whose pledge is told without a verb; a bullet standing alone over a
        paragraph is a subheading."""
        key = (sent.start, sent.end)
        known = self._list_items.get(key)
        if known is None:
            known = self._list_items[key] = self._list_item(sent)
        return known

    def _list_item(self, sent: Span) -> bool:
        if not _bulleted(sent):
            return False
        number = self._list_start(sent)
        return number > 0 and self.sentences[number - 1].text.rstrip().endswith(":")

    def funders(self, sent: Span) -> list[EntityMention]:
        """« Plan de financement » then « Région X : 1 141 500 € », « Autofinancement (A, B) :
        400 000 € »: a financing plan's line, its funders named before the colon and their
        share after it, alone on the line (a bracket aside), told without a verb; a table's
        row, its investor in the first cell."""
        known = self._funder_lines.get(sent.start)
        if known is None:
            known = self._funder_lines[sent.start] = self._funders(sent)
        return known

    def _funders(self, sent: Span) -> list[EntityMention]:
        row = self._table_row(sent)
        item = self._project_item(sent) if row is None else None
        if row is not None:  # « X (Allemagne) | usine de pompes | Guéret | 145 M€ | 320 »
            colon = row
        elif item is not None:  # « – X (chimie, Guéret) : usine d'engrais, 640 MDH ; »
            colon = item  # the NER takes such labels for people as often as not
        elif not self._plan_line(sent) or not self._under_financing_heading(sent):
            return []
        else:
            colon = next(t.i for t in sent if t.text == ":")
        depth, outside, inside = 0, [], []  # « Autofinancement (A, B) »: the brackets name
        for token in self.doc[sent.start : colon]:  # them; « Ternalix (programme X) »
            depth += (token.text == "(") - (token.text == ")")  # the funder is outside
            mention = self.entity_at.get(token.i)
            person = mention is not None and mention.label == "PER" and item is None
            if mention is not None and not person and token.i == mention.token_start:
                (inside if depth else outside).append(mention)
        if row is not None:  # « X (Allemagne) | … »: the investor's country is no investor
            return [m for m in outside if not self.is_place_mention(m)]
        return outside or inside

    def _table_row(self, sent: Span) -> int | None:
        """« Investisseur | projet | site | montant » rows: a line of three or more cells, a
        sum in a cell after the first. Returns where the first cell ends; its name invests."""
        bars = [t.i for t in sent if t.text == "|"]
        if len(bars) < 2:
            return None
        text = doc_text(self.doc)
        if line_start(text, sent.start_char) != sent.start_char or "\n" in sent.text.strip():
            return None
        after = self.doc[bars[0]].idx
        amounts = [a for a in self.doc._.amounts or () if after < a.start < sent.end_char]
        return bars[0] if amounts else None

    def _project_item(self, sent: Span) -> int | None:
        """« Les projets retenus : » then « – X (chimie, Guéret) : usine d'engrais, 640 MDH,
        410 emplois ; »: a bullet that describes its label's project and its cost without a
        verb, under a lead-in with none either. Returns where the label ends; it invests."""
        colon = next((t.i for t in sent if t.text == ":"), None)
        if colon is None or not self.list_item(sent) or self.lead_in_pledge(sent) is not None:
            return None
        after = self.doc[colon].idx
        first = next((a for a in self.doc._.amounts or () if after < a.start < sent.end_char), None)
        if first is None:
            return None
        told = self.doc[colon : sent.end]
        if any(t.pos_ in ("VERB", "AUX") and t.idx < first.start for t in told):
            return None
        opening = next((t for t in sent if not t.is_punct and not t.is_space), None)
        mention = self.entity_at.get(opening.i) if opening is not None else None
        if mention is None or mention.label == "LOC" or opening.i >= colon:
            return None
        return colon

    def row_places(self, sent: Span) -> list[str]:
        """The places a table row's cells after the first name (« … | Guéret | 145 M€ »), or a
        project item's label (« – X (chimie, Guéret) : usine, 640 MDH ; »)."""
        first_cell_end = self._table_row(sent)
        label_end = self._project_item(sent) if first_cell_end is None else None
        if first_cell_end is not None:
            named = self.entities_in(self.doc[first_cell_end : sent.end])
        elif label_end is not None:  # its brackets included: « (chimie, Guéret) »
            at = self.entity_at
            label = range(sent.start, label_end)
            named = list({at[i].token_start: at[i] for i in label if i in at}.values())
        else:
            return []
        return [m.canonical for m in named if self.is_place_mention(m)]

    def _plan_line(self, sent: Span) -> bool:
        """« label : amount », alone on its line but for a bracket, without a verb."""
        text = doc_text(self.doc)
        if line_start(text, sent.start_char) != sent.start_char or "\n" in sent.text.strip():
            return False
        colon = next((t for t in sent if t.text == ":"), None)
        if colon is None:  # most lines: no need to look at the amounts
            return False
        amounts = [
            a for a in self.doc._.amounts or () if sent.start_char <= a.start < sent.end_char
        ]
        if len(amounts) != 1 or text[colon.idx + 1 : amounts[0].start].strip():
            return False
        rest = text[amounts[0].end : sent.end_char].strip()
        if rest and not (rest.startswith("(") and rest.endswith(")")):
            return False
        return not any(t.pos_ in ("VERB", "AUX") for t in sent)

    def _under_financing_heading(self, sent: Span) -> bool:
        """The lines above, past the plan's other lines, open with a financing heading."""
        number = self.sentence_at[sent.start] - 1
        while number >= 0 and self._plan_line(self.sentences[number]):
            number -= 1
        if number < 0:
            return False
        heading = self.sentences[number]
        words = {fold(t.text) for t in heading}
        return len(heading) < 12 and bool(words & set(self.lex["financing_headings"]))

    def sold_to(self, verb: Token) -> tuple[EntityMention, EntityMention | None] | None:
        """« A a cédé sa filiale B au fonds C pour 120 M€ »: the buyer named after « à » a
        selling verb governs, and the company it buys, named as the object or told by a
        business noun (« un fonds de commerce »). A company or business sold to a named
        buyer is the buyer's acquisition."""
        if fold(self.lemma(verb)) not in self.lex["contract_only_verbs"]:
            return None
        buyer, bought, business, buyer_phrase = None, None, False, set()
        for child in verb.children:
            names = self.companies_in(child)
            if child.dep_.startswith(("obl", "iobj")) and case_words(child) & TO and names:
                buyer = buyer or names[0]
                buyer_phrase |= {t.i for t in child.subtree}
            elif child.dep_ == "obj" and names:
                bought = names[0]
        if buyer is None:  # « cède l'usine pour un montant non communiqué au fonds C »: the
            buyer = self._buyer_after_price(verb)  # parser hangs the buyer on the price
        if buyer is not None and bought is None:
            business = any(  # the object, or a noun the parser hung on the buyer's legal form
                t.dep_ in ("obj", "appos") and t.i > verb.i and names_a_business(self.doc, t.i)
                for t in verb.subtree
                if t.i not in buyer_phrase  # not « à X, société basée à Boston »
            )
        if buyer is None or bought is None and not business:
            return None  # « a cédé à X les droits de son anticorps », « une parcelle »: no company
        return buyer, bought

    def _buyer_after_price(self, verb: Token) -> EntityMention | None:
        """The company named after « à » inside the verb's « pour » price phrase."""
        for price in verb.children:
            if not price.dep_.startswith("obl") or "pour" not in case_words(price):
                continue
            words = list(price.subtree)
            to = next((t.i for t in words if fold(t.text) in TO), None)
            names = self._companies(t for t in words if to is not None and t.i > to)
            if names:
                return names[0]
        return None

    def companies_in(self, phrase: Token) -> list[EntityMention]:
        """The organisations a phrase names, places aside: who buys, or what is sold."""
        return self._companies(phrase.subtree)

    def _companies(self, tokens) -> list[EntityMention]:
        return [
            m
            for m in self.entities_in(tokens)
            if m.label in ("ORG", "MISC") and not self.is_place_mention(m)
        ]

    def name_at(self, k: int, sent: Span) -> EntityMention | None:
        """The name that starts at token ``k``, past one article (« de la Région X »)."""
        k += k < sent.end and self.doc[k].pos_ == "DET"
        named = self.entity_at.get(k)
        return named if named is not None and named.token_start == k else None

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
        """« Nexora (Lyon) : … »: the name that opens a bullet receives the money (the object;
        others named with it are partners), the place in brackets is where it goes."""
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
            elif found.object is None and (m.canonical, m.label) not in found.actors:
                found.object = (m.canonical, m.label)
            elif (m.canonical, m.label) not in [*found.partners, *found.actors, found.object]:
                found.partners.append((m.canonical, m.label))

    def lead_in(self, item: Span) -> list[EntityMention]:
        """Who the bullets of a list speak of: a name in the line that introduces them
        (« Nexora annonce : »), else the page's owner (a town's deliberation) or the
        article's protagonist when the paragraphs just before name it (« Points clés : » in a
        press release), else the latest actor."""
        number = self._list_start(item)
        if number > 0:
            line = self.sentences[number - 1]
            if line.text.rstrip().endswith(":"):
                names = [m for m in self.entities_in(line) if m.label in ("ORG", "MISC", "PER")]
                if names:
                    return names[:1]
        before = self.doc[self.sentences[max(0, number - 4)].start : item.start]
        main = self.page_owner or self.protagonist()
        if main and any(m.canonical == main[0].canonical for m in self.entities_in(before)):
            return main
        when, actors = self.last_actors
        if actors and when >= before.start:
            return actors
        return main

    def _subject_before(self, token: Token, sent: Span) -> list[EntityMention]:
        """« …: nous avons signé avec elle un prêt de 300 M€ », the loan hung apart from the
        verb: the nearest subject before the pledge word in its clause."""
        for t in reversed(self.doc[sent.start : token.i]):
            if t.text in (";", ":"):
                return []
            if t.dep_ in SUBJECTS and t.pos_ == "PRON" and t.head.i < token.i:
                return self.resolve(t, sent)
        return []

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
                if self.names_a_thing(m) or self.locative(m) or self._via_subsidiary(m):
                    i = m.token_start - 1  # « Via sa filiale X, il investira »: not X
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
        relatives = [  # « X, qui a levé 85 M€ auprès du fonds Y, signe »: Y is not a subject
            (r.i, next((k for k in range(r.i, token.i) if self.doc[k].text == ","), token.i))
            for r in self.doc[sent.start : token.i]
            if fold(r.text) == "qui"  # not « 61 pays, dont la Chine, la France et l'Inde »
            and r.i > sent.start
            and self.doc[r.i - 1].text == ","
        ]
        names = [m for m in names if not any(a < m.token_start < b for a, b in relatives)]
        return list(reversed(names))

    def actors(
        self, trigger: Trigger, sent: Span
    ) -> tuple[list[EntityMention], EntityMention | None]:
        """(actors, object) of a trigger."""
        token = trigger.token
        obj = None
        if trigger.kind == "noun" and token.dep_ == "appos" and token.head.i in self.entity_at:
            obj = self.entity_at[token.head.i]  # « Alliance X, un partenariat entre … »
        fund = None
        if trigger.kind == "noun" and trigger.type == "investment" and obj is None:
            fund = obj = self._fund_named_before(token)  # « X lance Y, un fonds de 300 M€ »;
            # a joint fund (an initiative) is its own actor
        if trigger.kind == "noun" and obj is None:
            genitive = self.genitive(token, trigger.size, sent)
            own_name = genitive is not None and genitive.token_start <= token.i < genitive.token_end
            named_after_place = trigger.type == "declaration" and (
                genitive is not None
                and (genitive.label == "LOC" or is_place(genitive.canonical) or own_name)
            )  # « la déclaration de Strasbourg » is signed by the subject, if it names any
            if named_after_place:
                subject = self.subject_of(token)
                signatories = self.resolve(subject, sent) if subject is not None else []
                signatories = signatories or self._members(subject)
                if signatories:
                    return signatories, None
                obj, genitive = (genitive, None) if own_name else (obj, genitive)
            closing = fold(token.text) in self.lex["fund_closing_nouns"]
            if genitive is not None and closing:
                obj = genitive  # « le premier closing de X III »: the fund, raised by the subject
            elif genitive is not None:
                own_fund = trigger.type == "fundraising" and self._own_fund(genitive)
                pledged = trigger.type in (
                    "investment",
                    "fundraising",
                    "partnership",
                    "declaration",
                )
                if pledged and not own_fund:
                    return self.enumeration(genitive, sent), None
                obj = genitive  # « a finalisé la levée de son fonds X III »: raised by the subject
        framed = token.dep_ not in ("obj", "nsubj", "nsubj:pass")  # not « prépare une levée »
        if trigger.kind == "noun" and trigger.type == "fundraising" and obj is None and framed:
            raiser = self._relative_subject(token, trigger.size, sent)
            if raiser:  # « une augmentation de capital de 400 M que l'entreprise finalisera »
                return raiser, None
        buyer = self._agent_of_deal(token, sent) if trigger.kind == "noun" else None
        if buyer is not None and trigger.type == "acquisition":
            return [buyer], obj  # « a validé la reprise de la clinique X par le groupe Y »
        noun = fold(token.text) if trigger.kind == "noun" else ""
        if noun in self.lex["plan_nouns"] and noun not in self.lex["self_acting_plans"]:
            launcher = self._launched_by(token)
            if launcher:  # « X 2030, le plan de 54 Md€ lancé par le ministère, en constitue… »
                return launcher, obj
        subject = self.subject_of(token)
        if subject is not None and self.is_money(subject):
            return [], obj  # « Ces 210 millions doivent financer… »: the money is no actor
        if subject is not None and self.is_date(subject):
            subject = None  # « Mars 2021 – Série C… »: the parser made the date the head
        patient = [c for c in token.children if c.dep_ == "nsubj:pass"]
        agent = any(c.dep_ == "obl:agent" for c in token.children)
        if trigger.type == "launch" and patient and not agent:  # « l'offre X sera lancée »
            launched = self.entities_in(patient[0].subtree) or [
                m for m in [quoted_name(self.doc, patient[0], sent, reach=4)] if m
            ]
            return self.antecedent(sent, organisation=True), (launched[0] if launched else obj)
        decided = self._decision_item(sent, token)
        if subject is not None and fold(subject.text) == "article" and decided:
            subject = None  # the parser made the item's label « Article 3 : » its subject
        names = self.resolve(subject, sent) if subject is not None else []
        if subject is not None and fold(subject.text) in self.lex["plan_nouns"]:
            names = self.presenter(subject, sent) or names
        if not names and subject is None and self._timeline_item(sent):
            names = self.protagonist()  # « Juin 2015 – Série A de 4 M€, menée par X »
        if not names and subject is None and decided:
            names = self.home_territory()  # « DÉCIDE : Article 3 : D'attribuer à X une aide »
        if not names and subject is None:
            names = self._adopted_by(token, sent)
        if not names:
            names = self.left_zone(token, sent)
        if not names and subject is None:
            names = self.item_label(token, sent)
        if not names and subject is None and "Inf" not in token.morph.get("VerbForm"):
            names = self._subject_before(token, sent)  # not « capable de financer »
        if not names and subject is None and self.opens_with_the_latter(sent):
            names = self.named_last_before(sent)  # « Cette dernière lancera », no subject parsed
        if not names and subject is None and token.i - sent.start <= 2 and trigger.kind != "noun":
            names = self.antecedent(sent)
        opening_subject = token.dep_ in SUBJECTS and token.i - sent.start <= 3
        raise_told = trigger.kind == "noun" and trigger.type == "fundraising"
        if not names and subject is None and raise_told and opening_subject:
            names = self.antecedent(sent, organisation=True)  # « X a levé 300 M$. Une
            # nouvelle levée de 500 M$ est prévue en 2026 »: X's, told with no agent
        partners = [n for n in names if self._with(n)] if trigger.kind == "noun" else []
        if partners:  # « a signé avec l'opérateur X un contrat », the contract hung on X
            names = [n for n in names if n not in partners]
            head = self.subject_of(clause_head(token))
            names = names or (self.resolve(head, sent) if head is not None else [])
            names = [n for n in names if not self._with(n)]
        if fund is not None:  # « X lance Y, un fonds »: X; Y itself when X cannot be told
            others = [n for n in names if n.token_start != fund.token_start]
            if not others:
                before = self.doc[sent.start : fund.token_start]
                head = next((t for t in reversed(before) if t.dep_ in SUBJECTS), None)
                launcher = self.resolve(head, sent) if head is not None else []
                others = [n for n in launcher if n.token_start != fund.token_start]
            names = others or names
        elif obj is not None:
            names = [n for n in names if n.canonical != obj.canonical]
        return names, obj

    def item_label(self, token: Token, sent: Span) -> list[EntityMention]:
        """« Ternalix (batteries, Grenoble) : 210 M€ levés en série C »: a digest item's
        label, the company before its colon (a bracketed gloss aside; a name the NER left
        unsure, misc, as well), does what the subjectless pledge after the colon tells; a
        list's bullet may open it."""
        colon = next((t.i for t in sent if t.text == ":"), None)
        if colon is None or colon > token.i:
            return []
        outside, depth = [], 0
        opening = sent.start + (sent[0].text in BULLETS)
        for t in self.doc[opening:colon]:
            depth += (t.text == "(") - (t.text == ")")
            m = self.entity_at.get(t.i)
            if m is None:
                if not depth and t.text not in ("(", ")"):
                    return []  # « Le point sur X : … » is a heading, not a label
                continue
            if not depth and t.i == m.token_start:
                outside.append(m)
        named = [m for m in outside[:1] if m.label == "MISC" or self._organisation_like(m)]
        return [m for m in named if not self.is_place_mention(m)]

    def _adopted_by(self, verb: Token, sent: Span) -> list[EntityMention]:
        """« X, adopté par l'Union européenne en 2020, mobilise 750 milliards »: a plan whose
        name the parser left out of the subject commits whoever adopted it."""
        for clause in self.doc[sent.start : verb.i]:  # hung on the verb, or on an adverbial
            adopted = clause.dep_ in ("advcl", "acl") and clause.pos_ == "VERB"
            if not adopted or fold(self.lemma(clause)) not in self.lex["adoption_verbs"]:
                continue
            for agent in clause.children:
                if agent.dep_ == "obl:agent":
                    return self.resolve(agent, sent)
        return []

    def defined_as(self, term: Token) -> list[EntityMention]:
        """The name a quoted term was defined for in brackets (« (la « Société ») »)."""
        name = (self.doc._.defined_terms or {}).get(fold(term.text))
        if name is None:
            return []
        return next(([m] for m in self.entity_at.values() if m.canonical == name), [])

    def _named_by_term(self, term: Token) -> list[EntityMention]:
        """« le Groupe » in a release of « Groupe Stravelis »: the one name the defined term
        opens."""
        names = {
            m.canonical: m
            for m in self.entity_at.values()
            if fold(m.canonical).split()[0] == fold(term.text)
            and len(m.canonical.split()) > 1
            and m.canonical.split()[1][:1].isupper()  # « Groupe Stravelis », a name
        }
        return list(names.values()) if len(names) == 1 else []

    def _elected_council_named(self) -> bool:
        """The text names an elected council (« le conseil municipal ») and no company board
        (« le conseil d'administration »): its bare « le conseil » is the elected one."""
        if self._elected_council is None:
            folded = self.folded
            councils = [folded[i + 1] for i in range(len(folded) - 1) if folded[i] == "conseil"]
            self._elected_council = any(
                w in self.lex["council_adjectives"] for w in councils
            ) and not any(w in ("de", "d'") for w in councils)  # « conseil d'administration »
        return self._elected_council

    def elected_council(self) -> list[EntityMention]:
        """Who « le conseil » or « l'assemblée » of an elected council stands for: the council
        named in full (« le conseil départemental du Montrevel »), else the territory."""
        adjectives = self.lex["council_adjectives"]
        named = [
            m
            for m in self.entity_at.values()
            if (words := fold(m.canonical).split())[0] == "conseil"
            and len(words) > 2
            and words[1] in adjectives
        ]
        return named[:1] or self.home_territory()

    def home_territory(self) -> list[EntityMention]:
        """The territory the article is about: the name most often after « la commune de »,
        « ville de », « région » (« VILLE DE X », « le conseil municipal de la commune de X »),
        or a mayor's or a council's « de » (« la maire de X », « le conseil municipal de X »)."""
        if self._home is None:
            counts: Counter = Counter()
            first: dict[str, EntityMention] = {}
            heads = {*self.lex["territory_heads"], *self.lex["municipal_cues"]}
            named = {m.canonical: m for m in self.entity_at.values()}
            for t in self.doc:
                if fold(t.text) not in heads:
                    continue
                linked = t.i + 1 < len(self.doc) and fold(self.doc[t.i + 1].text) in ("de", "d'")
                i = t.i + 1 + linked  # « la commune de X », « VILLE DE X », « région X »
                m = self.entity_at.get(i)
                if m is not None and m.token_start < i:  # « conseil municipal de X » as one
                    m = named.get(self.doc[i : m.token_end].text)  # name: X, named alone too
                if m is not None:
                    counts[m.canonical] += 1
                    first.setdefault(m.canonical, m)
            self._home = [first[counts.most_common(1)[0][0]]] if counts else []
        return list(self._home)

    def _members(self, subject: Token | None) -> list[EntityMention]:
        """« Quatorze pays, parmi lesquels la France et l'Allemagne, ont signé »: the members
        a collective subject lists after « parmi lesquels » or « dont »."""
        if subject is None:
            return []
        tokens = list(subject.subtree)
        for k, t in enumerate(tokens):
            if fold(t.text) in ("parmi", "dont"):
                names = self.entities_in(tokens[k + 1 :])
                return self.enumeration(names[0], self.sentence_of(subject)) if names else []
        return []

    def _timeline_item(self, sent: Span) -> bool:
        """« Juin 2015 – Série A de 4 M€ », « 2018 – Rachat de X »: a line of a company's
        history, a date and a dash before a pledge told without its subject."""
        text = doc_text(self.doc)
        start = sent.start_char
        dated = next((d for d in self.doc._.dates or () if d.start == start), None)
        return dated is not None and dash_follows(text, dated.end)

    def assembly_before(self, sent: Span) -> list[EntityMention]:
        """Whom « les députés », « les élus » vote for: the assembly named last before them
        (« l'Assemblée de Vostralie »), else the territory a council decides for."""
        named = [
            m
            for i, m in sorted(self.entity_at.items())
            if i == m.token_start
            and m.token_end <= sent.end
            and m.label != "PER"
            and self._is_assembly(fold(m.canonical))
        ]
        return named[-1:] or self.home_territory()

    def voted(self, sent: Span) -> bool:
        """The sentence tells a vote with no voter named (« a été accepté par 84 voix contre
        9 », « adopté à l'unanimité »), not « notre conseil l'a adopté à l'unanimité »."""
        for t in sent:
            counted = (
                fold(t.text) in self.lex["vote_words"] and t.i > sent.start and t.nbor(-1).like_num
            )
            if counted or fold(t.text) in self.lex["unanimity_words"]:
                verb = next((h for h in t.ancestors if h.pos_ in ("VERB", "AUX")), None)
                return verb is not None and not any(c.dep_ == "nsubj" for c in verb.children)
        return False

    def _is_assembly(self, name: str) -> bool:
        """« Haute Assemblée de X », « Grande Diète de Y »: an assembly head among the name's
        first two words, not followed by the words of an executive (« fédéral », « d'État »)."""
        words = name.split()
        head = next((i for i, w in enumerate(words[:2]) if w in self.lex["assembly_heads"]), None)
        after = " ".join(words[head + 1 :]) if head is not None else ""
        return head is not None and not any(
            after.startswith(w) for w in self.lex["executive_councils"]
        )

    def described_subject(self, subject: Token, sent: Span) -> list[EntityMention]:
        """Whom a subject written as a description stands for (« La région n'a pas attendu.
        Elle a accordé… »), so that a pronoun after it can go back to it."""
        head = fold(subject.text)
        kinds = ("org_heads", "territory_heads", "country_heads")
        if subject.pos_ != "NOUN" or not any(head in self.lex[k] for k in kinds):
            return []
        determiners = {fold(c.text) for c in subject.children if c.dep_ == "det"}
        if not determiners & set(self.lex["anaphoric_determiners"]):
            return []
        return self.resolve(subject, sent)[:1]

    def _relative_antecedent(self, noun: Token) -> Token:
        """« X, fabricant de cellules de batteries qui a levé… »: the parser hangs the relative
        clause on the last noun; its antecedent is the organisation the chain of complements
        starts from, when the last noun names none."""
        current = noun
        for _ in range(3):
            if current.i in self.entity_at:
                return current
            if fold(current.text) in self.lex["org_heads"]:
                left = min(t.i for t in current.subtree) - 1
                named = left > 0 and self.doc[left].text == "," and left - 1 in self.entity_at
                return self.doc[left - 1] if named else current  # « de X, fabricant de … »
            if current.dep_ != "nmod":
                break
            current = current.head
        return noun

    def _decision_item(self, sent: Span, token: Token) -> bool:
        """« Article 3 : D'attribuer à X une aide… » below a line « DÉCIDE : »: an item of a
        deliberation, whose infinitive has the deciding body as subject (not what a clause
        it opens tells: « De dire que le versement … est subordonné »)."""
        if self._decided_at is None:  # once per document, before any sentence's words
            text = doc_text(self.doc)
            verbs = "|".join(map(re.escape, self.lex["decision_verbs"]))
            line = re.search(rf"^\s*(?:{verbs})\s*:\s*$", fold(text), re.MULTILINE)
            self._decided_at = line.start() if line else len(text)
        if self._decided_at >= sent.start_char:
            return False
        words = [t for t in sent if not t.is_space]
        if len(words) > 3 and fold(words[0].text) == "article" and words[2].text in (":", "."):
            words = words[3:]  # « Article 3 : », « Article 1er. »
        opens = len(words) > 1 and fold(words[0].text) in ("de", "d'")
        if not opens or "Inf" not in words[1].morph.get("VerbForm"):
            return False
        return not any(fold(t.text) in ("que", "qu'") for t in self.doc[words[1].i : token.i])

    def _relative_subject(self, noun: Token, size: int, sent: Span) -> list[EntityMention]:
        """Who does what a relative clause on the noun says (« une levée que la start-up a
        bouclée »): the clause's own subject, not its relative pronoun."""
        words = {noun.i + k for k in range(size)}
        for t in sent:
            if t.dep_ == "acl:relcl" and (t.head.i in words or t.head.head.i in words):
                subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
                if subject is not None and fold(subject.text) not in RELATIVE_PRONOUNS:
                    return self.resolve(subject, sent)
        return []

    def _agent_of_deal(self, noun: Token, sent: Span) -> EntityMention | None:
        """« le rachat de X par le groupe Y »: the name after « par » that follows a deal noun
        in its clause, however the parser hung it, is who makes the deal."""
        doc = self.doc
        for i in range(noun.i + 1, min(sent.end, noun.i + AGENT_REACH)):
            t = doc[i]
            if t.pos_ in ("VERB", "AUX") or t.text in (";", ":", "«"):
                return None
            if fold(t.text) != "par":
                continue
            for j in range(i + 1, min(sent.end, i + 5)):
                m = self.entity_at.get(j)
                if m is not None:
                    return (
                        m if self._organisation_like(m) and not self.is_place_mention(m) else None
                    )
                if doc[j].pos_ not in ("DET", "NOUN", "ADJ"):
                    return None
            return None
        return None

    def _with(self, m: EntityMention) -> bool:
        """« avec l'opérateur norvégien X »: a name brought in by « avec », a partner."""
        i = m.token_start - 1
        while i >= 0 and m.token_start - i <= 4 and self.doc[i].pos_ in ("DET", "ADJ", "NOUN"):
            i -= 1
        return i >= 0 and fold(self.doc[i].text) == "avec"

    def _launched_by(self, plan: Token) -> list[EntityMention]:
        """The named agent of a participle of launching or adopting that qualifies the plan
        itself (« le plan d'investissement de 54 Md€ lancé par le ministère »), not of
        managing (« un fonds géré par X »)."""
        verbs = self.lex["plan_launch_verbs"]
        for t in plan.children:
            if t.dep_ == "acl" and fold(self.lemma(t)) in verbs:
                names = self._agent_names(t)
                if names and not self.is_place_mention(names[0]):
                    return names[:1]
        return []

    def _agent_names(self, participle: Token) -> list[EntityMention]:
        """The names in a participle's agent (« lancé par le ministère de X »)."""
        agent = next((c for c in participle.children if c.dep_ == "obl:agent"), None)
        return self.entities_in(agent.subtree) if agent is not None else []

    def presenter(self, plan: Token, sent: Span) -> list[EntityMention]:
        """« Présenté par X, le plan « Y » prévoit… »: who presented or carries a plan; not
        who funds or runs it (« le fonds X, financé par Y, a apporté… » is X's)."""
        for t in sent:
            launched = fold(self.lemma(t)) in self.lex["plan_launch_verbs"]
            if (
                launched
                and "Part" in t.morph.get("VerbForm")
                and (t.head.i == plan.i or t.head.i == plan.head.i)
            ):
                names = self._agent_names(t)
                if names:
                    return self.enumeration(names[0], sent)
        return []

    def target(
        self, trigger: Trigger, sent: Span, actors: set[str], cues: str = "target_prepositions"
    ) -> EntityMention | None:
        """The company an acquisition is about: the patient of « X sera rachetée par Y », a
        name in the verb's object (« absorber le logisticien X »), or the name a few words
        after « de », « sur », « dans » (« une OPA sur X », « le rachat de la pépite X »)."""
        token = trigger.token
        for c in token.children:
            if c.dep_ == "nsubj:pass":
                named = [m for m in self.entities_in(c.subtree) if m.canonical not in actors]
                if named:
                    return named[0]
        in_object = {t.i for c in token.children if c.dep_ == "obj" for t in c.subtree}
        doc = self.doc
        last = token.i + trigger.size - 1
        ends_with_cue = fold(doc[last].text) in self.lex[cues] or (
            folded_text(doc[last - 1 : last + 1]) in self.lex[cues]
        )
        cue = last if trigger.size > 1 and ends_with_cue else None  # « entrer au capital de X »
        for i in range(token.i + trigger.size, min(sent.end, token.i + trigger.size + 16)):
            t = doc[i]
            if t.text in (";", ":", "("):
                return None
            two = folded_text(doc[i - 1 : i + 1]) if i > sent.start else ""
            if fold(t.text) in self.lex[cues] or two in self.lex[cues]:
                cue = i
                continue
            m = self.entity_at.get(i)
            if m is None or i != m.token_start:
                continue
            if (
                self.aside(m)
                or self.is_place_mention(m)
                or self._via_subsidiary(m)
                or m.canonical in actors
                or m.label == "MISC"
            ):
                continue
            near_cue = cue is not None and all(
                doc[j].pos_ in ("DET", "ADJ", "NOUN") for j in range(cue + 1, i)
            )
            if (near_cue and i - cue <= 5) or (token.pos_ == "VERB" and i in in_object):
                return m
        return None

    def _fund_named_before(self, noun: Token) -> EntityMention | None:
        """« Y, un fonds de 300 M€ »: the name a fund noun is apposed to is the fund's, the
        object of whoever launches it, however the parser hung the apposition."""
        doc = self.doc
        i = noun.i
        if fold(noun.text) not in self.lex["fund_nouns"] or i < 3 or doc[i - 1].pos_ != "DET":
            return None
        return self.entity_at.get(i - 3) if doc[i - 2].text == "," else None

    def _own_fund(self, m: EntityMention) -> bool:
        """« son fonds X III », « leur nouveau véhicule de capital-risque X »: a fund its
        manager raises."""
        i = m.token_start - 1
        while i > m.token_start - 4 and (
            self.doc[i].pos_ in ("ADJ", "NOUN") or fold(self.doc[i].text) in DE_FORMS
        ):
            if fold(self.doc[i].text) in self.lex["fund_nouns"]:
                break
            i -= 1
        if fold(self.doc[i].text) not in self.lex["fund_nouns"]:
            return False
        i -= 1
        while i > 0 and self.doc[i].pos_ == "ADJ":
            i -= 1
        return i >= 0 and fold(self.doc[i].text) in POSSESSIVES

    def genitive(self, token: Token, size: int, sent: Span) -> EntityMention | None:
        """The name after « de »: « le lancement de Alliance X », « un investissement des
        Émirats arabes unis », « le lancement de l'initiative « X » »."""
        doc = self.doc
        i = token.i + size
        named_directly = fold(token.text) in self.lex["direct_name_nouns"]
        if named_directly and i < len(doc) and i in self.entity_at and doc[i].text[:1].isupper():
            return self.entity_at[i]  # « l'alliance Calista », no « de »
        if named_directly and i < len(doc) and doc[i].text in ("«", '"', "“"):
            return quoted_name(doc, token, sent, reach=size + 8)
        if i >= len(doc) or fold(doc[i].text) not in ("de", "d'", "des", "du"):
            return None
        i += 1
        money = next(
            (a for a in doc._.amounts or () if i < len(doc) and a.start == doc[i].idx), None
        )
        if money is not None and self.lex["nouns"].get(fold(token.text)) != "acquisition":
            # « une aide de 6 M€ de la Région X »: past the amount, the giver (an offer's
            # « de 95 M$ de X » names its bidder, which the acquisition reads elsewhere)
            i = next((t.i for t in doc[i:] if t.idx >= money.end), len(doc))
            if i >= len(doc) or fold(doc[i].text) not in ("de", "d'", "des", "du"):
                return None
            i += 1
        limit = min(len(doc), i + 4)
        while i < limit and (doc[i].pos_ in ("DET", "ADJ") or doc[i].text in ("«", '"', "“")):
            i += 1
        if i < limit and i not in self.entity_at and doc[i].pos_ == "NOUN":
            quoted = quoted_name(doc, doc[i], sent, reach=4)
            if quoted:
                return quoted
            # « de la biotech lilloise Quantela »: a describing noun, adjectives, then the name
            j = i + 1
            while j < min(len(doc), i + 4) and doc[j].pos_ == "ADJ" and j not in self.entity_at:
                j += 1
            if j in self.entity_at:
                return self.entity_at[j]
        return self.entity_at.get(i)


def _with_countries(adjectives: set[str]) -> set[str]:
    """Adjectives, and the countries those of nationality name (« nippon », « japonais »)."""
    return adjectives | {c for a in adjectives if (c := demonym_country(a)) is not None}
