"""Names given to things (a programme, a model, a coalition): quoted, or capitalised before
the noun that describes them. They are objects of announcements, not parties to them."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..entities import EntityMention

_QUOTE = r"«\s*([^»]{2,60}?)\s*»|\"([^\"]{2,60})\"|“([^”]{2,60})”"
QUOTED = re.compile(_QUOTE)  # a name in French, straight or curly quotes
QUOTED_SOON = re.compile(rf".{{0,40}}?(?:{_QUOTE})")  # the same, a few words further on


def named_before(doc: Doc, token: Token, sent: Span) -> EntityMention | None:
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


def quoted_name(doc: Doc, token: Token, sent: Span, reach: int = 12) -> EntityMention | None:
    """« son chatbot « Orion » »: a quoted name within a few words after ``token``."""
    stop = doc[min(sent.end, token.i + reach) - 1].idx + 1 if reach else sent.end_char
    # from the token to the sentence's end: ``doc.text`` would rejoin the whole document
    tail = doc[token.i : max(token.i, sent.end)].text_with_ws
    text = tail[: max(stop, token.idx) - token.idx]
    match = QUOTED.search(text) or QUOTED_SOON.match(tail[: max(0, sent.end_char - token.idx)])
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


def named_after(doc: Doc, verb: Token, sent: Span) -> EntityMention | None:
    """« a lancé le 2 juin Ferrix, un service… », « lancera en janvier Orion Pay, une offre… »:
    the capitalised name a launch verb puts right after itself, past its date and article,
    closed by a comma or the sentence's end."""
    dated = [(d.start, d.end) for d in doc._.dates or []]
    i = verb.i + 1
    while i < sent.end and (
        any(start <= doc[i].idx < end for start, end in dated)
        or doc[i].pos_ in ("ADV", "DET")
        or doc[i].lower_ in ("aujourd'hui", "hier")
    ):
        i += 1
    first = i
    while (
        i < sent.end
        and i - first < 6
        and (doc[i].text[:1].isupper() or doc[i].like_num or doc[i].text == "-" and i > first)
    ):
        i += 1
    if i == first or not doc[first].text[:1].isupper():
        return None
    if i < sent.end and doc[i].text not in (",", ".", ";", "(", ":") and not doc[i].is_space:
        return None  # « a lancé Vexa Cloud dans … » is a clause, not a name and its gloss
    span = doc[first:i]
    return EntityMention(span.start_char, span.end_char, span.text, "MISC", span.text, first, i)
