"""Fixtures for the page tests: the core's placed stories, marked as ASN-neutrality news (the beranda
hides other election news by default), with evidence and a grouping explanation on one article."""

from __future__ import annotations

import pytest

from pantau.web.monitoring.models import Article, Story

# Our own sentences, written for these tests.
KOTAMOBAGU_TEXT = (
    "Bawaslu Kota Kotamobagu menerima laporan dugaan pelanggaran netralitas ASN.\n"
    "Seorang camat diduga hadir dalam kampanye salah satu pasangan calon pada Sabtu pekan lalu.\n"
    "Ketua Bawaslu setempat mengatakan pihaknya   sedang mengumpulkan keterangan saksi."
)
KOTAMOBAGU_EVIDENCE = [
    "Seorang camat diduga hadir dalam kampanye salah satu pasangan calon pada Sabtu pekan lalu.",
    # whitespace differs from the stored text on purpose
    "pihaknya sedang mengumpulkan keterangan saksi.",
]


@pytest.fixture
def ui_stories(placed_stories) -> dict[str, Story]:
    regency_story = placed_stories["regency"]
    Story.objects.filter(pk=regency_story.pk).update(
        actors=[{"name": None, "role": "camat", "is_asn": True, "accused": True}], stage="under_examination"
    )
    Story.objects.filter(pk__in=[s.pk for s in placed_stories.values()]).update(about_asn_neutrality=True)
    Article.objects.filter(story=regency_story).update(
        text=KOTAMOBAGU_TEXT,
        evidence=KOTAMOBAGU_EVIDENCE,
        url="https://media.example/kotamobagu-camat",
        grouping={"reason": "same_incident", "similarity": 0.8731, "shared_names": ["camat", "Kotamobagu"]},
        event_date="2024-10-05",
    )
    for story in placed_stories.values():
        # What the loader's story summary would index: titles, region, actors (lowercased).
        Story.objects.filter(pk=story.pk).update(search_text=f"{story.title} {story.region_name}".lower())
        story.refresh_from_db()
    return placed_stories
