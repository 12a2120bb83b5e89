"""Login: audited, throttled per username and address, CSRF-protected, security headers set."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.test import Client, override_settings

from pantau.web.audit.models import AuditEvent
from tests.web.web_fixtures import PASSWORD

LOGIN = "/akun/masuk/"


def try_login(client, username, password):
    return client.post(LOGIN, {"username": username, "password": password})


def test_login_and_logout_are_audited(regency_user):
    client = Client()
    assert try_login(client, "kotamobagu", PASSWORD).status_code == 302
    client.post("/akun/keluar/")
    try_login(client, "kotamobagu", "salah-sandi")
    actions = list(AuditEvent.objects.order_by("id").values_list("action", "actor_username"))
    assert actions[-3:] == [("login", "kotamobagu"), ("logout", "kotamobagu"), ("login_failed", "kotamobagu")]


@override_settings(PANTAU_LOGIN_MAX_FAILURES=3)
def test_repeated_failures_lock_the_username_from_that_address_even_with_the_right_password(regency_user):
    client = Client(REMOTE_ADDR="10.0.0.7")
    for _ in range(3):
        assert try_login(client, "kotamobagu", "salah-sandi").status_code == 200
    locked = try_login(client, "kotamobagu", PASSWORD)
    assert locked.status_code == 200 and "_auth_user_id" not in client.session
    assert "locked_out" in [e.code for e in locked.context["form"].non_field_errors().as_data()]
    # Another address is not locked out.
    assert try_login(Client(REMOTE_ADDR="10.0.0.8"), "kotamobagu", PASSWORD).status_code == 302


@override_settings(PANTAU_LOGIN_MAX_FAILURES=3)
def test_a_success_resets_the_count(regency_user):
    client = Client(REMOTE_ADDR="10.0.0.9")
    for _ in range(2):
        try_login(client, "kotamobagu", "salah-sandi")
    assert try_login(client, "kotamobagu", PASSWORD).status_code == 302
    client.post("/akun/keluar/")
    for _ in range(2):
        try_login(client, "kotamobagu", "salah-sandi")
    assert try_login(client, "kotamobagu", PASSWORD).status_code == 302


@override_settings(PANTAU_LOGIN_MAX_FAILURES=3, PANTAU_LOGIN_MAX_FAILURES_PER_ADDRESS=5)
def test_guessing_many_usernames_from_one_address_locks_the_address(regency_user):
    client = Client(REMOTE_ADDR="10.0.0.10")
    for name in ("andi", "budi", "cici", "dedi", "euis"):
        try_login(client, name, "tebakan")
    assert try_login(client, "kotamobagu", PASSWORD).status_code == 200  # locked, right password or not
    assert try_login(Client(REMOTE_ADDR="10.0.0.11"), "kotamobagu", PASSWORD).status_code == 302


def test_login_post_without_csrf_token_is_refused(regency_user):
    client = Client(enforce_csrf_checks=True)
    assert try_login(client, "kotamobagu", PASSWORD).status_code == 403


@pytest.mark.django_db
def test_security_headers():
    response = Client().get(LOGIN)
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert response["Referrer-Policy"] == "same-origin"


@pytest.mark.django_db
def test_pages_are_indonesian_by_default_and_english_on_request():
    assert Client().get(LOGIN)["Content-Language"] == "id"
    # The browser's language does not switch the app; the ID/EN switch (its cookie) does.
    assert Client(HTTP_ACCEPT_LANGUAGE="en").get(LOGIN)["Content-Language"] == "id"
    english = Client()
    english.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert english.get(LOGIN)["Content-Language"] == "en"
