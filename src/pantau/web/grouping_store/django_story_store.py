"""StoryStore (engine/grouping/story_store.py) over the database, for several loader processes.

Every ``transaction()`` takes one exclusive lock (PostgreSQL: ``pg_advisory_xact_lock``; other
databases: ``SELECT … FOR UPDATE`` on a lock row, and on SQLite the IMMEDIATE transaction the
settings ask for), so two ``StoryIndex.add`` calls never interleave, and commits everything it
wrote at the end, or nothing.

Reads go through a write-back cache: a value read once is kept, writes change the cache and are
flushed with a few bulk statements at the end of the block. The cache survives from one block to
the next only while no other process has added an article in between (the shared "sequence"
counter is where this process left it); otherwise it is dropped and re-read. A single loader thus
runs almost at in-memory speed, and concurrent loaders always see each other's writes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from django.db import connections, transaction

from pantau.engine.grouping.story_store import ArticleRecord, StoryProfile, move_to_most_recent
from pantau.web.grouping_store.models import (
    ArticleAddress,
    GroupedArticle,
    GroupingCounter,
    GroupingStory,
    LshBucket,
    TermCount,
    TermPostings,
)
from pantau.web.grouping_store.record_codec import from_json, to_json

ADVISORY_LOCK_KEY = 0x70616E746175  # "pantau": one lock for the whole grouping index
COUNTERS = ("sequence", "documents", "stories")
IN_CHUNKS = 500  # ids per IN (...) query: well under SQLite's variable limit
MAX_CACHED = 300_000  # cached entries before the cache is dropped after a commit


def _term_key(term: str) -> str:
    return term[:255]


def _address_digest(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


class DjangoStoryStore:
    def __init__(self, using: str = "default") -> None:
        self.using = using
        self._valid_at: int | None = None  # the sequence value our cache matches
        self._complete = False  # the cache holds every row there is (started from an empty index)
        self._in_transaction = False
        self._drop_cache()

    # -- transactions --

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._in_transaction:  # nested use: already locked, same cache
            yield
            return
        try:
            with transaction.atomic(using=self.using):
                self._in_transaction = True
                self._lock()
                with connections[self.using].cursor() as cursor:
                    cursor.execute("SELECT name, value FROM grouping_store_groupingcounter WHERE name IN (%s, %s, %s)",
                                   list(COUNTERS))
                    counters = dict(cursor.fetchall())
                if counters.get("sequence", 0) != self._valid_at:
                    self._drop_cache()  # someone else added articles since: re-read everything
                    # An empty index is wholly known: until someone else writes, a key missing from
                    # the cache is missing from the tables, and need not be looked up.
                    self._complete = counters.get("sequence", 0) == 0
                self._counters = {name: counters.get(name, 0) for name in COUNTERS}
                yield
                self._flush()
        except BaseException:
            self._drop_cache()
            self._valid_at = None
            self._complete = False
            raise
        finally:
            self._in_transaction = False
        self._valid_at = self._counters["sequence"]
        if self._cached_entries() > MAX_CACHED:
            self._drop_cache()
            self._complete = False

    def _lock(self) -> None:
        connection = connections[self.using]
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [ADVISORY_LOCK_KEY])
                # One commit per article: waiting for each WAL flush would cost more than the work.
                # A crash loses at most the last moments of grouping, which a re-run redoes; the next
                # synchronous commit (the loader storing its batch) flushes everything before it.
                cursor.execute("SET LOCAL synchronous_commit TO OFF")
        elif connection.vendor == "sqlite":
            # The settings open every transaction with BEGIN IMMEDIATE: it holds SQLite's write lock
            # from the start, which serialises writers without a lock row. Make sure of it.
            with connection.cursor() as cursor:
                cursor.execute("INSERT OR IGNORE INTO grouping_store_groupingcounter (name, value) VALUES ('lock', 0)")
        else:
            # The row may be gone (a flushed test database): create it, then lock it.
            GroupingCounter.objects.using(self.using).get_or_create(name="lock")
            list(GroupingCounter.objects.using(self.using).select_for_update().filter(name="lock"))

    def _drop_cache(self) -> None:
        self._counters: dict[str, int] = {name: 0 for name in COUNTERS}
        self._terms: dict[str, list[int]] = {}  # term key -> [documents, stories]
        self._articles: dict[str, ArticleRecord | None] = {}
        self._buckets: dict[int, str | None] = {}
        self._addresses: dict[str, str | None] = {}
        self._stories: dict[str, StoryProfile | None] = {}
        self._postings: dict[str, list[str]] = {}
        self._dirty: dict[str, set] = {
            "terms": set(), "articles": set(), "buckets": set(), "addresses": set(), "stories": set(),
            "postings": set(), "counters": set(),
        }

    def _cached_entries(self) -> int:
        return len(self._terms) + len(self._articles) + len(self._buckets) + len(self._stories) + len(self._postings)

    def _select(self, model, columns: list[str], key_column: str, keys: list) -> list[tuple]:
        """Rows whose key is in ``keys``, by raw SQL (the ORM's query building dominated the cost)."""
        if self._complete or not keys:
            return []
        connection = connections[self.using]
        quote = connection.ops.quote_name
        rows: list[tuple] = []
        with connection.cursor() as cursor:
            for chunk in _chunks(keys):
                cursor.execute(
                    f"SELECT {', '.join(map(quote, columns))} FROM {quote(model._meta.db_table)} "
                    f"WHERE {quote(key_column)} IN ({', '.join(['%s'] * len(chunk))})",
                    chunk,
                )
                rows.extend(cursor.fetchall())
        return rows

    # -- counters --

    def next_sequence(self) -> int:
        value = self._counters["sequence"]
        self._counters["sequence"] = value + 1
        self._dirty["counters"].add("sequence")
        return value

    def document_count(self) -> int:
        return self._counters["documents"]

    def story_count(self) -> int:
        return self._counters["stories"]

    # -- term frequencies --

    def _load_terms(self, keys: Iterable[str]) -> None:
        missing = [k for k in dict.fromkeys(keys) if k not in self._terms]
        for term, documents, stories in self._select(TermCount, ["term", "documents", "stories"], "term", missing):
            self._terms[term] = [documents, stories]
        for key in missing:
            self._terms.setdefault(key, [0, 0])

    def document_frequencies(self, terms: Iterable[str]) -> dict[str, int]:
        terms = list(terms)
        self._load_terms(map(_term_key, terms))
        return {t: self._terms[_term_key(t)][0] for t in terms}

    def count_document(self, terms: Iterable[str]) -> None:
        keys = set(map(_term_key, terms))
        self._load_terms(keys)
        for key in keys:
            self._terms[key][0] += 1
        self._dirty["terms"] |= keys
        self._counters["documents"] += 1
        self._dirty["counters"].add("documents")

    def story_frequencies(self, terms: Iterable[str]) -> dict[str, int]:
        terms = list(terms)
        self._load_terms(map(_term_key, terms))
        return {t: self._terms[_term_key(t)][1] for t in terms}

    def count_story_terms(self, terms: Iterable[str], new_story: bool) -> None:
        keys = list(map(_term_key, terms))
        self._load_terms(keys)
        for key in keys:
            self._terms[key][1] += 1
        self._dirty["terms"] |= set(keys)
        if new_story:
            self._counters["stories"] += 1
            self._dirty["counters"].add("stories")

    # -- articles --

    def get_article(self, article_id: str) -> ArticleRecord | None:
        if article_id not in self._articles:
            rows = self._select(GroupedArticle, ["data"], "article_id", [article_id])
            self._articles[article_id] = from_json(ArticleRecord, _json(rows[0][0])) if rows else None
        return self._articles[article_id]

    def put_article(self, record: ArticleRecord) -> None:
        self._articles[record.id] = record
        self._dirty["articles"].add(record.id)

    # -- near-duplicate buckets --

    def _load_buckets(self, keys: list[int]) -> None:
        missing = [k for k in dict.fromkeys(keys) if k not in self._buckets]
        self._buckets.update(self._select(LshBucket, ["key", "article_id"], "key", missing))
        for key in missing:
            self._buckets.setdefault(key, None)

    def articles_in_buckets(self, keys: list[int]) -> list[str]:
        self._load_buckets(keys)
        return list(dict.fromkeys(self._buckets[k] for k in keys if self._buckets[k] is not None))

    def add_to_buckets(self, article_id: str, keys: list[int]) -> None:
        self._load_buckets(keys)
        for key in keys:
            if self._buckets[key] is None:
                self._buckets[key] = article_id
                self._dirty["buckets"].add(key)

    # -- addresses --

    def article_at_address(self, key: str) -> str | None:
        digest = _address_digest(key)
        if digest not in self._addresses:
            rows = self._select(ArticleAddress, ["article_id"], "key_digest", [digest])
            self._addresses[digest] = rows[0][0] if rows else None
        return self._addresses[digest]

    def add_address(self, key: str, article_id: str) -> None:
        if self.article_at_address(key) is None:
            digest = _address_digest(key)
            self._addresses[digest] = article_id
            self._dirty["addresses"].add(digest)

    # -- stories and postings --

    def get_story(self, story_id: str) -> StoryProfile | None:
        if story_id not in self._stories:
            rows = self._select(GroupingStory, ["data"], "story_id", [story_id])
            self._stories[story_id] = from_json(StoryProfile, _json(rows[0][0])) if rows else None
        return self._stories[story_id]

    def put_story(self, story: StoryProfile) -> None:
        self._stories[story.id] = story
        self._dirty["stories"].add(story.id)

    def _load_postings(self, keys: list[str]) -> None:
        missing = [k for k in dict.fromkeys(keys) if k not in self._postings]
        self._postings.update((term, _json(stories)) for term, stories in self._select(
            TermPostings, ["term", "stories"], "term", missing
        ))
        for key in missing:
            self._postings.setdefault(key, [])

    def stories_with_terms(self, terms: Iterable[str]) -> dict[str, int]:
        keys = list(map(_term_key, terms))
        self._load_postings(keys)
        hits: dict[str, int] = {}
        for key in keys:
            for story_id in self._postings[key]:
                hits[story_id] = hits.get(story_id, 0) + 1
        return hits

    def index_story_terms(self, story_id: str, terms: Iterable[str]) -> None:
        keys = list(map(_term_key, terms))
        self._load_postings(keys)
        for key in keys:
            if move_to_most_recent(self._postings[key], story_id):
                self._dirty["postings"].add(key)

    # -- writing back --

    def _flush(self) -> None:
        dirty = self._dirty
        c, t = self._counters, self._terms
        self._upsert(GroupingCounter, ["name", "value"], [(n, c[n]) for n in sorted(dirty["counters"])])
        self._upsert(TermCount, ["term", "documents", "stories"], [(k, *t[k]) for k in sorted(dirty["terms"])])
        self._upsert(GroupedArticle, ["article_id", "data"],
                     [(a, json.dumps(to_json(self._articles[a]))) for a in sorted(dirty["articles"])], json_column="data")
        self._upsert(LshBucket, ["key", "article_id"], [(k, self._buckets[k]) for k in sorted(dirty["buckets"])],
                     keep_existing=True)
        self._upsert(ArticleAddress, ["key_digest", "article_id"],
                     [(d, self._addresses[d]) for d in sorted(dirty["addresses"])], keep_existing=True)
        self._upsert(GroupingStory, ["story_id", "data"],
                     [(i, json.dumps(to_json(self._stories[i]))) for i in sorted(dirty["stories"])], json_column="data")
        self._upsert(TermPostings, ["term", "stories"],
                     [(k, json.dumps(self._postings[k])) for k in sorted(dirty["postings"])], json_column="stories")
        for names in dirty.values():
            names.clear()

    def _upsert(self, model, columns: list[str], rows: list[tuple], *, json_column: str = "",
                keep_existing: bool = False) -> None:
        """INSERT … ON CONFLICT (primary key) DO UPDATE/NOTHING, one executemany per table.

        Raw SQL because the ORM's bulk_create spends ~10 ms an article compiling these statements;
        SQLite (3.24+) and PostgreSQL share the syntax. Other databases take the ORM's path."""
        if not rows:
            return
        connection = connections[self.using]
        if connection.vendor not in ("postgresql", "sqlite"):
            return self._orm_upsert(model, columns, rows, json_column, keep_existing)
        quote = connection.ops.quote_name
        key = columns[0]
        row_sql = "(" + ", ".join(
            "%s::jsonb" if column == json_column and connection.vendor == "postgresql" else "%s" for column in columns
        ) + ")"
        action = "DO NOTHING" if keep_existing else "DO UPDATE SET " + ", ".join(
            f"{quote(column)} = EXCLUDED.{quote(column)}" for column in columns[1:]
        )
        head = f"INSERT INTO {quote(model._meta.db_table)} ({', '.join(map(quote, columns))}) VALUES "
        # Many rows per statement: one round trip, not one per row (executemany sends each row).
        per_statement = max(1, 900 // len(columns))  # SQLite's old limit of 999 parameters
        with connection.cursor() as cursor:
            for start in range(0, len(rows), per_statement):
                chunk = rows[start : start + per_statement]
                cursor.execute(
                    head + ", ".join([row_sql] * len(chunk)) + f" ON CONFLICT ({quote(key)}) {action}",
                    [value for row in chunk for value in row],
                )

    def _orm_upsert(self, model, columns, rows, json_column, keep_existing) -> None:
        objects = [
            model(**{c: (json.loads(v) if c == json_column else v) for c, v in zip(columns, row)}) for row in rows
        ]
        if keep_existing:
            model.objects.using(self.using).bulk_create(objects, ignore_conflicts=True, batch_size=IN_CHUNKS)
        else:
            model.objects.using(self.using).bulk_create(
                objects, update_conflicts=True, unique_fields=[columns[0]], update_fields=columns[1:], batch_size=IN_CHUNKS
            )


def _json(value):
    """A JSON column as read by a raw cursor: text on SQLite, already decoded on some drivers."""
    return json.loads(value) if isinstance(value, (str, bytes)) else value


def _chunks(items: list, size: int = IN_CHUNKS) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
