"""What the clause of a pledge says besides its actor: partners, places, purpose, and
whether the pledge is made, planned, hearsay, denied or rejected."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..entities import EntityMention, fold, is_known_town, is_place
from .lexicon import Trigger, folded_text, mistagged_tense, starts_with
from .mentions import Mentions
from .syntax import SUBJECTS, another_offer, clause_head

PARTNER_STOPS = ("pour", "afin", "qui", "ainsi", "tandis", "mais", "puis")


STOP_PUNCT = {".", ";", ":", "!", "?", "(", ")"}


def _up_to_relative_clause(token: Token) -> list[Token]:
    """The token and its ancestors, up to the verb of the relative clause holding it: « X,
    qui prévoit d'investir 140 M€, n'a pas confirmé ces discussions » leaves the plan as it is."""
    path = [token]
    while path[-1].dep_ != "acl:relcl" and path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    return path


class Circumstances(Mentions):
    """Reads the circumstances of a pledge from the clause around its trigger."""

    def partners(self, sent: Span, scope: Token, exclude: set[str]) -> list[EntityMention]:
        """Names after a partner cue that hangs in the trigger's clause."""
        lex = self.lex
        doc = self.doc
        clause = clause_head(scope)
        out: list[EntityMention] = []
        own_party = self._agreement(scope) and any(  # « un accord de recherche avec Y »
            c.dep_ == "nmod" and starts_with(doc, c.left_edge.i, lex["partner_cues"])
            for c in scope.children
        )
        i = sent.start
        while i < sent.end:
            size = starts_with(doc, i, lex["partner_cues"])
            if not size:
                i += 1
                continue
            cue = folded_text(doc[i : i + size])
            j = i + size
            cue_tokens = doc[i:j]
            if not any(clause == t or clause in t.ancestors for t in cue_tokens):
                i = j
                continue
            if self._another_deals_party(cue_tokens[0], scope) or (
                own_party and scope not in cue_tokens[0].ancestors
            ):
                i = j
                continue
            if cue in lex["partner_cues_need_context"]:
                before = {fold(t.text) for t in doc[max(sent.start, i - 3) : i]}
                if not before & set(lex["party_nouns"]):
                    i = j
                    continue
            if i > sent.start and folded_text(doc[max(sent.start, i - 3) : i]).endswith(
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

    def _another_deals_party(self, cue: Token, scope: Token) -> bool:
        """« a signé avec X un contrat de 85 M€, ainsi qu'un accord de recherche avec Y »: Y,
        hung on the other agreement, is that agreement's party only."""
        holder = cue.head.head
        return (
            self._agreement(holder)
            and holder.i != scope.i
            and scope not in holder.ancestors
            and holder not in scope.ancestors
        )

    def _agreement(self, token: Token) -> bool:
        """A signed agreement's noun; not « en discussions avec Y pour lever », talks."""
        word = fold(token.text)
        signed = word not in self.lex["weak_nouns"]
        return token.pos_ == "NOUN" and signed and self.lex["nouns"].get(word) == "partnership"

    def locations(self, sent: Span, after: int, exclude: set[str], event: bool) -> list[str]:
        """Places the money or the event goes: after « en », « à », « dans »… from the pledge's
        clause on, a framing « Au Japon, » opening the sentence, and a « (Jura) » after a place."""
        lex = self.lex
        out: list[str] = []
        mentions = {
            self.entity_at[t.i].token_start: self.entity_at[t.i]
            for t in sent
            if t.i in self.entity_at
        }
        for m in mentions.values():
            if self.aside(m) and not (self._bracketed(m) and self.is_place_mention(m)):
                continue  # a bracketed place (« Montrevel (Jura) ») still says where
            framing = self._framing_place(m, sent)
            if m.canonical in exclude or m.canonical in out:
                continue
            place_before = self.entity_at.get(m.token_start - 2)
            bracketed = (
                m.token_start >= 2
                and self.doc[m.token_start - 1].text == "("
                and place_before is not None
                and place_before.canonical in out
            )
            if bracketed and (m.label == "LOC" or is_place(m.canonical)):
                out.append(m.canonical)  # « Montrevel (Jura) »
                continue
            if m.token_start < after and not framing:
                continue
            if not (
                m.label == "LOC" or is_place(m.canonical) or is_known_town(m.canonical) or event
            ):
                continue
            i = m.token_start - 1
            while i >= sent.start and fold(self.doc[i].text) in lex["location_fillers"]:
                if fold(self.doc[i].text) in lex["location_cues"]:
                    break
                i -= 1
            # a nationality or origin is not where the money goes
            origin = folded_text(self.doc[max(sent.start, i - 2) : i]).endswith(
                (
                    "origine",
                    "base",
                    "basee",
                    "basees",
                    "bases",
                    "etabli",
                    "etablie",
                    "implante",
                    "implantee",
                )
            )
            site = (  # « son usine de Rousset », « le port de Brest »
                i >= sent.start
                and fold(self.doc[i].text) in lex["facility_nouns"]
                and fold(self.doc[i + 1].text) in ("de", "d'")
            )
            site = site or self._site_of(m)
            cue = i >= sent.start and fold(self.doc[i].text) in lex["location_cues"]
            listed = self._listed_after(m, out)  # « à Bordeaux, Marseille et Dunkerque »
            if (cue or site or listed) and not origin:
                out.append(m.canonical)
        return out

    def _framing_place(self, m: EntityMention, sent: Span) -> bool:
        """« Au Japon, », « ▪ À Lacaune (Tarn), », « Lundi, à Berlin, », « Et à Belfort, »,
        « Minervois : »: a place that sets the scene of the whole sentence from its opening,
        before its subject (not where a body met: « Réuni hier à X, le conseil… »)."""
        end = m.token_end
        while end < sent.end and self.is_date(self.doc[end]):
            end += 1  # « À Rome le 3 juin, »
        if end >= sent.end or self.doc[end].text not in (",", "(", ":"):
            return False
        return all(
            t.is_punct
            or t.pos_ in ("DET", "ADP", "CCONJ", "ADV")
            or t.text == "▪"
            or self.is_date(t)
            for t in self.doc[sent.start : m.token_start]
        )

    def _site_of(self, m: EntityMention) -> bool:
        """« son usine d'électrolyseurs de Dunkerque », « l'usine de cellules de batteries de
        Châteauroux »: the place completes a facility noun a few complements up."""
        place = self.doc[m.token_start : m.token_end].root
        if not any(c.dep_ == "case" and fold(c.text) in ("de", "d'", "du") for c in place.children):
            return False
        noun = place
        for _ in range(3):
            if noun.dep_ != "nmod" or noun.head.i == noun.i:
                return False
            noun = noun.head
            if fold(noun.text) in self.lex["facility_nouns"]:
                return True
        return False

    def _listed_after(self, m: EntityMention, places: list[str]) -> bool:
        """A place coordinated with a place already taken: « à Madrid et à Stockholm »."""
        i = m.token_start - 1
        while i >= 0 and (
            fold(self.doc[i].text) in ("et", ",", "ou")
            or fold(self.doc[i].text) in self.lex["location_cues"]
        ):
            i -= 1
        before = self.entity_at.get(i)
        return i < m.token_start - 1 and before is not None and before.canonical in places

    def is_money(self, token: Token) -> bool:
        return any(a.start <= token.idx < a.end for a in self.doc._.amounts or ())

    def is_date(self, token: Token) -> bool:
        return any(d.start <= token.idx < d.end for d in self.doc._.dates or ())

    def purpose(self, sent: Span, after: int) -> str | None:
        doc = self.doc
        for i in range(max(after, sent.start), sent.end):
            size = starts_with(doc, i, self.lex["purpose_cues"])
            if size and i + size < sent.end and self.is_money(doc[i + size]):
                continue  # « pour 210 millions d'euros » is a price, not what it is for
            if size:
                j = i + size
                end = j
                while end < sent.end and doc[end].text not in (",", ";", ".", ":", "(", "»"):
                    end += 1
                text = doc[j:end].text.strip()
                if any(c in fold(text) for c in self.lex["undisclosed_amount_cues"]):
                    continue  # « pour un montant non communiqué » says no price, no purpose
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
        hedges = [  # « n'exclut pas d'investir »: a possibility left open, no negation
            t for t in chain if fold(self.lemma(t)) in lex["hedged_denials"] and self.negated(t)
        ]
        if any(self.negated(t) for t in chain[:3] if t not in hedges):
            return None
        for t in _up_to_relative_clause(trigger.token):  # « dément avoir reçu une offre »
            if fold(self.lemma(t)) in lex["denial_verbs"] and not self.negated(t):
                return None  # not « ne renonce pas pour autant : il investira »
            unconfirmed = fold(self.lemma(t)) in lex["unconfirmed_verbs"]
            if t is not trigger.token and unconfirmed and self.negated(t):
                return None  # « n'a pas confirmé qu'elle investirait »
        before = self.folded[sent.start : min(sent.end, trigger.token.i)]
        if any(w in lex["denial_forms"] for w in before) and not hedges:
            return None
        said = " ".join(self.folded[sent.start : sent.end]).replace("' ", "'")
        if any(phrase in said for phrase in lex["denial_phrases"]):
            return None  # « … a fait savoir qu'il n'en était rien »
        if trigger.kind == "noun" and any(
            fold(c.text) in ("aucun", "aucune") for c in trigger.token.children
        ):
            return None
        pluperfect = any(
            c.dep_.startswith("aux") and fold(c.text) in lex["background_auxiliaries"]
            for t in chain
            for c in t.children
        )
        already = any(w in ("deja", "auparavant") for w in self.folded[sent.start : sent.end])
        if trigger.type != "acquisition" and pluperfect and already:
            return None  # « avait déjà bénéficié de 32 millions »: background, not news
        if trigger.type == "acquisition" and self._rejected(sent):
            return "rejected"
        words = {fold(t.text) for t in chain} | {fold(c.text) for t in chain for c in t.children}
        clause = self.folded_sentence(sent)
        verbs = [*chain, *(c for t in chain for c in t.children if c.dep_.startswith("aux"))]
        hearsay = any(  # « envisagerait », « aurait proposé »; « devrait » is a plan
            ("Cnd" in t.morph.get("Mood") or mistagged_tense(t) == "Cnd")
            and fold(t.text) not in lex["planned_cues"]
            for t in verbs
        )
        condition = any(  # « S'il est élu, X investira… »: the pledge hangs on a « si »
            c.dep_ == "advcl"
            and any(m.dep_ == "mark" and fold(m.text) in ("si", "s'") for m in c.children)
            for t in chain
            for c in t.children
        )
        if (
            hearsay
            or hedges
            or condition
            or words & set(lex["conditional_cues"])
            or any(f" {c} " in f" {clause} " for c in lex["conditional_cues"] if " " in c)
        ):
            return "conditional"
        if (
            words & set(lex["planned_cues"])
            or any("Fut" in t.morph.get("Tense") or mistagged_tense(t) == "Fut" for t in chain[:3])
            or any(f" {c} " in f" {clause} " for c in lex["planned_cues"] if " " in c)
        ):
            return "planned"
        return "announced"

    def negated(self, word: Token) -> bool:
        """« n'a pas confirmé », « ne prévoit aucun »: « ne » and a negation on the word."""
        kids = {fold(c.text) for c in word.children}
        return bool(kids & set(self.lex["negations"])) and ("ne" in kids or "n'" in kids)

    def _rejected(self, sent: Span) -> bool:
        """« X propose 2 Md€ pour Y. Y a rejeté l'offre. »: one of the next two sentences
        rejects this offer — not another one with its own price (« une première offre de
        520 M€ avait été rejetée »)."""
        doc = self.doc
        end = sent.end
        for _ in range(2):
            if end >= len(doc):
                break
            nxt = self.sentence_of(doc[end])
            for t in nxt:
                if fold(self.lemma(t)) in self.lex["rejection_verbs"] and any(
                    fold(c.text).rstrip("s") in self.lex["rejection_objects"]
                    and not another_offer(c)
                    for c in t.children
                ):
                    return True
            end = nxt.end
        return False
