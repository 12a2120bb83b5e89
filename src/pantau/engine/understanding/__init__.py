"""Understanding: about ASN neutrality or not, a violation case or not, its type and stage."""

from __future__ import annotations

from pantau.engine.analysis import Understanding, WhoWhereWhen
from pantau.engine.article import Article


def understand(article: Article, www: WhoWhereWhen) -> Understanding:
    """Classify one article; ``www`` carries the actors and regions already found."""
    return Understanding()
