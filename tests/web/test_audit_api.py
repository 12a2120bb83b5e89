"""GET /api/audit: staff read the audit log; anyone else, even RI, gets 404."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.web.web_fixtures import PASSWORD, make_user

pytestmark = pytest.mark.django_db


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_staff_read_logins_and_exports_newest_first(regency_user):
    Client(REMOTE_ADDR="10.1.1.1").post("/akun/masuk/", {"username": "kotamobagu", "password": PASSWORD})
    client_for(regency_user).get("/api/export/stories.csv")
    staff = make_user("admin", [])
    staff.is_staff = True
    staff.save()
    page = client_for(staff).get("/api/audit").json()
    actions = [e["action"] for e in page["items"] if e["actor"] == "kotamobagu"]
    assert actions[:3] == ["export", "login", "login"]  # the export, the test's login, the form login
    logins = client_for(staff).get("/api/audit?action=login&actor=kotamobagu").json()["items"]
    assert len(logins) == 2 and logins[-1]["ip"] == "10.1.1.1"  # the form login, from its address


@pytest.mark.parametrize("fixture", ["ri_user", "regency_user", "no_role_user"])
def test_non_staff_get_404(request, fixture):
    assert client_for(request.getfixturevalue(fixture)).get("/api/audit").status_code == 404


def test_anonymous_gets_401(db):
    assert Client().get("/api/audit").status_code == 401
