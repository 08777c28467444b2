"""Entity recogniser: spaCy's NER, corrected by general patterns, with article-wide names.

``fr_core_news_md`` finds most names but often mislabels them (a fund as a place, a company as
a person) and keeps the article (« la France »). The corrections use only general cues kept in
``models/``: the common noun that introduces an organisation (« le fonds X », « la start-up
X »), legal suffixes, titles before a person, and a gazetteer of places. Within an article,
every mention points to the most complete name it is part of (« Nexora » -> « Nexora Labs »)
or to the one it misspells (« Nexroa » -> « Nexora »).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from .assets import load_json
from .sentences import BULLETS, DASHES, doc_text, is_heading_line, line_prefix_end, line_start

NAME_LABELS = ("ORG", "PER", "LOC", "MISC")


@dataclass(frozen=True, slots=True)
class EntityMention:
    start: int  # character offsets
    end: int
    text: str
    label: str
    canonical: str
    token_start: int
    token_end: int


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Case- and accent-insensitive key of a name (cached: the same words recur all along)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


@cache
def _lexicon() -> dict:
    data = load_json("entities.json")
    places = load_json("places.json")
    return {
        "org_heads": {fold(w) for w in data["org_heads"]},
        "page_owner_cues": sorted(  # as folded words, the longest first
            (tuple(fold(c).replace("'", "' ").split()) for c in data["page_owner_cues"]),
            key=len,
            reverse=True,
        ),
        "generic_org_heads": {fold(w) for w in data["generic_org_heads"]},
        "release_cues": [fold(w) for w in data["release_cues"]],
        "letter_nouns": {fold(w) for w in data["letter_nouns"]},
        "institutions": {fold(w) for w in data["institution_heads"]},
        "portfolios": {fold(w) for w in data["portfolio_heads"]},
        "charges": set(data["charge_words"]),  # as written: « à la charge de X » is no charge
        "portfolio_starts": {  # their first word as written and folded, checked on every token
            form
            for w in data["portfolio_heads"]
            for form in (w.split()[0].lower(), fold(w.split()[0]))
        },
        "authorities": {fold(w) for w in data["authority_heads"]},
        "authority_starts": {  # their first word as written, institutions' too
            form
            for w in data["authority_heads"] + data["institution_heads"]
            for form in (w.split()[0].lower(), w.split()[0].capitalize())
        }
        | {w.capitalize() for w in data["collectivity_heads"]},
        "collectivities": {w.capitalize() for w in data["collectivity_heads"]},
        "territories": {fold(w) for w in data["territory_heads"]},
        "town_small_words": {fold(w) for w in places["town_linkers"]}
        | {fold(w) for w in data["determiners"]},
        "collectivity_councils": {
            fold(k): fold(v) for k, v in data["collectivity_councils"].items()
        },
        "place_words": {fold(w) for w in data["location_prepositions"]},
        "town_offices": {tuple(fold(w).split()) for w in data["town_offices"]},
        "recipient_heads": {fold(w) for w in data["recipient_heads"]},
        "org_head_words": max(len(w.split()) for w in data["org_heads"]),
        "titles": {fold(w) for w in data["person_titles"]},
        "bodies": {fold(w) for w in data["governing_bodies"]},
        "suffixes": set(data["legal_suffixes"]),
        "determiners": {fold(w) for w in data["determiners"]},
        "not_names": {fold(w) for w in data["not_names"]},
        "financing_labels": {fold(w) for w in data["financing_labels"]},
        "months": {fold(w) for w in load_json("dates.json")["months"]},
        "places": {fold(p) for key in ("countries", "regions", "cities") for p in places[key]},
        "regions": {fold(p) for p in places["regions"]},
        "states": {fold(p) for key in ("countries", "regions") for p in places[key]},
        "place_prefixes": tuple(fold(p) for p in places["place_prefixes"]),
        "town_shape": re.compile(  # « Villeneuve-lès-Avignon », « Bar-sur-Aube »: a town
            rf"(?:L[ae] )?[A-ZÉÈ][\w'’]*(?:-[\w'’]+)*-(?:{'|'.join(places['town_linkers'])})"
            r"-[A-ZÉÈ][\w'’]*(?:-[\w'’]+)*$"
        ),
        "sites": {fold(w) for w in load_json("triggers.json")["facility_nouns"]},
        "demonyms": {fold(w): country for w, country in places["demonyms"].items()},
        "place_words_in_names": {
            w
            for key in ("countries", "regions", "cities")
            for p in places[key]
            for w in fold(p).replace("-", " ").split()
            if len(w) > 3
        },
    }


def is_place(name: str) -> bool:
    lex = _lexicon()
    return (
        fold(name) in lex["places"] or is_place_adverb(name) or bool(lex["town_shape"].match(name))
    )


@cache
def _towns() -> frozenset[str]:
    """Towns of at least 5,000 people where French news is written (``models/towns.json``,
    GeoNames), folded: a name the NER reads as a place and that is one of them stays a place."""
    return frozenset(fold(t) for t in load_json("towns.json")["towns"])


def is_known_town(name: str) -> bool:
    return fold(name) in _towns()


def is_state(name: str) -> bool:
    """A country or a region of the gazetteer: a place with a government of its own."""
    return fold(name) in _lexicon()["states"]


def is_place_adverb(name: str) -> bool:
    """« Outre-Rhin », « Outre-Atlantique »: a place said as where, never a party."""
    return fold(name).startswith(_lexicon()["place_prefixes"])


def is_demonym(word: str) -> bool:
    """« allemand », « suédoises »: a nationality, used as the head of « l'allemand X »."""
    return demonym_country(word) is not None


def demonym_country(word: str) -> str | None:
    """« nippone », « japonais » -> « Japon »: the country a nationality adjective names."""
    word = fold(word)
    demonyms = _lexicon()["demonyms"]
    return demonyms.get(word) or (demonyms.get(word[:-1]) if word.endswith("s") else None)


def part_of_place(name: str) -> bool:
    """« États » of « États-Unis »: a word the NER cut out of a place's name."""
    return fold(name) in _lexicon()["place_words_in_names"]


TIME_OF_DAY = re.compile(r"\d{1,2}[:h]\d{2}")


NOTE_CALL = re.compile(r"\[\d{1,3}\]")  # an encyclopedia's note call, « [3] »


def page_owner_cue(doc: Doc, i: int) -> int:
    """How many tokens of a page-owner cue (« Blog X › », « Le blog de X ») open the line at
    token ``i``: the page is X's, and the cue is no part of X's name."""
    if i > 0 and "\n" not in doc[i - 1].text_with_ws:
        return 0
    for cue in _lexicon()["page_owner_cues"]:
        if i + len(cue) < len(doc) and tuple(fold(t.text) for t in doc[i : i + len(cue)]) == cue:
            return len(cue)
    return 0


def released_by(doc: Doc) -> tuple[int, int] | None:
    """« Banque X | Rapport annuel 2025 », « Groupe Y | Salle de presse › Communiqués »: the
    token range of the name that opens a release's or a report's first line, before « | »,
    when its first lines say it is one (release_cues); None for a news page."""
    text = doc.text
    first_lines = text.lstrip()[:400].split("\n")[:4]
    if " | " not in first_lines[0]:
        return _named_by_a_release_line(doc, first_lines) or _letter_header(doc, first_lines)
    if not _says_a_release(" ".join(first_lines)):
        return None
    start = len(text) - len(text.lstrip())
    end = start + first_lines[0].index(" | ")
    span = doc.char_span(start, end, alignment_mode="expand")
    return (span.start, span.end) if span is not None else None


def _says_a_release(words: str) -> bool:
    """The words say the page is an organisation's release, report or letter (release_cues)."""
    said = fold(words)
    return any(re.search(rf"\b{re.escape(cue)}\b", said) for cue in _lexicon()["release_cues"])


def _letter_header(doc: Doc, first_lines: list[str]) -> tuple[int, int] | None:
    """« Vostrac Angels · Lettre réservée aux membres · n° 74 »: a header line that names the
    sender before a separator and says, after it, that the page is its letter (it opens on a
    letter noun) or its release."""
    letters = _lexicon()["letter_nouns"]
    start = len(doc.text) - len(doc.text.lstrip())
    for line in first_lines:
        parts = HEADER_SEPARATOR.split(line, maxsplit=1)
        rest = fold(parts[-1]).split()
        lettered = bool(rest) and rest[0] in letters
        if len(parts) == 2 and (lettered or _says_a_release(parts[-1])):
            span = doc.char_span(start, start + len(parts[0].rstrip()), alignment_mode="expand")
            return (span.start, span.end) if span is not None else None
        start += len(line) + 1
    return None


HEADER_SEPARATOR = re.compile(r" [·|–—-] ")  # « X · Lettre… », « Ministère X – Cabinet… »


def _named_by_a_release_line(doc: Doc, first_lines: list[str]) -> tuple[int, int] | None:
    """« Communiqué de presse » alone on a line, the issuer's name on the line next to it
    (« Ministère X – Cabinet du ministre »): the token range of that name."""
    cues = set(_lexicon()["release_cues"])
    said = [fold(line.strip()) for line in first_lines]
    cue = next((k for k, line in enumerate(said) if line in cues), None)
    if cue is None:
        return None
    text = doc.text
    starts = [len(text) - len(text.lstrip())]
    for line in first_lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    for k in (cue + 1, cue - 1):
        if not 0 <= k < len(first_lines) or not first_lines[k].strip():
            continue
        if any(c.isdigit() for c in first_lines[k]):  # « Rabat, le 3 mars 2026 »: a dateline
            continue
        name = HEADER_SEPARATOR.split(first_lines[k], maxsplit=1)[0].rstrip()
        start = starts[k] + len(name) - len(name.lstrip())
        span = doc.char_span(start, starts[k] + len(name), alignment_mode="expand")
        if span is not None:
            return span.start, span.end
    return None


def _trim(span: Span) -> Span | None:
    """The name without leading articles and titles, or trailing punctuation."""
    lex = _lexicon()
    start, end = span.start, span.end
    cue = page_owner_cue(span.doc, start)  # « Blog Vostrac › Actualités »
    start += cue if cue < end - start else 0
    while start < end and (
        fold(span.doc[start].text) in lex["determiners"]
        or span.doc[start].is_punct
        or TIME_OF_DAY.fullmatch(span.doc[start].text)  # « 17:55 - Fin de la J1 », a live blog
        or span.doc[start].pos_ == "ADP"  # « par la Banque X »: the NER took the preposition
        and not _hyphenated_name(span.doc[start])  # (not « Beau-Vallon », a name mis-tagged)
    ):
        start += 1
    if start + 1 < end and _trade_acronym(span.doc, start):
        start += 1  # « le groupe de BTP Quarzemia »: the trade is no part of the name
    # « Janvier 2022 – Acquisition de… »: a timeline's date and dash are no part of a name, nor
    # is the common noun after them
    dated = [d for d in span.doc._.dates or () if d.start <= span.doc[start].idx < d.end]
    while (
        dated
        and start < end
        and (span.doc[start].idx < dated[0].end or span.doc[start].text in DASHES)
    ):
        start += 1
    single = end - start == 1
    if single and _after_a_timeline_date(span.doc, start) and _common_word(span.doc[start]):
        return None
    # « MISE À JOUR Quarzemia »: an alert's label is no part of the name after it (a speaker's
    # name alone on its label keeps its own)
    opening = line_prefix_end(span.doc, span.start_char)
    while start < end and span.doc[start].idx < opening < span.end_char:
        start += 1
    if start < end and span.doc[start].is_sent_start:
        if fold(span.doc[start:end].text) in lex["financing_labels"]:
            return None  # a financing plan's label alone
        start += _financing_label(span.doc, start, end)  # « Contribution de l'Union … : »
    if start + 1 < end and _opening_participle(span.doc[start]):
        start += 1  # « Baptisée « Ossaya » »: the participle opening the sentence is no name
        while start < end and span.doc[start].is_punct:
            start += 1
    money = [a.start for a in span.doc._.amounts or [] if span.start_char < a.start < span.end_char]
    if money:  # « Semlio 12 M€ »: the NER ran the name into the amount after it
        end = min(end, span.doc.char_span(money[0], money[0] + 1, alignment_mode="expand").start)
    article = next(  # « la Banque X un prêt de… »: the NER ran past the name into the next
        (i for i in range(start + 1, end) if span.doc[i].text in ("un", "une")), None
    )  # phrase
    end = article if article is not None else end
    verbs = next(
        (i for i in range(start + 1, end) if _verb_complement(span.doc, i, start, end)), None
    )
    end = verbs if verbs is not None else end
    bar = next((i for i in range(start, end) if _separator(span.doc, i)), None)
    if bar is not None:
        end = bar  # « Lumera | Vie de l'entreprise »: a page's section, not the name
    colon = next((i for i in range(start, end) if span.doc[i].text == ":"), None)
    if colon is not None:  # « Stratégie : l'Initiateur », « Golfe : Khalifa Port »: a rubric
        after = colon + 1  # then the name; « Cap PME : nous » is the name before a colon
        while after < end and fold(span.doc[after].text) in lex["determiners"]:
            after += 1
        if after < end and span.doc[after].text[:1].isupper():
            start = after
        else:
            end = colon
    clause = next((i for i in range(start + 1, end) if _opens_a_clause(span.doc[i])), None)
    if clause is not None:  # « la Banque X nous prêtera 90 M€ »: the NER ran on into the
        end = clause  # clause after the name
    while end > start and (
        span.doc[end - 1].is_punct
        or span.doc[end - 1].is_space
        or NOTE_CALL.fullmatch(span.doc[end - 1].text)  # « Quarzemia Capital[3] »
        or span.doc[end - 1].text.islower()  # « par Ternalix pour 80 M€ »: the NER ran on
        and span.doc[end - 1].pos_ in ("ADP", "CCONJ", "DET")  # into a preposition
    ):
        end -= 1
    end = _complete(span.doc, start, end)
    year = end - start > 2 and re.fullmatch(r"(1[89]|20)\d\d", span.doc[end - 1].text)
    if year and fold(span.doc[end - 2].text) in ("de", "d'", "en"):
        end -= 2  # « l'introduction en Bourse de 1999 »: a date, no part of the name
    label = span.label
    if start >= end:
        return None  # nothing left: the tagger read every word as an article or preposition
    after_title = _after_job_title(span.doc, start, end)
    if after_title is not None:  # « Directrice générale de Talvexa »: the organisation
        start, label = after_title, span.doc.vocab.strings["ORG"]
    if start >= end:
        return None
    trimmed = span.doc[start:end]
    small = not trimmed.text[:1].isupper() and not trimmed.text[:1].isdigit()
    if small and not _collectivity_written_small(trimmed):
        return None
    if len(trimmed.text) < 2:
        return None  # « série A »: a letter is no name
    lettered = len(trimmed) == 2 and len(trimmed[1].text) == 1 and trimmed[1].text.isupper()
    opening = trimmed[0].is_sent_start or _after_a_timeline_date(span.doc, trimmed.start)
    if lettered and opening and _common_word(trimmed[0]):
        return None  # « Série A de 4 M€… » opening an item: a round, not a name (« Station Q »
        # in a sentence is one)
    if _opens_a_clause(trimmed[0]):
        return None  # « Nous passerons de 70 … »: a clause, not a name
    demonym = len(trimmed) == 1 and is_demonym(trimmed.text) and not is_place(trimmed.text)
    if len(trimmed) == 1 and fold(trimmed.text) in lex["months"] and not trimmed.text.isupper():
        return None  # « Septembre a été riche »: a month, no name (« DEC » is an acronym)
    if fold(trimmed.text) in lex["not_names"] or demonym:
        return None  # « le Lyonnais » stands for a company named elsewhere, it is no name
    return Span(span.doc, start, end, label=label)


def _trade_acronym(doc: Doc, i: int) -> bool:
    """« le groupe de BTP X »: an acronym that says which trade a generic head noun is in."""
    return (
        i >= 2
        and trade_complement(doc, i - 1)
        and doc[i].is_upper
        and fold(doc[i - 2].text) in _lexicon()["generic_org_heads"]
    )


def _collectivity_written_small(span: Span) -> bool:
    """« la communauté de communes X », « la communauté d'agglomération du Y »: a local
    government's name opens on its head noun and a word of its kind in lower case, then
    names its place (« la région Vostralie » is the place's name after a common noun)."""
    if span[0].text.capitalize() not in _lexicon()["collectivities"]:
        return False
    named = next((t.i for t in span[1:] if t.text[:1].isupper()), None)
    kind = (t for t in span.doc[span.start + 1 : named or span.start] if t.pos_ in ("NOUN", "ADJ"))
    return named is not None and any(t.text.islower() for t in kind)


def _opens_a_clause(token: Token) -> bool:
    """A pronoun of the stop list or a verb in lower case: no word of a name (a name the tagger
    calls a pronoun, « le groupe Tarvik », is no word of the stop list)."""
    pronoun = token.pos_ == "PRON" and token.is_stop
    return pronoun or token.pos_ in ("VERB", "AUX") and token.text.islower()


def _financing_label(doc: Doc, start: int, end: int) -> int:
    """Words of a financing label opening a sentence, « de » and its article included
    (« Fonds propres de la », « Apport d' »), before a capitalised funder; 0 when none."""
    size = next(
        (n for n in (2, 1) if fold(doc[start : start + n].text) in _lexicon()["financing_labels"]),
        0,
    )
    j = start + size
    if not size or j >= end or fold(doc[j].text) not in _OF:
        return 0
    j += 1 + (j + 1 < end and doc[j + 1].pos_ == "DET")
    return j - start if j < end and doc[j].text[:1].isupper() else 0


def _verb_complement(doc: Doc, i: int, start: int, end: int) -> bool:
    """« accordée par le Département au club de X »: the « à » of a verb's recipient, its
    common noun hanging on the verb rather than on a word of the name, ends the name the NER
    ran on."""
    noun = doc[i].head
    return (
        doc[i].text in ("à", "au", "aux")
        and i < noun.i < end
        and noun.text.islower()
        and noun.head.pos_ in ("VERB", "AUX")
        and not start <= noun.head.i < end
    )


def _separator(doc: Doc, i: int) -> bool:
    """A bar, bullet, breadcrumb arrow or dash between a name and a page's section
    (« X – Site officiel », « X > Économie »); an en dash or slash set between spaces only,
    not one joining two places."""
    token = doc[i]
    spaced = i > 0 and doc[i - 1].whitespace_ != "" and token.whitespace_ != ""
    return token.text in ("|", "•", "—", "·", "›", ">") or token.text in ("–", "/") and spaced


def _hyphenated_name(token) -> bool:
    """« Beau-Vallon »: capitalised words of letters joined by hyphens, outside the model's
    vocabulary."""
    word = token.text
    capitalised = word[:1].isupper() and "-" in word and word.replace("-", "").isalpha()
    return capitalised and not _common_word(token)


def _common_word(token) -> bool:
    """A word of the model's French vocabulary once lower-cased (« Acquisition », « Série »)."""
    return token.doc.vocab.has_vector(token.lower_)


def _after_a_timeline_date(doc: Doc, i: int) -> bool:
    """The token opens a timeline item: a date and a dash before it (« Mars 2025 – »)."""
    text, at = doc_text(doc), doc[i].idx
    return any(text[d.end : at].strip() in DASHES for d in doc._.dates or () if d.end < at)


def _complete(doc: Doc, start: int, end: int) -> int:
    """Where a name the NER cut after a preposition really ends: « Forum des minéraux de l' »
    + « Abitibi » runs on through the capitalised words; « Agence X et la » drops the
    coordination it ran into."""
    last = fold(doc[end - 1].text) if end > start else ""
    if end - start > 2 and last in ("la", "le", "les") and fold(doc[end - 2].text) == "et":
        return end - 2
    if last not in ("de", "d'", "du", "des", "l'"):
        return end
    run = end
    while run < len(doc) and run - end < 4 and doc[run].text[:1].isupper():
        run += 1
    return run if run > end else end - 1


def _kicker(span: Span) -> bool:
    """« Cloud souverain : l'Europe… », « Lire aussi : Data centers : … », « Économie |
    Entretien »: ordinary words opening the headline, or a line before its colon or bar, name
    a topic or a section, not an organisation; so does a line of capitals alone (an acronym
    alone on its line, « AFP », may still be a name)."""
    doc = span.doc
    at_line_start = (
        span.start == 0
        or "\n" in doc[span.start - 1].text
        # a bullet's section word, an alert's after its time (« 07h45 — Énergie : »)
        or doc[span.start - 1].text in (":", "•", "▪", "-", "*", "—", "–")
    )
    # « Économie | Entretien »: a rubric line's section words, before a bar or a colon
    before_colon = span.end < len(doc) and doc[span.end].text in (":", "|", "—", "–")
    label = doc[span.end : min(len(doc), span.end + 6)]  # « Enveloppe annoncée : »,
    colon = next((t.i for t in label if t.text == ":"), None)  # « Taille initiale de l'offre : »
    labelled = (
        colon is not None
        and "Fin" not in doc[span.end].morph.get("VerbForm")  # « Lumière annonce : » is a name
        and all(t.text.islower() or t.is_punct for t in doc[span.end : colon])
    )
    before_colon = before_colon or labelled
    before_colon = before_colon or _bar_later_on_line(doc, span.end)  # « JT de 20 h | »
    words = [t.lower_ for t in span if not t.is_punct]
    # the headline's opening common-noun phrase (« Cloud souverain et puces… »), not a
    # name that merely opens the text (« Finova entrera… »)
    headline = span.start == 0 and len(span) >= 2 and all(t.text.islower() for t in span[1:])
    headline = headline or at_line_start and _section_line(span)  # « Mines et énergie »
    if "summit_lowercase_words" not in doc.user_data:  # words the text writes in lower case
        doc.user_data["summit_lowercase_words"] = {t.text for t in doc if t.text.islower()}
    written_lower = doc.user_data["summit_lowercase_words"]
    common = all(doc.vocab.has_vector(w) or w in written_lower for w in words)
    proper = len(words) > 1 and all(t.pos_ == "PROPN" for t in span if not t.is_punct)
    common = common and not proper  # « Vellorin Olympique Basket – Site officiel »: a name
    line_end = span.end == len(doc) or "\n" in doc[span.end - 1].whitespace_ + doc[span.end].text
    rubric = at_line_start and line_end and span.text.isupper() and len(span.text) > 4
    # « Acquisition de X » as a subheading: a word the text also writes in lower case
    opening_word = at_line_start and len(span) == 1 and span.text.lower() in written_lower
    opening_word = opening_word and _heading(span)
    numbered = span.end < len(doc) and fold(doc[span.end].text) in ("n°", "no", "nº")
    # « TRIBUNE. « L'industrie… » », « EXCLUSIF. »: a rubric in capitals, then a full stop
    numbered = numbered or span.text.isupper() and span.end < len(doc) and doc[span.end].text == "."
    # « Délibération n° 2025-086 – Budget… »: a document's numbered section, not a name
    return (
        rubric
        or opening_word
        or at_line_start
        and (before_colon or headline or numbered)
        and common
        or span[0].is_sent_start  # « …en mars. Enveloppe annoncée : 85 milliards »
        and labelled
        and common
    )


def _section_line(span: Span) -> bool:
    """The span opens a short line whose other words are lower case, with no verb and no
    full stop: a section's label (« Mines et énergie »)."""
    doc, end = span.doc, span.end
    while end < len(doc) and "\n" not in doc[end - 1].whitespace_ + doc[end].text:
        end += 1
        if end - span.end > 4:
            return False  # a longer line is no label: stop reading it
    rest = doc[span.end : end]
    return (
        0 < len(rest) <= 4
        and all(t.text.islower() for t in rest)
        and not any(t.pos_ in ("VERB", "AUX") for t in doc[span.start : end])
    )


def _opening_participle(token: Token) -> bool:
    """« Cumulés », « Baptisée »: a capitalised participle of the model's French vocabulary
    opening a sentence."""
    word = token.lower_
    return (
        (token.i == 0 or token.is_sent_start)
        and token.text[:1].isupper()
        and word.endswith(("é", "ée", "és", "ées"))
        and _common_word(token)
    )


def _opening_modifier(span: Span) -> bool:
    """« Plus discrète, la néobanque X… », « Porté par le ministre, un amendement… »: a
    participle or adverb opening the sentence, detached by a comma or its agent, is no name."""
    doc = span.doc
    opens = span.start == 0 or doc[span.start].is_sent_start
    if not opens or span.end >= len(doc):
        return False
    following = doc[span.end]
    if fold(following.text) in (",", "par") and doc[span.start].pos_ in ("ADV", "VERB"):
        return True
    participle = len(span) == 1 and _opening_participle(span[0])  # a French word, not « Orvalé »
    # « Cumulés, les budgets… », « Valorisée 40 M€, la start-up… », « Interrogée sur… »: a
    # participle the tagger called a name
    if not participle:
        return False
    stamp = doc[span.end : span.end + 2]  # « Posté le 14/10/2025 à 07:52 »: a post's stamp
    return (
        fold(following.text) in (",", "par", "sur", "à", "en", "de")
        or following.like_num
        or any(d.start <= t.idx < d.end for d in doc._.dates or () for t in stamp)
    )


def _opening_infinitive(span: Span, infinitives: frozenset[str]) -> bool:
    """« Relocaliser n'est pas un luxe », « Investir, c'est… »: a verb of the
    model's French lexicon, in the infinitive, opening its sentence is its subject, no name.
    The sentence is looked up last, for a verb only: ``Token.sent`` walks back to its start."""
    word = span[0]
    verb = (
        len(span) == 1 and word.lower_.endswith(("er", "ir", "re")) and word.lower_ in infinitives
    )
    return verb and all(t.is_punct for t in span.doc[word.sent.start : word.i])


def _heading(span: Span) -> bool:
    """The span opens a title or subheading (the rest of its line after it)."""
    doc, end = span.doc, span.end
    while end < len(doc) and "\n" not in doc[end].text and end - span.start < 40:
        end += 1  # a heading is under 140 characters: a longer line is body text
    return end - span.start < 40 and is_heading_line(doc[span.start : end].text)


def _page_section(doc: Doc, i: int) -> bool:
    """The token follows a separator on its line: a breadcrumb's section (« Journal >
    Économie > Région »), no mention of the body's « la Région »."""
    while i > 0 and "\n" not in doc[i - 1].text:
        i -= 1
        if doc[i].text in ("›", ">", "|") or doc[i].text == "/" and _separator(doc, i):
            return True  # a dash after a live blog's time opens the entry, no section
    return False


def _bar_later_on_line(doc: Doc, i: int) -> bool:
    while i < len(doc) and "\n" not in doc[i].text:
        if doc[i].text == "|":
            return True
        i += 1
    return False


def _after_job_title(doc: Doc, start: int, end: int) -> int | None:
    """Where the organisation starts in « Directeur général de X », « PDG d'X », « conseil
    d'administration de X »."""
    lex = _lexicon()
    body = next(
        (size for size in (3, 2, 1) if fold(doc[start : start + size].text) in lex["bodies"]), 0
    )
    named = start + 1 < end and fold(doc[start + 1].text) in ("de", "d'", "du", "des")
    if body == 1 and doc[start].text[:1].isupper() and named:
        return None  # « le Conseil de l'Europe », « le Conseil de la région X »: a name
    if not body and fold(doc[start].text) not in lex["titles"]:
        return None
    j = start + max(body, 1)
    while j < end and doc[j].pos_ == "ADJ":
        j += 1  # « générale », « délégué »
    if j + 1 < end and fold(doc[j].text) in ("de", "d'", "du", "des"):
        j += 1
        while j < end and fold(doc[j].text) in _lexicon()["determiners"]:
            j += 1
        return j
    plural = body == 1 and fold(doc[start].text).endswith("s")
    if plural and j < end and doc[j].text[:1].isupper():
        return j  # « À : Investisseurs X », a letter's addressees: X's investors
    return None


def trade_complement(doc: Doc, i: int) -> bool:
    """« de télécoms », « de BTP »: a « de » that adds a trade to a description, before a
    common noun or an acronym."""
    if fold(doc[i].text) not in ("de", "d'") or i + 1 >= len(doc):
        return False
    trade = doc[i + 1]
    return trade.pos_ == "NOUN" or trade.is_upper and len(trade.text) > 1


def _introduced_by(doc: Doc, start: int, heads: set[str], window: int = 3) -> bool:
    """« le fonds (canadien) X », « le groupe de télécoms X »: a head noun a few words before
    the name, adjectives or a « de » complement between."""
    for back in range(1, window + 1):
        i = start - back
        if i < 0 or doc[i].is_punct:
            return False
        for size in range(1, 4):
            if i - size + 1 >= 0 and fold(doc[i - size + 1 : i + 1].text) in heads:
                return True
        described = trade_complement(doc, i) and (doc[i + 1].pos_ == "NOUN" or i + 1 < start)
        if doc[i].pos_ not in ("ADJ", "NOUN", "PROPN") and not described:
            return False  # « le groupe de télécoms X » is described, « la visite de X » is not
    return False


def _described_after(doc: Doc, start: int, heads: set[str]) -> bool:
    """« Quorvane, éditeur d'une plateforme…, annonce »: a capitalised word opening a sentence,
    then a comma and an organisation head noun describing it."""
    if not doc[start].is_sent_start or fold(doc[start].text) in _lexicon()["determiners"]:
        return False
    end = start + 1
    while end < len(doc) and doc[end].text[:1].isupper() and not doc[end].is_punct:
        end += 1
    return (
        end + 1 < len(doc)
        and doc[end].text == ","
        and any(fold(doc[end + 1 : end + 1 + n].text) in heads for n in (1, 2, 3))
    )


def _speaker_label(span: Span) -> bool:
    """« CLAIRE ROY : », « CLAIRE ROY. — »: a transcript gives the floor to a person."""
    text = doc_text(span.doc)
    start = line_start(text, span.start_char)
    prefix_end = line_prefix_end(span.doc, span.start_char)
    label = text[start:prefix_end].split()
    named = len(label) > 2 and label[-1].strip(".") in (":", "—", "–")  # a name, then the turn
    return named and span.end_char <= prefix_end and span.text.isupper() and len(span.text) > 1


def signature_title_end(span: Span) -> int | None:
    """« Maëlle X » alone on its line, « Présidente-directrice générale » on the next: the
    signature block of a letter or memo names a person by their title. Where the title's
    line ends (the organisation's line follows), or None."""
    text = doc_text(span.doc)
    if text[line_start(text, span.start_char) : span.start_char].strip():
        return None
    line_end = text.find("\n", span.end_char)
    if line_end < 0 or text[span.end_char : line_end].strip(" ,"):
        return None
    title_end = text.find("\n", line_end + 1)
    title_end = len(text) if title_end < 0 else title_end
    words = fold(text[line_end + 1 : title_end]).replace("-", " ").split()
    titles = _lexicon()["titles"]
    titled = bool(words) and any(" ".join(words[:n]) in titles for n in (1, 2, 3))
    return title_end if titled else None


def _label(span: Span) -> str:
    lex = _lexicon()
    if is_place(span.text):
        return "LOC"
    if _introduced_by(span.doc, span.start, lex["titles"], window=2) or _speaker_label(span):
        return "PER"
    if span[-1].text in lex["suffixes"] or _introduced_by(span.doc, span.start, lex["org_heads"]):
        return "ORG"
    return span.label_


TITLE_SEPARATORS = (",", "·", "–", "—", "|", "(")


def _titled_after(span: Span) -> bool:
    """« X, cofondatrice et CEO de Y », a profile's « X @handle · directeur général de Y »: a
    person's title right after the name, past a separator (and a handle), names a person;
    not a place that sets the scene (« À Guéret, le maire… »)."""
    doc, i = span.doc, span.end
    if span.start and doc[span.start - 1].pos_ == "ADP":
        return False
    while i < len(doc) and doc[i].text.startswith("@"):
        i += 1  # « @x_y », its handle
    if i + 1 >= len(doc) or doc[i].text not in TITLE_SEPARATORS:
        return False
    i += 1 + (doc[i + 1].pos_ == "DET")  # « , la présidente de Y »
    titles = _lexicon()["titles"]
    return any(fold(doc[i : i + n].text.replace("-", " ")) in titles for n in (1, 2, 3))


def _apposed_organisation_head(span: Span) -> bool:
    """« Celle d'Ostralvik, jeune industriel franco-suédois, … »: an organisation's head noun
    opens the apposition right after the name; not after a preposition of place (« À
    Montrevel, le groupe X… » sets a scene)."""
    doc, comma = span.doc, span.end
    before = doc[span.start - 1] if span.start else None
    if before is not None and before.pos_ == "ADP" and fold(before.text) not in _OF:
        return False
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return False
    heads = _lexicon()["org_heads"]
    for i in range(comma + 1, min(len(doc), comma + 5)):  # past a determiner, an adjective
        if any(fold(doc[i : i + n].text) in heads for n in (1, 2, 3)):  # or a head the
            return True  # tagger calls an adjective (« industriel »)
        if doc[i].pos_ not in ("DET", "ADJ"):
            return False
    return False


def _institution(doc: Doc, i: int, taken: set[int]) -> Span | None:
    """« le ministère de la Mer », « la Banque publique d'investissement »: an institution
    noun, « de », and a capitalised complement."""
    if fold(doc[i].text) not in _lexicon()["institutions"] or i in taken:
        return None
    j = i + 1
    while j < len(doc) and doc[j].pos_ == "ADJ":
        j += 1
    if j >= len(doc) or fold(doc[j].text) not in ("de", "d'", "du", "des"):
        return None
    j += 1
    if j < len(doc) and doc[j].pos_ == "DET":
        j += 1
    if j >= len(doc) or not doc[j].text[:1].isupper() or j in taken:
        return None
    end = j + 1
    while end < len(doc) and doc[end].text[:1].isupper() and end not in taken:
        end += 1
    if fold(doc[j:end].text) in _lexicon()["not_names"]:
        return None  # « une levée de fonds de Série B »: a round, not the fund of someone
    return Span(doc, i, end, label="ORG")


_OF = ("de", "d'", "du", "des")


def _company_over_place(doc: Doc, span: Span) -> Span:
    """« le fonds régional Normandie Amorçage », « le fonds Ouest Capital »: a place the NER kept
    alone is the first word of the company an organisation noun introduces."""
    if span.label_ != "LOC" or not _introduced_by(doc, span.start, _lexicon()["org_heads"]):
        return span
    end = span.end
    while end < len(doc) and doc[end].text[:1].isupper() and not doc[end].is_punct:
        end += 1
    return span if end == span.end else Span(doc, span.start, end, label="ORG")


def _named_after_a_place(doc: Doc, spans: list[Span]) -> list[Span]:
    """« Tourisme Wallonie », « Développement Vellorin »: a capitalised common noun glued to a
    place names an agency of that place, which the NER reads as the place alone."""
    lex, found = _lexicon(), []
    for s in spans:
        if s.start == 0 or not (s.label_ == "LOC" or is_place(s.text)):
            continue
        word = doc[s.start - 1]
        if word.pos_ != "NOUN" or not word.text[:1].isupper() or word.text.isupper():
            continue
        if fold(word.text) in lex["not_names"] or fold(word.text) in lex["titles"]:
            continue
        if s.start > 1 and doc[s.start - 2].text[:1].isupper() and not doc[s.start - 2].is_punct:
            continue  # part of a longer name, or a heading in capitals
        found.append(Span(doc, s.start - 1, s.end, label="ORG"))
    return found


def _authorities(doc: Doc, spans: list[Span]) -> list[Span]:
    """« le gouvernement de l'Alberta », « le conseil départemental du Cantal », « le
    gouvernement norvégien », « la province Ouest »: a public authority named by its territory,
    which the NER reads as the place alone, or misses; an institution named by its place too
    (« l'université de Picardie »); a territory written with a capital, its government
    (« Région Vostralie : 2 M€ », « Département du Montrevel »)."""
    lex = _lexicon()
    places = {s.start: s for s in spans if s.label_ == "LOC" or is_place(s.text)}
    heads = lex["authorities"] | lex["institutions"]
    found: list[Span] = []
    for token in doc:
        if token.text not in lex["authority_starts"] or (found and found[-1].end > token.i):
            continue
        if token.text in lex["collectivities"]:
            government = _government(doc, token.i, spans, places)
            if government is not None:  # « Région Vostralie »
                found.append(government)
                continue
        size = next((n for n in (2, 1) if fold(doc[token.i : token.i + n].text) in heads), 0)
        after = token.i + size
        if not size or after >= len(doc):
            continue
        word = doc[after]
        authority = fold(doc[token.i : after].text) in lex["authorities"]
        if fold(word.text) in _OF:
            complement = after + 1 + (after + 1 < len(doc) and doc[after + 1].pos_ == "DET")
            place = places.get(complement)
            known = place is not None and (authority or is_place(place.text))
            if known:  # « de l'Alberta », « du Cantal »; « la direction d'X » is no institution
                found.append(Span(doc, token.i, place.end, label="ORG"))
        elif not authority:
            continue
        elif word.text.islower() and is_demonym(word.text) and not word.text.endswith("s"):
            found.append(Span(doc, token.i, after + 1, label="ORG"))  # « gouvernement norvégien »
        elif word.text[:1].isupper() and not word.is_sent_start:
            end = after + 1
            while end < len(doc) and doc[end].text[:1].isupper():
                end += 1  # « la province Ouest »
            found.append(Span(doc, token.i, end, label="ORG"))
    return found


def _government(doc: Doc, i: int, spans: list[Span], places: dict[int, Span]) -> Span | None:
    """« Région Vostralie », « Département de la Haute-Ostralme »: a territory noun written with
    a capital and its place name the territory's government, an organisation."""
    if any(s.start == i and s.label_ == "ORG" for s in spans):
        return None
    whole = next((s for s in spans if s.start == i and len(s) > 1), None)
    if whole is not None:  # the NER read « Région X » as a place
        return Span(doc, i, whole.end, label="ORG")
    after = i + 1
    if after < len(doc) and fold(doc[after].text) in _OF:
        after += 1 + (after + 1 < len(doc) and doc[after + 1].pos_ == "DET")
    place = places.get(after)
    return Span(doc, i, place.end, label="ORG") if place is not None else None


def _portfolio(doc: Doc, i: int, heads: set[str]) -> Span | None:
    """« ministère de la Mer, de la Pêche côtière et des Ports »: a ministry's name runs over
    each portfolio it lists, a capitalised complement after « de » and each « , de … » or
    « et de … » after it; so does a minister's charge (« chargée du Commerce extérieur et de
    l'Attractivité »), which names nothing."""
    size = next((n for n in (2, 1) if fold(doc[i : i + n].text) in heads), 0)
    size = size or (doc[i].lower_ in heads)
    if not size:
        return None
    j, end = i + size, None
    while j < len(doc) and fold(doc[j].text) in _OF:
        k = j + 1
        while k < len(doc) and fold(doc[k].text) in ("la", "l'", "les"):
            k += 1
        if k >= len(doc) or not doc[k].text[:1].isupper():
            break
        k += 1
        while (
            k < len(doc)
            and (
                doc[k].text[:1].isupper()
                or doc[k].pos_ == "ADJ"
                and doc[k].text.islower()
                or fold(doc[k].text) == "et"  # « industrielle et numérique »
                and k + 1 < len(doc)
                and doc[k + 1].pos_ == "ADJ"
                and doc[k + 1].text.islower()
                or fold(doc[k].text) in (*_OF, "la", "l'", "les")
                and k + 1 < len(doc)
                and (doc[k + 1].text[:1].isupper() or fold(doc[k + 1].text) in ("la", "l'"))
            )
        ):
            k += 1
        end = k
        separator = k < len(doc) and (doc[k].text == "," or fold(doc[k].text) == "et")
        if not separator or k + 1 >= len(doc) or fold(doc[k + 1].text) not in _OF:
            break
        j = k + 1
    return Span(doc, i, end, label="ORG") if end is not None and end > i + size + 1 else None


def _territory_in_capitals(doc: Doc) -> list[Span]:
    """« VILLE DE MONTREVEL », « COMMUNE DE SAINT-VOSTRAC » heading a town's page: the tagger reads
    no name in a line of capitals, but a territory noun, « DE » and capitals name a place."""
    found, territories = [], _lexicon()["territories"]
    for token in doc:
        if not token.text.isupper() or fold(token.text) not in territories:
            continue  # most tokens stop at the first, cheapest test
        if token.i and "\n" not in doc[token.i - 1].text_with_ws:
            continue  # not at a line's start
        start = token.i + 2
        if start >= len(doc) or fold(doc[token.i + 1].text) not in _OF:
            continue
        end = start
        while end < len(doc) and (doc[end].text.isupper() or doc[end].text == "-"):
            end += 1
            if "\n" in doc[end - 1].whitespace_:
                break
        if end > start and doc[start].text[:1].isalpha():
            found.append(Span(doc, start, end, label="LOC"))
    return found


def _town_case(name: str) -> str:
    """« SAINT-VOSTRAC-LE-HAUT » as a town is written: « Saint-Vostrac-le-Haut »."""
    small = _lexicon()["town_small_words"]
    parts = re.split(r"([- ])", name)
    return "".join(p.lower() if fold(p) in small else p.capitalize() for p in parts)


def _capitalised_run_end(doc: Doc, i: int, taken: set[int]) -> int:
    """Where the capitalised words from ``i`` on end (« Quarzemia Systems »), short of a
    name already taken."""
    end = i + 1
    while end < len(doc) and end not in taken and doc[end].text[:1].isupper():
        end += 1
    return end


def _item_label(doc: Doc, i: int, taken: set[int]) -> Span | None:
    """« • Quarzemia (Grenoble, photonique) : 68 M€ »: the capitalised words opening a list's
    item, glossed in brackets before its colon, name what the item is about (unsure of what
    it is: misc)."""
    token = doc[i]
    if i in taken or not token.text[:1].isupper() or token.pos_ != "PROPN":
        return None  # « Autofinancement (A, B) : » labels a line of a plan, no name
    text = doc_text(doc)
    opening = text[line_prefix_end(doc, token.idx) : token.idx].strip()
    if opening not in ("", *BULLETS):
        return None
    end = _capitalised_run_end(doc, i, taken)
    if end >= len(doc) or doc[end].text != "(":
        return None
    line_end = text.find("\n", token.idx)
    line = text[doc[end].idx : len(text) if line_end < 0 else line_end]
    closing = line.find(")")
    if closing < 0 or not line[closing + 1 :].lstrip().startswith(":"):
        return None
    return Span(doc, i, end, label="MISC")


def _unknown_subject(doc: Doc, i: int, taken: set[int], is_word) -> Span | None:
    """« Quarzemia a accordé un prêt », opening its sentence where the NER saw nothing: a
    capitalised subject of a verb that is no French word (not in the model's lexicon) is a
    name."""
    token = doc[i]
    if is_word is None or i in taken or not token.text[:1].isupper() or not token.is_alpha:
        return None
    if token.dep_ not in ("nsubj", "nsubj:pass") or token.head.pos_ not in ("VERB", "AUX"):
        return None
    if token.pos_ not in ("PROPN", "NOUN", "X") or token.text.isupper():
        return None  # « Elle », « Nous »; an acronym is the NER's to read
    if len(token.text) < 3 or is_word(token) or is_place(token.text):
        return None
    if fold(token.text) in _lexicon()["titles"] or doc[i + 1 : i + 2].text.startswith("-"):
        return None  # « Mme Vaubourg présente », « Celui-ci a déboursé »
    end = _capitalised_run_end(doc, i, taken)
    return Span(doc, i, end, label="MISC")


def _pattern_names(doc: Doc, taken: set[int], is_word=None) -> list[Span]:
    """Capitalised names right after an organisation head noun the NER missed, institutions
    named by their complement, a list item's label, and a subject that is no French word."""
    lex = _lexicon()
    found = []
    i = 0
    while i < len(doc):
        token = doc[i]
        institution = _institution(doc, i, taken)
        if institution is not None:
            found.append(institution)
            i = institution.end
            continue
        label = _item_label(doc, i, taken) or _unknown_subject(doc, i, taken, is_word)
        if label is not None:
            found.append(label)
            i = label.end
            continue
        if (
            i not in taken
            and len(token.text) > 1  # « un fonds de série B »: a letter is no name
            and token.text[:1].isupper()
            and token.pos_ in ("PROPN", "NOUN", "X", "ADJ")
            and (
                not token.is_sent_start
                and _introduced_by(doc, i, lex["org_heads"])
                or _described_after(doc, i, lex["org_heads"])
            )
        ):
            end = _capitalised_run_end(doc, i, taken)
            if fold(doc[i:end].text) not in lex["not_names"]:  # « un fonds de Série B »
                found.append(Span(doc, i, end, label="ORG"))
            i = end
        else:
            i += 1
    return found


def _damerau_at_most_one(a: str, b: str) -> bool:
    """True when ``b`` is ``a`` with one edit or one swap of neighbours (« Nexroa »/« Nexora »)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
        )
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _canonical_names(names: list[str]) -> dict[str, str]:
    """Each name -> the article-wide name it stands for."""
    counts = Counter(names)
    first_seen = {n: i for i, n in reversed(list(enumerate(names)))}
    # longest first; among equals the more frequent, then the one named first
    distinct = sorted(counts, key=lambda n: (-len(n.split()), -counts[n], first_seen[n]))
    words_of = {n: fold(n).split() for n in distinct}
    places = {n for n in distinct if is_place(n)}
    councils = _lexicon()["collectivity_councils"]
    heads = _lexicon()["org_heads"]
    canonical: dict[str, str] = {}
    for name in distinct:
        words = words_of[name]
        council = councils.get(fold(name), "").split()  # « le Département »
        holders = [
            longer
            for longer in distinct
            if len(words_of[longer]) > len(words)
            and (name not in places or longer in places)  # « Montréal » stays the city, not
            and (  # « Palais des congrès de Montréal »
                first_seen[longer] <= first_seen[name]  # the full name first, the short after
                and _holds(words_of[longer], words)
                or bool(council)  # a page's menu may say « Le Département » before the text
                and words_of[longer][: len(council)] == council  # names its council and
                and len(words_of[longer]) > len(council) + 1  # its territory
            )
        ]
        if fold(name) in heads:  # « la Banque » alone: the bank the text
            holders.sort(key=first_seen.get)  # named first (a release's issuer), not the longest
        bare = [h for h in holders if _bare_company(h, name)]
        chosen = (bare or holders or [name])[0]  # « Vostrac » for « Vostrac Automotive », not
        canonical[name] = canonical.get(chosen, chosen)  # its « Vostrac Freinage France »
    for name in distinct:  # misspellings map to the form written more often
        if canonical[name] != name or len(name) < 5:
            continue
        for other in distinct:
            if (
                other != name
                and canonical[other] == other
                and counts[other] > counts[name]
                and _damerau_at_most_one(fold(name), fold(other))
            ):
                canonical[name] = other
                break
    return canonical


def _holds(long_words: list[str], words: list[str]) -> bool:
    """``words`` appear in a row within ``long_words``."""
    return any(
        long_words[i : i + len(words)] == words for i in range(len(long_words) - len(words) + 1)
    )


def _bare_company(longer: str, short: str) -> bool:
    """« Vostrac Automotive » for « Vostrac »: the short name and company suffixes only, the
    group itself rather than a unit named after it (« Vostrac Freinage France »)."""
    rest = longer[len(short) :].split() if longer.startswith(short + " ") else []
    return bool(rest) and all(w in _lexicon()["suffixes"] for w in rest)


def _acronyms(doc: Doc, spans: list[Span]) -> dict[str, str]:
    """« l'office national de la sobriété (ONS) », « l'Agence de la sobriété
    énergétique (Asen) »: the acronym, in capitals or written as a word, stands for the name
    or noun phrase just before its brackets."""
    found = {}
    ending_at = {s.end: s for s in spans}
    for s in spans:
        text = s.text
        if not (2 <= len(text) <= 8 and text[:1].isupper() and len(s) == 1 and s.start >= 2):
            continue
        if not text.isupper() and (is_place(text) or not doc[s.start - 2].text[:1].isalpha()):
            continue
        if doc[s.start - 1].text != "(" or s.end >= len(doc) or doc[s.end].text != ")":
            continue
        named = ending_at.get(s.start - 1)
        if named is not None and named.label_ == "PER":
            continue  # « Hélène Roy (ONS) »: the person's organisation, not her name
        if named is not None and len(named) >= 2:
            found.setdefault(text, named.text)  # « À la tête de la Caisse X (CX) »: the name
            continue
        last = doc[s.start - 2]
        head = last
        while head.head.i < head.i and head.head.pos_ in ("NOUN", "PROPN") and head.dep_ != "ROOT":
            head = head.head
        begin = head.left_edge.i
        stop = next((k for k in range(last.i, begin - 1, -1) if doc[k].is_punct), None)
        begin = stop + 1 if stop is not None else begin  # « guichets – ministères, Agence … »
        lex = _lexicon()
        while begin < last.i and (
            fold(doc[begin].text) in lex["determiners"] or doc[begin].pos_ == "ADP"
        ):
            begin += 1  # « par la Banque X (BX) »: neither the preposition nor the article
        phrase = doc[begin : last.i + 1]
        word_like = not text.isupper()  # « (Asen) » only after a name: « Agence de … »
        if word_like and not phrase.text[:1].isupper():
            continue
        dated = any(t.like_num for t in phrase)  # « 17 juin 2025 (AFP) »: a dateline
        if len(phrase) >= 2 and not dated and not any(t.is_punct for t in phrase):
            found[text] = phrase.text
    return found


def _joined_by_acronym(doc: Doc, spans: list[Span]) -> list[Span]:
    """« les Tanneries Fluviales de Côte d'Ivoire (TFCI) »: the NER cut the name at the place
    it holds; the acronym in brackets after it spells the names joined by « de », one name."""
    ending_at = {s.end: s for s in spans}
    joined = []
    for t in doc[2:-1]:
        brackets = doc[t.i - 1].text == "(" and doc[t.i + 1].text == ")"
        if not (brackets and t.text.isupper() and 2 <= len(t.text) <= 8):
            continue
        first = last = ending_at.get(t.i - 1)
        while first is not None and first.start >= 2 and fold(doc[first.start - 1].text) in _OF:
            first = ending_at.get(first.start - 1)
            if first is not None and t.text in _initials([doc[first.start : last.end].text]):
                joined.append(Span(doc, first.start, last.end, label="ORG"))
                break
    return [s for s in spans if not any(j.start <= s.start < j.end for j in joined)] + joined


def _joined_after_capital_article(doc: Doc, spans: list[Span]) -> list[Span]:
    """« la coopérative Les Vignerons de Vostrac »: a trade name opening on a capitalised
    article inside a sentence runs over its « de » complement the NER cut off."""
    starting_at = {s.start: s for s in spans}
    joined = []
    for s in spans:
        before = doc[s.start - 1] if s.start else None
        opens = (
            before is not None and before.text in ("Les", "La", "Le") and not before.is_sent_start
        )
        linked = s.end + 1 < len(doc) and fold(doc[s.end].text) in _OF
        after = starting_at.get(s.end + 1) if opens and linked else None
        if after is not None and after.text[:1].isupper():
            joined.append(Span(doc, s.start, after.end, label="ORG"))
    return [s for s in spans if not any(j.start <= s.start < j.end for j in joined)] + joined


def _initials(names) -> dict[str, set[str]]:
    """The names of two words or more, by the acronym their initials spell (« Agence
    nationale de la sobriété » → ANS; « d'investissement » counts from its noun)."""
    small = _lexicon()["determiners"] | {"et", "pour", "à", "en", "sur"}
    spelled: dict[str, set[str]] = {}
    for name in names:
        words = [  # accents kept: « Côte » is a word, « côté » a determiner
            re.sub(r"^[dl]['’]", "", w)
            for w in re.split(r"[\s-]+", name)
            if w and w.lower().replace("’", "'") not in small
        ]
        if len(words) >= 2:
            spelled.setdefault("".join(w[0] for w in words).upper(), set()).add(name)
    return spelled


def _acronyms_of_initials(names: set[str]) -> dict[str, str]:
    """« l'ANS » in an article that also writes « l'Agence nationale de la sobriété »: an
    acronym never defined in brackets stands for the one name whose initials it spells."""
    return {
        acronym: next(iter(full))
        for acronym, full in _initials(names).items()
        if acronym in names and len(full) == 1
    }


def _in_capitals(token) -> bool:
    """« RAPPORT DE DURABILITÉ »: a word of a line in capitals, not an acronym."""
    doc = token.doc
    near = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return any(t.is_alpha and t.text.isupper() and len(t.text) > 1 for t in near)


def _spelled_acronyms(doc: Doc, spans: list[Span], taken: set[int]) -> list[Span]:
    """« l'OVO » the tagger read as a noun, in an article that names « l'Olympique Vellorin
    Ostralme »: a word in capitals spelling the initials of one name found is that name."""
    spelled = _initials({s.text for s in spans})
    label = {s.text: s.label_ for s in spans}
    found = []
    for token in doc:
        full = spelled.get(token.text) if token.text.isalpha() and token.text.isupper() else None
        if token.i not in taken and full is not None and len(full) == 1 and not _in_capitals(token):
            found.append(Span(doc, token.i, token.i + 1, label=label[next(iter(full))]))
            taken.add(token.i)
    return found


def _repeats(doc: Doc, spans: list[Span], taken: set[int]) -> list[Span]:
    """One name, one reading per article: a name found once is found everywhere it is
    written again, where the NER missed it (« Nexora a présenté… » at a sentence start)."""
    known: dict[str, list[tuple[str, ...]]] = {}
    for s in spans:
        if len(s.text) >= 3 and s.text[:1].isupper():
            known.setdefault(s[0].text, []).append(tuple(t.text for t in s))
    for first in known:  # longest names first
        known[first] = sorted(set(known[first]), key=len, reverse=True)
    label = {tuple(t.text for t in s): s.label_ for s in spans}
    found = []
    for token in doc:
        if token.i in taken or token.text not in known or _page_section(doc, token.i):
            continue
        for words in known[token.text]:
            end = token.i + len(words)
            if end <= len(doc) and tuple(t.text for t in doc[token.i : end]) == words:
                if not any(i in taken for i in range(token.i, end)):
                    found.append(Span(doc, token.i, end, label=label[words]))
                    taken.update(range(token.i, end))
                break
    return found


def _receives(span: Span) -> bool:
    """« L'État versera à X une aide », « un prêt de 180 M$ à X »: a name after « à » that a
    word of giving governs, or that follows a sum, receives the money; it is no place."""
    doc = span.doc
    if doc[span.start - 1].lower_ != "à":
        return False
    before = doc[span.start - 1].idx
    if any(0 < before - a.end <= 1 for a in doc._.amounts or ()):
        return True  # « 180 M$ à X », however the parser hung the « à »
    heads = _lexicon()["recipient_heads"]
    current = span.root
    for _ in range(4):
        if current.head.i == current.i:
            break
        current = current.head
        if fold(current.text) in heads:
            return True
    return False


def _stock_listing(span: Span) -> bool:
    """« (NASDAQ : QZMA) », « (Euronext Paris : STRV) »: a market and a ticker in brackets
    after a company's name list it; the market is no party."""
    doc, start, end = span.doc, span.start, span.end
    if start == 0 or doc[start - 1].text != "(" or end + 2 >= len(doc):
        return False
    ticker = doc[end + 1].text
    return doc[end].text == ":" and ticker.isupper() and doc[end + 2].text == ")"


def _within_a_date(span: Span) -> bool:
    """« Le 2 juin, la start-up… », « 3,5 milliards de PHP »: the NER's name that is a date
    of the date recogniser, or a currency inside an amount."""
    spans = [*(span.doc._.dates or []), *(span.doc._.amounts or [])]
    return any(d.start <= span.start_char and span.end_char <= d.end for d in spans)


def _town_with_its_region(doc: Doc, span: Span) -> bool:
    """« Quimperlé (Finistère) », « Saint-Fons (Rhône) »: a name followed by its département or
    region in brackets is a town (a company is followed by its town: « Pelvaro (Rennes) »), and
    so is one after « à » with its département after a comma."""
    if span.end < len(doc) and doc[span.end].text == "," and span.start > 0:
        return _region_after_comma(doc, span)
    close = next(
        (i for i in range(span.end + 1, min(len(doc), span.end + 6)) if doc[i].text == ")"), None
    )
    if span.end >= len(doc) or doc[span.end].text != "(" or close is None:
        return False
    return fold(doc[span.end + 1 : close].text) in _lexicon()["regions"]


def _town_of_an_office(doc: Doc, span: Span) -> bool:
    """« le maire de X », « le conseil municipal de X »: a town's office or council before
    « de » names a town."""
    if span.start < 2 or fold(doc[span.start - 1].text) not in ("de", "d'"):
        return False
    offices = _lexicon()["town_offices"]
    before = tuple(fold(t.text) for t in doc[max(0, span.start - 3) : span.start - 1])
    return any(before[-len(o) :] == o for o in offices)


def _region_after_comma(doc: Doc, span: Span) -> bool:
    """« à Vostrac, dans l'Hérault », « à Ostrelle, en Bretagne »: a name after « à », then
    its département or region after a comma, is a town."""
    if fold(doc[span.start - 1].text) not in ("a", "au"):
        return False
    i = span.end + 1
    if i < len(doc) and fold(doc[i].text) in ("dans", "en", "au"):
        i += 1
    while i < len(doc) and fold(doc[i].text) in ("le", "la", "l'", "les"):
        i += 1
    end = i
    while end < len(doc) and end - i < 4 and not doc[end].is_punct:
        end += 1
    return i > span.end + 1 and fold(doc[i:end].text) in _lexicon()["regions"]


def _names_others(name: str, written: set[str]) -> bool:
    """« Roussillac » beside « Roussillac Seed II » and « Roussillac Rencontres »: one word that
    opens other names is a house that names its funds and events, not a person."""
    return " " not in name and any(w.startswith(name + " ") for w in written)


def _nouns_taken_up(doc: Doc) -> set[str]:
    """The words the text writes in lower case after « le », « la », « cette »…: the
    common nouns it refers back with (« la conserverie »)."""
    determiners = ("le", "la", "l'", "l’", "ce", "cet", "cette")
    return {t.text for t in doc[1:] if t.text.islower() and doc[t.i - 1].lower_ in determiners}


def _named_after_its_trade(name: str, nouns: set[str]) -> bool:
    """« Conserverie Vellorin » that the text then calls « la conserverie »: a name opening
    on a common noun the text refers back with is a business, not a first name."""
    first, _, rest = name.partition(" ")  # not « Rapport d'information », a common phrase
    return rest[:1].isupper() and first.lower() in nouns


def _employer(span: Span) -> bool:
    """« associée fondatrice de Roussillac », « directeur général de X »: the name a person's
    title is « de » is an organisation, whatever label the NER gave it."""
    doc, i = span.doc, span.start - 1
    if i < 1 or fold(doc[i].text) not in ("de", "d'", "du"):
        return False
    j = i - 1
    while j > 0 and doc[j].pos_ == "ADJ" and fold(doc[j].text) not in _lexicon()["titles"]:
        j -= 1  # « directeur général de »
    return fold(doc[j].text) in _lexicon()["titles"]


def _shortened_like_a_company(name: str, written: set[str]) -> bool:
    """« Vostrac Robotique » … « Vostrac »: a company is shortened to its first word, a
    person to the last (« Jeanne Morel » … « Morel »), whatever label the NER gave."""
    words = name.split()
    return len(words) > 1 and words[0] in written and words[-1] not in written


_DEFINITION = re.compile(
    r"\(\s*(?:ci-(?:après|dessous)\s*(?:d[ée]nomm[ée]e?s?\s*)?,?\s*)?"
    r"((?:(?:l['’]|la |le |les )?\s*«\s*[^«»()]{2,40}?\s*»\s*(?:,|ou|et)?\s*)+)\)"
)
_DEFINED_TERM = re.compile(r"«\s*(?:l['’]|la |le |les )?([^«»()]{2,40}?)\s*»")


def _defined_terms(doc: Doc, spans: list[Span]) -> dict[str, Span | None]:
    """« Vostrane SAS (l'« Initiateur ») », « X Inc. (« Tarvik » ou « la Société ») »: a
    quoted term defined in brackets stands for the name the bracket follows, in a chain of
    appositions for the name that opens it (« X, société contrôlée par Y (l'« Initiateur ») »
    defines X); a term defined after no name (« un montant de 287 M€ (l'« Offre ») ») is none."""
    text = doc_text(doc)
    ends = {s.end_char: s for s in spans}
    terms: dict[str, Span | None] = {}
    for found in _DEFINITION.finditer(text):
        before = text[: found.start()].rstrip()
        while before.endswith(")") and "(" in before:  # « X Inc. (Nasdaq : QZM) (« X ») »
            before = before[: before.rindex("(")].rstrip()
        named = ends.get(len(before))
        if named is not None:
            named = _apposition_head(doc, named, ends) or named
        elif not before[-1:].islower():
            continue  # after a name the tagger missed: the term may well be a name
        for term in _DEFINED_TERM.findall(found.group(1)):
            terms.setdefault(term.strip(), named)
    return terms


def _apposition_head(doc: Doc, named: Span, ends: dict[int, Span]) -> Span | None:
    """« X, société contrôlée par Y »: the name X whose apposition ends with Y."""
    if fold(doc[named.start - 1].text) not in ("par", "de", "d'", "du", "des"):
        return None
    sentence = doc[named.start].sent
    commas = [t for t in doc[sentence.start : named.start] if t.text == ","]
    if len(commas) != 1:
        return None
    head = ends.get(commas[0].idx)
    nominal = commas[0].i + 1 < named.start and doc[commas[0].i + 1].pos_ == "NOUN"
    return head if head is not None and head.start == sentence.start and nominal else None


def recognise_entities(
    doc: Doc,
    places=None,
    infinitives: frozenset[str] = frozenset(),
    is_word=None,
) -> list[EntityMention]:
    spans = [t for t in (_trim(e) for e in doc.ents if e.label_ in NAME_LABELS) if t]
    spans = [
        s
        for s in spans
        if not _kicker(s)
        and not _within_a_date(s)
        and not _opening_modifier(s)
        and not _opening_infinitive(s, infinitives)
        and not _stock_listing(s)
    ]
    spans = [  # « Abitibi » inside « Forum … de l'Abitibi » once completed
        s for s in spans if not any(o.start <= s.start and s.end <= o.end and o != s for o in spans)
    ]
    taken = {i for s in spans for i in range(s.start, s.end)}
    if places is not None:  # places of the gazetteer the NER missed or cut (« Ivoire »)
        for _, start, end in places(doc):
            glued = (start > 0 and doc[start - 1].text == "-") or (
                end < len(doc) and doc[end].text == "-"
            )
            if not doc[start].text[:1].isupper() or glued:
                continue  # « Hydro-Nord » is a company, not the Nord
            cut = [s for s in spans if s.start < end and start < s.end]
            if all(start <= s.start and s.end <= end for s in cut) and not any(
                s.start == start and s.end == end for s in cut
            ):
                spans = [s for s in spans if s not in cut]
                spans.append(Span(doc, start, end, label="LOC"))
                taken.update(range(start, end))
    spans = [_company_over_place(doc, s) for s in spans]
    taken.update(i for s in spans for i in range(s.start, s.end))
    lex = _lexicon()
    starts, heads = lex["portfolio_starts"], lex["portfolios"]
    portfolios = [_portfolio(doc, t.i, heads) for t in doc if t.lower_ in starts]
    portfolios = [p for p in portfolios if p is not None]
    charges = [_portfolio(doc, t.i, lex["charges"]) for t in doc if t.lower_ in lex["charges"]]
    covered = portfolios + [c for c in charges if c is not None]
    spans = [s for s in spans if not any(p.start <= s.start < p.end for p in covered)]
    spans += portfolios
    taken.update(i for p in portfolios for i in range(p.start, p.end))
    authorities = _authorities(doc, spans) + _named_after_a_place(doc, spans)
    spans = [s for s in spans if not any(a.start <= s.start < a.end for a in authorities)]
    spans += authorities
    taken.update(i for a in authorities for i in range(a.start, a.end))
    spans = _joined_by_acronym(doc, _joined_after_capital_article(doc, spans))
    taken.update(i for s in spans for i in range(s.start, s.end))
    patterned = _pattern_names(doc, taken, is_word)
    spans += patterned
    taken.update(i for s in patterned for i in range(s.start, s.end))
    headed_towns = _territory_in_capitals(doc)
    spans += [s for s in headed_towns if not taken.intersection(range(s.start, s.end))]
    taken.update(i for s in headed_towns for i in range(s.start, s.end))
    spans += _repeats(doc, spans, taken)
    spans += _spelled_acronyms(doc, spans, taken)
    spans.sort(key=lambda s: s.start)
    defined = _defined_terms(doc, spans)
    spans = [s for s in spans if s.text not in defined or defined[s.text] is not None]
    labelled = [(s, _label(s)) for s in spans]
    canonical = _canonical_names([s.text for s, _ in labelled if s.text not in defined])
    for acronym, full in _acronyms(doc, [s for s, _ in labelled]).items():
        canonical[acronym] = full
        canonical.setdefault(full, full)
    for acronym, full in _acronyms_of_initials(set(canonical.values())).items():
        if canonical.get(acronym) == acronym:
            canonical[acronym] = full
    headers = {s.start for s in headed_towns}
    for s, _ in labelled:  # « VILLE DE MONTREVEL », never written in small letters: « Montrevel »
        if s.start in headers and canonical.get(s.text) == s.text and s.text.isupper():
            canonical[s.text] = _town_case(s.text)
    for term, named in defined.items():  # « l'Initiateur » is the name it was defined for
        if named is not None:
            canonical[term] = canonical.get(named.text, named.text)
    doc._.defined_terms = {fold(t): canonical[n.text] for t, n in defined.items() if n}
    for s, _ in labelled:  # « au Havre », « du Mans »: the article belongs to the town's name
        if s.start and doc[s.start - 1].lower_ in ("au", "du") and is_place(f"Le {s.text}"):
            canonical[s.text] = f"Le {s.text}"
    votes: dict[str, Counter] = {}
    placed: set[str] = set()  # names seen after « à », « en », « dans »…
    towns: set[str] = set()  # « Quimperlé (Finistère) »
    for s, label in labelled:
        if s.text in defined:
            label = _label(defined[s.text])  # the term's mentions vote as its name
        votes.setdefault(canonical[s.text], Counter())[label] += 1
        before = [fold(t.text) for t in doc[max(0, s.start - 2) : s.start]]
        site = len(before) == 2 and before[1] in ("de", "d'") and before[0] in _lexicon()["sites"]
        after_place_word = bool(before) and before[-1] in _lexicon()["place_words"]
        if (after_place_word and not _receives(s)) or site:
            placed.add(canonical[s.text])  # « à Zenora », « l'usine de Zenora »
        if _town_with_its_region(doc, s) or _town_of_an_office(doc, s):
            towns.add(canonical[s.text])
    for name, tally in votes.items():
        # the NER calls many companies places: a place outside the gazetteer must be
        # somewhere things happen (« à Zenora » is never written)
        if (
            "LOC" in tally
            and not is_place(name)
            and not part_of_place(name)
            and name not in placed
            and not is_known_town(name)
        ):
            tally["ORG"] += tally.pop("LOC")
    written = {s.text for s, _ in labelled}
    employers = {canonical[s.text] for s, _ in labelled if _employer(s)}
    # « Ostralvik, jeune industriel… »: described as an organisation, whatever « à X » says;
    # a person's name then « , la société pourrait… » is no apposition; « la coopérative X »
    # once says what X is, however often the tagger calls it a person elsewhere
    described = {
        canonical[s.text]
        for s, label in labelled
        if (s.label_ != "PER" and _apposed_organisation_head(s))
        or (label == "ORG" and _introduced_by(doc, s.start, _lexicon()["org_heads"]))
    }
    nouns = _nouns_taken_up(doc)
    for name, tally in votes.items():
        if "PER" in tally and (
            _shortened_like_a_company(name, written)
            or _names_others(name, written)
            or name in employers
        ):
            tally["ORG"] += tally.pop("PER")
        if _named_after_its_trade(name, nouns):
            tally["ORG"] += tally.pop("PER", 0) + tally.pop("MISC", 0)
    titled = {canonical[s.text] for s, _ in labelled if signature_title_end(s) or _titled_after(s)}
    for name in titled:  # a signature, « X, cofondatrice de Y », names a person, however
        votes[name] = Counter(PER=sum(votes[name].values()))  # she signs (« — X »)
    mentions = []
    for s, label in labelled:
        name = canonical[s.text]
        tally = votes[name]
        best = (
            "LOC"
            if is_place(name) or name in towns
            else "ORG"
            if name in described
            else max(tally, key=lambda k: (tally[k], k != "MISC"))
        )
        mentions.append(
            EntityMention(s.start_char, s.end_char, s.text, label, name, s.start, s.end)
        )
        mentions[-1] = replace(mentions[-1], label=best)
    return mentions


if not Doc.has_extension("entities"):
    Doc.set_extension("entities", default=None)
if not Doc.has_extension("defined_terms"):
    Doc.set_extension("defined_terms", default=None)  # folded term -> canonical name


def entity_index(doc: Doc) -> dict[int, EntityMention]:
    """Token index -> the entity mention covering it."""
    return {i: m for m in doc._.entities or () for i in range(m.token_start, m.token_end)}


def _model_word_lists(nlp: Language, parts: tuple[str, ...]) -> tuple[list[str], ...]:
    """The word lists of the French model's lemmatizer tables (its ``lemma_index``) for the
    parts of speech asked, read in place (no copy), a general lexicon shipped with the model;
    none when it has none."""
    if "lemmatizer" not in nlp.component_names:  # disabled, its tables still loaded
        return ()
    tables = nlp.get_pipe("lemmatizer").lookups
    if not tables.has_table("lemma_index"):
        return ()
    index = tables.get_table("lemma_index")
    return tuple(index.get(part, []) for part in parts)


@Language.factory("summit_entities")
def make_entity_recogniser(nlp: Language, name: str):
    """Sets ``doc._.entities`` (list of EntityMention) after spaCy's NER."""

    places = PhraseMatcher(nlp.vocab, attr="LOWER")
    gazetteer = load_json("places.json")
    names = [p for key in ("countries", "regions", "cities") for p in gazetteer[key]]
    places.add("PLACE", [nlp.make_doc(p) for p in names])

    infinitives = frozenset(w for words in _model_word_lists(nlp, ("verb",)) for w in words)
    lexicon = _model_word_lists(nlp, ("noun", "verb", "adj", "adv"))
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.component_names else None

    def is_word(token: Token) -> bool:
        """A French word of the model's lexicon, in any of its forms (« Contrats », « Doté »);
        asked of a few capitalised subjects a document, so the model's lists are searched in
        place rather than copied into one more set per worker."""
        lemmas = {token.lower_, *(lemmatizer.rule_lemmatize(token) if lemmatizer else ())}
        lemmas.add(re.sub(r"(?:é|ée|és|ées)$", "er", token.lower_))  # a participle's verb
        return any(lemma in words for lemma in lemmas for words in lexicon)

    def run(doc: Doc) -> Doc:
        doc._.entities = recognise_entities(doc, places, infinitives, is_word if lexicon else None)
        return doc

    return run
