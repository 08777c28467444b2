"""HTML views, checked by parsing the pages they write: the seed's gold (and the pipeline's
output when it runs) shown, an evaluation's errors listed, a batch's totals counted by hand."""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from html.parser import HTMLParser

import pytest

from pipeline.cli import main
from pipeline.evaluate import evaluate
from pipeline.loader import load_text_file
from pipeline.schema import Amount, ArticleResult
from pipeline.views import (
    ViewError,
    format_amount,
    format_money,
    load_rates,
    load_results,
    render_article,
    render_evaluation,
    render_report,
)

from .conftest import SEED, SEED_GOLD


def _amount(value=None, low=None, high=None, currency="EUR", approximate=False):
    return Amount(
        text="x",
        start=0,
        end=1,
        value=value,
        min=low,
        max=high,
        currency=currency,
        approximate=approximate,
    )


@pytest.mark.parametrize(
    ("amount", "shown"),
    [
        pytest.param(_amount(2e10), "20 Md€", id="billions-euro"),
        pytest.param(_amount(4e8, currency="USD"), "400 M$", id="millions-dollar"),
        pytest.param(_amount(9.74e10, currency="USD"), "97,4 Md$", id="decimal-comma"),
        pytest.param(_amount(low=3e10, high=5e10), "30–50 Md€", id="range"),
        pytest.param(_amount(low=5e8, high=1.5e9), "0,5–1,5 Md€", id="range-across-scales"),
        pytest.param(_amount(low=2e9, approximate=True), "≥ 2 Md€", id="lower-bound"),
        pytest.param(_amount(high=5e6, approximate=True), "≤ 5 M€", id="upper-bound"),
        pytest.param(_amount(5e6, approximate=True), "≈ 5 M€", id="approximate"),
        pytest.param(_amount(8e8, currency="GBP"), "800 M£", id="pound"),
        pytest.param(_amount(2.3e9, currency="CHF"), "2,3 Md CHF", id="code-without-symbol"),
        pytest.param(_amount(2e7, currency=None), "20 M", id="no-currency"),
        pytest.param(_amount(750), "750 €", id="units"),
        pytest.param(_amount(1.5e12), "1 500 Md€", id="thousands-of-billions"),
        pytest.param(None, "", id="no-amount"),
    ],
)
def test_format_amount(amount, shown):
    assert format_amount(amount) == shown


# --- parsing the pages ------------------------------------------------------------------


class Tables(HTMLParser):
    """Every <table id=...>: its body rows as (row attributes, cells). A cell is keyed by its
    data-currency, else its class when no earlier cell of the row has it, else its index."""

    def __init__(self, html: str):
        super().__init__()
        self.tables: dict[str, list[tuple[dict, dict]]] = defaultdict(list)
        self.table = self.row = self.cell = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table":
            self.table = attrs.get("id")
        elif tag == "tr" and self.table:
            self.row = (attrs, {})
        elif tag == "td" and self.row is not None:
            cells = self.row[1]
            key = attrs.get("data-currency") or attrs.get("class")
            self.cell = key if key and key not in cells else str(len(cells))
            cells[self.cell] = ""

    def handle_endtag(self, tag):
        if tag == "td":
            self.cell = None
        elif tag == "tr" and self.row is not None:
            if self.row[1]:
                attrs, cells = self.row
                self.tables[self.table].append(
                    (attrs, {k: " ".join(v.split()) for k, v in cells.items()})
                )
            self.row = None
        elif tag == "table":
            self.table = None

    def handle_data(self, data):
        if self.cell is not None:
            self.row[1][self.cell] += data

    def cells(self, table: str) -> list[dict]:
        return [cells for _, cells in self.tables[table]]


class ArticleText(HTMLParser):
    """The text of div#article as a reader sees it, each mark with its offsets in that text
    and those it claims, and the text of each evidence sentence's pieces."""

    def __init__(self, html: str):
        super().__init__()
        self.text, self.marks, self.sentences = "", [], defaultdict(str)
        self.depth = 0  # div nesting inside #article, 0 when outside
        self.in_tag, self.mark, self.pieces = False, None, []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "div" and (self.depth or attrs.get("id") == "article"):
            self.depth += 1
            if self.depth == 2:
                self.pieces = attrs.get("data-sentences", "").split()
        elif not self.depth:
            return
        elif tag == "br":
            self._add("\n")
        elif tag == "mark":
            self.mark = {**attrs, "at": len(self.text)}
        elif tag == "span" and "tag" in attrs.get("class", ""):
            self.in_tag = True

    def handle_endtag(self, tag):
        if not self.depth:
            return
        if tag == "div":
            self.depth -= 1
        elif tag == "span":
            self.in_tag = False
        elif tag == "mark":
            self.mark["text"] = self.text[self.mark["at"] :]
            self.marks.append(self.mark)

    def handle_data(self, data):
        if self.depth and not self.in_tag:
            self._add(data)

    def _add(self, data):
        self.text += data
        for sid in self.pieces:
            self.sentences[sid] += data


# --- show -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed():
    return load_text_file(SEED)


@pytest.fixture(scope="module")
def gold():
    return ArticleResult.model_validate_json(SEED_GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def predicted(request, seed):
    """The pipeline's output for the seed, once the pipeline imports."""
    try:
        nlp = request.getfixturevalue("nlp")
    except ImportError as error:
        pytest.skip(f"the pipeline does not import yet: {error}")
    from pipeline.extract import extract

    return extract(seed, nlp)


@pytest.fixture(params=["gold", "predicted"])
def shown(request, seed):
    """(article text, result, page) for the seed's gold and for the pipeline's output."""
    result = request.getfixturevalue(request.param)
    return seed.text, result, render_article(seed.text, result)


def _names(parties):
    return ", ".join(p.name for p in parties)


def test_show_table_has_every_announcement(shown):
    _, result, page = shown
    rows = Tables(page).cells("announcements")
    assert len(rows) == len(result.announcements)
    for a, row in zip(result.announcements, rows, strict=True):
        assert (row["type"], row["actors"]) == (a.type, _names(a.actors))
        assert row["amount"].startswith(format_amount(a.amount))
        assert row["sentence"] == " ".join(a.sentence.split())


def test_show_highlights_are_the_json_spans(shown):
    text, result, page = shown
    parsed = ArticleText(page)
    assert parsed.text == text
    spans = {(s.start, s.end): s.text for s in (*result.entities, *result.amounts, *result.dates)}
    assert parsed.marks
    for mark in parsed.marks:
        start, end = int(mark["data-start"]), int(mark["data-end"])
        assert mark["at"] == start
        assert mark["text"] == spans[start, end] == text[start:end]
    marked = {int(m["data-start"]) for m in parsed.marks if m["data-label"] == "AMOUNT"}
    assert marked == {a.start for a in result.amounts}


def test_show_rows_point_at_their_sentence(shown):
    _, result, page = shown
    parsed = ArticleText(page)
    rows = Tables(page).tables["announcements"]
    for (attrs, _), a in zip(rows, result.announcements, strict=True):
        assert parsed.sentences[attrs["data-sentence"]] == a.sentence


@pytest.mark.parametrize(
    ("name", "label"),
    [
        pytest.param("Brookfield", "ACTOR", id="actor"),
        pytest.param("Data4", "PARTNER", id="partner"),
        pytest.param("Saclay", "PLACE", id="place"),
        pytest.param("Opcore", "ORG", id="no-role-keeps-its-label"),
        pytest.param("20 milliards d'euros", "AMOUNT", id="amount"),
        pytest.param("d'ici 2029", "DATE", id="date"),
    ],
)
def test_show_colours_by_role(seed, gold, name, label):
    marks = ArticleText(render_article(seed.text, gold)).marks
    assert {m["data-label"] for m in marks if m["text"] == name} == {label}


def test_show_escapes_and_survives_overlaps():
    text = 'Le groupe <Ardent> & "Co" injecte 5 millions d\'euros.'
    start = text.index("5 millions")
    result = ArticleResult.model_validate(
        {
            "article": {"id": "x"},
            "entities": [
                {"text": "Ardent", "start": 11, "end": 17, "label": "<i>", "canonical": "Ardent"},
                {"text": "5", "start": start, "end": start + 1, "label": "MISC", "canonical": "5"},
            ],
            "amounts": [
                {
                    "text": text[start:-1],
                    "start": start,
                    "end": len(text) - 1,
                    "value": 5e6,
                    "currency": "EUR",
                }
            ],
        }
    )
    page = render_article(text, result)
    parsed = ArticleText(page)
    assert parsed.text == text
    assert [m["text"] for m in parsed.marks] == ["Ardent", "5 millions d'euros"]
    assert "<i>" not in page


def test_show_refuses_a_result_of_another_article(seed):
    other = ArticleResult.model_validate(
        {"article": {"id": "x"}, "amounts": [{"text": "abc", "start": 0, "end": 3}]}
    )
    with pytest.raises(ValueError, match="does not match the article text"):
        render_article(seed.text, other)


# --- evaluate ---------------------------------------------------------------------------


def test_evaluation_lists_misses_and_extras(tmp_path, gold):
    (tmp_path / "seed").mkdir()
    (tmp_path / "seed" / "seed.json").write_text(gold.model_dump_json(), encoding="utf-8")
    dropped, retyped = gold.announcements[0], gold.announcements[5]

    def predict(path, g):
        pred = g.model_copy(deep=True)
        pred.announcements = [a for a in pred.announcements if a.id != dropped.id]
        next(a for a in pred.announcements if a.id == retyped.id).type = "partnership"
        return pred

    reports = evaluate(tmp_path, predict)
    tables = Tables(render_evaluation(reports))
    misses = tables.cells("misses-seed")
    extras = tables.cells("extras-seed")
    assert [(r["small"], r["sentence"]) for r in misses] == [
        (gold.article.id, " ".join(a.sentence.split())) for a in (dropped, retyped)
    ]
    assert [r["1"].split()[0] for r in misses] == [dropped.type, retyped.type]
    assert "partnership" in misses[1]["instead"]  # the same sentence's prediction beside it
    assert len(extras) == 1 and extras[0]["1"].startswith("partnership")
    assert "misses-all" not in tables.tables  # « all » repeats the splits' errors
    strict = reports["seed"].scores["announcements_strict"]
    row = next(r for r in tables.cells("scores-seed") if r["0"] == "announcements (strict)")
    assert (row["num"], row["5"]) == (f"{strict.precision:.3f}", str(strict.fp))


# --- report -----------------------------------------------------------------------------

SEED_TOTALS = {"EUR": "144 Md€", "USD": "787,8 Md$"}  # counted by hand from the gold file


def _other_result() -> dict:
    """A second article with what the seed lacks: a range, a part, a pound and an unknown
    currency, an undated article."""
    amounts = [
        {"text": "30 à 50 M£", "start": 0, "end": 10, "min": 3e7, "max": 5e7, "currency": "GBP"},
        {
            "text": "10 M£",
            "start": 20,
            "end": 25,
            "value": 1e7,
            "currency": "GBP",
            "role": "component",
            "refers_to": 0,
        },
        {"text": "2 millions", "start": 40, "end": 50, "value": 2e6},
    ]

    def ann(number, type_, actor, amount):
        return {
            "id": f"a{number}",
            "type": type_,
            "actors": [{"name": actor}],
            "amount": amount,
            "sentence": "x",
            "start": 0,
            "end": 1,
        }

    return {
        "article": {"id": "other"},
        "amounts": amounts,
        "announcements": [
            ann(1, "investment", "Nscale", amounts[0]),
            ann(2, "investment", "Arm", amounts[1]),
            ann(3, "fundraising", "Kardial", amounts[2]),
            ann(4, "launch", "Kardial", None),
        ],
    }


@pytest.fixture
def batch_out(tmp_path):
    """A batch output folder: two results beside the batch's own files."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "sommet.json").write_text(SEED_GOLD.read_text(encoding="utf-8"))
    (out / "other.json").write_text(json.dumps(_other_result()))
    for own in ("manifest.json", "announcements.json", ".summit-state.json"):
        (out / own).write_text("{}")
    (out / "announcements.jsonl").write_text("{}\n")
    return out


def _hand_count(results, rates=None):
    """Totals by currency and by type: every announcement's amount once, parts and repeats
    left out; a range at its middle, a bound alone at that bound."""
    by_currency, by_type = defaultdict(float), defaultdict(lambda: defaultdict(float))
    for result in results:
        for a in result.announcements:
            m = a.amount
            if m is None or m.role in ("component", "reference"):
                continue
            x = m.value if m.value is not None else (m.min + m.max) / 2 if m.max else m.min
            currency = m.currency
            if rates and currency:
                x, currency = x * rates.get(currency, 1), "EUR"
            by_currency[currency] += x
            by_type[a.type][currency] += x
    return by_currency, by_type


def _name(currency):
    return currency or "no currency"


@pytest.mark.parametrize("rates", [None, {"USD": 0.5, "GBP": 1.25}], ids=["per-currency", "rates"])
def test_report_totals_match_a_hand_count(batch_out, rates):
    results = load_results(batch_out)
    assert sorted(r.article.id for r in results) == ["other", "sommet-ia-2025-02-11"]
    page = Tables(render_report(results, rates))
    by_currency, by_type = _hand_count(results, rates)
    shown = {a["data-currency"]: c["num amount"] for a, c in page.tables["by-currency"]}
    assert shown == {_name(c): format_money(t, c) for c, t in by_currency.items()}
    for attrs, cells in page.tables["by-type"]:
        kind = attrs["data-type"]
        assert cells["num"] == str(sum(a.type == kind for r in results for a in r.announcements))
        totals = {k: v for k, v in cells.items() if k not in ("0", "num") and v}
        assert totals == {_name(c): format_money(t, c) for c, t in by_type[kind].items()}


def test_report_seed_totals(batch_out):
    (batch_out / "other.json").unlink()
    page = Tables(render_report(load_results(batch_out)))
    shown = {a["data-currency"]: c["num amount"] for a, c in page.tables["by-currency"]}
    assert shown == SEED_TOTALS


def test_report_never_mixes_currencies_without_rates(batch_out):
    page = render_report(load_results(batch_out))
    assert re.findall(r'id="chart-([^"]+)"', page) == ["EUR", "USD", "GBP", "no currency"]
    converted = render_report(load_results(batch_out), {"USD": 0.9, "GBP": 1.2})
    assert re.findall(r'id="chart-([^"]+)"', converted) == ["EUR", "no currency"]


def test_report_timeline_falls_back_to_publication_date(batch_out):
    page = render_report(load_results(batch_out))
    days = re.findall(r'<span class="when">([^<]+)</span>', page)
    assert days == ["2025-02-10", "2025-02-11", "undated"]
    assert "(publication date)" in page


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param("{", "not a JSON rates file", id="not-json"),
        pytest.param("[0.9]", "rates must look like", id="a-list"),
        pytest.param('{"usd": 0.9}', "rates must look like", id="lower-case-code"),
        pytest.param('{"USD": -1}', "rates must look like", id="negative"),
        pytest.param('{"USD": true}', "rates must look like", id="boolean"),
        pytest.param("{}", "rates must look like", id="empty"),
    ],
)
def test_bad_rates_file(tmp_path, content, message):
    path = tmp_path / "rates.json"
    path.write_text(content)
    with pytest.raises(ViewError, match=message):
        load_rates(path)


def test_report_wants_a_rate_for_every_currency(batch_out):
    with pytest.raises(ViewError, match="no rate for GBP"):
        render_report(load_results(batch_out), {"USD": 0.9})


# --- command line -----------------------------------------------------------------------


def _run(monkeypatch, capsys, *args):
    monkeypatch.setattr(sys, "argv", ["summit-extract", *map(str, args)])
    with pytest.raises(SystemExit) as stop:
        main()
    out, err = capsys.readouterr()
    return stop.value.code, out, err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["show", "missing.txt"], "missing.txt: no such file", id="show-missing-file"),
        pytest.param(
            ["show", SEED, "--result", "missing.json"], "no such result file", id="show-no-result"
        ),
        pytest.param(
            ["show", SEED, "--result", "{out}/other.json"], "does not fit", id="show-other-result"
        ),
        pytest.param(["report", "{out}/nowhere"], "no such folder", id="report-no-folder"),
        pytest.param(["report", "{out}/empty"], "no <id>.json", id="report-no-results"),
        pytest.param(["report", "{out}", "--rates", "{out}/manifest.json"], "rates must",
                     id="report-bad-rates"),
        pytest.param(["report", "{out}", "--rates", "{out}/nope.json"], "no such rates file",
                     id="report-no-rates-file"),
        pytest.param(["report", "{out}", "--to", "USD"], "--to needs --rates", id="to-without-rates"),
    ],
)  # fmt: skip
def test_cli_mistakes_are_one_line(monkeypatch, capsys, batch_out, args, message):
    (batch_out / "empty").mkdir()
    code, out, err = _run(monkeypatch, capsys, *(str(a).format(out=batch_out) for a in args))
    assert code == 2
    assert err.startswith("error: ") and err.count("\n") == 1 and message in err


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        pytest.param(["show", SEED, "--result", SEED_GOLD], 'id="announcements"', id="show"),
        pytest.param(["report", "{out}"], 'id="by-currency"', id="report"),
        pytest.param(["report", "{out}", "--rates", "{out}/../rates.json"], "converted to EUR",
                     id="report-rates"),
    ],
)  # fmt: skip
def test_cli_writes_pages(monkeypatch, capsys, batch_out, args, needle):
    (batch_out.parent / "rates.json").write_text('{"USD": 0.9, "GBP": 1.2}')
    target = batch_out / "page.html"
    args = [str(a).format(out=batch_out) for a in args]
    code, _, err = _run(monkeypatch, capsys, *args, "--html", target)
    assert code == 0, err
    assert needle in target.read_text(encoding="utf-8")


@pytest.mark.parametrize("command", ["show", "report"])
def test_cli_help_has_an_example(monkeypatch, capsys, command):
    code, out, _ = _run(monkeypatch, capsys, command, "--help")
    assert code == 0 and "Example: summit-extract " + command in out
