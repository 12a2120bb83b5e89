"""Dispatch every input (file, directory, URL, "-") to the reader for its kind.

Whatever goes wrong with one input becomes a :class:`ReadError` in its place and the next input is
read. Every id is made unique in the run (:class:`UniqueIds`), and articles pass through
:class:`ReadDuplicateMarker`, so exact and URL-variant duplicates carry ``exact_duplicate_of``.
"""

from __future__ import annotations

import io
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from pathlib import Path

from pantau.engine.article import Article, ReadError, stable_id
from pantau.ingest.article_cleaning import build_article
from pantau.ingest.feed_pages import with_full_pages
from pantau.ingest.feed_reader import looks_like_feed, read_feed_bytes, read_feed_file
from pantau.ingest.html_reader import article_from_html_bytes, article_from_page, read_html_file
from pantau.ingest.jsonl_reader import looks_like_article_file, read_jsonl_file, read_jsonl_stream
from pantau.ingest.read_duplicates import ReadDuplicateMarker
from pantau.ingest.read_failure import ReadFailure
from pantau.ingest.read_options import ReadOptions
from pantau.ingest.text_reader import article_from_text_bytes, read_text_file
from pantau.ingest.text_repair import decode_bytes
from pantau.ingest.unique_ids import UniqueIds
from pantau.ingest.url_fetcher import Fetched, fetch
from pantau.ingest.url_prefetch import is_url, with_prefetched_urls

Reader = Callable[[Path, ReadOptions], "Article | Iterator[Article | ReadError]"]

_READERS: dict[str, Reader] = {
    ".jsonl": read_jsonl_file,
    ".txt": read_text_file,
    ".html": read_html_file,
    ".htm": read_html_file,
    ".xml": read_feed_file,
    ".rss": read_feed_file,
    ".atom": read_feed_file,
}
SUPPORTED_SUFFIXES = tuple(_READERS)
_ONE_ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
_OTHER_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def read_inputs(inputs: Iterable[str], options: ReadOptions | None = None) -> Iterator[Article | ReadError]:
    """Articles (or read errors) from every input, in the order given."""
    options = options or ReadOptions()
    marker = ReadDuplicateMarker()
    ids = UniqueIds()
    for spec, prefetched in with_prefetched_urls(inputs, options):
        for item in _read_one(spec, options, prefetched):
            item = ids.claim(item)
            yield marker.mark(item) if isinstance(item, Article) else item


def _read_one(spec: str, options: ReadOptions, prefetched: Future[Fetched] | None) -> Iterator[Article | ReadError]:
    items = _read_spec(spec, options, prefetched)
    return with_full_pages(items, options) if options.follow_feed_links else items


def _read_spec(spec: str, options: ReadOptions, prefetched: Future[Fetched] | None) -> Iterator[Article | ReadError]:
    if spec == "-":
        yield from _guarded(spec, lambda: read_jsonl_stream(sys.stdin, "-", options, empty="no input on standard input (expected JSONL)"))
    elif is_url(spec):
        yield from _guarded(spec, lambda: _read_url(spec, options, prefetched))
    elif _OTHER_URL.match(spec):  # as a path it would only say "no such file", which misleads
        yield _error(spec, f"unsupported URL scheme {spec.split(':', 1)[0]!r} (only http:// and https:// URLs are fetched)")
    elif Path(spec).is_dir():
        children = _directory_files(Path(spec))
        if not children:  # otherwise a mistyped folder would pass silently with nothing read
            kinds = ", ".join(SUPPORTED_SUFFIXES)
            yield _error(spec, f"no supported files in this directory (looked for {kinds}; hidden files and label files are skipped)")
        for child in children:
            if child.is_symlink() and not child.exists():
                yield _error(str(child), f"broken symbolic link (points to {os.readlink(child)}, which does not exist)",
                             child.stem if child.suffix.lower() in _ONE_ARTICLE_SUFFIXES else None)
                continue
            yield from _read_file(child, options)
    else:
        yield from _read_file(Path(spec), options)


def read_document(name: str, data: bytes, options: ReadOptions | None = None) -> Iterator[Article | ReadError]:
    """One in-memory document (an upload, say), read as its file name's extension says.

    Without a known extension the bytes are sniffed: a feed, then an HTML page, else plain text.
    Ids and duplicates are as for files (the id of a .txt or .html is the name without extension).
    """
    options = options or ReadOptions()
    path = Path(name)
    suffix = path.suffix.lower()
    if len(data) > options.max_bytes and suffix != ".jsonl":
        yield _error(name, f"file too large: {len(data) / 1_048_576:.1f} MB, over the {options.max_bytes / 1_048_576:g} MB cap")
        return
    if suffix not in _READERS:
        head = data[:2048].lstrip().lower()
        suffix = ".xml" if looks_like_feed(data) else ".html" if head.startswith((b"<!doctype", b"<html")) else ".txt"
    marker = ReadDuplicateMarker()
    ids = UniqueIds()
    for item in _guarded(name, lambda: _document_items(suffix, path, name, data, options)):
        item = ids.claim(item)
        yield marker.mark(item) if isinstance(item, Article) else item


def _document_items(suffix: str, path: Path, name: str, data: bytes, options: ReadOptions):
    if suffix == ".jsonl":
        return read_jsonl_stream(io.BytesIO(data), name, options)
    if suffix in (".html", ".htm"):
        return article_from_html_bytes(data, id=path.stem, source=name)
    if suffix in (".xml", ".rss", ".atom"):
        return read_feed_bytes(data, name)
    return article_from_text_bytes(data, id=path.stem, source=name)


def _read_file(path: Path, options: ReadOptions) -> Iterator[Article | ReadError]:
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        if not path.exists():
            yield _error(str(path), "no such file or directory")
        else:
            kinds = ", ".join(SUPPORTED_SUFFIXES)
            yield _error(str(path), f"unsupported input type {path.suffix or '(no extension)'!r} (supported: {kinds}, URLs, '-')")
        return
    # A file that holds one article fails under the id the article would have had, so --resume
    # treats "tried and failed" and "read" alike.
    reader = _reader_for_content(path, reader)
    error_id = path.stem if reader in (read_text_file, read_html_file) else None
    yield from _guarded(str(path), lambda: reader(path, options), error_id)


def _reader_for_content(path: Path, reader: Reader) -> Reader:
    """A feed saved from the browser as .html is read as a feed, a page saved as .xml as a page:
    the name is whatever the browser chose, the first bytes say what the file holds."""
    if reader not in (read_html_file, read_feed_file):
        return reader
    try:
        with path.open("rb") as file:
            head = file.read(2048)
    except OSError:
        return reader  # the reader reports why
    if reader is read_html_file and looks_like_feed(head):
        return read_feed_file
    if reader is read_feed_file and head.lstrip(b"\xef\xbb\xbf \t\r\n").lower().startswith((b"<!doctype html", b"<html")):
        return read_html_file
    return reader


def _directory_files(directory: Path) -> list[Path]:
    """Supported files under ``directory`` in name order; hidden files and label files left out."""
    found = []
    for path in sorted(directory.rglob("*"), key=lambda p: p.relative_to(directory).as_posix()):
        relative = path.relative_to(directory)
        if any(part.startswith(".") for part in relative.parts):
            continue
        # A link to nothing is a file someone meant to be read: report it rather than skip it.
        if not path.is_file() and not (path.is_symlink() and not path.exists()):
            continue
        if path.suffix.lower() not in _READERS:
            continue
        if path.suffix.lower() == ".jsonl" and not looks_like_article_file(path):
            continue  # e.g. labels.jsonl next to the articles it labels
        found.append(path)
    return found


def _read_url(url: str, options: ReadOptions, prefetched: Future[Fetched] | None) -> Iterator[Article | ReadError]:
    fetched = prefetched.result() if prefetched is not None else fetch(url, options)
    if fetched.kind == "feed" or looks_like_feed(fetched.data):
        yield from read_feed_bytes(fetched.data, url, feed_url=fetched.url)
        return
    content, warnings = decode_bytes(fetched.data, fetched.charset)
    if fetched.kind == "text":
        yield build_article(id=stable_id(url, None), text=content, source=url, url=fetched.url,
                            headline_in_text=True, warnings=warnings)
        return
    yield article_from_page(content, id=stable_id(url, None), url=fetched.url, source=url, warnings=warnings)


def _guarded(
    source: str, produce: Callable[[], "Article | Iterable[Article | ReadError]"], error_id: str | None = None
) -> Iterator[Article | ReadError]:
    """Run a reader; turn its failure into one ReadError (after anything it already yielded)."""
    try:
        produced = produce()
        if isinstance(produced, Article):
            yield produced
        else:
            yield from produced
    except ReadFailure as exc:
        yield _error(source, exc.reason, error_id)
    except Exception as exc:  # noqa: BLE001 — a parser's or our own bug must not end the run
        yield _error(source, f"unexpected error while reading: {type(exc).__name__}: {exc}", error_id)


def _error(source: str, reason: str, error_id: str | None = None) -> ReadError:
    return ReadError(id=error_id or stable_id(source, None), source=source, error=reason)
