"""The one stateful stage: an online index of what came before."""

from __future__ import annotations

from pantau.engine.analysis import Analysis, Grouping


class StoryIndex:
    """Assigns each article, in stream order, to a story (looking only backwards)."""

    def add(self, analysis: Analysis) -> Grouping:
        return Grouping(story="s-" + analysis.id, news_event="e-" + analysis.id)
