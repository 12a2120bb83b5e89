"""The filters people apply to stories and articles (pages, API and exports share them).

Apply them to a queryset that has already been through ``restrict(user)``: a filter can only narrow
what the user may see, never widen it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from django.db.models import Q, QuerySet

from pantau.engine.analysis import CASE_STAGES, EVENT_KINDS, VIOLATION_TYPES


@dataclass
class FindingFilters:
    region: str = ""  # "71" also matches "71.74"; "71.74" only itself; "national" matches no-region rows
    violation_type: str = ""
    stage: str = ""
    event_kind: str = ""
    cases_only: bool = False
    about_only: bool = False  # only what is about ASN neutrality at all
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    q: str = ""  # words that must all appear in a story's titles, region, actors or outlets

    @classmethod
    def from_params(cls, params) -> FindingFilters:
        """From a QueryDict or dict of strings; values that are not valid are ignored, not errors."""
        get = params.get
        return cls(
            region=_region(get("region") or ""),
            violation_type=_one_of(get("type") or get("violation_type") or "", VIOLATION_TYPES),
            stage=_one_of(get("stage") or "", CASE_STAGES),
            event_kind=_one_of(get("event_kind") or "", EVENT_KINDS),
            cases_only=_flag(get("cases_only")),
            about_only=_flag(get("about_only")),
            date_from=_date(get("date_from")),
            date_to=_date(get("date_to")),
            q=(get("q") or "").strip()[:200],
        )

    def as_dict(self) -> dict:
        return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in asdict(self).items() if v}


def filter_stories(stories: QuerySet, f: FindingFilters) -> QuerySet:
    stories = _common(stories, f)
    if f.date_from:
        stories = stories.filter(last_date__gte=f.date_from)
    if f.date_to:
        stories = stories.filter(first_date__lte=f.date_to)
    for word in f.q.lower().split()[:8]:
        stories = stories.filter(search_text__contains=word)  # search_text is stored lowercased
    return stories


def filter_articles(articles: QuerySet, f: FindingFilters) -> QuerySet:
    articles = _common(articles, f)
    if f.date_from:
        articles = articles.filter(pub_day__gte=f.date_from)
    if f.date_to:
        articles = articles.filter(pub_day__lte=f.date_to)
    for word in f.q.split()[:8]:
        articles = articles.filter(title__icontains=word)
    return articles


def _common(qs: QuerySet, f: FindingFilters) -> QuerySet:
    if f.region == "national":
        qs = qs.filter(region_code="")
    elif f.region:
        qs = qs.filter(Q(region_code=f.region) | Q(region_code__startswith=f.region + ".")) if len(
            f.region
        ) == 2 else qs.filter(region_code=f.region)
    if f.violation_type:
        qs = qs.filter(violation_type=f.violation_type)
    if f.stage:
        qs = qs.filter(stage=f.stage)
    if f.event_kind:
        qs = qs.filter(event_kind=f.event_kind)
    if f.cases_only:
        qs = qs.filter(is_case=True)
    if f.about_only:
        qs = qs.filter(about_asn_neutrality=True)
    return qs


def _region(value: str) -> str:
    value = value.strip()
    if value == "national":
        return value
    parts = value.split(".")
    if 1 <= len(parts) <= 2 and all(p.isdigit() and len(p) == 2 for p in parts):
        return value
    return ""


def _one_of(value: str, allowed) -> str:
    return value if value in allowed else ""


def _flag(value) -> bool:
    return str(value or "").lower() in {"1", "true", "on", "yes"}


def _date(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None
