"""Type checks on a contract object before it is stored.

``pantau load --analysed`` reads JSON files from outside, and every page, export and API answer
later trusts the stored shapes (evidence sentences are strings, actors are objects...). A field of
the wrong type is refused here, with the field's name, so the loader reports that one article and
stores the rest; stored, it made the story page and the API lists fail for everyone who could see it.
"""

from __future__ import annotations

from typing import Any


class ContractError(ValueError):
    """A contract object that cannot be stored (missing id, wrong types)."""


STRING_FIELDS = (
    "url", "title", "outlet", "pub_date", "language", "event_kind", "event_date", "story", "news_event",
    "duplicate_of", "text",
)
REGION_STRING_FIELDS = ("level", "code", "name", "province")
ACTOR_STRING_FIELDS = ("name", "role")


def check_contract_types(key: str, obj: dict[str, Any]) -> None:
    """Raise ContractError naming the first field whose type the contract does not allow."""
    for name in STRING_FIELDS:
        _string_or_none(key, name, obj.get(name))
    violation = obj.get("violation") or {}
    region = obj.get("region") or {}
    if not isinstance(violation, dict) or not isinstance(region, dict):
        raise ContractError(f"{key}: violation and region must be objects")
    for name in ("type", "stage"):
        _string_or_none(key, f"violation.{name}", violation.get(name))
    confidence = violation.get("confidence")
    if confidence is not None and (isinstance(confidence, bool) or not isinstance(confidence, (int, float))):
        raise ContractError(f"{key}: violation.confidence must be a number")
    for name in REGION_STRING_FIELDS:
        _string_or_none(key, f"region.{name}", region.get(name))
    evidence = _list(key, "violation.evidence", violation.get("evidence"))
    if not all(isinstance(sentence, str) for sentence in evidence):
        raise ContractError(f"{key}: violation.evidence must be a list of strings")
    for actor in _list(key, "actors", obj.get("actors")):
        if not isinstance(actor, dict):
            raise ContractError(f"{key}: actors must be a list of objects")
        for name in ACTOR_STRING_FIELDS:
            _string_or_none(key, f"actors[].{name}", actor.get(name))
    for region_mentioned in _list(key, "regions_mentioned", obj.get("regions_mentioned")):
        if not isinstance(region_mentioned, dict):
            raise ContractError(f"{key}: regions_mentioned must be a list of objects")
    _list(key, "warnings", obj.get("warnings"))
    if obj.get("grouping") is not None and not isinstance(obj["grouping"], dict):
        raise ContractError(f"{key}: grouping must be an object")


def _string_or_none(key: str, name: str, value: Any) -> None:
    if value is not None and not isinstance(value, str):
        raise ContractError(f"{key}: {name} must be a string or null, not {type(value).__name__}")


def _list(key: str, name: str, value: Any) -> list:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ContractError(f"{key}: {name} must be a list, not {type(value).__name__}")
    return value
