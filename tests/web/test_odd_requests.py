"""No 500s: every URL of the map, with odd query parameters, over an empty database and over stored
rows that are odd (no articles, unknown region, malformed JSON fields, very long text)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from pantau.web.monitoring.actions import do_store_analyses
from pantau.web.monitoring.models import Story
from tests.web.contract_examples import contract
from tests.web.test_api_access import body
from tests.web.test_every_url_is_guarded import all_urls

ODD_QUERIES = [
    "",
    "page=100000000000000000000&page_size=100000000000000000000",
    "page=-3&page_size=0",
    "page=abc&page_size=1e5",
    "page=1.5&page_size=nan",
    "region=99.99&type=unknown&stage=%3Cb%3E&event_kind=x&cases_only=maybe&about_only=2",
    "region=national&include_unrelated=on&in_text=on&q=camat",
    "region=71.74.01&date_from=2024-13-45&date_to=0000-00-00",
    "date_from=9999-12-31&date_to=0001-01-01",
    "q=" + "kampanye%20" * 400,
    "q=%27%3B%20DROP%20TABLE%20monitoring_story%3B--&story=%25&action=%25&actor=_",
    "q=%E2%80%AE%F0%9F%98%80&region=%20&type=&stage=&page=",
    "region=71&region=73&page=2&page=x",
]

# Every URL, its parameters filled with the odd story below.
ODD_URLS = [
    path.replace("s-kotamobagu", "s-ganjil").replace("/71/", "/99/") for _, path in all_urls()
] + ["/api/articles/a-ganjil", "/berita/s-kosong/", "/api/stories/s-kosong", "/peta/71/", "/berita/" + "x" * 3000 + "/"]


def odd_rows() -> None:
    """A story with no articles, and a loaded article that is valid but odd: a region the region table
    does not know, a javascript: URL, formula-like title and outlet, evidence not in its very long
    text, a grouping explanation of unexpected shapes."""
    Story.objects.create(key="s-kosong", title="", region_code="71.74", province_code="71", n_articles=0)
    odd = contract(
        "a-ganjil",
        story="s-ganjil",
        outlet="=cmd|' /C calc'!A0",
        region={"level": "regency", "code": "99.99", "name": "Wilayah Tak Dikenal", "province": "Tak Dikenal"},
        stage="not_a_stage",
        pub_date="2024-13",
    )
    odd.update(
        url="javascript:alert(1)",
        title="<script>alert(1)</script>=HYPERLINK(1)" + " judul panjang" * 300,
        actors=[{"name": None, "role": None}, {}],
        regions_mentioned=[{}],
        grouping={"story": {"decision": "new", "best": ["bukan", "objek"]}, "duplicate": "x", "news_event": 3},
        event_date="kemarin",
        text=("Camat hadir dalam kampanye. " * 20000) + "\n\n\n",
    )
    odd["violation"]["evidence"] = ["Kalimat yang tidak ada di teks.", "", "Camat hadir dalam kampanye."]
    result = do_store_analyses([odd])
    assert result.stored == 1, result.errors


def ri_client(ri_user) -> Client:
    client = Client()
    client.force_login(ri_user)
    return client


def assert_no_server_error(client: Client, path: str, query: str) -> None:
    response = client.get(path + ("?" + query if query else ""))
    body(response)  # a streamed export fails only while it is read
    assert response.status_code < 500, (path, query, response.status_code)


@pytest.mark.parametrize("query", ODD_QUERIES)
def test_every_url_with_odd_parameters_over_an_empty_database(ri_user, query):
    client = ri_client(ri_user)
    for path in ODD_URLS:
        assert_no_server_error(client, path, query)


@pytest.mark.parametrize("query", ODD_QUERIES)
def test_every_url_with_odd_parameters_over_odd_rows(ri_user, placed_stories, query):
    odd_rows()
    client = ri_client(ri_user)
    for path in ODD_URLS:
        assert_no_server_error(client, path, query)


@pytest.mark.parametrize("fixture", ["regency_user", "no_role_user"])
def test_odd_parameters_for_regional_and_unpermitted_users(request, placed_stories, fixture):
    odd_rows()
    client = Client()
    client.force_login(request.getfixturevalue(fixture))
    for path in ODD_URLS:
        for query in ODD_QUERIES[:4]:
            assert_no_server_error(client, path, query)


def test_odd_story_page_shows_the_story_and_no_unsafe_link(ri_user, placed_stories):
    odd_rows()
    response = ri_client(ri_user).get("/berita/s-ganjil/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    assert 'href="javascript:' not in html


@pytest.mark.parametrize(
    "path",
    ["/?q=%00", "/api/stories?q=camat%00", "/api/articles?story=s%00", "/berita/s-%00/", "/api/stories/s%00x",
     "/api/export/stories.csv?q=%00", "/api/audit?action=%00"],
)
def test_a_nul_character_is_a_bad_request_not_a_database_error(ri_user, placed_stories, path):
    assert ri_client(ri_user).get(path).status_code == 400


def test_a_nul_character_in_the_session_cookie_is_a_bad_request(db):
    client = Client()
    client.cookies["sessionid"] = "abcdefghij\x00klmnop"
    assert client.get("/").status_code == 400


def test_page_beyond_any_offset_the_database_holds_is_an_empty_page(ri_user, placed_stories):
    response = ri_client(ri_user).get("/api/stories?page=100000000000000000000&page_size=100000")
    assert response.status_code == 200
    data = response.json()
    assert data["items"] == [] and data["page_size"] == 200 and data["count"] == 5


@pytest.mark.parametrize(
    "field, value",
    [
        ("actors", ["bukan objek"]),
        ("actors", "camat"),
        ("actors", [{"name": 7}]),
        ("title", 5),
        ("url", ["https://contoh.invalid"]),
        ("regions_mentioned", "Kotamobagu"),
        ("grouping", "sama"),
        ("warnings", "satu"),
        ("region", {"code": 71}),
        ("violation", {"is_case": True, "evidence": [5]}),
        ("violation", {"is_case": True, "confidence": "tinggi"}),
    ],
)
def test_a_contract_field_of_the_wrong_type_is_refused_with_its_name_and_the_rest_is_stored(db, field, value):
    bad = contract("a-rusak", story="s-rusak")
    bad[field] = value
    result = do_store_analyses([bad, contract("a-baik", story="s-baik")])
    assert result.stored == 1 and result.failed == 1
    assert result.errors[0].startswith("a-rusak:") and field in result.errors[0]
    assert not Story.objects.filter(key="s-rusak").exists()


def test_csv_export_neutralises_a_formula_in_any_cell(ri_user):
    odd_rows()
    csv_text = body(ri_client(ri_user).get("/api/export/articles.csv"))
    assert "'=cmd|" in csv_text and "'<script>" not in csv_text
    for line in csv_text.splitlines()[1:]:
        for cell in line.split(","):
            assert not cell.startswith(("=", "+", "@")), cell


def test_a_feed_url_that_is_not_http_is_shown_but_not_linked(ri_user, placed_stories):
    from pantau.web.monitoring.models import Source

    Source.objects.filter(name="media-s-kotamobagu.example").update(feed_url="javascript:alert(document.cookie)")
    Source.objects.filter(name="media-s-manado.example").update(feed_url="https://media-s-manado.example/rss")
    html = ri_client(ri_user).get("/sumber/").content.decode()
    assert 'href="javascript:' not in html and "javascript:alert(document.cookie)" in html
    assert 'href="https://media-s-manado.example/rss"' in html
