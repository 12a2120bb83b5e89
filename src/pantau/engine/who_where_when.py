"""Who, where and when: actors, regions with Kemendagri codes, event and publication dates."""

from __future__ import annotations

from pantau.engine.analysis import WhoWhereWhen
from pantau.engine.article import Article


def extract(article: Article) -> WhoWhereWhen:
    """Actors, the primary region, every region mentioned, and dates of one article."""
    return WhoWhereWhen(pub_date=article.pub_date)
