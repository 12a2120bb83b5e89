"""The beranda's story cards built in Python: escaping, actors, dates, translations."""

from __future__ import annotations

import datetime as dt

from django.urls import reverse
from django.utils import translation

from pantau.web.monitoring.models import Story
from pantau.web.ui.story_cards import story_cards_html


def _story(**fields) -> Story:
    values = dict(
        key="s-kartu/1?x#y", title="Camat <b>Lolayan</b> hadir di kampanye", region_name="Kota Kotamobagu",
        is_case=True, event_kind="violation_case", violation_type="attending_campaign", stage="reported",
        first_date=dt.date(2024, 10, 1), last_date=dt.date(2024, 10, 5), n_outlets=3, n_independent_outlets=2,
        actors=[], updated_at=dt.datetime(2024, 10, 5, 2, 30, tzinfo=dt.timezone.utc),
    )
    values.update(fields)
    story = Story(**values)
    story.first_evidence = ""
    return story


def test_stored_strings_are_escaped_and_the_link_is_built_by_reverse():
    story = _story(actors=[{"name": "Budi <script>", "role": "camat", "accused": True}])
    story.first_evidence = 'Ia berkata "<img src=x>" di depan warga.'
    html = str(story_cards_html([story]))
    assert "<b>Lolayan</b>" not in html and "&lt;b&gt;Lolayan&lt;/b&gt;" in html
    assert "<script>" not in html and "Budi &lt;script&gt;, camat" in html
    assert "<img" not in html and "&lt;img src=x&gt;" in html
    assert f'href="{reverse("ui:story", args=[story.key])}"' in html


def test_accused_come_first_three_at_most_then_an_ellipsis():
    actors = [{"name": f"Saksi {i}", "role": "warga", "accused": False} for i in range(3)]
    actors.append({"name": "Rahmat", "role": "lurah", "accused": True})
    html = str(story_cards_html([_story(actors=actors)]))
    assert "<strong>Rahmat, lurah; Saksi 0, warga; Saksi 1, warga …</strong>" in html
    assert "Saksi 2" not in html


def test_dates_outlets_and_labels_follow_the_language():
    with translation.override("id"):
        html = str(story_cards_html([_story()]))
    assert "1 Okt 2024 – 5 Okt 2024" in html
    assert "3 media (2 independen)" in html
    assert "5 Okt 2024 09:30" in html  # updated_at shown in Asia/Jakarta time
    with translation.override("en"):
        html = str(story_cards_html([_story(first_date=None, last_date=None, n_outlets=1, region_name="")]))
    assert "1 outlet (2 independent)" in html
    assert "<strong>unknown</strong>" in html and "<strong>National</strong>" in html


def test_a_non_case_shows_its_event_kind_and_no_case_tag():
    html = str(story_cards_html([_story(is_case=False, violation_type=None, stage=None, event_kind="outreach")]))
    assert "is-case" not in html and 'class="tag case"' not in html
    assert html.count('<li class="story-card">') == 1
