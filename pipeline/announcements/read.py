"""The sentence loop: triggers, the amounts they govern and the pledges made without one,
turned into announcements, then merged."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..amounts import symbolic_price
from ..entities import EntityMention, fold, is_place
from ..sentences import (
    BULLETS,
    doc_text,
    in_boilerplate,
    is_heading_line,
    is_line_prefix,
    opens_line,
)
from .build import agent_after, awards_a_contract, build
from .events import find_event
from .lexicon import (
    FUTURE_ENDINGS,
    Found,
    Lemmas,
    Trigger,
    folded_text,
    is_event_word,
    starts_with,
)
from .merge import drop_foreign_partners, merge
from .names import quoted_name
from .reader import Reader
from .syntax import POSSESSIVES, SUBJECTS, clause_head, purpose_clause
from .triggers import (
    borrowed,
    find_triggers,
    governing_trigger,
    initiative_or_launch,
    resolve_light,
)

FUTURE_SUFFIXES = tuple(ending for ending, _ in FUTURE_ENDINGS)
PRICE_REACH = 6  # « pour un prix total de »: words from « pour » to the amount, at most


def _is_heading(sent: Span, text: str) -> bool:
    """A line of its own without final punctuation: a title or subheading, which repeats the
    body rather than evidencing an announcement. ``text``: the sentence's, stripped. A bullet
    whose verb tells the news (« • X lève 12 M€ auprès de Y (lien) ») is a digest's item."""
    news_bullet = text[:1] in BULLETS and text[1:2] == " " and _has_finite_verb(sent)
    return opens_line(sent) and is_heading_line(text) and not news_bullet


def _infinitive_subject(token: Token, sent: Span) -> bool:
    """« Investir dans une PME comporte un risque »: an infinitive opening its sentence as
    the subject of a finite verb (which has no other) speaks of anyone, pledges nothing."""
    if token.i != sent.start or "Inf" not in token.morph.get("VerbForm"):
        return False
    head = token.head
    finite = head.i != token.i and "Fin" in head.morph.get("VerbForm")
    return finite and not any(c.dep_ in SUBJECTS for c in head.children)


def _size_told_after(
    reader: Reader, sent: Span, sent_amounts: list[int], found: list[Found]
) -> int | None:
    """« X serait en discussions pour entrer au capital de Y. Le ticket est estimé à 80 M$ »:
    the size of a pledge told in the next sentence, the deal itself its subject."""
    if not found or found[-1].amount is not None or found[-1].type in ("event", "declaration"):
        return None
    number = reader.sentence_at[sent.start]
    asked = number > 0 and _size_question(reader.sentences[number - 1], reader.lex)
    number -= asked  # « Qui ? X investira… Combien ? 240 M€ »: the question labels the sum
    if number <= 0 or reader.sentences[number - 1].start_char != found[-1].start:
        return None
    roles = sent.doc._.amount_roles
    told = [i for i in sent_amounts if roles.get(i, ("commitment", None))[0] == "commitment"]
    if asked or _size_label(sent, reader.lex):
        return told[0] if told else None
    lex, root, amounts = reader.lex, sent.root, sent.doc._.amounts
    subjects = [c for c in root.children if c.dep_ in SUBJECTS]
    opening = root.pos_ == "NOUN" and root.i == sent.start + (sent[0].pos_ == "DET")
    if not subjects and opening and fold(root.text) in lex["deal_size_nouns"]:
        subjects = [root]  # « Le chantier, évalué à 48 Md FCFA, …, doit porter… », parsed
        # with the opening noun as the root
    if not subjects:
        return None
    subject = subjects[0]
    if subject.i in reader.entity_at:
        return None
    phrase = subject.doc[subject.left_edge.i : subject.right_edge.i + 1]
    inside = [i for i in told if phrase.start_char <= amounts[i].start < phrase.end_char]
    if fold(subject.text) in lex["round_nouns"]:  # « Le tour de table, de 22 M€, a été mené
        return inside[0] if inside else None  # par X »
    if fold(subject.text) in lex["deal_size_nouns"] and inside:
        return inside[0]  # « L'investissement, d'environ 145 M$, doit être complété d'ici… »
    if fold(subject.text) not in lex["deal_size_nouns"]:
        return None
    if any(c.dep_ in ("nmod", "amod") for c in subject.children):
        return None  # « Le coût d'exploitation annuel est estimé à… »: another sum
    if fold(reader.lemma(root)) not in lex["size_verbs"] and not _price_withheld(reader, root):
        return None
    return told[0] if told else None


def _price_withheld(reader: Reader, root: Token) -> bool:
    """« Le prix n'a pas été communiqué ; des sources le situent entre 90 et 110 M$ »: the
    deal's size, withheld, then estimated in the same sentence."""
    return fold(reader.lemma(root)) in reader.lex["unconfirmed_verbs"] or reader.negated(root)


def _someone_else(item: Found, before: Found) -> bool:
    """« Porté par X, le projet, d'environ 1,2 Md, … »: the sized sentence names its own
    actor, not the one before (a place read as one does not count)."""
    own = [name for name, label in item.actors if label != "LOC" and not is_place(name)]
    return bool(own) and item.actors != before.actors


def _size_question(sent: Span, lex: dict) -> bool:
    """« Combien ? »: a question alone in its sentence, asking a deal's size."""
    words = [fold(t.text) for t in sent if not t.is_space]
    return len(words) == 2 and words[0] in lex["size_questions"] and words[1] == "?"


def _size_label(sent: Span, lex: dict) -> bool:
    """« Montant : 12 M$ », « Montant de la transaction : 85 M€ », « Montant envisagé : … »: a
    deal-size word labelling the figure after its colon, without a verb (a participle
    describes the word)."""
    words = [t for t in sent[:6] if not t.is_space]
    if not words or fold(words[0].text) not in lex["deal_size_nouns"]:
        return False
    colon = next((t for t in words if t.text == ":"), None)
    between = sent.doc[words[0].i : colon.i] if colon is not None else ()
    verbs = [
        t
        for t in between
        if t.pos_ in ("VERB", "AUX")
        and t.doc[t.i - 1].pos_ != "DET"
        and "Part" not in t.morph.get("VerbForm")
    ]
    return colon is not None and not verbs  # « de l'offre » is a noun, whatever the tag


def _what_talks_are_for(verb: Token, lex: dict) -> bool:
    """« serait en discussions avec l'État pour entrer au capital de X »: the purpose of talks
    is the pledge they would make."""
    marks = [c.i for c in verb.children if fold(c.text) == "pour" and c.dep_ == "mark"]
    doc = verb.doc
    return bool(marks) and any(
        fold(t.text) in lex["weak_nouns"] for t in doc[max(0, marks[0] - 6) : marks[0]]
    )


def _adjectival_participle(verb: Token) -> bool:
    """« la part financée par l'emprunt »: a participle with no auxiliary describes, it
    does not pledge."""
    future = verb.lower_.endswith(FUTURE_SUFFIXES)  # « financera », tagged a participle
    participle = "Part" in verb.morph.get("VerbForm") or verb.pos_ == "ADJ"
    return participle and not future and not any(c.dep_.startswith("aux") for c in verb.children)


PARTICIPLE_E_ENDINGS = ("ée", "ie", "ue", "te", "se")  # feminine participles: « lancée »


def _takes_a_name(reader: Reader, trigger: Trigger, lex: dict) -> bool:
    """« a repris la fonderie Vostrac », « reprendra Ternalix »: a verb that pledges without an
    amount only on a name takes an organisation as its object, or a noun with its name."""
    if fold(reader.lemma(trigger.token)) not in lex["fire_on_named_object"]:
        return False
    doc = trigger.token.doc
    for obj in (c for c in trigger.token.children if c.dep_ == "obj"):
        end = min(obj.right_edge.i + 2, len(doc))  # and the name the parser hangs after it
        for token in doc[obj.left_edge.i : end]:
            if token.is_punct:
                break  # « la fonderie X, à Montrevel »: the object ends at the comma
            m = reader.entity_at.get(token.i)
            if m is None or m.token_start != token.i or m.label not in ("ORG", "MISC"):
                continue
            after_noun = token.i == obj.left_edge.i or doc[token.i - 1].pos_ != "ADP"
            if after_noun and not reader.is_place_mention(m):
                return True  # the name itself, or a noun's (« le bureau d'études X »)
    return False


def _has_finite_verb(sent: Span) -> bool:
    return any(t.pos_ in ("VERB", "AUX") and _finite(t) for t in sent)


def _finite(verb: Token) -> bool:
    """Tagged finite, or a present tense the tagger read as a participle (« Ostralme lance de
    son côté « X » »): no participle ends in « -ce » or « -ent »."""
    if "Fin" in verb.morph.get("VerbForm"):
        return True
    word = verb.lower_
    present = word.endswith("e") and not word.endswith(PARTICIPLE_E_ENDINGS)
    return "Part" in verb.morph.get("VerbForm") and (present or word.endswith("ent"))


def _amount_span(doc: Doc, mention) -> Span | None:
    return doc.char_span(mention.start, mention.end, alignment_mode="expand")


def read_announcements(doc: Doc, lemma: Lemmas | None = None) -> list[Found]:
    reader = Reader(doc, lemma or Lemmas())
    lex = reader.lex
    amounts = doc._.amounts or []
    roles = doc._.amount_roles
    dates = doc._.dates or []
    found: list[Found] = []
    for sent in reader.sentences:
        text = sent.text.strip()
        if is_line_prefix(sent):
            continue  # « MARC HOFFMANN : », « 10:05 - »: who speaks or when, not news
        heading = (
            _is_heading(sent, text) and not reader.list_item(sent) and not reader.funders(sent)
        )
        if heading and not in_boilerplate(sent):
            reader.heading_subject(sent)
        if not text or in_boilerplate(sent) or heading or text.rstrip("*_ ").endswith("?"):
            continue
        triggers = [  # not « a cédé sa filiale » (its buyer's news), nor « un carnet de commandes »
            t
            for t in find_triggers(sent, reader.lemma, reader.entity_at)
            if (
                t.kind != "verb"
                or fold(reader.lemma(t.token)) not in lex["contract_only_verbs"]
                or awards_a_contract(reader, t)
                or reader.sold_to(t.token) is not None  # « … au fonds X »: X's acquisition
            )
            and not _undetermined(t, lex)
            and not _infinitive_subject(t.token, sent)
        ]
        sent_amounts = [
            i for i, a in enumerate(amounts) if sent.start_char <= a.start < sent.end_char
        ]
        used: set[int] = set()
        listed: set[int] = set()  # amounts pledged by a list's lead-in
        in_sentence: list[tuple[Trigger, int | None]] = []
        for i in sent_amounts:
            role, _ = roles.get(i, ("commitment", None))
            if role != "commitment" or _a_price(amounts[i], doc, lex):
                continue
            if _running_total(amounts[i], doc, lex):
                continue  # « 4,5 M€ de subventions depuis notre création »
            span = _amount_span(doc, amounts[i])
            if span is None:
                continue
            if _under_cut(reader, span) and _price_of_a_deal(reader, span, triggers) is None:
                continue  # « raboter le crédit de 400 millions », « dispose de 344 milliards »
            strong = [  # « en discussions » is weak; a gathering carries no money
                t
                for t in triggers
                if fold(t.token.text) not in lex["weak_nouns"] and t.type != "event"
            ]
            trigger = governing_trigger(span, strong)
            if (
                trigger is not None
                and trigger.kind == "noun"
                and (_after_definite(reader, amounts[i]) or _recalled_round(trigger))
            ):
                continue  # « les 200 milliards de l'initiative X »: recalled, not pledged here
            resolved = resolve_light(trigger, triggers, span) if trigger else None
            resolved = _fund_of_a_closing(resolved, triggers, lex) if resolved else None
            resolved = borrowed(resolved, sent, reader.lemma) if resolved else None
            if resolved is None:
                # « racheter X, qui…, pour 2 Md€ », « l'offre de X, qui proposait 650 M$ »
                resolved = _price_of_a_deal(reader, span, strong)
                if resolved is not None:
                    used.add(resolved.token.i)
            if resolved is None and reader.funders(sent):  # « Région X : 1 141 500 € »
                resolved = Trigger(doc[span.start - 1], 1, "investment", "verb")
            if resolved is None and reader.list_item(sent):
                resolved = reader.lead_in_pledge(sent)  # « – Nexora (Lyon) : 12 M€ pour… »
                if resolved is not None:
                    listed.add(i)
            if resolved is None:
                resolved = _like_the_item_before(reader, sent, span, found)
            if resolved is None:
                resolved = _raised_by_the_label(reader, sent, span)
            if resolved is None:
                continue
            if trigger is not None:
                used.add(trigger.token.i)
                used.update(t.token.i for t in _agreements_carrying(trigger, triggers))
                head = clause_head(trigger.token)  # « a adopté un plan de 2,4 Md€ »: one pledge
                used.update(
                    t.token.i
                    for t in triggers
                    if t.type == "declaration" and t.kind != "noun" and t.token.i == head.i
                )
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
            elif agent_after(reader, amounts[i], sent):  # « dont 900 millions apportés par X »
                in_sentence.append((Trigger(sent.root, 1, "investment", "verb"), i))
        finite = _has_finite_verb(sent) or reader.list_item(sent)  # not a plan's line: its
        # funders, a word such as « Apport », are no pledge without their amount
        for t in triggers:
            if t.token.i in used or not finite or t.type == "event":
                continue
            if t.kind == "facility":  # « ouvrira une usine à Lyon »: a pledge without amount
                noun = t.token.head if t.token.dep_ == "conj" else t.token
                if noun.head.i in used and noun.dep_ == "obj":
                    continue  # « a confié la construction des unités à X »: the contract's work
                purpose = purpose_clause(t.token) or any(  # « un contrat pour la construction »
                    c.dep_ == "case" and fold(c.text) == "pour" for c in noun.children
                )
                if not purpose:  # not « en discussions pour installer… »
                    in_sentence.append((Trigger(t.token, 1, "investment", "verb"), None))
                continue
            if t.kind == "light":
                if _says_after_a_comma(t.token):
                    continue  # « …, a annoncé hier son président »: a verb of saying
                if _shown_at_a_gathering(reader, t.token):
                    continue  # « nous y présenterons X », « sera présenté lors des Rencontres »
                launched = _launched_name(reader, t, sent)
                if (
                    launched is not None
                    and not any(  # « lancer un appel à projets « X » »
                        o.kind == "noun"
                        and o.type != "launch"
                        and (
                            o.token.head.i == t.token.i
                            and o.token.dep_ == "obj"
                            or t.token.i < o.token.i < launched.token_start
                        )
                        and not (  # « lance « X », un crédit adossé… »: what X is
                            o.type == "investment" and o.token.i > launched.token_start
                        )
                        for o in triggers
                    )
                    or launched is None
                    and _puts_out_a_product(reader, t.token, triggers)
                ):
                    in_sentence.append((Trigger(t.token, 1, "launch", "verb"), None))
                continue
            if t.kind == "noun" and t.type == "partnership" and _describes_a_party(t.token):
                continue  # « X, coentreprise de A et B, prévoit… »: what X is, not news
            if t.kind == "noun" and _cited_as_source(t):
                continue  # « ont précisé les deux groupes dans un communiqué commun »
            if t.kind == "verb" and t.type == "partnership" and _concludes_other(t, triggers):
                continue  # « a conclu une ronde de financement »: the round is the news
            if t.kind == "noun" and _frames_a_verb(t, triggers, lex):
                continue  # « a versé 2 M€ au titre de son contrat de territoire »
            if t.kind == "noun" and t.type == "partnership" and _agreement_to_buy(t, triggers):
                continue  # « a signé un accord pour prendre le contrôle de X »: a takeover
            if t.kind == "verb" and _describes_known_money(t, lex):
                continue  # « les fonds levés serviront à… »: money told before
            if t.kind == "verb" and t.type == "fundraising" and not _raises_money(reader, t):
                continue  # « pour lever les doutes de Bruxelles »
            if t.kind == "verb" and (
                _adjectival_participle(t.token)  # « jugeant la mesure non financée », « les
                # 2 Md$ mis sur la table par X »: a participle describing pledges nothing
                or t.size == 1  # an idiom (« mettre la main sur ») pledges without an amount
                and fold(reader.lemma(t.token)) not in lex["fire_without_amount"]
                and not _takes_a_name(reader, t, lex)
                and reader.sold_to(t.token) is None  # so does a sale to a named buyer
                or purpose_clause(t.token)
                and t.type in ("investment", "fundraising")
                and not _what_talks_are_for(t.token, lex)
            ):
                continue
            others = [
                o
                for o in triggers
                if o.token.i != t.token.i and not (o.kind == "facility" and purpose_clause(o.token))
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
            if t.kind == "noun" and t.type == "fundraising" and not _new_round(reader, t):
                continue  # « sa dernière levée » recalls; « un tour de table » announces
            in_sentence.append((t, None))
        in_sentence = _without_details(in_sentence, amounts)
        built = len(found)
        for trigger, amount in in_sentence:
            item = build(reader, sent, initiative_or_launch(trigger, sent), amount, dates, found)
            if item is not None and amount in listed:
                reader.add_beneficiaries(item, sent)
            if item is not None:
                found.append(item)
        undisclosed = _undisclosed_pledge(reader, sent, triggers) if len(found) == built else None
        if undisclosed is not None:
            item = build(reader, sent, undisclosed, None, dates, found)
            found += [item] if item is not None else []
        _respectively(reader, sent, found[built:])
        _bracketed_shares(reader, found[built:])
        _one_party_per_sum(found[built:])
        found[built:] = _each(reader, sent, found[built:])
        found[built:] = [f for f in found[built:] if not _launches_a_fund(reader, sent, f)]
        size = _size_told_after(reader, sent, sent_amounts, found[:built])
        sized = [f for f in found[built:] if f.amount == size]
        if size is not None and not any(_someone_else(f, found[built - 1]) for f in sized):
            found[built:] = [f for f in found[built:] if f.amount != size]
            found[built - 1].amount = size  # the sentence sizes the pledge before it
        event = find_event(reader, sent, triggers, dates)
        if event is not None:
            found.append(event)
        remembered = len(reader.recent)
        for token in sent:  # names in subject position, for later pronouns
            if token.dep_ in SUBJECTS:
                phrase = [t for t in token.subtree if sent.start <= t.i < sent.end]
                names = [  # not « la société d'État »: no name of the State
                    m
                    for m in reader.entities_in(phrase)
                    if not reader.locative(m) and not reader.qualifier(m)
                ]
                names = names or reader.described_subject(token, sent)
                reader.recent += [(sent.start, m) for m in names[:1]]
                if len({m.canonical for m in names}) >= 2:
                    reader.groups.append((sent.start, names))
        opening = [  # « Le groupe X accélère… » parsed with no subject: its opening name
            m
            for m in reader.entities_in(sent[:4])
            if (
                m.token_start > sent.start
                or _named_root(reader.doc[m.token_start : m.token_end], sent)
            )
            and all(
                t.pos_ == "DET" or fold(t.text) in lex["org_heads"]
                for t in reader.doc[sent.start : m.token_start]
            )
        ]
        if len(reader.recent) == remembered and opening:
            reader.recent.append((sent.start, opening[0]))
    for item in found:
        if item.amount is not None:
            item.components = [
                i for i, (role, ref) in roles.items() if role == "component" and ref == item.amount
            ]
    _subscribers_join_their_round(found)
    merged = merge(found)
    drop_foreign_partners(merged)
    return merged


def _like_the_item_before(
    reader: Reader, sent: Span, span: Span, found: list[Found]
) -> Trigger | None:
    """« 1. X (batteries, Grenoble) : 210 M€ levés en série C » then « 2. Y (biotech, Lyon) :
    145 M€ »: an item's label and its bare sum, right after the colon, pledge what the item
    before it, told the same way, pledged."""
    token = _sum_after_label(reader, sent, span)
    if token is None or not found:
        return None
    number = reader.sentence_at[sent.start] - 1
    while number >= 0 and is_line_prefix(reader.sentences[number]):
        number -= 1  # « 2. »: the item's number
    before = reader.sentences[number] if number >= 0 else None
    if before is None:
        return None
    for item in (f for f in found if f.start == before.start_char and f.amount is not None):
        pledge = reader.doc.char_span(item.at, item.at + 1, alignment_mode="expand")
        label = reader.item_label(pledge[0], before) if pledge is not None else []
        if label and item.actors[:1] == [(label[0].canonical, label[0].label)]:
            return Trigger(token, 1, item.type, "noun")  # the label's own money, not a part's
    return None


def _raised_by_the_label(reader: Reader, sent: Span, span: Span) -> Trigger | None:
    """« Vostrac (Paris, logiciel RH) : 15 M$ auprès de l'américain X »: an item's bare sum
    right after its label's colon, raised from the investors named after it."""
    token = _sum_after_label(reader, sent, span)
    if token is None or span.end >= sent.end:
        return None
    if not starts_with(reader.doc, span.end, reader.lex["raised_from_cues"], sent.end):
        return None
    return Trigger(token, 1, "fundraising", "noun")


def _sum_after_label(reader: Reader, sent: Span, span: Span) -> Token | None:
    """The sum's first token when it comes right after a digest item's label and colon."""
    colon = next((t.i for t in sent if t.text == ":"), None)
    if colon is None or span.start != colon + 1:
        return None
    token = reader.doc[span.start]
    return token if reader.item_label(token, sent) else None


def _subscribers_join_their_round(found: list[Found]) -> None:
    """« une série B de 27 M€ menée par X, dont 8 M€ apportés par Y »: Y, who pledges a part
    of a round or a fund, is also one of its investors."""
    by_amount = {f.amount: f for f in found if f.amount is not None}
    for whole in found:
        if whole.type != "fundraising":
            continue
        for part in whole.components:
            share = by_amount.get(part)
            if share is None or share.type != "investment":
                continue
            whole.partners += [a for a in share.actors if a not in whole.partners + whole.actors]


def _after_pour(span: Span) -> bool:
    """« pour 2 Md€ », « pour un prix de 85 M€ », « pour un montant total de 2 Md€ »."""
    doc = span.doc
    for i in range(span.start - 1, max(-1, span.start - PRICE_REACH), -1):
        if fold(doc[i].text) == "pour":
            return True
        if doc[i].pos_ not in ("DET", "NOUN", "ADJ", "ADP"):
            return False
    return False


def _respectively(reader: Reader, sent: Span, items: list[Found]) -> None:
    """« A et B se sont engagés à souscrire respectivement 25 M€ et 20 M€ »: the n parties
    of each pledge take the n sums in order, one each."""
    if "respectivement" in reader.folded_sentence(sent).split():
        _one_each(items, "actors")


def _bracketed_shares(reader: Reader, items: list[Found]) -> None:
    """« financé par la Métropole X (40 M€), la Région Y (15 M€) et le club Z (30 M€) »: the
    sums of one trigger, each in brackets right after a name, are each that name's share."""
    doc, groups = reader.doc, {}
    for item in items:
        if item.amount is not None:
            groups.setdefault((item.trigger, item.at), []).append(item)
    for shared in groups.values():
        owners = [_name_before_bracket(reader, doc._.amounts[item.amount].start) for item in shared]
        if len(shared) < 2 or None in owners or len({m.canonical for m in owners}) < len(owners):
            continue
        for item, owner in zip(shared, owners, strict=True):
            item.actors = [(owner.canonical, owner.label)]


def _name_before_bracket(reader: Reader, start: int) -> EntityMention | None:
    """The name right before the bracket a sum opens: « X (40 M€) »."""
    text = doc_text(reader.doc)
    bracket = len(text[:start].rstrip()) - 1
    if bracket < 1 or text[bracket] != "(":
        return None
    end = len(text[:bracket].rstrip())
    before = reader.doc.char_span(end - 1, end, alignment_mode="expand")
    named = reader.entity_at.get(before.start) if before is not None else None
    if named is None or named.end != end or reader.is_place_mention(named):
        return None
    return named


def _one_party_per_sum(items: list[Found]) -> None:
    """« attribue le lot 1 à X pour 1,1 M€ et le lot 2 à Y pour 287 900 € »: the sums of one
    trigger that share as many partners as there are sums take them in order, one each."""
    _one_each(items, "partners", lambda item: (item.trigger, item.at))


def _one_each(items: list[Found], field: str, key=lambda item: ()) -> None:
    """Pledges (grouped by ``key``) that share the same n parties in ``field``, n sums
    between them: the parties take the sums in the order of the text, one each."""
    groups: dict[tuple, list[Found]] = {}
    for item in items:
        parties = getattr(item, field)
        if len(parties) >= 2 and item.amount is not None:
            groups.setdefault((key(item), tuple(parties)), []).append(item)
    for (_, parties), shared in groups.items():
        if len(shared) == len(parties):
            for party, item in zip(parties, sorted(shared, key=lambda f: f.amount), strict=True):
                setattr(item, field, [party])


def _launches_a_fund(reader: Reader, sent: Span, item: Found) -> bool:
    """« X lance Y, un fonds de 200 M€ », « lancera le Fonds Z, doté de 500 M€ »: a fund is
    no product; its launch is the money put in it, told by the sentence's other pledge."""
    if item.type != "launch" or item.object is None:
        return False
    name = fold(item.object[0])
    fund_nouns = reader.lex["fund_nouns"]
    if name.split()[0] in fund_nouns:
        return True
    folded = fold(sent.text)
    at = folded.find(name)
    if at < 0:
        return False
    after = re.findall(r"\w+", folded[at + len(name) :])[:3]  # « , un fonds de »
    return any(w in fund_nouns or w.startswith("dote") for w in after)


def _each(reader: Reader, sent: Span, items: list[Found]) -> list[Found]:
    """« A et B y apporteront chacune 300 M€ »: each party pledges the sum, one announcement
    each."""
    if not {"chacun", "chacune"} & set(reader.folded_sentence(sent).split()):
        return items
    split: list[Found] = []
    for item in items:
        if len(item.actors) >= 2 and item.amount is not None:
            split += [replace(item, actors=[actor]) for actor in item.actors]
        else:
            split.append(item)
    return split


def _price_of_a_deal(reader: Reader, span: Span, triggers: list[Trigger]) -> Trigger | None:
    """An amount after « pour » that nothing governs is the price of the acquisition told
    earlier in the sentence, past a relative clause the parser hung it on; so is the amount
    a relative clause on the bid or the bidder offers (« l'offre de X, qui proposait 650 M$ »)."""
    verb = span.root.head
    offered = (
        span.root.dep_ == "obj"
        and verb.dep_ == "acl:relcl"
        and fold(reader.lemma(verb)) in reader.lex["offer_verbs"]
    )
    if not offered and not _after_pour(span):
        return None
    deals = [t for t in triggers if t.type == "acquisition" and t.token.i < span.start]
    return deals[-1] if deals else None


def _after_definite(reader: Reader, mention) -> bool:
    """« les 200 milliards », « ces 8 milliards »: a figure the reader is assumed to know."""
    span = reader.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return (
        span is not None
        and span.start > 0
        and fold(reader.doc[span.start - 1].text) in reader.lex["reference_determiners"]
    )


def _fund_of_a_closing(trigger: Trigger, triggers: list[Trigger], lex: dict) -> Trigger:
    """« le premier closing de X III, son troisième fonds…, à 320 M€ »: the fund whose closing
    is announced holds money raised, not invested."""
    if trigger.type != "investment" or fold(trigger.token.text) not in lex["fund_nouns"]:
        return trigger
    doc = trigger.token.doc
    closing = next(
        (
            t
            for t in triggers
            if fold(t.token.text) in lex["fund_closing_nouns"]
            and t.token.i < trigger.token.i
            and not any(w.pos_ in ("VERB", "AUX") for w in doc[t.token.i : trigger.token.i])
        ),
        None,
    )
    return closing or trigger


def _undisclosed_pledge(reader: Reader, sent: Span, triggers: list[Trigger]) -> Trigger | None:
    """« La start-up ouvrira une usine à Lyon, sans dévoiler de montant »: a clause said to
    cost an undisclosed sum is an investment, by the verb that opens it — or the deal its
    object names (« a finalisé le rachat de X, pour un montant non divulgué »)."""
    words = f" {folded_text(sent)} "
    if not any(f" {cue} " in words for cue in reader.lex["undisclosed_amount_cues"]):
        return None
    verbs = [sent.root] if sent.root.pos_ == "VERB" else [t for t in sent if t.pos_ == "VERB"]
    if not verbs or fold(reader.lemma(verbs[0])) in reader.lex["non_pledge_verbs"]:
        return None
    deal = next(
        (
            t.type
            for t in triggers
            if t.kind == "noun"
            and t.token.head.i == verbs[0].i
            and t.token.dep_ == "obj"
            and t.type in ("acquisition", "fundraising", "partnership")
        ),
        "investment",
    )
    return Trigger(verbs[0], 1, deal, "verb")


def _under_cut(reader: Reader, span: Span) -> bool:
    """« raboter le crédit de 400 millions », « le marché atteindra 1 000 Md€ »: money under a
    verb that pledges nothing — unless the subject is the project itself (« l'investissement
    atteindra 1,2 Md€ »)."""
    head = clause_head(span.root)
    subject = next((c for c in head.children if c.dep_ in SUBJECTS), None)
    if subject is not None and reader.stands_for_a_project(subject):
        return False
    current = span.root
    for _ in range(8):
        refused = fold(reader.lemma.verb(current)) in reader.lex["non_pledge_verbs"]
        if refused and not _adjectival_participle(current):  # not « l'offre non sollicitée »
            return True
        if current.i == head.i or current.head.i == current.i:
            return False
        current = current.head
    return False


def _running_total(mention, doc: Doc, lex) -> bool:
    """« 4,5 M€ de subventions publiques depuis notre création »: a total since the founding,
    told in the amount's clause, sums the past; it pledges nothing."""
    text = doc_text(doc)
    clause = re.split(r"[,;.:!?()«»]", text[mention.end : mention.end + 80], maxsplit=1)[0]
    clause = fold(clause)
    return any(cue in clause for cue in lex["cumulative_cues"])


def _a_price(mention, doc: Doc, lex) -> bool:
    """« a bondi de 7 % à 43,10 euros »: a sum this small is a share or retail price, never a
    pledge; « un euro symbolique » is the nominal price of a takeover."""
    size = mention.value if mention.value is not None else mention.max
    small = size is not None and size < lex["smallest_pledge"]
    return small and not symbolic_price(doc_text(doc), mention.start, mention.end)


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


def _launched_name(reader: Reader, trigger: Trigger, sent: Span) -> EntityMention | None:
    """What a launch verb (« lance », « dévoile ») puts out, when it is named: a quoted name
    or a name in its object, not the launcher itself."""
    if fold(reader.lemma(trigger.token)) not in reader.lex["launch_light_verbs"]:
        return None
    objects = [c for c in trigger.token.children if c.dep_ == "obj"]
    if any(fold(o.text) in reader.lex["ending_nouns"] for o in objects):
        return None  # « annonçait la fermeture « au plus tard… » de son usine »: an end
    quoted = quoted_name(reader.doc, trigger.token, sent)
    if quoted is not None:
        return quoted
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


def _puts_out_a_product(reader: Reader, verb: Token, triggers: list[Trigger]) -> bool:
    """« L'opérateur lancera en janvier un nouveau service de fret », « a lancé lundi une
    version cargo de son avion »: a launch verb whose object, the first noun after it past
    its dates, is a product, named or not."""
    lex, doc = reader.lex, reader.doc
    if fold(reader.lemma(verb)) not in lex["product_launch_verbs"]:
        return False
    patients = [c for c in verb.children if c.dep_ == "nsubj:pass"]
    if patients:  # « Baptisée « Ossaya », cette gamme sera lancée en novembre »
        return fold(patients[0].text) in lex["product_nouns"]
    dated = [(d.start, d.end) for d in doc._.dates or []]
    i = verb.i + 1
    while i < min(len(doc), verb.i + 9):
        token = doc[i]
        if not any(start <= token.idx < end for start, end in dated):
            if token.pos_ == "NOUN":
                break
            if token.pos_ not in ("DET", "ADV", "ADJ"):  # « aussi », « une nouvelle »
                return False
        i += 1
    else:
        return False
    product = doc[i]
    return fold(product.text) in lex["product_nouns"] and not any(
        o.token.head.i == product.i for o in triggers
    )


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


def _recalled_round(trigger: Trigger) -> bool:
    """« depuis notre amorçage de 2,5 M€ en 2023 »: an own past raise told as a landmark."""
    token = trigger.token
    owned = any(c.dep_ == "det" and fold(c.text) in POSSESSIVES for c in token.children)
    since = token.i >= 2 and fold(token.doc[token.i - 2].text) == "depuis"
    return trigger.type == "fundraising" and owned and since


def _undetermined(trigger: Trigger, lex: dict) -> bool:
    """« un carnet de commandes », « reste aux commandes »: a noun that needs its own
    determiner to be news, used as a complement or in an idiom."""
    token = trigger.token
    word = fold(token.text)
    if trigger.kind != "noun" or (
        word not in lex["determined_nouns"] and word[:-1] not in lex["determined_nouns"]
    ):
        return False
    return token.i > 0 and fold(token.doc[token.i - 1].text) in ("de", "d'", "aux", "du")


def _new_round(reader: Reader, trigger: Trigger) -> bool:
    """« a réalisé un premier tour de table d'un montant non dévoilé »: a raise brought in as
    new, the object of a verb; « a bouclé sa série A »: its own round, closed now."""
    token = trigger.token
    # « depuis son introduction en Bourse » recalls, whatever other determiner the parser hung
    determiners = {fold(c.text) for c in token.children if c.dep_ == "det"}
    owned = determiners & POSSESSIVES
    opened = fold(reader.lemma(token.head)) in reader.lex["round_opening_words"]
    since = any(c.dep_ == "case" and fold(c.text) == "depuis" for c in token.children)
    if owned and opened and token.dep_ in ("obj", "nmod") and not since:
        return True  # « lance son introduction en Bourse », « le lancement de son IPO »
    if token.dep_ == "obj" and owned:
        return fold(reader.lemma(token.head)) in reader.lex["fund_closing_verbs"]
    return token.dep_ == "obj" and bool(determiners & {"un", "une"})


def _says_after_a_comma(verb: Token) -> bool:
    """« X investira 1 Md€, a annoncé hier son président »: a light verb closing the sentence
    after a comma, its subject after it or nowhere, reports what was said before; not « X, qui
    revendique…, lancera en février une carte », whose indefinite noun is an object."""
    doc = verb.doc
    j = verb.i - 1
    while j >= 0 and doc[j].pos_ == "AUX":
        j -= 1
    before = any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i for c in verb.children)
    told = any(  # an indefinite noun the parser took for an inverted subject: an object
        c.i > verb.i and any(fold(d.text) in ("un", "une", "des") for d in c.children)
        for c in verb.children
    )
    return j >= 0 and doc[j].text == "," and not before and not told


def _describes_known_money(verb: Trigger, lex: dict) -> bool:
    """« les fonds levés », « les sommes investies »: a participle describing a definite noun
    recalls money, it pledges none."""
    token = verb.token
    if token.dep_ not in ("acl", "amod") or token.head.i > token.i:
        return False
    return any(
        c.dep_ == "det" and fold(c.text) in lex["reference_determiners"]
        for c in token.head.children
    )


def _raises_money(reader: Reader, verb: Trigger) -> bool:
    """Without an amount, « lever » pledges only money: « lever des fonds », not « les doutes »."""
    objects = [c for c in verb.token.children if c.dep_ == "obj"]
    return not objects or any(fold(o.text) in reader.lex["raise_objects"] for o in objects)


def _cited_as_source(trigger: Trigger) -> bool:
    """« dans un communiqué commun », « selon un accord »: a document the news is taken from."""
    return any(
        c.dep_ == "case" and fold(c.text) in ("dans", "selon", "d'après")
        for c in trigger.token.children
    )


def _frames_a_verb(noun: Trigger, triggers: list[Trigger], lex: dict) -> bool:
    """A known agreement after « au titre de », « dans le cadre de » is the frame of the
    pledge a verb of the sentence makes, not news of its own; « dans le cadre d'un accord
    avec X » tells a new one."""
    doc = noun.token.doc
    if fold(doc[noun.token.i - 1].text) in ("un", "une"):
        return False
    i = noun.token.i - (doc[noun.token.i - 1].pos_ == "DET")
    before = folded_text(doc[max(0, i - 4) : i])
    framed = any(before.endswith(cue) for cue in lex["frame_cues"])
    return framed and any(o.kind == "verb" and o.token.i < noun.token.i for o in triggers)


def _concludes_other(verb: Trigger, triggers: list[Trigger]) -> bool:
    return any(
        o.kind == "noun" and o.type != "partnership" and o.token.head.i == verb.token.i
        for o in triggers
    )


def _agreement_to_buy(agreement: Trigger, triggers: list[Trigger]) -> bool:
    """« un accord en vue d'acquérir X », « un accord pour prendre le contrôle de X »: the
    agreement is how the acquisition is made, not a partnership."""
    inside = {t.i for t in agreement.token.subtree}
    return any(
        o.type == "acquisition"
        and o.kind == "verb"
        and (
            o.token.i in inside
            or o.token.head.i in (agreement.token.head.i, *_en_vue(agreement.token.head))
            and purpose_clause(o.token)
        )
        for o in triggers
    )


def _shown_at_a_gathering(reader: Reader, verb: Token) -> bool:
    """« Il présentera son plan lors de sa journée investisseurs », « nous y présenterons X »:
    a showing verb whose complement is a gathering (or « y », the one just told) tells where
    something will be shown, not a launch."""
    if fold(reader.lemma(verb)) not in reader.lex["showing_verbs"]:
        return False
    for child in verb.children:
        if fold(child.text) in ("y", "lors"):  # « lors de », however the parser hung it
            return True
        if child.dep_.startswith("obl") and (
            is_event_word(fold(child.text), reader.lex)
            or any(fold(c.text) == "lors" for c in child.children)
        ):
            return True
    return False


def _describes_a_party(noun: Token) -> bool:
    """« X, coentreprise de A et B, prévoit… », « qui détiendra 49 % de la coentreprise »: a
    deal noun set beside the subject, or owned in shares, tells what a party is, not a new
    deal."""
    if noun.dep_ == "appos":  # of the subject: not « la création de Y, une coentreprise »
        return noun.head.dep_ in SUBJECTS and noun.i > noun.head.i
    return noun.dep_ == "nmod" and noun.head.text == "%"


def _en_vue(verb: Token) -> list[int]:
    """« a signé un accord en vue d'acquérir X »: the « vue » the purpose hangs on."""
    return [c.i for c in verb.children if fold(c.text) == "vue" and c.dep_.startswith("obl")]


def _agreements_carrying(pledge: Trigger, triggers: list[Trigger]) -> list[Trigger]:
    """« un accord avec A et B pour co-investir 600 M€ », « un accord pour créer un fonds
    commun de 120 M€ »: the agreement is how the pledge is made, not a second announcement."""
    carrier = (
        pledge.token if pledge.kind == "verb" else pledge.token.head
    )  # « pour créer un fonds »
    if pledge.type == "partnership" or not purpose_clause(carrier):
        return []
    return [
        t
        for t in triggers
        if t.kind == "noun" and t.type == "partnership" and t.token.i < pledge.token.i
    ]


def _named_root(name: Span, sent: Span) -> bool:
    """« Banque X, qui conserve…, muscle son offre. »: a sentence the parser rooted on the
    proper name it opens with (its verb read as a noun) still has that name for subject;
    not a headline's phrase the tagger took for one (« Fin de partie pour X. »)."""
    return (
        name[0].dep_ == "ROOT"
        and sent[-1].text in (".", "!")
        and any(t.pos_ == "PROPN" for t in name)
        and all(t.text[:1].isupper() for t in name)
    )
