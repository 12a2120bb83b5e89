"""Grouping: near-verbatim copies, stories across outlets and weeks, news events inside a story.

``StoryIndex.add(analysis)`` is called in stream order after the per-article stages and returns a
``Grouping``: ``duplicate_of`` (an earlier near-verbatim copy), ``story`` ("s-" + the id of the
story's first article), ``news_event`` ("e-" + the id of the development's first article) and
``explanation`` (for each decision, the score and the signals behind it).
``StoryIndex.story_outlets(story_id)`` gives (outlets, independent outlets): copies, AMP
renderings, wire text and recycled press releases count once.

State lives behind the ``StoryStore`` protocol (story_store.py, which says what must be atomic):

- ``InMemoryStoryStore`` (the default): ``StoryIndex.open(path)`` / ``index.save(path)`` keep it
  in a snapshot file between runs of the CLI;
- ``SqliteStoryStore(path)``: persists as it goes, and several processes may share one file;
  the reference for a database implementation (Django models plus one lock per ``add``).

Modules: text_signals (words, key terms, lead dates), near_duplicates (MinHash/LSH bands),
web_addresses (outlet domains, AMP/canonical keys), outlet_independence, story_scoring (the fit
of an article to a story), story_index (the decisions), story_store / sqlite_story_store /
story_snapshot (the storage seam), synthetic_news (our own generated news for tests and
benchmarks/bench_grouping.py).
"""

from pantau.engine.grouping.sqlite_story_store import SqliteStoryStore
from pantau.engine.grouping.story_index import StoryIndex, StoryOutlets
from pantau.engine.grouping.story_store import InMemoryStoryStore, StoryStore

__all__ = ["InMemoryStoryStore", "SqliteStoryStore", "StoryIndex", "StoryOutlets", "StoryStore"]
