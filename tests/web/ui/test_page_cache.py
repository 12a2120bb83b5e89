"""Statistics and map figures are cached per region scope until the next load, like the beranda."""

from __future__ import annotations

from django.core.cache import cache
from django.urls import reverse

from pantau.web.monitoring.findings_cache import bump_findings_version
from pantau.web.monitoring.models import Story


def test_statistics_and_map_refresh_after_a_load_and_differ_by_scope(client, ui_stories, ri_user, regency_user, settings):
    settings.PANTAU_FINDINGS_CACHE_SECONDS = 300
    cache.clear()
    try:
        client.force_login(ri_user)
        assert client.get(reverse("ui:statistics")).context["n_cases"] == 4
        assert client.get(reverse("ui:map")).context["total"] == 4
        client.force_login(regency_user)
        assert client.get(reverse("ui:statistics")).context["n_cases"] == 1
        Story.objects.filter(key="s-kotamobagu").update(is_case=False)
        assert client.get(reverse("ui:statistics")).context["n_cases"] == 1  # cached
        bump_findings_version()
        assert client.get(reverse("ui:statistics")).context["n_cases"] == 0
        assert client.get(reverse("ui:map")).context["total"] == 0
    finally:
        cache.clear()
