"""One announcement per commitment: readings of the same pledge, by two triggers or over two
sentences, collapse into one."""

from __future__ import annotations

from ..entities import fold
from .lexicon import Found, lexicon

SPECIFIC = ("initiative", "partnership", "acquisition", "fundraising")
NEAR_CHARS = 400  # about two sentences of news prose


def _money_of_the_deal(deal: Found, money: Found) -> bool:
    """« un accord …, assorti d'un budget commun de 12 milliards », « X lancent l'alliance Y.
    Ses membres mettront en commun 60 M€ »: the money of a deal told beside it (in the next
    sentence only for a coalition; money told after a takeover is a pledge of its own). Money
    told before the deal's word (« un programme de rachat d'actions de 150 M€ et un
    partenariat avec Y ») is a pledge of its own, and so is money pledged by a verb of its own
    beside a partnership (« …ont conclu un partenariat, et Y prévoit d'investir 2 Md$ »); a
    coalition's members pledge its money (« … lancent l'alliance Y et y apporteront 20 M$ »)."""
    next_sentence = 0 <= money.start - deal.end < 3
    told_as_a_noun = (
        deal.type == "initiative" or fold(money.trigger.split()[0]) in lexicon()["nouns"]
    )
    return (
        deal.type in ("initiative", "partnership")
        and money.type == "investment"
        and told_as_a_noun
        and deal.amount is None
        and money.amount is not None
        and (deal.start == money.start or next_sentence and deal.type == "initiative")
        and not (deal.start == money.start and 0 <= money.at < deal.at)
    )


def _other_counterparts(a: Found, b: Found) -> bool:
    """Two deals with different named counterparts (« avec Y », « avec Z ») are two deals."""

    def parties(f: Found) -> set[str]:
        return {fold(p) for p, _ in f.partners} | {fold(x) for x, _ in f.actors}

    def apart(one: Found, other: Found) -> bool:
        theirs = {fold(p) for p, _ in one.partners}
        return bool(theirs) and len(parties(other)) >= 2 and not theirs & parties(other)

    return apart(a, b) or apart(b, a)


def _near(earlier: Found, later: Found) -> bool:
    """Close enough for the later sentence to go on telling the earlier pledge."""
    return later.start - earlier.end <= NEAR_CHARS


def merge(found: list[Found]) -> list[Found]:
    """One announcement per commitment: two triggers of one pledge, or a pledge told over two
    sentences (« … le lancement de X. Soutenue par A et B, cette alliance… »), collapse into
    one, the later reading filling what the first left empty. Two dates make two pledges (a
    forum's next edition is not the one that just ended)."""
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
                and not (k.date and item.date and k.date != item.date)
                and not _other_counterparts(k, item)
                and (
                    k.type == item.type
                    and (
                        k.amount == item.amount
                        or item.amount is None
                        and _near(k, item)
                        or k.amount is None  # « X a relevé son offre sur Y. Sa première
                        and k.type in SPECIFIC  # offre, de 2 Md€, … »
                        and _near(k, item)
                    )
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


def drop_foreign_partners(found: list[Found]) -> None:
    """A name that is the actor of another announcement of the same sentence is no partner
    (founders of an initiative, and subscribers of a part, excepted)."""
    for f in found:
        if f.type == "initiative":
            continue
        others = {  # the subscriber of a part of f (« dont 8 M€ apportés par Y ») stays
            n
            for o in found
            if o is not f and o.start == f.start and o.amount not in f.components
            for n, _ in o.actors
        }
        f.partners = [p for p in f.partners if p[0] not in others]
