"""StoryStore in an SQLite file: survives restarts, and several processes may add at once.

The reference for a database-backed store (the web app's Django implementation follows the same
shape): every ``StoryIndex.add`` runs inside ``transaction()``, which here is ``BEGIN IMMEDIATE``
— SQLite's write lock, taken before the first read, so two workers adding related articles at the
same moment are serialised and the second one sees the first one's story instead of opening its
own. Everything is committed at the end of the block or rolled back when it raises.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from pantau.engine.grouping.story_snapshot import story_from_data, story_to_data
from pantau.engine.grouping.story_store import POSTINGS_PER_TERM, ArticleRecord, StoryProfile

_SCHEMA = """
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS document_frequency (term TEXT PRIMARY KEY, n INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS story_frequency (term TEXT PRIMARY KEY, n INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS article (
    id TEXT PRIMARY KEY, seq INTEGER NOT NULL, story TEXT NOT NULL, news_event TEXT NOT NULL,
    duplicate_of TEXT, outlet TEXT, source TEXT NOT NULL, day INTEGER, signature BLOB, shingles INTEGER
);
CREATE TABLE IF NOT EXISTS bucket (key INTEGER PRIMARY KEY, article TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS address (key TEXT PRIMARY KEY, article TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS story (id TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS posting (
    term TEXT NOT NULL, story TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (term, story)
);
CREATE INDEX IF NOT EXISTS posting_recent ON posting (term, position);
"""
_CHUNK = 500  # SQLite's default limit on bound parameters is 999


class SqliteStoryStore:
    """A StoryStore in one SQLite file (``":memory:"`` for a private in-memory database)."""

    def __init__(self, path: str | Path, timeout: float = 30.0) -> None:
        self.connection = sqlite3.connect(str(path), timeout=timeout, isolation_level=None)
        self.connection.execute("PRAGMA journal_mode=WAL")
        self.connection.executescript(_SCHEMA)
        self._depth = 0

    def close(self) -> None:
        self.connection.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth:  # already inside: the outer block commits
            yield
            return
        self.connection.execute("BEGIN IMMEDIATE")
        self._depth += 1
        try:
            yield
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        else:
            self.connection.execute("COMMIT")
        finally:
            self._depth -= 1

    # -- counters --
    def _counter(self, name: str) -> int:
        row = self.connection.execute("SELECT value FROM counters WHERE name = ?", (name,)).fetchone()
        return row[0] if row else 0

    def _bump(self, name: str, by: int = 1) -> None:
        self.connection.execute(
            "INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = value + ?",
            (name, by, by),
        )

    def next_sequence(self) -> int:
        value = self._counter("sequence")
        self._bump("sequence")
        return value

    def document_count(self) -> int:
        return self._counter("documents")

    def document_frequencies(self, terms: Iterable[str]) -> dict[str, int]:
        return self._frequencies("document_frequency", terms)

    def count_document(self, terms: Iterable[str]) -> None:
        self._bump("documents")
        self._add_frequencies("document_frequency", terms)

    def story_count(self) -> int:
        return self._counter("stories")

    def story_frequencies(self, terms: Iterable[str]) -> dict[str, int]:
        return self._frequencies("story_frequency", terms)

    def count_story_terms(self, terms: Iterable[str], new_story: bool) -> None:
        if new_story:
            self._bump("stories")
        self._add_frequencies("story_frequency", terms)

    def _frequencies(self, table: str, terms: Iterable[str]) -> dict[str, int]:
        terms = list(terms)
        found: dict[str, int] = {}
        for start in range(0, len(terms), _CHUNK):
            chunk = terms[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            found.update(self.connection.execute(f"SELECT term, n FROM {table} WHERE term IN ({marks})", chunk))
        return found

    def _add_frequencies(self, table: str, terms: Iterable[str]) -> None:
        self.connection.executemany(
            f"INSERT INTO {table} (term, n) VALUES (?, 1) ON CONFLICT (term) DO UPDATE SET n = n + 1",
            ((t,) for t in terms),
        )

    # -- articles --
    def get_article(self, article_id: str) -> ArticleRecord | None:
        row = self.connection.execute(
            "SELECT id, seq, story, news_event, duplicate_of, outlet, source, day, signature, shingles "
            "FROM article WHERE id = ?",
            (article_id,),
        ).fetchone()
        return ArticleRecord(*row) if row else None

    def put_article(self, record: ArticleRecord) -> None:
        self.connection.execute(
            "INSERT OR REPLACE INTO article VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (record.id, record.seq, record.story, record.news_event, record.duplicate_of, record.outlet,
             record.source, record.day, record.signature, record.shingles),
        )

    def articles_in_buckets(self, keys: list[int]) -> list[str]:
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        rows = self.connection.execute(f"SELECT article FROM bucket WHERE key IN ({marks})", keys)
        return list(dict.fromkeys(article for (article,) in rows))

    def add_to_buckets(self, article_id: str, keys: list[int]) -> None:
        self.connection.executemany(
            "INSERT OR IGNORE INTO bucket (key, article) VALUES (?, ?)", ((k, article_id) for k in keys)
        )

    def article_at_address(self, key: str) -> str | None:
        row = self.connection.execute("SELECT article FROM address WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def add_address(self, key: str, article_id: str) -> None:
        self.connection.execute("INSERT OR IGNORE INTO address (key, article) VALUES (?, ?)", (key, article_id))

    # -- stories --
    def get_story(self, story_id: str) -> StoryProfile | None:
        row = self.connection.execute("SELECT data FROM story WHERE id = ?", (story_id,)).fetchone()
        return story_from_data(json.loads(row[0])) if row else None

    def put_story(self, story: StoryProfile) -> None:
        self.connection.execute(
            "INSERT OR REPLACE INTO story (id, data) VALUES (?, ?)",
            (story.id, json.dumps(story_to_data(story), ensure_ascii=False, separators=(",", ":"))),
        )

    def stories_with_terms(self, terms: Iterable[str]) -> dict[str, int]:
        terms = list(terms)
        if not terms:
            return {}
        marks = ",".join("?" * len(terms))
        rows = self.connection.execute(
            f"SELECT story, COUNT(*) FROM posting WHERE term IN ({marks}) GROUP BY story", terms
        )
        return dict(rows)

    def index_story_terms(self, story_id: str, terms: Iterable[str]) -> None:
        position = self._counter("postings")
        self._bump("postings")
        for term in terms:
            self.connection.execute(
                "INSERT INTO posting (term, story, position) VALUES (?, ?, ?) "
                "ON CONFLICT (term, story) DO UPDATE SET position = excluded.position",
                (term, story_id, position),
            )
            self.connection.execute(
                "DELETE FROM posting WHERE term = ? AND position < ("
                " SELECT MIN(position) FROM (SELECT position FROM posting WHERE term = ?"
                " ORDER BY position DESC LIMIT ?))",
                (term, term, POSTINGS_PER_TERM),
            )
