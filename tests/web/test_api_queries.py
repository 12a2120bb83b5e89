"""API filters, paging, ordering and statistics."""

from __future__ import annotations

import pytest
from django.test import Client

from pantau.web.monitoring.actions import do_store_analyses
from tests.web.contract_examples import MAKASSAR, MANADO, contract

pytestmark = pytest.mark.django_db


@pytest.fixture
def ri_client(ri_user):
    client = Client()
    client.force_login(ri_user)
    return client


@pytest.fixture
def stored(db):
    do_store_analyses([
        contract("k1", story="s-kotamobagu", pub_date="2024-10-01", stage="reported"),
        contract("k2", story="s-manado", region=MANADO, pub_date="2024-11-02", stage="sanctioned",
                 violation_type="social_media_support"),
        contract("k3", story="s-makassar", region=MAKASSAR, pub_date="2024-11-20", is_case=False),
    ])


def keys(response):
    return [s["key"] for s in response.json()["items"]]


def test_cases_come_first_then_the_newest(ri_client, stored):
    assert keys(ri_client.get("/api/stories")) == ["s-manado", "s-kotamobagu", "s-makassar"]


@pytest.mark.parametrize(
    "query, expected",
    [
        ("region=71", ["s-manado", "s-kotamobagu"]),
        ("region=71.74", ["s-kotamobagu"]),
        ("region=national", []),
        ("type=social_media_support", ["s-manado"]),
        ("stage=reported", ["s-kotamobagu"]),
        ("cases_only=1", ["s-manado", "s-kotamobagu"]),
        ("date_from=2024-11-01", ["s-manado", "s-makassar"]),
        ("date_to=2024-10-31", ["s-kotamobagu"]),
        ("q=(k2)", ["s-manado"]),
        ("region=bukan-kode", ["s-manado", "s-kotamobagu", "s-makassar"]),  # invalid filters are ignored
    ],
)
def test_story_filters(ri_client, stored, query, expected):
    assert keys(ri_client.get("/api/stories?" + query)) == expected


def test_a_filter_cannot_widen_what_a_user_sees(stored, regency_user):
    client = Client()
    client.force_login(regency_user)
    assert keys(client.get("/api/stories?region=73")) == []
    assert keys(client.get("/api/stories?region=71")) == ["s-kotamobagu"]


def test_paging(ri_client, stored):
    page = ri_client.get("/api/stories?page=2&page_size=2").json()
    assert (page["count"], page["page"], page["page_size"], [s["key"] for s in page["items"]]) == (
        3, 2, 2, ["s-makassar"]
    )
    assert ri_client.get("/api/stories?page_size=100000").json()["page_size"] == 200


def test_story_detail_lists_its_articles(ri_client, stored):
    do_store_analyses([contract("k4", story="s-kotamobagu", outlet="lain.example", pub_date="2024-10-03")])
    story = ri_client.get("/api/stories/s-kotamobagu").json()
    assert [a["id"] for a in story["articles"]] == ["k1", "k4"]
    assert story["n_outlets"] == 2 and story["region"]["code"] == "71.74"


def test_article_detail_has_text_and_grouping(ri_client, stored):
    article = ri_client.get("/api/articles/k1").json()
    assert article["text"].startswith("Seorang camat di Kota Kotamobagu")
    assert article["violation"]["stage"] == "reported" and article["story"] == "s-kotamobagu"


def test_statistics(ri_client, stored):
    stats = ri_client.get("/api/statistics").json()
    assert (stats["stories"], stats["cases"], stats["regions_with_cases"]) == (3, 2, 2)
    assert stats["by_type"] == {"attending_campaign": 1, "social_media_support": 1}
    assert stats["by_province"] == [{"code": "71", "name": "Sulawesi Utara", "cases": 2}]
    assert stats["by_month"] == [{"month": "2024-10", "cases": 1}, {"month": "2024-11", "cases": 1}]
    assert stats["baselines"]["pilkada_2020"] == {"violations": 1010, "regions": 170}
