"""The findings cache: shared by users of one scope, never across scopes, dropped by a load."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.test import Client, override_settings

from pantau.web.monitoring.actions import do_store_analyses
from pantau.web.monitoring.models import Story
from tests.web.contract_examples import MAKASSAR, contract
from tests.web.web_fixtures import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def cache_on():
    cache.clear()
    with override_settings(PANTAU_FINDINGS_CACHE_SECONDS=300):
        yield
    cache.clear()


def keys_seen_by(user, path="/api/stories"):
    client = Client()
    client.force_login(user)
    return {s["key"] for s in client.get(path).json()["items"]}


def test_a_load_shows_up_at_once_despite_the_cache():
    user = make_user("ri", [""])
    do_store_analyses([contract("a1", story="s-1")])
    assert keys_seen_by(user) == {"s-1"}
    do_store_analyses([contract("a2", story="s-2")])
    assert keys_seen_by(user) == {"s-1", "s-2"}


def test_cached_answers_are_shared_within_a_scope_but_not_across_scopes():
    do_store_analyses([contract("a1", story="s-1"), contract("a2", story="s-2", region=MAKASSAR)])
    assert keys_seen_by(make_user("ri", [""])) == {"s-1", "s-2"}
    assert keys_seen_by(make_user("sulsel", ["73"])) == {"s-2"}
    assert keys_seen_by(make_user("tanpa", [])) == set()
    # A change made outside a load is not seen by a second RI user until the next load: the cache
    # really is shared (this is why every write goes through an action that bumps the version).
    Story.objects.filter(key="s-1").update(title="diubah")
    client = Client()
    client.force_login(make_user("ri2", [""]))
    assert "diubah" not in client.get("/api/stories").content.decode()


def test_a_users_new_region_role_takes_effect_at_once_despite_the_cache():
    from pantau.web.accounts.actions import do_grant_region_role, do_revoke_region_role

    do_store_analyses([contract("a1", story="s-1"), contract("a2", story="s-2", region=MAKASSAR)])
    user = make_user("pindah", ["73"])
    assert keys_seen_by(user) == {"s-2"}
    do_grant_region_role(user, "71.74")
    assert keys_seen_by(user) == {"s-1", "s-2"}
    do_revoke_region_role(user, "73")
    assert keys_seen_by(user) == {"s-1"}
    do_revoke_region_role(user, "71.74")
    assert keys_seen_by(user) == set()


def test_cached_pages_are_kept_apart_by_scope_and_by_language():
    do_store_analyses([contract("a1", story="s-1"), contract("a2", story="s-2", region=MAKASSAR)])
    sulsel, sulut = Client(), Client()
    sulsel.force_login(make_user("sulsel", ["73"]))
    sulut.force_login(make_user("sulut", ["71"]))
    # Each page asked for by one scope, then the other, then the first again: nothing crosses over.
    for path, marker in (("/", "Kotamobagu"), ("/?q=camat", "Kotamobagu"), ("/statistik/", "Sulawesi Utara")):
        assert marker not in sulsel.get(path).content.decode(), path
        assert marker in sulut.get(path).content.decode(), path
        assert marker not in sulsel.get(path).content.decode(), path
    english = Client()
    english.force_login(make_user("sulsel2", ["73"]))
    english.cookies["django_language"] = "en"
    assert sulsel.get("/").headers["Content-Language"] == "id"
    assert 'lang="en"' in english.get("/").content.decode()
    assert "Semua wilayah saya" in sulsel.get("/").content.decode()
    assert "All my regions" in english.get("/").content.decode()
