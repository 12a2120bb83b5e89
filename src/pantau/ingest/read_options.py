"""Limits and network settings for reading inputs, in one place so the CLI can expose them."""

from __future__ import annotations

from dataclasses import dataclass

MEGABYTE = 1024 * 1024


@dataclass(frozen=True)
class ReadOptions:
    # One article, page or feed larger than this is refused rather than read into memory;
    # JSONL files are streamed, so the cap applies to each line.
    max_bytes: int = 20 * MEGABYTE
    # Seconds to wait for a server to connect or send the next bytes.
    timeout: float = 10.0
    # Extra attempts after a timeout, a refused connection or a 5xx/429 answer.
    retries: int = 2
    # First wait between attempts, doubled after each failed one.
    backoff: float = 0.5
    # URLs fetched at the same time (URL inputs, and feed entries' pages with follow_feed_links).
    parallel_fetches: int = 4
    # Fetch the linked page of feed entries that carry only a summary.
    follow_feed_links: bool = False
    user_agent: str = "pantau/0.1 (+https://github.com/pantau; ASN neutrality news monitor)"
