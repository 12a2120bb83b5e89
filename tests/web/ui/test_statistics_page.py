"""Statistics: counts by type, stage, province and month for visible cases, against 2020."""

from __future__ import annotations

from django.urls import reverse


def test_figures_follow_the_users_scope(client, ui_stories, ri_user, regency_user):
    client.force_login(ri_user)
    context = client.get(reverse("ui:statistics")).context
    assert context["n_cases"] == 4 and context["n_regions"] == 4
    assert context["n_articles"] == 5
    client.force_login(regency_user)
    context = client.get(reverse("ui:statistics")).context
    assert context["n_cases"] == 1 and context["n_regions"] == 1


def test_charts_are_inline_svg_with_the_2020_baseline(client, ui_stories, ri_user):
    client.force_login(ri_user)
    response = client.get(reverse("ui:statistics"))
    html = response.content.decode()
    assert html.count("<svg") == 5
    assert "1.010" in html and ">170<" in html
    tables = response.context["tables"]
    assert [(bar.value) for bar in tables["by_province"]] == [3, 1]
    assert [(bar.value) for bar in tables["monthly"]] == [4]
    assert sum(bar.value for bar in tables["by_type"]) == 4


def test_no_role_user_sees_zeroes_and_empty_charts(client, ui_stories, no_role_user):
    client.force_login(no_role_user)
    response = client.get(reverse("ui:statistics"))
    assert response.context["n_cases"] == 0 and response.context["n_articles"] == 0
    assert response.content.decode().count("<svg") == 1  # only the baseline comparison


def test_monthly_chart_draws_the_last_two_years_and_counts_older_cases():
    from django.utils import translation

    from pantau.web.ui.views.statistics import MONTHS_SHOWN, _monthly

    by_month = [{"month": "2018-08", "cases": 2}, {"month": "2024-02", "cases": 1}, {"month": "2024-11", "cases": 5}]
    with translation.override("id"):
        bars, earlier = _monthly(by_month)
    assert len(bars) == MONTHS_SHOWN and earlier == 2
    assert bars[0].label == "Des 22" and bars[-1].label == "Nov 24"
    assert [b.value for b in bars if b.value] == [1, 5]
    bars, earlier = _monthly([{"month": "2024-09", "cases": 3}, {"month": "2024-10", "cases": 4}])
    assert [b.value for b in bars] == [3, 4] and earlier == 0
    assert _monthly([]) == ([], 0)
