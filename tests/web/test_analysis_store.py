"""Storing analyses: idempotent upserts, story summaries, per-item errors."""

from __future__ import annotations

import datetime as dt

import pytest

from pantau.web.audit.models import AuditEvent
from pantau.web.monitoring.actions import do_store_analyses
from pantau.web.monitoring.models import Article, Source, Story
from tests.web.contract_examples import MAKASSAR, MANADO, contract

pytestmark = pytest.mark.django_db


def test_every_contract_field_is_stored_and_an_added_field_is_kept():
    obj = contract("a1", story="s-a1", confidence_note="tambahan")
    do_store_analyses([obj])
    article = Article.objects.get(key="a1")
    assert (article.title, article.source.name, article.pub_day) == (obj["title"], "kabarbolmong.example", dt.date(2024, 10, 7))
    assert (article.is_case, article.violation_type, article.stage) == (True, "attending_campaign", "reported")
    assert article.region == obj["region"]
    assert article.province_code == "71"
    assert article.evidence == obj["violation"]["evidence"]
    assert article.actors == obj["actors"]
    assert article.regions_mentioned == obj["regions_mentioned"]
    assert article.text == obj["text"]
    assert article.extra == {"confidence_note": "tambahan"}


def test_storing_the_same_analyses_twice_adds_nothing():
    batch = [contract("a1", story="s-1"), contract("a2", story="s-1", outlet="manadopost.example")]
    do_store_analyses(batch)
    do_store_analyses(batch)
    assert Article.objects.count() == 2
    assert Story.objects.count() == 1
    assert Source.objects.get(name="kabarbolmong.example").n_articles == 1


def test_story_summary_counts_outlets_and_independent_outlets():
    do_store_analyses([
        contract("a1", story="s-1", pub_date="2024-10-07"),
        contract("a2", story="s-1", outlet="manadopost.example", pub_date="2024-10-08", stage="under_examination"),
        # a syndicated copy of a1 on a third outlet: an outlet, but not an independent one
        contract("a3", story="s-1", outlet="salinan.example", pub_date="2024-10-08", duplicate_of="a1"),
    ])
    story = Story.objects.get(key="s-1")
    assert (story.n_articles, story.n_outlets, story.n_independent_outlets) == (3, 3, 2)
    assert (story.first_date, story.last_date) == (dt.date(2024, 10, 7), dt.date(2024, 10, 8))
    assert story.is_case and story.stage == "under_examination"
    assert (story.region_code, story.region_name, story.province_code) == ("71.74", "Kota Kotamobagu", "71")
    assert story.title == "Camat diduga hadiri kampanye (a1)"


def test_wire_copies_and_recycled_releases_count_as_one_independent_source():
    do_store_analyses([
        contract("w1", story="s-w", outlet="a.example", grouping={"source": "wire:antara"}),
        contract("w2", story="s-w", outlet="b.example", grouping={"source": "wire:antara"}),
        contract("r1", story="s-w", outlet="c.example"),
        # d.example rewrote c.example's press release: the engine names c's article as its source
        contract("r2", story="s-w", outlet="d.example", grouping={"source": "r1"}),
        contract("own", story="s-w", outlet="e.example"),
    ])
    story = Story.objects.get(key="s-w")
    assert (story.n_outlets, story.n_independent_outlets) == (5, 3)  # Antara, c.example, e.example


def test_story_in_several_provinces_is_national_and_in_one_province_is_that_province():
    do_store_analyses([
        contract("n1", story="s-nas", region=MANADO, is_case=False),
        contract("n2", story="s-nas", region=MAKASSAR, is_case=False, outlet="b.example"),
        contract("p1", story="s-prov", region=MANADO),
        contract("p2", story="s-prov", outlet="b.example"),
    ])
    assert Story.objects.get(key="s-nas").region_code == ""
    prov = Story.objects.get(key="s-prov")
    assert (prov.region_code, prov.region_level, prov.region_name) == ("71", "province", "Sulawesi Utara")


def test_case_story_ignores_articles_that_name_no_region():
    do_store_analyses([
        contract("c1", story="s-c"),
        contract("c2", story="s-c", region=None, outlet="b.example"),
        contract("c3", story="s-c", region=None, outlet="c.example"),
    ])
    assert Story.objects.get(key="s-c").region_code == "71.74"


def test_an_article_regrouped_on_reload_leaves_its_old_story_consistent():
    do_store_analyses([contract("a1", story="s-1"), contract("a2", story="s-1", outlet="b.example")])
    do_store_analyses([contract("a2", story="s-2", outlet="b.example")])
    assert Story.objects.get(key="s-1").n_articles == 1
    assert Story.objects.get(key="s-2").n_articles == 1
    do_store_analyses([contract("a1", story="s-2")])
    assert not Story.objects.filter(key="s-1").exists()  # emptied stories go


def test_error_lines_and_malformed_objects_are_reported_and_the_rest_stored():
    result = do_store_analyses([
        {"id": "rusak", "error": "unsupported input"},
        {"title": "tanpa id"},
        {"id": "x", "violation": "bukan objek"},
        contract("ok", story="s-ok"),
    ])
    assert (result.stored, result.failed) == (1, 3)
    assert result.errors[0] == "rusak: unsupported input"
    assert Article.objects.get().key == "ok"


def test_loading_writes_one_audit_row_per_batch():
    do_store_analyses([contract("a1", story="s-1")], origin="uji.jsonl")
    event = AuditEvent.objects.get(action="analyses_loaded")
    assert event.detail["stored"] == 1 and event.detail["origin"] == "uji.jsonl"
