"""story_statistics: totals and charts summed from a few GROUP BYs, over what restrict lets through."""

from __future__ import annotations

import datetime as dt

import pytest

from pantau.web.monitoring.finding_statistics import story_statistics
from pantau.web.monitoring.models import Story
from tests.web.web_fixtures import make_story

pytestmark = pytest.mark.django_db


@pytest.fixture
def mixed_stories(db):
    make_story("s-kotamobagu-1", "71.74", "Kota Kotamobagu", day=3)
    make_story("s-kotamobagu-2", "71.74", "Kota Kotamobagu", day=20)
    make_story("s-sulut", "71", "Sulawesi Utara", day=5)
    make_story("s-makassar", "73.71", "Kota Makassar", day=7)
    make_story("s-nasional", "", "", day=9)
    make_story("s-rapat", "71.71", "Kota Manado", is_case=False)
    # A case with no date, type or stage yet: counted, but in no month and under "none".
    Story.objects.filter(key="s-makassar").update(first_date=None, last_date=None, violation_type=None)
    Story.objects.filter(key="s-kotamobagu-2").update(first_date=dt.date(2024, 11, 2), stage="reported")


def test_totals_and_every_chart(mixed_stories):
    stats = story_statistics(Story.objects.all())
    assert (stats["stories"], stats["cases"]) == (6, 5)
    assert stats["regions_with_cases"] == 3  # 71.74, 71, 73.71; the national case has no region
    assert stats["by_type"] == {"attending_campaign": 4, "none": 1}
    assert stats["by_stage"] == {"none": 4, "reported": 1}
    assert stats["by_event_kind"] == {"violation_case": 5, "coordination_meeting": 1}
    assert stats["by_province"] == [
        {"code": "71", "name": "Sulawesi Utara", "cases": 3},
        {"code": "73", "name": "Sulawesi Selatan", "cases": 1},
    ]
    assert stats["by_month"] == [{"month": "2024-10", "cases": 3}, {"month": "2024-11", "cases": 1}]


def test_only_what_the_queryset_holds(mixed_stories, regency_user):
    stats = story_statistics(Story.objects.restrict(regency_user))
    assert (stats["stories"], stats["cases"], stats["regions_with_cases"]) == (2, 2, 1)
    assert stats["by_province"] == [{"code": "71", "name": "Sulawesi Utara", "cases": 2}]


def test_nothing_visible_gives_zeros_and_empty_charts(mixed_stories, no_role_user):
    stats = story_statistics(Story.objects.restrict(no_role_user))
    assert (stats["stories"], stats["cases"], stats["regions_with_cases"]) == (0, 0, 0)
    assert stats["by_type"] == stats["by_event_kind"] == {} and stats["by_month"] == stats["by_province"] == []
