"""The pipeline survives text it was not tuned on: corpus paragraphs shuffled across articles
(the benchmark's corpus) never raise, and every result keeps its contract."""

from pipeline.benchmarks.pipeline import build_corpus
from pipeline.extract import extract


def test_shuffled_corpus_paragraphs_never_raise(nlp):
    articles = build_corpus(n=140, seed=0)  # bench-00130 once crashed the actor reader
    for article in articles:
        result = extract(article, nlp)
        for a in result.announcements:
            assert article.text[a.start : a.end] == a.sentence, article.id
