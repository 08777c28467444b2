"""Precision and recall against gold annotations, per split and per announcement type.

The matching rules are the annotation guide's (corpus/README.md, « How it is scored »).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .entities import fold
from .schema import ANNOUNCEMENT_TYPES, ArticleResult

_ARTICLES = re.compile(r"^(?:le|la|les|l'|the)\s*", re.IGNORECASE)
NAME_LABELS = ("ORG", "PER", "LOC")
FIELDS = ("partners", "locations", "date", "deadline")


def name_key(name: str) -> str:
    return _ARTICLES.sub("", fold(name).replace("’", "'")).strip()


def same_name(a: str, b: str) -> bool:
    """Equal once folded, or one a whole-word part of the other (« Nexora » ~ « Nexora Labs »)."""
    x, y = name_key(a), name_key(b)
    if not x or not y:
        return False
    if x == y:
        return True
    short, long_ = sorted((x, y), key=len)
    return re.search(rf"(?<!\w){re.escape(short)}(?!\w)", long_) is not None


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-6)


def same_amount(a, b) -> bool:
    """Same value, bounds and currency (both absent counts as the same)."""
    if a is None or b is None:
        return a is None and b is None
    return (
        _close(a.value, b.value)
        and _close(a.min, b.min)
        and _close(a.max, b.max)
        and a.currency == b.currency
    )


def _overlap(a, b) -> bool:
    return a.start < b.end and b.start < a.end


def _names_match(gold: list, pred: list) -> bool:
    return bool(gold) and bool(pred) and any(same_name(g.name, p.name) for g in gold for p in pred)


def _same_set(gold: list, pred: list) -> bool:
    g = [x.name for x in gold]
    p = [x.name for x in pred]
    return all(any(same_name(a, b) for b in p) for a in g) and all(
        any(same_name(a, b) for b in g) for a in p
    )


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


def _match(gold: list, pred: list, same: Callable, prefer: Callable | None = None):
    """Greedy one-to-one matching; ``prefer`` ranks candidates (higher first)."""
    pairs, used = [], set()
    for g in gold:
        candidates = [(i, p) for i, p in enumerate(pred) if i not in used and same(g, p)]
        if not candidates:
            continue
        if prefer:
            candidates.sort(key=lambda c: -prefer(g, c[1]))
        used.add(candidates[0][0])
        pairs.append((g, candidates[0][1]))
    unmatched_gold = [g for g in gold if all(g is not m for m, _ in pairs)]
    unmatched_pred = [p for i, p in enumerate(pred) if i not in used]
    return pairs, unmatched_gold, unmatched_pred


def _score(pairs, missed, extra) -> Score:
    return Score(len(pairs), len(extra), len(missed))


def _strict(g, p) -> bool:
    return g.type == p.type and _relaxed(g, p)


def _relaxed(g, p) -> bool:
    return _names_match(g.actors, p.actors) and same_amount(g.amount, p.amount)


def _sentence_overlap(g, p) -> int:
    return int(_overlap(g, p))


@dataclass
class SplitReport:
    articles: int = 0
    scores: dict[str, Score] = field(default_factory=dict)
    by_type: dict[str, Score] = field(default_factory=dict)
    fields: dict[str, list[int]] = field(default_factory=dict)  # name -> [right, total]
    misses: list[dict] = field(default_factory=list)
    extras: list[dict] = field(default_factory=list)

    def score(self, name: str) -> Score:
        return self.scores.setdefault(name, Score())

    def as_dict(self) -> dict:
        return {
            "articles": self.articles,
            **{k: v.as_dict() for k, v in self.scores.items()},
            "by_type": {k: v.as_dict() for k, v in sorted(self.by_type.items())},
            "fields": {
                k: {"right": r, "total": t, "accuracy": round(r / t, 4) if t else 1.0}
                for k, (r, t) in self.fields.items()
            },
            "misses": self.misses,
            "extras": self.extras,
        }


def _brief(article_id: str, a) -> dict:
    amount = a.amount
    return {
        "article": article_id,
        "type": a.type,
        "actors": [x.name for x in a.actors],
        "amount": None if amount is None else amount.text,
        "sentence": a.sentence,
        "start": a.start,
        "end": a.end,
    }


def compare(gold: ArticleResult, pred: ArticleResult, report: SplitReport) -> None:
    """Adds one article's comparison to the split's report."""
    report.articles += 1
    article_id = gold.article.id

    g_names = {name_key(e.canonical): e for e in gold.entities if e.label in NAME_LABELS}
    p_names = {name_key(e.canonical): e for e in pred.entities if e.label in NAME_LABELS}
    report.score("entities").add(
        _score(*_match(list(g_names), list(p_names), lambda a, b: same_name(a, b)))
    )
    report.score("amounts").add(
        _score(
            *_match(gold.amounts, pred.amounts, lambda g, p: _overlap(g, p) and same_amount(g, p))
        )
    )
    report.score("dates").add(
        _score(*_match(gold.dates, pred.dates, lambda g, p: _overlap(g, p) and g.value == p.value))
    )
    relaxed = _match(gold.announcements, pred.announcements, _relaxed, _sentence_overlap)
    report.score("announcements_relaxed").add(_score(*relaxed))
    pairs, missed, extra = _match(
        gold.announcements, pred.announcements, _strict, _sentence_overlap
    )
    report.score("announcements_strict").add(_score(pairs, missed, extra))
    for kind in ANNOUNCEMENT_TYPES:
        report.by_type.setdefault(kind, Score()).add(
            Score(
                sum(g.type == kind for g, _ in pairs),
                sum(p.type == kind for p in extra),
                sum(g.type == kind for g in missed),
            )
        )
    for g, p in pairs:
        checks = {
            "partners": _same_set(g.partners, p.partners),
            "locations": _same_set(g.locations, p.locations),
            "date": g.date == p.date,
            "deadline": g.deadline == p.deadline,
            "object": _same_set([g.object] if g.object else [], [p.object] if p.object else []),
            "modality": g.modality == p.modality,
        }
        for name, ok in checks.items():
            right_total = report.fields.setdefault(name, [0, 0])
            right_total[0] += ok
            right_total[1] += 1
    report.misses += [_brief(article_id, g) for g in missed]
    report.extras += [_brief(article_id, p) for p in extra]


def gold_files(gold_dir: Path) -> dict[str, list[Path]]:
    """Split name -> gold files: ``gold/<split>/*.json`` (or the folder itself as one split)."""
    splits = {d.name: sorted(d.glob("*.json")) for d in sorted(gold_dir.iterdir()) if d.is_dir()}
    splits = {k: v for k, v in splits.items() if v}
    if not splits and any(gold_dir.glob("*.json")):
        splits = {gold_dir.name: sorted(gold_dir.glob("*.json"))}
    return splits


def article_for(gold_path: Path, gold_dir: Path, articles_dir: Path) -> Path | None:
    """The article a gold file annotates: same split and stem under ``articles_dir``."""
    relative = gold_path.relative_to(gold_dir).with_suffix("")
    for suffix in (".txt", ".md"):
        candidate = articles_dir / relative.with_suffix(suffix)
        if candidate.exists():
            return candidate
    return None


def evaluate(
    gold_dir: Path,
    predict: Callable[[Path, ArticleResult], ArticleResult],
    splits: Iterable[str] | None = None,
) -> dict[str, SplitReport]:
    """Reports per split plus ``all``; ``predict(gold_path, gold)`` gives the prediction."""
    reports: dict[str, SplitReport] = {}
    total = SplitReport()
    for split, paths in gold_files(gold_dir).items():
        if splits and split not in splits:
            continue
        report = reports.setdefault(split, SplitReport())
        for path in paths:
            gold = ArticleResult.model_validate_json(path.read_text(encoding="utf-8"))
            pred = predict(path, gold)
            compare(gold, pred, report)
            compare(gold, pred, total)
    reports["all"] = total
    return reports


def reports_as_dict(reports: dict[str, SplitReport]) -> dict:
    return {split: r.as_dict() for split, r in reports.items()}


def load_prediction(pred_dir: Path, article_id: str) -> ArticleResult:
    path = pred_dir / f"{article_id}.json"
    if not path.exists():
        return ArticleResult.model_validate({"article": {"id": article_id}})
    return ArticleResult.model_validate(json.loads(path.read_text(encoding="utf-8")))
