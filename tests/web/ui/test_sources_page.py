"""Sources: outlets with the number of visible articles each gave and the latest one's date."""

from __future__ import annotations

import datetime as dt

from django.urls import reverse


def counts(response) -> dict[str, int]:
    return {row["source"].name: row["n"] for row in response.context["rows"]}


def test_counts_follow_the_users_scope(client, ui_stories, ri_user, regency_user, no_role_user):
    client.force_login(ri_user)
    ri_counts = counts(client.get(reverse("ui:sources")))
    assert ri_counts["media-s-makassar.example"] == 1 and sum(ri_counts.values()) == 5
    client.force_login(regency_user)
    assert counts(client.get(reverse("ui:sources"))) == {
        "media-s-kotamobagu.example": 1,
        "media-s-makassar.example": 0,
        "media-s-manado.example": 0,
        "media-s-nasional.example": 0,
        "media-s-sulut.example": 0,
    }
    client.force_login(no_role_user)
    assert sum(counts(client.get(reverse("ui:sources"))).values()) == 0


def test_latest_article_day_is_shown(client, ui_stories, ri_user):
    client.force_login(ri_user)
    response = client.get(reverse("ui:sources"))
    row = next(r for r in response.context["rows"] if r["source"].name == "media-s-kotamobagu.example")
    assert row["last_day"] == dt.date(2024, 10, 5)
    assert "5 Okt 2024" in response.content.decode()
