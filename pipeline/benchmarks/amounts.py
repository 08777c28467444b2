"""What the money-amount layer costs next to spaCy, on real articles and on hostile input.

The layer must stay well under a tenth of the full pipeline's time, and linear in the length of
any text: the adversarial input strings together what makes careless patterns backtrack (long
digit runs, separators, scale words and bound words repeated, ranges that never close), and the
layer is timed on each kind alone at half and at full size.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import spacy

from ..amounts import find_amounts, grammar_patterns

MODEL = "fr_core_news_md"
PIECE_CHARS = 100_000  # the adversarial text goes through the layers in pieces of this size
TARGET_SHARE_OF_PIPELINE = 0.10

# Each piece is repeated to fill its share of the adversarial text.
ADVERSARIAL_PIECES: dict[str, str] = {
    "digit run": "1234567890",
    "spaced digits": "1 000 ",
    "dotted digits": "1.000.",
    "comma digits": "1,1,",
    "narrow spaces": "1\u202f000\u00a0",
    "scale words": "milliards ",
    "scaled counts": "3 millions de personnes ",
    "vague chains": "des dizaines de centaines de ",
    "bound words": "plus de au moins près de ",
    "open ranges": "entre 1 et de 2 à ",
    "number words": "vingt et un cent mille ",
    "signs": "€$£¥ M€ Md ",
    "apostrophes": "d'd’ ",
    "money": "20 milliards d'euros, dont 15 milliards. ",
    "one long sentence": "5 milliards de dirhams au Maroc, dont 2 milliards, ",
    "odd letter cases": "5 MİLLİARDS D'EUROſ ",
}


def repeat_to(piece: str, size: int) -> str:
    """``piece`` repeated to ``size`` bytes of UTF-8, cut on a character."""
    encoded = len(piece.encode("utf-8"))
    text = piece * (size // encoded + 1)
    return text.encode("utf-8")[:size].decode("utf-8", errors="ignore")


def adversarial_text(size: int = 1_000_000) -> str:
    """All adversarial pieces, each repeated over an equal share of ``size`` bytes."""
    share = size // len(ADVERSARIAL_PIECES)
    return "".join(repeat_to(piece, share) for piece in ADVERSARIAL_PIECES.values())


def _best_time(run: Callable[[], object], repeat: int, budget: float = 2.0) -> float:
    """The fastest of up to ``repeat`` runs, the one least disturbed by the rest of the
    machine; no new run starts once ``budget`` seconds are spent."""
    best, spent = float("inf"), 0.0
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        elapsed = time.perf_counter() - start
        best, spent = min(best, elapsed), spent + elapsed
        if spent > budget:
            break
    return best


def _layers(texts: list[str], nlp, repeat: int, pipeline_repeat: int, batch_size: int) -> dict:
    chars = sum(len(t) for t in texts)
    seconds = {
        "tokenizer": _best_time(lambda: [nlp.tokenizer(t) for t in texts], repeat),
        "amounts": _best_time(lambda: [find_amounts(t) for t in texts], repeat),
        "pipeline": _best_time(
            lambda: list(nlp.pipe(texts, batch_size=batch_size)), pipeline_repeat
        ),
    }
    return {
        "texts": len(texts),
        "chars": chars,
        "mentions": sum(len(find_amounts(t)) for t in texts),
        "seconds": seconds,
        "chars_per_second": {k: chars / v for k, v in seconds.items()},
        "amounts_vs_tokenizer": seconds["amounts"] / seconds["tokenizer"],
        "amounts_vs_pipeline": seconds["amounts"] / seconds["pipeline"],
    }


def run_amount_benchmark(texts: list[str], adversarial_bytes: int = 1_000_000) -> dict:
    """Times spaCy's tokenizer, ``find_amounts`` and the full ``fr_core_news_md`` pipeline on
    ``texts`` and on an adversarial text of ``adversarial_bytes``; then ``find_amounts`` alone
    on each adversarial piece at half and full size, to show its time grows linearly, and each
    pattern of the grammar over the whole adversarial text, cues included."""
    nlp = spacy.load(MODEL)
    adversarial = adversarial_text(adversarial_bytes)
    warm_up = texts[0] if texts else "Il lève 20 milliards d'euros."
    nlp(warm_up)
    find_amounts(warm_up)

    pieces = {}
    for name, piece in ADVERSARIAL_PIECES.items():
        half, full = (repeat_to(piece, n) for n in (adversarial_bytes // 2, adversarial_bytes))
        half_s = _best_time(lambda t=half: find_amounts(t), 3)
        full_s = _best_time(lambda t=full: find_amounts(t), 3)
        pieces[name] = {
            "chars_per_second": len(full) / full_s,
            "full_over_half": full_s / half_s,
        }
    patterns = {
        name: len(adversarial)
        / _best_time(lambda p=pattern: sum(1 for _ in p.finditer(adversarial)), 1)
        for name, pattern in grammar_patterns().items()
    }
    corpus = _layers(texts, nlp, repeat=5, pipeline_repeat=3, batch_size=32) if texts else None
    # In pieces, one at a time: a megabyte-long Doc takes gigabytes in the parser.
    chunks = [adversarial[i : i + PIECE_CHARS] for i in range(0, len(adversarial), PIECE_CHARS)]
    hostile = _layers(chunks, nlp, repeat=2, pipeline_repeat=1, batch_size=1)
    hostile["bytes"] = len(adversarial.encode("utf-8"))
    return {
        "model": MODEL,
        "target_share_of_pipeline": TARGET_SHARE_OF_PIPELINE,
        "corpus": corpus,
        "adversarial": hostile,
        "adversarial_pieces": pieces,
        "adversarial_patterns": patterns,
        "meets_target": all(
            r["amounts_vs_pipeline"] < TARGET_SHARE_OF_PIPELINE for r in (corpus, hostile) if r
        ),
    }


def format_amount_benchmark(result: dict) -> str:
    """The benchmark as a short plain-text report."""
    header = (
        f"{'input':<12}{'chars':>10}{'tokenizer/s':>13}{'amounts/s':>12}{'pipeline/s':>12}"
        f"{'÷tokenizer':>12}{'÷pipeline':>11}"
    )
    lines = [f"Money-amount layer against spaCy ({result['model']}), in chars per second", ""]
    lines += [header, "-" * len(header)]
    for name in ("corpus", "adversarial"):
        run = result[name]
        if run is None:
            lines.append(f"{name:<12}{'no texts':>10}")
            continue
        speed = run["chars_per_second"]
        lines.append(
            f"{name:<12}{run['chars']:>10,}{speed['tokenizer']:>13,.0f}{speed['amounts']:>12,.0f}"
            f"{speed['pipeline']:>12,.0f}{run['amounts_vs_tokenizer']:>12.3f}"
            f"{run['amounts_vs_pipeline']:>11.3f}"
        )
    lines += ["", "find_amounts on each adversarial piece alone (time at full / half size):"]
    for name, piece in result["adversarial_pieces"].items():
        lines.append(
            f"  {name:<18}{piece['chars_per_second']:>14,.0f} chars/s"
            f"{piece['full_over_half']:>8.2f}x"
        )
    lines += ["", "Each pattern of the grammar scanning the whole adversarial text:"]
    for name, speed in sorted(result["adversarial_patterns"].items(), key=lambda kv: kv[1]):
        lines.append(f"  {name:<18}{speed:>14,.0f} chars/s")
    share = result["target_share_of_pipeline"]
    verdict = "met" if result["meets_target"] else "MISSED"
    lines += ["", f"Target: amount layer under {share:.0%} of the full pipeline: {verdict}."]
    return "\n".join(lines)
