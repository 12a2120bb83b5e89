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
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "style-src 'self'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert response["Referrer-Policy"] == "same-origin"


@pytest.mark.django_db
def test_pages_are_indonesian_by_default_and_english_on_request():
    assert Client().get(LOGIN)["Content-Language"] == "id"
    # The browser's language does not switch the app; the ID/EN switch (its cookie) does.
    assert Client(HTTP_ACCEPT_LANGUAGE="en").get(LOGIN)["Content-Language"] == "id"
    english = Client()
    english.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert english.get(LOGIN)["Content-Language"] == "en"


@override_settings(PANTAU_LOGIN_MAX_FAILURES=3)
def test_changing_the_case_or_width_of_the_username_does_not_escape_the_lockout(regency_user):
    client = Client(REMOTE_ADDR="10.0.0.12")
    for variant in ("KOTAMOBAGU", "Kotamobagu", " kotamobagU "):
        try_login(client, variant, "salah-sandi")
    assert try_login(client, "kotamobagu", PASSWORD).status_code == 200
    # Full-width letters are the same username after Unicode normalisation: locked too.
    full_width = "\uff4b\uff4f\uff54\uff41\uff4d\uff4f\uff42\uff41\uff47\uff55"
    assert try_login(client, full_width, PASSWORD).status_code == 200
    assert "_auth_user_id" not in client.session


def test_production_hashes_passwords_with_pbkdf2():
    import pantau.web.settings as production  # the module as deployed; the conftest swaps django's copy

    assert production.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.PBKDF2PasswordHasher"
    # ... while this test run uses the fast one (tests/web/conftest.py).
    assert settings.PASSWORD_HASHERS == ["django.contrib.auth.hashers.MD5PasswordHasher"]


def test_session_and_csrf_cookies_are_http_only_or_same_site(regency_user):
    client = Client()
    response = try_login(client, "kotamobagu", PASSWORD)
    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    assert 0 < settings.SESSION_COOKIE_AGE <= 12 * 3600


@override_settings(PANTAU_LOGIN_MAX_FAILURES=3, PANTAU_TRUSTED_PROXIES=1)
def test_behind_a_trusted_proxy_the_throttle_counts_the_forwarded_address(regency_user):
    # Every request reaches the app from the proxy (REMOTE_ADDR); the proxy appends the caller.
    guesser = Client(REMOTE_ADDR="10.9.9.9", HTTP_X_FORWARDED_FOR="203.0.113.5")
    for _ in range(3):
        try_login(guesser, "kotamobagu", "salah-sandi")
    assert try_login(guesser, "kotamobagu", PASSWORD).status_code == 200  # the guesser is locked out
    officer = Client(REMOTE_ADDR="10.9.9.9", HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert try_login(officer, "kotamobagu", PASSWORD).status_code == 302  # the office is not
    # What the client itself puts in front of the header changes nothing.
    spoofing = Client(REMOTE_ADDR="10.9.9.9", HTTP_X_FORWARDED_FOR="198.51.100.99, 203.0.113.5")
    assert try_login(spoofing, "kotamobagu", PASSWORD).status_code == 200


@override_settings(PANTAU_LOGIN_MAX_FAILURES=3)
def test_without_trusted_proxies_a_forwarded_header_cannot_dodge_the_lockout(regency_user):
    for n in range(3):
        try_login(Client(REMOTE_ADDR="10.0.0.13", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}"), "kotamobagu", "salah")
    locked = Client(REMOTE_ADDR="10.0.0.13", HTTP_X_FORWARDED_FOR="192.0.2.200")
    assert try_login(locked, "kotamobagu", PASSWORD).status_code == 200


def test_pages_and_api_answers_are_not_kept_by_shared_caches(regency_user):
    client = Client()
    client.force_login(regency_user)
    for path in ("/", "/api/stories", "/akun/masuk/"):
        cache_control = client.get(path)["Cache-Control"]
        assert "private" in cache_control and "no-cache" in cache_control, path
    assert "no-store" in client.get("/api/export/stories.csv")["Cache-Control"]


def test_behind_tls_cookies_are_secure_and_hsts_is_sent(tmp_path):
    import subprocess
    import sys

    probe = (
        "import pantau.web.settings as s; "
        "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS > 0)"
    )
    env = {"PATH": "/usr/bin:/bin", "PANTAU_HTTPS": "1", "PANTAU_DATA_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "True", "True", "True"]
