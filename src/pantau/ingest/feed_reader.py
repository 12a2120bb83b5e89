"""RSS and Atom feeds -> one article per entry, with Indonesian dates read correctly.

feedparser parses the XML; its date handling is bypassed because it reads only English day and
month names and does not know WIB/WITA/WIT, so "Selasa, 17 Sep 2024 10:15 WIB" comes out wrong or
empty. The raw date strings go through :mod:`pantau.ingest.indonesian_dates` instead.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import feedparser

from pantau.engine.article import Article, ReadError, stable_id
from pantau.ingest.article_cleaning import build_article
from pantau.ingest.file_bytes import read_capped
from pantau.ingest.html_reader import fragment_text
from pantau.ingest.indonesian_dates import local_date, parse_date_string
from pantau.ingest.read_failure import ReadFailure
from pantau.ingest.read_options import ReadOptions
from pantau.ingest.url_identity import outlet_from_url

# The warning on entries whose text is only the feed's summary; feed_pages looks for it.
SUMMARY_ONLY = "text is the feed's summary, not the full article"
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
NO_TEXT = "feed entry has no text (no content or summary)"


@dataclass
class LinkOnlyEntry(ReadError):
    """A feed entry with a link but no text at all (some outlets' feeds are just titles and links).

    It is an error line as it stands; with --follow-links, feed_pages reads the linked page instead,
    which is why it keeps what the feed did say.
    """

    url: str = ""
    title: str | None = None
    pub_date: str | None = None


def looks_like_feed(data: bytes) -> bool:
    """True when the document's root element is an RSS, Atom or RDF feed."""
    head = data[:2048].lstrip()
    return bool(_FEED_ROOT.search(head)) and not head.lower().startswith((b"<!doctype html", b"<html"))


def read_feed_file(path: Path, options: ReadOptions) -> Iterator[Article | ReadError]:
    yield from read_feed_bytes(read_capped(path, options.max_bytes), str(path))


def read_feed_bytes(data: bytes, source: str, feed_url: str | None = None) -> Iterator[Article | ReadError]:
    """Every entry of the feed in document order; a broken entry is a ReadError, the rest go on."""
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.get("version"):
        problem = parsed.get("bozo_exception")
        raise ReadFailure(f"not an RSS or Atom feed ({_describe(problem)})" if problem else "not an RSS or Atom feed")
    if not parsed.entries:
        raise ReadFailure("feed has no entries")
    feed_warnings = [f"feed XML is malformed, read what parsed: {_describe(parsed.bozo_exception)}"] if parsed.bozo else []
    feed_link = parsed.feed.get("link") or feed_url
    for number, entry in enumerate(parsed.entries, 1):
        entry_source = f"{source}#entry{number}"
        link = entry.get("link")
        try:
            yield _article(entry, entry_source, feed_link, feed_warnings)
        except _NoText:
            yield LinkOnlyEntry(
                id=stable_id(link, None), source=entry_source, error=f"{NO_TEXT}; --follow-links would read its page",
                url=link, title=entry.get("title"), pub_date=_entry_date(entry),
            ) if link else ReadError(id=stable_id(entry_source, None), source=entry_source, error=NO_TEXT)
        except ReadFailure as exc:
            yield ReadError(id=stable_id(link or entry_source, None), source=entry_source, error=exc.reason)
        except Exception as exc:  # noqa: BLE001 — one entry's surprise must not lose the rest of the feed
            reason = f"unexpected error while reading the entry: {type(exc).__name__}: {exc}"
            yield ReadError(id=stable_id(link or entry_source, None), source=entry_source, error=reason)


class _NoText(Exception):
    pass


def _article(entry: feedparser.FeedParserDict, source: str, feed_link: str | None, warnings: list[str]) -> Article:
    content = entry.get("content") or []
    html = content[0].get("value") if content else entry.get("summary", "")
    text = fragment_text(html or "")
    if not text.strip():
        raise _NoText()
    link = entry.get("link")
    entry_warnings = list(warnings)
    if not content:
        entry_warnings.append(SUMMARY_ONLY)
    return build_article(
        id=stable_id(link or entry.get("id"), text),
        text=text,
        source=source,
        title=entry.get("title"),
        url=link,
        outlet=None if link else outlet_from_url(feed_link),
        pub_date=_entry_date(entry),
        warnings=entry_warnings,
    )


def _entry_date(entry: feedparser.FeedParserDict) -> str | None:
    for key in ("published", "updated", "created", "dc_date"):
        raw = entry.get(key)
        if raw:
            value = parse_date_string(raw)
            if value is not None:
                return local_date(value).isoformat()
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)  # feedparser's own reading, UTC; only for formats we do not know
        if parsed:
            moment = datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc)
            return local_date(moment).isoformat()
    return None


def _describe(problem: object) -> str:
    return str(problem).strip() or type(problem).__name__
