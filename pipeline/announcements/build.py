"""One announcement from one trigger: its actors, object, partners, places, dates and
modality, read from the sentence and the announcements found before it."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..entities import EntityMention, fold
from ..sentences import dash_follows, doc_text, line_start
from .lexicon import Found, Trigger, folded_text, names_a_business
from .names import named_after, named_before, quoted_name
from .reader import Reader
from .syntax import DE_FORMS, POSSESSIVES, SUBJECTS, TO, another_offer, case_words, clause_head


def _mentions(pairs: list[tuple[str, str]]) -> list[EntityMention]:
    """The parties of an announcement found before, as mentions (no position of their own)."""
    return [EntityMention(0, 0, name, label, name, -1, -1) for name, label in pairs]


def evidence_end(sent: Span) -> int:
    """Where the evidence sentence ends, trailing spaces and line breaks left out."""
    text = sent.text  # rejoins the sentence's tokens: once
    return sent.end_char - (len(text) - len(text.rstrip()))


def parties(mentions) -> list[tuple[str, str]]:
    seen, out = set(), []
    for m in mentions:
        if m.canonical not in seen:
            seen.add(m.canonical)
            out.append((m.canonical, m.label))
    return out


def _giver_before_sum(reader: Reader, span: Span, sent: Span) -> EntityMention | None:
    """« une aide de l'État de 38 M€ », « une aide du Département X de 2 M€ »: the giver named
    between a grant and its sum; not « une aide d'État de 310 M€ », a kind of aid. Also the
    agent between a participle and its sum (« Doté par l'État de 54 Md€ »)."""
    doc = reader.doc
    named = reader.entity_at.get(span.start - 2) if span.start - 2 >= sent.start else None
    if named is None or named.token_end != span.start - 1:
        return None
    k = named.token_start - 1
    article = doc[k].pos_ == "DET"
    k -= article
    participle = k > sent.start and doc[k - 1].lower_.endswith(("é", "ée", "és", "ées"))
    if participle and fold(doc[k].text) == "par":  # (the tagger may call it a noun)
        return named
    if k <= sent.start or fold(doc[k - 1].text) not in reader.lex["grant_nouns"]:
        return None
    linked = article and fold(doc[k].text) == "de" or fold(doc[k].text) == "du"
    return named if linked else None


def _giver_before_grant(reader: Reader, span: Span, sent: Span) -> EntityMention | None:
    """« a reçu de l'État une aide de 290 M€ »: the giver named after a receiving verb,
    before the grant and its sum."""
    doc = reader.doc
    k = span.start - 3  # before « aide de »
    if k <= sent.start or fold(doc[k + 1].text) not in reader.lex["grant_nouns"]:
        return None
    k -= doc[k].pos_ == "DET"  # « une »
    named = reader.entity_at.get(k)
    if named is None or named.token_end != k + 1:
        return None
    j = named.token_start - 1
    j -= j > sent.start and doc[j].pos_ == "DET"  # « l' »
    if j <= sent.start or fold(doc[j].text) not in DE_FORMS:
        return None
    verb = doc[j - 1]
    return named if fold(reader.lemma(verb)) in reader.lex["receiving_verbs"] else None


def _charged_to(reader: Reader, i: int, sent: Span) -> EntityMention | None:
    """« à la charge de la Ville », « à charge de Neuchâtel »: who pays a share, named after
    one of charge_cues right after its sum."""
    doc = reader.doc
    following = folded_text(doc[i : min(sent.end, i + 5)])
    cue = next((c for c in reader.lex["charge_cues"] if following.startswith(c + " ")), None)
    if cue is None:
        return None
    return reader.name_at(i + len(cue.split()), sent)


def _grant_giver(reader: Reader, words: Span, sent: Span) -> EntityMention | None:
    """« d'aide de l'État », « de subventions de la Région X », « d'aides du Département »:
    the giver named after the grant noun that tells what a sum is."""
    nouns = [t for t in words if fold(reader.lemma(t)) in reader.lex["grant_nouns"]]
    if not nouns:
        return None
    k = nouns[0].i + 1
    while k < sent.end and reader.doc[k].pos_ == "ADJ":
        k += 1  # « d'aide publique de l'État »
    if k >= sent.end or fold(reader.doc[k].text) not in DE_FORMS:
        return None
    return reader.name_at(k + 1, sent)


def agent_after(reader: Reader, mention, sent: Span) -> list[EntityMention]:
    """« dont 900 millions apportés par la Banque X », « et de vingt millions par le
    Département de Y », « reçoit 10 000 euros de la Banque X »: the giver named right after
    the amount, past a bracketed conversion
    (« (environ 93 M€) »), what the money is (« dont 8 M€ de prêt accordés par X ») and a
    description (« par son actionnaire, le fonds X »)."""
    doc = reader.doc
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.end >= sent.end:
        return []
    i = span.end
    if doc[i].text == "(":
        closing = next((j for j in range(i, min(sent.end, i + 12)) if doc[j].text == ")"), None)
        i = closing + 1 if closing is not None else i
    if (
        i + 1 < sent.end
        and doc[i].text == ","
        and fold(doc[i + 1].text) in (reader.lex["agent_participles"])
    ):
        i += 1  # « une aide de 1,3 milliard d'euros, accordée par la France »
    if i < sent.end and fold(doc[i].text) in ("de", "d'"):  # « dont 8 M€ de prêt accordés »
        k = i + 1
        while k < min(sent.end, i + 5) and (
            doc[k].pos_ in ("NOUN", "ADJ") or fold(doc[k].text) in ("de", "d'")
        ):
            k += 1
        if k < sent.end and fold(doc[k].text) in reader.lex["agent_participles"]:
            i = k
        granting = _grant_giver(reader, doc[i + 1 : k + 2], sent)
        if granting is not None:  # « dont 22 M€ d'aide de l'État »: the grant's giver
            return [granting]
    adverbs = i
    while adverbs < sent.end and doc[adverbs].pos_ in ("ADV", "AUX") and adverbs - i < 3:
        adverbs += 1  # « un prêt de 250 M€ déjà accordé par X », « dont 215 M€ seront souscrits »
    if adverbs < sent.end and fold(doc[adverbs].text) in reader.lex["agent_participles"]:
        i = adverbs + 1
        while i + 1 < sent.end and (reader.is_date(doc[i]) or reader.is_date(doc[i + 1])):
            i += 1  # « consenti le 2 septembre 2025 par la Banque X »
        if i < sent.end and fold(doc[i].text) in TO:  # « prêtés à X par la Banque Y »
            i = next(
                (j for j in range(i + 1, min(sent.end, i + 8)) if fold(doc[j].text) == "par"), i
            )
    sourced = (
        adverbs + 1 < sent.end and fold(reader.lemma(doc[adverbs])) in reader.lex["source_verbs"]
    )
    source = (
        reader.name_at(adverbs + 2, sent)
        if sourced and fold(doc[adverbs + 1].text) in DE_FORMS
        else None
    )
    if source is not None:  # « 6 M€ viendront de la Région X »
        return [source]
    head = i + 1 + (i + 2 < sent.end and doc[i + 1].pos_ == "DET")  # after « de », « par »
    share = _share_of(reader, mention)
    before = [fold(t.text) for t in doc[max(sent.start, span.start - 2) : span.start]]
    granted = len(before) == 2 and before[0] in reader.lex["grant_nouns"] and before[1] == "de"
    granted = granted or len(before) == 2 and _benefited_loan(reader, doc[span.start - 2])
    k = span.start - 1  # « reçoit aussi 10 000 euros », « reçoit, elle, 600 000 euros »
    while k > sent.start and (doc[k].is_punct or doc[k].pos_ in ("ADV", "PRON")):
        k -= 1
    verb_before = fold(reader.lemma(doc[k])) if k >= sent.start else ""
    received = verb_before in reader.lex["receiving_verbs"]  # « reçoit 10 000 euros de X »
    giver = _giver_before_sum(reader, span, sent) if before[-1:] == ["de"] else None
    giver = giver or (_giver_before_grant(reader, span, sent) if granted else None)
    if giver is not None:
        return [giver]
    if (share or granted or received) and i < sent.end and fold(doc[i].text) in DE_FORMS:
        giver = reader.entity_at.get(head)  # « dont 3 M$ d'Opportunités X »: a share's giver;
        known = giver is not None and giver.token_start == head  # « une subvention de 38 M€
        if known and (not reader.is_place_mention(giver) or reader.is_public_authority(giver)):
            return [giver]  # de l'Union européenne »: a grant's
    charged = _charged_to(reader, i, sent)
    if charged is not None:  # « dont 2,5 millions à la charge de Fribourg »
        return [charged]
    if i >= sent.end or fold(doc[i].text) != "par":
        return []
    latter = head < sent.end and fold(doc[head].text) in reader.lex["latter_words"]
    if latter:  # « auprès de X et de Y, dont 80 M€ apportés par cette dernière »: Y
        named = reader.entities_in(doc[sent.start : span.start])
        named = [m for m in named if not reader.is_place_mention(m) and m.label != "MISC"]
        return named[-1:]
    if head < sent.end and fold(doc[head].text) in reader.lex["channel_nouns"]:
        return []  # « par l'entremise du fonds X »: the way the money goes, not its giver
    end = min(sent.end, i + 9)
    comma = next((j for j in range(i + 1, end) if doc[j].text == ","), None)
    if comma is not None and (comma + 1 >= end or doc[comma + 1].pos_ != "DET"):
        end = comma  # « par la presse, X dément » starts a clause; « , le fonds X » is apposed
    names = reader.entities_in(doc[i + 1 : end])
    described = i + 1 < sent.end and fold(doc[i + 1].text) in POSSESSIVES  # « par son
    if not names and described and comma is not None and end == comma:  # président, Jean Roy »:
        apposed = reader.entity_at.get(comma + 1)  # the description named after its comma
        names = [apposed] if apposed is not None and apposed.token_start == comma + 1 else []
    noun = doc[head] if head < sent.end else None
    if not names and share and noun is not None and noun.pos_ == "NOUN":
        # « dont 55 M€ apportés par l'agence française »: the party the description stands for
        return [m for m in reader.resolve(noun, sent) if m.token_end <= span.start][:1]
    return reader.enumeration(names[0], sent) if names else []


def _benefited_loan(reader: Reader, noun: Token) -> bool:
    """« X bénéficiera d'un prêt de 150 M€ de l'agence Y »: a loan its beneficiary benefits from is
    given by whom it comes « de », like a grant (a loan « obtenu » stays the borrower's raise)."""
    if fold(noun.text) not in reader.lex["loan_nouns"] or fold(noun.nbor().text) != "de":
        return False
    return fold(reader.lemma(noun.head)) in reader.lex["benefit_verbs"]


def _paid_as_a_price(reader: Reader, amount: int) -> bool:
    """« Le repreneur versera 4,2 M€ au titre du prix de cession »: a sum paid as a price."""
    end = reader.doc._.amounts[amount].end
    after = fold(doc_text(reader.doc)[end : end + 30]).lstrip()
    return after.startswith(tuple(reader.lex["price_titles"]))


def _share_of(reader: Reader, mention) -> bool:
    """The amount is a part of another one of its sentence (« dont 5 M€ »)."""
    doc = reader.doc
    index = next((k for k, a in enumerate(doc._.amounts or ()) if a is mention), None)
    return index is not None and doc._.amount_roles.get(index, ("",))[0] == "component"


def _unnamed_giver(
    reader: Reader, trigger: Trigger, sent: Span, receivers, earlier: list[Found]
) -> list[EntityMention]:
    """« La Ville de X recevra 6,4 M€ », « le centre hospitalier reçoit 11 M€ »: a sum
    received from no one named comes from whoever chose the recipients before a colon, else
    from whoever the text showed handing money out just before (the latest investment of the
    last three sentences), else from the page's issuer or the public authority it is about."""
    receiving = receivers and trigger.kind == "verb" and trigger.type == "fundraising"
    if not receiving or fold(reader.lemma(trigger.token)) not in reader.lex["receiving_verbs"]:
        return []
    received = {m.canonical for m in receivers}
    colon = next((t.i for t in sent if t.text == ":" and t.i < trigger.token.i), None)
    lead = reader.doc[sent.start : colon] if colon is not None else []
    subjects = [t for t in lead if t.dep_ == "nsubj"]  # « l'agence X »: the name it heads
    choosers = [
        m for t in subjects for m in reader.entities_in(reader.doc[t.i : t.right_edge.i + 1])
    ]
    chooser = [m for m in choosers if m.canonical not in received]
    if chooser:  # « L'agence X a retenu deux dossiers : le centre Y reçoit 11 M€ »
        return chooser[:1]
    number = reader.sentence_at[sent.start]
    since = reader.sentences[max(0, number - 3)].start_char
    for found in reversed(earlier):
        if found.start < since:
            break
        parties = found.partners if found.type == "initiative" else found.actors
        givers = {name for name, _ in parties}  # a fund launched is given by its founders
        if found.type in ("investment", "initiative") and givers and not givers & received:
            return _mentions(parties)
    public = [m for m in reader.protagonist() if reader.is_public_authority(m)]
    return [m for m in reader.issuer or public if m.canonical not in received]


def _launched_by(reader: Reader, trigger: Trigger, sent: Span) -> list[EntityMention]:
    """« l'alliance X, lancée en juin par A, B et C »: the founders named after a launch
    participle that follows the coalition's name."""
    doc = reader.doc
    start = trigger.token.i + trigger.size
    for i in range(start, min(sent.end, start + 8)):
        token = doc[i]
        if "Part" not in token.morph.get("VerbForm"):
            continue
        if fold(reader.lemma(token)) not in reader.lex["founding_verbs"]:
            continue
        for j in range(i + 1, min(sent.end, i + 6)):
            if fold(doc[j].text) == "par":
                names = reader.entities_in(doc[j + 1 : min(sent.end, j + 8)])
                return reader.enumeration(names[0], sent) if names else []
        return []
    return []


def _offerer_after(reader: Reader, mention, sent: Span) -> list[EntityMention]:
    """« une offre de 1,2 milliard de dollars de l'américain Y »: the name after « de »."""
    doc = reader.doc
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.end >= sent.end or fold(doc[span.end].text) not in ("de", "d'", "du"):
        return []
    names = reader.entities_in(doc[span.end + 1 : min(sent.end, span.end + 5)])
    return names[:1]


def _offer_maker(
    reader: Reader, offer: Token, sent: Span, any_verb: bool = False
) -> list[EntityMention]:
    """Who made the offer, told inside its noun phrase: « l'offre … déposée par Y »,
    « l'offre … que le groupe avait déposée »; with ``any_verb``, who made any deal told with
    an agent (« la commande de 36 rames passée par X »)."""
    for t in offer.subtree:
        if not sent.start <= t.i < sent.end or t.dep_ not in ("acl", "acl:relcl"):
            continue
        if not any_verb and fold(reader.lemma(t)) not in reader.lex["offer_verbs"]:
            continue
        for c in t.children:
            if c.dep_ == "obl:agent" and not any_verb:  # « par l'énergéticien bernois X »,
                reach = reader.doc[c.left_edge.i : min(sent.end, c.right_edge.i + 2)]  # X hung
                names = reader.entities_in(reach)  # elsewhere
                if names:
                    return names[:1]
            by = any(fold(w.text) == "par" for w in c.children if w.dep_ == "case")
            if c.dep_ == "obl:agent" and by and c.i in reader.entity_at:
                return [reader.entity_at[c.i]]  # « passée par X », the name itself
            if c.dep_ == "nsubj" and not any_verb:
                return reader.resolve(c, sent)
    return []


def _bidder_after_de(reader: Reader, trigger: Trigger, sent: Span) -> list[EntityMention]:
    """« une offre non sollicitée de l'australienne X, à 2,10 $ par action »: the name after
    « de » and its description, before the first comma."""
    doc = reader.doc
    i = trigger.token.i + trigger.size
    while i < sent.end and doc[i].text not in (",", ";", ".") and i - trigger.token.i < 8:
        if fold(doc[i].text) in DE_FORMS:
            j = i + 1
            while j < sent.end and j - i <= 3 and j not in reader.entity_at:
                if doc[j].pos_ not in ("DET", "ADJ", "NOUN") and not doc[j].text.islower():
                    break
                j += 1
            named = reader.entity_at.get(j)
            if named is not None and not reader.is_place_mention(named):
                return [named]
        i += 1
    return []


def _rejected_offer(
    reader: Reader,
    trigger: Trigger,
    sent: Span,
    actors: list[EntityMention],
    amount: int | None,
    earlier: list[Found],
) -> tuple[list[EntityMention], EntityMention | None] | None:
    """« Le conseil de X a rejeté l'offre déposée par Y », « une première offre avait été
    repoussée par les actionnaires de X »: an offer told from its target's side. The bidder
    is the actor and the target the object; a bidder the sentence does not name is the one
    an earlier bid for the same target named, else the company spoken of. No bidders means
    the offer was told before (« a rejeté l'offre »): no new announcement."""
    offer = trigger.token  # an object's clause is its verb's, whatever the tagger made of it
    verb = clause_head(offer.head if offer.dep_ == "obj" else offer)
    if fold(reader.lemma(verb)) not in reader.lex["rejection_verbs"]:
        return None
    passive = trigger.token.dep_ == "nsubj:pass"
    if passive:
        agents = [c for c in verb.children if c.dep_ == "obl:agent"]
        targets = reader.resolve(agents[0], sent) if agents else []
    else:
        targets = actors
    target = targets[0] if targets else None
    owned = any(fold(c.text) in ("sa", "son", "leur") for c in trigger.token.children)
    bidders = _offer_maker(reader, trigger.token, sent)
    if not bidders and amount is not None:
        bidders = _offerer_after(reader, reader.doc._.amounts[amount], sent)
    if not bidders:  # « une offre non sollicitée de l'australienne X »
        bidders = _bidder_after_de(reader, trigger, sent)
    if not bidders and amount is None and not owned and not another_offer(trigger.token):
        return [], None  # « X a rejeté l'offre »: the offer told before, now turned down
    if not bidders and owned:
        bidders = reader.antecedent(sent)
    if not bidders and target is not None:
        bid = next(
            (
                f
                for f in reversed(earlier)
                if f.type == "acquisition" and f.object and f.object[0] == target.canonical
            ),
            None,
        )
        if bid is not None:
            bidders = _mentions(bid.actors)
    if not bidders:
        bidders = reader.antecedent(sent, organisation=True)
    bidders = [b for b in bidders if target is None or b.canonical != target.canonical]
    return (bidders, target) if bidders else None


def _gapped_actor(reader: Reader, amount: int, sent: Span) -> EntityMention | None:
    """« X a levé 45 M€, Semlio 12 M€ et Brovane 8 M€ », « l'État versera 35 M€, la région
    Normandie 8 millions »: a name right before the amount, after a comma or « et », is the
    actor of the verb the list leaves out."""
    doc = reader.doc
    mention = doc._.amounts[amount]
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start - 1 < sent.start:
        return None
    j = span.start - 1
    while (
        j > sent.start
        and span.start - j <= 4
        and doc[j].text.islower()
        and j not in reader.entity_at
    ):
        if doc[j].pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "ADP"):
            break  # a lower-case « PROPN » is a mistagged noun: « Vostrac métropole 600 000 € »
        j -= 1  # « la banque un prêt de 400 M€ », « la Région une avance remboursable de »
    if doc[j].text == ")":  # « Kalvio (serres bas carbone) 4 M€ »: past the gloss
        opening = next(
            (k for k in range(j - 1, max(sent.start, j - 10), -1) if doc[k].text == "("), None
        )
        j = opening - 1 if opening is not None else j
    named = reader.entity_at.get(j)
    if named is None or named.token_end != j + 1:
        return None
    k = named.token_start - 1
    while (
        k > sent.start
        and named.token_start - k < 4
        and (doc[k].pos_ in ("DET", "NOUN", "ADJ") or _territory_of(reader, k))
    ):  # « , la région Ternalie 8 millions », « et le transitaire camerounais X 15 M »,
        k -= 1  # « et le département du Montrevel 9 millions »
    if k < sent.start or (doc[k].text not in (",", ";") and fold(doc[k].text) != "et"):
        return None
    return named


def _territory_of(reader: Reader, k: int) -> bool:
    """« du » in « le département du Montrevel »: the « de » after a territory's noun."""
    doc = reader.doc
    head = doc[k - 1] if k > 0 else None
    return (
        fold(doc[k].text) in DE_FORMS
        and head is not None
        and fold(head.text) in reader.lex["territory_heads"]
    )


def _share_giver(reader: Reader, amount: int, sent: Span) -> EntityMention | None:
    """« le plan de financement associe la Région X, à hauteur de 4 M€, et Y »: a name set
    off by a comma before a share's cue gives that share (not « le projet de X, à hauteur
    de… », a name governed by a preposition)."""
    doc = reader.doc
    mention = doc._.amounts[amount]
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    cue = next(
        (
            n
            for n in (1, 2, 3)
            if folded_text(doc[span.start - n : span.start]) in reader.lex["share_cues"]
        ),
        None,
    )
    if cue is None:
        return None
    comma = span.start - cue - 1
    if comma - 1 <= sent.start or doc[comma].text != ",":
        return None
    named = reader.entity_at.get(comma - 1)
    if named is None or named.token_end != comma:
        return None
    before = named.token_start - 1
    while before > sent.start and doc[before].pos_ == "DET":
        before -= 1
    return None if doc[before].pos_ == "ADP" else named


def _giver_in_relative(
    reader: Reader, trigger: Trigger, sent: Span
) -> tuple[list[EntityMention], EntityMention | None] | None:
    """« une aide de 310 M€ que la France versera à Y »: the pledge noun's object relative
    clause names the giver (its subject) and the beneficiary (« à Y »)."""
    for clause in trigger.token.children:
        if clause.dep_ != "acl:relcl" or fold(reader.lemma(clause)) not in reader.lex["verbs"]:
            continue
        if not any(fold(c.text) in ("que", "qu'") for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        givers = reader.resolve(subject, sent) if subject is not None else []
        if not givers:
            continue
        receivers = [
            m
            for c in clause.children
            if c.dep_ in ("obl:arg", "iobj", "obl:mod")
            and any(fold(k.text) in ("a", "au", "aux") for k in c.children)
            for m in reader.entities_in(c.subtree)
        ]
        return givers, (receivers[0] if receivers else None)
    for t in sent[trigger.token.i - sent.start + trigger.size :]:  # the parser missed the
        if t.text in (",", ";", ":"):  # relative: « un prêt de 80 M€ que lui a accordé X »
            break
        subject = (
            reader.subject_after_que(t) if fold(reader.lemma(t)) in reader.lex["verbs"] else None
        )
        givers = reader.resolve(subject, sent) if subject is not None else []
        if givers:
            return givers, None
    return None


def _loan_agreement(reader: Reader, trigger: Trigger) -> bool:
    """« l'accord de prêt de 98 Md FCFA, consenti par la Banque X »: an agreement on a loan
    or a financing, which its giver invests."""
    doc, after = reader.doc, trigger.token.i + trigger.size
    return (
        trigger.type == "partnership"
        and after + 1 < len(doc)
        and fold(doc[after].text) in ("de", "d'")
        and fold(doc[after + 1].text) in {*reader.lex["loan_nouns"], *reader.lex["secured_nouns"]}
    )


def _project_subject(reader: Reader, trigger: Trigger) -> bool:
    """« Le chantier représente un investissement de 3,4 Md€ », « L'investissement atteindra
    1,2 Md€ »: the clause's subject is the project of the company spoken of."""
    subject = trigger.token if trigger.token.dep_ in SUBJECTS else reader.subject_of(trigger.token)
    return subject is not None and reader.stands_for_a_project(subject)


def _fund_manager(reader: Reader, fund: EntityMention) -> list[EntityMention]:
    """« nous avons annoncé le premier closing d'Ardo III »: a fund carries its manager's
    name (Ardo Ventures), the organisation of the article whose name opens the same way."""
    first = fold(fund.canonical).split(" ")[0]
    managers = {
        m.canonical: m
        for m in reader.entity_at.values()
        if m.canonical != fund.canonical
        and m.label == "ORG"
        and fold(m.canonical).split(" ")[0] == first
        and len(m.canonical.split()) >= 2
    }
    return list(managers.values())[:1] if len(managers) == 1 else []


def _fund_founded_together(
    reader: Reader, trigger: Trigger, sent: Span, actors: list[EntityMention]
) -> EntityMention | None:
    """« A et B ont lancé avec C le fonds X », « Avec Y, nous lançons X, un fonds de 80 M€ »,
    « … un fonds commun de 5 M$, baptisé X »: a named fund or programme that several parties
    found together is an initiative, its name the actor."""
    lex, doc = reader.lex, reader.doc
    if trigger.type not in ("investment", "launch", "initiative"):
        return None
    verb = next(
        (
            t
            for t in sent
            if (
                (t.pos_ == "VERB" or t.dep_ == "ROOT")  # « nous lançons », a noun to the tagger
                and fold(reader.lemma(t)) in lex["founding_verbs"]
                or t.pos_ == "NOUN"
                and fold(t.text) in lex["founding_nouns"]  # « saluent la création du Fonds X »
            )
            and t.i <= trigger.token.i + 14
        ),
        None,
    )
    if verb is None:
        return None
    described = _fund_described_by(reader, verb)
    if described is not None:  # « le fonds X, créé par A et B, », founded by two or more
        between = doc[min(verb.i, described.token_end) : max(verb.i, described.token_start)]
        founders = {m.canonical for m in reader.entities_in(between)} - {described.canonical}
        return described if len(founders | {a.canonical for a in actors}) >= 2 else None
    names = {a.canonical for a in actors}
    joint = len(actors) >= 2 or any(
        fold(t.text) == "avec"
        and any(m.canonical not in names for m in reader.entities_in(doc[t.i + 1 : t.i + 6]))
        for t in sent
    )
    if not joint:
        return None
    end = min(sent.end, verb.i + 14)
    for t in doc[verb.i + 1 : end]:
        if t.text == ";":
            return None
        word = fold(t.text)
        if not any(word in lex[k] for k in ("plan_nouns", "fund_nouns", "joint_body_nouns")):
            continue
        baptised = next(
            (j for j in range(t.i + 1, end) if fold(doc[j].text).startswith("baptise")), None
        )
        comma = next((j for j in range(t.i + 1, min(end, t.i + 4)) if doc[j].text == ","), None)
        for candidate in (
            reader.entity_at.get(t.i + 1),  # « le fonds Transition Ternalix »
            named_before(doc, t, sent),  # « Quarzemia Capital, un fonds de… »
            reader.entity_at.get(baptised + 1) if baptised is not None else None,
            reader.entity_at.get(comma + 1) if comma is not None else None,  # « un laboratoire
        ):  # commun, X, doté de… »
            itself = names == {candidate.canonical} if candidate is not None else False
            if candidate is not None and (candidate.canonical not in names or itself):
                return candidate  # « Avec Y, Z lance X, un fonds… », X read as the actor
        return None
    return None


def _fund_described_by(reader: Reader, participle: Token) -> EntityMention | None:
    """« le fonds X, créé en 2023 par A et B, est doté de… »: the named fund or programme a
    founding participle describes."""
    if "Part" not in participle.morph.get("VerbForm"):
        return None
    doc, lex = reader.doc, reader.lex
    if participle.is_sent_start:  # « Créé en 2023 par A et B, le fonds X, doté de… »
        sent = reader.sentence_of(participle)
        comma = next((t.i for t in sent if t.text == ","), None)
        if comma is None:
            return None
        head = next(
            (t for t in doc[comma + 1 : min(sent.end, comma + 4)] if t.pos_ == "NOUN"), None
        )
    else:
        head = participle.head if participle.dep_ == "acl" else None
    if head is None:
        return None

    def a_plan(token: Token) -> bool:
        return fold(token.text) in lex["plan_nouns"] or fold(token.text) in lex["fund_nouns"]

    named = reader.entity_at.get(head.i)
    if named is not None:  # « le fonds X, créé par… » hung on the name: still a fund's
        return named if named.token_start > 0 and a_plan(doc[named.token_start - 1]) else None
    return reader.entity_at.get(head.i + 1) if a_plan(head) else None


def _taken_under(reader: Reader, trigger: Trigger) -> bool:
    """« passe sous le contrôle de Y »: a deal noun after « sous » and its article makes the
    subject the company taken over and the name after « de » its buyer."""
    i = trigger.token.i - 2
    return i >= 0 and fold(reader.doc[i].text) in reader.lex["taken_under"]


def awards_a_contract(reader: Reader, trigger: Trigger) -> bool:
    """« a décroché une commande de 40 M€ », « le marché a été attribué à X »: a contract;
    also « a attribué à X un marché de 2,4 Md » where the parser lost the object."""
    lex, doc = reader.lex, reader.doc
    if any(
        c.dep_ in ("obj", "nsubj:pass") and fold(c.text) in lex["contract_nouns"]
        for c in trigger.token.children
    ):
        return True
    if fold(reader.lemma(trigger.token)) in lex["awarding_verbs"] and any(
        c.dep_ in ("obj", "nsubj:pass") and fold(c.text) in lex["works_nouns"]
        for c in trigger.token.children
    ):
        return True  # « les travaux ont été attribués au groupement X, pour 41 Md FCFA »
    awarding = fold(trigger.token.text) in lex["award_words"]
    if not awarding and fold(reader.lemma(trigger.token)) not in lex["contract_only_verbs"]:
        return False
    sent = reader.sentence_of(trigger.token)
    if any(  # « a attribué hier au groupement mené par X le marché de l'usine »: an object
        fold(t.text) in lex["contract_nouns"]  # the parser hung elsewhere, not a complement
        and doc[t.i - 1].pos_ == "DET"
        and doc[t.i - 2].pos_ != "ADP"
        for t in doc[trigger.token.i + 2 : sent.end]
    ):
        return True
    return any(
        fold(t.text) in lex["contract_nouns"]
        and t.i + 2 < sent.end
        and fold(doc[t.i + 1].text) in ("de", "d'")
        and doc[t.i + 2].like_num
        for t in doc[trigger.token.i + 1 : sent.end]
    )


SEEING_FORMS = ("vu", "vue", "vus", "vues", "voit", "voient", "verra", "verront")  # « se voir »


def _seen_given(
    reader: Reader, trigger: Trigger, sent: Span
) -> tuple[Token, list[EntityMention], list[EntityMention]] | None:
    """« X s'est vu accorder par Y une subvention », « X s'est vu confier le programme »: a
    passive told with « se voir »: (the giving verb, who gives: its agent, who receives:
    the subject) when the trigger is that verb or what it gives."""
    verb = trigger.token if trigger.kind != "noun" else trigger.token.head
    seeing = verb.head if verb.dep_ == "xcomp" else verb
    seen = fold(reader.lemma(seeing)) == "voir" or fold(seeing.text) in SEEING_FORMS
    if not seen or not any(fold(c.text) in ("se", "s'") for c in seeing.children):
        return None
    given = (
        verb
        if verb is not seeing
        else next((c for c in seeing.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    )
    if given is None or given.i <= seeing.i:
        return None
    agents = [c for c in (*given.children, *seeing.children) if c.dep_ == "obl:agent"]
    givers = reader.resolve(agents[0], sent) if agents else []
    subject = reader.subject_of(seeing)
    receivers = reader.resolve(subject, sent) if subject is not None else []
    return given, [m for m in givers if m not in receivers], receivers


def _grant_given(reader: Reader, verb: Token) -> bool:
    """« s'est vu attribuer une subvention »: the verb hands out a grant, not a contract."""
    objects = [c for c in (*verb.children, *verb.head.children) if c.dep_ == "obj"]
    return any(fold(c.text) in reader.lex["grant_nouns"] for c in objects)


def _awarded_in_passive(reader: Reader, trigger: Trigger) -> bool:
    """« Le génie civil sera confié à l'entreprise X », « Le marché a été attribué à X »."""
    verb = trigger.token
    return (
        trigger.kind == "verb"
        and fold(reader.lemma(verb)) in reader.lex["awarding_verbs"]
        and any(c.dep_ in ("nsubj:pass", "aux:pass") for c in verb.children)
    )


def _awarder(
    reader: Reader, trigger: Trigger, sent: Span
) -> tuple[list[EntityMention], list[EntityMention]]:
    """(who awards, who is awarded) a contract told in the passive: the agent (« confié par
    le ministère à X »), and the contractor the parser may hang on the agent."""
    agents = [c for c in trigger.token.children if c.dep_ == "obl:agent"]
    if not agents:
        return [], []
    after = [t.i for t in agents[0].subtree if t.i > agents[0].i]
    to = next((i for i in after if fold(reader.doc[i].text) in TO), None)
    named = reader.resolve(agents[0], sent)
    awarded = [m for m in named if to is not None and m.token_start > to]
    if to is not None:
        awarded += reader.entities_in(t for t in agents[0].subtree if t.i > to)
    named = [m for m in named if to is None or m.token_start < to]
    return named or reader.named_with(agents[0]), awarded  # « par le ministère »: named before


AWARDEE_REACH = 8  # « attribué en septembre à » : words from the verb to « à », at most


def _awarded_after(reader: Reader, verb: Token, sent: Span) -> list[EntityMention]:
    """« a attribué en septembre à la société anversoise X un marché »: the name after the « à »
    of an awarding verb, or ending the description there, is who gets the contract, however
    the parser hung it."""
    if fold(reader.lemma(verb)) not in reader.lex["awarding_verbs"]:
        return []
    doc = reader.doc
    end = min(sent.end, verb.i + AWARDEE_REACH)
    to = next((t.i for t in doc[verb.i + 1 : end] if fold(t.text) in TO), None)
    if to is None or to + 2 >= sent.end:
        return []
    first = to + 1 + (doc[to + 1].pos_ == "DET")
    named = reader.entity_at.get(first)
    if named is None and doc[first].pos_ == "NOUN":
        named = reader.named_after_description(doc[first], sent)
    return [] if named is None or reader.is_place_mention(named) else [named]


def _priced_as_a_contract(reader: Reader, amount: int) -> bool:
    """« a confié la construction à X, pour un marché de près de 25 M€ »: money given as a
    contract's value makes the pledge a contract."""
    doc = reader.doc
    mention = doc._.amounts[amount]
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start < 4:
        return False
    before = [fold(t.text) for t in doc[span.start - 4 : span.start]]
    return (
        before[0] == "pour"
        and before[1] in ("un", "une")
        and before[2] in reader.lex["contract_nouns"]
        and before[3] in ("de", "d'")
    )


def _word_after(reader: Reader, trigger: Trigger, sent: Span, words: str) -> bool:
    """« une prise de participation majoritaire »: the word right after the trigger."""
    end = trigger.token.i + trigger.size
    return end < sent.end and fold(reader.doc[end].text) in reader.lex[words]


def _short_of_control(reader: Reader, trigger: Trigger, sent: Span) -> bool:
    """« a racheté pour 30 M€ d'actions », « une participation minoritaire dans X »: shares
    bought, not the company."""
    doc = reader.doc
    end = trigger.token.i + trigger.size
    if _word_after(reader, trigger, sent, "minority_words"):
        return True
    for t in doc[end : min(sent.end, end + 10)]:
        if t.text in (",", ";", ":") or t.pos_ in ("VERB", "AUX"):
            return False
        counted = doc[t.i - 1].like_num  # « a racheté 680 000 actions »
        if fold(t.text) in reader.lex["share_nouns"] and (
            counted or fold(doc[t.i - 1].text) in ("d'", "de", "des")
        ):
            return True
        if t.i - end <= 1 and _minority_percentage(t):  # « acquiert 35 % de X »
            return True
    return False


def _sale_to(
    reader: Reader, trigger: Trigger
) -> tuple[EntityMention, EntityMention | None, bool] | None:
    """(buyer, company sold, below half) for a sale told by its noun, the trigger or its
    object: « la cession de 49 % de sa filiale X au fonds Y », « la vente de la société X au
    groupe Y ». Land sold (« la cession à X de 58 hectares ») names no company: None."""
    token = trigger.token
    for noun in [token, *(c for c in token.children if c.dep_ == "obj")]:
        if fold(noun.text) not in reader.lex["sale_nouns"]:
            continue
        buyer, sold, minority, company = None, None, False, False
        hung_on_verb = [c for c in token.children if c.i > noun.i] if noun != token else []
        for part in [*noun.children, *hung_on_verb]:  # « au groupe Y » hung on « a annoncé »
            cases, named = case_words(part), reader.companies_in(part)
            if cases & TO and named:
                buyer = buyer or named[0]
            elif cases & set(DE_FORMS) and part.head == noun:  # « de 49 % de sa filiale »
                words = list(part.subtree)
                minority = minority or any(_minority_percentage(t) for t in words[:2])
                sold = named[0] if named else None
                company = sold is not None or any(
                    names_a_business(reader.doc, t.i)
                    or fold(t.text) in ("capital", "participation")
                    for t in words
                )
        if buyer is not None and company and (sold is None or sold.canonical != buyer.canonical):
            return buyer, sold, minority
    return None


def _minority_percentage(token: Token) -> bool:
    """« 35 % », « 35% »: a share of a company below half."""
    number = token.text.rstrip("%").replace(",", ".")
    percent = token.text.endswith("%") or (
        token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == "%"
    )
    try:
        return percent and float(number) < 50
    except ValueError:
        return False


def _points_back(doc, trigger: Trigger, sent: Span) -> bool:
    """« le rachat de ce spécialiste », « la reprise de cette PME »: the deal's « de » names,
    by a demonstrative, a company told before."""
    i = trigger.token.i + trigger.size
    return (
        i + 1 < sent.end
        and fold(doc[i].text) in ("de", "d'")
        and fold(doc[i + 1].text) in ("ce", "cet", "cette")
    )


def _bid_on_the_target(reader: Reader, trigger: Trigger) -> bool:
    """« Un autre candidat pourrait déposer une offre », « Y pourrait relever son offre »: an
    offer made or raised without a target bids for the company the takeover is about."""
    token = trigger.token
    return (
        reader.bid_target is not None
        and trigger.type == "acquisition"
        and fold(token.text) in reader.lex["rejection_objects"]
        and token.dep_ in ("obj", "obl:arg", "obl:mod")
        and fold(reader.lemma(token.head)) in reader.lex["bidding_verbs"]
    )


def _demonstrative(trigger: Trigger) -> bool:
    """« cette alliance », « ce partenariat »: a noun pointing back at an announcement."""
    return trigger.kind == "noun" and any(
        c.dep_ == "det" and fold(c.text) in ("ce", "cet", "cette", "ces")
        for c in trigger.token.children
    )


def _agentless_passive(trigger: Trigger) -> bool:
    """« a été accordé », « un prêt … a été signé »: a pledge in the passive that names no
    agent, whether the trigger is the verb or its subject."""
    verb = trigger.token if trigger.kind == "verb" else trigger.token.head
    if trigger.kind != "verb" and trigger.token.dep_ != "nsubj:pass":
        return False
    passive = any(c.dep_ == "aux:pass" for c in verb.children)
    return passive and not any(c.dep_ == "obl:agent" for c in verb.children)


def build(
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
        actors, obj = _mentions(previous.actors), None
    else:
        actors, obj = reader.actors(trigger, sent)
    seen = _seen_given(reader, trigger, sent)
    awarded_to: list[EntityMention] = []  # « X s'est vu confier le programme »: X contracts
    if seen is not None:  # « X s'est vu accorder par Y une subvention »: Y gives, X gets it
        verb, givers, receivers = seen
        read = [m for m in actors if m.canonical not in {r.canonical for r in receivers}]
        actors = givers or read or [m for m in reader.issuer if m not in receivers]
        contract = fold(reader.lemma(verb)) in reader.lex["awarding_verbs"]
        if contract and not _grant_given(reader, verb):
            trigger = Trigger(trigger.token, trigger.size, "partnership", trigger.kind)
            awarded_to = receivers
        else:
            obj = receivers[0] if receivers else obj
    if reader.funders(sent):  # « Région X : 1 141 500 € » under « Plan de financement »
        actors, obj = reader.funders(sent), None
    sale = reader.sold_to(trigger.token) if trigger.kind == "verb" else None
    if sale is not None:  # « A a cédé B au fonds C »: C acquires B
        (buyer, obj), trigger = sale, Trigger(trigger.token, trigger.size, "acquisition", "verb")
        actors = [buyer]
    stake_sold = _sale_to(reader, trigger) if sale is None else None
    if stake_sold is not None:  # « a signé la cession de 49 % de sa filiale au fonds C »
        (buyer, obj, minority), actors = stake_sold, [stake_sold[0]]
        kind = "investment" if minority else "acquisition"
        trigger = Trigger(trigger.token, trigger.size, kind, trigger.kind)
    given = _giver_in_relative(reader, trigger, sent) if trigger.kind == "noun" else None
    if given is not None:
        actors, obj = given
    bidder = (
        _offer_maker(reader, trigger.token, sent)
        if trigger.kind == "noun" and trigger.type == "acquisition"
        else []
    )
    if obj is not None and fold(trigger.token.text) in reader.lex["fund_closing_nouns"]:
        actors = _fund_manager(reader, obj) or actors
    gapped = _gapped_actor(reader, amount, sent) if amount is not None else None
    share = _share_giver(reader, amount, sent) if amount is not None and not gapped else None
    if share is not None:  # a share given is the giver's investment, whatever the verb
        gapped, trigger = share, Trigger(trigger.token, trigger.size, "investment", trigger.kind)
    if gapped is not None:
        actors, obj = [gapped], None
    if not actors:  # « …des partenariats avec A, ainsi que le lancement de B »: shared subject
        same_sentence = [f for f in earlier if f.start == sent.start_char]
        if same_sentence and trigger.kind == "noun":
            actors = _mentions(same_sentence[-1].actors)
    if not actors and trigger.kind == "noun" and trigger.type in ("partnership", "acquisition"):
        actors = _offer_maker(reader, trigger.token, sent, any_verb=True)  # not « une levée
        # menée par X »: X leads the round another raises
    if not actors and reader.list_item(sent):
        actors = reader.lead_in(sent)
    if not actors and amount is not None and _project_subject(reader, trigger):
        actors = reader.project_owner(sent)
    giver = agent_after(reader, doc._.amounts[amount], sent) if amount is not None else []
    if giver:  # « a reçu une aide de 1,3 Md€, accordée par la France »: the giver invests
        receivers = [a for a in actors if a.canonical not in {g.canonical for g in giver}]
        if obj is None and receivers and not reader.is_place_mention(receivers[0]):
            obj = receivers[0]  # the beneficiary, or the fund a subscriber's share goes to
        actors = giver
        if trigger.type == "fundraising" or _loan_agreement(reader, trigger):
            trigger = Trigger(trigger.token, trigger.size, "investment", trigger.kind)
    distributor = [] if giver else _unnamed_giver(reader, trigger, sent, actors, earlier)
    if distributor:  # « La Ville de X recevra 6,4 M€ »: whoever hands the money out gives it
        obj = next((a for a in actors if not reader.is_place_mention(a)), actors[0])
        actors = distributor
        trigger = Trigger(trigger.token, trigger.size, "investment", trigger.kind)
    exercised = (
        trigger.kind == "verb"
        and trigger.type == "fundraising"
        and any(
            c.dep_ == "obj" and fold(reader.lemma(c)) in reader.lex["exercised_objects"]
            for c in trigger.token.children
        )
    )  # « lever une option sur deux navires »: an order, not a raise
    if (
        exercised
        or trigger.kind == "verb"
        and trigger.type != "partnership"
        and awards_a_contract(reader, trigger)
        or amount is not None
        and trigger.type == "investment"
        and _priced_as_a_contract(reader, amount)
    ):
        trigger = Trigger(trigger.token, trigger.size, "partnership", trigger.kind)
    contractors = awarded_to
    if trigger.type == "partnership" and _awarded_in_passive(reader, trigger):
        awarders, contractors = _awarder(reader, trigger, sent)
        earlier_party = [  # « Le marché a été attribué à X »: whoever the text spoke of awards
            m
            for m in reader.antecedent(sent, organisation=True)
            if m.token_end <= sent.start and m.label != "PER"
        ]
        issuer = [m for m in reader.issuer if m not in contractors]  # a ministry's release
        actors = awarders or actors or issuer or earlier_party
    buyers = {m.canonical for m in reader.acquirers}
    paying = (
        trigger.kind == "verb" and fold(reader.lemma(trigger.token)) in reader.lex["price_verbs"]
    ) or (amount is not None and _paid_as_a_price(reader, amount))
    if paying and actors and {m.canonical for m in actors} <= buyers:
        trigger = Trigger(trigger.token, trigger.size, "acquisition", trigger.kind)  # its price
    if trigger.type == "acquisition" and _short_of_control(reader, trigger, sent):
        trigger = Trigger(trigger.token, trigger.size, "investment", trigger.kind)
    elif trigger.type == "investment" and _word_after(reader, trigger, sent, "majority_words"):
        trigger = Trigger(trigger.token, trigger.size, "acquisition", trigger.kind)
    rejected = (
        _rejected_offer(reader, trigger, sent, actors, amount, earlier)
        if trigger.type == "acquisition"
        else None
    )
    if rejected is not None:
        actors, obj = rejected
        if not actors:
            return None
        modality = "rejected"
    elif bidder:  # « le tribunal a validé l'offre de reprise déposée par X »: X bids
        actors = bidder
    if obj is None and trigger.kind == "noun" and trigger.token.i in reader.entity_at:
        obj = reader.entity_at[trigger.token.i]  # « l'Alliance pour le calcul ouvert »
        if trigger.type == "initiative":
            actors = [a for a in actors if a.canonical != obj.canonical]
    following = folded_text(doc[trigger.token.i : min(sent.end, trigger.token.i + 14)])
    buyback = any(p in following for p in reader.lex["buyback_phrases"])
    if buyback and actors and trigger.type in ("investment", "acquisition"):
        trigger = Trigger(trigger.token, trigger.size, "investment", trigger.kind)
        obj = actors[0]  # « un programme de rachat d'actions »: the company buys itself
    if trigger.type == "acquisition" and obj is None:
        obj = reader.target(trigger, sent, {m.canonical for m in actors})
    if (
        trigger.type == "acquisition"
        and obj is not None
        and actors
        and _taken_under(reader, trigger)
    ):
        actors, obj = [obj], actors[0]  # « X passe sous le contrôle de Y »: Y buys X
    if trigger.type == "investment" and obj is None and amount is not None:
        stake = reader.target(trigger, sent, {m.canonical for m in actors}, "stake_prepositions")
        obj = stake if stake is not None and stake.label == "ORG" else None  # « 12 M€ dans X »
    if trigger.type in ("launch", "initiative") and obj is None and not _demonstrative(trigger):
        obj = quoted_name(doc, trigger.token, sent)
        if obj is None and trigger.kind == "noun":
            obj = named_before(doc, trigger.token, sent)
        if obj is None and trigger.kind == "noun":  # « l'alliance BioMed X, lancée… »
            obj = reader.entity_at.get(trigger.token.i + trigger.size)
        if obj is None and trigger.kind != "noun" and trigger.type == "launch":
            obj = named_after(doc, trigger.token, sent)
    launched_by = _launched_by(reader, trigger, sent) if trigger.type == "initiative" else []
    if launched_by:  # « l'alliance X, lancée en juin par A et B »: founded by A and B
        founders = {m.canonical for m in launched_by}
        actors = [*launched_by, *(a for a in actors if a.canonical not in founders)]
    apposed = doc[trigger.token.i : min(sent.end, trigger.token.i + 12)]
    started = folded_text(doc[trigger.token.i : trigger.token.i + trigger.size])
    if trigger.type == "launch" and amount is not None and started in reader.lex["start_nouns"]:
        # « X – station de 1 t/j, 6,5 M€, mise en service d'ici mi-2026 »: a site's cost
        trigger = Trigger(trigger.token, trigger.size, "investment", trigger.kind)
    endowed = trigger.type == "launch" and amount is not None and len(actors) == 1
    if endowed and any(fold(t.text) in reader.lex["plan_nouns"] for t in apposed[1:8]):
        # « a annoncé le lancement du Programme national X, doté de 45 Md » funds it
        trigger = Trigger(trigger.token, trigger.size, "investment", trigger.kind)
    joint = trigger.type == "launch" and len(actors) >= 2 and obj is not None
    if joint and any(fold(t.text) in reader.lex["plan_nouns"] for t in apposed):
        # « A, B et C ont lancé « X », un programme … »: launched together, an initiative
        trigger = Trigger(trigger.token, trigger.size, "initiative", trigger.kind)
    plan = fold(trigger.token.text) in reader.lex["plan_nouns"]
    if trigger.type == "investment" and plan and len(actors) >= 2:
        named = (
            obj
            or quoted_name(doc, trigger.token, sent, reach=4)
            or named_before(doc, trigger.token, sent)
        )
        others = {a.canonical for a in actors} - {named.canonical} if named is not None else ()
        if len(others) >= 2:  # « A, B et C unissent leurs forces au sein du programme « X » »
            trigger = Trigger(trigger.token, trigger.size, "initiative", trigger.kind)
            obj = named
        elif others:  # « X lance Y, un fonds de 200 M€ »: X invests in its own fund Y
            actors, obj = [a for a in actors if a.canonical in others], named
    founded = None if giver else _fund_founded_together(reader, trigger, sent, actors)
    if founded is not None:  # « A et B ont lancé avec C le fonds X, doté de 250 M€ »
        trigger, obj = Trigger(trigger.token, trigger.size, "initiative", trigger.kind), founded
    if trigger.type == "initiative" and obj is not None:
        founders = [a for a in actors if a.canonical != obj.canonical]
        actors = [obj]
    else:
        founders = []
    unnamed = amount is None and obj is None and not _demonstrative(trigger)
    if trigger.type == "initiative" and trigger.kind == "noun" and unnamed:
        return None  # « des initiatives open source »: no named coalition
    # « le consortium X, emmené par Y, chercherait… » describes a coalition, it is no launch
    described = trigger.token.dep_ in SUBJECTS and not _demonstrative(trigger) and not launched_by
    if trigger.type == "initiative" and amount is None and described:
        return None
    deal_word = trigger.kind == "noun" and trigger.type in ("acquisition", "launch")
    if deal_word and unnamed and _points_back(doc, trigger, sent):
        unnamed = False  # « le rachat de ce spécialiste du refit »: a target named before
    if deal_word and unnamed and _bid_on_the_target(reader, trigger):
        obj, unnamed = reader.bid_target, False  # « X pourrait déposer une offre concurrente »
    if deal_word and unnamed and not bidder and rejected is None:
        return None  # an unnamed « prise de contrôle » or « mise en service » names no deal;
        # an offer turned down is a bid even when its target was named before
    if not actors and amount is not None and reader.voted(sent):  # « Un crédit de 31,4 M a
        actors = reader.assembly_before(sent)  # été accepté par 84 voix »: the assembly votes
    if not actors and _agentless_passive(trigger):
        actors = reader.issuer  # « un prêt de 18 M€ a été accordé à X », in X's lender's report
    if not actors:
        return None
    actor_names = {m.canonical for m in actors}
    partners = founders + reader.partners(
        sent, trigger.token, actor_names | ({obj.canonical} if obj else set())
    )
    if gapped is not None:
        partners = []  # « …auprès de Y, Semlio 12 M€ »: Y joined the first clause only
    awarded = trigger.kind == "noun" and trigger.token.dep_ in ("obj", "nsubj:pass")
    if trigger.type == "partnership" and (trigger.kind == "verb" or awarded):
        # « s'associe au groupe X », « a attribué au constructeur X un contrat de 62 M€ »
        verb = trigger.token if trigger.kind == "verb" else trigger.token.head
        marked = [
            c
            for c in verb.children
            if c.dep_.startswith(("obl", "iobj", "obj"))
            and any(fold(g.text) in ("a", "au", "aux", "avec") for g in c.children)
        ]
        marked += [  # « au constructeur allemand X »: a name the parser hung apart
            c
            for c in verb.children
            if c.dep_.startswith("obl")
            and c.i in reader.entity_at
            and any(c.left_edge.i == k.right_edge.i + 1 for k in marked)
        ]
        partners += [
            m
            for c in marked
            for m in reader.entities_in(c.subtree)
            if m.canonical not in actor_names
            and not (  # « À Fos-sur-Mer, le port a attribué… »: where, not with whom
                reader.is_place_mention(m) and not any(fold(g.text) == "avec" for g in c.children)
            )
        ]
    if trigger.type == "partnership" and trigger.kind == "verb" and not partners:
        contractors += _awarded_after(reader, trigger.token, sent)
    known = actor_names | {m.canonical for m in partners}
    partners += [m for m in contractors if m.canonical not in known]
    partner_names = {m.canonical for m in partners}
    anchor = doc._.amounts[amount].end if amount is not None else trigger.token.idx
    anchor_token = doc.char_span(anchor - 1, anchor, alignment_mode="expand")
    after = anchor_token.end if anchor_token is not None else trigger.token.i
    locations = reader.locations(
        sent,
        min(after, trigger.token.i, clause_head(trigger.token).i),
        actor_names | partner_names,
        event=trigger.type == "event",
    )
    locations = locations or reader.row_places(sent)  # « X | usine | Guéret | 145 M€ »
    there = fold(reader.lemma(trigger.token)) in reader.lex["locative_y_verbs"] and any(
        fold(c.text) == "y" for c in trigger.token.children
    )  # « y investir » is « invest there »; « y contribuer », « to it »
    if there and not locations:  # « Le groupe prévoit d'y investir 12 M€ »: the place told
        before = reader.place_before(sent[0])  # just before
        locations = [m.canonical for m in before if m.canonical not in actor_names]
    point, deadline = dates_for(sent, dates, doc._.published)
    if point is None:
        point = _date_told_before(reader, sent, actor_names, dates)
    if not giver:  # a share's giver (« dont 3 M$ de X ») is no topic for the next « elle »
        reader.last_actors = (sent.start, actors)
    sides = [*actors, *partners]
    between_states = len(sides) >= 2 and all(reader.is_public_authority(m) for m in sides)
    kind = "declaration" if trigger.type == "partnership" and between_states else trigger.type
    if kind == "declaration" and _financing_agreement(reader, trigger.token, amount):
        kind, partners = "investment", []  # the State that receives a grant is no co-signer
    if kind == "acquisition" and modality != "rejected":
        reader.acquirers, reader.acquired = actors, obj
    if kind == "acquisition" and obj is not None:
        reader.bid_target = obj  # bought or not, the company bidders are after
    return Found(  # « la Suisse et le Luxembourg ont signé un mémorandum »: states declare
        type=kind,
        trigger=doc[trigger.token.i : trigger.token.i + trigger.size].text,
        start=sent.start_char,
        end=evidence_end(sent),
        actors=parties(actors),
        partners=parties(partners),
        object=(obj.canonical, obj.label) if obj else None,
        amount=amount,
        locations=locations,
        date=point,
        deadline=deadline,
        purpose=reader.purpose(sent, after),
        modality=modality,
        at=trigger.token.idx,
    )


def _financing_agreement(reader: Reader, noun: Token, amount: int | None) -> bool:
    """« une convention de subvention de 7 M€ », « une convention de financement de 18 M€ »:
    an agreement whose money hangs on a financing noun is that financing, not a declaration
    between the public bodies that sign it."""
    if amount is None:
        return False
    money = reader.doc._.amounts[amount]
    money = reader.doc.char_span(money.start, money.end, alignment_mode="expand")
    holder = money.root.head if money is not None else None
    return (
        holder is not None
        and holder.head.i == noun.i
        and reader.lex["nouns"].get(fold(holder.text)) == "investment"
    )


def _date_told_before(reader: Reader, sent: Span, actors: set[str], dates) -> str | None:
    """« X a fait une annonce cette nuit. Il a proposé… »: the date of the sentence just
    before, when that sentence's subject is this announcement's actor."""
    if sent.start == 0 or "\n" in reader.doc[sent.start - 1].text:
        return None
    previous = reader.sentence_of(reader.doc[sent.start - 1])
    if not any(start == previous.start and m.canonical in actors for start, m in reader.recent):
        return None
    return dates_for(previous, dates, reader.doc._.published)[0]


DATELINE_END = re.compile(r"\s*(?:\([^()\n]{1,20}\))?\s*[-–—]\s")


def _in_dateline(text: str, date) -> bool:
    """« Lille, 3 juin 2025 (AFP) - »: the dispatch's date, not the announcement's."""
    near_start = date.start - line_start(text, date.start) < 40
    return near_start and DATELINE_END.match(text, date.end) is not None


def dates_for(sent: Span, dates, published: str | None) -> tuple[str | None, str | None]:
    """The sentence's date and deadline: the first of each, a dispatch's dateline aside."""
    point = deadline = None
    floor = int(published[:4]) - 1 if published else 0
    text = doc_text(sent.doc)
    for d in dates:
        if not sent.start_char <= d.start < sent.end_char:
            continue
        # « Juin 2015 – Série A… »: a timeline's date is its item's, however old
        heads_an_item = d.start == sent.start_char and dash_follows(text, d.end)
        if _in_dateline(text, d) and not heads_an_item:
            continue
        opening = d.start == sent.start_char and text[d.end : d.end + 1] == ","  # « En 2014, »
        recent = int(d.value[:4]) >= floor or opening
        if d.kind == "deadline" and deadline is None:
            deadline = d.value
        elif d.kind != "deadline" and point is None and (recent or heads_an_item):
            point = d.value
    return point, deadline
