"""Reading articles: plain text and Markdown with optional front matter, and JSONL.

Every failure a user can cause (missing file, empty or binary file, bad JSON line) is a
``LoadError`` carrying the file and a one-line reason, so callers can report it and go on.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

TEXT_SUFFIXES = (".txt", ".md")
JSONL_SUFFIXES = (".jsonl",)
ARTICLE_SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES

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
    """UTF-8 text of a file, refusing binary content with a clear reason."""
    if not data.strip():
        raise LoadError(source, "the file is empty")
    if b"\x00" in data[:8192]:
        raise LoadError(source, "the file is binary, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise LoadError(source, f"not UTF-8 text (byte {error.start})") from None


def load_text_file(path: Path) -> Article:
    return parse_text(decode(path.read_bytes(), str(path)), path.stem, str(path))


def load_jsonl(path: Path) -> Iterator[Article | LoadError]:
    """One article per line ``{"id", "text", "published"?, "title"?}``; a bad line is an error
    of its own and the other lines still load."""
    text = decode(path.read_bytes(), str(path))
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield LoadError(where, f"invalid JSON ({error.msg})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield LoadError(where, 'a line must be an object with a "text" string')
            continue
        article_id = str(record.get("id") or f"{path.stem}-{number}")
        try:
            article = parse_text(record["text"], article_id, where)
            published = parse_date(record.get("published"), where) or article.published
        except LoadError as error:
            yield error
            continue
        title = record.get("title") or article.title
        yield Article(article_id, article.text, where, title, published)


def load_file(path: Path) -> Iterator[Article | LoadError]:
    """Every article in one file, errors as values."""
    try:
        if path.suffix.lower() in JSONL_SUFFIXES:
            yield from load_jsonl(path)
        else:
            yield load_text_file(path)
    except LoadError as error:
        yield error
    except OSError as error:
        yield LoadError(str(path), error.strerror or str(error))


def find_files(paths: Iterable[Path]) -> Iterator[Path | LoadError]:
    """Article files under the given files and folders (recursive, sorted)."""
    for path in paths:
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
            )
        elif path.is_file():
            yield path
        else:
            yield LoadError(str(path), "no such file or folder")


def iter_articles(paths: Iterable[Path]) -> Iterator[Article | LoadError]:
    """Articles from files and folders, each failure yielded in place so a batch goes on."""
    for found in find_files(paths):
        if isinstance(found, LoadError):
            yield found
        else:
            yield from load_file(found)


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
