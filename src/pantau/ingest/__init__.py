"""Ingest: turn files, feeds and URLs into clean :class:`~pantau.engine.article.Article` values."""
