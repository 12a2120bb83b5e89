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
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from django.db import connections, transaction

from pantau.engine.grouping.story_store import POSTINGS_PER_TERM, ArticleRecord, StoryProfile
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
                counters = dict(
                    GroupingCounter.objects.using(self.using).filter(name__in=COUNTERS).values_list("name", "value")
                )
                if counters.get("sequence", 0) != self._valid_at:
                    self._drop_cache()  # someone else added articles since: re-read everything
                self._counters = {name: counters.get(name, 0) for name in COUNTERS}
                yield
                self._flush()
        except BaseException:
            self._drop_cache()
            self._valid_at = None
            raise
        finally:
            self._in_transaction = False
        self._valid_at = self._counters["sequence"]
        if self._cached_entries() > MAX_CACHED:
            self._drop_cache()

    def _lock(self) -> None:
        connection = connections[self.using]
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [ADVISORY_LOCK_KEY])
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
        for chunk in _chunks(missing):
            found = TermCount.objects.using(self.using).filter(term__in=chunk).values_list("term", "documents", "stories")
            for term, documents, stories in found:
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
            row = GroupedArticle.objects.using(self.using).filter(article_id=article_id).values_list("data", flat=True).first()
            self._articles[article_id] = from_json(ArticleRecord, row) if row is not None else None
        return self._articles[article_id]

    def put_article(self, record: ArticleRecord) -> None:
        self._articles[record.id] = record
        self._dirty["articles"].add(record.id)

    # -- near-duplicate buckets --

    def _load_buckets(self, keys: list[int]) -> None:
        missing = [k for k in dict.fromkeys(keys) if k not in self._buckets]
        for chunk in _chunks(missing):
            self._buckets.update(LshBucket.objects.using(self.using).filter(key__in=chunk).values_list("key", "article_id"))
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
            self._addresses[digest] = (
                ArticleAddress.objects.using(self.using).filter(key_digest=digest).values_list("article_id", flat=True).first()
            )
        return self._addresses[digest]

    def add_address(self, key: str, article_id: str) -> None:
        if self.article_at_address(key) is None:
            digest = _address_digest(key)
            self._addresses[digest] = article_id
            self._dirty["addresses"].add(digest)

    # -- stories and postings --

    def get_story(self, story_id: str) -> StoryProfile | None:
        if story_id not in self._stories:
            row = GroupingStory.objects.using(self.using).filter(story_id=story_id).values_list("data", flat=True).first()
            self._stories[story_id] = from_json(StoryProfile, row) if row is not None else None
        return self._stories[story_id]

    def put_story(self, story: StoryProfile) -> None:
        self._stories[story.id] = story
        self._dirty["stories"].add(story.id)

    def _load_postings(self, keys: list[str]) -> None:
        missing = [k for k in dict.fromkeys(keys) if k not in self._postings]
        for chunk in _chunks(missing):
            self._postings.update(TermPostings.objects.using(self.using).filter(term__in=chunk).values_list("term", "stories"))
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
            stories = self._postings[key]
            if stories and stories[-1] == story_id:
                continue
            if story_id in stories:
                stories.remove(story_id)
            stories.append(story_id)
            if len(stories) > POSTINGS_PER_TERM:
                del stories[0]
            self._dirty["postings"].add(key)

    # -- writing back --

    def _flush(self) -> None:
        db = self.using
        dirty = self._dirty
        if dirty["counters"]:
            GroupingCounter.objects.using(db).bulk_create(
                [GroupingCounter(name=n, value=self._counters[n]) for n in sorted(dirty["counters"])],
                update_conflicts=True, unique_fields=["name"], update_fields=["value"],
            )
        if dirty["terms"]:
            TermCount.objects.using(db).bulk_create(
                [TermCount(term=t, documents=self._terms[t][0], stories=self._terms[t][1]) for t in sorted(dirty["terms"])],
                update_conflicts=True, unique_fields=["term"], update_fields=["documents", "stories"], batch_size=IN_CHUNKS,
            )
        if dirty["articles"]:
            GroupedArticle.objects.using(db).bulk_create(
                [GroupedArticle(article_id=a, data=to_json(self._articles[a])) for a in sorted(dirty["articles"])],
                update_conflicts=True, unique_fields=["article_id"], update_fields=["data"], batch_size=IN_CHUNKS,
            )
        if dirty["buckets"]:
            LshBucket.objects.using(db).bulk_create(
                [LshBucket(key=k, article_id=self._buckets[k]) for k in sorted(dirty["buckets"])],
                ignore_conflicts=True, batch_size=IN_CHUNKS,
            )
        if dirty["addresses"]:
            ArticleAddress.objects.using(db).bulk_create(
                [ArticleAddress(key_digest=d, article_id=self._addresses[d]) for d in sorted(dirty["addresses"])],
                ignore_conflicts=True,
            )
        if dirty["stories"]:
            GroupingStory.objects.using(db).bulk_create(
                [GroupingStory(story_id=s, data=to_json(self._stories[s])) for s in sorted(dirty["stories"])],
                update_conflicts=True, unique_fields=["story_id"], update_fields=["data"], batch_size=IN_CHUNKS,
            )
        if dirty["postings"]:
            TermPostings.objects.using(db).bulk_create(
                [TermPostings(term=t, stories=self._postings[t]) for t in sorted(dirty["postings"])],
                update_conflicts=True, unique_fields=["term"], update_fields=["stories"], batch_size=IN_CHUNKS,
            )
        for names in dirty.values():
            names.clear()


def _chunks(items: list, size: int = IN_CHUNKS) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
