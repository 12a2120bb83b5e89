"""Text from the news (titles, outlets, names, regions, ids) never becomes markup or breaks a page."""

from __future__ import annotations

import pytest
from django.test import Client

from pantau.web.monitoring.actions import do_store_analyses
from tests.web.contract_examples import contract

PAYLOAD = '<img src=x onerror="alert(1)">'


@pytest.fixture
def hostile(db):
    region = {"level": "regency", "code": "71.74", "name": "Kotamobagu" + PAYLOAD, "province": "Sulut" + PAYLOAD}
    obj = contract("kabar/2024/10/camat?x=1&y=" + PAYLOAD, story="s-kabar/2024/10/camat#" + PAYLOAD,
                   outlet="kabar" + PAYLOAD, region=region)
    obj.update(title="Camat " + PAYLOAD, actors=[{"name": "Budi" + PAYLOAD, "role": "camat" + PAYLOAD,
                                                  "is_asn": True, "accused": True}])
    obj["violation"]["evidence"] = ["Seorang camat " + PAYLOAD]
    obj["text"] = "Seorang camat " + PAYLOAD + " diduga hadir.\nParagraf kedua."
    result = do_store_analyses([obj])
    assert result.stored == 1, result.errors


@pytest.mark.parametrize("path", ["/", "/?q=camat", "/statistik/", "/peta/", "/peta/71/", "/sumber/"])
def test_list_pages_escape_hostile_text_and_still_link_the_story(hostile, ri_user, path):
    client = Client()
    client.force_login(ri_user)
    response = client.get(path)
    assert response.status_code == 200
    assert PAYLOAD not in response.content.decode()


def test_story_page_with_slashes_and_markup_in_its_key(hostile, ri_user):
    client = Client()
    client.force_login(ri_user)
    beranda = client.get("/").content.decode()
    assert "Camat &lt;img" in beranda
    link = beranda.split('href="/berita/', 1)[1].split('"', 1)[0]
    page = client.get("/berita/" + link.replace("&amp;", "&"))
    assert page.status_code == 200, link
    html = page.content.decode()
    assert PAYLOAD not in html and "Budi&lt;img" in html


def test_api_details_answer_for_keys_with_slashes(hostile, ri_user, regency_user, other_region_user):
    from urllib.parse import quote

    from pantau.web.monitoring.models import Article, Story

    story_key = Story.objects.get().key
    article_key = Article.objects.get().key
    for user, expected in ((ri_user, 200), (regency_user, 200), (other_region_user, 404)):
        client = Client()
        client.force_login(user)
        story = client.get("/api/stories/" + quote(story_key, safe="/"))
        article = client.get("/api/articles/" + quote(article_key, safe="/"))
        assert (story.status_code, article.status_code) == (expected, expected), user
        if expected == 200:
            assert story.json()["key"] == story_key and article.json()["id"] == article_key
