"""Caching what a region sees, until the next load changes the findings.

A cache key holds the findings version (bumped in the same transaction as every load), the user's
region scope (users with the same roles see the same thing) and the request (path, query, language),
so an entry is never served to someone who may not see it, and never outlives the data it shows.
``PANTAU_FINDINGS_CACHE_SECONDS=0`` turns it off.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db.models import F
from django.http import HttpResponse
from django.utils import translation

from pantau.web.accounts.region_scope import scope_of
from pantau.web.monitoring.models import FindingsVersion


def findings_version() -> int:
    return FindingsVersion.objects.filter(pk=1).values_list("value", flat=True).first() or 0


def bump_findings_version() -> None:
    """Call inside the transaction that changes findings."""
    if not FindingsVersion.objects.filter(pk=1).update(value=F("value") + 1):
        FindingsVersion.objects.get_or_create(pk=1, defaults={"value": 1})


def scope_key(user) -> str:
    scope = scope_of(user)
    if scope.everything:
        return "all"
    return ",".join(sorted(scope.codes)) or "none"


def cache_key(request, user, namespace: str) -> str:
    raw = "|".join(
        (namespace, str(findings_version()), scope_key(user), request.get_full_path(), translation.get_language() or "")
    )
    return "pantau:findings:" + hashlib.sha1(raw.encode("utf-8")).hexdigest()


def cached_for_scope(user_of: Callable[[Any], Any], schema=None, namespace: str = "view"):
    """Decorate a view that returns plain data: cache it per scope and request.

    With ``schema`` (a pydantic model), the data is validated and rendered to JSON once, and the
    cache holds the bytes: a hit costs a cache read, not a validation of every row again. Without
    it, the view's return value is cached as it is."""

    def decorate(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            seconds = settings.PANTAU_FINDINGS_CACHE_SECONDS
            key = cache_key(request, user_of(request), f"{namespace}:{view.__module__}.{view.__name__}") if seconds > 0 else ""
            result = cache.get(key) if key else None
            if result is None:
                result = view(request, *args, **kwargs)
                if schema is not None:
                    result = schema.model_validate(result).model_dump_json().encode("utf-8")
                if key:
                    cache.set(key, result, seconds)
            if schema is not None:
                return HttpResponse(result, content_type="application/json; charset=utf-8")
            return result

        return wrapper

    return decorate
