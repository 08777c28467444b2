"""The names of one document as announcements see them: indexed by token once, with the
asides (a bracket, a cited source, a dateline, a speaker's label) that name no party."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from ..entities import EntityMention, entity_index, fold, is_demonym, is_place, is_place_adverb
from ..sentences import DASHES, doc_text, line_prefix_end, line_start
from .lexicon import Lemmas, folded_text, folded_words, is_event_word, lexicon

DESCRIBERS = ("DET", "ADJ", "NOUN")  # « le quotidien allemand » before a name


class Mentions:
    """One document's sentences and names, indexed once for every reading of it."""

    def __init__(self, doc: Doc, lemma: Lemmas):
        self.doc = doc
        self.lemma = lemma
        # spaCy rebuilds the sentence list on every ``token.sent``: index it once
        self.sentences = list(doc.sents)
        self.sentence_at = [0] * len(doc)
        for number, sentence in enumerate(self.sentences):
            self.sentence_at[sentence.start : sentence.end] = [number] * len(sentence)
        self.lex = lexicon()
        self.entity_at = entity_index(doc)
        # each token's text and folded text, read once: sentence scans run for every trigger,
        # and ``doc[i]`` makes a new Token object each time
        self.words = [t.text for t in doc]
        self.folded = folded_words(doc)
        self.event_at = [i for i, w in enumerate(self.folded) if is_event_word(w, self.lex)]
        self._asides: dict[tuple[int, int], bool] = {}  # asked for every name of every scan

    def event_words(self, sent: Span) -> list[Token]:
        """The tokens of ``sent`` that are event words (« sommet », « forums »), in order."""
        at = self.event_at
        return [self.doc[i] for i in at[bisect_left(at, sent.start) : bisect_left(at, sent.end)]]

    def folded_sentence(self, sent: Span) -> str:
        """``folded_text(sent)``, from the words read once."""
        return fold(" ".join(self.words[sent.start : sent.end])).replace("' ", "'")

    def sentence_of(self, token: Token) -> Span:
        return self.sentences[self.sentence_at[token.i]]

    def aside(self, m: EntityMention) -> bool:
        """A name in brackets (« (SIX : ALPN) »), a cited source (« selon X »), a dateline
        (« PARIS, 25 nov (Reuters) - ») or a line's speaker (« CLAIRE ROY : »)."""
        key = (m.token_start, m.token_end)
        if key not in self._asides:
            self._asides[key] = self._aside(m)
        return self._asides[key]

    def _aside(self, m: EntityMention) -> bool:
        doc = self.doc
        if m.end <= line_prefix_end(doc, m.start):
            return True  # a transcript's speaker (« CLAIRE ROY : »)
        if fold(m.canonical) != fold(m.text) and m.text.isupper():
            return False  # « (ANR) » stands for the agency named before it
        if doc[m.token_start].is_sent_start and self._dateline(m):
            return True
        if self._bracketed(m):
            return True
        start = m.token_start  # « selon le quotidien allemand X »: back over its description
        while start > 0 and m.token_start - start < 4 and doc[start - 1].pos_ in DESCRIBERS:
            start -= 1
        before = folded_text(doc[max(0, start - 2) : start])
        return before.endswith(tuple(self.lex["source_cues"]))

    @staticmethod
    def is_place_mention(m: EntityMention) -> bool:
        return m.label == "LOC" or is_place(m.canonical)

    def stands_for_a_project(self, subject: Token) -> bool:
        """« le chantier », « l'investissement », « cette usine »: a definite project or site,
        no name, standing for the project of the company spoken of."""
        if subject.i in self.entity_at:
            return False
        head = fold(subject.text)
        definite = any(
            c.dep_ == "det" and fold(c.text) in ("le", "la", "l'") for c in subject.children
        )
        projects = self.lex["project_nouns"] | self.lex["facility_nouns"]
        return definite and head in projects

    def is_public_authority(self, m: EntityMention) -> bool:
        """A country, a region, « le ministère de X »: who signs declarations."""
        first = fold(m.canonical).split(" ")[0]
        return self.is_place_mention(m) or first in self.lex["state_bodies"]

    def qualifier(self, m: EntityMention) -> bool:
        """« la société d'État », « le groupe de Düsseldorf »: a place or public authority
        that only qualifies the common noun before it (not « la région de X »)."""
        if not self.is_public_authority(m):
            return False
        i = m.token_start - 1
        while i >= 0 and self.doc[i].pos_ == "DET":
            i -= 1
        if i < 1 or fold(self.doc[i].text) not in ("de", "d'", "du", "des"):
            return False
        noun = self.doc[i - 1]
        return noun.pos_ == "NOUN" and fold(noun.text) not in self.lex["territory_heads"]

    def locative(self, m: EntityMention) -> bool:
        """« À Tarbes, », « en Saxe »: a place said as where things happen, never a party,
        even when the parser hangs it under the subject."""
        if not self.is_place_mention(m):
            return False
        if is_place_adverb(m.canonical):
            return True
        if m.token_end < len(self.doc) and self.doc[m.token_end].text == ":":
            text = doc_text(self.doc)  # « Cognac : la maison X maintient son projet », a
            if line_start(text, m.start) == m.start:  # brief's place label
                return True
        i = m.token_start - 1
        while i >= 0 and self.doc[i].pos_ == "DET":
            i -= 1
        return i >= 0 and fold(self.doc[i].text) in self.lex["location_cues"]

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
            if token.text in DASHES or (shouted and token.text == ","):
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
                if (
                    m is None
                    or self.aside(m)
                    or self.is_place_mention(m) != self.is_place_mention(mention)
                ):
                    break  # « à Lyon, Nexora lève »: a place does not join a list of firms
                group.append(m)
                i = m.token_start - 1 if step < 0 else m.token_end
        return sorted({m.token_start: m for m in group}.values(), key=lambda m: m.token_start)

    def names_a_thing(self, m: EntityMention) -> bool:
        """« le projet « Polaris » », « son chatbot « Orion » »: a name given to a thing by the
        common noun before it, not a party."""
        i = m.token_start - 1
        while i >= 0 and self.doc[i].text in ("«", '"', "“"):
            i -= 1
        if i < 0 or self.doc[i].pos_ != "NOUN" or not self.doc[i].text[0].isalpha():
            return False  # (a list's bullet the tagger calls a noun names nothing)
        # « la firme de génie-conseil X »: the description a party noun opens still names a party
        j = i
        while (
            j >= 0
            and i - j < 5
            and (self.doc[j].pos_ in ("NOUN", "ADJ") or fold(self.doc[j].text) in ("de", "d'", "-"))
        ):
            word = fold(self.doc[j].text)
            if word in self.lex["party_nouns"] or word in self.lex["org_heads"] or is_demonym(word):
                return False
            j -= 1
        return True

    def _via_subsidiary(self, m: EntityMention) -> bool:
        end = m.token_start
        while end > 0 and m.token_start - end < 2 and self.doc[end - 1].pos_ == "ADJ":
            end -= 1  # « via sa filiale suisse X »
        before = folded_text(self.doc[max(0, end - 4) : end])
        return any(before.endswith(c) for c in ("filiale", "branche", "via"))
