"""Counts for the statistics page and the API, over stories already restricted to the user."""

from __future__ import annotations

from typing import Any

from collections import Counter

from django.db.models import Count, Q, QuerySet
from django.db.models.functions import TruncMonth

from pantau.web.monitoring.region_table import province_names

# Published figures the app compares against (DESIGN.md): Bawaslu's tallies of ASN-neutrality violations.
BASELINES = {
    "pilkada_2020": {"violations": 1010, "regions": 170},
    "pilkada_2024": {"findings_and_reports": 433, "violations": 314},
}


def story_statistics(stories: QuerySet) -> dict[str, Any]:
    cases = stories.filter(is_case=True)
    totals = stories.aggregate(
        # COUNT(*) or an indexed column rather than COUNT(id): id is not in the story_statistics index,
        # and naming it would turn each index-only scan back into a read of the table.
        stories=Count("*"),
        cases=Count("is_case", filter=Q(is_case=True)),
        regions_with_cases=Count("region_code", distinct=True, filter=Q(is_case=True) & ~Q(region_code="")),
    )
    by_type: Counter[str] = Counter()
    by_stage: Counter[str] = Counter()
    for row in cases.values("violation_type", "stage").annotate(n=Count("*")).order_by():
        by_type[row["violation_type"] or "none"] += row["n"]
        by_stage[row["stage"] or "none"] += row["n"]
    names = province_names()
    by_province = [
        {"code": row["province_code"], "name": names.get(row["province_code"], ""), "cases": row["n"]}
        for row in cases.exclude(province_code="").values("province_code").annotate(n=Count("*")).order_by("-n", "province_code")
    ]
    by_month = [
        {"month": row["month"].strftime("%Y-%m"), "cases": row["n"]}
        for row in cases.exclude(first_date=None)
        .annotate(month=TruncMonth("first_date"))
        .values("month")
        .annotate(n=Count("*"))
        .order_by("month")
    ]
    return {
        **totals,
        "by_type": _ranked(by_type),
        "by_stage": _ranked(by_stage),
        "by_event_kind": _ranked(Counter({
            (row["event_kind"] or "none"): row["n"]
            for row in stories.values("event_kind").annotate(n=Count("*")).order_by()
        })),
        "by_province": by_province,
        "by_month": by_month,
        "baselines": BASELINES,
    }


def _ranked(counts: Counter) -> dict[str, int]:
    """Largest first, then by name: a stable order for charts and tests."""
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
