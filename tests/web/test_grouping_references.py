"""The grouping explanation on the story page and in the API names only stories and articles the
reader may see; references outside the reader's regions are hidden."""

from __future__ import annotations

import pytest
from django.test import Client

from pantau.web.monitoring.grouping_references import HIDDEN
from pantau.web.monitoring.models import Article

GROUPING = {
    "duplicate": {"of": "a-s-makassar", "via": "minhash", "matched": "a-s-manado", "jaccard": 0.91},
    "story": {
        "decision": "new",
        "story": "s-kotamobagu",
        "best": {"story": "s-makassar", "score": 0.31, "signals": {"shared_actors": ["camat"]}},
        "runner_up": {"story": "s-manado", "score": 0.2},
    },
    "news_event": {"decision": "new", "news_event": "e-a-s-kotamobagu"},
    "source": "wire:antara",
}


@pytest.fixture
def explained(placed_stories):
    Article.objects.filter(key="a-s-kotamobagu").update(grouping=GROUPING)
    return placed_stories


def seen_by(user) -> tuple[str, dict]:
    client = Client()
    client.force_login(user)
    page = client.get("/berita/s-kotamobagu/")
    assert page.status_code == 200
    return page.content.decode(), client.get("/api/articles/a-s-kotamobagu").json()["grouping"]


def test_a_regency_reader_sees_no_reference_outside_the_regency(explained, regency_user):
    html, grouping = seen_by(regency_user)
    for hidden in ("s-makassar", "a-s-makassar", "s-manado", "a-s-manado"):
        assert hidden not in html and hidden not in str(grouping), hidden
    assert grouping["story"]["best"]["story"] == HIDDEN and grouping["duplicate"]["of"] == HIDDEN
    # What the reader may see stays: its own story and event, the wire agency, the scores.
    assert grouping["story"]["story"] == "s-kotamobagu" and grouping["source"] == "wire:antara"
    assert grouping["story"]["best"]["score"] == 0.31 and "e-a-s-kotamobagu" in html


def test_a_province_reader_sees_the_references_inside_the_province(explained, province_user):
    html, grouping = seen_by(province_user)
    assert grouping["story"]["runner_up"]["story"] == "s-manado" and grouping["duplicate"]["matched"] == "a-s-manado"
    assert "s-makassar" not in html and "s-makassar" not in str(grouping)


def test_ri_sees_every_reference(explained, ri_user):
    _, grouping = seen_by(ri_user)
    assert grouping == GROUPING
