"""Reading articles: plain text and Markdown with optional front matter, JSONL and HTML.

Every failure a user can cause (missing, empty, binary, undecodable or oversized file, bad
JSON line) is a ``LoadError`` carrying the file and a one-line reason, so callers can report
it and go on.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

TEXT_SUFFIXES = (".txt", ".md")
JSONL_SUFFIXES = (".jsonl",)
HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES
DEFAULT_MAX_BYTES = 5_000_000

# Tried, after strict UTF-8, for files saved by older French tools; charset-normalizer picks
# among them and refuses bytes that read as garbage in all of them.
LEGACY_ENCODINGS = ["cp1252", "iso8859_15"]
# Function words frequent in French and rare in English, Spanish, Italian or German.
_FRENCH_WORDS = """le les l une des du d et est sont ont été être au aux à dans pour par sur
avec sans ce cette ces qui que qu elle ils elles nous vous on sa son ses leur leurs ne pas plus
mais ou où comme aussi selon après avant depuis lors"""
FRENCH_WORDS = frozenset(_FRENCH_WORDS.split())
_WORD = re.compile(r"[^\W\d_]+")

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


@dataclass(frozen=True, slots=True)
class Article:
    """One article ready for the pipeline; offsets in the output refer to ``text``."""

    id: str
    text: str
    source: str | None = None
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD


class LoadError(Exception):
    """An input that cannot become an article, with the reason a user can act on."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


def parse_date(value: object, source: str) -> str | None:
    """A publication date as YYYY-MM-DD, or a LoadError naming what was wrong."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()[:10]).isoformat()
    except ValueError:
        raise LoadError(source, f"publication date {value!r} is not YYYY-MM-DD") from None


def _date_in_name(name: str) -> str | None:
    """« sommet-ia-2025-02-11 » carries its publication date; use it when nothing else does."""
    match = _ISO_DATE.search(name)
    if not match:
        return None
    try:
        return dt.date(*map(int, match.groups())).isoformat()
    except ValueError:
        return None


def _first_line_title(text: str) -> str | None:
    """Web articles open with their headline: a short first line without a final full stop."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if 0 < len(first) <= 200 and not first.endswith("."):
        return first
    return None


def parse_text(raw: str, article_id: str, source: str | None = None) -> Article:
    """An article from text that may open with a ``---`` front matter block."""
    where = source or article_id
    meta: dict = {}
    text = raw
    match = _FRONT_MATTER.match(raw)
    if match:
        try:
            loaded = yaml.safe_load(match.group(1))
        except yaml.YAMLError as error:
            raise LoadError(where, f"front matter is not valid YAML ({error.problem})") from None
        if loaded is not None and not isinstance(loaded, dict):
            raise LoadError(where, "front matter must be key: value lines")
        meta = loaded or {}
        text = raw[match.end() :]
    if not text.strip():
        raise LoadError(where, "the article has no text")
    published = parse_date(meta.get("published") or meta.get("date"), where)
    return Article(
        id=article_id,
        text=text,
        source=source,
        title=str(meta["title"]) if meta.get("title") else _first_line_title(text),
        published=published or _date_in_name(article_id),
    )


def decode(data: bytes, source: str) -> str:
    """The text of a file: strict UTF-8 first (BOMs honoured), then cp1252/latin-9 as
    charset-normalizer judges them; binary or undecodable bytes are refused with a reason."""
    if not data.strip():
        raise LoadError(source, "the file is empty")
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                raise LoadError(source, "invalid UTF-16 text") from None
    if b"\x00" in data[:8192]:
        raise LoadError(source, "the file is binary, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        utf8_error = error
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=LEGACY_ENCODINGS).best()
    if best is None:
        raise LoadError(
            source,
            f"undecodable: not UTF-8 (byte {utf8_error.start}) nor {'/'.join(LEGACY_ENCODINGS)}",
        )
    return str(best)


def language_problem(text: str) -> str | None:
    """Why a text does not look French, or None. A cheap guard against feeding other
    languages to a French pipeline: French prose has about 30% of ``FRENCH_WORDS``, English,
    Spanish, Italian or German under 5%; texts under 20 words are not judged."""
    words = _WORD.findall(text[:20_000].lower())
    if len(words) < 20:
        return None
    ratio = sum(word in FRENCH_WORDS for word in words) / len(words)
    if ratio >= 0.1:
        return None
    return f"not French: {ratio:.0%} of its words are French function words (French has ~30%)"


def _check_size(size: int, max_bytes: int | None, source: str) -> None:
    if max_bytes is not None and size > max_bytes:
        raise LoadError(source, f"{size:,} bytes, over the limit of {max_bytes:,} (--max-bytes)")


def _read(path: Path, max_bytes: int | None) -> bytes:
    _check_size(path.stat().st_size, max_bytes, str(path))
    return path.read_bytes()


def load_text_file(path: Path, max_bytes: int | None = None) -> Article:
    return parse_text(decode(_read(path, max_bytes), str(path)), path.stem, str(path))


def parse_html(raw: str, article_id: str, source: str | None = None) -> Article:
    """The main text of a web page (trafilatura drops menus, footers and the like), with the
    title and publication date of the page's metadata when it has them."""
    import trafilatura

    where = source or article_id
    found = trafilatura.bare_extraction(
        raw,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False},
    )
    if found is None or not (found.text or "").strip():
        raise LoadError(where, "no article text found in the HTML page")
    return Article(
        id=article_id,
        text=found.text,
        source=source,
        title=found.title or _first_line_title(found.text),
        published=parse_date(found.date, where) or _date_in_name(article_id),
    )


def load_html_file(path: Path, max_bytes: int | None = None) -> Article:
    return parse_html(decode(_read(path, max_bytes), str(path)), path.stem, str(path))


def _jsonl_article(line: bytes, path: Path, number: int) -> Article:
    where = f"{path}:{number}"
    try:
        record = json.loads(line.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise LoadError(where, f"a JSON line must be UTF-8 (byte {error.start})") from None
    except json.JSONDecodeError as error:
        raise LoadError(where, f"invalid JSON ({error.msg})") from None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise LoadError(where, 'a line must be an object with a "text" string')
    article_id = str(record.get("id") or f"{path.stem}-{number}")
    article = parse_text(record["text"], article_id, where)
    published = parse_date(record.get("published"), where) or article.published
    title = record.get("title") or article.title
    return Article(article_id, article.text, where, title, published)


def load_jsonl(path: Path, max_bytes: int | None = None) -> Iterator[Article | LoadError]:
    """One article per line ``{"id", "text", "published"?, "title"?}``, read line by line so a
    large file never sits in memory; a bad or oversized line is an error of its own and the
    other lines still load."""
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                _check_size(len(line), max_bytes, f"{path}:{number}")
                yield _jsonl_article(line, path, number)
            except LoadError as error:
                yield error


def load_file(path: Path, max_bytes: int | None = None) -> Iterator[Article | LoadError]:
    """Every article in one file, errors as values."""
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            yield from load_jsonl(path, max_bytes)
        elif suffix in HTML_SUFFIXES:
            yield load_html_file(path, max_bytes)
        else:
            yield load_text_file(path, max_bytes)
    except LoadError as error:
        yield error
    except OSError as error:
        yield LoadError(str(path), error.strerror or str(error))


def find_files(paths: Iterable[Path]) -> Iterator[Path | LoadError]:
    """Article files under the given files and folders (recursive, sorted; hidden files and
    folders such as .git are not articles)."""
    for path in paths:
        if path.is_dir():
            yield from sorted(
                p
                for p in path.rglob("*")
                if p.suffix.lower() in ARTICLE_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
                and p.is_file()
            )
        elif path.is_file():
            yield path
        else:
            yield LoadError(str(path), "no such file or folder")


def iter_articles(
    paths: Iterable[Path], max_bytes: int | None = None
) -> Iterator[Article | LoadError]:
    """Articles from files and folders, each failure yielded in place so a batch goes on."""
    for found in find_files(paths):
        if isinstance(found, LoadError):
            yield found
        else:
            yield from load_file(found, max_bytes)


def load_one(path: Path | None, published: str | None = None) -> Article:
    """The single article of a file, or of standard input when ``path`` is None."""
    import sys

    if path is None:
        article = parse_text(decode(sys.stdin.buffer.read(), "<stdin>"), "stdin", "<stdin>")
    else:
        if not path.is_file():
            raise LoadError(str(path), "no such file")
        results = list(load_file(path))
        errors = [r for r in results if isinstance(r, LoadError)]
        if errors:
            raise errors[0]
        if len(results) != 1:
            raise LoadError(str(path), f"holds {len(results)} articles; use `batch` for several")
        article = results[0]
    if published:
        article = Article(
            article.id,
            article.text,
            article.source,
            article.title,
            parse_date(published, "--published"),
        )
    return article
