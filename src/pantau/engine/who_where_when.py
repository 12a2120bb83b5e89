"""Who, where and when: actors, regions with Kemendagri codes, event and publication dates."""

from __future__ import annotations

from pantau.engine.analysis import WhoWhereWhen
from pantau.engine.article import Article
from pantau.engine.dates import as_date, event_date, publication_date
from pantau.engine.people import find_actors
from pantau.engine.regions import find_regions


def extract(article: Article) -> WhoWhereWhen:
    """Actors, the primary region, every region mentioned, and dates of one article."""
    regions = find_regions(article.text, article.title)
    pub_date = publication_date(article.pub_date, article.canonical_url or article.url, article.text)
    pub_year = int(pub_date[:4]) if pub_date else None
    return WhoWhereWhen(
        actors=find_actors(article.text, regions.spans),
        region=regions.primary,
        regions_mentioned=regions.mentioned,
        event_date=event_date(article.text, as_date(pub_date), pub_year),
        pub_date=pub_date,
        warnings=regions.warnings,
    )
