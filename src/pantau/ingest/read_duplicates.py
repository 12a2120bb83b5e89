"""Exact duplicates recognised while reading: the same text, or the same article at another URL.

Near-copies (syndication with edits) are the grouping stage's job (``duplicate_of``); here only
what is certain: identical text after cleaning, or URLs that normalise to the same article. The
later article keeps flowing (its line is still written) with ``exact_duplicate_of`` set to the id
of the first one and a warning saying why.
"""

from __future__ import annotations

import hashlib
import re

from pantau.engine.article import Article
from pantau.ingest.url_identity import identity_key, section_variants

_NOT_WORD = re.compile(r"\W+")
_MIN_WORDS = 15


class ReadDuplicateMarker:
    """Remembers what was read so far in one run; call :meth:`mark` on each article in order."""

    def __init__(self) -> None:
        self._by_text: dict[str, str] = {}
        self._by_url: dict[str, str] = {}
        self._by_amp_url: dict[str, str] = {}
        self._by_section_variant: dict[str, str] = {}

    def mark(self, article: Article) -> Article:
        """Set ``exact_duplicate_of`` when an earlier article had the same text or URL identity."""
        urls = [(url, *identity_key(url)) for url in _urls(article)]
        urls = [(url, key, is_amp) for url, key, is_amp in urls if key is not None]
        fingerprint = _text_fingerprint(article.text)
        earlier, reason = self._find(urls, fingerprint)
        if earlier is not None and earlier != article.id:
            article.exact_duplicate_of = earlier
            article.warnings.append(f"exact duplicate of {earlier}: {reason}")
        self._remember(article.id, urls, fingerprint)
        return article

    def _find(self, urls: list[tuple[str, str, bool]], fingerprint: str) -> tuple[str | None, str]:
        for url, key, is_amp in urls:
            if key in self._by_url:
                return self._by_url[key], "same URL after removing AMP, mobile and tracking variants"
            lookups = [key] if is_amp else section_variants(url)
            index = self._by_section_variant if is_amp else self._by_amp_url
            for candidate in lookups:
                if candidate in index:
                    return index[candidate], "AMP version of the same URL"
        if fingerprint is not None and fingerprint in self._by_text:
            return self._by_text[fingerprint], "same text"
        return None, ""

    def _remember(self, article_id: str, urls: list[tuple[str, str, bool]], fingerprint: str) -> None:
        for url, key, is_amp in urls:
            self._by_url.setdefault(key, article_id)
            if is_amp:
                self._by_amp_url.setdefault(key, article_id)
            else:
                for variant in section_variants(url):
                    self._by_section_variant.setdefault(variant, article_id)
        if fingerprint is not None:
            self._by_text.setdefault(fingerprint, article_id)


def _urls(article: Article) -> list[str]:
    return [u for u in dict.fromkeys((article.canonical_url, article.url)) if u]


def _text_fingerprint(text: str) -> str | None:
    """Case, punctuation and spacing differ between a page and its AMP or print copy; words do not.

    None for short texts: two feed teasers may be word for word the same without being one article.
    """
    words = _NOT_WORD.sub(" ", text.lower()).strip()
    if words.count(" ") < _MIN_WORDS - 1:
        return None
    return hashlib.sha1(words.encode("utf-8")).hexdigest()
