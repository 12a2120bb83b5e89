"""Stored rows back in the shapes the outside world knows: CONTRACT.md objects, flat export rows."""

from __future__ import annotations

from typing import Any

# Columns read to rebuild a contract object; use with ``.values(*ARTICLE_CONTRACT_COLUMNS)``.
ARTICLE_CONTRACT_COLUMNS = (
    "key", "url", "title", "source__name", "pub_date", "language", "about_asn_neutrality", "event_kind",
    "is_case", "violation_type", "stage", "confidence", "evidence", "actors", "region_code", "region_name",
    "region_level", "region_province", "regions_mentioned", "event_date", "story__key", "news_event",
    "duplicate_of", "warnings", "extra",
)


def article_contract(row: dict[str, Any]) -> dict[str, Any]:
    """A CONTRACT.md object from a ``.values(*ARTICLE_CONTRACT_COLUMNS)`` row."""
    region = (
        {"level": row["region_level"], "code": row["region_code"], "name": row["region_name"],
         "province": row["region_province"]}
        if row["region_code"]
        else None
    )
    return {
        "id": row["key"],
        "url": row["url"] or None,
        "title": row["title"] or None,
        "outlet": row["source__name"],
        "pub_date": row["pub_date"] or None,
        "language": row["language"],
        "about_asn_neutrality": row["about_asn_neutrality"],
        "event_kind": row["event_kind"],
        "violation": {
            "is_case": row["is_case"],
            "type": row["violation_type"],
            "stage": row["stage"],
            "confidence": row["confidence"],
            "evidence": row["evidence"],
        },
        "actors": row["actors"],
        "region": region,
        "regions_mentioned": row["regions_mentioned"],
        "event_date": row["event_date"] or None,
        "story": row["story__key"],
        "news_event": row["news_event"] or None,
        "duplicate_of": row["duplicate_of"] or None,
        "warnings": row["warnings"],
        **(row.get("extra") or {}),
    }


STORY_COLUMNS = (
    "key", "title", "region_code", "region_name", "region_level", "province_code", "event_kind", "is_case",
    "violation_type", "stage", "first_date", "last_date", "n_articles", "n_outlets", "n_independent_outlets",
    "actors", "updated_at",
)


def story_dict(row: dict[str, Any], province_names: dict[str, str]) -> dict[str, Any]:
    """A story as the API gives it, from a ``.values(*STORY_COLUMNS)`` row."""
    region = (
        {"level": row["region_level"], "code": row["region_code"], "name": row["region_name"],
         "province": province_names.get(row["province_code"], "")}
        if row["region_code"]
        else None
    )
    return {**{k: row[k] for k in STORY_COLUMNS if not k.startswith(("region_", "province_"))}, "region": region}
