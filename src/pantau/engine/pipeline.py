"""The engine's one entry point: articles in, contract analyses out, in input order.

The stateless stages (who/where/when, understanding) may run in worker processes; grouping is
the one stateful stage and runs in order in the calling process, because it only looks backwards.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from itertools import islice

from pantau.engine import who_where_when
from pantau.engine.analysis import Analysis
from pantau.engine.article import Article, ReadError
from pantau.engine.grouping import StoryIndex
from pantau.engine.understanding import understand


def analyze_article(article: Article) -> Analysis:
    """Everything about one article that does not depend on other articles."""
    www = who_where_when.extract(article)
    und = understand(article, www)
    return Analysis(
        id=article.id,
        url=article.canonical_url or article.url,
        title=article.title,
        outlet=article.outlet,
        pub_date=www.pub_date or article.pub_date,
        language=article.language,
        about_asn_neutrality=und.about_asn_neutrality,
        event_kind=und.event_kind,
        violation=und.violation,
        actors=www.actors,
        region=www.region,
        regions_mentioned=www.regions_mentioned,
        event_date=www.event_date,
        story=None,
        news_event=None,
        # Ingest already knows exact and URL-variant copies; grouping adds near-verbatim ones.
        duplicate_of=article.exact_duplicate_of,
        warnings=[*article.warnings, *www.warnings, *und.warnings],
        text=article.text,
    )


def _analyze_or_pass(item: Article | ReadError) -> Analysis | ReadError:
    if isinstance(item, ReadError):
        return item
    try:
        return analyze_article(item)
    except Exception as exc:  # one bad article must not stop the run
        return ReadError(id=item.id, source=item.source or item.id, error=f"analysis failed: {exc!r}")


def analyze_stream(
    items: Iterable[Article | ReadError],
    index: StoryIndex | None = None,
    workers: int = 1,
) -> Iterator[Analysis | ReadError]:
    """Analyse a stream of articles in order; read errors pass through in place."""
    index = index if index is not None else StoryIndex()
    if workers > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            yield from _group_in_order(_bounded_map(pool, _analyze_or_pass, items, workers * 32), index)
    else:
        yield from _group_in_order(map(_analyze_or_pass, items), index)


def _group_in_order(
    analysed: Iterable[Analysis | ReadError], index: StoryIndex
) -> Iterator[Analysis | ReadError]:
    for item in analysed:
        if isinstance(item, Analysis):
            grouping = index.add(item)
            item.story = grouping.story
            item.news_event = grouping.news_event
            item.duplicate_of = grouping.duplicate_of or item.duplicate_of
            item.grouping = grouping.explanation
            if item.event_date is None:  # a date the article lacks, inferred from its story
                item.event_date = grouping.explanation.get("news_event", {}).get("event_date")
        yield item


def _bounded_map(
    pool: Executor, fn: Callable, items: Iterable, window: int
) -> Iterator:
    """Like ``pool.map`` but keeps at most ``window`` items in flight.

    ``Executor.map`` submits the whole input at once, which holds every article of a large
    run in memory; a window keeps memory flat and results in input order.
    """
    pending: deque[Future] = deque()
    iterator = iter(items)
    for item in islice(iterator, window):
        pending.append(pool.submit(fn, item))
    while pending:
        result = pending.popleft().result()
        for item in islice(iterator, 1):
            pending.append(pool.submit(fn, item))
        yield result
