"""Start fetching the next few URL inputs while earlier inputs are being read, keeping input order.

A list of 100 article URLs at one second each would take 100 s one after another; a few fetches in
flight cut that several-fold without hammering any one site.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor

from pantau.ingest.read_options import ReadOptions
from pantau.ingest.url_fetcher import Fetched, fetch


def is_url(spec: str) -> bool:
    return spec.lower().startswith(("http://", "https://"))


def with_prefetched_urls(specs: Iterable[str], options: ReadOptions) -> Iterator[tuple[str, Future[Fetched] | None]]:
    """Each spec in order, with the future of its fetch when it is a URL (already under way)."""
    pool = ThreadPoolExecutor(max_workers=options.parallel_fetches)
    window: deque[tuple[str, Future[Fetched] | None]] = deque()
    in_flight = 0
    try:
        for spec in specs:
            future = pool.submit(fetch, spec, options) if is_url(spec) else None
            window.append((spec, future))
            in_flight += future is not None
            while in_flight >= options.parallel_fetches:
                spec_out, future_out = window.popleft()
                in_flight -= future_out is not None
                yield spec_out, future_out
        while window:
            yield window.popleft()
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
