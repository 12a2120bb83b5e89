"""Grouping over the database (DjangoStoryStore) against the in-memory store, same stream, same process.

    python benchmarks/bench_story_store.py --n 3000
    python benchmarks/bench_story_store.py --n 3000 --database-url postgresql://postgres@127.0.0.1:5432/pantau_bench_store

Three runs over one synthetic stream (pantau.engine.grouping.synthetic_news, our own texts):
in memory; in the database with the cache kept between articles (one loader); and in the database
with the cache dropped before every article (what each article costs when another loader wrote in
between). Prints articles/s (wall clock) and whether the groupings are identical.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=3000)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()
    os.environ["PANTAU_DATA_DIR"] = tempfile.mkdtemp(prefix="pantau-bench-store-")
    if args.database_url:
        os.environ["PANTAU_DATABASE_URL"] = args.database_url
        from bench_web import _create_postgres_database

        _create_postgres_database(args.database_url)
    else:
        os.environ.pop("PANTAU_DATABASE_URL", None)

    from pantau.web.django_setup import setup_django

    setup_django()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    from bench_grouping import as_analysis

    from pantau.engine.grouping import StoryIndex
    from pantau.engine.grouping.synthetic_news import stream
    from pantau.web.grouping_store.django_story_store import DjangoStoryStore

    print(f"database: {connection.vendor} {connection.settings_dict['NAME']}; {args.n} articles")
    items = list(stream(args.n))

    def run(label: str, index: StoryIndex, before_each=None) -> list[tuple]:
        call_command("flush", verbosity=0, interactive=False)
        started = time.perf_counter()
        out = []
        for item in items:
            if before_each:
                before_each()
            g = index.add(as_analysis(item))
            out.append((g.story, g.news_event, g.duplicate_of))
        seconds = time.perf_counter() - started
        print(f"{label:<40} {len(items) / seconds:7.0f} articles/s  ({seconds:.1f} s)")
        return out

    memory = run("in memory", StoryIndex())
    warm = run("database, one loader (cache kept)", StoryIndex(DjangoStoryStore()))
    cold_store = DjangoStoryStore()
    cold = run("database, cache dropped every article", StoryIndex(cold_store),
               before_each=lambda: setattr(cold_store, "_valid_at", None))
    print(f"identical groupings: warm {warm == memory}, cold {cold == memory}")


if __name__ == "__main__":
    main()
