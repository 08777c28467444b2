"""Benchmarks of the pipeline's layers, each a function returning plain numbers (wired into
``summit-extract bench``), so that a claim about speed can be checked on any machine."""
