"""A plain-text article file: optional headline line, dateline, body."""

from __future__ import annotations

from pathlib import Path

from pantau.engine.article import Article
from pantau.ingest.article_cleaning import build_article
from pantau.ingest.file_bytes import read_capped
from pantau.ingest.read_options import ReadOptions
from pantau.ingest.text_repair import decode_bytes


def read_text_file(path: Path, options: ReadOptions) -> Article:
    """The article in ``path``; its id is the file name without extension."""
    return article_from_text_bytes(read_capped(path, options.max_bytes), id=path.stem, source=str(path))


def article_from_text_bytes(data: bytes, *, id: str, source: str) -> Article:
    text, warnings = decode_bytes(data)
    return build_article(id=id, text=text, source=source, headline_in_text=True, warnings=warnings)
