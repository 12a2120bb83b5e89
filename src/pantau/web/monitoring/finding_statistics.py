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
    """Three GROUP BYs, each an index-only scan of ``story_statistics`` on PostgreSQL: every chart
    is summed in Python from groups that are few (kinds; type x stage x month; regions), so the
    stories are read three times rather than once per chart."""
    cases = stories.filter(is_case=True)
    # COUNT(*) or an indexed column rather than COUNT(id): id is not in the story_statistics index,
    # and naming it would turn each index-only scan back into a read of the table.
    by_kind = Counter()
    totals = {"stories": 0, "cases": 0}
    for row in stories.values("event_kind").annotate(n=Count("*"), cases=Count("is_case", filter=Q(is_case=True))).order_by():
        by_kind[row["event_kind"] or "none"] += row["n"]
        totals["stories"] += row["n"]
        totals["cases"] += row["cases"]

    by_type: Counter[str] = Counter()
    by_stage: Counter[str] = Counter()
    by_month: Counter = Counter()
    for row in (
        cases.values("violation_type", "stage", month=TruncMonth("first_date")).annotate(n=Count("*")).order_by()
    ):
        by_type[row["violation_type"] or "none"] += row["n"]
        by_stage[row["stage"] or "none"] += row["n"]
        if row["month"] is not None:
            by_month[row["month"].strftime("%Y-%m")] += row["n"]

    by_province_code: Counter[str] = Counter()
    regions_with_cases = 0
    for row in cases.values("region_code", "province_code").annotate(n=Count("*")).order_by():
        if row["region_code"]:
            regions_with_cases += 1
        if row["province_code"]:
            by_province_code[row["province_code"]] += row["n"]
    names = province_names()
    return {
        **totals,
        "regions_with_cases": regions_with_cases,
        "by_type": _ranked(by_type),
        "by_stage": _ranked(by_stage),
        "by_event_kind": _ranked(by_kind),
        "by_province": [
            {"code": code, "name": names.get(code, ""), "cases": n}
            for code, n in sorted(by_province_code.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
        "by_month": [{"month": month, "cases": n} for month, n in sorted(by_month.items())],
        "baselines": BASELINES,
    }


def _ranked(counts: Counter) -> dict[str, int]:
    """Largest first, then by name: a stable order for charts and tests."""
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
