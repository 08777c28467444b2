"""How fast summit-extract is against spaCy itself, and how batch scales (``summit-extract
bench``). Every figure comes from one run on the same texts, so ratios compare like with like.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from ..loader import Article, iter_articles

CORPUS_ARTICLES = Path(__file__).resolve().parents[2] / "corpus" / "articles"
MODEL = "fr_core_news_md"
# name: (result key, comparison, bound)
TARGETS = {
    "pipeline >= 1.0x bare model": ("pipeline_vs_bare", ">=", 1.0),
    "2 workers >= 1.7x 1 worker": ("workers_2_vs_1", ">=", 1.7),
    "peak RSS per worker <= 600 MB": ("peak_rss_mb_per_worker", "<=", 600.0),
    "cold extract <= 0.8x model load": ("cold_extract_vs_model_load", "<=", 0.8),
}

Log = Callable[[str], None]


def build_corpus(n: int = 500, source: Path = CORPUS_ARTICLES, seed: int = 0) -> list[Article]:
    """``n`` articles varied from the corpus ones: each keeps a source article's headline and
    shuffles its paragraphs with one borrowed from another article, so the texts differ from
    each other while staying real French news prose of the usual length."""
    originals = [a for a in iter_articles([source]) if isinstance(a, Article)]
    if not originals:
        raise FileNotFoundError(f"no corpus articles under {source}")
    paragraphs = [[p for p in a.text.split("\n") if p.strip()] for a in originals]
    rng = random.Random(seed)
    articles = []
    for i in range(n):
        k = i % len(originals)
        headline, *body = paragraphs[k]
        body = body + [rng.choice(rng.choice(paragraphs))]
        rng.shuffle(body)
        text = "\n".join([headline, *body]) + "\n"
        articles.append(Article(f"bench-{i:05d}", text, published=originals[k].published))
    return articles


def as_file(article: Article) -> str:
    """The article as a corpus file: its publication date in front matter, as dates need."""
    if article.published is None:
        return article.text
    return f"---\npublished: {article.published}\n---\n{article.text}"


def _timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def _profile(nlp, articles: list[Article]) -> dict[str, float]:
    """Seconds spent in each stage of summit-extract, one stage over all articles at a time
    (what nlp.pipe does batch by batch), so the total is the pipeline's time and each part
    shows where it goes."""
    from ..extract import _prepared, doc_to_result

    seconds = {}
    start = time.perf_counter()
    docs = [_prepared(nlp, article) for article in articles]
    seconds["tokenizer"] = time.perf_counter() - start
    for name, component in nlp.pipeline:
        start = time.perf_counter()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=16))
        else:
            docs = [component(doc) for doc in docs]
        seconds[name] = time.perf_counter() - start
    start = time.perf_counter()
    for doc, article in zip(docs, articles, strict=True):
        doc_to_result(doc, article)
    seconds["results (pydantic)"] = time.perf_counter() - start
    return seconds


def _throughput(texts: list[str], articles: list[Article], log: Log) -> dict:
    """Tokens/s of the tokenizer alone, the bare model with all its components, and the
    summit-extract pipeline up to validated results; models loaded before timing."""
    import spacy

    from ..extract import extract_many
    from ..nlp import build_nlp

    log(f"loading {MODEL} and the summit-extract pipeline")
    bare = spacy.load(MODEL)
    ours = build_nlp()
    list(bare.pipe(texts[:4]))
    list(extract_many(articles[:4], ours))

    tokens = sum(len(doc) for doc in bare.tokenizer.pipe(texts))
    log(f"tokenizer on {len(texts)} articles ({tokens:,} tokens)")
    seconds = {"tokenizer": _timed(lambda: list(bare.tokenizer.pipe(texts, batch_size=64)))}
    log(f"bare {MODEL} ({', '.join(bare.pipe_names)})")
    seconds["bare_model"] = _timed(lambda: list(bare.pipe(texts, batch_size=16)))
    log("summit-extract pipeline, stage by stage")
    stages = _profile(ours, articles)
    seconds["pipeline"] = sum(stages.values())
    rates = {name: round(tokens / s) for name, s in seconds.items()}
    return {
        "tokens": tokens,
        "tokens_per_s": rates,
        "pipeline_vs_bare": round(rates["pipeline"] / rates["bare_model"], 2),
        "pipeline_stages_s": {name: round(s, 2) for name, s in stages.items()},
    }


def _command() -> list[str]:
    script = Path(sys.executable).with_name("summit-extract")
    return [str(script)] if script.exists() else [sys.executable, "-m", "pipeline"]


def _batch(folder: Path, workers: int, log: Log) -> dict:
    """A fresh ``summit-extract batch`` process, so each run loads its own models and its
    memory is its own; figures come from the manifest it writes."""
    log(f"batch with {workers} worker{'s' if workers > 1 else ''}")
    with tempfile.TemporaryDirectory() as out:
        command = [*_command(), "batch", str(folder), "--out", out, "--quiet"]
        started = time.perf_counter()
        subprocess.run([*command, "--workers", str(workers)], check=True)
        wall = time.perf_counter() - started
        manifest = json.loads((Path(out) / "manifest.json").read_text(encoding="utf-8"))
    timings = manifest["timings"]
    peaks = [w["peak_rss_mb"] for w in timings["workers"].values() if w["peak_rss_mb"]]
    return {
        "articles": manifest["counts"]["processed"],
        "wall_s": round(wall, 2),
        "extract_s": timings["extract_s"],
        "articles_per_s": timings["articles_per_s"],
        "peak_rss_mb": max(peaks, default=None),
    }


def _scaling(articles: list[Article], log: Log) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for article in articles:
            (folder / f"{article.id}.txt").write_text(as_file(article), encoding="utf-8")
        runs = {str(w): _batch(folder, w, log) for w in (1, 2)}
    peaks = [r["peak_rss_mb"] for r in runs.values() if r["peak_rss_mb"]]
    return {
        "batch": runs,
        "workers_2_vs_1": round(runs["2"]["articles_per_s"] / runs["1"]["articles_per_s"], 2),
        "peak_rss_mb_per_worker": max(peaks, default=None),
    }


def _cold_start(article: Article, log: Log, repeats: int = 3) -> dict:
    """Wall time of a fresh ``summit-extract extract`` on one article against a fresh
    process that only loads the bare model; medians of interleaved runs."""
    log(f"cold start, {repeats} runs each")
    load = [sys.executable, "-c", f"import spacy; spacy.load({MODEL!r})"]
    times: dict[str, list[float]] = {"extract_s": [], "model_load_s": []}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "article.txt"
        path.write_text(as_file(article), encoding="utf-8")
        extract = [*_command(), "extract", str(path)]
        for _ in range(repeats):
            for key, command in (("extract_s", extract), ("model_load_s", load)):
                times[key].append(
                    _timed(lambda c=command: subprocess.run(c, check=True, capture_output=True))
                )
    medians = {key: round(statistics.median(values), 2) for key, values in times.items()}
    ratio = round(medians["extract_s"] / medians["model_load_s"], 2)
    return {"cold_start": medians, "cold_extract_vs_model_load": ratio}


def run_pipeline_benchmark(articles: list[Article], log: Log | None = None) -> dict:
    """All the figures of ``summit-extract bench`` on these articles (see ``build_corpus``),
    and whether each target is met."""
    log = log or (lambda message: None)
    # Other work on the machine skews every figure, scaling most: say how busy it was.
    result = {
        "articles": len(articles),
        "load_average": round(os.getloadavg()[0], 2),
        "cpus": os.cpu_count(),
    }
    result |= _throughput([a.text for a in articles], articles, log)
    result |= _scaling(articles, log)
    result |= _cold_start(articles[0], log)
    result["targets"] = {
        name: _met(result[key], comparison, bound)
        for name, (key, comparison, bound) in TARGETS.items()
    }
    return result


def _met(value: float | None, comparison: str, bound: float) -> bool | None:
    if value is None:
        return None
    return value >= bound if comparison == ">=" else value <= bound


def format_pipeline_benchmark(result: dict) -> str:
    """The figures as a short plain-text report."""
    rates = result["tokens_per_s"]
    batch = result["batch"]
    cold = result["cold_start"]
    stages = result["pipeline_stages_s"]
    lines = [
        f"{result['articles']} articles, {result['tokens']:,} tokens; {result['cpus']} CPUs, "
        f"load average {result['load_average']} at start",
        "",
        "throughput (tokens/s, one process)",
        f"  spaCy tokenizer alone   {rates['tokenizer']:>9,}",
        f"  bare {MODEL}     {rates['bare_model']:>9,}",
        f"  summit-extract          {rates['pipeline']:>9,}   "
        f"{result['pipeline_vs_bare']:.2f}x bare",
        "",
        "summit-extract stage by stage (s)",
        *(f"  {name:<22}  {s:>7.2f}" for name, s in stages.items()),
        "",
        "batch (articles/s once models are loaded; wall time includes loading)",
    ]
    for workers, run in batch.items():
        lines.append(
            f"  {workers} worker{'s' if workers != '1' else ' '}  {run['articles_per_s']:>7.1f}/s"
            f"   wall {run['wall_s']:>6.1f} s   peak RSS {run['peak_rss_mb'] or 0:.0f} MB"
        )
    lines += [
        f"  2 workers / 1 worker     {result['workers_2_vs_1']:.2f}x",
        "",
        "cold start (median wall time)",
        f"  summit-extract extract  {cold['extract_s']:.2f} s",
        f"  load {MODEL}   {cold['model_load_s']:.2f} s   "
        f"ratio {result['cold_extract_vs_model_load']:.2f}",
        "",
        "targets",
    ]
    for name, met in result["targets"].items():
        lines.append(f"  [{'ok' if met else 'MISS' if met is False else '?'}] {name}")
    return "\n".join(lines)
