"""Caching the region-dependent part of a page until the next load.

Builds on monitoring/findings_cache.py: the key holds the findings version (bumped by every load),
the user's region scope, the path with its query and the language, so users with the same roles
share an entry and no entry outlives the data it shows. Only what is the same for everyone in a
scope may be cached: never a CSRF token or a user name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache

from pantau.web.monitoring.findings_cache import cache_key

T = TypeVar("T")


def cached_for_scope(request, namespace: str, build: Callable[[], T]) -> T:
    seconds = settings.PANTAU_FINDINGS_CACHE_SECONDS
    if seconds <= 0:
        return build()
    key = cache_key(request, request.user, f"ui:{namespace}")
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, seconds)
    return value
