"""Grouping dataclasses to JSON and back, driven by their field declarations so that a field the
engine adds is stored without changes here: sets become sorted lists, bytes base64, lists of
nested dataclasses lists of objects."""

from __future__ import annotations

import base64
import dataclasses
from typing import Any, TypeVar

from pantau.engine.grouping import story_store

T = TypeVar("T")


def to_json(obj: Any) -> dict[str, Any]:
    out = {}
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if isinstance(value, (set, frozenset)):
            value = sorted(value)
        elif isinstance(value, bytes):
            value = base64.b64encode(value).decode("ascii")
        elif isinstance(value, list) and value and dataclasses.is_dataclass(value[0]):
            value = [to_json(v) for v in value]
        out[f.name] = value
    return out


def from_json(cls: type[T], data: dict[str, Any]) -> T:
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name not in data:
            continue  # stored before the field existed: its default applies
        value = data[f.name]
        declared = str(f.type)
        if value is not None:
            if declared.startswith(("set[", "frozenset[")):
                value = set(value)
            elif declared.startswith("bytes"):
                value = base64.b64decode(value)
            elif declared.startswith("list[") and isinstance(value, list):
                nested = getattr(story_store, declared[5:-1], None)
                if nested is not None and dataclasses.is_dataclass(nested):
                    value = [from_json(nested, v) for v in value]
        kwargs[f.name] = value
    # JSON object keys are strings; int-keyed maps are not used by these records.
    return cls(**kwargs)
