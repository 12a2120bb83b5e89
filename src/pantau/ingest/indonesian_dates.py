"""Dates as Indonesian outlets write them: "Selasa, 17 Sep 2024 10:15 WIB", "(17/09/2024)", URLs.

feedparser and dateutil read English day and month names and US time zones; they misread "Mei",
"Agustus", "Okt", "Des" and take WIB/WITA/WIT for unknown zones. Everything here is regex, so it is
fast enough to run on every line of an article header.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

from pantau.engine.dates.month_names import MONTHS

WIB = timezone(timedelta(hours=7), "WIB")
WITA = timezone(timedelta(hours=8), "WITA")
WIT = timezone(timedelta(hours=9), "WIT")

_ZONES = {"wib": WIB, "wita": WITA, "wit": WIT, "gmt": timezone.utc, "utc": timezone.utc, "z": timezone.utc}

_DAYS = r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|mon|tue|wed|thu|fri|sat|sun)[a-z]*"
_MONTH_NAME = "|".join(sorted(MONTHS, key=len, reverse=True))
_TIME = r"(?:[,\s]+(?:pukul\s+)?(?P<hh>\d{1,2})[:.](?P<mi>\d{2})(?::(?P<ss>\d{2}))?)?"
_ZONE = r"(?:\s*(?P<zone>WIB|WITA|WIT|GMT|UTC|Z|[+-]\d{2}:?\d{2})\b)?"

# "17 September 2024", "Selasa, 17 Sep 2024 10:15 WIB", "Tue, 17 Sep 2024 10:15:00 +0700"
_NAMED = re.compile(
    rf"(?:\b{_DAYS}\s*,?\s*)?\(?\b(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTH_NAME})\.?\s+(?P<y>\d{{4}})\b{_TIME}{_ZONE}",
    re.IGNORECASE,
)
# "17/09/2024", "17-9-2024", "13/11/2023, 16:34 WIB", "17/11/23"
_NUMERIC = re.compile(
    rf"\b(?P<d>\d{{1,2}})[/.-](?P<m>\d{{1,2}})[/.-](?P<y>\d{{4}}|\d{{2}})\b{_TIME}{_ZONE}",
    re.IGNORECASE,
)
# "2024-09-17", "2024-09-17T10:15:00+07:00"
_ISO = re.compile(
    r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T\s](?P<hh>\d{2}):(?P<mi>\d{2})(?::(?P<ss>\d{2}))?(?:\.\d+)?"
    r"\s*(?P<zone>Z|[+-]\d{2}:?\d{2}|WIB|WITA|WIT)?)?\b",
    re.IGNORECASE,
)
_URL_YMD = re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:/|$)")
_URL_COMPACT = re.compile(r"/(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})(?:/|[-_]|$)")
_URL_YM = re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>\d{1,2})(?:/|$)")


def parse_date_string(value: str) -> datetime | date | None:
    """The first date in ``value``: an aware datetime when a time and zone are given, else a date."""
    found = find_date(value)
    return found[0] if found else None


def find_date(text: str) -> tuple[datetime | date, tuple[int, int]] | None:
    """The first plausible date in ``text`` and its span, whichever format it is written in."""
    best: tuple[datetime | date, tuple[int, int]] | None = None
    for pattern in (_NAMED, _NUMERIC, _ISO):
        for match in pattern.finditer(text):
            value = _from_match(match, pattern)
            if value is not None:
                if best is None or match.start() < best[1][0]:
                    best = (value, match.span())
                break
    return best


def local_date(value: datetime | date) -> date:
    """The calendar date in Indonesia: Indonesian zones as given, other zones converted to WIB."""
    if isinstance(value, datetime):
        if value.tzinfo is not None and value.tzinfo not in (WIB, WITA, WIT):
            value = value.astimezone(WIB)
        return value.date()
    return value


def date_from_url(url: str | None) -> str | None:
    """"2024-09-17" from ".../2024/09/17/..." or ".../20240917/...", "2024-09" from ".../2024/09/..."."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.IGNORECASE).split("?")[0]
    for pattern in (_URL_YMD, _URL_COMPACT):
        match = pattern.search(path)
        if match:
            day = _safe_date(int(match["y"]), int(match["m"]), int(match["d"]))
            if day:
                return day.isoformat()
    match = _URL_YM.search(path)
    if match and 1 <= int(match["m"]) <= 12:
        return f"{int(match['y']):04d}-{int(match['m']):02d}"
    return None


def _from_match(match: re.Match[str], pattern: re.Pattern[str]) -> datetime | date | None:
    groups = match.groupdict()
    month = MONTHS.get(groups["mon"].lower()) if groups.get("mon") else int(groups["m"])
    year = int(groups["y"])
    if year < 100:
        year += 2000
    day = _safe_date(year, month or 0, int(groups["d"]))
    if day is None or not 1990 <= year <= 2100:
        return None
    if groups.get("hh") is None:
        return day
    hour, minute, second = int(groups["hh"]), int(groups["mi"]), int(groups.get("ss") or 0)
    if hour > 23 or minute > 59 or second > 59:
        return day
    zone = _zone(groups.get("zone"))
    if zone is None:
        return day  # a clock time without a zone says nothing the date does not
    return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=zone)


def _zone(token: str | None) -> timezone | None:
    if not token:
        return None
    named = _ZONES.get(token.lower())
    if named:
        return named
    sign = -1 if token[0] == "-" else 1
    digits = token[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
