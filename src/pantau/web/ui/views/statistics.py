"""Statistics: alleged cases over time, by type, stage and province, against the 2020 baseline."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.shortcuts import render
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from pantau.web.monitoring.models import Article, Story
from pantau.web.ui.province_tiles import TILE_BY_CODE
from pantau.web.ui.svg_charts import Bar, columns_over_time, horizontal_bars
from pantau.web.ui.vocabulary_labels import stage_label, violation_type_label

# Pilkada 2020, as Bawaslu reported it (quoted at the 2024 Rakornas): the national yardstick.
BASELINE_2020_VIOLATIONS = 1010
BASELINE_2020_REGIONS = 170


def _counted(cases, field: str) -> list[tuple[str, int]]:
    rows = cases.exclude(**{f"{field}__isnull": True}).exclude(**{field: ""}).values(field).annotate(n=Count("id"))
    return sorted(((row[field], row["n"]) for row in rows), key=lambda pair: (-pair[1], pair[0]))


def _monthly(cases) -> list[Bar]:
    rows = (
        cases.exclude(first_date__isnull=True)
        .annotate(month=TruncMonth("first_date"))
        .values("month")
        .annotate(n=Count("id"))
        .order_by("month")
    )
    by_month = {row["month"]: row["n"] for row in rows}
    if not by_month:
        return []
    # Every month between the first and the last, so that quiet months show as gaps, not nothing.
    first, last = min(by_month), max(by_month)
    bars, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        day = first.replace(year=year, month=month, day=1)
        bars.append(Bar(date_format(day, "M y"), by_month.get(day, 0), css_class="case"))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return bars


@login_required
def statistics(request):
    stories = Story.objects.restrict(request.user)
    cases = stories.filter(is_case=True)
    n_cases = cases.count()
    n_regions = cases.exclude(region_code="").values("region_code").distinct().count()
    by_type = [Bar(violation_type_label(code), n) for code, n in _counted(cases, "violation_type")]
    by_stage = [Bar(stage_label(code), n) for code, n in _counted(cases, "stage")]
    by_province = [
        Bar(TILE_BY_CODE[code].name if code in TILE_BY_CODE else code, n, href=reverse("ui:map_province", args=[code]))
        for code, n in _counted(cases, "province_code")
    ]
    monthly = _monthly(cases)
    baseline = [
        Bar(_("Pilkada 2020: violations (Bawaslu)"), BASELINE_2020_VIOLATIONS, css_class="baseline"),
        Bar(_("Now: alleged cases in the news"), n_cases, css_class="case"),
        Bar(_("Pilkada 2020: regions with violations"), BASELINE_2020_REGIONS, css_class="baseline"),
        Bar(_("Now: regions with alleged cases"), n_regions, css_class="case"),
    ]
    charts = {
        "baseline": horizontal_bars(baseline, _("Alleged cases now compared with Pilkada 2020"), label_width=260),
        "monthly": columns_over_time(monthly, _("Alleged cases by month of first report")) if monthly else "",
        "by_type": horizontal_bars(by_type, _("Alleged cases by violation type"), label_width=260) if by_type else "",
        "by_stage": horizontal_bars(by_stage, _("Alleged cases by stage")) if by_stage else "",
        "by_province": horizontal_bars(by_province, _("Alleged cases by province")) if by_province else "",
    }
    context = {
        # Built by svg_charts from escaped labels and numbers only.
        "charts": {name: mark_safe(svg) for name, svg in charts.items()},
        "n_cases": n_cases,
        "n_regions": n_regions,
        "n_stories": stories.filter(about_asn_neutrality=True).count(),
        "n_articles": Article.objects.restrict(request.user).count(),
        "baseline_violations": BASELINE_2020_VIOLATIONS,
        "baseline_regions": BASELINE_2020_REGIONS,
        "share_of_baseline": round(100 * n_cases / BASELINE_2020_VIOLATIONS),
        "tables": {"by_type": by_type, "by_stage": by_stage, "by_province": by_province, "monthly": monthly},
    }
    return render(request, "ui/statistics.html", context)
