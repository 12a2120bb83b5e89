"""Every API endpoint and export as anonymous, unpermitted, permitted and out-of-region users,
by session and by token. Out-of-region gets 404, never the data."""

from __future__ import annotations

import pytest
from django.test import Client

from pantau.web.accounts.actions import do_create_api_token, do_revoke_api_token
from tests.web.web_fixtures import VISIBLE

LIST_URLS = ["/api/stories", "/api/articles", "/api/statistics"]
EXPORT_URLS = [f"/api/export/{what}.{fmt}" for what in ("stories", "articles") for fmt in ("csv", "json", "jsonl")]
DETAIL_URLS = ["/api/stories/s-kotamobagu", "/api/articles/a-s-kotamobagu"]
ALL_URLS = LIST_URLS + EXPORT_URLS + DETAIL_URLS


def body(response) -> str:
    if response.streaming:
        return b"".join(response.streaming_content).decode("utf-8")
    return response.content.decode("utf-8")


def session_client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def token_client(user) -> Client:
    _, raw = do_create_api_token(user, "uji")
    return Client(HTTP_AUTHORIZATION=f"Bearer {raw}")


CLIENTS = {"session": session_client, "token": token_client}


@pytest.mark.parametrize("url", ALL_URLS)
def test_anonymous_gets_401_and_no_data(placed_stories, url):
    response = Client().get(url)
    assert response.status_code == 401
    assert "kotamobagu" not in body(response).lower()


@pytest.mark.parametrize("how", sorted(CLIENTS))
@pytest.mark.parametrize("url", DETAIL_URLS)
def test_out_of_region_and_unpermitted_users_get_404_for_a_detail(request, placed_stories, url, how):
    for fixture in ("other_region_user", "no_role_user"):
        response = CLIENTS[how](request.getfixturevalue(fixture)).get(url)
        assert response.status_code == 404
        assert "Kotamobagu" not in body(response)


@pytest.mark.parametrize("how", sorted(CLIENTS))
@pytest.mark.parametrize("fixture", ["regency_user", "province_user", "ri_user"])
@pytest.mark.parametrize("url", DETAIL_URLS)
def test_permitted_users_get_the_detail(request, placed_stories, url, fixture, how):
    response = CLIENTS[how](request.getfixturevalue(fixture)).get(url)
    assert response.status_code == 200
    assert "Kota Kotamobagu" in body(response)


@pytest.mark.parametrize("how", sorted(CLIENTS))
@pytest.mark.parametrize("fixture", sorted(VISIBLE))
def test_lists_hold_exactly_what_the_user_may_see(request, placed_stories, fixture, how):
    client = CLIENTS[how](request.getfixturevalue(fixture))
    expected = {placed_stories[name].key for name in VISIBLE[fixture]}
    stories = client.get("/api/stories").json()
    assert {s["key"] for s in stories["items"]} == expected and stories["count"] == len(expected)
    articles = client.get("/api/articles").json()
    assert {a["story"] for a in articles["items"]} == expected
    stats = client.get("/api/statistics").json()
    assert stats["stories"] == len(expected)


@pytest.mark.parametrize("fixture", sorted(VISIBLE))
@pytest.mark.parametrize("url", EXPORT_URLS)
def test_exports_hold_exactly_what_the_user_may_see(request, placed_stories, fixture, url):
    response = session_client(request.getfixturevalue(fixture)).get(url)
    assert response.status_code == 200 and response.streaming
    text = body(response)
    for name, story in placed_stories.items():
        assert (story.key in text) == (name in VISIBLE[fixture]), (name, url)


def test_revoked_token_and_inactive_user_are_refused(placed_stories, regency_user):
    token, raw = do_create_api_token(regency_user)
    client = Client(HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert client.get("/api/stories").status_code == 200
    do_revoke_api_token(token)
    assert client.get("/api/stories").status_code == 401
    _, raw2 = do_create_api_token(regency_user)
    regency_user.is_active = False
    regency_user.save()
    assert Client(HTTP_AUTHORIZATION=f"Bearer {raw2}").get("/api/stories").status_code == 401
    assert Client(HTTP_AUTHORIZATION="Bearer pnt_tebakan").get("/api/stories").status_code == 401


def test_openapi_schema_is_served_and_lists_the_endpoints(db):
    schema = Client().get("/api/openapi.json").json()
    assert {"/api/stories", "/api/stories/{key}", "/api/articles", "/api/statistics"} <= set(schema["paths"])


WIDENING_QUERIES = ["region=73", "region=73.71", "region=national", "region=", "q=makassar", "q=judul",
                    "story=s-makassar", "region=71&region=73", "type=attending_campaign&cases_only=1"]


@pytest.mark.parametrize("how", sorted(CLIENTS))
@pytest.mark.parametrize("query", WIDENING_QUERIES)
def test_filters_and_search_only_narrow_what_a_regional_user_sees(request, placed_stories, query, how):
    client = CLIENTS[how](request.getfixturevalue("province_user"))
    hidden = [placed_stories[name] for name in placed_stories if name not in VISIBLE["province_user"]]
    for path in ["/api/stories", "/api/articles", "/api/statistics", "/api/export/articles.jsonl", "/"]:
        response = client.get(f"{path}?{query}")
        text = body(response)
        for story in hidden:
            assert story.title not in text, (path, query, story.key)
            # (a page repeats its own query string in its links; the API answers must not hold the key)
            assert path == "/" or story.key not in text, (path, query, story.key)
    assert client.get(f"/api/stories?{query}").json()["count"] <= len(VISIBLE["province_user"])
