"""Template filters that turn stored codes and JSON into what a supervisor reads."""

from __future__ import annotations

import datetime as dt
import json

from django import template
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from pantau.web.ui import vocabulary_labels

register = template.Library()


@register.filter
def violation_type_label(code):
    return vocabulary_labels.violation_type_label(code)


@register.filter
def stage_label(code):
    return vocabulary_labels.stage_label(code)


@register.filter
def event_kind_label(code):
    return vocabulary_labels.event_kind_label(code)


@register.filter
def actor_line(actor) -> str:
    """"Name, role" for one stored actor; unnamed actors by role only ("oknum camat")."""
    if not isinstance(actor, dict):
        return str(actor)
    name = (actor.get("name") or "").strip()
    role = (actor.get("role") or "").strip()
    if name and role:
        return f"{name}, {role}"
    return name or role or _("unnamed")


@register.filter
def accused_first(actors):
    """Each person once, accused first, keeping the engine's order within each group.

    A story merges its articles' actors, so one person can arrive twice ("Camat Landono" in one
    outlet, "camat" in another); the entry with the fullest role stands for both.
    """
    if not isinstance(actors, list):
        return []
    people: dict[str, dict] = {}
    for actor in actors:
        if not isinstance(actor, dict):
            continue
        name = (actor.get("name") or "").strip().casefold()
        key = name or "role:" + (actor.get("role") or "").strip().casefold()
        kept = people.get(key)
        if kept is None:
            people[key] = dict(actor)
            continue
        if len(actor.get("role") or "") > len(kept.get("role") or ""):
            kept["role"] = actor["role"]
        kept["accused"] = bool(kept.get("accused") or actor.get("accused"))
        if kept.get("is_asn") is None:
            kept["is_asn"] = actor.get("is_asn")
    return sorted(people.values(), key=lambda a: not a.get("accused"))


@register.filter
def pretty_json(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)


@register.filter
def partial_date(value) -> str:
    """A contract date ("2024-10-12", "2024-10" or "2024") in the reader's language."""
    text = str(value or "")
    try:
        if len(text) == 10:
            return date_format(dt.date.fromisoformat(text), "j M Y")
        if len(text) == 7:
            return date_format(dt.date(int(text[:4]), int(text[5:7]), 1), "M Y")
    except ValueError:
        pass
    return text


@register.filter
def external_url(value) -> str:
    """``value`` when it is an http(s) address, else "": a stored article or feed URL comes from
    the outside, and a ``javascript:`` or ``data:`` one in an ``href`` would run in the page."""
    text = str(value or "").strip()
    scheme, sep, rest = text.partition(":")
    if sep and scheme.lower() in ("http", "https") and rest.startswith("//"):
        return text
    return ""


@register.filter
def lookup(mapping, key):
    """``mapping[key]`` in a template, None when absent."""
    return mapping.get(key) if isinstance(mapping, dict) else None
