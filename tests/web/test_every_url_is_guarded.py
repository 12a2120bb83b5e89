"""A safety net over the whole URL map: every page and endpoint someone adds later is covered.

Anonymous visitors are sent to the login page (pages) or get 401 (API); a user without a role and
an out-of-region user never see a story outside their regions, on any URL.
"""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from tests.web.test_api_access import body

# Open by design: signing in and out, choosing a language, the API's own schema and docs.
PUBLIC = {"login", "logout", "set_language", "openapi-json", "openapi-view"}
# Values for the URL parameters in the map; "s-kotamobagu" and "71" are in placed_stories.
PARAMETERS = {"key": "s-kotamobagu", "code": "71", "fmt": "csv"}


def all_urls() -> list[tuple[str, str]]:
    """(name, path) for every pattern, its parameters filled in."""
    found = []

    def walk(patterns, prefix, namespace):
        for p in patterns:
            if isinstance(p, URLResolver):
                ns = f"{namespace}{p.namespace}:" if p.namespace else namespace
                walk(p.url_patterns, prefix + str(p.pattern), ns)
            elif isinstance(p, URLPattern):
                route = prefix + str(p.pattern)
                for param, value in PARAMETERS.items():
                    for converter in ("", "str:", "slug:", "path:"):
                        route = route.replace(f"<{converter}{param}>", value)
                if "<" not in route and not route.startswith("^"):
                    found.append((p.name or route, "/" + route))

    walk(get_resolver().url_patterns, "", "")
    return [(name, path) for name, path in found if name not in PUBLIC]


URLS = all_urls()


def test_the_walk_finds_the_pages_and_the_api():
    paths = {path for _, path in URLS}
    assert "/" in paths and "/api/stories" in paths and "/api/stories/s-kotamobagu" in paths
    assert "/berita/s-kotamobagu/" in paths and "/api/articles/s-kotamobagu" in paths


@pytest.mark.parametrize("name, path", URLS, ids=[p for _, p in URLS])
def test_anonymous_is_turned_away(placed_stories, name, path):
    response = Client().get(path)
    assert response.status_code in (302, 401, 403, 404), (path, response.status_code)
    if response.status_code == 302:
        assert response["Location"].startswith("/akun/masuk/")
    assert "Judul s-" not in body(response)


@pytest.mark.parametrize("fixture", ["no_role_user", "other_region_user"])
@pytest.mark.parametrize("name, path", URLS, ids=[p for _, p in URLS])
def test_users_never_see_stories_outside_their_regions(request, placed_stories, fixture, name, path):
    client = Client()
    client.force_login(request.getfixturevalue(fixture))
    text = body(client.get(path))
    for story in placed_stories.values():
        if story.key != "s-makassar" or fixture == "no_role_user":
            assert story.title not in text, (path, story.key)
