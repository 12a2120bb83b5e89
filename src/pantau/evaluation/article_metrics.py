"""Per-article scores: which articles a score covers, what the label expects, what the output says.

Values are plain strings (or ``None``) so that a failure can be printed and compared as it is.
Region names compare without regard to case and spacing: the score is about the region found, not
about typography.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

NATIONAL = None  # a label with neither province nor regency_city, an output with region null


def _name(value: Any) -> str | None:
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def _same(a: str | None, b: str | None) -> bool:
    return (a or "").casefold() == (b or "").casefold()


def violation_of(output: dict) -> dict:
    return output.get("violation") if isinstance(output.get("violation"), dict) else {}


def _region(output: dict) -> dict | None:
    region = output.get("region")
    return region if isinstance(region, dict) else None


def label_region(label: dict) -> str | None:
    """The most specific region a label names, "Kota Makassar, Sulawesi Selatan" style; None = national."""
    regency, province = _name(label.get("regency_city")), _name(label.get("province"))
    if regency:
        return f"{regency}, {province}" if province else regency
    return province


def output_region(output: dict) -> str | None:
    region = _region(output)
    if region is None:
        return None
    name, province = _name(region.get("name")), _name(region.get("province"))
    if region.get("level") == "regency":
        return f"{name}, {province}" if province else name
    return name


def output_regency(output: dict) -> str | None:
    region = _region(output)
    return _name(region.get("name")) if region and region.get("level") == "regency" else None


def output_province(output: dict) -> str | None:
    region = _region(output)
    if region is None:
        return None
    if region.get("level") == "province":
        return _name(region.get("province")) or _name(region.get("name"))
    return _name(region.get("province"))


@dataclass(frozen=True)
class ArticleMetric:
    name: str
    description: str
    applies: Callable[[dict], bool]  # label -> is this article scored by this metric
    expected: Callable[[dict], str | None]  # label -> value
    got: Callable[[dict], str | None]  # output -> value

    def matches(self, expected: str | None, got: str | None) -> bool:
        return _same(expected, got)


def _every(label: dict) -> bool:
    return True


def _true_case(label: dict) -> bool:
    return label.get("is_violation_case") is True


ARTICLE_METRICS: tuple[ArticleMetric, ...] = (
    ArticleMetric(
        "violation_type", "violation type, over labelled cases", _true_case,
        lambda label: label.get("violation_type"), lambda out: violation_of(out).get("type"),
    ),
    ArticleMetric(
        "stage", "stage, over labelled cases (no process = null)", _true_case,
        lambda label: label.get("case_stage"), lambda out: violation_of(out).get("stage"),
    ),
    ArticleMetric(
        # Only labels that carry event_kind (the bundled sample corpus does, the devset does not).
        "event_kind", "kind of event, over labels that give one", lambda label: "event_kind" in label,
        lambda label: label.get("event_kind"), lambda out: out.get("event_kind"),
    ),
    ArticleMetric(
        "region", "primary region exactly, national = null", _every, label_region, output_region,
    ),
    ArticleMetric(
        "regency", "regency/city of the region, or both none", _every,
        lambda label: _name(label.get("regency_city")), output_regency,
    ),
    ArticleMetric(
        "province", "province of the region, or both none", _every,
        lambda label: _name(label.get("province")), output_province,
    ),
    ArticleMetric(
        "event_date", "date of the incident or event, or both null", _every,
        lambda label: label.get("event_date"), lambda out: out.get("event_date"),
    ),
)
