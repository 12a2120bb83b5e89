"""Beranda: the stories each user may see, filters, search, htmx fragments, pagination, empty states."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from pantau.web.monitoring.models import Story
from tests.web.web_fixtures import VISIBLE, make_story


def titles_on(response) -> set[str]:
    return {story.title for story in response.context["page"].object_list}


@pytest.mark.parametrize("user_fixture", sorted(VISIBLE))
def test_each_user_sees_exactly_their_regions(client, ui_stories, request, user_fixture):
    client.force_login(request.getfixturevalue(user_fixture))
    response = client.get(reverse("ui:beranda"))
    expected = {ui_stories[position].title for position in VISIBLE[user_fixture]}
    assert titles_on(response) == expected
    html = response.content.decode()
    for position, story in ui_stories.items():
        assert (story.title in html) == (position in VISIBLE[user_fixture])


def test_alleged_violations_come_first_then_newest(client, ui_stories, ri_user):
    make_story("s-newer-meeting", "71.74", "Kota Kotamobagu", is_case=False, day=20)
    Story.objects.filter(key="s-newer-meeting").update(about_asn_neutrality=True)
    client.force_login(ri_user)
    listed = list(client.get(reverse("ui:beranda")).context["page"].object_list)
    assert [s.is_case for s in listed] == sorted((s.is_case for s in listed), reverse=True)
    case_days = [s.last_date for s in listed if s.is_case]
    assert case_days == sorted(case_days, reverse=True)
    assert listed[-2].key == "s-newer-meeting"  # the newest non-case still comes after every case


def test_no_role_user_is_told_to_ask_for_a_region(client, ui_stories, no_role_user):
    client.force_login(no_role_user)
    html = client.get(reverse("ui:beranda")).content.decode()
    assert "Akun Anda belum memiliki wilayah" in html


def test_empty_region_shows_an_empty_state(client, regency_user, db):
    client.force_login(regency_user)
    html = client.get(reverse("ui:beranda")).content.decode()
    assert 'class="empty"' in html
    assert "story-card" not in html


def test_filters_narrow_within_the_visible_set(client, ui_stories, province_user):
    client.force_login(province_user)
    by_region = client.get(reverse("ui:beranda"), {"region": "71.71"})
    assert titles_on(by_region) == {"Judul s-manado"}
    html = by_region.content.decode()
    assert '<option value="71.71" selected>Kota Manado</option>' in html
    assert html.count(" selected>") == 4  # the region, and the three other selects on their blank option
    whole_province = client.get(reverse("ui:beranda"), {"region": "71"})
    assert titles_on(whole_province) == {"Judul s-kotamobagu", "Judul s-sulut", "Judul s-manado"}
    by_stage = client.get(reverse("ui:beranda"), {"stage": "under_examination"})
    assert titles_on(by_stage) == {"Judul s-kotamobagu"}
    by_dates = client.get(reverse("ui:beranda"), {"date_from": "2024-10-04", "date_to": "2024-10-04"})
    assert titles_on(by_dates) == {"Judul s-sulut"}


def test_a_region_outside_the_scope_cannot_be_chosen(client, ui_stories, regency_user):
    client.force_login(regency_user)
    response = client.get(reverse("ui:beranda"), {"region": "73.71"})
    assert "Judul s-makassar" not in response.content.decode()
    options = response.context["form"].fields["region"].widget.options
    offered = [code for code, label in options if not isinstance(label, list)]
    grouped = [code for _, group in options if isinstance(group, list) for code, _ in group]
    assert "73.71" not in offered + grouped
    assert "71.74" in grouped


def test_ri_can_pick_national_stories(client, ui_stories, ri_user, province_user):
    client.force_login(ri_user)
    assert titles_on(client.get(reverse("ui:beranda"), {"region": "national"})) == {"Judul s-nasional"}
    client.force_login(province_user)
    response = client.get(reverse("ui:beranda"), {"region": "national"})
    assert titles_on(response) == {"Judul s-kotamobagu", "Judul s-sulut", "Judul s-manado"}  # ignored, not widened


def test_cases_only_and_event_kind(client, ui_stories, ri_user):
    client.force_login(ri_user)
    assert "Judul s-nasional" not in titles_on(client.get(reverse("ui:beranda"), {"cases_only": "on"}))
    meetings = client.get(reverse("ui:beranda"), {"event_kind": "coordination_meeting"})
    assert titles_on(meetings) == {"Judul s-nasional"}


def test_other_election_news_is_hidden_unless_asked(client, ui_stories, ri_user):
    Story.objects.filter(key="s-nasional").update(about_asn_neutrality=False)
    client.force_login(ri_user)
    assert "Judul s-nasional" not in titles_on(client.get(reverse("ui:beranda")))
    assert "Judul s-nasional" in titles_on(client.get(reverse("ui:beranda"), {"include_unrelated": "on"}))


def test_search_reads_the_story_index_and_on_request_the_article_text(client, ui_stories, province_user):
    client.force_login(province_user)
    assert titles_on(client.get(reverse("ui:beranda"), {"q": "MANADO"})) == {"Judul s-manado"}
    assert titles_on(client.get(reverse("ui:beranda"), {"q": "judul kota"})) == {
        "Judul s-kotamobagu", "Judul s-manado"
    }
    # Words only in an article's body need the slower full-text option.
    assert titles_on(client.get(reverse("ui:beranda"), {"q": "keterangan saksi"})) == set()
    in_text = client.get(reverse("ui:beranda"), {"q": "keterangan saksi", "in_text": "on"})
    assert titles_on(in_text) == {"Judul s-kotamobagu"}
    # Out-of-region stories never leak through search.
    assert titles_on(client.get(reverse("ui:beranda"), {"q": "makassar", "in_text": "on"})) == set()


def test_htmx_request_gets_only_the_results_fragment(client, ui_stories, ri_user):
    client.force_login(ri_user)
    response = client.get(reverse("ui:beranda"), {"q": "manado"}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert "Judul s-manado" in html
    assert "<html" not in html and "<form" not in html
    assert "HX-Request" in response["Vary"]


def test_pagination_keeps_the_filters(client, ri_user, db):
    for day in range(1, 28):
        make_story(f"s-banyak-{day:02d}", "71.74", "Kota Kotamobagu", day=day)
    Story.objects.update(about_asn_neutrality=True)
    client.force_login(ri_user)
    first = client.get(reverse("ui:beranda"), {"region": "71.74"})
    assert len(first.context["page"].object_list) == 25
    assert "region=71.74&amp;page=2" in first.content.decode()
    second = client.get(reverse("ui:beranda"), {"region": "71.74", "page": "2"})
    assert len(second.context["page"].object_list) == 2
    assert list(second.context["page"].object_list)[-1].first_date == dt.date(2024, 10, 1)


def test_bad_filter_values_are_ignored_not_fatal(client, ui_stories, ri_user):
    client.force_login(ri_user)
    response = client.get(reverse("ui:beranda"), {"date_from": "kemarin", "stage": "unknown", "page": "x"})
    assert response.status_code == 200


def test_counting_stops_at_the_cap(client, ri_user, db, monkeypatch):
    from pantau.web.ui import capped_paginator

    monkeypatch.setattr(capped_paginator, "CAPPED_AT", 3)
    for day in range(1, 6):
        make_story(f"s-cap-{day}", "71.74", "Kota Kotamobagu", day=day)
    Story.objects.update(about_asn_neutrality=True)
    client.force_login(ri_user)
    response = client.get(reverse("ui:beranda"))
    paginator = response.context["page"].paginator
    assert paginator.capped and paginator.count == 3
    assert "Lebih dari 3 berita" in response.content.decode()
    monkeypatch.setattr(capped_paginator, "CAPPED_AT", 5)
    response = client.get(reverse("ui:beranda"))
    assert not response.context["page"].paginator.capped
    assert "5 berita — menampilkan 1–5" in response.content.decode()


def test_results_are_cached_per_scope_until_the_next_load(client, ui_stories, ri_user, province_user, settings):
    from django.core.cache import cache

    from pantau.web.monitoring.findings_cache import bump_findings_version

    settings.PANTAU_FINDINGS_CACHE_SECONDS = 300
    cache.clear()
    client.force_login(province_user)
    assert "Judul s-makassar" not in client.get(reverse("ui:beranda")).content.decode()
    client.force_login(ri_user)
    assert "Judul s-makassar" in client.get(reverse("ui:beranda")).content.decode()  # another scope, own entry
    Story.objects.filter(key="s-makassar").update(title="Judul baru makassar")
    assert "Judul s-makassar" in client.get(reverse("ui:beranda")).content.decode()  # served from the cache
    bump_findings_version()  # what every load does
    html = client.get(reverse("ui:beranda")).content.decode()
    assert "Judul baru makassar" in html and "Judul s-makassar" not in html
    assert 'name="csrfmiddlewaretoken"' in html  # the page around the cached list is still per user
    cache.clear()


def test_case_cards_quote_their_first_evidence_sentence(client, ui_stories, regency_user):
    client.force_login(regency_user)
    html = client.get(reverse("ui:beranda")).content.decode()
    assert (
        '<p class="card-evidence">“Seorang camat diduga hadir dalam kampanye salah satu pasangan calon '
        'pada Sabtu pekan lalu.”</p>'
    ) in html


def test_region_options_are_built_once_per_scope_and_language(ri_user, province_user):
    from django.utils import translation

    from pantau.web.accounts.region_scope import scope_of
    from pantau.web.ui.story_filters import region_choices

    with translation.override("id"):
        first = region_choices(scope_of(ri_user))
        assert region_choices(scope_of(ri_user)) is first  # the same object: the widget's markup cache hits
        assert region_choices(scope_of(province_user)) is not first
    with translation.override("en"):
        english = region_choices(scope_of(ri_user))
    assert english is not first and english[0][1] == "All my regions" and first[0][1] == "Semua wilayah saya"
    assert sum(len(group) for _, group in first[2:]) == 552  # 38 provinces + 514 kabupaten/kota
