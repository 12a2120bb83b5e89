"""Export contents: parseable, contract-shaped, audited, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
import json

import pytest
from django.test import Client

from pantau.web.audit.models import AuditEvent
from pantau.web.monitoring.actions import do_store_analyses
from tests.web.contract_examples import MAKASSAR, contract
from tests.web.test_api_access import body

pytestmark = pytest.mark.django_db


@pytest.fixture
def ri_client(ri_user):
    client = Client()
    client.force_login(ri_user)
    return client


def test_article_jsonl_export_gives_back_the_contract_objects(ri_client):
    originals = [contract("a1", story="s-1"), contract("a2", story="s-2", region=MAKASSAR, outlet="b.example")]
    do_store_analyses(originals)
    exported = [json.loads(line) for line in body(ri_client.get("/api/export/articles.jsonl")).splitlines()]
    assert exported == [{k: v for k, v in o.items() if k != "text"} for o in originals]


def test_story_csv_has_a_header_and_one_row_per_story_and_neutralises_formulas(ri_client):
    do_store_analyses([contract("a1", story="s-1", title="=HYPERLINK(\"http://x\")")])
    rows = list(csv.reader(io.StringIO(body(ri_client.get("/api/export/stories.csv")).lstrip("\ufeff"))))
    assert rows[0][:3] == ["key", "title", "region_code"]
    assert len(rows) == 2
    assert rows[1][1].startswith("'=")
    assert rows[1][2] == "71.74"


def test_json_export_is_one_valid_array(ri_client):
    do_store_analyses([contract(f"a{i}", story=f"s-{i}") for i in range(3)])
    data = json.loads(body(ri_client.get("/api/export/stories.json")))
    assert sorted(s["key"] for s in data) == ["s-0", "s-1", "s-2"]
    assert data[0]["region"]["province"] == "Sulawesi Utara"


def test_empty_json_export_is_an_empty_array(ri_client):
    assert json.loads(body(ri_client.get("/api/export/articles.json"))) == []


def test_exports_take_the_list_filters(ri_client):
    do_store_analyses([contract("a1", story="s-1"), contract("a2", story="s-2", region=MAKASSAR, is_case=False)])
    text = body(ri_client.get("/api/export/articles.jsonl?region=73&cases_only=0"))
    assert [json.loads(line)["id"] for line in text.splitlines()] == ["a2"]
    text = body(ri_client.get("/api/export/stories.jsonl?cases_only=1"))
    assert [json.loads(line)["key"] for line in text.splitlines()] == ["s-1"]


def test_every_export_is_audited_with_user_format_and_filters(ri_client, ri_user):
    body(ri_client.get("/api/export/articles.csv?region=71&stage=reported"))
    event = AuditEvent.objects.get(action="export")
    assert event.actor == ri_user and event.object_type == "articles"
    assert event.detail == {"format": "csv", "filters": {"region": "71", "stage": "reported"}}


def test_unknown_format_is_404(ri_client):
    assert ri_client.get("/api/export/stories.xlsx").status_code == 404
