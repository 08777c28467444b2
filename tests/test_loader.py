"""Reading articles: every format, every encoding a French newsroom produces, and a reason for
everything that cannot be read. No model needed."""

import codecs
import json

import pytest

from pipeline.loader import (
    Article,
    LoadError,
    find_files,
    iter_articles,
    language_problem,
    load_file,
)

FRENCH = (
    "L'État français a annoncé mardi un investissement de 109 milliards d'euros dans "
    "l'intelligence artificielle, a déclaré le président à l'Élysée. Les entreprises du "
    "secteur saluent une décision qui doit être suivie par d'autres pays européens."
)
ENGLISH = (
    "The French government announced on Tuesday a plan of 109 billion euros for artificial "
    "intelligence, with investments from the United Arab Emirates and Canadian fund "
    "Brookfield. The summit gathered leaders in Paris."
)
PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Mistral AI lève 600 millions | Le Journal</title>
<meta property="og:title" content="Mistral AI lève 600 millions d'euros">
<meta property="article:published_time" content="2024-06-11T08:00:00+02:00">
</head><body><nav><a href="/">Accueil</a> | <a href="/tech">Tech</a> | Abonnez-vous</nav>
<article><h1>Mistral AI lève 600 millions d'euros</h1>
<p>La start-up française Mistral AI a annoncé mardi une levée de fonds de 600 millions
d'euros auprès de plusieurs investisseurs, dont General Catalyst et Nvidia.</p>
<p>Cette opération valorise l'entreprise à près de six milliards d'euros, selon un
communiqué publié par la société parisienne.</p></article>
<footer>© 2024 Le Journal · Mentions légales · Cookies</footer></body></html>"""


def _load(tmp_path, name: str, data: bytes, max_bytes: int | None = None) -> list:
    path = tmp_path / name
    path.write_bytes(data)
    return list(load_file(path, max_bytes))


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        pytest.param(
            "plain.txt",
            ("Le titre\n" + FRENCH).encode(),
            {"id": "plain", "title": "Le titre", "published": None},
            id="txt-first-line-title",
        ),
        pytest.param(
            "fm.md",
            ("---\ntitle: Un titre\npublished: 2025-02-11\n---\n" + FRENCH).encode(),
            {"id": "fm", "title": "Un titre", "published": "2025-02-11"},
            id="md-front-matter",
        ),
        pytest.param(
            "sommet-2025-02-10.txt",
            FRENCH.encode(),
            {"id": "sommet-2025-02-10", "published": "2025-02-10"},
            id="date-in-file-name",
        ),
        pytest.param("cp.txt", FRENCH.encode("cp1252"), {"text": FRENCH}, id="cp1252-decoded"),
        pytest.param("latin.txt", FRENCH.encode("latin-1"), {"text": FRENCH}, id="latin1-decoded"),
        pytest.param(
            "euro.txt",
            (FRENCH + " Coût : 5 € ; « œuvre ».").encode("cp1252"),
            {"text": FRENCH + " Coût : 5 € ; « œuvre »."},
            id="cp1252-euro-and-oe",
        ),
        pytest.param(
            "bom.txt", codecs.BOM_UTF8 + FRENCH.encode(), {"text": FRENCH}, id="utf8-bom-dropped"
        ),
        pytest.param("wide.txt", FRENCH.encode("utf-16"), {"text": FRENCH}, id="utf16-with-bom"),
        pytest.param(
            "page.html",
            PAGE.encode(),
            {
                "id": "page",
                "title": "Mistral AI lève 600 millions d'euros",
                "published": "2024-06-11",
            },
            id="html-metadata",
        ),
    ],
)
def test_formats(tmp_path, name, data, expected):
    [article] = _load(tmp_path, name, data)
    assert isinstance(article, Article), article
    for field, value in expected.items():
        assert getattr(article, field) == value, field


def test_html_keeps_the_article_and_drops_the_boilerplate(tmp_path):
    [article] = _load(tmp_path, "page.html", PAGE.encode())
    assert "levée de fonds de 600 millions" in article.text
    assert "valorise l'entreprise" in article.text
    for boilerplate in ("Accueil", "Abonnez-vous", "Mentions légales", "Cookies"):
        assert boilerplate not in article.text


def test_html_in_cp1252(tmp_path):
    page = PAGE.replace('<meta charset="utf-8">', "").replace("·", "-").replace("©", "(c)")
    [article] = _load(tmp_path, "old.html", page.encode("cp1252"))
    assert "start-up française" in article.text


@pytest.mark.parametrize(
    ("name", "data", "max_bytes", "reason"),
    [
        pytest.param("empty.txt", b"", None, "the file is empty", id="empty"),
        pytest.param("blank.txt", b" \n\t\n", None, "the file is empty", id="whitespace-only"),
        pytest.param(
            "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", None, "binary", id="binary"
        ),
        pytest.param(
            "garbage.txt", b"\x81\x8d\x8f\x90\x9d" * 50, None, "undecodable", id="undecodable"
        ),
        pytest.param("big.txt", FRENCH.encode(), 100, "over the limit of 100", id="oversized"),
        pytest.param(
            "script.html",
            b"<html><head><title>Vide</title></head><body><script>x=1</script></body></html>",
            None,
            "no article text",
            id="html-without-article",
        ),
        pytest.param(
            "bad.md", b"---\ntitle: [unclosed\n---\nTexte.", None, "not valid YAML", id="bad-yaml"
        ),
        pytest.param(
            "date.md",
            b"---\npublished: 11/02/2025\n---\nTexte.",
            None,
            "not YYYY-MM-DD",
            id="bad-date",
        ),
    ],
)
def test_faults_have_a_reason(tmp_path, name, data, max_bytes, reason):
    [error] = _load(tmp_path, name, data, max_bytes)
    assert isinstance(error, LoadError)
    assert error.source == str(tmp_path / name)
    assert reason in error.reason


def test_jsonl_bad_lines_are_errors_in_place(tmp_path):
    lines = [
        json.dumps({"id": "un", "text": FRENCH, "published": "2025-02-11", "title": "T"}),
        "{not json",
        json.dumps({"id": "deux"}),
        "",
        json.dumps({"text": FRENCH}),
        json.dumps({"id": "long", "text": FRENCH * 3}),
    ]
    data = "\n".join(lines).encode()
    results = _load(tmp_path, "lot.jsonl", data, max_bytes=len(lines[0]) + 10)
    summary = [r.id if isinstance(r, Article) else r.reason for r in results]
    assert summary[0] == "un"
    assert summary[1].startswith("invalid JSON")
    assert summary[2] == 'a line must be an object with a "text" string'
    assert summary[3] == "lot-5"  # no id: file stem and line number
    assert "over the limit" in summary[4]
    assert [r.source for r in results] == [f"{tmp_path / 'lot.jsonl'}:{n}" for n in (1, 2, 3, 5, 6)]
    assert (results[0].title, results[0].published) == ("T", "2025-02-11")


def test_jsonl_line_must_be_utf8(tmp_path):
    line = json.dumps({"id": "x", "text": FRENCH}, ensure_ascii=False).encode("cp1252")
    [error] = _load(tmp_path, "lot.jsonl", line)
    assert "must be UTF-8" in error.reason


@pytest.mark.parametrize(
    ("text", "french"),
    [
        pytest.param(FRENCH, True, id="french"),
        pytest.param(ENGLISH, False, id="english"),
        pytest.param(
            "El gobierno francés anunció el martes un plan de 109 mil millones de euros para la "
            "inteligencia artificial, con inversiones de los Emiratos y del fondo canadiense.",
            False,
            id="spanish",
        ),
        pytest.param("Mistral AI lève 600 millions.", True, id="too-short-to-judge"),
    ],
)
def test_language_check(text, french):
    assert (language_problem(text) is None) == french


def test_folders_are_searched_recursively_without_hidden_files(tmp_path):
    for name in ("b.txt", "sub/a.md", "sub/c.jsonl", "d.html", ".git/x.txt", ".hidden.txt"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(FRENCH)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    found = [p.relative_to(tmp_path).as_posix() for p in find_files([tmp_path])]
    assert found == ["b.txt", "d.html", "sub/a.md", "sub/c.jsonl"]


def test_missing_input_is_an_error_not_a_crash(tmp_path):
    [error] = list(iter_articles([tmp_path / "nowhere"]))
    assert error.reason == "no such file or folder"


def test_every_corpus_article_loads_with_the_date_its_gold_records():
    """Every article of every split, and of the unread reserve, loads (its front matter is
    valid YAML) with the publication date its gold records: a blind split is checked for
    format without anyone reading it."""
    from .conftest import CORPUS

    articles = sorted(CORPUS.joinpath("articles").rglob("*.txt"))
    reserve = sorted(CORPUS.joinpath("reserve", "articles").glob("*.txt"))
    pairs = [(a, CORPUS / "gold" / a.parent.name / f"{a.stem}.json") for a in articles]
    pairs += [(a, CORPUS / "reserve" / "gold" / f"{a.stem}.json") for a in reserve]
    assert pairs
    for article, gold in pairs:
        loaded = list(load_file(article))
        assert len(loaded) == 1 and isinstance(loaded[0], Article), (article, loaded)
        recorded = json.loads(gold.read_text(encoding="utf-8"))["article"]["published"]
        assert loaded[0].published == recorded, article
