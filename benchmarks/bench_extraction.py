"""How long who/where/when extraction takes per article: regions, people and dates, on one core.

Usage: python benchmarks/bench_extraction.py [ARTICLES.jsonl] [--repeat N]
Defaults to ../shared/devset/articles.jsonl. Prints per-stage and total CPU milliseconds per article;
the target is under 2 ms per article on average for the three together.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from pantau.engine.article import Article
from pantau.engine.dates import as_date, event_date, publication_date
from pantau.engine.people import find_actors
from pantau.engine.regions import find_regions
from pantau.engine.who_where_when import extract

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "devset" / "articles.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="?", default=str(DEFAULT))
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    articles = [
        Article(id=obj.get("id", str(i)), text=obj["text"], title=obj.get("title"), url=obj.get("url"))
        for i, obj in enumerate(json.loads(line) for line in Path(args.articles).read_text("utf-8").splitlines() if line)
    ]
    started = time.process_time()
    extract(articles[0])  # loads the region table and builds the automata once
    print(f"first call (loads data, builds automata): {(time.process_time() - started) * 1000:.1f} ms CPU")
    n = len(articles) * args.repeat
    chars = sum(len(a.text) for a in articles) / len(articles)
    print(f"{len(articles)} articles x {args.repeat} repeats, {chars:.0f} characters per article on average")

    def per_article(fn) -> float:
        # CPU time of this process: other work on a shared machine does not inflate it.
        start = time.process_time()
        for _ in range(args.repeat):
            for article in articles:
                fn(article)
        return (time.process_time() - start) * 1000 / n

    spans = {a.id: find_regions(a.text, a.title).spans for a in articles}
    regions_ms = per_article(lambda a: find_regions(a.text, a.title))
    people_ms = per_article(lambda a: find_actors(a.text, spans[a.id]))

    def dates(a: Article) -> None:
        pub = publication_date(a.pub_date, a.url, a.text)
        event_date(a.text, as_date(pub), int(pub[:4]) if pub else None)

    dates_ms = per_article(dates)
    wall_start = time.perf_counter()
    total_ms = per_article(extract)
    wall_ms = (time.perf_counter() - wall_start) * 1000 / n
    print(f"regions  {regions_ms:.3f} ms/article")
    print(f"people   {people_ms:.3f} ms/article")
    print(f"dates    {dates_ms:.3f} ms/article")
    print(f"extract  {total_ms:.3f} ms/article CPU, {wall_ms:.3f} ms wall (all three, as the pipeline calls them); target < 2 ms")


if __name__ == "__main__":
    main()
