"""Outlet and article identity from web addresses: the registrable domain, the article key."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

# Second-level labels under which Indonesian (and other) outlets register: "detik.co.id".
_SECOND_LEVEL = frozenset({"co", "ac", "go", "or", "web", "my", "sch", "net", "biz", "com", "org", "mil", "ponpes", "desa"})
# Path segments that only say which rendering of the same article this is (AMP, mobile, reader).
_RENDERING_SEGMENTS = frozenset({"amp", "read", "m", "mobile", "amp.html"})


def registrable_domain(host_or_url: str | None) -> str | None:
    """"aceh.antaranews.com" -> "antaranews.com"; "news.detik.co.id" -> "detik.co.id"."""
    if not host_or_url:
        return None
    text = host_or_url.strip().lower()
    if "://" in text:  # the host part, without urlsplit's cost: this runs once per article
        text = text.split("://", 1)[1]
    host = text.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0].rsplit("@", 1)[-1].split(":", 1)[0]
    return _domain_of_host(host) if host else None


@lru_cache(maxsize=65536)
def _domain_of_host(host: str) -> str | None:
    labels = [p for p in host.split(".") if p]
    if len(labels) <= 2:
        return ".".join(labels) or None
    if len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def article_url_key(url: str | None) -> str | None:
    """One key for the AMP, mobile and canonical addresses of the same article, or None.

    The key is the outlet's registrable domain plus the article's slug (its longest path segment);
    hosts such as "amp.kompas.com" and "regional.kompas.com" and segments such as "/amp/" differ
    between renderings, the slug does not.
    """
    if not url or "://" not in url:
        return None
    parts = urlsplit(url.strip())
    domain = registrable_domain(parts.hostname or "")
    if not domain:
        return None
    segments = [s for s in parts.path.lower().split("/") if s and s not in _RENDERING_SEGMENTS]
    slug = max(segments, key=len, default="")
    if len(slug) >= 12:
        return f"{domain}/{slug.removesuffix('.html')}"
    if parts.query:  # "?p=40749": the query is the article
        return f"{domain}/{'/'.join(segments)}?{parts.query}"
    if segments:
        return f"{domain}/{'/'.join(segments)}"
    return None
