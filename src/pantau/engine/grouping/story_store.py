"""The storage seam under StoryIndex: what grouping remembers, behind a small protocol.

``StoryIndex`` keeps no state of its own; everything it remembers goes through a ``StoryStore``.
``InMemoryStoryStore`` serves ``pantau analyze`` and the tests (``story_snapshot`` saves and reloads
it); the web app implements the same protocol over its database tables.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import ContextManager, Protocol


@dataclass(slots=True)
class ArticleRecord:
    """One article as grouping remembers it."""

    id: str
    seq: int  # position in the stream (0, 1, ...): orders members and bounds windows without dates
    story: str
    news_event: str
    duplicate_of: str | None
    outlet: str | None  # registrable domain or outlet name, lowercased
    source: str  # independence group: the article id it copies, or "wire:<agency>", else its own id
    day: int | None  # date ordinal used for windows (publication, else event date)
    signature: bytes | None  # MinHash signature (near_duplicates.to_bytes)
    shingles: int = 0  # how many word 3-grams the text has (for containment estimates)


@dataclass(slots=True)
class NewsEvent:
    """One day's development inside a story."""

    id: str
    day: int | None
    n_articles: int = 1
    vector: dict[str, float] = field(default_factory=dict)  # summed TF-IDF of its articles, pruned
    norm: float = 1.0
    stage: str | None = None  # a case's stage that day ("under_examination"), when known


@dataclass(slots=True)
class StoryProfile:
    """What a story's articles have in common, kept small enough to score in microseconds."""

    id: str
    members: list[str]  # article ids in stream order
    key_terms: dict[str, int]  # key term -> number of members that have it, pruned
    actor_names: set[str] = field(default_factory=set)
    # Who the story's articles accuse: person names ("neneng komalasari") and initials ("nk").
    accused: set[str] = field(default_factory=set)
    violation_types: dict[str, int] = field(default_factory=dict)  # a case's type -> members
    office_holders: set[str] = field(default_factory=set)  # "camat landono": the accused by office
    accused_roles: set[str] = field(default_factory=set)  # "camat": the accused's office, named or not
    # Primary region code -> members placed there, in order of first appearance.
    region_codes: dict[str, int] = field(default_factory=dict)
    event_kinds: dict[str, int] = field(default_factory=dict)
    event_days: set[int] = field(default_factory=set)
    first_day: int | None = None
    last_day: int | None = None
    last_seq: int = 0
    events: list[NewsEvent] = field(default_factory=list)
    originals: int = 0  # members that are not near-verbatim copies: what the key-term counts cover
    vector: dict[str, float] = field(default_factory=dict)  # TF-IDF of ``terms`` at the last change
    norm: float = 1.0


class StoryStore(Protocol):
    """Everything StoryIndex reads and writes.

    Atomicity: ``StoryIndex.add`` does all its reads and writes for one article inside one
    ``with store.transaction():`` block — read the candidates, decide, then write the article, the
    story and the index entries. Two ``add`` calls on the same store must not interleave: a database
    implementation takes one exclusive lock at the start of ``transaction()`` (e.g. Django:
    ``transaction.atomic()`` plus ``select_for_update()`` on a single "grouping lock" row, or
    PostgreSQL ``pg_advisory_xact_lock``) and commits everything at the end, or nothing when the
    block raises. That is what keeps two workers that add related articles at the same moment from
    opening two stories for one incident, and a crash from leaving a half-written story.
    Within the block, a read after a write must see the write.

    Every other method is a plain keyed read or write; none needs to be atomic on its own.

    A relational implementation needs about eight tables (sqlite_story_store.py is a working
    reference): counters (sequence, documents, stories), document and story frequencies
    (term -> count), articles (ArticleRecord; the signature as bytes), LSH buckets (63-bit integer
    key -> first article id, fits a signed BIGINT), addresses (key -> first article id), stories
    (id -> the StoryProfile, e.g. as JSON via story_snapshot.story_to_data / story_from_data) and
    postings (term, story, position; keep the POSTINGS_PER_TERM most recent per term). Objects
    returned by ``get_story`` may be changed by the caller and are written back with
    ``put_story`` in the same transaction.
    """

    def transaction(self) -> ContextManager[None]: ...

    def next_sequence(self) -> int:
        """The next stream position (0 for the first article); each call advances it."""

    # -- document frequencies, for TF-IDF --
    def document_count(self) -> int: ...
    def document_frequencies(self, terms: Iterable[str]) -> dict[str, int]:
        """How many articles so far contained each term (absent terms may be omitted)."""

    def count_document(self, terms: Iterable[str]) -> None:
        """One more article, containing these distinct terms."""

    def story_count(self) -> int: ...
    def story_frequencies(self, terms: Iterable[str]) -> dict[str, int]:
        """How many stories so far had each key term (a story counts once, however many articles)."""

    def count_story_terms(self, terms: Iterable[str], new_story: bool) -> None:
        """Key terms a story gained; ``new_story`` when the story itself is new."""

    # -- articles --
    def get_article(self, article_id: str) -> ArticleRecord | None: ...
    def put_article(self, record: ArticleRecord) -> None: ...

    # -- near-duplicate LSH buckets --
    def articles_in_buckets(self, keys: list[int]) -> list[str]:
        """Ids of earlier articles sharing at least one band key, the earliest per key."""

    def add_to_buckets(self, article_id: str, keys: list[int]) -> None:
        """Record the article under each key that has no article yet (the first stays)."""

    # -- article addresses (AMP / canonical renderings) --
    def article_at_address(self, key: str) -> str | None: ...
    def add_address(self, key: str, article_id: str) -> None:
        """Record the first article seen at this address key; later ones do not replace it."""

    # -- stories and their inverted index --
    def get_story(self, story_id: str) -> StoryProfile | None: ...
    def put_story(self, story: StoryProfile) -> None: ...
    def stories_with_terms(self, terms: Iterable[str]) -> dict[str, int]:
        """Story id -> how many of these terms it was indexed under (recent stories per term)."""

    def index_story_terms(self, story_id: str, terms: Iterable[str]) -> None:
        """Index the story under these terms; each term keeps only its most recent stories."""


POSTINGS_PER_TERM = 24  # a term keeps its 24 most recently active stories: bounded retrieval cost


def move_to_most_recent(stories: list[str], story_id: str) -> bool:
    """Put ``story_id`` last in a term's postings (oldest first), dropping the oldest past
    POSTINGS_PER_TERM; False when it was already last (nothing changed). Every store keeps its
    postings by this one rule, so a store swap never changes what grouping retrieves."""
    if stories and stories[-1] == story_id:
        return False
    if story_id in stories:
        stories.remove(story_id)
    stories.append(story_id)
    if len(stories) > POSTINGS_PER_TERM:
        del stories[0]
    return True


class InMemoryStoryStore:
    """StoryStore in dictionaries: one process, one writer. Persist with ``story_snapshot``."""

    def __init__(self) -> None:
        self.sequence = 0
        self.documents = 0
        self.frequencies: dict[str, int] = {}
        self.story_total = 0
        self.story_frequency: dict[str, int] = {}
        self.articles: dict[str, ArticleRecord] = {}
        self.buckets: dict[int, str] = {}
        self.addresses: dict[str, str] = {}
        self.stories: dict[str, StoryProfile] = {}
        self.postings: dict[str, list[str]] = {}

    @contextmanager
    def transaction(self) -> Iterator[None]:
        yield  # one writer: nothing to lock

    def next_sequence(self) -> int:
        value = self.sequence
        self.sequence += 1
        return value

    def document_count(self) -> int:
        return self.documents

    def document_frequencies(self, terms: Iterable[str]) -> dict[str, int]:
        get = self.frequencies.get
        return {t: get(t, 0) for t in terms}

    def count_document(self, terms: Iterable[str]) -> None:
        self.documents += 1
        frequencies = self.frequencies
        for term in terms:
            frequencies[term] = frequencies.get(term, 0) + 1

    def story_count(self) -> int:
        return self.story_total

    def story_frequencies(self, terms: Iterable[str]) -> dict[str, int]:
        get = self.story_frequency.get
        return {t: get(t, 0) for t in terms}

    def count_story_terms(self, terms: Iterable[str], new_story: bool) -> None:
        self.story_total += new_story
        frequency = self.story_frequency
        for term in terms:
            frequency[term] = frequency.get(term, 0) + 1

    def get_article(self, article_id: str) -> ArticleRecord | None:
        return self.articles.get(article_id)

    def put_article(self, record: ArticleRecord) -> None:
        self.articles[record.id] = record

    def articles_in_buckets(self, keys: list[int]) -> list[str]:
        get = self.buckets.get
        found = [get(k) for k in keys]
        return list(dict.fromkeys(a for a in found if a is not None))

    def add_to_buckets(self, article_id: str, keys: list[int]) -> None:
        setdefault = self.buckets.setdefault
        for key in keys:
            setdefault(key, article_id)

    def article_at_address(self, key: str) -> str | None:
        return self.addresses.get(key)

    def add_address(self, key: str, article_id: str) -> None:
        self.addresses.setdefault(key, article_id)

    def get_story(self, story_id: str) -> StoryProfile | None:
        return self.stories.get(story_id)

    def put_story(self, story: StoryProfile) -> None:
        self.stories[story.id] = story

    def stories_with_terms(self, terms: Iterable[str]) -> dict[str, int]:
        hits: dict[str, int] = {}
        postings = self.postings
        for term in terms:
            for story_id in postings.get(term, ()):
                hits[story_id] = hits.get(story_id, 0) + 1
        return hits

    def index_story_terms(self, story_id: str, terms: Iterable[str]) -> None:
        postings = self.postings
        for term in terms:
            stories = postings.get(term)
            if stories is None:
                postings[term] = [story_id]
            else:
                move_to_most_recent(stories, story_id)
