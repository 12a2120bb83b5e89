"""The publication date: the article's metadata, else its URL ("/2024/09/17/"), else a byline
timestamp at the top of the text ("Minggu, 05 Mei 2024", "10/02/2024, 11:56 WIB")."""

from __future__ import annotations

import re
from datetime import date

from pantau.engine.dates.mentions import find_dates

_URL_YMD = re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:/|$)")
_URL_YM = re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>\d{1,2})(?:/|$)")
_ISO_PREFIX = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?")
_HEADER_CHARS = 400


def publication_date(metadata: str | None, url: str | None, text: str) -> str | None:
    """ISO date, or "YYYY-MM" / "YYYY" when only that much is known."""
    if metadata:
        match = _ISO_PREFIX.match(metadata.strip())
        if match and _valid_parts(match["y"], match["m"], match["d"]):
            return "-".join(part for part in match.group("y", "m", "d") if part)
    if url:
        match = _URL_YMD.search(url)
        if match and _valid(match):
            return f"{match['y']}-{int(match['m']):02d}-{int(match['d']):02d}"
    header_date = _byline_date(text)
    if header_date:
        return header_date
    if url:
        match = _URL_YM.search(url)
        if match and 1 <= int(match["m"]) <= 12:
            return f"{match['y']}-{int(match['m']):02d}"
    return None


def as_date(value: str | None) -> date | None:
    """A full ISO date as a ``date``; partial dates give None."""
    if not value or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _valid_parts(year: str, month: str | None, day: str | None) -> bool:
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return False
    return True


def _valid(match: re.Match) -> bool:
    try:
        date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return False
    return True


def _byline_date(text: str) -> str | None:
    for mention in find_dates(text[:_HEADER_CHARS], None):
        if mention.kind == "timestamp" or (mention.kind == "full" and mention.start < 150 and mention.with_weekday):
            return mention.value
    return None
