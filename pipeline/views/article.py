"""One article with its spans coloured by displaCy and its announcements in a table; a row
and its evidence sentence light up together."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from markupsafe import Markup
from spacy import displacy

from ..evaluate import name_key
from ..schema import Announcement, ArticleResult, Span
from .page import render

COLORS = {
    "AMOUNT": "#ffd166",
    "DATE": "#8ecae6",
    "ACTOR": "#f4978e",
    "PARTNER": "#b5e48c",
    "PLACE": "#cdb4db",
}
OTHER_COLOR = "#e4e4e4"  # names that play no part in an announcement
ROLES = (("ACTOR", "actors"), ("PARTNER", "partners"), ("PLACE", "locations"))
# displaCy's ent template with the span's offsets, so a reader (or a test) can check them
MARK = (
    '<mark class="entity" data-label="{label}" data-start="{start}" data-end="{end}" '
    'style="background: {bg}">{text}<span class="tag">{label}</span></mark>'
)
_WRAPPER = '<div class="entities"'


@dataclass(frozen=True)
class Highlight:
    start: int
    end: int
    label: str


def _role(canonical: str, announcements: list[Announcement]) -> str | None:
    key = name_key(canonical)
    for label, attribute in ROLES:
        for a in announcements:
            if any(name_key(p.name) == key for p in getattr(a, attribute)):
                return label
    return None


def _check(text: str, snippet: str, start: int, end: int) -> None:
    if text[start:end] != snippet:
        short = snippet if len(snippet) <= 40 else snippet[:40] + "…"
        raise ValueError(f"span {short!r} at {start}:{end} does not match the article text")


def highlights(text: str, result: ArticleResult) -> list[Highlight]:
    """The result's spans to colour, without overlaps since displaCy's ent style cannot nest
    them: amounts win over dates, dates over names. A name is coloured by its role in the
    announcements of its sentence, else by its role anywhere in the article, else stays
    grey under its entity label."""
    anns = result.announcements
    candidates: list[tuple[int, Span, str]] = []
    for amount in result.amounts:
        candidates.append((0, amount, "AMOUNT"))
    for date in result.dates:
        candidates.append((1, date, "DATE"))
    for entity in result.entities:
        around = [a for a in anns if a.start <= entity.start < a.end]
        label = _role(entity.canonical, around) or _role(entity.canonical, anns) or entity.label
        candidates.append((2, entity, label))
    taken: list[Highlight] = []
    for _, span, label in sorted(candidates, key=lambda c: (c[0], c[1].start)):
        _check(text, span.text, span.start, span.end)
        if all(span.end <= h.start or h.end <= span.start for h in taken):
            taken.append(Highlight(span.start, span.end, label))
    return sorted(taken, key=lambda h: h.start)


def sentence_ids(result: ArticleResult) -> dict[tuple[int, int], str]:
    """One id per distinct evidence sentence, shared by the announcements it supports."""
    spans = sorted({(a.start, a.end) for a in result.announcements})
    return {span: f"s{number}" for number, span in enumerate(spans, start=1)}


def _segment(text: str, start: int, end: int, marks: list[Highlight], sentences: list[str]) -> str:
    ents = [
        {
            "start": h.start - start,
            "end": h.end - start,
            "label": escape(h.label),  # displaCy escapes the text, not the label
            "params": {"start": h.start, "end": h.end},
        }
        for h in marks
    ]
    html = displacy.render(
        {"text": text[start:end], "ents": ents},
        style="ent",
        manual=True,
        jupyter=False,
        options={
            "colors": {escape(h.label): COLORS.get(h.label, OTHER_COLOR) for h in marks},
            "template": MARK,
        },
    )
    if not html.startswith(_WRAPPER):
        raise RuntimeError("displaCy's ent markup changed; update views.article._WRAPPER")
    attributes = f' data-sentences="{" ".join(sentences)}"' if sentences else ""
    return f'<div class="entities seg"{attributes}' + html[len(_WRAPPER) :]


def article_markup(text: str, result: ArticleResult) -> str:
    """The article cut at evidence-sentence bounds, each piece rendered by displaCy and tagged
    with the sentences it belongs to; a span that crosses a bound is left uncoloured."""
    ids = sentence_ids(result)
    bounds = sorted({0, len(text)} | {x for span in ids for x in span})
    marks = highlights(text, result)
    pieces = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        inside = [h for h in marks if start <= h.start and h.end <= end]
        sentences = [sid for (s, e), sid in ids.items() if s <= start and end <= e]
        pieces.append(_segment(text, start, end, inside, sentences))
    return "".join(pieces)


def render_article(article_text: str, result: ArticleResult) -> str:
    """A self-contained HTML page: the coloured article above its announcements table.
    Raises ValueError when the result's spans do not match ``article_text``."""
    for a in result.announcements:
        _check(article_text, a.sentence, a.start, a.end)
    ids = sentence_ids(result)
    used = {h.label for h in highlights(article_text, result)}
    legend = [(label, color) for label, color in COLORS.items() if label in used]
    if used - COLORS.keys():
        legend.append(("other names", OTHER_COLOR))
    return render(
        "show.html.j2",
        result=result,
        article=Markup(article_markup(article_text, result)),
        legend=legend,
        rows=[(a, ids[a.start, a.end]) for a in result.announcements],
    )
