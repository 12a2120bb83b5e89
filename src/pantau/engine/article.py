"""The value that ingest hands to the engine: one clean article."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass
class Article:
    """One article as read by ingest, boilerplate already removed from ``text``.

    ``id`` is the input id when given, else :func:`stable_id` of the URL or text, so a re-run
    gives the same ids. Dates are ISO strings, partial ("2024-09", "2024") when only that is known.
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    outlet: str | None = None
    pub_date: str | None = None
    # The place named in the dateline ("JAKARTA, KORANPALPRES.COM –" -> "Jakarta"): a hint about the
    # outlet, never by itself the region the article is about.
    dateline_place: str | None = None
    language: str = "id"
    source: str | None = None  # the file, URL or "-" it came from, for error messages
    # Id of an earlier article in the same run with the same text or the same URL once AMP, mobile
    # and tracking variants are removed (set by ingest; near-copies are grouping's duplicate_of).
    exact_duplicate_of: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class ReadError:
    """An input (or one item inside it) that could not be read; it still yields an output line."""

    id: str
    source: str
    error: str


def stable_id(url: str | None, text: str | None) -> str:
    """A short id that is the same on every run for the same URL (or, failing that, text)."""
    basis = (url or "").strip() or (text or "").strip()
    return "h" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:15]
