"""Storing contract analyses: upsert by article id, so loading the same input twice adds nothing and a
load cut short resumes by simply running it again.

Call :func:`store_batch` inside a transaction (``actions.do_store_analyses`` does). It locks the
stories it touches (``SELECT … FOR UPDATE``), so concurrent loaders writing to the same story
serialise on that story and each recomputes its summary from every committed article.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from typing import Any

from django.db.models import Count, Max

from pantau.web.monitoring.contract_checks import ContractError, check_contract_types
from pantau.web.monitoring.models import Article, Source, Story
from pantau.web.monitoring.story_summary import ArticleFacts, StorySummary, summarise_story

# The contract fields stored in their own columns; anything else lands in Article.extra.
_KNOWN_FIELDS = {
    "id", "url", "title", "outlet", "pub_date", "language", "about_asn_neutrality", "event_kind",
    "violation", "actors", "region", "regions_mentioned", "event_date", "story", "news_event",
    "duplicate_of", "warnings", "text", "grouping",
}
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_UPDATED_FIELDS = [
    "url", "title", "source", "pub_date", "pub_day", "language", "about_asn_neutrality", "event_kind",
    "is_case", "violation_type", "stage", "confidence", "evidence", "actors", "region_code", "region_name",
    "region_level", "region_province", "province_code", "regions_mentioned", "event_date", "story",
    "news_event", "duplicate_of", "warnings", "grouping", "extra", "text", "updated_at",
]


@dataclass
class StoreResult:
    stored: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)  # "id: reason", one per item that was not stored
    story_keys: set[str] = field(default_factory=set)

    def add(self, other: StoreResult) -> None:
        self.stored += other.stored
        self.failed += other.failed
        self.errors.extend(other.errors)
        self.story_keys |= other.story_keys


def store_batch(contracts: Iterable[dict[str, Any]]) -> StoreResult:
    """Upsert one batch of contract objects (CONTRACT.md output lines). Error lines and malformed
    objects are counted and reported, the rest stored."""
    result = StoreResult()
    rows: dict[str, dict[str, Any]] = {}
    for obj in contracts:
        try:
            row = _article_row(obj)
        except ContractError as exc:
            result.failed += 1
            result.errors.append(str(exc))
            continue
        rows[row["key"]] = row  # the last line wins when one id appears twice in a batch
    if not rows:
        return result

    source_ids = _ensure_sources({r["outlet_name"] for r in rows.values()} - {None})
    story_ids = _ensure_stories({r["story_key"] for r in rows.values()} - {""})
    previous_story_ids = set(
        Article.objects.filter(key__in=rows.keys()).exclude(story=None).values_list("story_id", flat=True)
    )
    touched_story_ids = set(story_ids.values()) | previous_story_ids
    # Lock in id order so two loaders touching the same stories cannot deadlock.
    list(Story.objects.select_for_update().filter(id__in=touched_story_ids).order_by("id").values_list("id"))

    now = dt.datetime.now(dt.timezone.utc)
    articles = []
    for row in rows.values():
        outlet = row.pop("outlet_name")
        story_key = row.pop("story_key")
        articles.append(
            Article(
                **row,
                source_id=source_ids.get(outlet) if outlet else None,
                story_id=story_ids.get(story_key) if story_key else None,
                loaded_at=now,
                updated_at=now,
            )
        )
    Article.objects.bulk_create(
        articles, update_conflicts=True, unique_fields=["key"], update_fields=_UPDATED_FIELDS, batch_size=500
    )
    _refresh_stories(touched_story_ids)
    _refresh_sources(set(source_ids.values()))
    result.stored = len(articles)
    result.story_keys = set(story_ids)
    return result


def _article_row(obj: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(obj, dict):
        raise ContractError(f"not a JSON object: {str(obj)[:60]}")
    key = obj.get("id")
    if not key or not isinstance(key, str):
        raise ContractError(f"missing id: {str(obj)[:60]}")
    if obj.get("error"):
        raise ContractError(f"{key}: {obj['error']}")
    check_contract_types(key, obj)
    violation = obj.get("violation") or {}
    region = obj.get("region") or {}
    pub_date = obj.get("pub_date") or ""
    outlet = (obj.get("outlet") or "").strip()[:255] or None
    region_code = region.get("code") or ""
    return {
        "key": key[:128],
        "url": obj.get("url") or "",
        "title": obj.get("title") or "",
        "outlet_name": outlet,
        "pub_date": pub_date[:10],
        "pub_day": _full_date(pub_date),
        "language": (obj.get("language") or "id")[:8],
        "about_asn_neutrality": bool(obj.get("about_asn_neutrality")),
        "event_kind": obj.get("event_kind"),
        "is_case": bool(violation.get("is_case")),
        "violation_type": violation.get("type"),
        "stage": violation.get("stage"),
        "confidence": float(violation.get("confidence") or 0.0),
        "evidence": list(violation.get("evidence") or []),
        "actors": list(obj.get("actors") or []),
        "region_code": region_code,
        "region_name": region.get("name") or "",
        "region_level": region.get("level") or "",
        "region_province": region.get("province") or "",
        "province_code": region_code.split(".")[0] if region_code else "",
        "regions_mentioned": list(obj.get("regions_mentioned") or []),
        "event_date": (obj.get("event_date") or "")[:10],
        "story_key": (obj.get("story") or "")[:128],
        "news_event": (obj.get("news_event") or "")[:128],
        "duplicate_of": (obj.get("duplicate_of") or "")[:128],
        "warnings": list(obj.get("warnings") or []),
        "grouping": obj.get("grouping") or {},
        "extra": {k: v for k, v in obj.items() if k not in _KNOWN_FIELDS},
        "text": obj.get("text") or "",
    }


def _full_date(value: str) -> dt.date | None:
    if not _FULL_DATE.match(value or ""):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _ensure_sources(names: set[str]) -> dict[str, int]:
    if not names:
        return {}
    Source.objects.bulk_create([Source(name=n) for n in sorted(names)], ignore_conflicts=True)
    return dict(Source.objects.filter(name__in=names).values_list("name", "id"))


def _ensure_stories(keys: set[str]) -> dict[str, int]:
    if not keys:
        return {}
    Story.objects.bulk_create([Story(key=k) for k in sorted(keys)], ignore_conflicts=True)
    return dict(Story.objects.filter(key__in=keys).values_list("key", "id"))


_FACT_FIELDS = [
    "key", "title", "source_id", "pub_day", "is_case", "about_asn_neutrality", "event_kind",
    "violation_type", "stage", "region_code", "region_name", "region_level", "region_province",
    "duplicate_of", "actors", "grouping",
]


_SUMMARY_FIELDS = [f.name for f in fields(StorySummary)]


def _refresh_stories(story_ids: set[int]) -> None:
    """Recompute each touched story's summary from all its stored articles; drop emptied stories."""
    if not story_ids:
        return
    facts_by_story: dict[int, list[ArticleFacts]] = {sid: [] for sid in story_ids}
    for values in Article.objects.filter(story_id__in=story_ids).values("story_id", *_FACT_FIELDS):
        facts_by_story[values.pop("story_id")].append(ArticleFacts(**values))
    copied_keys = {
        f.text_source for facts in facts_by_story.values() for f in facts if not f.text_source.startswith("wire:")
    } - {f.key for facts in facts_by_story.values() for f in facts}
    source_of_key = dict(Article.objects.filter(key__in=copied_keys).values_list("key", "source_id"))
    for facts in facts_by_story.values():
        source_of_key.update((f.key, f.source_id) for f in facts)

    Story.objects.filter(id__in=[sid for sid, facts in facts_by_story.items() if not facts]).delete()
    source_ids = {f.source_id for facts in facts_by_story.values() for f in facts if f.source_id is not None}
    outlet_names = dict(Source.objects.filter(id__in=source_ids).values_list("id", "name"))
    now = dt.datetime.now(dt.timezone.utc)
    updated = []
    for story in Story.objects.filter(id__in=[sid for sid, facts in facts_by_story.items() if facts]):
        summary = summarise_story(facts_by_story[story.id], source_of_key, outlet_names)
        for name, value in vars(summary).items():
            setattr(story, name, value)
        story.province_code = summary.region_code.split(".")[0] if summary.region_code else ""
        story.updated_at = now
        updated.append(story)
    # An upsert rather than bulk_update: bulk_update's CASE WHEN per row and field costs ~2 ms a story.
    Story.objects.bulk_create(
        updated, update_conflicts=True, unique_fields=["key"],
        update_fields=[*_SUMMARY_FIELDS, "province_code", "updated_at"], batch_size=500,
    )


def _refresh_sources(source_ids: set[int]) -> None:
    if not source_ids:
        return
    stats = Article.objects.filter(source_id__in=source_ids).values("source_id").annotate(
        n=Count("id"), last=Max("pub_day")
    )
    by_id = {s["source_id"]: s for s in stats}
    sources = list(Source.objects.select_for_update().filter(id__in=source_ids).order_by("id"))
    for source in sources:
        source.n_articles = by_id.get(source.id, {}).get("n", 0)
        source.last_article_day = by_id.get(source.id, {}).get("last")
    Source.objects.bulk_create(
        sources, update_conflicts=True, unique_fields=["name"], update_fields=["n_articles", "last_article_day"]
    )
