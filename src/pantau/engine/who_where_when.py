"""Who, where and when: actors, regions with Kemendagri codes, event and publication dates."""

from __future__ import annotations

from pantau.engine.analysis import WhoWhereWhen
from pantau.engine.article import Article
from pantau.engine.regions import find_regions


def extract(article: Article) -> WhoWhereWhen:
    """Actors, the primary region, every region mentioned, and dates of one article."""
    regions = find_regions(article.text, article.title)
    return WhoWhereWhen(
        region=regions.primary,
        regions_mentioned=regions.mentioned,
        pub_date=article.pub_date,
        warnings=regions.warnings,
    )
