"""The command line, through typer's runner and a real subprocess."""

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.schema import ArticleResult

from .conftest import CORPUS, SEED

runner = CliRunner()


def test_extract_file_prints_valid_json(nlp):
    result = runner.invoke(app, ["extract", str(SEED)])
    assert result.exit_code == 0, result.output
    parsed = ArticleResult.model_validate_json(result.stdout)
    assert parsed.article.published == "2025-02-11"
    assert parsed.announcements


def test_extract_stdin_with_published(nlp):
    text = "Le groupe Ardent a promis 10 milliards d'euros d'ici 2029."
    result = runner.invoke(app, ["extract", "-", "--published", "2025-03-01"], input=text)
    assert result.exit_code == 0, result.output
    parsed = ArticleResult.model_validate_json(result.stdout)
    assert parsed.article.published == "2025-03-01"


@pytest.mark.parametrize(
    ("fmt", "first"),
    [
        pytest.param("csv", "article_id,", id="csv-header"),
        pytest.param("jsonl", '{"article_id"', id="jsonl-row"),
    ],
)
def test_extract_rows(nlp, fmt, first):
    result = runner.invoke(app, ["extract", str(SEED), "--format", fmt])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.strip().splitlines() if line.strip()]
    assert lines[0].startswith(first)
    extracted = runner.invoke(app, ["extract", str(SEED)])
    count = len(ArticleResult.model_validate_json(extracted.stdout).announcements)
    if fmt == "jsonl":
        assert len(lines) == count


def test_schema_is_generated():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "ArticleResult"
    assert "announcements" in schema["properties"]


def test_evaluate_json_has_every_split(nlp):
    result = runner.invoke(
        app,
        [
            "evaluate",
            "--gold",
            str(CORPUS / "gold"),
            "--articles",
            str(CORPUS / "articles"),
            "--split",
            "seed",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert set(figures) == {"seed", "all"}
    assert figures["seed"]["amounts"]["f1"] == figures["all"]["amounts"]["f1"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["extract", "nowhere.txt"], "no such file", id="missing-file"),
        pytest.param(
            ["extract", str(SEED), "--published", "11/02/2025"], "not YYYY-MM-DD", id="bad-date"
        ),
        pytest.param(["evaluate", "--gold", "nowhere"], "no such gold folder", id="missing-gold"),
        pytest.param(["extract", str(SEED), "--format", "xml"], "xml", id="unknown-format"),
    ],
)
def test_user_mistakes_print_one_line(args, message):
    done = subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True)
    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "flag", [pytest.param("-h", id="short"), pytest.param("--help", id="long")]
)
def test_help(flag):
    result = runner.invoke(app, [flag])
    assert result.exit_code == 0
    assert "extract" in result.stdout


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.startswith("summit-extract ")
