"""Counts for the statistics page and the API, over stories already restricted to the user."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, QuerySet
from django.db.models.functions import TruncMonth

from pantau.web.monitoring.models import Region

# Published figures the app compares against (DESIGN.md): Bawaslu's tallies of ASN-neutrality violations.
BASELINES = {
    "pilkada_2020": {"violations": 1010, "regions": 170},
    "pilkada_2024": {"findings_and_reports": 433, "violations": 314},
}


def story_statistics(stories: QuerySet) -> dict[str, Any]:
    cases = stories.filter(is_case=True)
    province_names = dict(Region.objects.filter(level="province").values_list("code", "name"))
    by_province = [
        {"code": row["province_code"], "name": province_names.get(row["province_code"], ""), "cases": row["n"]}
        for row in cases.exclude(province_code="").values("province_code").annotate(n=Count("id")).order_by("-n", "province_code")
    ]
    by_month = [
        {"month": row["month"].strftime("%Y-%m"), "cases": row["n"]}
        for row in cases.exclude(first_date=None)
        .annotate(month=TruncMonth("first_date"))
        .values("month")
        .annotate(n=Count("id"))
        .order_by("month")
    ]
    return {
        "stories": stories.count(),
        "cases": cases.count(),
        "regions_with_cases": cases.exclude(region_code="").values("region_code").distinct().count(),
        "by_type": _counts(cases, "violation_type"),
        "by_stage": _counts(cases, "stage"),
        "by_event_kind": _counts(stories, "event_kind"),
        "by_province": by_province,
        "by_month": by_month,
        "baselines": BASELINES,
    }


def _counts(qs: QuerySet, field: str) -> dict[str, int]:
    rows = qs.values(field).annotate(n=Count("id")).order_by("-n", field)
    return {(row[field] or "none"): row["n"] for row in rows}
