"""Grouping: near-verbatim copies, stories across outlets and weeks, news events inside a story."""

from pantau.engine.grouping.story_index import StoryIndex, StoryOutlets
from pantau.engine.grouping.story_store import InMemoryStoryStore, StoryStore

__all__ = ["InMemoryStoryStore", "StoryIndex", "StoryOutlets", "StoryStore"]
