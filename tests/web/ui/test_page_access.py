"""Every page as anonymous, no-role, permitted and out-of-region users (NetBox-style)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.web.ui.page_urls import LIST_PAGES
from tests.web.web_fixtures import PASSWORD, VISIBLE


@pytest.mark.parametrize(("name", "args"), LIST_PAGES + [("ui:story", ["s-kotamobagu"])])
def test_anonymous_is_sent_to_login(client, placed_stories, name, args):
    url = reverse(name, args=args)
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert "next=" in response["Location"]


@pytest.mark.parametrize(("name", "args"), LIST_PAGES)
@pytest.mark.parametrize("user_fixture", sorted(VISIBLE))
def test_list_pages_answer_every_signed_in_user(client, placed_stories, request, user_fixture, name, args):
    client.force_login(request.getfixturevalue(user_fixture))
    response = client.get(reverse(name, args=args))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")


@pytest.mark.parametrize("user_fixture", sorted(VISIBLE))
def test_story_page_is_404_outside_the_users_regions(client, placed_stories, request, user_fixture):
    client.force_login(request.getfixturevalue(user_fixture))
    for position, story in placed_stories.items():
        response = client.get(reverse("ui:story", args=[story.key]))
        if position in VISIBLE[user_fixture]:
            assert response.status_code == 200, position
            assert story.title in response.content.decode()
        else:
            assert response.status_code == 404, position
            assert story.title not in response.content.decode()


def test_unknown_story_is_404(client, ri_user):
    client.force_login(ri_user)
    assert client.get(reverse("ui:story", args=["s-does-not-exist"])).status_code == 404


def test_login_page_signs_in_and_lands_on_beranda(client, regency_user, ui_stories):
    page = client.get(reverse("login"))
    assert page.status_code == 200
    assert 'name="password"' in page.content.decode()
    response = client.post(reverse("login"), {"username": "kotamobagu", "password": PASSWORD}, follow=True)
    assert response.redirect_chain[-1][0] == "/"
    assert "Judul s-kotamobagu" in response.content.decode()


def test_logout_needs_post_and_ends_the_session(client, regency_user):
    client.force_login(regency_user)
    response = client.post(reverse("logout"))
    assert response.status_code == 302
    assert client.get(reverse("ui:beranda")).status_code == 302


def test_wrong_password_error_reads_well_in_indonesian(client, regency_user):
    response = client.post(reverse("login"), {"username": "kotamobagu", "password": "bukan-sandinya"})
    html = response.content.decode()
    assert "Masukkan nama pengguna dan kata sandi yang benar." in html
    assert "nama pengguna nama pengguna" not in html
