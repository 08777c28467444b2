"""Sentence boundaries and web boilerplate, set before the parser.

News pages put headings, bullets and « Lire aussi » links on lines of their own, and the
statistical parser happily runs a heading into the next paragraph or cuts « start-up » in two.
Lines are paragraphs; inside a line a sentence ends at . ! ? … before a capital, a digit or an
opening quote. The parser respects boundaries preset on every token.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .assets import load_json

_ENDS = {".", "!", "?", "…", "...", "?!", "!?"}
_OPENERS = "«\"“'‘-–—("


@cache
def _boilerplate_patterns() -> tuple[re.Pattern, re.Pattern]:
    data = load_json("boilerplate.json")
    line = re.compile("|".join(f"(?:{p})" for p in data["line_patterns"]), re.IGNORECASE)
    lead_in = re.compile("|".join(f"(?:{p})" for p in data["lead_in_patterns"]), re.IGNORECASE)
    return line, lead_in


@cache
def _line_prefix() -> re.Pattern:
    prefixes = load_json("boilerplate.json")["line_prefix_patterns"]
    return re.compile(r"^[ \t]*(?:" + "|".join(f"(?:{p})" for p in prefixes) + ")+", re.MULTILINE)


DASHES = ("–", "—", "-")
BULLETS = ("-", "•", "*", "–", "—", "·")  # what opens a list's item


def dash_follows(text: str, end: int) -> bool:
    """A dash (« – », « — », « - ») right after ``end``, past spaces: a dateline's or a
    timeline's (« PARIS, 4 nov 2025 - », « Juin 2015 – Série A… »)."""
    return text[end : end + 3].strip()[:1] in DASHES


def doc_text(doc: Doc) -> str:
    """The document's text, joined once: ``Doc.text`` rejoins every token at each call."""
    if "summit_text" not in doc.user_data:
        doc.user_data["summit_text"] = doc.text
    return doc.user_data["summit_text"]


def line_start(text: str, offset: int) -> int:
    """Where the line holding ``offset`` starts."""
    return text.rfind("\n", 0, offset) + 1


def opens_line(span: Span) -> bool:
    """The span starts its line, or right after the line's time or speaker (« 12h05 - »)."""
    text = doc_text(span.doc)
    before = text[line_start(text, span.start_char) : span.start_char]
    return not before.strip() or _line_prefix().fullmatch(before) is not None


def line_prefix_end(doc: Doc, offset: int) -> int:
    """Where the sentence starts on the line holding ``offset``: after its time, speaker or
    label (« 16h45 — MISE À JOUR »), else at the line's start."""
    text = doc_text(doc)
    start = line_start(text, offset)
    found = _line_prefix().match(text, start)
    return found.end() if found is not None else start


def is_line_prefix(span: Span) -> bool:
    """The span is a line's time or speaker (« MARC HOFFMANN : »), neither news nor a title."""
    end = line_prefix_end(span.doc, span.start_char)
    return span.end_char <= end <= span.end_char + 3


def _line_prefixes(text: str) -> tuple[set[int], set[int]]:
    """Where the sentence starts on lines opened by a time or a speaker (« 10:05 - … »), and
    the offsets inside those prefixes, where none starts (« SOPHIE ROY. — Nous… »)."""
    found = [m.span() for m in _line_prefix().finditer(text) if m.end() > m.start()]
    return {end for _, end in found}, {i for start, end in found for i in range(start + 1, end)}


def boilerplate_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of lines that are page furniture, not news."""
    line_re, lead_in_re = _boilerplate_patterns()
    ranges = []
    previous_was_lead_in = False
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        start = offset + len(line) - len(line.lstrip())
        end = start + len(stripped)
        offset += len(line)
        if not stripped:
            continue
        if previous_was_lead_in or line_re.match(stripped):
            ranges.append((start, end))
        previous_was_lead_in = bool(lead_in_re.match(stripped))
    return ranges


@cache
def _abbreviated_legal_forms() -> frozenset[str]:
    """« Inc », « Corp », « Ltd »: the legal suffixes the table writes with their full stop."""
    suffixes = load_json("entities.json")["legal_suffixes"]
    return frozenset(w.rstrip(".") for w in suffixes if w.endswith("."))


def _after_legal_suffix(stop: Token) -> bool:
    """The full stop closes an abbreviated legal form (« Inc. », « Corp. », « Ltd. »)."""
    return stop.i > 0 and stop.doc[stop.i - 1].text in _abbreviated_legal_forms()


def _starts_sentence(previous: Token, token: Token) -> bool:
    if previous.is_space and "\n" in previous.text:
        return not token.is_space
    if token.is_space:
        return False
    text = previous.text
    glued_stop = len(text) > 1 and text.endswith(".") and not text[:-1].isalpha()  # « M€. »
    if text == "." and token.text == "(" and _after_legal_suffix(previous):
        return False  # « Quarzemia Inc. (NASDAQ : QZMA) annonce »: the full stop abbreviates
    if text in _ENDS or text.endswith(("...", "…")) or glued_stop:
        first = token.text[:1]
        return first.isupper() or first.isdigit() or first in _OPENERS
    return False


if not Doc.has_extension("boilerplate"):
    Doc.set_extension("boilerplate", default=None)


def is_heading_line(line: str) -> bool:
    """A short line without final punctuation: a title or subheading, not body text. Pictographs
    after the punctuation (« … 14 millions d'euros ! 🍏 ») still end a sentence."""
    line = line.strip()
    end = len(line)
    while end and (line[end - 1] in '»"”) ' or unicodedata.category(line[end - 1]) in _PICTOGRAPHS):
        end -= 1
    return len(line) < 140 and not line[:end].endswith((".", "!", "?", "…"))


_PICTOGRAPHS = ("So", "Sk", "Mn", "Cf")  # emoji, their skin tones, variation selectors, joiners


def in_boilerplate(span: Span) -> bool:
    """True when the span lies on a boilerplate line."""
    return any(s <= span.start_char < e for s, e in span.doc._.boilerplate or ())


@Language.factory("summit_sentences")
def make_sentence_splitter(nlp: Language, name: str):
    """Presets ``is_sent_start`` on every token and ``doc._.boilerplate`` line ranges."""

    def split_sentences(doc: Doc) -> Doc:
        starts = numpy.empty((len(doc), 1), dtype="int64")
        text = doc_text(doc)
        after_prefix, in_prefix = _line_prefixes(text)
        previous = None
        for token in doc:  # one array write: setting is_sent_start token by token is quadratic
            opens = previous is None or _starts_sentence(previous, token)
            opens = opens and token.idx not in in_prefix or token.idx in after_prefix
            starts[token.i, 0] = 1 if opens else -1
            previous = token
        doc.from_array([SENT_START], starts.astype("uint64"))  # -1 travels as its two's complement
        doc._.boilerplate = boilerplate_lines(text)
        return doc

    return split_sentences
