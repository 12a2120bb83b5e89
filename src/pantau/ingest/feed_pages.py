"""Full article pages for feed entries that carry only a summary (``--follow-links``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor

from pantau.engine.article import Article, ReadError
from pantau.ingest.feed_reader import NO_TEXT, SUMMARY_ONLY, LinkOnlyEntry
from pantau.ingest.html_reader import article_from_page
from pantau.ingest.read_failure import ReadFailure
from pantau.ingest.read_options import ReadOptions
from pantau.ingest.text_repair import decode_bytes
from pantau.ingest.url_fetcher import fetch

def with_full_pages(items: Iterable[Article | ReadError], options: ReadOptions) -> Iterator[Article | ReadError]:
    """The same items in the same order; summary-only entries replaced by their page when it reads."""
    # A few at a time: 50 entries should not take 50 round trips in a row, and a news site should
    # not see a burst from one monitor.
    with ThreadPoolExecutor(max_workers=options.parallel_fetches) as pool:
        yield from pool.map(lambda item: _full_page(item, options), items)


def _full_page(item: Article | ReadError, options: ReadOptions) -> Article | ReadError:
    if isinstance(item, LinkOnlyEntry):
        return _linked_page(item, options)
    if not isinstance(item, Article) or not item.url or SUMMARY_ONLY not in item.warnings:
        return item
    try:
        fetched = fetch(item.url, options)
        if fetched.kind != "page":
            raise ReadFailure(f"the entry's link is a {fetched.kind}, not an article page")
        html, warnings = decode_bytes(fetched.data, fetched.charset)
        return article_from_page(
            html, id=item.id, url=item.url, source=item.source or item.url, title=item.title,
            pub_date=item.pub_date, warnings=[w for w in item.warnings if w != SUMMARY_ONLY] + warnings,
        )
    except ReadFailure as exc:
        item.warnings.append(f"full page not fetched ({exc.reason}); text is the feed's summary")
        return item


def _linked_page(entry: LinkOnlyEntry, options: ReadOptions) -> Article | ReadError:
    """The page of a feed entry that had no text at all; the error stays, with the reason, if it cannot be read."""
    try:
        fetched = fetch(entry.url, options)
        if fetched.kind != "page":
            raise ReadFailure(f"the entry's link is a {fetched.kind}, not an article page")
        html, warnings = decode_bytes(fetched.data, fetched.charset)
        return article_from_page(html, id=entry.id, url=entry.url, source=entry.source, title=entry.title,
                                 pub_date=entry.pub_date, warnings=warnings)
    except ReadFailure as exc:
        return ReadError(id=entry.id, source=entry.source, error=f"{NO_TEXT}, and its page could not be read: {exc.reason}")
