"""Statistics: alleged cases over time, by type, stage and province, against the 2020 baseline."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q, Sum
from django.shortcuts import render
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from pantau.web.monitoring.finding_statistics import story_statistics
from pantau.web.monitoring.models import Story
from pantau.web.ui.page_cache import cached_for_scope
from pantau.web.ui.svg_charts import Bar, columns_over_time, horizontal_bars
from pantau.web.ui.vocabulary_labels import stage_label, violation_type_label

# finding_statistics counts rows without a value under this key.
NO_VALUE = "none"


MONTHS_SHOWN = 24  # an election cycle's run-up; older (or misdated) cases are counted, not drawn


def _monthly(by_month: list[dict]) -> tuple[list[Bar], int]:
    """One column per month over the last MONTHS_SHOWN months with cases, so that quiet months show
    as gaps; and how many cases fall before that window."""
    counts = {row["month"]: row["cases"] for row in by_month}
    if not counts:
        return [], 0
    last = max(counts)
    year, month = int(last[:4]), int(last[5:7]) - (MONTHS_SHOWN - 1)
    while month < 1:
        year, month = year - 1, month + 12
    window_start = f"{year:04d}-{month:02d}"
    first = max(min(counts), window_start)
    earlier = sum(n for key, n in counts.items() if key < first)
    year, month = int(first[:4]), int(first[5:7])
    bars = []
    while f"{year:04d}-{month:02d}" <= last:
        key = f"{year:04d}-{month:02d}"
        bars.append(Bar(date_format(dt.date(year, month, 1), "M y"), counts.get(key, 0), css_class="case"))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return bars, earlier


def _share_percent(part: int, whole: int) -> str:
    """A whole percentage, but "<1" rather than a misleading "0" when there is something."""
    share = 100 * part / whole
    return "<1" if 0 < share < 1 else str(round(share))


@login_required
def statistics(request):
    context = cached_for_scope(request, "statistics", lambda: _statistics_context(request))
    return render(request, "ui/statistics.html", context)


def _statistics_context(request) -> dict:
    stories = Story.objects.restrict(request.user)
    figures = story_statistics(stories)
    # Articles counted through their stories' totals: one pass over the visible stories instead of a
    # join of every article with its story for region users (150 ms at 100,000 articles).
    coverage = stories.aggregate(about=Count("id", filter=Q(about_asn_neutrality=True)), articles=Sum("n_articles"))
    baseline_2020 = figures["baselines"]["pilkada_2020"]
    by_type = [
        Bar(violation_type_label(code) if code != NO_VALUE else _("type not stated"), n)
        for code, n in figures["by_type"].items()
    ]
    by_stage = [
        Bar(stage_label(code) if code != NO_VALUE else _("no formal process mentioned"), n)
        for code, n in figures["by_stage"].items()
    ]
    by_province = [
        Bar(row["name"] or row["code"], row["cases"], href=reverse("ui:map_province", args=[row["code"]]))
        for row in figures["by_province"]
    ]
    monthly, cases_before_chart = _monthly(figures["by_month"])
    baseline = [
        Bar(_("Pilkada 2020: violations (Bawaslu)"), baseline_2020["violations"], css_class="baseline"),
        Bar(_("Now: alleged cases in the news"), figures["cases"], css_class="case"),
        Bar(_("Pilkada 2020: regions with violations"), baseline_2020["regions"], css_class="baseline"),
        Bar(_("Now: regions with alleged cases"), figures["regions_with_cases"], css_class="case"),
    ]
    charts = {
        "baseline": horizontal_bars(baseline, _("Alleged cases now compared with Pilkada 2020")),
        "monthly": columns_over_time(monthly, _("Alleged cases by month of first report")) if monthly else "",
        "by_type": horizontal_bars(by_type, _("Alleged cases by violation type")) if by_type else "",
        "by_stage": horizontal_bars(by_stage, _("Alleged cases by stage")) if by_stage else "",
        "by_province": horizontal_bars(by_province, _("Alleged cases by province")) if by_province else "",
    }
    return {
        # Built by svg_charts from escaped labels and numbers only.
        "charts": {name: mark_safe(svg) for name, svg in charts.items()},
        "n_cases": figures["cases"],
        "cases_before_chart": cases_before_chart,
        "n_regions": figures["regions_with_cases"],
        "n_stories": coverage["about"],
        "n_articles": coverage["articles"] or 0,
        "baseline_violations": baseline_2020["violations"],
        "baseline_regions": baseline_2020["regions"],
        "share_of_baseline": _share_percent(figures["cases"], baseline_2020["violations"]),
        "tables": {"by_type": by_type, "by_stage": by_stage, "by_province": by_province, "monthly": monthly},
    }
