"""Grouping: near-verbatim copies, stories across outlets and weeks, news events inside a story."""

from pantau.engine.grouping.story_index import StoryIndex

__all__ = ["StoryIndex"]
