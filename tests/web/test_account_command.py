"""The pantau_account management command."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from pantau.web.accounts.models import User


@pytest.mark.django_db
def test_grant_regions_and_issue_a_token_that_works(regency_user, placed_stories):
    out = io.StringIO()
    call_command("pantau_account", "kotamobagu", "--region", "73", "--token", stdout=out)
    assert "kotamobagu: 71.74, 73" in out.getvalue()
    raw = out.getvalue().split("API token (shown once): ")[1].strip()
    keys = {s["key"] for s in Client(HTTP_AUTHORIZATION=f"Bearer {raw}").get("/api/stories").json()["items"]}
    assert keys == {"s-kotamobagu", "s-makassar"}


@pytest.mark.django_db
def test_unknown_region_is_refused(regency_user):
    with pytest.raises(CommandError, match="unknown Kemendagri region code"):
        call_command("pantau_account", "kotamobagu", "--region", "99.99")
    assert list(User.objects.get(username="kotamobagu").region_roles.values_list("region_code", flat=True)) == ["71.74"]


@pytest.mark.django_db
def test_an_empty_region_does_not_grant_all_of_indonesia(regency_user):
    with pytest.raises(CommandError, match="write RI"):
        call_command("pantau_account", "kotamobagu", "--region", "")
    assert list(User.objects.get(username="kotamobagu").region_roles.values_list("region_code", flat=True)) == ["71.74"]
    call_command("pantau_account", "kotamobagu", "--region", "RI", stdout=io.StringIO())
    assert "" in User.objects.get(username="kotamobagu").region_roles.values_list("region_code", flat=True)


@pytest.mark.django_db
def test_a_common_password_is_refused(monkeypatch):
    monkeypatch.setattr("getpass.getpass", lambda prompt: "password123")
    with pytest.raises(CommandError, match="umum|common"):
        call_command("pantau_account", "baru", "--region", "71")
    assert not User.objects.filter(username="baru").exists()
